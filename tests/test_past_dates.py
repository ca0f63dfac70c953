"""bot/parsing/past.py: the backward-looking date reader shared by letters, deadlines and the
evidence log (its fuller tables are in test_letter_fields.py and test_evidence_extract.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.parsing.past import PastDay, find_past_day

SUNDAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨晚", PastDay(date(2026, 11, 21), "evening")),
        ("前晚打来的", PastDay(date(2026, 11, 20), "evening")),
        ("this morning", PastDay(SUNDAY, "morning")),
        ("今天", PastDay(SUNDAY)),
        ("十二月三日", PastDay(date(2025, 12, 3))),
        ("12月3", PastDay(date(2025, 12, 3))),
        ("11月20号", PastDay(date(2026, 11, 20))),
        ("3rd of November", PastDay(date(2026, 11, 3))),
        ("november 30, 2025", PastDay(date(2025, 11, 30))),
        ("two days ago", PastDay(date(2026, 11, 20))),
        ("上上周一", PastDay(date(2026, 11, 2))),
        ("这周三", PastDay(date(2026, 11, 18))),  # never ahead of today
        ("28号", PastDay(date(2026, 10, 28))),
    ],
)
def test_days_are_read_looking_back(text: str, expected: PastDay) -> None:
    assert find_past_day(text, SUNDAY) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "13月5日", "2月30日", "12月3次电话", "no date"])
def test_impossible_or_absent_dates_are_none(text: str) -> None:
    assert find_past_day(text, SUNDAY) is None


def test_no_day_is_ever_in_the_future() -> None:
    for text in ("12月25日", "周六", "saturday", "30号", "Dec 31", "本周日"):
        found = find_past_day(text, SUNDAY)
        assert found is not None and found.day <= SUNDAY, text
