"""Payment statements of the thirteenth session's classes (issue #14), both ways.

Every sentence is our own: money paid back to someone of mine ("还给我爸" is paid by the person,
"还给我" is money coming in), and a note that is only a payment ("记一下 …还…") is a payment to be
reminded of, while a note of a collector's contact stays with the evidence log.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import LAYER, SUNDAY, assert_no_reminder, assert_payment

OFFER = "reminder-offer"

PAYMENTS = [
    ("paid back to someone of mine", "每月8号还给我妈800", date(2026, 12, 8), 800),
    ("paid back to someone of mine", "周三还钱给我哥 1500", date(2026, 12, 2), 1500),
    ("a note that is a payment", "记一下 周四还中信信用卡 1200", date(2026, 12, 3), 1200),
    ("a note that is a payment", "记一下：18号还美团 3k", date(2026, 12, 18), 3000),
]

NOT_PAYMENTS = [
    ("money coming in", "他说下周还给我1000"),
    ("money coming in", "周五朋友还钱给我 500"),
]


@pytest.mark.parametrize(("cls", "text", "due", "amount"), PAYMENTS)
def test_payments_of_the_thirteenth_session(cls: str, text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)


@pytest.mark.parametrize(("cls", "text"), NOT_PAYMENTS)
def test_money_coming_in_gets_no_offer(cls: str, text: str) -> None:
    assert_no_reminder(text)


def test_a_note_of_a_contact_stays_with_the_evidence_log() -> None:
    for text in ("记一下 今天催收打了3个电话", "记一下 今天催收打了3个电话 周四还中信1200"):
        assert next(LAYER.intents(text, SUNDAY)).name == "evidence"
    # ... while a note with only a payment skips the evidence row
    assert next(LAYER.intents("记一下 周四还中信信用卡 1200", SUNDAY)).name != "evidence"
