"""Privacy repros: deleted text gone from the database files, group chats, feedback replay,
and a /privacy statement that matches what is stored."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bot.bootstrap import build_engine
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.private import PRIVATE_ONLY
from bot.render import render_text
from tests.conftest import NOW

MARKER = "Zqxwvy"  # a word that appears nowhere else in the database


@pytest.fixture
def full(tmp_path: Path, shipped_kb: KnowledgeBase) -> Engine:
    """Every skill over the shipped knowledge base (which has the letter templates)."""
    return build_engine(db_path=tmp_path / "s.db", clock=lambda: NOW, kb=shipped_kb)


def db_bytes(engine: Engine) -> bytes:
    """Every byte of the database and its WAL, as they are on disk right now."""
    path = Path(engine.store.path)
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def evidence_rows(engine: Engine, chat: str) -> int:
    return engine.store.conn.execute(
        "SELECT count(*) FROM evidence WHERE chat_id = ?", (chat,)
    ).fetchone()[0]


def test_forget_leaves_no_text_in_the_database_or_wal(full: Engine) -> None:
    full.handle(1, f"记一下：昨晚11点催收打电话骂我 {MARKER}")
    assert evidence_rows(full, "1") == 1
    assert MARKER.encode() in db_bytes(full)  # the note is stored (redacted), as /privacy says
    full.press(1, "forget:yes")
    assert evidence_rows(full, "1") == 0
    assert MARKER.encode() not in db_bytes(full)  # not in free pages, not in state.db-wal


def test_deleting_one_note_leaves_no_text_behind(full: Engine) -> None:
    full.handle(2, f"记一下：今天催收上门 {MARKER}")
    full.press(2, "evidence:del:1")
    assert MARKER.encode() not in db_bytes(full)


def test_full_width_id_number_is_never_stored(full: Engine) -> None:
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    full.handle(3, f"记一下：催收打电话要我的身份证号{full_width}")
    assert evidence_rows(full, "3") == 1
    data = db_bytes(full)
    assert full_width.encode() not in data and b"110105194912310" not in data


def test_replayed_feedback_is_counted_once(full: Engine) -> None:
    for _ in range(20):  # a crafted fb: payload sent again and again
        full.press(4, "fb:home-visit:1")
    assert full.store.feedback() == {"home-visit": (1, 0)}
    full.press(4, "fb:home-visit:0")  # changing one's mind moves the vote
    full.press(5, "fb:home-visit:0")
    assert full.store.feedback() == {"home-visit": (0, 2)}
    full.press(4, "forget:yes")  # forgetting removes who voted, not the anonymous count
    assert (
        full.store.conn.execute(
            "SELECT count(*) FROM feedback_votes WHERE chat_id = '4'"
        ).fetchone()[0]
        == 0
    )


@pytest.mark.parametrize(
    "text",
    [
        f"记一下：昨晚催收打电话骂我 {MARKER}",
        "/log 催收打电话",
        "/evidence",
        "导出记录",
        "我跟招行约好了12月15号还2000",
        "后天要还借呗600",  # an offer, through the intent table
        "我设了哪些提醒",  # managing in words, through the intent table
        "/remind Dec 15 8pm 1500",
        "/reminders",
        "帮我写一封协商还款的申请",
        "/letter",
    ],
)
def test_personal_features_refuse_group_chats(full: Engine, text: str) -> None:
    reply = full.handle(-100, text, group=True)
    assert PRIVATE_ONLY[reply.lang] in render_text(reply)
    assert reply.action is None and reply.reminder is None and not reply.documents
    tables = ("evidence", "reminders")
    for table in tables:
        assert full.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert full.contexts.get("-100", NOW).flow is None  # no letter or log flow was started


def test_personal_buttons_refuse_group_chats(full: Engine) -> None:
    full.handle(-100, "记一下：催收打电话", group=False)  # logged before the chat was a group
    for payload in ("evidence:list", "evidence:export", "evidence:del:1"):
        reply = full.press(-100, payload, group=True)
        assert PRIVATE_ONLY["zh"] in render_text(reply) and not reply.documents
    assert evidence_rows(full, "-100") == 1


def test_group_chats_still_get_answers_and_deadlines(full: Engine) -> None:
    assert full.handle(-100, "催收要上门来我家怎么办", group=True).topic == "home-visit"
    now = datetime(2026, 11, 23, 10, 0, tzinfo=NOW.tzinfo)
    reply = full.handle(-100, "今天收到法院传票和起诉状了", now=now, group=True)
    assert reply.action is not None and reply.action["type"] == "deadline"
    [button] = [b for b in reply.all_buttons() if ":remind:" in b.payload]
    refused = full.press(-100, button.payload, now=now, group=True)
    assert PRIVATE_ONLY["zh"] in render_text(refused)
    assert full.store.conn.execute("SELECT count(*) FROM reminders").fetchone()[0] == 0


def test_private_chats_are_unchanged(full: Engine) -> None:
    reply = full.handle(6, "记一下：昨晚11点催收打电话骂我")
    assert reply.action is not None and reply.action["type"] == "evidence"


def test_privacy_statement_says_what_is_stored(full: Engine) -> None:
    zh = render_text(full.handle(7, "/privacy"))
    en = render_text(full.handle(8, "/privacy en"))
    assert "不保存你发的消息内容" not in zh  # the old, untrue claim
    assert "包括你写的那段文字" in zh and "后四位" in zh and "/forget" in zh and "群聊" in zh
    assert "including the text you wrote" in en or "including the text you wrote" in zh


async def test_telegram_group_chats_get_the_private_chat_answer(
    tmp_path: Path, shipped_kb: KnowledgeBase
) -> None:
    """The adapter says which chats are groups: there the evidence log refuses; in a private
    chat the same words are logged."""
    from telegram import Update

    from bot.config import Settings
    from bot.telegram.app import build_application
    from tests.fake_telegram import BOT_USERNAME, TOKEN, FakeBotAPI, RecordingRequest

    engine = build_engine(db_path=tmp_path / "s.db", clock=lambda: NOW, kb=shipped_kb)
    api = FakeBotAPI()
    settings = Settings(token=TOKEN, db_path=tmp_path / "s.db")
    app = build_application(settings, engine, request=RecordingRequest(api))
    await app.initialize()
    try:
        group, person = -100700, 1001
        api.group_chat(group)
        api.send_text(group, f"@{BOT_USERNAME} 记一下：昨晚催收打电话骂我", user_id=person)
        api.send_text(person, "记一下：昨晚催收打电话骂我", user_id=person)
        while api.updates:
            await app.process_update(Update.de_json(api.updates.pop(0), app.bot))
    finally:
        await app.shutdown()
    [in_group] = api.bot_messages(group)
    assert "私聊" in in_group["text"]
    assert evidence_rows(engine, str(group)) == 0 and evidence_rows(engine, str(person)) == 1
