"""The index build's shortcuts (numpy counting, one normalising pass per entry) must give
exactly what the plain definitions give: same features, same IDF, same weights, same text."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import pytest
import yaml

from bot import bench
from bot.kb import KnowledgeBase
from bot.matching import Bm25, Matcher, Normalizer, features
from bot.phrases import PhraseIndex
from bot.text import CJK_RUN, cjk_table, clean, clean_many
from tests.conftest import ROOT

# Texts a normalised message can hold, and some it cannot (the index must not care).
EDGE_CLASSES = [
    [],  # a class with no text
    [""],
    ["的 了 吗", "the and of"],  # stop words only
    ["欠", "债 a 贷", "p图 60期 714高炮"],  # one-character runs, Latin and digits inside Chinese
    ["don't pay 12 123 4567 collectors collector's"],  # apostrophes, short and long numbers
    ["𠀀𠀁 emoji 😀 ｆｕｌｌ width 催收"],  # characters outside CJK_RUN and the BMP
    ["催收 催收 催收", "催收"],  # one feature many times
    ["a\ud800b 催\udfff收"],  # lone surrogates: not text, but no crash either
]


def _reference(classes: Sequence[Sequence[str]]) -> tuple[dict[str, float], dict[str, list]]:
    """BM25 as defined: a Counter of features() per class, a Python step per posting."""
    bags = [Counter(f for text in texts for f in features(text)) for texts in classes]
    n = len(bags)
    lengths = [sum(bag.values()) for bag in bags]
    avg = sum(lengths) / max(1, n)
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    idf = {f: math.log(1 + (n - d + 0.5) / (d + 0.5)) for f, d in df.items()}
    postings: dict[str, list] = {f: [] for f in df}
    for i, bag in enumerate(bags):
        norm = Bm25.k1 * (1 - Bm25.b + Bm25.b * lengths[i] / (avg or 1))
        for f, tf in bag.items():
            postings[f].append((i, np.float32(idf[f] * tf / (tf + norm))))
    return idf, postings


def _assert_same_index(classes: Sequence[Sequence[str]]) -> None:
    index = Bm25(classes)
    idf, postings = _reference(classes)
    assert set(index.slot) == set(idf)
    for feature, k in index.slot.items():
        a, b = index.start[k], index.start[k + 1]
        assert index.idf[k] == idf[feature], feature
        assert (
            list(zip(index.rows[a:b].tolist(), index.weights[a:b], strict=True))
            == postings[feature]
        ), feature
    assert index.max_idf == max(idf.values(), default=1.0)
    if index.dense is not None:
        expected = np.zeros_like(index.dense)
        for feature, k in index.slot.items():
            for i, weight in postings[feature]:
                expected[k, i] = weight
        assert np.array_equal(index.dense, expected)


def _classes(kb: KnowledgeBase) -> list[list[str]]:
    normalize = Matcher(kb).normalize
    return [
        [normalize(t) for t in (*e.questions.zh, *e.questions.en, e.title.zh, *e.keywords)]
        for e in kb.entries
    ]


def test_index_equals_the_definition_on_the_shipped_base(shipped_kb: KnowledgeBase) -> None:
    _assert_same_index([*_classes(shipped_kb), *EDGE_CLASSES])


def test_index_equals_the_definition_in_blocks_and_without_a_dense_table(
    shipped_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Small blocks and no dense table: the paths a 10,000-entry base takes.
    monkeypatch.setattr("bot.matching._BUILD_CHUNK", 7)
    monkeypatch.setattr("bot.matching.DENSE_CELLS", 0)
    _assert_same_index([*EDGE_CLASSES, *_classes(bench.synthetic(shipped_kb, 60))])


def test_an_empty_index_scores_nothing() -> None:
    index = Bm25([])
    assert index.size == 0 and index.slot == {} and index.max_idf == 1.0
    assert index.coverage_many([["催收"]]).shape == (1, 0)


def _eval_texts() -> list[str]:
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load((ROOT / "tests" / "data" / "eval.yaml").read_text(encoding="utf-8")))
    return texts


def test_normalising_many_texts_at_once_is_normalising_each(shipped_kb: KnowledgeBase) -> None:
    normalize = Matcher(shipped_kb).normalize
    texts = [q for e in shipped_kb.entries for q in (*e.questions.zh, *e.questions.en)]
    texts += _eval_texts()
    # Terms at the very edges of texts, empty and punctuation-only texts, typos to fix.
    texts += [
        "",
        "？！",
        "collector",
        "collector ",
        "崔收",
        "收数",
        "debt collector",
        "正信 ",
        "。",
    ]
    assert normalize.many(texts) == [normalize(t) for t in texts]
    assert normalize.many([]) == []
    small = Normalizer([["催收", "收数", "崔收"], ["collector", "debt collector"]], ["催收"])
    edge = ["debt", "collector", "收", "数", "debt collector", ""]
    assert (
        small.many(edge)
        == [small(t) for t in edge]
        == ["debt", "collector", "收", "数", "collector", ""]
    )


def test_by_start_lists_every_occurrence_leftmost_then_longest() -> None:
    index = PhraseIndex(["信用", "信用卡", "卡债", "credit", "credit card"])
    text = "信用卡债 credit card"
    found = index.by_start(text)
    assert [(s, -e, p) for s, e, p in found] == sorted(
        index.spans(text), key=lambda span: (span[0], -span[1])
    )
    assert [p for *_, p in found] == ["信用卡", "信用", "卡债", "credit card", "credit"]
    assert PhraseIndex([]).by_start(text) == []
    # The same text as part of a longer one: spans reported where its characters stand there.
    longer = "##信用卡债 ##credit# card"
    places = [i for i, ch in enumerate(longer) if ch != "#"]  # text[k] is longer[places[k]]
    assert "".join(longer[i] for i in places) == text
    assert index.by_start(text, places) == [
        (2, -5, "信用卡"),
        (2, -4, "信用"),
        (4, -6, "卡债"),
        (9, -21, "credit card"),
        (9, -15, "credit"),
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ["催收打電話給我家人", "ＦＵＬＬ width！", "", "  ", "e\u0301clair café", "Straße 欠債"],
        ["two\nlines", "one line"],  # a text with its own line break: cleaned one by one
        ["\u0301 a mark first", "ends with a letter e", "\u0301"],  # nothing joins across texts
        ["💳 信用卡", "🙂", "a\u2028b\u2029c", "鬱悶 乾隆 皇后"],
    ],
)
def test_cleaning_many_texts_at_once_is_cleaning_each(texts: list[str]) -> None:
    assert clean_many(texts) == [clean(t) for t in texts]


def test_cleaning_the_knowledge_base_at_once_is_cleaning_each(shipped_kb: KnowledgeBase) -> None:
    texts = [t for e in bench.synthetic(shipped_kb, 200).entries for t in (*e.keywords, e.title.zh)]
    texts += [q for e in shipped_kb.entries for q in (*e.questions.zh, *e.questions.en)]
    texts += _eval_texts()
    assert clean_many(texts) == [clean(t) for t in texts]


def test_a_long_text_is_fixed_as_a_short_one_is(
    shipped_kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Long texts read only their Chinese runs (HomophoneFixer._hits); the result must not change.
    fix = Matcher(shipped_kb).normalize._fix
    texts = [q for e in bench.synthetic(shipped_kb, 120).entries for q in e.questions.zh]
    texts += _eval_texts() + [t for classes in EDGE_CLASSES for t in classes]
    texts += ["崔收", "正信 破残", "𠀀崔收😀", "a\ud800崔收", "崔收" * 3000, "x" * 5000 + "正信"]
    joined = [" \n ".join(texts), "".join(texts), *texts]
    monkeypatch.setattr("bot.homophones.LONG_TEXT", 10**9)
    short = [fix(t) for t in joined]
    monkeypatch.setattr("bot.homophones.LONG_TEXT", 0)
    assert [fix(t) for t in joined] == short
    assert short[0] != joined[0]  # there were typos to fix


def test_a_long_text_is_cleaned_as_its_pieces_are() -> None:
    # Long texts take the full-width shortcut of text._nfkc_long; short ones do not.
    pieces = [
        "ＡＢＣ１２３？！（催收）Ａ\u0301ｅ\u0301",
        "Straße ﬁne ①② ㈱ \u2028 e\u0301 \uf900\ufa0e 鬱 ～",
        "ﾊﾝｶｸ ｶﾀｶﾅ \uff5e\uff01",
        "plain ascii, and 中文，全角标点？",
    ]
    texts = [p for p in pieces for _ in range(200)]
    assert len("\n".join(texts)) > 4096
    assert clean_many(texts) == [clean(t) for t in texts]


def test_the_chinese_table_is_cjk_run_character_by_character() -> None:
    table = cjk_table()
    assert table.tolist() == [bool(CJK_RUN.match(chr(c))) for c in range(0x10000)]
