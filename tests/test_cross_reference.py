"""A detail the knowledge base says is about another topic (`about:`) answers that topic's
follow-ups: the conversation moves to the topic people ask it under, and the detail's fact is
still what the reply opens with (bot/followup.read, bot/engine.Engine._with_detail)."""

from __future__ import annotations

import pytest

from bot import followup
from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.reply import FIRST_SCREEN
from tests.conftest import NOW, detail_match


def test_a_declared_cross_reference_is_the_other_topics_detail_to_show(
    shipped_kb: KnowledgeBase,
) -> None:
    asked = detail_match(shipped_kb, "home-visit", "wont-leave", 0.6)
    assert asked.detail.about == "physical-danger"
    home = {("home-visit", "wont-leave"): "physical-danger"}
    readings = {r.topic: r for r in followup.read("home-visit", 0, {}, [asked], {}, home)}
    assert readings["physical-danger"].detail == asked
    assert readings["home-visit"].detail == asked  # its own topic may still show it


def test_a_home_only_inferred_lends_evidence_but_not_thedetail_match(
    shipped_kb: KnowledgeBase,
) -> None:
    asked = detail_match(shipped_kb, "harassing-calls", "where-to-complain", 0.6)
    assert asked.detail.about is None
    home = {("harassing-calls", "where-to-complain"): "file-complaint"}
    readings = {r.topic: r for r in followup.read("harassing-calls", 0, {}, [asked], {}, home)}
    assert readings["file-complaint"].evidence > 0
    assert readings["file-complaint"].detail is None


def test_the_topics_own_detail_wins_when_it_fits_better(shipped_kb: KnowledgeBase) -> None:
    lent = detail_match(shipped_kb, "home-visit", "wont-leave", 0.4)
    own = detail_match(shipped_kb, "physical-danger", "who-to-call", 0.7)
    home = {("home-visit", "wont-leave"): "physical-danger"}
    readings = {r.topic: r for r in followup.read("home-visit", 0, {}, [lent, own], {}, home)}
    assert readings["physical-danger"].detail == own


# (opener, follow-up, the topic the follow-up is about, the entry and detail that answer it)
CASES = [
    (
        "催收的人说明天要来家里找我",
        "他们要是进了门赖着不肯走怎么办",
        "physical-danger",
        ("home-visit", "wont-leave"),
    ),
    (
        "they came to my flat yesterday to collect",
        "what if they refuse to leave",
        "physical-danger",
        ("home-visit", "wont-leave"),
    ),
    (
        "有个公司打电话说我的网贷债权转给他们了",
        "我前两天刚还给原来的平台 还算数吗",
        "verify-collector",
        ("debt-transferred", "paid-old-creditor"),
    ),
    (
        "法院说我这个案子走小额诉讼",
        "判了以后还能上诉吗",
        "sued",
        None,  # sued's own appeal detail holds the small-claims rule
    ),
    (
        "催收把我欠钱的事告诉了我朋友",
        "我朋友要不要帮我还",
        "family-liability",
        None,
    ),
]


@pytest.mark.parametrize("opener,follow,topic,lent", CASES)
def test_a_follow_up_asked_under_another_topic_moves_there_with_the_fact(
    full_engine: Engine,
    shipped_kb: KnowledgeBase,
    opener: str,
    follow: str,
    topic: str,
    lent: tuple[str, str] | None,
) -> None:
    full_engine.handle("x", opener)
    reply = full_engine.handle("x", follow)
    assert reply.topic == topic
    if lent is not None:
        entry = shipped_kb.get(lent[0])
        assert entry is not None
        detail = next(d for d in entry.details if d.id == lent[1])
        screen = render_text(reply, numbered_buttons=False)[: FIRST_SCREEN[reply.lang]]
        assert detail.answer.get(reply.lang)[:20] in screen


def test_a_shown_cross_reference_does_not_hide_the_topics_owndetail_match(
    full_engine: Engine,
) -> None:
    """The chat remembers a lent detail under its owner's name, so the topic's own detail
    with the same id is still offered."""
    full_engine.handle("y", "催收的人说明天要来家里找我")
    full_engine.handle("y", "他们要是进了门赖着不肯走怎么办")
    shown = full_engine.contexts.get("y", NOW).shown
    assert "physical-danger:d:home-visit/wont-leave" in shown
    assert "physical-danger:d:wont-leave" not in shown


