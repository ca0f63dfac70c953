"""Payment statements of the fourteenth session's classes (issue #14), both ways.

Every sentence is our own: in English, the pay coming in ("once my wages arrive") or what the
payment is for ("for the money I owe") said after the payment is its background, not a sign
that no payment is made; the pay or the debt said on its own still is no payment. A wish ("真想…",
"I wish I could…"), a paper's or a lender's words ("the letter says…", "招联金融说…") and a plan
that has stopped ("现在停了") get no offer.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import assert_no_reminder, assert_payment

OFFER = "reminder-offer"

PAYMENTS = [
    # a numeral that begins a kinship word is no amount ("还我二叔" pays my uncle)
    ("kin with a numeral", "下周三还我三姨5000", date(2026, 12, 2), 5000),
    # money tight is hardship told, not a refusal
    ("hardship told", "最近手头紧 下周五还平安2300", date(2026, 12, 4), 2300),
    ("after salary", "paying my aunt 4k on the 15th after salary", date(2026, 12, 15), 4000),
    (
        "pay coming in, after",
        "i will pay 2k to citi on friday once my salary lands",
        date(2026, 12, 4),
        2000,
    ),
    (
        "pay coming in, after",
        "paying cmb 900 on the 8th after my salary comes in",
        date(2026, 12, 8),
        900,
    ),
    (
        "what it is for, after",
        "transferring 1500 to my old roommate on the 12th for what i borrowed in spring",
        date(2026, 12, 12),
        1500,
    ),
]

NOT_PAYMENTS = [
    ("the pay itself", "my salary comes in on the 10th, about 6000"),
    ("the debt itself", "i borrowed 3000 from my cousin last month"),
    # a wish is no plan
    ("a wish", "真想下周五就把招行的8000全还了"),
    ("a wish", "I wish I could clear the 6k with citi by friday"),
    # a paper or a lender by its product's name says when to pay: their words
    ("their words", "the bank's letter says I must pay 12000 by dec 20"),
    ("their words", "招联金融说我周四前要还清9000"),
    # a plan that has stopped
    ("stopped", "每個月20號都還緊網商貸600 而家停咗"),
]


@pytest.mark.parametrize(("cls", "text", "due", "amount"), PAYMENTS)
def test_payments_of_the_fourteenth_session(cls: str, text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)


@pytest.mark.parametrize(("cls", "text"), NOT_PAYMENTS)
def test_no_payment_of_ones_own_gets_no_offer(cls: str, text: str) -> None:
    assert_no_reminder(text)
