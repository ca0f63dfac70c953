"""Match a message to knowledge-base entries: ranked candidates and a decision.

How a message is scored (numbers from `python -m bot eval`, see docs/matching.md):
1. Normalise: NFKC, case, traditional→simplified (OpenCC), punctuation out, then the
   shared synonym list (slang, Cantonese/Taiwanese words, typos → one term).
2. Features: character bigrams for Chinese (whitespace is no word boundary in Chinese),
   Snowball stems for English; function-word bigrams dropped.
3. Per entry: BM25 weight of the features it shares with the message, divided by the
   message's total IDF mass (so the score reads as "how much of the message this entry
   covers", and unseen words count against it) — plus the best rapidfuzz ratio against
   the entry's own example questions, plus a bonus when one of its keywords occurs.
   Long messages are also scored sentence by sentence; the best piece counts.
4. Decision (the engine's safety stage has already run): a message with no domain term, or one closer to the
   off-topic examples than to any entry, is not answered; otherwise thresholds split
   answer / "did you mean" / unknown.
5. Context (a follow-up turn): the previous topic, its follow-ups and the terms the previous
   message named weigh in as described in `Matcher._in_context` and docs/matching.md.
rapidfuzz's batch `process.cdist` scores the candidates' questions in one call, after a
BM25 prefilter, so the cost stays flat as the knowledge base grows.
"""

from __future__ import annotations

import heapq
import json
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain
from typing import Literal

import numpy as np
import snowballstemmer
from rapidfuzz import fuzz, process

from bot import indexcache
from bot import lazyre as re  # patterns compiled on first use, and kept (start-up time)
from bot.homophones import HomophoneFixer
from bot.kb.model import KnowledgeBase
from bot.phrases import PhraseIndex
from bot.reply import Candidate
from bot.text import CJK_RUN, cjk_table, clean, clean_many, clean_sentences

Outcome = Literal["answer", "choose", "unknown"]

_SENTENCE_BREAK = " \n "
_LETTER = re.compile(r"[a-z]")
_WORD = re.compile(r"[a-z][a-z']*|\d{3,}")
EN_STOP = frozenset(
    "a an the i me my we our you your he she they them it its is am are was were be been do does did "
    "to of in on at for with and or but if so what how can could should would will im i'm about this "
    "that these those there here from by as not no yes just get got have has had up out any some "
    "there's it's don't dont can't cant isn't what's whats then than also really still even please "
    "back very too much many more most way thing things something anything now ever never always "
    "only again already yet else say says said tell told going let see look want need know think "
    "kind sort lot".split()
)
# Function-word bigrams and characters: they say how someone asks, not what about.
ZH_STOP = frozenset(
    "怎么 么办 什么 怎样 么样 如何 可以 我的 你们 他们 我们 是不 不是 一个 这个 那个 现在 应该 需要 请问 "
    "知道 要怎 该怎 我该 我要 有没 没有 是什 会不 不会 还是 就是 已经 因为 所以 但是 然后 如果 的话 "
    "这样 那样 一下 一些 有点 好像 觉得 真的 非常 特别 到底 为什 么会 么说 我想 想问 问一 请问 "
    "吗 呢 吧 啊 了 的 我 你 他 她 是 在 有 就 都 还 也 要 会 能 说 和 跟 把 被 给 让 对 怎 么 办 该 很 "
    "得 着 过 呀 哦 嘛 啦 么".split()
)

# Scoring weights and decision thresholds, calibrated on tests/data/eval.yaml (docs/matching.md).
W_FUZZY = 0.25  # weight of the best rapidfuzz ratio against the entry's example questions
W_KEYWORD = 0.03  # bonus when one of the entry's keywords occurs in the message
# Context: most follow-ups change topic, so the previous answer only breaks near-ties,
# except for weak, elliptical turns ("what if they refuse?"), which lean on it strongly.
W_LAST_TIE, W_RELATED_TIE = 0.16, 0.08
W_LAST_WEAK, W_RELATED_WEAK = 0.3, 0.12
# Without a subject of its own, a turn counts as a follow-up only if it asks something.
FOLLOW_UP_CUE = re.compile(
    r"吗|呢|怎么|怎样|如何|咋|能不能|可不可以|会不会|要不要|是不是|有没有|多久|多少|几|哪|什么|为什么|"
    r"那|如果|要是|万一|还是|点样|点算|系咪|谁|咩|乜|边个|边度|(.)[不唔]\1|\b(what|how|can|could|will|would|should|is|are|does|do|"
    r"did|why|when|where|which|who|and|but|if|then|so)\b"
)
_QUESTION_MARK = re.compile(r"[?？]")


def _asks(text: str, norm: str) -> bool:
    """Does the turn ask something (a question word, or a question mark)?"""
    return bool(FOLLOW_UP_CUE.search(norm) or _QUESTION_MARK.search(text))


