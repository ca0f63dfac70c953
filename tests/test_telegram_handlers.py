"""The Telegram handlers, offline: updates fed to the real Application, Bot API calls recorded.

The bot talks to the fake Bot API through RecordingRequest (PTB's public BaseRequest
seam), so every sendMessage is also checked the way Telegram checks it (HTML parse
mode, 4096 characters, 64-byte callback data).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.reply import Document, Reply, ReplyBuilder, text_reply
from bot.skills import BaseSkill, Turn
from bot.store import Store
from bot.telegram.app import build_application
from tests.conftest import NOW
from tests.fake_telegram import BOT_ID, BOT_USERNAME, TOKEN, FakeBotAPI, RecordingRequest

USER = 1001


class PaperSkill(BaseSkill):
    """A stand-in for the letters/evidence skills: /letter hands over a document, /essay is very long."""

    name = "paper"
    commands = ("letter", "essay", "boom")

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if command == "letter":
            doc = Document("协商函.txt", "尊敬的银行：\n我申请分期还款。", "text/plain")
            return text_reply(turn.lang, "信已写好。", documents=(doc,))
        if command == "essay":
            b = ReplyBuilder(turn.lang).add("title", "很长的回答")
            b.add(
                "steps",
                *(f"第{i}步：" + "请保留通话录音和短信截图 & <证据>。" * 12 for i in range(40)),
            )
            b.row(*[])
            return b.build(kind="answer")
        raise RuntimeError("a bug in a skill")


@pytest.fixture
def api() -> FakeBotAPI:
    return FakeBotAPI()


@pytest.fixture
def tg_engine(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, skills=[PaperSkill()], clock=lambda: NOW)


@pytest.fixture
async def app(api: FakeBotAPI, tg_engine: Engine, tmp_path: Path) -> Application:  # type: ignore[type-arg]
    settings = Settings(token=TOKEN, db_path=tmp_path / "state.db", send_attempts=2)
    application = build_application(settings, tg_engine, request=RecordingRequest(api))
    await application.initialize()
    yield application
    await application.shutdown()


async def deliver(app: Application, api: FakeBotAPI) -> None:  # type: ignore[type-arg]
    """Process every pending update, in order, as the polling loop would."""
    while api.updates:
        await app.process_update(Update.de_json(api.updates.pop(0), app.bot))


def sent(api: FakeBotAPI, chat_id: int = USER) -> list[dict[str, Any]]:
    return api.bot_messages(chat_id)


def payloads(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b.get("callback_data") or b.get("url") for row in rows for b in row]


async def test_question_gets_html_answer_with_buttons(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    [message] = sent(api)
    text = message["text"]

    def styled(
        kind: str,
    ) -> list[str]:  # the text each entity of this kind covers (offsets: UTF-16)
        units = text.encode("utf-16-le")
        return [
            units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
            for e in message["entities"]
            if e["type"] == kind
        ]

    assert styled("bold")[0] == "催收上门怎么办"  # the title
    # The legal basis is folded into the message (an expandable quote), so no button for it.
    assert styled("expandable_blockquote") == ["依据\n行业指引：上门至少两人。"]
    assert "p:home-visit:steps" in payloads(message)
    assert "p:home-visit:legal" not in payloads(message)
    assert styled("italic")[-1].startswith(
        "ℹ️ 以上是一般性信息，不是法律意见"
    )  # the disclaimer, last
    assert "1. 不要开门" in text and "3. 如果对方不肯离开，拨打110。" in text
    assert "t:physical-danger" in payloads(message)
    assert {"fb:home-visit:1", "fb:home-visit:0"} <= set(payloads(message))


async def test_follow_up_in_words_uses_the_previous_topic(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    api.send_text(USER, "那他们骂人呢")
    await deliver(app, api)
    first, second = sent(api)
    assert first["text"].startswith("催收上门怎么办")
    # The safety stage may put one hotline line above the answer (a "possible" risk).
    assert "催收电话辱骂你" in second["text"].split("\n\n")[:2]


async def test_telegram_language_code_is_the_hint(app, api) -> None:
    api.send_text(USER, "/start", language_code="en")
    await deliver(app, api)
    assert sent(api)[0]["text"].startswith("Hello")


async def test_start_deep_link_opens_the_topic(app, api) -> None:
    api.send_text(USER, "/start home-visit")
    await deliver(app, api)
    [message] = sent(api)
    assert message["text"].startswith("催收上门怎么办")


async def test_start_shows_welcome_and_category_menu(app, api) -> None:
    api.send_text(USER, "/start")
    await deliver(app, api)
    [message] = sent(api)
    assert "催收应对助手" in message["text"] and "110" in message["text"]
    assert "c:contact" in payloads(message)


async def test_unknown_command_in_private_chat_is_answered(app, api) -> None:
    api.send_text(USER, "/frobnicate")
    await deliver(app, api)
    assert "不认识这个命令" in sent(api)[0]["text"]


async def test_non_text_gets_a_request_for_words(app, api) -> None:
    api.send_sticker(USER)
    await deliver(app, api)
    [message] = sent(api)
    assert "文字" in message["text"]


async def test_edited_messages_are_ignored(app, api) -> None:
    original = api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    api.edit_text(USER, original["message_id"], "催收打电话骂我")
    await deliver(app, api)
    assert len(sent(api)) == 1


async def test_group_answers_only_commands_mentions_and_replies(app, api) -> None:
    group = -100500
    api.group_chat(group)
    api.send_text(group, "催收要上门来我家怎么办", user_id=USER)  # not for the bot
    api.send_text(group, "/help@some_other_bot", user_id=USER)  # another bot's command
    api.send_sticker(group, user_id=USER)
    await deliver(app, api)
    assert sent(api, group) == []

    api.send_text(group, f"@{BOT_USERNAME} 催收要上门来我家怎么办", user_id=USER)
    await deliver(app, api)
    [answer] = sent(api, group)
    assert answer["text"].startswith("催收上门怎么办")

    api.send_text(group, "那他们骂人呢", user_id=USER, reply_to=answer["message_id"])
    api.send_text(group, f"/help@{BOT_USERNAME}", user_id=USER)
    await deliver(app, api)
    _, reply_answer, help_answer = sent(api, group)
    assert "催收电话辱骂你" in reply_answer["text"].split("\n\n")[:2]  # maybe under a hotline line
    assert "/topics" in help_answer["text"]


async def test_button_press_answers_topic_and_stops_the_spinner(app, api) -> None:
    api.send_text(USER, "催收员打电话骂我，说话特别难听")
    await deliver(app, api)
    answer = sent(api)[0]
    query = api.press(USER, answer["message_id"], "t:home-visit")
    await deliver(app, api)
    assert api.callbacks[query] is not None  # answered: the spinner stops
    assert sent(api)[-1]["text"].startswith("催收上门怎么办")


async def test_a_press_too_old_to_answer_still_gets_its_answer(app, api) -> None:
    api.send_text(USER, "/topics")
    await deliver(app, api)
    api.fail(
        "answerCallbackQuery",
        status=400,
        description="Bad Request: query is too old and "
        "response timeout expired or query ID is invalid",
    )
    api.press(USER, sent(api)[0]["message_id"], "t:home-visit")
    await deliver(app, api)
    assert sent(api)[-1]["text"].startswith("催收上门怎么办")


async def test_stale_or_forged_button_gets_a_polite_message(app, api) -> None:
    api.send_text(USER, "/topics")
    await deliver(app, api)
    menu = sent(api)[0]
    for data in ("t:no-such-topic", "zzz", "c:", "fb:home-visit:7"):
        query = api.press(USER, menu["message_id"], data)
        await deliver(app, api)
        assert api.callbacks[query] is not None
    texts = [m["text"] for m in sent(api)[1:]] + [
        api.callbacks[q]["text"] for q in api.callbacks if api.callbacks[q].get("text")
    ]
    assert sum("按钮已经失效" in t for t in texts) == 4
    assert not api.errors


async def test_feedback_is_counted_and_its_buttons_removed(app, api, tg_engine) -> None:
    api.send_text(USER, "催收员打电话骂我，说话特别难听")
    await deliver(app, api)
    answer = sent(api)[0]
    query = api.press(USER, answer["message_id"], "fb:abusive-caller:1")
    await deliver(app, api)
    assert "谢谢" in api.callbacks[query]["text"]  # a toast, not another message
    assert len(sent(api)) == 1
    assert tg_engine.store.feedback() == {"abusive-caller": (1, 0)}
    remaining = payloads(sent(api)[0])
    assert "t:home-visit" in remaining and not any(p.startswith("fb:") for p in remaining)


async def test_forget_asks_then_deletes_in_place(app, api, tg_engine) -> None:
    tg_engine.store.set_setting(USER, "lang", "zh")
    api.send_text(USER, "/forget")
    await deliver(app, api)
    confirm = sent(api)[0]
    assert "forget:yes" in payloads(confirm)
    assert tg_engine.store.get_setting(USER, "lang") == "zh"  # nothing deleted before confirming
    query = api.press(USER, confirm["message_id"], "forget:yes")
    await deliver(app, api)
    assert api.callbacks[query] is not None
    [edited] = sent(api)  # the question became the answer; its buttons are gone
    assert "已删除" in edited["text"] and "reply_markup" not in edited
    assert tg_engine.store.get_setting(USER, "lang") is None
    # Pressing the old button again is harmless.
    api.press(USER, confirm["message_id"], "forget:yes")
    await deliver(app, api)
    assert not [e for e in api.errors if e[1] >= 500]


async def test_lang_switch_changes_later_answers(app, api) -> None:
    api.send_text(USER, "/lang")
    await deliver(app, api)
    query = api.press(USER, sent(api)[0]["message_id"], "lang:en")
    await deliver(app, api)
    assert api.callbacks[query] is not None
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    assert sent(api)[-1]["text"].startswith("Collectors come to your home")


async def test_inline_query_offers_topics_to_share(app, api) -> None:
    query = api.inline(USER, "上门")
    await deliver(app, api)
    answer = api.inline_answers[query]
    assert answer is not None
    [result] = [r for r in answer["results"] if r["id"] == "home-visit"]
    assert result["type"] == "article" and result["title"] == "催收上门怎么办"
    content = result["input_message_content"]
    assert "不要开门" in content["message_text"]
    # From the Application's Defaults, not per call: HTML, no link preview.
    assert content["parse_mode"] == "HTML" and content["link_preview_options"]["is_disabled"]
    assert answer["is_personal"] in (True, "true")  # results follow the asker's language
    [[button]] = result["reply_markup"]["inline_keyboard"]
    assert button["url"] == f"https://t.me/{BOT_USERNAME}?start=home-visit"


async def test_inline_query_without_match_offers_private_chat(app, api) -> None:
    query = api.inline(USER, "今天天气怎么样")
    await deliver(app, api)
    answer = api.inline_answers[query]
    assert answer["results"] == []
    assert '"start_parameter": "inline"' in answer["button"]


async def test_documents_are_sent_as_files(app, api) -> None:
    api.send_text(USER, "/letter")
    await deliver(app, api)
    text, doc = sent(api)
    assert text["text"].startswith("信已写好")
    assert doc["document"]["file_name"] == "协商函.txt"
    assert doc["content"].decode("utf-8") == "尊敬的银行：\n我申请分期还款。"
    assert (USER, "upload_document") in api.chat_actions


async def test_long_reply_is_split_into_valid_messages(app, api) -> None:
    api.send_text(USER, "/essay")
    await deliver(app, api)
    messages = sent(api)
    assert len(messages) >= 3 and not api.errors  # each piece was accepted by the HTML parser
    assert "第39步" in messages[-1]["text"] or "第39步" in messages[-2]["text"]
    assert "&" in "".join(m["text"] for m in messages) and "<证据>" in messages[0]["text"]


async def test_commands_menu_is_registered_in_both_languages(app, api) -> None:
    await app.post_init(app)  # type: ignore[misc]
    english = api.commands[("default", "")]
    chinese = api.commands[("default", "zh")]
    assert [c["command"] for c in english] == [c["command"] for c in chinese]
    assert {"start", "help", "topics", "lang", "privacy", "forget", "reset"} <= {
        c["command"] for c in english
    }
    assert chinese[0]["description"] != english[0]["description"]


async def test_blocked_user_does_not_break_anything(app, api, caplog) -> None:
    api.block(USER)
    api.send_text(USER, "催收要上门来我家怎么办")
    api.send_text(2002, "催收要上门来我家怎么办")
    with caplog.at_level(logging.INFO):
        await deliver(app, api)
    assert sent(api) == []
    assert sent(api, 2002)[0]["text"].startswith("催收上门怎么办")
    assert ("sendmessage", 403, "Forbidden: bot was blocked by the user") in api.errors
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_network_error_is_retried(app, api) -> None:
    api.fail("sendMessage", status=502, description="Bad Gateway")
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    assert len(sent(api)) == 1  # delivered once, on the second try
    assert ("sendmessage", 502, "Bad Gateway") in api.errors


async def test_unexpected_error_is_logged_without_text_and_the_user_told(app, api, caplog) -> None:
    secret_words = "我的身份证号码被泄露了吗"
    api.fail("sendMessage", status=400, description="Bad Request: something unexpected")
    api.send_text(USER, secret_words)  # its answer is refused: the error handler takes over
    api.send_text(USER, "/boom " + secret_words)  # a skill crashes inside the engine
    with caplog.at_level(logging.DEBUG):
        await deliver(app, api)
    texts = [m["text"] for m in sent(api)]
    assert texts == ["抱歉，出了点问题，请稍后再试。你的数据没有丢失。"] * 2
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "BadRequest" in logged and "RuntimeError" in logged
    assert secret_words not in logged and TOKEN not in logged


async def test_heartbeat_job_writes_while_fetching(app, api, tmp_path) -> None:
    from bot import health
    from bot.telegram.jobs import HEARTBEAT_JOB

    await app.post_init(app)  # type: ignore[misc]
    await app.updater.start_polling(poll_interval=0.01, timeout=0)  # type: ignore[union-attr]
    try:
        [job] = app.job_queue.get_jobs_by_name(HEARTBEAT_JOB)  # type: ignore[union-attr]
        await job.run(app)
    finally:
        await app.updater.stop()  # type: ignore[union-attr]
    beat = tmp_path / "state.db.heartbeat"
    assert beat.exists()
    Store(tmp_path / "state.db").close()
    from datetime import timedelta

    assert health.check(tmp_path / "state.db", beat, timedelta(seconds=60), NOW).ok
    assert not health.check(
        tmp_path / "state.db", beat, timedelta(seconds=60), NOW + timedelta(minutes=5)
    ).ok
    assert BOT_ID == app.bot.id
