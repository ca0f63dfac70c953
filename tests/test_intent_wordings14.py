"""Payment statements of the fourteenth session's classes (issue #14), both ways.

Every sentence is our own: in English, the pay coming in ("once my wages arrive") or what the
payment is for ("for the money I owe") said after the payment is its background, not a sign
that no payment is made; the pay or the debt said on its own still is no payment.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import assert_no_reminder, assert_payment

OFFER = "reminder-offer"

PAYMENTS = [
    ("pay coming in, after", "i will pay 2k to citi on friday once my salary lands", date(2026, 12, 4), 2000),
    ("pay coming in, after", "paying cmb 900 on the 8th after my salary comes in", date(2026, 12, 8), 900),
    ("what it is for, after", "transferring 1500 to my old roommate on the 12th for what i borrowed in spring", date(2026, 12, 12), 1500),
]

NOT_PAYMENTS = [
    ("the pay itself", "my salary comes in on the 10th, about 6000"),
    ("the debt itself", "i borrowed 3000 from my cousin last month"),
]


@pytest.mark.parametrize(("cls", "text", "due", "amount"), PAYMENTS)
def test_payments_of_the_fourteenth_session(cls: str, text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)


@pytest.mark.parametrize(("cls", "text"), NOT_PAYMENTS)
def test_the_pay_or_the_debt_alone_gets_no_offer(cls: str, text: str) -> None:
    assert_no_reminder(text)
