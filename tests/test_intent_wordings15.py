"""Payment wordings of the fifteenth session's classes (issue #14), both ways.

Every sentence is our own: "叫我" opening the message with a day right after it asks for the
reminder; a bare weekday that is today's is next week's (said on Sunday 29 Nov, "周日" is 6 Dec
and "这周日" today); money remitted (汇) or sent to someone named after 给 ("给我姐转一千五") is a
payment, money sent to the person ("给我转2000") is not; in English "give back" and "return"
repay, and "the 800 I borrowed" is what is repaid, not a loan told.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import assert_no_reminder, assert_payment

OFFER, SET = "reminder-offer", "reminder-set"


@pytest.mark.parametrize(
    ("text", "intent", "due", "amount"),
    [
        ("叫我周二还借呗1.2w", SET, date(2026, 12, 1), 12000),
        ("叫我后天还白条 三百五", SET, date(2026, 12, 1), 350),
        ("周日还借呗2500", OFFER, date(2026, 12, 6), 2500),
        ("这周日还借呗2500", OFFER, date(2026, 11, 29), 2500),
        ("paying hsbc 700 on sunday", OFFER, date(2026, 12, 6), 700),
        ("每月5號匯3500 共36期", OFFER, date(2026, 12, 5), 3500),
        ("周六给我姐转一千五 之前借的", OFFER, date(2026, 12, 5), 1500),
        ("will give back uncle 20000 yuan on the 18th", OFFER, date(2026, 12, 18), 20000),
        (
            "this friday i'm paying back the 800 i borrowed from a coworker",
            OFFER,
            date(2026, 12, 4),
            800,
        ),
    ],
)
def test_payment_wordings(text: str, intent: str, due: date, amount: int) -> None:
    assert_payment(text, intent, due, amount)


@pytest.mark.parametrize(
    "text",
    [
        "叫我过数去私人户口 不然就上门",  # a demand quoted: no day right after 叫我
        "周五他给我转2000",  # money coming in
        "汇丰说周五前要还3000",  # 汇丰 is a bank, and its words
    ],
)
def test_not_payments(text: str) -> None:
    assert_no_reminder(text)


@pytest.mark.parametrize(
    "text",
    [
        "美团说我逾期了 要我今天还清2300 不然上征信",  # the lender's words, carried past 逾期
        "i really want to pay back 5k by end of month but have no money",
    ],
)
def test_a_lenders_demand_and_no_money_get_no_offer(text: str) -> None:
    assert_no_reminder(text)


@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("pay 300 huabei tonite", date(2026, 11, 29), 300),
        ("昨天跟银行说了 明天先还两千", date(2026, 11, 30), 2000),  # the person told them
    ],
)
def test_tonight_misspelt_and_the_persons_own_words(text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)
