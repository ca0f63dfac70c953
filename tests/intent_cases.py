"""Shared checks for the table-driven tests of payment wordings (tests/test_intent_wordings*.py):
the reference moment every blind round and its tests use, the intent layer, and the three
assertions those tables make."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from bot.intent import IntentLayer
from bot.intent.table import RULES

# Sunday 2026-11-29 10:00 in Shanghai: the reference "now" of the intents corpora (README).
SUNDAY = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
LAYER = IntentLayer(RULES)
REMINDER_INTENTS = ("reminder-offer", "reminder-set")


def assert_payment(text: str, intent: str, due: date, amount: int) -> None:
    """The message is read as `intent` with this due date and amount."""
    found = LAYER.classify(text, SUNDAY)
    assert found.name == intent
    assert found.detail.parsed.due == due
    assert found.detail.parsed.amount == Decimal(amount)


def assert_no_reminder(text: str) -> None:
    """The message gets neither a reminder offer nor a reminder set."""
    assert LAYER.classify(text, SUNDAY).name not in REMINDER_INTENTS


def assert_plan(text: str, day: int, count: int | None, amount: int) -> None:
    """The message is a monthly plan on `day`, `count` payments (None: not said), of `amount`."""
    found = LAYER.classify(text, SUNDAY)
    assert found.name in REMINDER_INTENTS
    parsed = found.detail.parsed
    assert parsed.recurring is not None
    assert (parsed.recurring.day, parsed.recurring.count) == (day, count)
    assert parsed.amount == Decimal(amount)


def sunday_engine(kb, tmp_path):  # type: ignore[no-untyped-def]
    """The whole engine with its clock at the corpora's reference Sunday, on a fresh store."""
    from bot.bootstrap import build_engine

    return build_engine(kb=kb, db_path=tmp_path / "s.db", clock=lambda: SUNDAY)


def reminder_store(engine):  # type: ignore[no-untyped-def]
    """The engine's reminder store (the skill may be wrapped)."""
    skill = engine._skill_by_name["rem"]
    return getattr(skill, "skill", skill).reminders
