"""Classes of wording blind round 15 found missing (ninth session), each with new examples (not
the blind rows): a day of the month typed with the homophone 好 (15好), an amount followed by
whom it goes to in English ("3k to the credit union"), and a plan to pay that was called off,
which is no payment to remind of.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import assert_no_reminder, assert_payment


@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("花呗 20好 还 一千二", date(2026, 12, 20), 1200),
        ("tmrw 3k to the credit union", date(2026, 11, 30), 3000),
        ("friday 1.2k to jd", date(2026, 12, 4), 1200),
    ],
)
def test_payment_wordings(text: str, due: date, amount: int) -> None:
    assert_payment(text, "reminder-offer", due, amount)


@pytest.mark.parametrize(
    "text",
    [
        "scrapped the plan to pay hsbc on friday, talking to them first",
        "cancelled my plan to repay citi 900 on the 10th",
        "取消了周五还款的计划 先跟银行谈",
        "这样15好吗",  # 好 after a number is not always 号
        "it takes 2 to 3 days to arrive",
        "28号交房租3000",  # the monthly rent, not a debt
    ],
)
def test_not_a_payment_to_remind_of(text: str) -> None:
    assert_no_reminder(text)