# A subject-less turn may still leave the conversation when its own best match is clear.
OWN_CLEAR_AT, OWN_CLEAR_RATIO = 0.3, 2.0
POINTING_MAX_FEATURES = 2  # an in-domain turn with this little content that points back
_POINTS_BACK = re.compile(
    r"\b(that|this)\b|这样|这么|这种|那样|咁样|噉样|这(?=违法|犯法|合法|正常|算|可以|能|是不是)"
)
W_NEW_KEYWORD = W_LAST_TIE  # a keyword the conversation had not named yet (see _in_context)
W_AUDIENCE = 0.03  # a conversation stays with its audience (debtor or collections staff)
# A safety trigger in a message about someone else's crisis, told by collections staff
# ("客户说要跳楼怎么办"): the staff answer comes, with the emergency line put first.
STAFF_FRAME = re.compile(
    r"客户|债务人|欠款人|借款人|催收员|做催收|坐席|贷后|customer|debtor|client|borrower|collector"
)
ANSWER_AT = 0.15  # answer at or above this raw score...
CHOOSE_AT = 0.10  # ... offer "did you mean" at or above this one, else unknown
OFFTOPIC_RATIO = 0.7  # not answered when the off-topic examples score this close to the best entry
# Entries kept after BM25 for the rapidfuzz pass, and for messages over FUZZY_LONG_CHARS.
# Eval scores the same with 5 to 12 (4 loses follow-ups: context needs its candidates), and
# 3 to 6 for long ones; the fuzzy pass is most of a message's cost, so the low end.
PREFILTER, PREFILTER_LONG = 8, 4
FUZZY_LONG_CHARS = 80
LONG_MESSAGE = 40  # characters; longer messages are also scored sentence by sentence
SENTENCE_MIN_FEATURES = 5  # a sentence must carry this much content to be scored alone
SENTENCE_FACTOR = 0.9  # and counts a little less than the whole message
SCORE_SCALE = 1.3  # reported scores are raw / SCORE_SCALE, capped at 1
OFFTOPIC = "__offtopic__"


@dataclass(frozen=True)
class Match:
    outcome: Outcome
    candidates: tuple[Candidate, ...]
    safety: str | None = None
    terms: tuple[str, ...] = ()  # the keywords and domain terms the message names
    offtopic: bool = False  # declined: as close to the off-topic examples as to any entry
    # A turn with no subject of its own, read within the conversation: these are the topics
    # it may be about (the previous one, its follow-ups, its own clear best); () otherwise.
    within: tuple[str, ...] = ()
    # What the conversation added to each topic's score (the previous topic, its follow-ups,
    # the audience, a newly named keyword), on the candidates' scale: the prior of a follow-up.
    context: tuple[tuple[str, float], ...] = ()

    @property
    def best(self) -> str | None:
        return self.candidates[0].topic if self.candidates else None


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


class Normalizer:
    """clean(), the synonym groups (every term → the group's first term), then homophone
    typos of the knowledge base's own vocabulary corrected (bot/homophones.py)."""

    def __init__(self, synonyms: Sequence[Sequence[str]] = (), vocabulary: Iterable[str] = ()):
        mapping: dict[str, str] = {}
        for group in synonyms:
            canonical = clean(group[0])
            for term in group[1:]:
                term = clean(term)
                if term and term != canonical:
                    mapping.setdefault(term, canonical)
        self._rewrite = Rewriter(mapping)
        vocab = set(clean_many(sorted(set(vocabulary)))) | {clean(g[0]) for g in synonyms}
        self._fix = HomophoneFixer(
            (t for t in vocab if t not in ZH_STOP), (c for c in ZH_STOP if len(c) == 1)
        )
        self._recent: dict[str, str] = {}
        # What this normaliser was made of, for many_cached's key (the code is in the key too).
        self._made_of = (list(mapping.items()), sorted(vocab))
        self._made_of_key: str | None = None

    def __call__(self, text: str) -> str:
        # The last few texts are remembered: a message is normalised by the matcher and
        # again by the details index (bot/details.py) on the same turn.
        norm = self._recent.get(text)
        if norm is None:
            norm = self._fix(self._rewrite(clean(text)))
            if len(self._recent) >= 16:
                del self._recent[next(iter(self._recent))]
            self._recent[text] = norm
        return norm

    def many(self, texts: Sequence[str]) -> list[str]:
        """[self(t) for t in texts], with one synonym and one homophone pass over them all
        (no term spans the line break put between two texts)."""
        if not texts:
            return []
        joined = self._fix(self._rewrite(_SENTENCE_BREAK.join(clean_many(texts))))
        return joined.split(_SENTENCE_BREAK)

    def many_cached(self, texts: Sequence[str]) -> list[str]:
        """self.many(texts), kept by content (bot/indexcache.py): the knowledge base's texts
        are normalised the same way at every start."""
        folder = indexcache.where()
        if folder is None or not texts:
            return self.many(texts)
        if self._made_of_key is None:
            self._made_of_key = indexcache.key("normalizer", *self._made_of)
        name = indexcache.key("normalised", self._made_of_key, list(texts))
        found = indexcache.load_strings(folder, name)
        if found is not None and len(found) == len(texts):
            return found
        normalised = self.many(texts)
        indexcache.keep_strings(folder, name, normalised)
        return normalised

    def sentences(self, text: str) -> list[str]:
        """The message's sentences, each normalised; in one pass over the whole text, with a
        line break between sentences that no term can span."""
        joined = self._fix(self._rewrite(_SENTENCE_BREAK.join(clean_sentences(text))))
        return [s for s in joined.split(_SENTENCE_BREAK) if s]


