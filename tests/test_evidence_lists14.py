"""Counts in lists and parts of a count (fourteenth session, blind rounds 24 and 25): a list of
channels each with its count is one entry per channel; "有两次係…" and "还有1条说…" tell about
some of a count already given; a count before its verb ("还有1个打到我老板那里") is that
contact's own, not one more of the count before."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    "text,want",
    [
        ("今天电话9通、短信3条", {("call", 9), ("message", 3)}),
        ("這個禮拜收到4則簡訊、3通電話", {("message", 4), ("call", 3)}),
        ("今日打咗6次電話嚟，有兩次係半夜", {("call", 6)}),
        ("今天收到15条短信，还有1条说要去我单位", {("message", 15)}),
        ("今天接了10个电话，还有1个打到我老板那里", {("call", 10), ("third-party", 1)}),
    ],
)
def test_lists_and_parts_of_a_count(text: str, want: set[tuple[str, int]]) -> None:
    assert {(e.kind, e.count) for e in extract_all(text, NOW)} == want


@pytest.mark.parametrize(
    "text,want",
    [
        # they went to one's place (去, told from where the person is not), twice
        ("催收今天去了我店里两次", {("visit", 2)}),
        # went again: one more visit
        ("周六他们去了我老家，周日又去了我公司", {("visit", 2)}),
        ("They drove to my hometown yesterday", {("visit", 1)}),
    ],
)
def test_visits_told_with_go(text: str, want: set[tuple[str, int]]) -> None:
    assert {(e.kind, e.count) for e in extract_all(text, NOW)} == want


@pytest.mark.parametrize(
    "text,people",
    [
        ("they called my manager and my landlord this afternoon", 2),
        ("they called my university supervisor and my roommate about my debt", 2),
    ],
)
def test_people_listed_in_english(text: str, people: int) -> None:
    assert {(e.kind, e.count) for e in extract_all(text, NOW)} == {("third-party", people)}


@pytest.mark.parametrize(
    "text,want",
    [
        # a Chinese count right after a clock time is not glued to its minutes
        ("昨天22:40一条短信，今天00:15一个电话", {("message", 1), ("call", 1)}),
        # the ones not answered, and the last one, are part of the count told
        ("今天打了我15次，没接的有9次", {("call", 15)}),
        ("晚上收到6条短信，最后一条是11点发的", {("message", 6)}),
    ],
)
def test_clock_times_and_parts_of_a_count(text: str, want: set[tuple[str, int]]) -> None:
    assert {(e.kind, e.count) for e in extract_all(text, NOW)} == want


def test_a_clock_time_before_a_chinese_count_keeps_its_minutes() -> None:
    """The shared parser (bot.parsing.past.prepare) keeps a numeral it turns into digits apart
    from a digit right before it, so when the contact happened is read too."""
    from bot.evidence.when import parse_when

    when = parse_when("昨天23:15一条短信", NOW)
    assert (when.at.hour, when.at.minute, when.precision) == (23, 15, "time")
