"""The evidence log reads each clause as (channel, recipient, count): the recipient decides a
call or a text from third-party contact; people counted are not attempts; a number the writer
settles on replaces the estimate before it. Every example is the implementer's own (none copied
from the blind corpora), in zh, zh-Hant (Hong Kong and Taiwan) and en, both ways."""

from __future__ import annotations

import pytest

from bot.evidence.extract import extract_all
from tests.conftest import NOW

Events = list[tuple[str, int]]


def events(text: str) -> Events:
    return sorted((e.kind, e.count) for e in extract_all(text, NOW))


# Someone else is the recipient, named before the verb with 给 (whoever's they are), as the
# place a call went asking for the person, or told in person: third-party contact.
RECIPIENT_ELSE: list[tuple[str, Events]] = [
    ("给鱼塘老板打了电话", [("third-party", 1)]),
    ("给他老婆发了两条短信", [("third-party", 2)]),
    ("打去農會找我 打了三次", [("third-party", 3)]),
    ("打到茶厂问我在不在", [("third-party", 1)]),
    ("催收打去我餐廳經理度 講我走數", [("third-party", 1)]),
    ("上门来了 又给楼下保安说我欠钱", [("visit", 1), ("third-party", 1)]),
    ("rang the rowing club asking for me", [("third-party", 1)]),
    ("called the church choir looking for me twice", [("third-party", 2)]),
]

# The recipient is the person (their own phone, or nobody named), or the place is a time the
# calls went on until: a call.
RECIPIENT_SELF: list[tuple[str, Events]] = [
    ("一直打到半夜问我还不还", [("call", 1)]),
    ("打电话到处找我", [("call", 1)]),
    ("打到我手机找我 打了4次", [("call", 4)]),
    ("他們打到凌晨都在問我幾時還", [("call", 1)]),
    ("給我打了電話 說要找我老闆", [("call", 1)]),
    ("called my cell looking for me 3 times", [("call", 3)]),
]


@pytest.mark.parametrize(("text", "want"), RECIPIENT_ELSE + RECIPIENT_SELF)
def test_the_recipient_decides_the_kind(text: str, want: Events) -> None:
    assert events(text) == sorted(want)