class Rewriter:
    """Replaces known terms with their canonical form, scanning from the left and taking
    the longest term at each place (one PhraseIndex pass)."""

    def __init__(self, mapping: dict[str, str]):
        self.mapping = mapping
        self._terms = PhraseIndex(mapping)

    def __call__(self, norm: str) -> str:
        out: list[str] = []
        pos = 0
        for start, end, term in self._terms.longest(norm):
            out += (norm[pos:start], self.mapping[term])
            pos = end
        out.append(norm[pos:])
        return "".join(out)


ZH, EN = 1, 2  # scripts, as bits


def _script(norm: str) -> int:
    """Which scripts a normalised text is written in: ZH, EN, both (ZH | EN) or neither (0)."""
    return (ZH if CJK_RUN.search(norm) else 0) | (EN if _LETTER.search(norm) else 0)


def features(norm: str) -> list[str]:
    """Character bigrams (a lone character for a one-character run) and English stems."""
    out: list[str] = []
    for run in CJK_RUN.findall(norm):
        if len(run) == 1:
            if run not in ZH_STOP:
                out.append(run)
            continue
        out.extend(g for g in (run[i : i + 2] for i in range(len(run) - 1)) if g not in ZH_STOP)
    for word in _WORD.findall(norm):
        if word not in EN_STOP:
            out.append(stem(word))
    return out


DENSE_CELLS = 2**21  # features × classes up to which the index also keeps a dense table (8 MB)
# Features as integers while the index is built, so that counting them is numpy's work rather
# than a Python step per feature: a lone Chinese character is its code point, a bigram its two
# code points (16 bits each: every Chinese character of CJK_RUN is in the BMP), an English stem
# _STEM_KEY + its number; the class an occurrence belongs to goes in the low _CLASS_BITS.
_STEM_KEY = 1 << 32
_CLASS_BITS = 24
_BUILD_CHUNK = 64  # classes whose text is scanned in one numpy pass (small: small temporaries)
_NORMALISE_CHUNK = 64  # entries whose texts are normalised in one call (Normalizer.many)


@lru_cache(maxsize=1)
def _zh_stop_keys() -> np.ndarray:
    keys = (ord(s) if len(s) == 1 else ord(s[0]) << 16 | ord(s[1]) for s in ZH_STOP if len(s) <= 2)
    return np.array(sorted(keys), dtype=np.int64)


def _block_features(
    block: list[str], first: int, stems: dict[str, int], words: dict[str, int]
) -> np.ndarray:
    """features() of each text in `block` (the texts of classes first, first + 1, ...) as
    keys << _CLASS_BITS | class, one per occurrence. `stems` numbers the English stems and
    `words` remembers each word's key (-1 for a stop word) across blocks."""
    # Chinese: one pass over the block's text, classes separated by a space.
    text = " ".join(block)
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    owner = np.repeat(np.arange(first, first + len(block)), [len(t) + 1 for t in block])
    cjk = np.zeros(len(cps) + 2, dtype=bool)  # padded with a non-Chinese place either side
    cjk[1:-1] = cjk_table()[np.minimum(cps, 0xFFFF)] & (cps <= 0xFFFF)
    here, before, after = cjk[1:-1], cjk[:-2], cjk[2:]
    pair = np.flatnonzero(here & after)  # a bigram starts here
    lone = np.flatnonzero(here & ~before & ~after)  # a one-character run
    keys = np.concatenate(
        [cps[pair].astype(np.int64) << 16 | cps[pair + 1], cps[lone].astype(np.int64)]
    )
    where = np.concatenate([owner[pair], owner[lone]])
    stop = _zh_stop_keys()
    keep = stop[np.minimum(np.searchsorted(stop, keys), len(stop) - 1)] != keys
    # English: stems, numbered in `stems` in order of first occurrence; a Python step per
    # new word, and C loops (map, numpy) for the words already met.
    found = [_WORD.findall(body) for body in block]
    for word in dict.fromkeys(chain.from_iterable(found)):
        if word not in words:
            words[word] = (
                -1 if word in EN_STOP else stems.setdefault(stem(word), _STEM_KEY + len(stems))
            )
    en = np.fromiter(
        map(words.__getitem__, chain.from_iterable(found)), np.int64, sum(map(len, found))
    )
    en_owner = np.repeat(np.arange(first, first + len(block)), list(map(len, found)))
    known = en >= 0
    return np.concatenate(
        [keys[keep] << _CLASS_BITS | where[keep], en[known] << _CLASS_BITS | en_owner[known]]
    )


