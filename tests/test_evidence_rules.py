"""Rule tags at their boundaries: 22:00 and 08:00, the 6th and 7th call in a day, lone visits."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.evidence.extract import extract
from bot.evidence.rules import RULES, entry_tags, tag_all, tag_counts
from bot.evidence.store import Entry
from tests.conftest import NOW, SHANGHAI


def entry(
    seq: int = 1,
    hour: int = 12,
    minute: int = 0,
    day: int = 21,
    kind: str = "call",
    precision: str = "time",
    count: int = 1,
    visitors: int | None = None,
    acts: tuple[str, ...] = (),
    third: tuple[str, ...] = (),
) -> Entry:
    at = datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)
    return Entry(seq, at, precision, kind, acts, third, None, count, visitors, "")


@pytest.mark.parametrize(
    "hour,minute,night",
    [
        (21, 59, False),
        (22, 0, True),
        (23, 59, True),
        (0, 0, True),
        (7, 59, True),
        (8, 0, False),
        (12, 0, False),
    ],
)
def test_night_boundaries(hour: int, minute: int, night: bool) -> None:
    assert ("night" in entry_tags(entry(hour=hour, minute=minute))) is night


@pytest.mark.parametrize(
    "text,night",
    [
        ("昨晚9点59打电话", False),
        ("昨晚10点打电话", True),
        ("今早7点59打电话", True),
        ("今早8点打电话", False),
        ("yesterday 9:59pm they called", False),
        ("yesterday 10pm they called", True),
    ],
)
def test_night_boundaries_from_words(text: str, night: bool) -> None:
    e = extract(text, NOW)
    stored = Entry(
        1,
        e.at,
        e.when.precision,
        e.kind,
        e.acts,
        e.third_parties,
        e.who,
        e.count,
        e.visitors,
        e.note,
    )
    assert ("night" in entry_tags(stored)) is night


def test_night_needs_a_known_time() -> None:
    assert "night" not in entry_tags(entry(hour=23, precision="day"))  # only "yesterday" was said
    assert "night" not in entry_tags(entry(hour=20, precision="evening"))  # "last night", no hour
    assert "night" in entry_tags(entry(hour=2, precision="night"))  # "凌晨", no hour
    assert "night" not in entry_tags(
        entry(hour=23, kind="posting")
    )  # a poster is not a contact at that hour


def test_sixth_call_is_fine_seventh_is_tagged() -> None:
    calls = [entry(seq=i, hour=9 + i) for i in range(1, 8)]
    tags = tag_all(calls)
    assert all("over-6-a-day" not in tags[i] for i in range(1, 7))
    assert "over-6-a-day" in tags[7]


def test_attempts_add_up_across_entries_and_reset_each_day() -> None:
    tags = tag_all(
        [
            entry(1, hour=9, count=4),
            entry(2, hour=10, count=2),
            entry(3, hour=11, count=1),
            entry(4, hour=9, day=22, count=6),
        ]
    )
    assert "over-6-a-day" not in tags[1] and "over-6-a-day" not in tags[2]
    assert "over-6-a-day" in tags[3]
    assert "over-6-a-day" not in tags[4]  # next day starts from zero
    assert "over-6-a-day" in tag_all([entry(1, count=7)])[1]


def test_messages_and_visits_do_not_count_as_calls() -> None:
    items = [entry(i, hour=9 + i, kind="message") for i in range(1, 9)] + [
        entry(9, hour=20, kind="visit")
    ]
    assert not any("over-6-a-day" in t for t in tag_all(items).values())


def test_order_of_logging_does_not_matter() -> None:
    """The 7th call by time is tagged even when it was logged first."""
    late = entry(1, hour=20)
    early = [entry(i, hour=8 + i) for i in range(2, 8)]
    tags = tag_all([late, *early])
    assert "over-6-a-day" in tags[1] and not any("over-6-a-day" in tags[i] for i in range(2, 8))


@pytest.mark.parametrize("visitors,tagged", [(1, True), (2, False), (3, False), (None, False)])
def test_visit_by_fewer_than_two(visitors: int | None, tagged: bool) -> None:
    assert ("lone-visit" in entry_tags(entry(kind="visit", visitors=visitors))) is tagged


def test_third_party_insult_threat_tags() -> None:
    assert "third-party" in entry_tags(entry(kind="third-party", third=("family",)))
    assert "third-party" in entry_tags(entry(kind="call", third=("employer",)))
    assert "insult" in entry_tags(entry(acts=("insult",)))
    assert "threat" in entry_tags(entry(acts=("arrest-threat",)))
    assert {"impersonation", "private-account"} <= set(
        entry_tags(entry(acts=("impersonation", "private-account")))
    )
    assert entry_tags(entry()) == []


def test_every_tag_cites_its_rule() -> None:
    assert (
        "第68条" in RULES["third-party"].rule["zh"] and "Art. 68" in RULES["third-party"].rule["en"]
    )
    assert "第68条" in RULES["insult"].rule["zh"] and "第42条" in RULES["insult"].rule["zh"]
    assert "未核实" in RULES["threat"].rule["zh"] and "unverified" in RULES["threat"].rule["en"]
    assert "22:00" in RULES["night"].rule["zh"] and "自律" in RULES["night"].rule["zh"]
    assert "6" in RULES["over-6-a-day"].rule["en"] and "Art. 22" in RULES["lone-visit"].rule["en"]
    for rule in RULES.values():
        assert rule.rule["zh"] and rule.rule["en"] and rule.label["zh"] and rule.label["en"]


def test_counts() -> None:
    tags = tag_all(
        [entry(1, hour=23, acts=("insult",)), entry(2, hour=1, day=22), entry(3, hour=12)]
    )
    assert tag_counts(tags) == {"night": 2, "insult": 1}
