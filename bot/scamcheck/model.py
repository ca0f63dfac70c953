"""The trained part of the scam check: a linear model beside the grammars of flags.py.

One logistic head per red flag the blind corpora name (a private account, an arrest threat, a
fee to make a case go away, a case number or a court that is not one, a code, a link), over
hashed character 1-3-grams of the check's normalised text plus each grammar flag as a feature,
so the model learns when the grammar is right and adds what it misses: new wordings of the same
classes ("交3万押金就不抓", "收款的是一个叫X的"). A flag is raised when the grammar raises it,
or when its head's probability reaches a threshold chosen by leave-one-round-out
cross-validation (bot/scamcheck/train.py), and carries the grammar's reason and way to verify.

The weights are shipped as bot/scamcheck/model.npz (non-zero ones, float16), written by
`python -m bot.scamcheck.train`; numpy alone reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np

from bot import lazyre as re  # patterns compiled on first use, and kept (start-up time)
from bot import linear
from bot.kb.model import Lang
from bot.ngrams import hash_grams, sorted_unique
from bot.scamcheck.court import well_formed_case_number
from bot.scamcheck.flags import (
    FLAG_IDS,
    REASONS,
    VERIFY,
    Flag,
    check,
    code_for_no_one,
    links_in,
    normalise,
    official_payee,
    secrets_denied,
)

BITS = 16
DIM = 1 << BITS
# The check's flag ids the heads stand for (the corpora's private-account is personal-account,
# verification-code is credentials). court-channel and borrow-to-repay are not in the corpora.
HEADS = (
    "personal-account",
    "arrest-threat",
    "fee-to-stop",
    "bad-case-number",
    "fake-court",
    "credentials",
    "unofficial-link",
)
# The blind corpora's names for two of the check's flags.
CORPUS_FLAGS = {"private-account": "personal-account", "verification-code": "credentials"}
# A flag (the check's id) is raised by any of these check flags. The corpora's fake-court, as
# their briefs define it, is also a real court's name used on a mobile number or a personal
# WeChat: the check's court-channel flag, whose reason says so.
SATISFIED_BY = {
    "unofficial-link": {"unofficial-link", "short-link"},
    "fake-court": {"fake-court", "court-channel"},
}


def satisfied_by(corpus_flag: str) -> set[str]:
    """The check flags that raise a flag as the blind corpora name it."""
    flag = CORPUS_FLAGS.get(corpus_flag, corpus_flag)
    return SATISFIED_BY.get(flag, {flag})


SIGNAL_NAMES = tuple(f"grammar:{f}" for f in FLAG_IDS)
_SIGNAL_IDS = {f: DIM + i for i, f in enumerate(FLAG_IDS)}
N_FEATURES = DIM + len(SIGNAL_NAMES)
MODEL_FILE = "model.npz"
MIN_WORD_WEIGHT = 0.1  # an n-gram lighter than this is not named as a reason
_WORD_CHAR = re.compile(r"[a-z0-9'-]")
_MIXED = re.compile(r"\d[\u4e00-\u9fff]|[\u4e00-\u9fff]\d")


def feature_ids(norm: str, grammar: list[str]) -> np.ndarray:
    """Each active feature once: hashed n-grams of the normalised text, then the grammar's flags."""
    tail = sorted(_SIGNAL_IDS[f] for f in set(grammar) if f in _SIGNAL_IDS)
    return sorted_unique(hash_grams(f" {norm} ", BITS, tail))


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (N_FEATURES, len(HEADS)) float32
    bias: np.ndarray  # (len(HEADS),)
    thresholds: dict[str, float]  # head -> probability at which it raises its flag
    meta: dict[str, object]

    def probabilities(self, ids: np.ndarray) -> np.ndarray:
        logits = self.weights.take(ids, axis=0).sum(axis=0) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def weighed_most(self, norm: str, head: str, top: int = 3) -> list[str]:
        """The words that pushed `head` most, strongest first: the text's 2- and 3-character
        n-grams with the largest positive weights (none that mix a digit with a Chinese character),
        those that overlap joined into one stretch,
        a Latin letter or digit run widened to its whole word ("ssw" -> "password")."""
        k = HEADS.index(head)
        padded = f" {norm} "
        size = len(padded)
        # hash_grams gives the unigrams' ids, then the bigrams', then the trigrams', in order.
        weights = self.weights[:, k].take(hash_grams(padded, BITS)).tolist()
        spans: list[tuple[float, int, int]] = []
        for n, offset in ((2, size), (3, 2 * size - 1)):
            for i in range(size - n + 1):
                weight = weights[offset + i]
                if weight <= MIN_WORD_WEIGHT:
                    continue
                gram = padded[i : i + n]
                if sum(c.isalpha() for c in gram) >= 2 and not _MIXED.search(gram):
                    spans.append((weight, i, i + n))
        spans.sort(key=lambda s: (-s[0], s[1]))
        stretches: list[tuple[float, int, int]] = []  # (weight of the strongest gram, start, end)
        for weight, start, end in spans[: top * 3]:
            for j, (w, a, b) in enumerate(stretches):
                if start < b and end > a:  # overlapping
                    stretches[j] = (w, min(a, start), max(b, end))
                    break
            else:
                stretches.append((weight, start, end))
        words: list[str] = []
        for _, start, end in sorted(stretches, key=lambda s: -s[0]):
            while (
                start > 0
                and _WORD_CHAR.match(padded[start - 1])
                and _WORD_CHAR.match(padded[start])
            ):
                start -= 1
            while (
                end < len(padded)
                and _WORD_CHAR.match(padded[end])
                and _WORD_CHAR.match(padded[end - 1])
            ):
                end += 1
            word = padded[start:end].strip(" ,.，。:：;；!！?？")
            if word and word not in words:
                words.append(word)
        return words[:top]

    def save(self, path: Path) -> None:
        meta = {
            **self.meta,
            "thresholds": self.thresholds,
            "bits": BITS,
            "heads": HEADS,
            "signals": SIGNAL_NAMES,
        }
        linear.save(path, self.weights, self.bias, meta)

    @classmethod
    def read(cls, source: Path | IO[bytes]) -> Model:
        weights, bias, meta = linear.read(source, N_FEATURES, len(HEADS))
        if (
            meta.get("bits") != BITS
            or tuple(meta.get("heads", ())) != HEADS
            or tuple(meta.get("signals", ())) != SIGNAL_NAMES
        ):
            raise ValueError("scam-check model does not match this code; retrain it")
        return cls(weights, bias, dict(meta.pop("thresholds")), meta)