def _postings(
    classes: Sequence[Sequence[str]],
) -> tuple[list[str], list[tuple[np.ndarray, np.ndarray, np.ndarray]], np.ndarray]:
    """The bags of features of `classes` (each a list of texts), counted a block of classes
    at a time: (feature names, each block's postings as (feature, class, count) arrays sorted
    by feature then class, each class's number of features). The same counts as features() of
    every text, without a Python object per posting. The blocks are views of three arrays
    reserved for as many postings as there are characters (no more can occur): large enough
    to be mapped memory, of which only the pages written take room, given back at once when
    the last view goes."""
    if len(classes) >= 1 << _CLASS_BITS:
        raise ValueError(f"at most {(1 << _CLASS_BITS) - 1} classes")
    stems: dict[str, int] = {}
    words: dict[str, int] = {}
    slot_of_key: dict[int, int] = {}  # feature key → its number, in order of first occurrence
    blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    room = sum(len(text) + 1 for texts in classes for text in texts) + 1
    slot_store = np.empty(room, dtype=np.int32)
    row_store = np.empty(room, dtype=np.int32)
    tf_store = np.empty(room, dtype=np.int32)
    used = 0
    lengths = np.zeros(len(classes), dtype=np.int64)
    mask = (1 << _CLASS_BITS) - 1
    for first in range(0, len(classes), _BUILD_CHUNK):
        block = [" ".join(texts) for texts in classes[first : first + _BUILD_CHUNK]]
        found = _block_features(block, first, stems, words)
        lengths[first : first + len(block)] = np.bincount(
            found & mask, minlength=first + len(block)
        )[first:]
        pairs, tf = np.unique(found, return_counts=True)
        keys, runs = np.unique(pairs >> _CLASS_BITS, return_inverse=True)
        # Keys new to the index are numbered on (ascending, as `keys` is), then all are looked
        # up: loops that run in C, where a setdefault per key ran in Python.
        listed = keys.tolist()
        fresh = sorted(set(listed).difference(slot_of_key))
        slot_of_key.update(
            zip(fresh, range(len(slot_of_key), len(slot_of_key) + len(fresh)), strict=True)
        )
        numbers = np.fromiter(map(slot_of_key.__getitem__, listed), np.int32, len(listed))
        end = used + len(pairs)
        slot_store[used:end] = numbers[runs]
        row_store[used:end] = pairs & mask
        tf_store[used:end] = tf
        blocks.append((slot_store[used:end], row_store[used:end], tf_store[used:end]))
        used = end
    del slot_store, row_store, tf_store
    stem_name = {key: name for name, key in stems.items()}
    names = [
        stem_name[k]
        if k >= _STEM_KEY
        else chr(k)
        if k < 1 << 16
        else chr(k >> 16) + chr(k & 0xFFFF)
        for k in slot_of_key
    ]
    return names, blocks, lengths


