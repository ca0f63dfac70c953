"""The classes `python -m bot.topicmodel.misses` sorts follow-up misses into."""

from __future__ import annotations

from typing import Any

import pytest

from bot.kb import KnowledgeBase
from bot.topicmodel.misses import classify


def _row(label: str, got: str | None, prev_label: str, prev_got: str | None, **kw: Any) -> dict:
    row = {"label": label, "got": got, "prev_label": prev_label, "prev_got": prev_got}
    return {"needs": [], "met": None, **row, **kw}


@pytest.mark.parametrize(
    "row,expected",
    [
        (_row("home-visit", "home-visit", "home-visit", "home-visit"), None),
        (_row("home-visit", "physical-danger", "home-visit", "home-visit"), "keep-switched"),
        (
            _row("home-visit", "physical-danger", "home-visit", "sued"),
            "keep-switched+cascade",
        ),
        (_row("physical-danger", "home-visit", "home-visit", "home-visit"), "switch-not-followed"),
        (_row("physical-danger", "sued", "home-visit", "home-visit"), "wrong-new"),
        (
            _row("physical-danger", "sued", "home-visit", "home-visit", needs=["110"], met=False),
            "wrong-new+needs",
        ),
        (
            _row("home-visit", "home-visit", "home-visit", "home-visit", needs=["两名"], met=False),
            "detail-not-chosen",
        ),
        (
            _row("home-visit", "home-visit", "home-visit", "home-visit", needs=["火星"], met=False),
            "fact-missing",
        ),
    ],
)
def test_a_miss_is_classed(shipped_kb: KnowledgeBase, row: dict, expected: str | None) -> None:
    assert classify(shipped_kb, row) == expected


def test_report_only_rounds_are_refused() -> None:
    from bot.topicmodel.misses import main

    with pytest.raises(SystemExit):
        main(["--rounds", "dialogues.holdout.jsonl"])
