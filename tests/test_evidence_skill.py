"""The evidence log through the engine: logging, correcting, listing, exporting, privacy."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW
from tests.test_engine import BAD_INPUTS

VALID_ID = "11010519491231002X"
VALID_CARD = "6222021234567890128"


@pytest.fixture
def ev(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, build_skills(store, mini_kb), clock=lambda: NOW)


def rows(store: Store, chat: str | None = None) -> list[dict]:
    sql = (
        "SELECT * FROM evidence" + (" WHERE chat_id = ?" if chat else "") + " ORDER BY chat_id, seq"
    )
    return [dict(r) for r in store.conn.execute(sql, (chat,) if chat else ())]


def payloads(reply) -> list[str]:
    return [b.payload for b in reply.all_buttons()]


def test_plain_words_log_an_entry_with_a_one_line_confirmation(ev: Engine) -> None:
    reply = ev.handle(1, "记一下：昨晚11点20催收打电话骂我，还说要去我单位")
    assert reply.action == {
        "type": "evidence",
        "at": "2026-11-21T23:20:00+08:00",
        "kind": "call",
        "tags": ["night", "insult", "threat"],
        "entries": [{"seq": 1, "kind": "call", "count": 1, "tags": ["night", "insult", "threat"]}],
    }
    first = reply.blocks[0].lines[0]
    assert (
        first.startswith("已记录 #1：")
        and "23:20" in first
        and "［夜间联系］" in first
        and "\n" not in first
    )
    assert payloads(reply)[:2] == ["evidence:fix:1", "evidence:del:1"]
    assert reply.kind == "flow"
    [row] = rows(ev.store, "1")
    assert row["kind"] == "call" and row["note"] == "昨晚11点20催收打电话骂我，还说要去我单位"


def test_english_log_prefix_and_command(ev: Engine) -> None:
    reply = ev.handle(2, "log: 3 calls from 021-xxxx today, they called my mum")
    assert reply.lang == "en" and reply.action["kind"] == "call"
    kinds = {e["kind"]: e for e in reply.action["entries"]}
    assert kinds["call"]["count"] == 3 and kinds["third-party"]["tags"] == ["third-party"]
    assert "021-xxxx" in render_text(reply)
    reply = ev.handle(2, "/log yesterday 11pm they texted me")
    assert reply.action["at"] == "2026-11-21T23:00:00+08:00" and reply.action["kind"] == "message"
    assert [r["seq"] for r in rows(ev.store, "2")] == [1, 2, 3]


def test_log_command_without_text_asks_then_logs(ev: Engine) -> None:
    ask = ev.handle(3, "/log")
    assert ask.action is None and ("描述" in render_text(ask))
    reply = ev.handle(3, "凌晨两点又打了4个电话")
    assert reply.action["at"] == "2026-11-22T02:00:00+08:00" and len(rows(ev.store, "3")) == 1
    assert rows(ev.store, "3")[0]["count"] == 4
    # the flow is over: the next message is an ordinary question again
    assert ev.handle(3, "催收要上门来我家怎么办").topic == "home-visit"


def test_bare_prefix_asks_for_the_description(ev: Engine) -> None:
    ask = ev.handle(21, "记一下")
    assert ask.action is None and rows(ev.store, "21") == []
    assert ev.handle(21, "昨晚11点打电话骂我").action["kind"] == "call"


def test_log_flow_can_be_cancelled(ev: Engine) -> None:
    ev.handle(4, "/log")
    reply = ev.handle(4, "取消")
    assert reply.action is None and rows(ev.store, "4") == []


def test_no_time_said_means_now_and_says_so(ev: Engine) -> None:
    reply = ev.handle(5, "记一下：催收打电话骂我")
    assert reply.action["at"] == NOW.isoformat()
    assert "按现在记录" in render_text(reply)


def test_correct_replaces_the_same_entry(ev: Engine) -> None:
    ev.handle(6, "记一下：昨天打电话骂我")
    ask = ev.press(6, "evidence:fix:1")
    assert "#" in render_text(ask) or "1" in render_text(ask)
    fixed = ev.handle(6, "昨晚11点打电话骂我，还打给了我妈")
    assert render_text(fixed).startswith("已更正 #1")
    assert fixed.action["at"] == "2026-11-21T23:00:00+08:00"
    # the call corrects #1; the call to the mother is a second kind, logged as #2
    first, second = rows(ev.store, "6")
    assert (first["seq"], first["kind"]) == (1, "call")
    assert (second["seq"], second["kind"], second["third_parties"]) == (2, "third-party", "family")


def test_delete_button(ev: Engine) -> None:
    ev.handle(7, "记一下：昨天打电话骂我")
    ev.handle(7, "记一下：今天又打电话")
    assert "已删除 #1" in render_text(ev.press(7, "evidence:del:1"))
    assert [r["seq"] for r in rows(ev.store, "7")] == [2]
    assert "找不到" in render_text(ev.press(7, "evidence:del:1"))
    assert "失效" in render_text(ev.press(7, "evidence:del:abc"))
    # an Arabic-Indic 2 is not entry 2
    assert "失效" in render_text(ev.press(7, "evidence:del:\u0662"))
    assert [r["seq"] for r in rows(ev.store, "7")] == [2]


def test_listing_is_in_order_with_tags_and_counts(ev: Engine) -> None:
    ev.handle(8, "记一下：今天上午9点打了4个电话")
    ev.handle(8, "记一下：昨晚11点20打电话骂我")
    ev.handle(8, "记一下：今天早上9点半又打了3个电话")
    listing = ev.handle(8, "/evidence")
    text = render_text(listing)
    assert text.index("#2 ") < text.index("#1 ") < text.index("#3 ")
    assert "共 3 条" in text
    line3 = next(x for x in text.splitlines() if x.startswith("• #3"))
    assert "［当天超过6次］" in line3
    assert "当天超过6次：1 条" in text and "夜间联系：1 条" in text and "共 7 次" in text
    assert "22:00" in text  # the rule behind the night tag is cited
    assert payloads(listing) == ["evidence:export"]
    assert "不是法律意见" in text


def test_empty_log(ev: Engine) -> None:
    assert "还没有记录" in render_text(ev.handle(9, "/evidence"))
    reply = ev.handle(9, "导出")
    assert not reply.documents and "还没有记录" in render_text(reply)


def test_export_documents(ev: Engine) -> None:
    ev.handle(10, "记一下：昨晚11点20催收打电话骂我")
    ev.handle(10, f"记一下：前天下午一个人上门，让我把钱转到他个人账户，卡号{VALID_CARD}")
    reply = ev.handle(10, "导出")
    assert reply.action == {"type": "evidence-export", "entries": 2}
    txt, table = reply.documents
    assert (
        txt.filename.endswith(".txt")
        and table.filename.endswith(".csv")
        and table.mime == "text/csv"
    )
    assert "/letter complaint" in render_text(reply)
    for content in (txt.content, table.content):
        assert "保留原始证据" in content and "录音" in content and "截图" in content
        assert "[单人上门]" in content and "第22条" in content and "第68条" in content
        assert "/letter complaint" in content
        assert VALID_CARD not in content and VALID_CARD[-4:] in content
    assert txt.content.index("#2") < txt.content.index("#1")  # in the order things happened
    assert "［单人上门］［要求转个人账户］" in txt.content
    data = [
        r
        for r in csv.reader(io.StringIO(table.content.lstrip("\ufeff")))
        if r and not r[0].startswith("#")
    ]
    header, *entries = data
    assert header[0] == "编号" and len(entries) == 2
    assert entries[0][0] == "2" and "单人上门" in entries[0][8] and entries[1][1].endswith("23:20")


def test_export_in_english_and_by_button(ev: Engine) -> None:
    ev.handle(11, "log: yesterday 11pm they called my boss")
    reply = ev.press(11, "evidence:export")
    txt, table = reply.documents
    assert "Keep the original evidence" in txt.content and "[third-party contact]" in txt.content
    assert "Art. 68" in table.content and "no,when,kind" in table.content


def test_csv_cells_cannot_become_formulas(ev: Engine) -> None:
    ev.handle(12, '记一下：=HYPERLINK("x") 打电话')
    table = ev.handle(12, "导出").documents[1].content
    assert ",'=HYPERLINK" in table or "\"'=HYPERLINK" in table


def test_sensitive_numbers_are_masked_before_storage_and_told_once(
    ev: Engine, store: Store
) -> None:
    first = ev.handle(13, f"记一下：催收打电话要我身份证号，我说了{VALID_ID}，验证码 483920")
    assert "永远不需要" in render_text(first)
    second = ev.handle(13, f"记一下：又打电话，我报了卡号 {VALID_CARD}")
    assert "永远不需要" not in render_text(second)
    notes = " ".join(r["note"] for r in rows(store, "13"))
    assert (
        VALID_ID not in notes
        and "002X" in notes
        and "483920" not in notes
        and VALID_CARD not in notes
    )
    store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    raw = Path(store.path).read_bytes()
    assert VALID_ID.encode() not in raw and VALID_CARD.encode() not in raw and b"483920" not in raw


def test_forget_removes_the_log(ev: Engine, store: Store) -> None:
    ev.handle(14, "记一下：昨晚11点打电话骂我")
    ev.handle(14, "记一下：今天又打电话")
    ev.handle(15, "记一下：别人的记录")
    ev.handle(14, "/forget")
    ev.press(14, "forget:yes")
    assert rows(store, "14") == [] and len(rows(store, "15")) == 1
    assert "还没有记录" in render_text(ev.handle(14, "/evidence"))


def test_another_chat_cannot_read_or_change_the_log(ev: Engine, store: Store) -> None:
    ev.handle(16, "记一下：昨晚11点20催收打电话骂我")
    assert "还没有记录" in render_text(ev.handle(17, "/evidence"))
    assert not ev.handle(17, "导出").documents
    assert not ev.press(17, "evidence:export").documents
    assert "找不到" in render_text(ev.press(17, "evidence:del:1"))
    assert "找不到" in render_text(ev.press(17, "evidence:fix:1"))
    # a forged fix press started nothing: the next message is not written over chat 16's entry
    ev.handle(17, "今天打电话")
    for forged in (
        "evidence:del:1:16",
        "evidence:fix:-1",
        "evidence:del:99999999999",
        "evidence:list:16",
    ):
        reply = ev.press(17, forged)
        assert "失效" in render_text(reply) or "找不到" in render_text(reply)
    [row] = rows(store, "16")
    assert row["note"] == "昨晚11点20催收打电话骂我" and row["at"].startswith("2026-11-21T23:20")
    assert rows(store, "17") == []


def test_traditional_chinese(ev: Engine) -> None:
    reply = ev.handle(18, "記一下：昨晚十一點二十催收打電話罵我")
    assert reply.traditional and "已記錄 #1" in render_text(reply)
    assert reply.action["tags"] == ["night", "insult"]
    assert rows(ev.store, "18")[0]["note"] == "昨晚十一點二十催收打電話罵我"


def test_ordinary_questions_are_not_logged(ev: Engine) -> None:
    for text in ("记录证据怎么做", "催收打电话骂我怎么办", "export是什么意思"):
        reply = ev.handle(19, text)
        assert reply.action is None, text
    assert rows(ev.store, "19") == []


def test_scam_signs_in_a_log_entry_point_to_the_check(ev: Engine) -> None:
    reply = ev.handle(20, "记一下：今天有人打电话自称法院的，让我转到他个人账户")
    assert reply.action["type"] == "evidence"  # a log request stays a log entry
    assert {"impersonation", "private-account"} <= set(reply.action["tags"])
    assert "/check" in render_text(reply)


ODD_INPUTS = [
    *BAD_INPUTS,
    "记一下：",
    "记一下：😀",
    "log: \x00\x01",
    "/log " + "x" * 100_000,
    "记一下：" + "十" * 5000,
    "/check",
    "/check 😀",
    "/evidence export",
    "/evidence nonsense",
    "记一下：/start",
    "log: " + "a." * 3000,
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_odd_input_with_the_skills_gets_a_polite_reply(ev: Engine, text: str) -> None:
    reply = ev.handle(22, text)
    assert reply.kind != "error" and render_text(reply).strip()
    assert all(len(r["note"]) <= 1000 for r in rows(ev.store, "22"))


# -- issue #14: several kinds in one message -------------------------------------------------
def test_calls_and_a_text_to_the_boss_are_two_entries_tagged_separately(
    ev: Engine, store: Store
) -> None:
    reply = ev.handle(40, "log: today they called 8 times, it was awful, and texted my boss")
    entries = {e["kind"]: e for e in reply.action["entries"]}
    assert set(entries) == {"call", "third-party"}
    assert entries["call"]["count"] == 8 and "over-6-a-day" in entries["call"]["tags"]
    assert entries["third-party"]["tags"] == ["third-party"]
    stored = {r["kind"]: r["count"] for r in rows(store, "40")}
    assert stored == {"call": 8, "third-party": 1}
    listing = render_text(ev.handle(40, "/evidence"))
    assert "Most calls in a day: 8" in listing
    exported = ev.handle(40, "export")
    report = exported.documents[0].content
    assert ": 8 calls (more than 6)" in report


def test_several_kinds_in_chinese_with_their_own_counts(ev: Engine, store: Store) -> None:
    ev.handle(41, "记一下 今天发了7条短信 打了5个电话 还有一个人到我公司楼下找我")
    assert sorted((r["kind"], r["count"]) for r in rows(store, "41")) == [
        ("call", 5),
        ("message", 7),
        ("visit", 1),
    ]


def test_correcting_an_entry_with_two_kinds_replaces_it_and_adds_the_other(
    ev: Engine, store: Store
) -> None:
    ev.handle(42, "记一下：今天打了3个电话")
    ev.press(42, "evidence:fix:1")
    ev.handle(42, "今天催收打给我9次，打给我妈2次")
    assert sorted((r["seq"], r["kind"], r["count"]) for r in rows(store, "42")) == [
        (1, "call", 9),
        (2, "third-party", 2),
    ]
