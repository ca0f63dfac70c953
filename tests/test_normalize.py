"""Finding known terms, rewriting synonyms, fixing homophones, splitting long messages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.homophones import HomophoneFixer
from bot.kb import KnowledgeBase
from bot.matching import Matcher, Normalizer, Rewriter
from bot.phrases import PhraseIndex


def test_chinese_phrases_are_found_anywhere_and_overlapping() -> None:
    index = PhraseIndex(["催收", "暴力催收", "收"])
    assert sorted(index.find("他们暴力催收我")) == ["催收", "收", "暴力催收"]


def test_english_phrases_only_as_whole_words() -> None:
    index = PhraseIndex(["bank", "debt collector", "60期"])
    assert index.find("banking and bank") == ["bank"]
    assert index.find("a debt collector called") == ["debt collector"]
    assert index.find("debt collectors") == []
    assert index.find("分60期还") == ["60期"]  # has Chinese in it: no word boundary needed


def test_longest_takes_the_leftmost_then_the_longest() -> None:
    index = PhraseIndex(["信用", "信用卡", "卡债", "credit", "credit card"])
    spans = index.longest("信用卡债 credit card debt")
    assert [(text, a, b) for a, b, text in spans] == [
        ("信用卡", 0, 3),
        ("credit card", 5, 16),
    ]


def test_an_empty_index_finds_nothing() -> None:
    assert PhraseIndex([]).find("anything 催收") == []
    assert PhraseIndex([]).longest("anything") == []


def test_rewriter_maps_terms_and_keeps_the_rest() -> None:
    rewrite = Rewriter({"收数": "催收", "崔收": "催收", "debt collector": "collector"})
    assert rewrite("收数佬 and the debt collector") == "催收佬 and the collector"
    assert rewrite("nothing to change") == "nothing to change"


def test_homophone_typos_become_the_known_term() -> None:
    fix = HomophoneFixer(["催收", "征信", "实际"])
    assert fix("崔收天天打电话") == "催收天天打电话"
    assert fix("会影响正信吗") == "会影响征信吗"
    # Sounds alike but shares no character in the same place: an ordinary word, kept.
    assert fix("时机不对") == "时机不对"
    assert fix("english 崔收 text") == "english 催收 text"


def test_a_correctly_written_term_is_never_swapped_for_a_sound_alike_one() -> None:
    # 法援 (legal aid) and 法院 (court) sound alike and share 法; each must stay itself.
    fix = HomophoneFixer(["法援", "法院", "协义", "协议"])
    assert fix("法院冻结了我的卡") == "法院冻结了我的卡"
    assert fix("找法援") == "找法援"
    assert fix("还款协议") == "还款协议"


def test_sharing_only_a_function_character_is_no_typo() -> None:
    # 那我 (na wo, "then I") folds to the sound of 拉我 (la wo, Cantonese "arrest me") and
    # shares 我: without this rule every "那我..." follow-up became an arrest threat.
    fix = HomophoneFixer(["拉我", "催收"], function_chars="我的")
    assert fix("那我该怎么办") == "那我该怎么办"
    assert fix("报警拉我") == "报警拉我"
    assert fix("崔收来了") == "催收来了"


def test_homophone_fixer_prefers_the_longer_term() -> None:
    fix = HomophoneFixer(["催收", "催收员"])
    assert fix("崔收圆来了") == "催收员来了"


def test_sentences_are_normalised_like_whole_messages_and_terms_do_not_span_them() -> None:
    normalize = Normalizer([["催收", "收数", "崔收"], ["collector", "debt collector"]], ["催收"])
    text = "收數佬打嚟。崔收又打來！The debt. Collector called?"
    pieces = normalize.sentences(text)
    assert pieces == [
        normalize(p) for p in ("收數佬打嚟", "崔收又打來", "The debt", "Collector called")
    ]
    assert pieces[:2] == ["催收佬打嚟", "催收又打来"]


def test_keywords_mixing_digits_or_latin_with_chinese_count_as_domain_terms(
    mini_kb: KnowledgeBase,
) -> None:
    # "P图" and "60期" are words people use; such keywords were once never found.
    entries = tuple(
        replace(e, keywords=(*e.keywords, "p图")) if e.id == "abusive-caller" else e
        for e in mini_kb.entries
    )
    matcher = Matcher(replace(mini_kb, entries=entries))
    assert matcher.in_domain("他们把我p图了")
    assert not Matcher(mini_kb).in_domain("他们把我p图了")


@pytest.mark.parametrize("text", ["", " ", "。。。", "!!!"])
def test_sentences_of_empty_messages_are_empty(text: str) -> None:
    assert Normalizer().sentences(text) == []


@pytest.mark.parametrize(
    "cantonese,mandarin",
    [
        ("佢哋唔肯走", "他们不肯走"),
        ("我哋搵唔到人", "我们找不到人"),
        ("佢哋琴日嚟咗我屋企", "他们昨天来了我家里"),
        ("點先可以叫佢哋停", "怎样才可以叫他们停"),
        ("啲嘢係咪真", "些东西是不是真"),
        ("返工嘅時候打嚟", "上班的时候打来"),
    ],
)
def test_cantonese_function_words_read_as_mandarin(
    shipped_kb: KnowledgeBase, cantonese: str, mandarin: str
) -> None:
    """knowledge/synonyms.yaml: the Cantonese words for they/we, come, find, some, thing,
    yesterday, work and how, so a follow-up in Cantonese reaches what the Mandarin one does."""
    assert Matcher(shipped_kb).normalize(cantonese) == mandarin


@pytest.mark.parametrize("text", ["联系银行", "系统升级", "关系很好", "一点点", "那个平台"])
def test_mandarin_words_sharing_those_characters_stay(shipped_kb: KnowledgeBase, text: str) -> None:
    norm = Matcher(shipped_kb).normalize(text)
    assert norm == Matcher(shipped_kb).normalize(norm)  # nothing left to rewrite
    assert norm.replace(" ", "") == text
