"""A tally of contacts told in passing gets an offer to log it, never a silent entry (issue #14:
"today 6 calls 2 sms 1 visit" got "I can't help"). Table-driven, both ways; our own sentences."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.evidence.extract import extract_all
from bot.evidence.offer import tally
from bot.kb import KnowledgeBase
from bot.store import Store

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

# (text, the kinds and counts offered)
OFFERED = [
    ("today 5 calls 3 sms", [("call", 5), ("message", 3)]),
    ("yesterday 2 visits and 4 calls", [("visit", 2), ("call", 4)]),
    ("they rang me 11 times today", [("call", 11)]),
    # a time span (到12点) is not a place the person went to call from
    ("昨晚十点到十二点连打了5个电话", [("call", 5)]),
    ("今天打了7个电话", [("call", 7)]),
    ("催收昨天打了15个电话 发了4条短信", [("call", 15), ("message", 4)]),
    ("今日催收打咗9个电话俾我", [("call", 9)]),
    ("昨晚11点半又打电话来了", [("call", 1)]),
    ("上周六他们上门了", [("visit", 1)]),
]

# must not be offered: questions, the person's own calls, vague complaints, things to come,
# explicit logging (the skill's own), payments
NOT_OFFERED = [
    "一天打15个电话合法吗",
    "how do i stop 10 calls a day",
    "我今天给建行打了2个电话问分期",
    "i called hsbc 3 times today about a plan",
    "催收老是打电话",
    "明天他们说要上门",
    "记一下：今天打了7个电话",
    "明天还招行3000",
    "今天打了7个电话 帮我写封投诉信",
    "你好",
    "现在催收一天打好几通给我",  # a rate, not a day's contacts
    "they call me 5 times a day",
    "今天打了6个电话 能跟谁投诉",  # a question
    "佢哋今日话听日会搵人上嚟",  # still to come
    "我是做催收的 今天打了80个电话",  # the person works in collections
    "欠了十几个平台 一分钱都拿不出来",  # no contact said
    "the collector keeps calling me at 3am",
    "晚上几点以后就不能打了",  # a question without a question mark
]


@pytest.mark.parametrize(("text", "want"), OFFERED)
def test_a_tally_is_read(text: str, want: list[tuple[str, int]]) -> None:
    found = tally(text, NOW)
    assert found is not None
    assert [(e.kind, e.count) for e in found] == want


@pytest.mark.parametrize("text", NOT_OFFERED)
def test_no_tally(text: str) -> None:
    assert tally(text, NOW) is None


@pytest.fixture
def ev(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, build_skills(store, mini_kb), clock=lambda: NOW)


def _stored(store: Store) -> list[tuple[str, int]]:
    rows = store.conn.execute("SELECT kind, count FROM evidence ORDER BY seq").fetchall()
    return [(r[0], r[1]) for r in rows]


def test_the_offer_stores_nothing_until_yes(ev: Engine, store: Store) -> None:
    reply = ev.handle(1, "today 5 calls 3 sms")
    assert reply.action == {
        "type": "evidence-offer",
        "entries": [{"kind": "call", "count": 5}, {"kind": "message", "count": 3}],
    }
    assert "evidence:ok" in [b.payload for b in reply.all_buttons()]
    assert _stored(store) == []
    logged = ev.handle(1, "yes")
    assert (logged.action or {}).get("type") == "evidence"
    assert _stored(store) == [("call", 5), ("message", 3)]


def test_no_or_the_button_declines(ev: Engine, store: Store) -> None:
    ev.handle(1, "今天打了7个电话")
    reply = ev.handle(1, "不用")
    assert "没有记录" in " ".join(line for b in reply.blocks for line in b.lines)
    assert _stored(store) == []
    ev.handle(2, "今天打了7个电话")
    ev.press(2, "evidence:no")
    assert _stored(store) == []


def test_the_button_logs_and_expires(ev: Engine, store: Store) -> None:
    ev.handle(1, "今天打了7个电话")
    ev.press(1, "evidence:ok")
    assert _stored(store) == [("call", 7)]
    again = ev.press(1, "evidence:ok")  # pressed twice: the offer is gone, nothing added
    assert (again.action or {}).get("type") != "evidence"
    assert _stored(store) == [("call", 7)]


def test_another_message_after_the_offer_is_its_own(ev: Engine, store: Store) -> None:
    ev.handle(1, "今天打了7个电话")
    ev.handle(1, "一天最多能打几次")
    assert _stored(store) == []


# The extractor's classes read in rounds 13-15 (our own sentences): a receiver who tells it
# ("X说接到了…"), a target opened with 给 whose verb follows 也/都, a count labelled after its
# sender ("msgs from them: 5"), the English post verb in a Chinese group phrase.
EXTRACTED = [
    ("仓库主管说接到了催收电话3个", [("third-party", 3)]),
    ("他们发短信给我哥了 还给我邻居也发了", [("third-party", 2)]),
    ("calls from the agency: 6 yesterday", [("call", 6)]),
    ("佢哋喺屋企群组出post话我欠钱", [("posting", 1)]),
]
NOT_EXTRACTED_AS = [
    ("我说接到了3个电话", "third-party"),  # the person, not someone else
    ("今天打了5个电话 还给我发了3条短信", "third-party"),  # to me
]


@pytest.mark.parametrize(("text", "want"), EXTRACTED)
def test_extracted_by_structure(text: str, want: list[tuple[str, int]]) -> None:
    assert [(e.kind, e.count) for e in extract_all(text, NOW)] == want


@pytest.mark.parametrize(("text", "kind"), NOT_EXTRACTED_AS)
def test_not_extracted_as(text: str, kind: str) -> None:
    assert kind not in {e.kind for e in extract_all(text, NOW)}
