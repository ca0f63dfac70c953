"""How the conversation weighs on a follow-up turn (Matcher._in_context), on chosen scores."""

from __future__ import annotations

import pytest

from bot.kb import KnowledgeBase
from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher(shipped_kb: KnowledgeBase) -> Matcher:
    return Matcher(shipped_kb)


def at(matcher: Matcher, topic: str) -> int:
    return matcher.ids.index(topic)


def test_a_subject_less_turn_with_a_clear_best_of_its_own_leaves_the_conversation(
    matcher: Matcher,
) -> None:
    last = "missed-payment"
    related = matcher.kb.get(last).follow_ups
    assert "payment-proof" not in related
    own = {
        at(matcher, "payment-proof"): 0.33,
        at(matcher, last): 0.13,
        at(matcher, "waive-fees"): 0.1,
    }
    scores, subject, _ = matcher._in_context(
        "那怎么证明呢？", "那怎么证明呢", [], own, False, (last, related, ())
    )
    # The turn's own best is clear (0.33 ≥ 0.3, more than twice the next): the previous topic
    # only breaks ties, so it does not overturn it.
    assert max(scores, key=scores.__getitem__) == at(matcher, "payment-proof")
    assert subject


def test_a_subject_less_turn_without_a_clear_best_stays_in_the_conversation(
    matcher: Matcher,
) -> None:
    last = "missed-payment"
    related = matcher.kb.get(last).follow_ups
    assert "collector-pay" not in related
    own = {at(matcher, "collector-pay"): 0.25, at(matcher, "payment-proof"): 0.2}
    scores, _, within = matcher._in_context(
        "那怎么办呢？", "那怎么办呢", [], own, False, (last, related, ())
    )
    assert at(matcher, "collector-pay") not in scores  # not clear (0.25 < 0.3): left out
    assert max(scores, key=scores.__getitem__) == at(matcher, last)
    assert last in within and "collector-pay" not in within  # the topics it may be about


def test_a_statement_without_subject_or_question_is_not_a_follow_up(matcher: Matcher) -> None:
    own = {at(matcher, "waive-fees"): 0.2}
    scores, subject, _ = matcher._in_context(
        "好的谢谢", "好的谢谢", [], dict(own), False, ("sued", (), ())
    )
    assert scores == own and not subject


def test_a_keyword_the_conversation_had_not_named_outweighs_the_close_call_bonus(
    matcher: Matcher,
) -> None:
    last = "contacts-called"
    related = matcher.kb.get(last).follow_ups
    assert "family-liability" in related
    own = {at(matcher, "family-liability"): 0.23, at(matcher, last): 0.21}
    text = "她也要替我还吗"
    norm = matcher.normalize(text)
    found = matcher._anchors.find(norm)
    assert "替我还" in found
    # Named for the first time: a change of subject, so the previous topic's bonus is cancelled.
    fresh, _, _ = matcher._in_context(text, norm, found, dict(own), True, (last, related, ()))
    assert max(fresh, key=fresh.__getitem__) == at(matcher, "family-liability")
    # Already named by the previous message: an ordinary close call, which the previous topic wins.
    seen, _, _ = matcher._in_context(
        text, norm, found, dict(own), True, (last, related, {"替我还"})
    )
    assert max(seen, key=seen.__getitem__) == at(matcher, last)


def test_a_new_keyword_of_the_other_audience_changes_nothing(matcher: Matcher) -> None:
    last = "negotiate-instalments"  # a debtor's conversation; 提成 belongs to collectors' pay
    assert matcher.kb.get("collector-pay").audience == "staff"
    own = {at(matcher, "collector-pay"): 0.2, at(matcher, last): 0.2}
    text = "提成"
    norm = matcher.normalize(text)
    found = matcher._anchors.find(norm)
    assert at(matcher, "collector-pay") in {i for t in found for i in matcher._keyword_owner[t]}
    scores, _, _ = matcher._in_context(text, norm, found, dict(own), True, (last, (), ()))
    assert scores[at(matcher, "collector-pay")] == pytest.approx(0.2)


@pytest.mark.parametrize("text", ["找谁核对", "畀唔畀得", "行不行", "係咩嚟"])
def test_who_and_a_not_a_questions_ask_so_a_subject_less_turn_is_a_follow_up(
    matcher: Matcher, text: str
) -> None:
    # "who" and the A-not-A form ("行不行", Cantonese "畀唔畀得") ask as much as 吗 does.
    last = "check-debt"
    related = matcher.kb.get(last).follow_ups
    own = {at(matcher, "collector-pay"): 0.2}
    norm = matcher.normalize(text)
    scores, subject, within = matcher._in_context(
        text, norm, [], dict(own), False, (last, related, ())
    )
    assert subject and last in within
    assert max(scores, key=scores.__getitem__) == at(matcher, last)


def test_a_repeated_character_without_a_negation_between_is_not_a_question(
    matcher: Matcher,
) -> None:
    own = {at(matcher, "waive-fees"): 0.2}
    scores, subject, _ = matcher._in_context(
        "谢谢谢谢", "谢谢谢谢", [], dict(own), False, ("sued", (), ())
    )
    assert scores == own and not subject
