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

from pypinyin import Style, lazy_pinyin

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
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
    sound = lazy_pinyin(ch, style=Style.NORMAL, errors="default")[0]
    for pattern, repl in _FUZZY:
        sound = pattern.sub(repl, sound)
    return sound


class HomophoneFixer:
    """Rewrites sound-alike misspellings of `terms` (simplified Chinese, 2–6 characters)."""

    def __init__(self, terms: Iterable[str]):
        self._by_sound: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for term in sorted(
            set(terms)
        ):  # sorted: the same choice in every process (hash seeds vary)
            if MIN_LEN <= len(term) <= MAX_LEN and _CJK_RUN.fullmatch(term):
                self._by_sound[tuple(syllable(c) for c in term)].append(term)
        self._prefixes = {k[:n] for k in self._by_sound for n in range(1, len(k) + 1)}

    def __call__(self, text: str) -> str:
        if not self._by_sound:
            return text
        return _CJK_RUN.sub(lambda m: self._fix_run(m.group(0)), text)

    def _fix_run(self, run: str) -> str:
        if len(run) < MIN_LEN:
            return run
        sounds = [_SOUNDS.get(c) or _SOUNDS.setdefault(c, syllable(c)) for c in run]
        prefixes, by_sound = self._prefixes, self._by_sound
        out: list[str] = []
        i = 0
        while i < len(run):
            # The longest known term that sounds like the text here and shares a character
            # with it in the same place (or is exactly it, which keeps it as it is).
            best: str | None = None
            key: tuple[str, ...] = ()
            for j in range(i, len(run)):
                key = (*key, sounds[j])
                if key not in prefixes:
                    break
                terms = by_sound.get(key)
                if terms:
                    piece = run[i : j + 1]
                    for term in terms:
                        if term == piece or any(a == b for a, b in zip(piece, term, strict=True)):
                            best = term
                            break
            if best is None:
                out.append(run[i])
                i += 1
            else:
                out.append(best)
                i += len(best)
        return "".join(out)


_SOUNDS: dict[str, str] = {}  # character → folded syllable, filled as characters are met
