"""A learned re-ranker for the follow-up topic: a conditional logit over each turn's candidates.

bot/followup.read ranks a follow-up's candidate topics by a hand-weighted sum of the signals
(the matcher's own score, detail credit, the topic model's probability, the conversation's
fading prior). This module scores the same candidates with weights learned from the tunable
blind dialogue rounds instead: a softmax over one turn's candidates, each described by
FEATURES (the hand-weighted sum itself among them, so the learned ranking starts from it and
learns what to add). The topic model's probabilities it learns from are out-of-fold (each
round's read by the model trained without that round), so the weights say how far to trust the
model on text it has not seen. The weights ship as bot/topicmodel/rerank.json, written by
`python -m bot.topicmodel.rerank_train`; a missing file, or one written for other features,
leaves the hand-weighted ranking in place.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bot.followup import Reading, by_family

RERANK_FILE = "rerank.json"
# What describes one candidate topic of a follow-up turn (the "current_*" ones are the turn's
# own traits, which can only tell candidates apart through the current topic).
FEATURES = (
    "legacy",  # bot/followup.read's hand-weighted score
    "own",  # the matcher's own score, without the conversation
    "credit",  # the best detail evidence credited to the topic
    "p_previous",  # the topic model's probability, read after the current topic
    "log_p_previous",
    "p_alone",  # ... and from the words alone
    "log_p_alone",
    "p_family",  # the model's probability (after the current topic) of the topic's family
    "prior",  # the conversation's prior (matcher context rules) x fade(age)
    "current",  # the topic just answered
    "current_age",  # ... times replies since
    "current_cue",  # ... when the message carries a switch cue (topicmodel.model.SWITCH_CUES)
    "current_short",  # ... when the message is at most 8 normalised characters
    "current_long",  # ... when it is over 32
    "current_no_domain",  # ... when nothing in the message names the domain
    "family",  # same family (`broader:` root) as the current topic, not the current one
    "other_audience",  # written for the other audience (staff vs debtors)
    "shown",  # the topic's first screen was already shown in this chat
    "own_first",  # the matcher's own first candidate
    "alone_first",  # the words-alone model's first topic
)
FLOOR = 1e-3  # log probabilities read log(p + FLOOR)


@dataclass(frozen=True)
class Signals:
    """What a follow-up turn's candidates are described by (bot/engine.Engine._follow_up)."""

    current: str
    age: int
    own: Mapping[str, float]
    credit: Mapping[str, float]
    context: Mapping[str, float]  # the matcher's context rules, before any share
    previous: Mapping[str, float]  # the topic model after the current topic
    alone: Mapping[str, float]  # ... and without it
    root: Mapping[str, str]  # each topic's widest topic through `broader:`
    other_audience: Collection[str]
    cue: bool
    length: int  # normalised characters
    domain: bool  # the message names the domain
    shown: Collection[str]  # topics whose first screen this chat has seen


def _first(scores: Mapping[str, float]) -> str | None:
    return max(sorted(scores), key=scores.__getitem__) if scores else None


def features(readings: Sequence[Reading], s: Signals) -> list[list[float]]:
    """One row of FEATURES per reading."""
    from bot.followup import fade

    family = by_family(s.previous, s.root) if s.previous else {}
    own_first, alone_first = _first(s.own), _first(s.alone)
    home = s.root.get(s.current, s.current)
    rows = []
    for r in readings:
        t = r.topic
        cur = 1.0 if t == s.current else 0.0
        p, q = s.previous.get(t, 0.0), s.alone.get(t, 0.0)
        row = {
            "legacy": r.score,
            "own": s.own.get(t, 0.0),
            "credit": s.credit.get(t, 0.0),
            "p_previous": p,
            "log_p_previous": math.log(p + FLOOR),
            "p_alone": q,
            "log_p_alone": math.log(q + FLOOR),
            "p_family": family.get(t, 0.0),
            "prior": s.context.get(t, 0.0) * fade(s.age),
            "current": cur,
            "current_age": cur * s.age,
            "current_cue": cur * s.cue,
            "current_short": cur * (s.length <= 8),
            "current_long": cur * (s.length > 32),
            "current_no_domain": cur * (not s.domain),
            "family": float(not cur and s.root.get(t, t) == home),
            "other_audience": float(t in s.other_audience),
            "shown": float(t in s.shown),
            "own_first": float(t == own_first),
            "alone_first": float(t == alone_first),
        }
        rows.append([float(row[name]) for name in FEATURES])
    return rows


@dataclass(frozen=True)
class Reranker:
    """One weight per feature (FEATURES); `meta` says what it was trained on."""

    weights: tuple[float, ...]
    meta: Mapping[str, object]

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [sum(w * x for w, x in zip(self.weights, row, strict=True)) for row in rows]

    def rank(self, readings: Sequence[Reading], s: Signals) -> list[Reading]:
        """The readings best first by the learned score (kept as each reading's score); ties
        keep the current topic first, then id order, as bot/followup.read does."""
        scored = [
            replace(r, score=round(v, 4))
            for r, v in zip(readings, self.scores(features(readings, s)), strict=True)
        ]
        return sorted(scored, key=lambda r: (-r.score, r.topic != s.current, r.topic))

    def to_json(self) -> str:
        weights = {name: round(w, 6) for name, w in zip(FEATURES, self.weights, strict=True)}
        return json.dumps({"features": weights, "meta": self.meta}, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Reranker:
        """The re-ranker in `text`; ValueError when it was written for other features."""
        data = json.loads(text)
        weights = data["features"]
        if set(weights) != set(FEATURES):
            raise ValueError("re-ranker written for other features; retrain it")
        return cls(tuple(float(weights[name]) for name in FEATURES), data.get("meta", {}))

    def save(self, path: Path) -> None:
        path.write_text(self.to_json() + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_reranker() -> Reranker | None:
    """The re-ranker shipped with the package, or None when it is missing or stale."""
    try:
        text = resources.files("bot.topicmodel").joinpath(RERANK_FILE).read_text("utf-8")
        return Reranker.from_json(text)
    except (FileNotFoundError, ValueError, KeyError, TypeError, OSError):
        return None


def topics_digest(topics: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(topics).encode()).hexdigest()[:16]


def fits(reranker: Reranker | None, topics: Sequence[str]) -> Reranker | None:
    """The re-ranker, if it was trained for exactly these topics (else None)."""
    if reranker is None or reranker.meta.get("topics_sha256_16") != topics_digest(topics):
        return None
    return reranker
