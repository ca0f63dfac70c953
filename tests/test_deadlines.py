"""Court deadlines: 15 days not counting the day of receipt, rolled past weekends and holidays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from bot.context import ChatContext
from bot.deadlines import Deadline, DeadlineSkill, compute, detect_kind, reminder_moment
from bot.engine import Engine
from bot.kb import KnowledgeBase, Text
from bot.render import render_text
from bot.reply import Reply, text_reply
from bot.skills import Turn
from bot.store import Store
from tests.conftest import NOW, SHANGHAI


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-11-16", "2026-12-01"),  # Monday → Tuesday
        ("2026-11-17", "2026-12-02"),  # Tuesday → Wednesday
        ("2026-11-18", "2026-12-03"),  # Wednesday → Thursday
        ("2026-11-19", "2026-12-04"),  # Thursday → Friday
        ("2026-11-20", "2026-12-07"),  # Friday → Saturday 5 Dec, rolled to Monday
        ("2026-11-21", "2026-12-07"),  # Saturday → Sunday 6 Dec, rolled to Monday
        ("2026-11-22", "2026-12-07"),  # Sunday → Monday
    ],
)
def test_each_weekday_of_receipt(received: str, due: str) -> None:
    deadline = compute("defence", date.fromisoformat(received))
    assert deadline.due == date.fromisoformat(due)
    assert deadline.nominal == date.fromisoformat(received) + timedelta(days=15)
    assert deadline.due.weekday() < 5


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2026-01-31", "2026-02-24"),  # → Sunday 15 Feb, Spring Festival to 23 Feb → Tuesday 24
        ("2026-02-14", "2026-03-02"),  # across a 28-day February → Sunday 1 Mar → Monday
        ("2024-02-14", "2024-02-29"),  # leap year: Thursday 29 Feb stands
        ("2026-12-20", "2027-01-04"),  # across the year end, a Monday
        ("2026-04-30", "2026-05-15"),  # a Friday, after the May Day holidays
    ],
)
def test_across_month_ends(received: str, due: str) -> None:
    assert compute("appeal", date.fromisoformat(received)).due == date.fromisoformat(due)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2025-09-20", "2025-10-09"),  # → Sunday 5 Oct, inside National Day (1–8 Oct) → Thursday 9
        ("2025-09-16", "2025-10-09"),  # → Wednesday 1 Oct, a holiday on a weekday
        ("2025-09-26", "2025-10-11"),  # → Saturday 11 Oct, a make-up working day: it stands
        ("2026-09-16", "2026-10-08"),  # → Thursday 1 Oct 2026, National Day to 7 Oct
    ],
)
def test_official_holidays_and_make_up_days(received: str, due: str) -> None:
    deadline = compute("defence", date.fromisoformat(received))
    assert deadline.due == date.fromisoformat(due)
    assert deadline.holidays_known


def test_a_year_the_calendar_does_not_know_falls_back_to_weekends() -> None:
    deadline = compute("defence", date(2030, 3, 1))  # → Saturday 16 March 2030
    assert deadline.due == date(2030, 3, 18)
    assert not deadline.holidays_known


def test_reminder_is_two_days_before_at_nine() -> None:
    deadline = compute("payment-order", date(2026, 11, 22))  # due Monday 7 December
    moment = reminder_moment(deadline, NOW)
    assert moment == datetime(2026, 12, 5, 9, 0, tzinfo=SHANGHAI)
    late = datetime(2026, 12, 6, 8, 0, tzinfo=SHANGHAI)
    assert reminder_moment(deadline, late) is None  # already past: nothing to offer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("今天收到法院传票和起诉状", "defence"),
        ("收到支付令了", "payment-order"),
        ("判决书上周五送到的", "appeal"),
        ("I got served court papers yesterday", "defence"),
        ("法院寄来了应诉通知书", "defence"),
        ("the judgment arrived on 3 November", "appeal"),
        ("判決書上週五送到的", "appeal"),
    ],
)
def test_recognised(text: str, kind: str) -> None:
    assert detect_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "银行寄来的律师函是真的吗",
        "收到法院传票短信是真的吗",
        "催收说要起诉我",
        "传票是什么意思",
        "I received a summons, is it real?",
        "催收打电话骂我怎么办",
        "催收说明天法院就来给我送传票",
        "快递说有法院传票，要不要签收",
        "the collector said they will send a summons",
    ],
)
def test_not_recognised(text: str) -> None:
    assert detect_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "今天收到小额诉讼的判决书",
        "判决书上周五送到的，上面写着一审终审",
        "the small claims judgment arrived yesterday",
        "今天收到小额诉讼的传票和起诉状",
    ],
)
def test_no_15_day_clock_for_small_claims(text: str) -> None:
    # Final at first instance, and a defence period only on request (民事诉讼法 第165条,
    # 解释 第275条): a 15-day appeal or defence date would mislead.
    assert detect_kind(text) is None


def test_a_payment_order_keeps_its_clock_whatever_else_is_said() -> None:
    assert detect_kind("今天收到支付令，不是小额诉讼") == "payment-order"


@pytest.fixture
def bot(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, skills=[DeadlineSkill()], clock=lambda: NOW)


def test_chat_states_the_date_and_the_counting_rule(bot: Engine) -> None:
    reply = bot.handle(1, "判决书上周五送到的")  # NOW is Sunday 22 Nov 2026; 上周五 = 13 Nov
    assert reply.action == {
        "type": "deadline",
        "kind": "appeal",
        "received": "2026-11-13",
        "due": "2026-11-30",
    }
    text = render_text(reply)
    assert "2026年11月30日（星期一）" in text and "2026年11月28日（星期六）" in text
    assert (
        "收到的当天不算" in text and "顺延" in text and "以法院送达的文书上写明的期限为准" in text
    )
    assert "第171条" in text and "还有 8 天" in text
    assert (
        "设一个提醒：2026年11月28日（星期六）（截止前两天）" in text
    )  # no reminders skill: a note
    assert reply.all_buttons() == []


def test_related_topics_are_offered_when_the_base_has_them(
    mini_kb: KnowledgeBase, store: Store
) -> None:
    sued = replace(
        mini_kb.get("home-visit"), id="sued", title=Text("被起诉怎么办", "You are being sued")
    )
    kb = replace(mini_kb, entries=(*mini_kb.entries, sued))
    bot = Engine(kb, store, skills=[DeadlineSkill()], clock=lambda: NOW)
    reply = bot.handle(5, "法院寄来起诉状副本，我该做什么")
    assert reply.action["kind"] == "defence"
    assert [(b.label, b.payload) for b in reply.all_buttons()] == [("被起诉怎么办", "t:sued")]


def test_receipt_without_a_date_counts_from_today_and_says_so(bot: Engine) -> None:
    reply = bot.handle(2, "收到支付令了")
    assert reply.action["received"] == "2026-11-22" and reply.action["due"] == "2026-12-07"
    assert "我按今天收到计算" in render_text(reply)


def test_english_and_a_passed_deadline(bot: Engine) -> None:
    reply = bot.handle(3, "I got served court papers on 1 October")
    assert reply.lang == "en" and reply.action["due"] == "2026-10-16"
    assert "may already have passed" in render_text(reply)


def test_reminder_hook_gets_the_deadline_and_the_moment(
    mini_kb: KnowledgeBase, store: Store
) -> None:
    calls: list[tuple[Deadline, datetime]] = []

    def remind(turn: Turn, deadline: Deadline, moment: datetime) -> Reply:
        calls.append((deadline, moment))
        return text_reply(turn.lang, "ok")

    bot = Engine(mini_kb, store, skills=[DeadlineSkill(remind)], clock=lambda: NOW)
    reply = bot.handle(4, "今天收到法院传票和起诉状")
    (button,) = reply.all_buttons()
    assert button.payload == "deadline:remind:defence:2026-11-22"
    assert render_text(bot.press(4, button.payload)).startswith("ok")
    assert calls == [
        (compute("defence", date(2026, 11, 22)), datetime(2026, 12, 5, 9, 0, tzinfo=SHANGHAI))
    ]
    assert "失效" in render_text(bot.press(4, "deadline:remind:defence:not-a-date", lang_hint="zh"))


def test_a_holiday_roll_is_explained_and_an_unknown_year_keeps_the_caveat(bot: Engine) -> None:
    reply = bot.handle(6, "2025年9月20日收到的起诉状")
    assert reply.action["due"] == "2025-10-09"
    text = render_text(reply)
    assert "节后第一个工作日" in text and "已按国家公布的法定节假日和调休计算" in text
    turn = Turn("7", "", NOW, "zh", ChatContext("7"), bot)
    later = render_text(DeadlineSkill().reply(turn, compute("defence", date(2030, 3, 1))))
    assert "2030年3月18日" in later and "如果中间遇到国庆、春节等法定节假日" in later
