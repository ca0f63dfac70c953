"""The evidence log's reading of one message (issue #14), twentieth session: a notice put up
at the door told by its words or as paint, ... Sentences written for these tests, not taken
from a blind round."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.evidence.extract import extract_all

NOW = datetime(2026, 12, 1, 20, 0)


def kinds(text: str) -> list[tuple[str, int]]:
    return [(e.kind, e.count) for e in extract_all(text, NOW)]


@pytest.mark.parametrize(
    "text",
    [
        "下午两个人来我家敲门，走之前在门上贴了张“老赖在此”",
        "昨晚有人上门，还在我家门口喷油写了欠钱不还",
        "琴日有人上咗我屋企，仲喺門口貼咗張「還錢」",
        "兩個人嚟過我屋企，喺門口噴油寫「欠債」",
        "someone came to my house this morning and left a note on the gate saying 'pay your debts'",
    ],
)
def test_words_put_up_at_the_door_after_a_visit_are_a_post(text: str) -> None:
    assert sorted(kinds(text)) == [("posting", 1), ("visit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "今天上门一次，走的时候在门上塞了张纸条",
        "a man came round at noon and left a note on my door",
    ],
)
def test_a_note_left_for_the_person_stays_part_of_the_visit(text: str) -> None:
    assert kinds(text) == [("visit", 1)]
