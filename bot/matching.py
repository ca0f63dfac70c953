"""Match a message to knowledge-base entries.

Version 1: BM25 over character bigrams (Chinese) and words (English), with the
shared synonym list applied first, plus rapidfuzz for typo-tolerant keyword
hits. Safety entries are checked first through their trigger phrases.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from bot.kb.model import Entry, KnowledgeBase
from bot.reply import Candidate
from bot.text import clean

Outcome = Literal["answer", "choose", "unknown"]

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[a-z][a-z']+")
EN_STOP = frozenset(
    "a an the i me my we our you your he she they them it its is am are was were be been do does did "
    "to of in on at for with and or but if so what how can could should would will my im i'm about "
    "this that these those there here from by as not no yes just get got have has had up out".split()
)

# Bigrams made of function words: they say how someone asks, not what about.
ZH_STOP = frozenset(
    "怎么 么办 什么 怎样 么样 如何 可以 我的 你们 他们 我们 是不 不是 一个 这个 那个 现在 应该 需要 请问 "
    "知道 要怎 该怎 我该 我要 我们 有没 没有 是什 会不 不会 吗 呢 吧 啊 了 的 我 你 他 她 是 在 有 就 都 "
    "还 也 要 会 能 说 和 跟 把 被 给 让 对 怎 么 办 该".split()
)

ANSWER_AT = 0.5
CHOOSE_AT = 0.3


@dataclass(frozen=True)
class Match:
    outcome: Outcome
    candidates: tuple[Candidate, ...]
    safety: str | None = None

    @property
    def best(self) -> str | None:
        return self.candidates[0].topic if self.candidates else None


class Normalizer:
    """clean() plus the knowledge base's synonym groups (every term → the group's first term)."""

    def __init__(self, synonyms: tuple[tuple[str, ...], ...] = ()):
        mapping: dict[str, str] = {}
        for group in synonyms:
            canonical = clean(group[0])
            for term in group[1:]:
                term = clean(term)
                if term and term != canonical:
                    mapping.setdefault(term, canonical)
        self._mapping = mapping
        if mapping:
            alternatives = sorted(mapping, key=len, reverse=True)
            parts = [
                rf"\b{re.escape(t)}\b" if t.isascii() else re.escape(t) for t in alternatives
            ]
            self._re: re.Pattern[str] | None = re.compile("|".join(parts))
        else:
            self._re = None

    def __call__(self, text: str) -> str:
        text = clean(text)
        if self._re is not None:
            text = self._re.sub(lambda m: self._mapping[m.group(0)], text)
        return text


def features(norm: str) -> list[str]:
    """Character bigrams (and lone characters) for Chinese runs, word stems for English."""
    out: list[str] = []
    for run in _CJK_RUN.findall(norm):
        if len(run) == 1 and run not in ZH_STOP:
            out.append(run)
        out.extend(g for g in (run[i : i + 2] for i in range(len(run) - 1)) if g not in ZH_STOP)
    for word in _WORD.findall(norm):
        if word not in EN_STOP:
            out.append(_stem(word))
    return out


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class Matcher:
    """Ranks entries for a message; decides answer / choose / unknown."""

    k1 = 1.2
    b = 0.75

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.normalize = Normalizer(kb.synonyms)
        self._entries = [e for e in kb.entries]
        docs: list[Counter[str]] = []
        for entry in self._entries:
            texts = [*entry.questions.zh, *entry.questions.en, entry.title.zh, entry.title.en]
            texts += list(entry.keywords) * 2
            counter: Counter[str] = Counter()
            for text in texts:
                counter.update(features(self.normalize(text)))
            docs.append(counter)
        self._doc_len = [sum(c.values()) for c in docs]
        self._avg_len = sum(self._doc_len) / max(1, len(docs))
        df: Counter[str] = Counter()
        for counter in docs:
            df.update(counter.keys())
        n = len(docs)
        self._idf = {f: math.log(1 + (n - d + 0.5) / (d + 0.5)) for f, d in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for i, counter in enumerate(docs):
            norm = self.k1 * (1 - self.b + self.b * self._doc_len[i] / self._avg_len)
            for feat, tf in counter.items():
                weight = self._idf[feat] * tf * (self.k1 + 1) / (tf + norm)
                self._postings[feat].append((i, weight))
        self._keywords = [
            tuple(k for k in (self.normalize(x) for x in e.keywords) if len(k) >= 2) for e in self._entries
        ]
        self._triggers = [
            (e.id, tuple(t for t in (self.normalize(x) for x in e.triggers) if t))
            for e in self._entries
            if e.is_safety
        ]

    # -- safety -------------------------------------------------------------------
    def safety(self, text: str, norm: str | None = None) -> str | None:
        """The id of the safety entry whose trigger phrase appears in the message, if any."""
        norm = norm if norm is not None else self.normalize(text)
        padded = f" {norm} "
        for entry_id, triggers in self._triggers:
            for trig in triggers:
                if (trig.isascii() and f" {trig} " in padded) or (not trig.isascii() and trig in norm):
                    return entry_id
        return None

    # -- ranking --------------------------------------------------------------------
    def scores(self, norm: str) -> dict[int, float]:
        feats = features(norm)
        raw: dict[int, float] = defaultdict(float)
        for feat in set(feats):
            for i, weight in self._postings.get(feat, ()):
                raw[i] += weight
        if not raw:
            return {}
        query_mass = sum(self._idf.get(f, 0.0) for f in set(feats)) or 1.0
        result = {}
        for i, value in raw.items():
            kw = max((fuzz.partial_ratio(k, norm) for k in self._keywords[i]), default=0.0)
            kw_bonus = 0.15 if kw >= 90 else 0.0
            result[i] = min(1.0, value / query_mass + kw_bonus)
        return result

    def rank(self, text: str, prefer: tuple[str, ...] = (), limit: int = 3) -> list[Candidate]:
        norm = self.normalize(text)
        scored = self.scores(norm)
        if prefer:
            bonus = {eid: 0.1 * (1 - k / len(prefer)) for k, eid in enumerate(prefer)}
            for i, entry in enumerate(self._entries):
                if entry.id in bonus and i in scored:
                    scored[i] += bonus[entry.id]
        order = sorted(scored.items(), key=lambda kv: (-kv[1], self._entries[kv[0]].id))
        return [Candidate(self._entries[i].id, round(s, 4)) for i, s in order[:limit]]

    def match(self, text: str, prefer: tuple[str, ...] = ()) -> Match:
        norm = self.normalize(text)
        safety = self.safety(text, norm)
        candidates = self.rank(text, prefer)
        if safety:
            rest = [c for c in candidates if c.topic != safety][:2]
            return Match("answer", (Candidate(safety, 1.0), *rest), safety=safety)
        if not candidates or candidates[0].score < CHOOSE_AT:
            return Match("unknown", tuple(candidates))
        if candidates[0].score < ANSWER_AT:
            return Match("choose", tuple(candidates))
        return Match("answer", tuple(candidates))

    def entry(self, entry_id: str) -> Entry | None:
        return self.kb.get(entry_id)