class Bm25:
    """A small BM25 index over bags of features (one bag per class), scored with numpy."""

    k1 = 1.2
    b = 0.75

    @classmethod
    def cached(cls, classes: Sequence[Sequence[str]]) -> Bm25:
        """Bm25(classes), kept by content (bot/indexcache.py): the same index, read back."""
        folder = indexcache.where()
        if folder is None:
            return cls(classes)
        name = indexcache.key("bm25", [list(texts) for texts in classes])
        state = indexcache.load_arrays(folder, name)
        if state is not None:
            index = cls._from_state(len(classes), state)
            if index is not None:
                return index
        index = cls(classes)
        indexcache.keep_arrays(folder, name, index._state())
        return index

    def _state(self) -> dict[str, np.ndarray]:
        """What _from_state needs to make this index again (the dense table is remade)."""
        names = json.dumps(list(self.slot), ensure_ascii=False).encode()
        return {
            "names": np.frombuffer(names, dtype=np.uint8),
            "start": self.start,
            "idf": np.array(self.idf, dtype=np.float64),  # Python floats, exactly
            "rows": self.rows,
            "weights": self.weights,
        }

    @classmethod
    def _from_state(cls, size: int, state: dict[str, np.ndarray]) -> Bm25 | None:
        """The index _state() describes, or None when it does not hold together."""
        try:
            names = json.loads(state["names"].tobytes().decode())
            start, idf, rows, weights = (state[k] for k in ("start", "idf", "rows", "weights"))
        except (KeyError, ValueError):
            return None
        if not (
            isinstance(names, list)
            and start.dtype == np.int64
            and idf.dtype == np.float64
            and rows.dtype == np.int32
            and weights.dtype == np.float32
            and len(start) == len(names) + 1 == len(idf) + 1
            and len(rows) == len(weights) == int(start[-1])
            and (not len(rows) or 0 <= int(rows.min()) <= int(rows.max()) < size)
        ):
            return None
        index = cls.__new__(cls)
        index.size = size
        index.slot = {name: k for k, name in enumerate(names)}
        index.start = start
        index.idf = idf.tolist()
        index.max_idf = max(index.idf, default=1.0)
        index.rows = rows
        index.weights = weights
        index._dense_table()
        return index

    def __init__(self, classes: Sequence[Sequence[str]]):
        """`classes`: each class's normalised texts; its bag is their features()."""
        self.size = n = len(classes)
        names, blocks, lengths = _postings(classes)
        # Postings in one compressed-sparse layout: feature → slot; the slot's classes and
        # weights are rows[start[slot]:start[slot + 1]] (a few flat arrays, and no Python object
        # per posting or per feature but its name in `slot`).
        self.slot = {name: k for k, name in enumerate(names)}
        df = np.zeros(len(names), dtype=np.int64)
        for slots, _, _ in blocks:
            df += np.bincount(slots, minlength=len(df))
        self.start = np.zeros(len(df) + 1, dtype=np.int64)
        np.cumsum(df, out=self.start[1:])
        # IDF per document frequency, in Python floats (math.log): the same numbers as ever.
        by_df = {d: math.log(1 + (n - d + 0.5) / (d + 0.5)) for d in set(df.tolist())}
        self.idf = [by_df[d] for d in df.tolist()]
        self.max_idf = max(self.idf, default=1.0)
        idf = np.array(self.idf, dtype=np.float64)
        avg = int(lengths.sum()) / max(1, n)
        norm = self.k1 * (1 - self.b + self.b * lengths / (avg or 1))
        # The transpose, block by block: each block's postings go to the next free places of
        # their features, weighted on the way. Without BM25's (k1 + 1) factor a feature adds
        # at most its IDF: coverage ≤ 1.
        self.rows = np.empty(int(self.start[-1]), dtype=np.int32)
        self.weights = np.empty(int(self.start[-1]), dtype=np.float32)
        fill = self.start[:-1].copy()
        while blocks:
            slots, rows, tf = blocks.pop(0)
            run_start = np.flatnonzero(np.diff(slots, prepend=-1))
            run_length = np.diff(np.append(run_start, len(slots)))
            where = fill[slots] + np.arange(len(slots)) - np.repeat(run_start, run_length)
            fill[slots[run_start]] += run_length
            self.rows[where] = rows
            tf_float = tf.astype(np.float64)
            self.weights[where] = idf[slots] * tf_float / (tf_float + norm[rows])
        self._dense_table()

    def _dense_table(self) -> None:
        # A small index is also kept as a dense feature × class table: scoring a message is
        # then one gather and one sum instead of a handful of vector operations on postings.
        self.dense: np.ndarray | None = None
        if len(self.slot) * self.size <= DENSE_CELLS:
            df = np.diff(self.start)  # each feature's number of classes
            self.dense = np.zeros((len(self.slot), self.size), dtype=np.float32)
            self.dense[np.repeat(np.arange(len(df)), df), self.rows] = self.weights

    def coverage_many(self, bags: Sequence[Iterable[str]]) -> np.ndarray:
        """How much of each piece of a message (one row each) every class covers: the BM25
        weight of the features they share over the piece's total IDF mass, in one numpy pass."""
        slots: list[int] = []
        pieces: list[int] = []
        masses = np.ones(len(bags))
        idf, slot_of, unseen = self.idf, self.slot, self.max_idf
        for k, feats in enumerate(bags):
            # Each feature once, in the order of the text: a fixed order of float additions,
            # so the same scores in every process (a set's order changes with the hash seed).
            where = list(map(slot_of.get, dict.fromkeys(feats)))
            masses[k] = sum([unseen if s is None else idf[s] for s in where]) or 1.0
            found = [s for s in where if s is not None]
            slots += found
            pieces += [k] * len(found)
        if not slots:
            return np.zeros((len(bags), self.size))
        if self.dense is not None:
            gathered = self.dense[slots]
            if len(bags) == 1:
                return gathered.sum(axis=0, dtype=np.float64)[None, :] / masses[0]
            owner = np.asarray(pieces) == np.arange(len(bags))[:, None]
            return (owner @ gathered.astype(np.float64)) / masses[:, None]
        # Gather every posting of every matched feature with a handful of vector operations.
        first = self.start[slots]
        lengths = self.start[np.asarray(slots) + 1] - first
        ends = np.cumsum(lengths)
        where = np.arange(int(ends[-1])) + np.repeat(first - (ends - lengths), lengths)
        rows = self.rows[where] + np.repeat(np.asarray(pieces) * self.size, lengths)
        flat = np.bincount(rows, self.weights[where], len(bags) * self.size)
        return flat.reshape(len(bags), self.size) / masses[:, None]


