"""A softmax classifier over the topics: hashed character 1- to 3-grams of the matcher's
normalised message (bot/matching.Normalizer: synonyms and homophone typos folded), plus, for
a follow-up, the topic the bot last answered with as one more feature.

The weights ship as bot/topicmodel/model.npz (the larger ones, float16), written by
`python -m bot.topicmodel.train`; a missing or stale file means no model (the reading then
stands on the matcher alone).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np

from bot.ngrams import hash_grams, sorted_unique

BITS = 16
DIM = 1 << BITS
MODEL_FILE = "model.npz"
FORMAT = 2
# The stay features (see TopicModel): the message's n-gram buckets, then its length bucket
# (normalised characters, up to each bound; the last bucket is anything longer).
LENGTHS = (4, 8, 16, 32, 64)
STAY_DIM = DIM + len(LENGTHS) + 1
# Weights smaller than this are not shipped: 83 % of them, a fifth of the file, and a faster
# start-up; each is a rare n-gram's nudge well under the rounding of the sum.
PRUNE = 0.01

# Words that say a turn may change topic: a new actor or institution named, or a phrase that
# turns to something else. On such a turn the model reads the words alone, without the pull
# of the previous-topic feature (bot/engine.Engine._follow_up; measured with loro --cues).
SWITCH_CUES = (
    "另外",
    "还有个",
    "对了",
    "顺便",
    "律师",
    "银行卡",
    "这行",
    "值不值",
    "by the way",
    "btw",
    "lawyer",
    "another thing",
    "also ",
)


def switch_cue(norm: str) -> bool:
    """Whether a normalised message carries a switch cue (SWITCH_CUES)."""
    text = f" {norm} "
    return any(cue in text for cue in SWITCH_CUES)


def gram_ids(norm: str) -> np.ndarray:
    """Hashed ids (each once) of the character 1-, 2- and 3-grams of ` norm `."""
    return sorted_unique(hash_grams(f" {norm} ", BITS))


def stay_ids(norm: str, grams: np.ndarray) -> np.ndarray:
    """The stay features of a message: its n-gram ids, then its length bucket."""
    length = next((i for i, bound in enumerate(LENGTHS) if len(norm) <= bound), len(LENGTHS))
    return np.append(grams, DIM + length)


@dataclass(frozen=True)
class TopicModel:
    """Weights: one row per feature (DIM n-gram buckets, then one per previous topic, then
    "no previous topic"), one column per topic. `stay`: one weight per stay feature
    (stay_ids), shared by every topic and added to the previous topic's logit only: what in
    the message itself says a follow-up stays with whatever was just discussed ("然后呢",
    "then what", a short fragment) or turns to a new situation (a long story, "also")."""

    topics: tuple[str, ...]
    weights: np.ndarray  # (DIM + len(topics) + 1, len(topics)) float32
    bias: np.ndarray  # (len(topics),)
    meta: dict[str, object]
    stay: np.ndarray | None = None  # (STAY_DIM,) float32

    def features(
        self, norm: str, previous: str | None, grams: np.ndarray | None = None
    ) -> np.ndarray:
        """The active feature ids of a normalised message after `previous` (None: an opener,
        or a previous topic the model does not know); `grams`: its gram_ids, if known."""
        known = previous in self.topics and self.meta.get("previous", True)
        slot = self.topics.index(previous) if known else len(self.topics)
        return np.append(gram_ids(norm) if grams is None else grams, DIM + slot)

    def readings(
        self, norm: str, previous: str | None
    ) -> tuple[dict[str, float], dict[str, float]]:
        """The message read after `previous`, and by its words alone: one hashing for both."""
        grams = gram_ids(norm)
        return self.probabilities(norm, previous, grams), self.probabilities(norm, None, grams)

    def probabilities(
        self, norm: str, previous: str | None = None, grams: np.ndarray | None = None
    ) -> dict[str, float]:
        """Each topic's probability for the message."""
        ids = self.features(norm, previous, grams)
        logits = self.weights.take(ids, axis=0).sum(axis=0) + self.bias
        if self.stay is not None and ids[-1] < DIM + len(self.topics):
            stay = stay_ids(norm, ids[:-1])
            logits[ids[-1] - DIM] += self.stay.take(stay).sum()
        logits = logits - logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {t: float(v) for t, v in zip(self.topics, p, strict=True)}

    def save(self, path: Path) -> None:
        w = np.where(np.abs(self.weights) >= PRUNE, self.weights, 0).astype(np.float16)
        rows, cols = np.nonzero(w)
        meta = {**self.meta, "topics": list(self.topics), "bits": BITS, "format": FORMAT}
        stay = np.zeros(STAY_DIM, dtype=np.float16) if self.stay is None else self.stay
        stay = np.where(np.abs(stay) >= PRUNE, stay, 0).astype(np.float16)
        (stay_rows,) = np.nonzero(stay)
        arrays = {
            "stay_rows": stay_rows.astype(np.uint32),
            "stay_vals": stay[stay_rows],
            "bias": self.bias.astype(np.float32),
            "rows": rows.astype(np.uint32),
            "cols": cols.astype(np.uint16),
            "vals": w[rows, cols],
            "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode(), dtype=np.uint8),
        }
        with path.open("wb") as f:
            np.savez_compressed(f, **arrays)  # type: ignore[arg-type]

    @classmethod
    def read(cls, source: Path | IO[bytes]) -> TopicModel:
        with np.load(source) as data:
            meta = json.loads(bytes(data["meta"]).decode())
            if meta.get("bits") != BITS or meta.get("format") not in (1, FORMAT):
                raise ValueError("topic model does not match this code; retrain it")
            topics = tuple(meta.pop("topics"))
            weights = np.zeros((DIM + len(topics) + 1, len(topics)), dtype=np.float32)
            weights[data["rows"].astype(np.int64), data["cols"].astype(np.int64)] = data["vals"]
            bias = data["bias"].astype(np.float32)
            stay = np.zeros(STAY_DIM, dtype=np.float32)
            if "stay_rows" in data:  # format 1 had no stay features
                stay[data["stay_rows"].astype(np.int64)] = data["stay_vals"]
        return cls(topics, weights, bias, meta, stay if stay.any() else None)


@lru_cache(maxsize=1)
def shipped_model() -> TopicModel | None:
    """The model shipped with the package, or None when it is missing or stale."""
    try:
        with resources.files("bot.topicmodel").joinpath(MODEL_FILE).open("rb") as f:
            return TopicModel.read(f)
    except (FileNotFoundError, ValueError, KeyError, OSError):
        return None


def fits(model: TopicModel | None, topics: Sequence[str]) -> TopicModel | None:
    """The model, if it knows exactly these topics (else None: retrain after adding one)."""
    return model if model is not None and tuple(model.topics) == tuple(topics) else None
