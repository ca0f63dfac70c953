"""Correct homophone typos against the knowledge base's own vocabulary.

People type Chinese with pinyin input methods, so the commonest typos are
homophones: 崔收 for 催收, 正信 for 征信, 破残 for 破产. A run of characters whose
toneless pinyin equals a known term's, and which shares at least one character
with it in the same place, is rewritten to that term. Sharing a character keeps
ordinary words that merely sound alike (实际 / 时机) untouched.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from bot.phrases import PhraseIndex
from bot.syllables import reading
from bot.text import CJK_RUN, cjk_table

MIN_LEN, MAX_LEN = 2, 6


_FUZZY = (
    (re.compile(r"^([zcs])h"), r"\1"),
    (re.compile(r"^n"), "l"),
    (re.compile(r"([aei])ng$"), r"\1n"),
)


@lru_cache(maxsize=100_000)
def syllable(ch: str) -> str:
    """Toneless pinyin of one character, folded the way pinyin input methods' "fuzzy" mode
    folds it (zh/z, ch/c, sh/s, n/l, -ng/-n), so regional accents map together."""
    sound = reading(ch)  # pypinyin's reading, from a table (bot/syllables.py)
    for pattern, repl in _FUZZY:
        sound = pattern.sub(repl, sound)
    return sound


class _SoundCodes(dict[int, str]):
    """str.translate table: each Chinese character → one private-use character standing
    for its folded syllable (filled as characters are met); anything else → a space."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        value = _sound_code(syllable(char)) if CJK_RUN.match(char) else " "
        self[code] = value
        return value


_CODE_OF: dict[str, str] = {}  # folded syllable → its private-use character


def _sound_code(sound: str) -> str:
    return _CODE_OF.setdefault(sound, chr(0xF0000 + len(_CODE_OF)))


def sound_code(text: str) -> str:
    """The text with each Chinese character replaced by its syllable's code (same length)."""
    return text.translate(_CODES)


_CODES = _SoundCodes({c: " " for c in range(128)})
LONG_TEXT = 4096  # characters from which a text's Chinese runs are read apart (_hits)


class HomophoneFixer:
    """Rewrites sound-alike misspellings of `terms` (simplified Chinese, 2–6 characters).

    The terms are indexed by the codes of their syllables, so one PhraseIndex pass over the
    message's codes finds every place that sounds like a term."""

    def __init__(
        self, terms: Iterable[str], function_chars: Iterable[str] = (), strict: bool = False
    ):
        # Sharing only a function character (我, 的) is no evidence: 那我 is not a typo of 拉我.
        self._function_chars = frozenset(function_chars)
        # Strict: a typo changes one character of a term and keeps the rest, function
        # characters not counted (想要是 → 想要死, but not 我去试 → 我去死); a two-character
        # term keeps its first (its verb: 割碗 → 割腕).
        # Without it, ordinary words across a word boundary that sound like a term and share
        # one character became it (让我十分 → 让我死, 一直杀 → 一自杀).
        self._strict = strict
        self._by_sound: dict[str, list[str]] = defaultdict(list)
        for term in sorted(set(terms)):  # sorted: the same choice in every process
            if MIN_LEN <= len(term) <= MAX_LEN and CJK_RUN.fullmatch(term):
                self._by_sound[sound_code(term)].append(term)
        self._sounds = PhraseIndex(self._by_sound)

    def __call__(self, text: str) -> str:
        if not self._sounds or text.isascii():  # no Chinese, nothing that sounds like a term
            return text
        out: list[str] = []
        pos = 0
        by_sound = self._by_sound
        hits = self._hits(text)
        # Where a term is written as it is: a repair may not take any of its characters
        # (公安拘留 holds 拘留; read from the left, 公安拘 would have become 公安局).
        # (as a mask of the characters they cover: a piece that is no term itself overlaps one
        # of them when any of its characters is covered; one scan of the hits, not one per hit)
        covered = bytearray(len(text))
        for a, minus_b, sound in hits:
            if text[a:-minus_b] in by_sound[sound]:
                covered[a:-minus_b] = b"\x01" * (-minus_b - a)
        # From the left, the longest piece that sounds like a known term and is one: kept as
        # it is; or shares a character with one in the same place: replaced by it.
        for start, minus_end, sound in hits:
            if start < pos:
                continue
            end = -minus_end
            piece = text[start:end]
            terms = by_sound[sound]
            if piece not in terms:
                if 1 in covered[start:end]:
                    continue  # (the piece is no term, so no covering span is its own)
                piece = next((t for t in terms if self._share(piece, t)), "")
            if piece:
                out += (text[pos:start], piece)
                pos = end
        out.append(text[pos:])
        return "".join(out)

    def _hits(self, text: str) -> list[tuple[int, int, str]]:
        """Where the text sounds like a term: PhraseIndex.by_start() of its sound codes."""
        if len(text) < LONG_TEXT:
            return self._sounds.by_start(sound_code(text))
        # A long text (the index build normalises many texts at once) is mostly English,
        # spaces and punctuation, which sound like nothing: only its Chinese runs are coded
        # and read, each followed by the one character after it, which keeps runs apart.
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        chinese = cjk_table()[np.minimum(cps, 0xFFFF)] & (cps <= 0xFFFF)
        keep = chinese.copy()
        keep[1:] |= chinese[:-1]
        where = np.flatnonzero(keep)
        runs = cps[where].tobytes().decode("utf-32-le", "surrogatepass")
        return self._sounds.by_start(sound_code(runs), where.tolist())

    def _share(self, piece: str, term: str) -> bool:
        """Do they have a (content) character in the same place? Strict: all but one
        character the same and content, or a two-character term's first."""
        same = [a == b for a, b in zip(piece, term, strict=True)]
        content = sum(s and a not in self._function_chars for s, a in zip(same, piece, strict=True))
        if not self._strict:
            return content > 0
        if len(term) == 2:
            return content > 0 and same[0]
        return content >= len(term) - 1
