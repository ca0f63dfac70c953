"""The toneless pinyin of every Chinese character the matcher reads, as pypinyin reads it.

The homophone fixer needs one character's syllable at a time. Importing pypinyin for that
loads its dictionary module of every character's readings (about 0.05–0.1 s of each start);
the same readings, for the characters of `bot.text.CJK_RUN` only, are shipped here as a small
table, `bot/syllables.npz`: the syllables, and for each code point of RANGES the number of its
syllable (0: none, the character reads as itself), so that loading it is reading two arrays.
Rebuild it with `python -m bot.syllables` after a pypinyin upgrade; a test checks it
against pypinyin.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

import numpy as np

TABLE = "syllables.npz"
# The code point ranges of bot.text._CJK (CJK_RUN): extension A, the unified block, and the
# compatibility ideographs; inclusive.
RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


def reading(char: str) -> str:
    """pypinyin's toneless reading of one character (`lazy_pinyin(char, style=NORMAL,
    errors="default")[0]`): the character itself where it has none."""
    code = ord(char)
    offset = 0
    for first, last in RANGES:
        if first <= code <= last:
            sounds, index = _table()
            return sounds[index[offset + code - first]] or char
        offset += last - first + 1
    return char


@lru_cache(maxsize=1)
def _table() -> tuple[list[str], list[int]]:
    with resources.files("bot").joinpath(TABLE).open("rb") as f, np.load(f) as data:
        return data["sounds"].tolist(), data["index"].tolist()


def build() -> tuple[np.ndarray, np.ndarray]:
    """The table (syllables, and each code point's syllable number), from pypinyin (without
    its phrase dictionary: single characters read the same, and it loads faster)."""
    import os

    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    import pypinyin
    from pypinyin import Style, lazy_pinyin

    read = [
        lazy_pinyin(chr(code), style=Style.NORMAL, errors="default")[0]
        for first, last in RANGES
        for code in range(first, last + 1)
    ]
    chars = [chr(code) for first, last in RANGES for code in range(first, last + 1)]
    sounds = ["", *sorted({s for s, c in zip(read, chars, strict=True) if s != c})]
    number = {s: i for i, s in enumerate(sounds)}
    index = [0 if s == c else number[s] for s, c in zip(read, chars, strict=True)]
    print(f"pypinyin {pypinyin.__version__}: {len(sounds) - 1} syllables", file=sys.stderr)
    return np.array(sounds), np.array(index, dtype=np.uint16)


if __name__ == "__main__":
    sounds, index = build()
    with resources.as_file(resources.files("bot").joinpath(TABLE)) as path:
        np.savez_compressed(path, sounds=sounds, index=index)
    print(f"wrote {path}", file=sys.stderr)