# A turn right after an answer that the matcher finds no subject in goes on with the topic
# when it asks something or gives a number; small talk and off-topic questions do not.
@pytest.mark.parametrize(
    "opener,follow,topic",
    [
        ("催收说要来我家上门", "周末呢", "home-visit"),
        ("催收说要来我家上门", "免费吗", "home-visit"),
        ("催收说要来我家上门", "付费吗", "home-visit"),
        ("催收的人说明天要来家里找我", "好的谢谢", None),
        ("催收的人说明天要来家里找我", "今天天气怎么样", None),
        ("催收的人说明天要来家里找我", "你是机器人吗", None),
    ],
)
def test_a_bare_follow_up_carries_on_with_the_topic(
    full_engine: Engine, opener: str, follow: str, topic: str | None
) -> None:
    assert full_engine.handle("z", opener).topic == "home-visit"
    assert full_engine.handle("z", follow).topic == topic
    full_engine.carry_on = False  # without the rule, the questions got "I don't know"
    full_engine.handle("w", opener)
    assert full_engine.handle("w", follow).topic is None


def test_a_detail_asked_within_any_topic_answers_under_the_current_one(
    shipped_kb: KnowledgeBase,
    store,  # type: ignore[no-untyped-def]
) -> None:
    """police-refuse is `within_current`: "will the police call it a civil matter?" after a
    topic is a follow-up of that topic, and stays with it."""
    from dataclasses import replace

    police = shipped_kb.get("police-refuse")
    assert police is not None and police.within_current
    opener, follow = "催收把我的照片发到了亲戚群里", "报警的话警察管不管"
    engine = Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)
    assert engine.handle("p", opener).topic == "public-shaming"
    reply = engine.handle("p", follow)
    assert reply.topic == "public-shaming"
    # Without the flag the same follow-up leaves for the police entry.
    plain = replace(
        shipped_kb, entries=tuple(replace(e, within_current=False) for e in shipped_kb.entries)
    )
    engine = Engine(plain, store, build_skills(store, plain), clock=lambda: NOW)
    engine.handle("q", opener)
    assert engine.handle("q", follow).topic == "police-refuse"


def test_a_topic_asked_again_offers_a_detail_cross_referenced_to_it(full_engine: Engine) -> None:
    """Once a topic's first screen is shown, a detail another entry marks `about:` it is one
    of the topic's details to answer with (here the debt-sale rule under verifying a caller)."""
    full_engine.handle("r", "有人自称催收让我转账到个人账户 是真的吗")
    full_engine.handle("r", "他说我的债已经转让给他们公司了")
    reply = full_engine.handle("r", "转让通知之前我还给原来银行的钱算数吗")
    assert reply.topic == "verify-collector"
    shown = full_engine.contexts.get("r", NOW).shown
    assert "verify-collector:d:debt-transferred/paid-old-creditor" in shown


@pytest.mark.parametrize("score,share", [(0.5, 1.0), (0.2, followup.W_OTHER_DETAIL)])
def test_the_current_topics_detail_about_another_counts_for_it_in_full_when_it_fits(
    shipped_kb: KnowledgeBase, score: float, share: float
) -> None:
    """Asked under an added topic (the limitation period), a detail it marks `about:` a topic
    the conversation is really about (checking the debt) moves the turn there when it fits."""
    asked = detail_match(shipped_kb, "debt-limitation", "three-years-myth", score)
    assert asked.detail.about == "check-debt"
    home = {("debt-limitation", "three-years-myth"): "check-debt"}
    readings = {
        r.topic: r
        for r in followup.read("debt-limitation", 0, {}, [asked], {"debt-limitation": 0.1}, home)
    }
    assert readings["check-debt"].evidence == pytest.approx(score * share)
    assert readings["debt-limitation"].evidence == pytest.approx(score * followup.W_LENT)