@lru_cache(maxsize=1)
def shipped_model() -> Model | None:
    """The model shipped with the package, or None when it is missing or stale (the grammars
    alone then decide)."""
    try:
        with resources.files("bot.scamcheck").joinpath(MODEL_FILE).open("rb") as f:
            return Model.read(f)
    except (FileNotFoundError, ValueError, KeyError, OSError):
        return None


_BASIS = {
    "zh": "（这一条由模型从整段话判断，分量最重的字词：{words}）",
    "en": " (found by the model from the message as a whole; the words that weighed most: {words})",
}


@dataclass(frozen=True)
class ModelFlag(Flag):
    """A flag the grammar did not raise and the model did: the grammar's reason and way to
    verify, and the words that weighed most."""

    words: tuple[str, ...] = ()

    def text(self, lang: Lang) -> str:
        base = super().text(lang)
        if not self.words:
            return base
        quoted = (
            "".join(f"“{w}”" for w in self.words)
            if lang == "zh"
            else ", ".join(f"'{w}'" for w in self.words)
        )
        return base + _BASIS[lang].format(words=quoted)


def vetoed(head: str, norm: str, found: list[str]) -> bool:
    """Whether the text leaves the model's `head` nothing to point at (`norm`: the normalised
    text, `found`: the grammar's flag ids). The same test holds when thresholds are chosen
    (bot/scamcheck/train.py), so a genuine message the model can never flag this way does not
    raise a head's threshold."""
    if head == "bad-case-number":
        # A case number in the courts' own format, and none the grammar finds bad: the model's
        # sense that "the case number looks wrong" has nothing left to point at (a genuine
        # "(2026)冀0203民初4410号" got the flag from its neighbours' words).
        return "bad-case-number" not in found and well_formed_case_number(norm)
    if head == "unofficial-link":
        # Links the grammar read and flagged none of (the head is skipped when it did): every
        # one on an official domain ("sd.court.gov.cn"), so the model's sense of "a strange
        # link" has nothing left to point at either.
        return links_in(norm)
    if head == "personal-account":
        # the only account the text names is the creditor's or the court's own
        return official_payee(norm)
    if head == "credentials":
        # every secret the text names is one not asked for: the model's sense of "a code is
        # wanted" has nothing left to point at
        # (or the text warns that its code is for no one: a bank's own one-time code)
        return secrets_denied(norm) or code_for_no_one(norm)
    return False


def model_flags(text: str, grammar: list[Flag], model: Model | None = None) -> list[Flag]:
    """The flags the model adds to the grammar's (none when no model is shipped)."""
    model = model if model is not None else shipped_model()
    if model is None:
        return []
    found = [f.id for f in grammar]
    norm = normalise(text)
    probs = model.probabilities(feature_ids(norm, found))
    added: list[Flag] = []
    for k, head in enumerate(HEADS):
        if SATISFIED_BY.get(head, {head}) & set(found) or vetoed(head, norm, found):
            continue
        if probs[k] >= model.thresholds.get(head, 1.01):
            words = tuple(model.weighed_most(norm, head))
            added.append(ModelFlag(head, REASONS[head], VERIFY[head], words))
    return added


def check_all(text: str, model: Model | None = None) -> list[Flag]:
    """The grammar's flags and the model's, in the grammar's fixed order."""
    grammar = check(text)
    return combined(grammar, model_flags(text, grammar, model))


def combined(grammar: list[Flag], added: list[Flag]) -> list[Flag]:
    by_id = {f.id: f for f in [*grammar, *added]}
    return [by_id[f] for f in FLAG_IDS if f in by_id]
