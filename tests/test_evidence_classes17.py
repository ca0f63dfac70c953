"""Evidence-log classes of the seventeenth session (issue #14); every sentence our own.

A channel named alone before the clause that tells what came by it ("然后微信 | 又发了2条") is
that clause's channel, not one more message.

A relative sought out in person ("找我外婆", "找了我爸") is a contact with a third party, as
telling them is ("跟我爸说"); being sought out oneself ("找我") or someone not one's kin
("找我，保安拦住了") is not."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def kinds(text: str) -> set[tuple[str, int]]:
    return {(e.kind, e.count) for e in extract_all(text, NOW)}


@pytest.mark.parametrize(
    "text,want",
    [
        ("昨天两个人去了我乡下，找我外婆要钱", {("visit", 1), ("third-party", 1)}),
        ("他們今日上咗我屋企，找我阿爸講我走數", {("visit", 1), ("third-party", 1)}),
    ],
)
def test_kin_sought_out_in_person_is_a_third_party(text: str, want: set[tuple[str, int]]) -> None:
    assert kinds(text) == want


def test_being_sought_out_oneself_is_only_the_visit() -> None:
    assert kinds("今天他们跑到我厂门口找我，保安把他们拦住了") == {("visit", 1)}


def test_channel_named_before_its_clause_is_not_one_more() -> None:
    assert kinds("下午电话打了3个，然后微信又发了2条语音") == {("call", 3), ("message", 2)}
