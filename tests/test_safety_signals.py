"""The safety lexicon's scan: what it finds must not depend on how fast it is found.

These pin behaviour that the scan's shortcuts could break: a combination of rules looked up
per set of categories (each message must still own its levels), the regions' marks found in
one pass (Hong Kong still wins over Taiwan), pinyin abbreviations as whole words only, gap
patterns' branches compiled without their look-behinds, and the model's scratch arrays reused
between messages.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np
import pytest

from bot.safety import lexicon
from bot.safety.assess import assess
from bot.safety.model import HEADS, feature_ids, shipped_model
from bot.safety.signals import (
    CLEAR,
    NONE,
    compile_branch,
    default_lexicon,
    needed_strings,
    split_branches,
)


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


@pytest.mark.parametrize("category", sorted(lexicon.PATTERNS))
def test_gap_pattern_branches_find_what_their_regexes_find(category: str) -> None:
    """A branch compiled without its leading look-behinds finds the same matches, in any
    stretch of a text (look-behinds see before it), as the branch's own regex."""
    rnd = random.Random(category)
    for _, pattern in lexicon.PATTERNS[category]:
        for part in split_branches(pattern):
            compiled = compile_branch(part)
            if not compiled.not_after:  # the same regex (or a \b approximated on purpose)
                continue
            original = re.compile(part)
            pieces = sorted({c for c in part if not c.isascii()}) + [" ", "，"]
            for _ in range(3000):
                text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
                lo = rnd.randint(0, len(text))
                hi = rnd.randint(lo, len(text))
                expected = [m.group(0) for m in original.finditer(text, lo, hi)]
                assert list(compiled.matches(text, lo, hi)) == expected, (part, text, lo, hi)


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"(?:a |some )?(?:stranger|strangers)\b.{0,4}x", ("stranger",)),
        ("(?:想|要)(?:去)?死(?!你)", ("死",)),
        ("(?:喝|吃)(?:农药|安眠药)", ("农药", "安眠药")),
        ("(?:bye|再见)[^。]{0,6}找我", ("找我",)),
        ("[ab]+c?", ("a", "b")),
        ("(?:x|)y?", ()),  # an empty alternative: no string is needed
        ("(?i)kill", ()),  # case folded: the literals are not as written
        ("(?=abc)", ()),
    ],
)
def test_needed_strings(pattern: str, needs: tuple[str, ...]) -> None:
    assert needed_strings(pattern) == needs


def test_every_match_of_a_gap_pattern_holds_one_of_its_needed_strings() -> None:
    """The scan skips a woken pattern whose needed strings are all missing from the text;
    that must never skip a match (here: every match in the safety corpora)."""
    lex = default_lexicon()
    texts = [
        lex.normalize(json.loads(line)["text"])
        for path in sorted(Path("tests/data/safety").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    corpus = "\n".join(texts)
    checked = 0
    for _, _, branch in lex._patterns:
        for match in branch.regex.finditer(corpus) if branch.needs else ():
            assert any(s in match.group(0) for s in branch.needs), (branch.regex.pattern, match)
            checked += 1
    assert checked > 500


def test_scores_are_the_same_before_and_after_a_longer_message() -> None:
    """The model's shared scratch arrays (positions, ones, id slots) grow for a long message
    and are reused: a message must score as the plain formula says, whatever came before."""
    model = shipped_model()
    assert model is not None
    text = "欠了网贷 想喝农药 不想活了"
    before = assess(text).scores
    assess("我欠了很多钱 不知道怎么办 " * 400)  # longer than the scratch arrays so far
    after = assess(text)
    ids = feature_ids(after.signals)
    assert len(set(ids.tolist())) == len(ids)  # each feature once
    logits = np.ones(len(ids), dtype=np.float32) @ model.weights[ids] + model.bias
    plain = 1.0 / (1.0 + np.exp(-logits))
    assert after.scores == before == dict(zip(HEADS, plain.tolist(), strict=True))
