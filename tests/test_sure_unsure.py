"""An opener told as a story, which the matcher only half recognises ("did you mean"), is answered
with the topic the trained model is sure of, when the matcher lists that topic's family too
(Engine._sure_unsure); an unsure model, a safety topic or an off-topic message changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from bot.engine import Engine

STORY = "我在工厂上夜班 白天睡觉 之前借的网贷现在一天到晚有人打来 觉都睡不好"


class FixedModel:
    """A stand-in for the topic model that gives every message the same probabilities."""

    def __init__(self, topics: tuple[str, ...], probabilities: dict[str, float]):
        self.topics = topics
        self._p = probabilities

    def probabilities(self, norm: str, previous: str | None = None, grams: Any = None) -> dict:
        rest = (1.0 - sum(self._p.values())) / max(1, len(self.topics) - len(self._p))
        return {t: self._p.get(t, rest) for t in self.topics}

    def readings(self, norm: str, previous: str | None) -> tuple[dict, dict]:
        return self.probabilities(norm), self.probabilities(norm)


def _with_model(engine: Engine, probabilities: dict[str, float]) -> Engine:
    topics = tuple(e.id for e in engine.kb.entries)
    engine.topic_model = FixedModel(topics, probabilities)  # type: ignore[assignment]
    return engine


def test_the_story_gets_the_topic_the_model_is_sure_of(full_engine: Engine) -> None:
    full_engine.topic_unsure_at = 1.0  # the rule off: the matcher alone is unsure
    assert full_engine.handle("a", STORY).topic is None
    full_engine.topic_unsure_at = 0.8
    reply = _with_model(full_engine, {"harassing-calls": 0.9}).handle("b", STORY)
    assert reply.topic == "harassing-calls"


def test_an_unsure_model_leaves_did_you_mean(full_engine: Engine) -> None:
    reply = _with_model(full_engine, {"harassing-calls": 0.6}).handle("c", STORY)
    assert reply.topic is None


@pytest.mark.parametrize("topic", ["emotional-crisis", "collector-pay"])
def test_a_topic_the_matcher_never_listed_is_not_answered(full_engine: Engine, topic: str) -> None:
    reply = _with_model(full_engine, {topic: 0.95}).handle("d", STORY)
    assert reply.topic is None


def test_an_off_topic_message_stays_declined(full_engine: Engine) -> None:
    reply = _with_model(full_engine, {"harassing-calls": 0.95}).handle(
        "e", "今天天气不错我们去公园吧"
    )
    assert reply.topic is None