class Matcher:
    """Ranks entries for a message and decides: answer, "did you mean", or unknown."""

    def __init__(self, kb: KnowledgeBase, cached: bool = False):
        """`cached`: the normalised texts and the index are kept by content and read back
        at the next start (bot/indexcache.py; the engine's matcher)."""
        self.kb = kb
        self.normalize = Normalizer(
            kb.synonyms, [*(k for e in kb.entries for k in e.keywords), *kb.domain]
        )
        many = self.normalize.many_cached if cached else self.normalize.many
        self.ids = [e.id for e in kb.entries]
        self._position = {eid: i for i, eid in enumerate(self.ids)}
        self._audience = [e.audience for e in kb.entries]
        # Each text is normalised once: questions and titles (also for the rapidfuzz pass)
        # and keywords (counted twice in the bag: they were chosen to tell topics apart).
        classes: list[list[str]] = []
        texts_of: list[list[str]] = []
        keywords: dict[int, set[str]] = {}
        # Keywords recur across entries: each is normalised once and its text shared.
        normal_keyword: dict[str, str] = {}
        for first in range(0, len(kb.entries), _NORMALISE_CHUNK):
            # A block of entries' texts goes through the normaliser in one call.
            block = kb.entries[first : first + _NORMALISE_CHUNK]
            asked = [
                (*entry.questions.zh, *entry.questions.en, entry.title.zh, entry.title.en)
                for entry in block
            ]
            new = [
                k
                for k in dict.fromkeys(k for e in block for k in e.keywords)
                if k not in normal_keyword
            ]
            normalised = many([*chain.from_iterable(asked), *new])
            normal_keyword.update(zip(new, normalised[len(normalised) - len(new) :], strict=True))
            at = 0
            for i, (entry, questions) in enumerate(zip(block, asked, strict=True), start=first):
                texts = normalised[at : at + len(questions)]
                at += len(questions)
                words = [normal_keyword[k] for k in entry.keywords]
                classes.append([*texts, *words, *words])
                texts_of.append(texts)
                keywords[i] = {k for k in words if len(k) >= 2}
        # The off-topic examples compete as one more class: when it wins, nothing is answered.
        self._offtopic_index = len(classes)
        off_texts = many(kb.offtopic)
        classes.append(off_texts)
        texts_of.append(off_texts)
        self.index = Bm25.cached(classes) if cached else Bm25(classes)
        del classes, normal_keyword
        # The fuzzy pass compares a message only with example texts in its own script(s):
        # a Chinese message shares nothing with English questions but the cost.
        scripts_of = [[_script(t) for t in texts] for texts in texts_of]
        self._texts_by_script = {
            script: [
                texts
                if all(s & script for s in scripts)
                else [t for t, s in zip(texts, scripts, strict=True) if s & script]
                for texts, scripts in zip(texts_of, scripts_of, strict=True)
            ]
            for script in (ZH, EN, ZH | EN)
        }
        del scripts_of
        self._keyword_owner: dict[str, list[int]] = defaultdict(list)
        for i, terms in keywords.items():
            for term in terms:
                self._keyword_owner[term].append(i)
        # Domain anchors: the entries' keywords and the curated domain terms (knowledge/domain.yaml).
        anchors = set(self._keyword_owner) | {clean(t) for t in kb.domain}
        anchors = {a for a in anchors if a and a not in ZH_STOP and a not in EN_STOP}
        self._anchors = PhraseIndex(anchors)  # English words too: keyword hits need them
        self._anchor_stems = {stem(a) for a in anchors if a.isascii() and " " not in a}
        # Safety triggers: the first safety entry (in knowledge-base order) with a trigger found.
        self._trigger_owner: dict[str, str] = {}
        for entry in kb.entries:
            if entry.is_safety:
                for trigger in (self.normalize(x) for x in entry.triggers):
                    if trigger:
                        self._trigger_owner.setdefault(trigger, entry.id)
        self._triggers = PhraseIndex(self._trigger_owner)

    # -- safety ---------------------------------------------------------------------
    def safety(self, text: str, norm: str | None = None) -> str | None:
        """The id of the safety entry whose trigger phrase appears in the message, if any."""
        norm = norm if norm is not None else self.normalize(text)
        owners = {self._trigger_owner[t] for t in self._triggers.find(norm)}
        return min(owners, key=self._position.__getitem__) if owners else None

    def _is_staff(self, entry_id: str) -> bool:
        i = self._position.get(entry_id)
        return i is not None and self._audience[i] == "staff"

    def in_domain(self, norm: str, found: Sequence[str] | None = None) -> bool:
        """Does the message mention anything this bot is about? (`found`: its known terms.)"""
        if found if found is not None else self._anchors.find(norm):
            return True
        return any(stem(w) in self._anchor_stems for w in _WORD.findall(norm))

    # -- scoring ------------------------------------------------------------------------
    def _segments(self, text: str) -> list[str]:
        """The whole normalised message first, then (for long ones) its sentences."""
        if len(text) < LONG_MESSAGE:
            return [self.normalize(text)]
        parts = self.normalize.sentences(text)
        whole = " ".join(parts)
        return [whole, *parts] if len(parts) > 1 else [whole]

    def _score(self, segments: list[str], found: Sequence[str] | None = None) -> dict[int, float]:
        """Score every class (entries and the off-topic class) for the message."""
        whole = segments[0]
        sentence_features = [features(s) for s in segments[1:]]
        # The whole is its sentences joined by spaces, which no feature spans.
        pieces = [
            list(chain.from_iterable(sentence_features)) if sentence_features else features(whole)
        ]
        pieces += [f for f in sentence_features if len(set(f)) >= SENTENCE_MIN_FEATURES]
        rows = self.index.coverage_many(pieces)
        cover = rows[0]
        if len(rows) > 1:
            cover = np.maximum(cover, rows[1:].max(axis=0) * SENTENCE_FACTOR)
        covered = int(np.count_nonzero(cover))
        if not covered:
            return {}
        # Long messages cost more per comparison: fewer candidates go to the fuzzy pass.
        k = min(PREFILTER if len(whole) <= FUZZY_LONG_CHARS else PREFILTER_LONG, covered)
        top = np.argpartition(-cover, k - 1)[:k] if len(cover) > k else np.flatnonzero(cover)
        kept = [int(i) for i in top if cover[i] > 0]
        if cover[self._offtopic_index] > 0 and self._offtopic_index not in kept:
            kept.append(self._offtopic_index)  # the off-topic class always competes
        # rapidfuzz pass on the best classes only: one batch call, best ratio per class.
        texts_of = self._texts_by_script[_script(whole) or ZH | EN]
        choices = list(chain.from_iterable(texts_of[i] for i in kept))
        fuzzy = np.zeros(len(kept), dtype=np.float32)
        if choices:
            sims = process.cdist([whole], choices, scorer=fuzz.ratio, dtype=np.uint8, workers=1)[0]
            sizes = [len(texts_of[i]) for i in kept]
            starts = np.cumsum([0, *sizes[:-1]])
            nonempty = np.array(sizes) > 0
            fuzzy[nonempty] = np.maximum.reduceat(sims, starts[nonempty])
        terms = self._anchors.find(whole) if found is None else found
        keyword_hits = {i for term in terms for i in self._keyword_owner.get(term, ())}
        return {
            i: float(cover[i])
            + W_FUZZY * float(f) / 100
            + (W_KEYWORD if i in keyword_hits else 0.0)
            for i, f in zip(kept, fuzzy, strict=True)
        }

    def _ranked(self, scores: dict[int, float], limit: int) -> list[Candidate]:
        """The `limit` best entries, best first (ties in id order, so every run agrees)."""
        offtopic, ids = self._offtopic_index, self.ids
        order = sorted((-v, ids[i]) for i, v in scores.items() if i != offtopic)[:limit]
        return [Candidate(eid, round(min(-v / SCORE_SCALE, 1.0), 4)) for v, eid in order]

    def _in_context(
        self,
        text: str,
        norm: str,
        found: Sequence[str],
        scores: dict[int, float],
        in_domain: bool,
        conversation: tuple[str, Sequence[str], Collection[str]],
    ) -> tuple[dict[int, float], bool, tuple[str, ...]]:
        """Scores, whether the turn has a subject, and (for a turn without one) the topics it
        may be about, once the conversation is taken into account: (the topic just answered,
        its follow-ups, the terms the last message named)."""
        last, related, named = conversation
        # A bare question pointing back ("is that legal?", "这样合法吗", "can they do this?") is
        # about the topic just discussed, whatever its one word of content matches elsewhere.
        points_back = bool(_POINTS_BACK.search(norm)) and (
            not in_domain or len(set(features(norm))) <= POINTING_MAX_FEATURES
        )
        if points_back:
            in_domain = False
        if not (in_domain or points_back or _asks(text, norm)):
            return scores, in_domain, ()  # no subject and no question: not a follow-up
        weak = not in_domain or self._best(scores) < ANSWER_AT
        within: tuple[str, ...] = ()
        if not in_domain:
            # No subject of its own ("what if they refuse?"): stay within the conversation,
            # unless its own best match is clear (a budgeting question after a talk about
            # stress is about the budget, whether the two topics are linked or not).
            keep = {self._position[last]}
            if not points_back:
                keep |= {self._position[t] for t in related if t in self._position}
                clear = self._clear_best(scores)
                if clear is not None:
                    keep.add(clear)
                    weak = False  # the turn says enough itself: context only breaks a tie
            scores = {i: v for i, v in scores.items() if i in keep or i == self._offtopic_index}
            within = tuple(self.ids[i] for i in sorted(keep))
        w_last, w_related = (W_LAST_WEAK, W_RELATED_WEAK) if weak else (W_LAST_TIE, W_RELATED_TIE)
        for eid, bonus in ((last, w_last), *((r, w_related) for r in related if r != last)):
            i = self._position.get(eid)
            if i is not None:
                scores[i] = scores.get(i, 0.0) + bonus
        audience = self._audience[self._position[last]]
        for i in scores:
            if i != self._offtopic_index and self._audience[i] == audience:
                scores[i] += W_AUDIENCE
        # A keyword of another topic (for the same audience) that this turn names and the last
        # did not is a change of subject: it cancels the previous topic's close-call bonus
        # (替我还 after calls to one's mother, 请律师 after a lawsuit).
        fresh = {
            i for term in found if term not in named for i in self._keyword_owner.get(term, ())
        }
        for i in fresh:
            if i in scores and i != self._position[last] and self._audience[i] == audience:
                scores[i] += W_NEW_KEYWORD
        return scores, True, within  # a follow-up inherits the conversation's subject

    def _clear_best(self, scores: dict[int, float]) -> int | None:
        """The best entry if it scores OWN_CLEAR_AT or more and OWN_CLEAR_RATIO times the next."""
        ranked = heapq.nlargest(2, ((v, i) for i, v in scores.items() if i != self._offtopic_index))
        if not ranked or ranked[0][0] < OWN_CLEAR_AT:
            return None
        if len(ranked) == 2 and ranked[0][0] < OWN_CLEAR_RATIO * ranked[1][0]:
            return None
        return ranked[0][1]

    def _best(self, scores: dict[int, float]) -> float:
        return max((v for i, v in scores.items() if i != self._offtopic_index), default=0.0)

    def own_scores(self, text: str) -> dict[str, float]:
        """Every entry the message itself points to (no conversation), on the candidates'
        scale: what a follow-up says on its own, before the current topic's prior."""
        segments = self._segments(text)
        scores = self._score(segments, self._anchors.find(segments[0]))
        return {
            self.ids[i]: round(min(v / SCORE_SCALE, 1.0), 4)
            for i, v in scores.items()
            if i != self._offtopic_index
        }

    def offtopic_score(self, text: str) -> float:
        """How close the message is to the off-topic examples, on the candidates' scale."""
        segments = self._segments(text)
        scores = self._score(segments, self._anchors.find(segments[0]))
        return round(min(scores.get(self._offtopic_index, 0.0) / SCORE_SCALE, 1.0), 4)

    def match(
        self,
        text: str,
        last: str | None = None,
        related: Sequence[str] = (),
        named: Collection[str] = (),
    ) -> Match:
        """Decide for one message. The conversation so far: `last` is the topic just answered,
        `related` its follow-ups, `named` the terms the previous message named (its Match.terms)."""
        segments = self._segments(text)
        norm = segments[0]
        safety = self.safety(text, norm)
        found = self._anchors.find(norm)  # keywords and domain terms, in one scan
        scores = self._score(segments, found)
        in_domain = self.in_domain(norm, found)
        within: tuple[str, ...] = ()
        context: tuple[tuple[str, float], ...] = ()
        if last in self._position:
            own = dict(scores)
            scores, in_domain, within = self._in_context(
                text, norm, found, scores, in_domain, (last, related, named)
            )
            context = tuple(
                (self.ids[i], round((v - own.get(i, 0.0)) / SCORE_SCALE, 4))
                for i, v in scores.items()
                if i != self._offtopic_index and v != own.get(i, 0.0)
            )
        # Safety triggers no longer decide the answer: the engine's risk stage (bot.safety)
        # does, before matching. `Match.safety` still names the entry a trigger points to.
        decision = self._decide(norm, scores, in_domain, None)
        return replace(
            decision,
            safety=safety,
            terms=tuple(dict.fromkeys(found)),
            within=within,
            context=context,
        )

    def _decide(
        self, norm: str, scores: dict[int, float], in_domain: bool, safety: str | None
    ) -> Match:
        candidates = self._ranked(scores, 3)
        if safety:
            rest = [c for c in candidates if c.topic != safety][:2]
            if rest and self._is_staff(rest[0].topic) and STAFF_FRAME.search(norm):
                return Match("answer", (rest[0], Candidate(safety, 1.0), *rest[1:]), safety=safety)
            return Match("answer", (Candidate(safety, 1.0), *rest), safety=safety)
        if not candidates:
            return Match("unknown", ())
        top = scores[self._position[candidates[0].topic]]
        offtopic = scores.get(self._offtopic_index, 0.0)
        if offtopic >= top * OFFTOPIC_RATIO:
            return Match("unknown", tuple(candidates), offtopic=True)
        if not in_domain:
            return Match("unknown", tuple(candidates))
        outcome: Outcome
        if top >= ANSWER_AT:
            outcome = "answer"
        elif top >= CHOOSE_AT:
            outcome = "choose"
        else:
            outcome = "unknown"
        return Match(outcome, tuple(candidates))
