"""The safety lexicon's scan: what it finds must not depend on how fast it is found.

These pin behaviour that the scan's shortcuts could break: a combination of rules looked up
per set of categories (each message must still own its levels), the regions' marks found in
one pass (Hong Kong still wins over Taiwan), and pinyin abbreviations as whole words only.
"""

from __future__ import annotations

import pytest

from bot.safety.assess import assess
from bot.safety.signals import CLEAR, NONE, default_lexicon


def test_each_message_owns_its_levels() -> None:
    first = default_lexicon().scan("我想死")
    first.levels["self-harm"] = NONE  # a caller changing one message's levels
    second = default_lexicon().scan("真的想死")
    assert set(first.found) == set(second.found)  # the same categories, the same rules
    assert second.levels["self-harm"] == CLEAR
    assert assess("我想死").levels["self-harm"] == CLEAR


@pytest.mark.parametrize(
    ("text", "region", "marks"),
    [
        ("卡債好重 唔該", "hk", ("唔",)),  # both regions' words: Hong Kong's are looked at first
        ("欠咗財仔錢 卡債", "hk", ("咗", "財仔")),
        ("卡債好重 去超商繳", "tw", ("卡債", "超商")),
        ("信用卡欠款怎么办", None, None),
    ],
)
def test_region_marks(text: str, region: str | None, marks: tuple[str, ...] | None) -> None:
    signals = default_lexicon().scan(text)
    assert signals.region == region
    assert signals.found.get(region or "hk") == marks
    assert "tw" not in signals.found or region == "tw"


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("class bxh", "class 不想活"),  # "ss" ends "class": not an abbreviation there
        ("classbxh", "classbxh"),
        ("2bxh", "2不想活"),
        ("bxh2", "不想活2"),
        ("我bxh了", "我 不想活了"),
        ("business plan", "business plan"),
    ],
)
def test_pinyin_abbreviations_only_as_whole_words(text: str, norm: str) -> None:
    assert default_lexicon().normalize(text) == norm
