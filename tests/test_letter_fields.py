"""Parsing what people type into letter fields: money, whole numbers, dates, last four digits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.kb.model import Text
from bot.letters.fields import (
    find_date,
    format_money,
    parse_last4,
    parse_money,
    parse_text,
    parse_value,
)
from bot.letters.templates import LetterField

SUNDAY = date(2026, 11, 22)
ID_NUMBER = "110101199003074514"  # valid check digit
CARD = "6222021234567890128"  # Luhn-valid


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("3000", "3000.00"),
        ("3,000.50", "3000.50"),
        ("5000元", "5000.00"),
        ("1.2万", "12000.00"),
        ("一万二", "12000.00"),
        ("五千块", "5000.00"),
        ("每月1500左右", "1500.00"),
        ("¥ 2,500", "2500.00"),
        ("CNY 3000", "3000.00"),
        ("5k", "5000.00"),
        ("３０００", "3000.00"),
    ],
)
def test_money(typed: str, amount: str) -> None:
    assert parse_money(typed) == Decimal(amount)


@pytest.mark.parametrize("typed", ["", "很多", "abc", "-300", "0", "2000到3000", "1e400", "$"])
def test_money_refused(typed: str) -> None:
    assert parse_money(typed) is None


def test_money_formats_per_language() -> None:
    assert format_money("58000.00", "zh") == "58,000 元"
    assert format_money("1500.50", "en") == "CNY 1,500.50"


@pytest.mark.parametrize(
    ("typed", "when"),
    [
        ("今天", "2026-11-22"),
        ("昨天收到的", "2026-11-21"),
        ("前天", "2026-11-20"),
        ("3天前", "2026-11-19"),
        ("上周五", "2026-11-13"),
        ("上週五送到的", "2026-11-13"),  # traditional script
        ("上禮拜三", "2026-11-11"),  # Friday of last calendar week (weeks start on Monday)
        ("周五", "2026-11-20"),
        ("12月3日", "2025-12-03"),  # without a year: the latest one that has passed
        ("11月3号", "2026-11-03"),
        ("十一月三日", "2026-11-03"),
        ("2026年10月9日", "2026-10-09"),
        ("2026-10-09", "2026-10-09"),
        ("yesterday", "2026-11-21"),
        ("last Friday", "2026-11-20"),
        ("on Sunday", "2026-11-22"),
        ("3 November", "2026-11-03"),
        ("Dec 3, 2025", "2025-12-03"),
        ("5号", "2026-11-05"),
        ("25号", "2026-10-25"),
    ],
)
def test_dates(typed: str, when: str) -> None:
    assert find_date(typed, SUNDAY) == date.fromisoformat(when)


@pytest.mark.parametrize("typed", ["不记得了", "2026-02-30", "sometime", "13月5日"])
def test_dates_refused(typed: str) -> None:
    assert find_date(typed, SUNDAY) is None


def test_last4_keeps_four_and_cuts_full_numbers() -> None:
    assert parse_last4("1234").value == "1234"
    assert parse_last4("567x").value == "567X"
    assert parse_last4("尾号 4514").value == "4514"
    full_id = parse_last4(ID_NUMBER)
    assert (full_id.value, full_id.notices) == ("4514", ("id_reduced",))
    card = parse_last4(CARD[:4] + " " + CARD[4:8] + " " + CARD[8:])
    assert (card.value, card.notices) == ("0128", ("card_reduced",))
    assert parse_last4("12").error == "bad_last4"
    assert parse_last4("1234567890").error == "bad_last4"


def test_free_text_never_keeps_a_full_id_or_card() -> None:
    result = parse_text(f"我叫张三，身份证 {ID_NUMBER}，卡号 {CARD}，验证码 834211")
    assert ID_NUMBER not in result.value and CARD not in result.value
    assert (
        "****4514" in result.value and "****0128" in result.value and "834211" not in result.value
    )
    assert set(result.notices) == {"id_reduced", "card_reduced", "code_removed"}
    assert parse_text("收入减少，只能每月还1500").notices == ()


def _spec(type_: str, **extra: object) -> LetterField:
    return LetterField(name="x", type=type_, prompt=Text("?", "?"), example=Text("1", "1"), **extra)  # type: ignore[arg-type]


def test_parse_value_by_type() -> None:
    months = _spec("integer", min=Decimal(1), max=Decimal(60))
    assert parse_value(months, "36期", SUNDAY).value == "36"
    assert parse_value(months, "二十四个月", SUNDAY).value == "24"
    over = parse_value(months, "72", SUNDAY)
    assert over.error == "out_of_range" and over.error_args == {"min": "1", "max": "60"}
    assert parse_value(months, "三年", SUNDAY).error == "bad_integer"
    happened = _spec("date")
    assert parse_value(happened, "2026-12-30", SUNDAY).error == "future_date"
    assert parse_value(_spec("date", allow_future=True), "2026-12-30", SUNDAY).value == "2026-12-30"
    assert parse_value(_spec("text"), "  ", SUNDAY).error == "empty"
    assert parse_value(_spec("text"), "x" * 1001, SUNDAY).error == "too_long"
    # Chinese punctuation in free text survives (no NFKC on text).
    assert parse_value(_spec("text"), "失业，收入减少。", SUNDAY).value == "失业，收入减少。"
