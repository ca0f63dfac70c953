"""The trained part of the safety stage: a linear model over hashed character n-grams
(1 to 3) of the normalised message, plus the lexicon's categories and rules as features.

Four logistic heads: for each risk, "any" (possible or clear) and "clear". The weights
are shipped as bot/safety/model.npz (only the non-zero ones, as float16), written by
`python -m bot.safety.train`; reading them costs a few milliseconds once.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np

from bot import linear
from bot.ngrams import hash_grams
from bot.safety.signals import CATEGORIES, MODIFIERS, RULES, Signals

BITS = 17
DIM = 1 << BITS
HEADS = ("self-harm:any", "self-harm:clear", "violence:any", "violence:clear")
# Lexicon features: each category found, each rule fired. Their order is part of the model.
# The message's length, in buckets: a short message has few n-grams to go on, so without its
# own base rate the model gave greetings ("你好", "good morning!") the weight of the short
# cries for help it was trained on.
LENGTH_BUCKETS = (4, 8, 16, 32, 64)  # upper bounds (characters of the normalised text)
SIGNAL_NAMES = (
    *(f"cat:{c}" for c in (*CATEGORIES, *MODIFIERS)),
    *(f"rule:{r[0]}" for r in RULES),
    *(f"len:<{n}" for n in LENGTH_BUCKETS),
    f"len:>={LENGTH_BUCKETS[-1]}",
)
_SIGNAL_INDEX = {name: DIM + i for i, name in enumerate(SIGNAL_NAMES)}
_CATEGORY_IDS = {n[4:]: i for n, i in _SIGNAL_INDEX.items() if n.startswith("cat:")}
_RULE_IDS = {n[5:]: i for n, i in _SIGNAL_INDEX.items() if n.startswith("rule:")}
_LENGTH_IDS = [DIM + SIGNAL_NAMES.index(n) for n in SIGNAL_NAMES if n.startswith("len:")]
N_FEATURES = DIM + len(SIGNAL_NAMES)
MODEL_FILE = "model.npz"


def ngram_ids(norm: str) -> np.ndarray:
    """Hashed ids of the text's character 1-, 2- and 3-grams (stable across processes)."""
    return _hash_grams(f" {norm} ")


def _hash_grams(text: str) -> np.ndarray:
    """Unigram ids, then bigram ids, then trigram ids of `text`."""
    return hash_grams(text, BITS)


def feature_ids(signals: Signals) -> np.ndarray:
    """The active features of a message, each once: n-gram ids and the lexicon's categories
    and rules (sorted)."""
    extra = [_CATEGORY_IDS[c] for c in signals.found if c in _CATEGORY_IDS]
    extra += [_RULE_IDS[r] for r in signals.rules]
    extra.append(_LENGTH_IDS[bisect_right(LENGTH_BUCKETS, len(signals.norm))])
    return _once(hash_grams(f" {signals.norm} ", BITS, extra))  # ngram_ids, then extra


_scratch = threading.local()


def _once(ids: np.ndarray) -> np.ndarray:
    """Each id once, in linear time (np.unique sorts): every id's slot in a scratch array
    takes the position of its last occurrence, and only that occurrence is kept."""
    slots = getattr(_scratch, "slots", None)
    if slots is None:
        slots = _scratch.slots = np.zeros(N_FEATURES, dtype=np.int32)
    positions = _counting(len(ids))
    slots[ids] = positions
    return ids[slots.take(ids) == positions]


# Read-only 0, 1, 2, ... and 1, 1, 1, ... that each message takes the start of: making them
# anew (np.arange, np.ones) cost several microseconds per long message, a slice a fraction.
_SHARED: dict[str, np.ndarray] = {
    "counting": np.arange(0, dtype=np.int32),
    "ones": np.ones(0, dtype=np.float32),
}


def _shared(name: str, n: int) -> np.ndarray:
    table = _SHARED[name]  # read once: another thread may put a longer one in its place meanwhile
    if len(table) < n:
        size = max(n, 4096)
        table = np.arange(size, dtype=np.int32) if name == "counting" else np.ones(size, np.float32)
        table.flags.writeable = False
        _SHARED[name] = table
    return table[:n]


def _counting(n: int) -> np.ndarray:
    return _shared("counting", n)


def _ones(n: int) -> np.ndarray:
    return _shared("ones", n)


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (N_FEATURES, len(HEADS)) float32
    bias: np.ndarray  # (len(HEADS),)
    thresholds: dict[str, float]  # head -> probability at which it counts
    meta: dict[str, object]

    def probabilities(self, ids: np.ndarray) -> dict[str, float]:
        # take() and a row of ones times the rows: several times faster than [ids].sum(axis=0).
        # The rest in place on the four logits (each numpy call costs about a microsecond).
        logits = _ones(len(ids)) @ self.weights.take(ids, axis=0)
        logits += self.bias
        np.negative(logits, out=logits)
        np.exp(logits, out=logits)
        logits += 1.0
        np.divide(1.0, logits, out=logits)  # 1 / (1 + exp(-logit)), in float32 as before
        return dict(zip(HEADS, logits.tolist(), strict=True))  # Python floats, as float(p)

    def contributions(self, ids: np.ndarray, head: str, top: int = 8) -> list[tuple[int, float]]:
        """The features that pushed `head` most (feature id, weight), strongest first."""
        column = self.weights[ids, HEADS.index(head)]
        order = np.argsort(-np.abs(column))[:top]
        return [(int(ids[i]), float(column[i])) for i in order if column[i] != 0]

    def save(self, path: Path) -> None:
        meta = {**self.meta, "thresholds": self.thresholds, "bits": BITS, "signals": SIGNAL_NAMES}
        linear.save(path, self.weights, self.bias, meta)

    @classmethod
    def read(cls, source: Path | IO[bytes]) -> Model:
        weights, bias, meta = linear.read(source, N_FEATURES, len(HEADS))
        if meta.get("bits") != BITS or tuple(meta.get("signals", ())) != SIGNAL_NAMES:
            raise ValueError("safety model does not match this code; retrain it")
        return cls(weights, bias, dict(meta.pop("thresholds")), meta)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model shipped with the package, or None when it is missing or stale
    (the lexicon alone then decides)."""
    try:
        with resources.files("bot.safety").joinpath(MODEL_FILE).open("rb") as f:
            return Model.read(f)
    except (FileNotFoundError, ValueError, KeyError, OSError):
        return None


def describe_feature(feature: int, norm: str) -> str:
    """A feature id as a person can read it: the n-grams of `norm` hashed to it, or the
    lexicon signal's name."""
    if feature >= DIM:
        return SIGNAL_NAMES[feature - DIM]
    padded = f" {norm} "
    grams = [padded[i : i + n] for n in (1, 2, 3) for i in range(len(padded) - n + 1)]
    hits = sorted({g for g in grams if int(_hash_grams(g)[-1]) == feature})
    return "/".join(f"'{g}'" for g in hits[:2]) or f"#{feature}"
