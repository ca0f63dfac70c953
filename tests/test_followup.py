"""Follow-ups read as one scored combination (bot/followup.py): each topic's own evidence plus
the conversation's prior, which fades; and the fact asked for stays at the top of the reply."""

from __future__ import annotations

import pytest

from bot import followup
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.reply import Block, Reply, below_lead
from bot.safety import replies as safety_replies
from bot.safety.assess import assess
from tests.conftest import detail_match


def test_the_prior_keeps_a_close_call_in_the_current_topic(shipped_kb: KnowledgeBase) -> None:
    own = {"harassing-calls": 0.3, "file-complaint": 0.35}
    context = {"harassing-calls": 0.12}
    readings = followup.read("harassing-calls", 0, own, [], context)
    assert readings[0].topic == "harassing-calls"
    assert readings[0].score == pytest.approx(0.42) and readings[0].prior == pytest.approx(0.12)


def test_clearly_stronger_evidence_elsewhere_wins(shipped_kb: KnowledgeBase) -> None:
    own = {"harassing-calls": 0.1, "file-complaint": 0.5}
    context = {"harassing-calls": 0.12}
    readings = followup.read("harassing-calls", 0, own, [], context)
    assert readings[0].topic == "file-complaint"


def test_the_prior_fades_with_replies_not_about_the_topic(shipped_kb: KnowledgeBase) -> None:
    own = {"harassing-calls": 0.3, "file-complaint": 0.35}
    context = {"harassing-calls": 0.12}
    priors = [
        next(
            r.prior
            for r in followup.read("harassing-calls", age, own, [], context)
            if r.topic == "harassing-calls"
        )
        for age in range(followup.FADE_TURNS + 1)
    ]
    assert priors == sorted(priors, reverse=True) and priors[-1] == 0.0
    late = followup.read("harassing-calls", followup.FADE_TURNS, own, [], context)
    assert late[0].topic == "file-complaint"


def test_the_wider_topic_of_the_same_family_needs_more_evidence() -> None:
    # after an answer about an arbitration award, its wider topic (a lawsuit) fits "deadline?"
    # a little better: the turn stays with the award, unless the lawsuit is clearly ahead
    root = {"online-arbitration": "sued", "sued": "sued", "small-claims": "sued"}
    own = {"online-arbitration": 0.70, "sued": 0.81}
    context = {"online-arbitration": 0.1}
    kept = followup.read("online-arbitration", 0, own, [], context, root=root)
    assert kept[0].topic == "online-arbitration"
    assert followup.read("online-arbitration", 0, own, [], context)[0].topic == "sued"
    ahead = {"online-arbitration": 0.3, "sued": 0.9}
    assert followup.read("online-arbitration", 0, ahead, [], context, root=root)[0].topic == "sued"
    # another family gets no margin to overcome
    other = {"online-arbitration": 0.70, "file-complaint": 0.81}
    assert (
        followup.read("online-arbitration", 0, other, [], context, root=root)[0].topic
        == "file-complaint"
    )


def test_a_detail_counts_for_the_topic_it_is_about(shipped_kb: KnowledgeBase) -> None:
    """A detail whose questions are really about another topic gives its evidence to that
    topic (as another topic's detail), and its own topic keeps only a share of it."""
    asked = detail_match(shipped_kb, "harassing-calls", "where-to-complain", 0.6)
    home = {("harassing-calls", "where-to-complain"): "file-complaint"}
    own = {"harassing-calls": 0.1, "file-complaint": 0.2}
    context = {"harassing-calls": 0.05}
    readings = {
        r.topic: r for r in followup.read("harassing-calls", 0, own, [asked], context, home)
    }
    assert readings["file-complaint"].evidence == pytest.approx(0.6 * followup.W_OTHER_DETAIL)
    assert readings["harassing-calls"].evidence == pytest.approx(0.6 * followup.W_LENT)
    assert readings["harassing-calls"].detail == asked  # still the one to show if it wins
    # Without the home, the detail counts in full for the current topic.
    readings = {r.topic: r for r in followup.read("harassing-calls", 0, own, [asked], context)}
    assert readings["harassing-calls"].evidence == pytest.approx(0.6)
    assert readings["file-complaint"].evidence == pytest.approx(0.2)


def test_another_topics_detail_counts_less_than_its_score(shipped_kb: KnowledgeBase) -> None:
    other = detail_match(shipped_kb, "employer-contacted", "wage-deduction", 0.4)
    readings = followup.read("frozen-account", 0, {"frozen-account": 0.3}, [other], {})
    assert readings[0].topic == "frozen-account"  # 0.4 x W_OTHER_DETAIL is less than 0.3
    assert next(r for r in readings if r.topic == "employer-contacted").evidence == pytest.approx(
        0.4 * followup.W_OTHER_DETAIL
    )
    assert "frozen-account 0.30 = 0.30 + 0.00" in followup.explain(readings)


def test_a_follow_up_moves_to_a_neighbouring_topic(full_engine: Engine) -> None:
    chat = "neighbour"
    assert full_engine.handle(chat, "催收半夜十二点还在打我电话").topic == "harassing-calls"
    # Still about the calls: the detail of the current topic answers.
    hours = full_engine.handle(chat, "晚上几点以后不许打")
    assert hours.topic == "harassing-calls" and "22:00" in hours.blocks[1].lines[0]
    # About complaining: the complaints topic, with the number on its first screen.
    moved = full_engine.handle(chat, "要去哪里投诉他们")
    assert moved.topic == "file-complaint"
    assert "12378" in "".join(x for b in moved.blocks[:3] for x in b.lines)


