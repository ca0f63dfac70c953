"""Which detail of a topic a follow-up asks about ("那他们不走呢" → "What if they won't leave?").

The matcher's own machinery, at the scale of one topic: the message is normalised by
the matcher's normaliser (synonyms, traditional script, homophones), scored by BM25
coverage over the details' example questions and titles (one bag per detail, IDF over
every detail of the knowledge base), plus the best rapidfuzz ratio against them.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace

import numpy as np
from rapidfuzz import fuzz, process

from bot import asking
from bot import lazyre as re  # patterns compiled on first use, and kept (start-up time)
from bot.kb.model import Detail, Entry, KnowledgeBase
from bot.matching import LONG_MESSAGE, W_FUZZY, Bm25, Normalizer, features
from bot.text import clean_sentences

# A message is taken to ask a topic's detail from this score (calibrated on the dev
# dialogues and the follow-ups of tests/data/eval.yaml: 0.2 answers more of the former and
# fewer of the latter, 0.3 the reverse).
DETAIL_AT = 0.25
# A long message (a story, then the question) is also scored clause by clause, and two
# clauses at a time: its question is often one clause ("如果不能上诉 那我还有啥办法"), and
# its story dilutes the whole message's coverage. A window counts this share of its coverage,
# if it carries at least CLAUSE_MIN_FEATURES features.
CLAUSE_FACTOR = 0.7
CLAUSE_MIN_FEATURES = 3
# A detail's coverage is also that of its single best-fitting example question, at this share:
# a detail with many questions has thin bag weights, and adding a phrasing lowered the others'
# (0.85-0.95 score alike; the best question alone, without the bag, loses turns).
QUESTION_FACTOR = 0.9
GLOBAL_PREFILTER = 12  # details kept after BM25 when searching every entry's details
# A detail whose answer states the kind of fact the message asks for (a number to call, a
# duration, a count, the rule: bot/asking.py) scores this much more, if the message's words
# already reach it (bag coverage above 0).
KIND_BONUS = 0.1
# ... and this much, within one topic's details, when the words do not reach it: a short
# follow-up ("最多罚多少", "要自己申请吗") often shares no word with the detail that states the
# fine or says it is automatic. Rounds 10-15 needed fact +1 to +3 turns each, round 16 +1, none
# lower (0.2 cost rounds 12, 14, 15 turns).
KIND_UNCOVERED = 0.1
# A second detail of the same topic whose answer may be the one asked ("也可能想问"): its
# leading sentence goes under the chosen answer when it scores at least SECOND_AT and
# SECOND_SHARE of the best detail of the topic (the chosen one, or the best below DETAIL_AT
# when none was chosen). Two readings of an ambiguous follow-up both reach the first screen.
SECOND_AT = 0.1
SECOND_SHARE = 0.7
# A short follow-up ("多久之内", "怎么改", "police?": at most SHORT_MESSAGE normalised
# characters) names no subject of its own: within a topic, each detail also gets CARRY_SHARE of
# the coverage the last longer message gave it (DetailIndex.subject), so "多久内" after "判决书上
# 写着一审终审 不服咋整" asks the retrial's deadline, not the defence's.
SHORT_MESSAGE = 10
CARRY_SHARE = 0.4


_CLAUSE_GAP = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def _windows(text: str) -> list[str]:
    """A long message's clauses (sentences, and Chinese runs people separate with spaces),
    each alone and each with the next."""
    clauses = [c for s in clean_sentences(text) for c in _CLAUSE_GAP.split(s) if c.strip()]
    if len(clauses) < 2:
        return []
    return [*clauses, *(f"{a} {b}" for a, b in zip(clauses, clauses[1:], strict=False))]


@dataclass(frozen=True)
class DetailMatch:
    entry: Entry
    detail: Detail
    score: float


def _best_covered(cover: np.ndarray, k: int) -> list[int]:
    """The k details the message covers best (coverage above 0), best first; equal coverage
    in index order. A partition, not a sort of every detail: a 10,000-entry base has 50,000."""
    found = np.flatnonzero(cover > 0)
    if len(found) > k:
        kth = np.partition(cover[found], len(found) - k)[len(found) - k]
        found = found[cover[found] >= kth]
    return found[np.lexsort((found, -cover[found]))][:k].tolist()


@dataclass
class _Seen:
    """What the index knows of one message."""

    norm: str
    cover: np.ndarray  # BM25 coverage of every detail
    fuzzy: dict[int, float] = field(default_factory=dict)  # detail → best rapidfuzz ratio
    kinds: frozenset[str] = frozenset()  # the kinds of fact it asks for (bot/asking.py)
    best_covered: list[int] | None = None  # the GLOBAL_PREFILTER best-covered details


class DetailIndex:
    """Every entry's details, scored against a message one entry at a time."""

    def __init__(self, kb: KnowledgeBase, normalize: Normalizer, cached: bool = False):
        """`cached`: the normalised texts and the indexes are kept by content and read back at
        the next start (bot/indexcache.py; the engine's index)."""
        self.normalize = normalize
        self._owner: list[tuple[Entry, Detail]] = []
        self._texts: list[list[str]] = []
        self._by_entry: dict[str, list[int]] = {}
        asked: list[tuple[str, ...]] = []
        for entry in kb.entries:
            for detail in entry.details:
                q = detail.questions
                asked.append((*q.zh, *q.en, detail.title.zh, detail.title.en))
                self._by_entry.setdefault(entry.id, []).append(len(self._owner))
                self._owner.append((entry, detail))
        # Every detail's texts through the normaliser in one call.
        every = [x for texts in asked for x in texts]
        normalised = iter(normalize.many_cached(every) if cached else normalize.many(every))
        self._texts = [[x for x in (next(normalised) for _ in texts) if x] for texts in asked]
        # Bm25 takes each detail's normalised texts and counts their features itself.
        has_text = any(self._texts)
        build = Bm25.cached if cached else Bm25
        self.index = build(self._texts) if has_text else None
        # Each example question on its own too: a detail's coverage is also that of its
        # best-fitting question (a long list of questions thins a bag's weights).
        flat = [[x] for texts in self._texts for x in texts]
        self._qindex = build(flat) if has_text else None
        sizes = [len(t) for t in self._texts]
        self._qstarts = np.minimum(np.cumsum([0, *sizes[:-1]]), max(len(flat) - 1, 0))
        self._qempty = np.array([n == 0 for n in sizes])
        self._last: dict[str, _Seen] = {}
        # What kinds of fact each detail's answer states (asking.stated), worked out the first
        # time a message asking for some kind reaches the detail: for every detail at once, the
        # regular expressions took about 80 ms of a fresh process's first answer.
        self._states: list[frozenset[str] | None] = [None] * len(self._owner)
        self.kind_bonus = KIND_BONUS
        self.kind_uncovered = KIND_UNCOVERED

    def scores(
        self,
        entry_id: str | None,
        text: str,
        among: Collection[str] | None = None,
        carry: np.ndarray | None = None,
    ) -> list[DetailMatch]:
        """The entry's details for this message (every entry's when `entry_id` is None; then
        only those of the entries `among`, if given), best first; `carry`: the conversation's
        subject (DetailIndex.subject), read with a short message within one entry."""
        rows = self._by_entry.get(entry_id) if entry_id is not None else None
        if self.index is None or (entry_id is not None and not rows):
            return []
        seen = self._seen(text)
        if not seen.norm:
            return []
        if rows is None:  # all entries: the fuzzy pass only on the best-covered details
            if seen.best_covered is None:
                seen.best_covered = _best_covered(seen.cover, GLOBAL_PREFILTER)
            rows = seen.best_covered
            if among is not None:
                rows = [i for i in rows if self._owner[i][0].id in among]
        rows = [i for i in rows if self._texts[i]]
        if not rows:
            return []
        # One batch call for the fuzzy pass, the best ratio per detail; a detail already
        # compared with this message (one turn asks about several topics' details) is not again.
        fuzzy = seen.fuzzy
        missing = [i for i in rows if i not in fuzzy]
        if missing:
            choices = [t for i in missing for t in self._texts[i]]
            sims = process.cdist([seen.norm], choices, scorer=fuzz.ratio, dtype=np.uint8, workers=1)
            starts = np.cumsum([0, *(len(self._texts[i]) for i in missing[:-1])])
            fuzzy.update(zip(missing, np.maximum.reduceat(sims[0], starts).tolist(), strict=True))
        cover = seen.cover
        one = entry_id is not None
        if one and self._short(seen) and carry is not None and len(carry) == len(cover):
            cover = cover + CARRY_SHARE * carry
            seen = replace(seen, cover=cover)  # the kind bonus reads the carried coverage too
        found = [
            DetailMatch(
                *self._owner[i],
                round(float(cover[i]) + W_FUZZY * fuzzy[i] / 100 + self._bonus(seen, i, one), 4),
            )
            for i in rows
        ]
        return sorted(found, key=lambda m: -m.score)

    @staticmethod
    def _short(seen: _Seen) -> bool:
        return 0 < len(seen.norm.replace(" ", "")) <= SHORT_MESSAGE

    def subject(self, text: str, previous: np.ndarray | None) -> np.ndarray | None:
        """What a conversation is about after this message, for the next short follow-up: this
        message's coverage of every detail, or, when it is short itself, still `previous`."""
        if self.index is None:
            return None
        seen = self._seen(text)
        if not seen.norm or self._short(seen):
            return previous
        return seen.cover

    def _bonus(self, seen: _Seen, i: int, within_entry: bool = False) -> float:
        """KIND_BONUS when detail i's answer states a kind of fact the message asks for and the
        message's words reach the detail; within one entry (a follow-up in its topic: "最多罚多少"
        shares no word with the detail that states the fine) KIND_UNCOVERED when they do not."""
        if not seen.kinds or not seen.kinds & self._stated(i):
            return 0.0
        if seen.cover[i] > 0:
            return self.kind_bonus
        return self.kind_uncovered if within_entry else 0.0

    def _stated(self, i: int) -> frozenset[str]:
        """The kinds of fact detail i's answer states (computed once)."""
        states = self._states[i]
        if states is None:
            answer = self._owner[i][1].answer
            states = self._states[i] = asking.stated(f"{answer.zh} {answer.en}")
        return states

    def _seen(self, text: str) -> _Seen:
        """The normalised message, its BM25 coverage of every detail, and the fuzzy ratios
        worked out so far; the last few messages are kept, since one turn asks about several
        topics' details."""
        seen = self._last.get(text)
        if seen is None:
            norm = self.normalize(text)
            assert self.index is not None
            windows = _windows(text) if norm and len(text) >= LONG_MESSAGE else []
            bags = [f for f in (features(w) for w in self.normalize.many(windows)) if f]
            bags = [f for f in bags if len(set(f)) >= CLAUSE_MIN_FEATURES]
            cover = self._cover(features(norm), bags) if norm else np.zeros(0)
            seen = _Seen(norm, cover, kinds=asking.asked(text) if norm else frozenset())
            if len(self._last) >= 8:
                self._last.pop(next(iter(self._last)))
            self._last[text] = seen
        return seen

    def _cover(self, whole: list[str], windows: list[list[str]]) -> np.ndarray:
        """Every detail's coverage of the message: the whole message's, or CLAUSE_FACTOR of its
        best window's; of the detail's bag, or QUESTION_FACTOR of its best question's."""
        assert self.index is not None and self._qindex is not None
        bags = [whole, *windows]
        per_bag = self.index.coverage_many(bags)
        per_question = np.maximum.reduceat(self._qindex.coverage_many(bags), self._qstarts, axis=1)
        per_question[:, self._qempty] = 0.0
        rows = np.maximum(per_bag, QUESTION_FACTOR * per_question)
        cover = rows[0]
        if windows:
            cover = np.maximum(cover, CLAUSE_FACTOR * rows[1:].max(axis=0))
        return cover

    def second(
        self,
        entry_id: str,
        text: str,
        chosen: str | None = None,
        chosen_score: float = 0.0,
        seen: Collection[str] = (),
        carry: np.ndarray | None = None,
    ) -> Detail | None:
        """The entry's detail a follow-up may also be asking, besides the one `chosen` (its id,
        scored `chosen_score`; None when the first steps are shown) and those `seen` in this
        chat: the best other one scoring SECOND_AT or more and SECOND_SHARE of the best."""
        ranked = [m for m in self.scores(entry_id, text, carry=carry) if m.entry.id == entry_id]
        if not ranked:
            return None
        top = max(ranked[0].score, chosen_score)
        skip = {chosen, *seen}
        other = next((m for m in ranked if m.detail.id not in skip), None)
        if other is None or other.score < SECOND_AT or other.score < SECOND_SHARE * top:
            return None
        return other.detail

    def best(self, entry_id: str, text: str, at: float = DETAIL_AT) -> DetailMatch | None:
        """The entry's detail this message asks about, if one scores `at` or more."""
        ranked = self.scores(entry_id, text)
        if not ranked or ranked[0].score < at:
            return None
        return ranked[0]
