"""Context hygiene: an old topic fades, a skill's turn ends it, and a message about the
bot's own features never inherits a topic; low confidence asks instead of giving up."""

from __future__ import annotations

import pytest

from bot.bootstrap import build_skills
from bot.context import TOPIC_TURNS, about_own_features
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW


@pytest.fixture
def full_engine(shipped_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)


def test_reminder_turns_do_not_hijack_a_later_question(full_engine: Engine) -> None:
    chat = "hijack"
    first = full_engine.handle(chat, "催收打电话到我单位，领导都知道了怎么办")
    assert first.topic == "employer-contacted"
    turns = [
        "我跟招行约好了12月15号还2000",
        "好",
        "每月15号还1000 共12期",
        "好",
        "/reminders",
        "提醒我12月20号还800",
        "好",
        "/reminders",
        "我跟建行说好下个月1号还500",
        "好",
        "/reminders",
        "/timezone",
    ]
    for text in turns:
        assert full_engine.handle(chat, text).topic is None, text
    for text in ("我设了哪些提醒", "把周五那个800的提醒取消掉"):
        assert full_engine.handle(chat, text).topic != "employer-contacted", text


def test_one_skill_turn_ends_the_topic(full_engine: Engine) -> None:
    chat = "skill"
    assert full_engine.handle(chat, "催收打电话到我单位，领导都知道了怎么办").topic
    full_engine.handle(chat, "我跟招行约好了12月15号还2000")
    assert full_engine.contexts.get(chat, NOW).current_topic() is None


def test_the_previous_topic_fades_after_a_few_turns(engine: Engine) -> None:
    engine.handle("fade", "催收要上门来我家怎么办")
    assert engine.handle("fade", "那怎么办呢").topic == "home-visit"  # steered by the topic
    engine.handle("fresh", "催收要上门来我家怎么办")
    for _ in range(TOPIC_TURNS):
        engine.handle("fresh", "/help")
    assert engine.handle("fresh", "那怎么办呢").topic is None


def test_questions_about_the_bots_features_are_recognised() -> None:
    for text in ("我设了哪些提醒", "把周五那个800的提醒取消掉", "remind me tomorrow", "导出记录"):
        assert about_own_features(text), text
    for text in ("那他们不走呢", "信用卡逾期了怎么办", "要保留通话记录吗"):
        assert not about_own_features(text), text


def test_low_confidence_with_domain_words_asks_did_you_mean(full_engine: Engine) -> None:
    # No domain term (电话 is one since the sixth follow-up round), a strong candidate: "did you mean".
    # (Not "一天打我几十次": its best detail scored 0.4998 against GLOBAL_DETAIL_AT 0.5, and a
    # larger knowledge base now answers it with the calls-per-day detail.)
    reply = full_engine.handle("dym", "天天打我几十遍")
    assert reply.kind == "choose" and reply.topic is None
    topics = [b.payload for b in reply.all_buttons() if b.payload.startswith("t:")]
    assert 1 <= len(topics) <= 3
    assert "暂时回答不了" not in render_text(reply)


def test_off_topic_is_still_declined(full_engine: Engine) -> None:
    for text in ("怎么提高信用卡额度", "今天天气怎么样"):
        reply = full_engine.handle("off", text)
        assert reply.kind == "unknown" and reply.topic is None, text