def test_a_short_follow_up_gets_the_fact_of_the_current_topic(full_engine: Engine) -> None:
    chat = "visit"
    assert full_engine.handle(chat, "催收说这两天要来我家").topic == "home-visit"
    reply = full_engine.handle(chat, "会来几个人")
    assert reply.topic == "home-visit"
    assert "两名" in reply.blocks[1].lines[0]  # the detail's answer, first thing after its title


def test_the_possible_risk_line_goes_below_the_detail_asked_about(full_engine: Engine) -> None:
    chat = "danger"
    full_engine.handle(chat, "催收说这两天要来我家")
    text = "他们赖在门口怎么办"
    reply = full_engine.handle(chat, text)
    # Asked under physical danger (the home-visit detail is about it): that topic's first
    # screen, its summary then the detail asked about, then the risk line.
    assert reply.topic == "physical-danger" and reply.lead == 3
    assert "110" in reply.blocks[2].lines[0]  # the detail's answer
    assert assess(text).possible  # the safety stage adds its line: below the answer
    assert "110" in reply.blocks[3].lines[0] and len(reply.blocks[3].lines) == 1


def test_below_lead_puts_a_line_under_the_lead_blocks_only() -> None:
    answer = Reply(
        blocks=(Block("title", ("T",)), Block("text", ("fact",)), Block("text", ("rest",))),
        lang="zh",
        lead=2,
    )
    added = below_lead(answer, Block("text", ("line",)))
    assert [b.lines[0] for b in added.blocks] == ["T", "fact", "line", "rest"]
    plain = below_lead(Reply(blocks=(Block("title", ("T",)),), lang="zh"), Block("text", ("x",)))
    assert [b.lines[0] for b in plain.blocks] == ["x", "T"]  # no lead: on top, as before
    assert safety_replies.possible_line  # the safety stage uses it (see test_safety.py)


def test_a_fresher_topic_needs_evidence_clearly_ahead_of_the_current_one() -> None:
    """Pointing back is replaced by a topic not shown yet only when the message says clearly
    more about it: a near tie stays with the current topic."""
    current = followup.Reading("emotional-crisis", 0.40, 0.15, 0.25)
    near = followup.Reading("cannot-afford", 0.28, 0.18, 0.10)
    clear = followup.Reading("legal-aid", 0.30, 0.26, 0.04)
    assert followup.fresher([current, near], (), 0.15, 0.05) is None
    assert followup.fresher([current, near], (), 0.15, 0.0) == near
    assert followup.fresher([current, near, clear], (), 0.15, 0.05) == clear
    assert followup.fresher([current, clear], {"legal-aid"}, 0.15, 0.05) is None  # shown
    assert followup.fresher([current, clear], (), 0.3, 0.05) is None  # too little evidence
    assert followup.fresher([], (), 0.15, 0.05) is None


@pytest.mark.parametrize(
    ("opener", "topic", "after"),
    [
        ("我想跟银行协商分期还款", "negotiate-instalments", "最长能分几期"),
        ("催收打电话到我公司找我", "employer-contacted", "这样合法吗"),
    ],
)
def test_a_crisis_reply_interrupts_the_topic_without_replacing_it(
    full_engine: Engine, opener: str, topic: str, after: str
) -> None:
    chat = f"interrupted-{topic}"
    assert full_engine.handle(chat, opener).topic == topic
    assert full_engine.handle(chat, "他们拿着刀在我家门口说要砍死我").topic == "physical-danger"
    # The next turn is read against the topic under discussion, not the crisis entry.
    assert full_engine.handle(chat, after).topic == topic


def test_a_crisis_that_opens_the_conversation_becomes_its_topic(full_engine: Engine) -> None:
    chat = "crisis-first"
    assert full_engine.handle(chat, "他们拿着刀在我家门口说要砍死我").topic == "physical-danger"
    assert full_engine.handle(chat, "我该打什么电话").topic == "physical-danger"


def test_a_detail_already_shown_is_given_again_when_it_fits_far_better(
    full_engine: Engine,
) -> None:
    chat = "again"
    full_engine.handle(chat, "催收说这两天要来我家")
    assert "两名" in full_engine.handle(chat, "会来几个人").blocks[1].lines[0]
    # The night-time rule is in the same detail: it comes again, not an unrelated new detail.
    reply = full_engine.handle(chat, "晚上去呢")
    assert reply.topic == "home-visit" and "22:00" in reply.blocks[1].lines[0]


def test_a_details_best_question_counts_not_only_its_whole_bag(full_engine: Engine) -> None:
    chat = "verify-notice"
    opener = "got a message claiming a court case is open against me"
    assert full_engine.handle(chat, opener).topic == "fake-legal-notice"
    # "how do I verify this notice" is one of many questions of the notice's how-to-check
    # detail; in its long bag the word weighs little, and verifying a collector took the turn.
    assert full_engine.handle(chat, "how to verify").topic == "fake-legal-notice"
