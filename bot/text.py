"""Text normalisation shared by the matcher and the dialogue engine.

Everything a message goes through before scoring: Unicode NFKC (full-width to
half-width), case folding, traditional-to-simplified conversion (OpenCC), and
stripping punctuation, emoji and control characters.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import opencc

from bot import lazyre as re  # patterns compiled on first use, and kept (start-up time)
from bot.kb.model import Lang
from bot.traditional import to_traditional as _to_traditional

if TYPE_CHECKING:
    import numpy as np

MAX_MESSAGE_CHARS = 4000  # longer input is cut before any processing

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
CJK_RUN = re.compile(f"[{_CJK}]+")  # a run of Chinese characters (the matcher's unit)
_NON_CJK_RE = re.compile(f"[^{_CJK}]+")
_LATIN_RE = re.compile(r"[a-zA-Z]")
# Anything that is not a letter, digit or CJK character becomes a space.
_NON_WORD_RE = re.compile(rf"[^0-9a-z{_CJK}]+")
# The same runs, except a lone space, which would be replaced by itself (most of English text's
# runs): a run starting with a space and longer, or one starting with anything else.
_NON_WORD_TO_SPACE_RE = re.compile(rf" [^0-9a-z{_CJK}]+|[^0-9a-z{_CJK} ][^0-9a-z{_CJK}]*")
_SENTENCE_RE = re.compile(r"[。！？!?；;\n]+|(?<=[a-z])\.(?:\s|$)|…+")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    # Characters only: tw2sp's phrase table rewrites legal words (執行→运行), so regional
    # vocabulary is left to knowledge/synonyms.yaml instead.
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_plain() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def sanitize(text: str) -> str:
    """Make arbitrary input safe to process: valid str, no control characters, bounded length."""
    if not isinstance(text, str):
        text = str(text)
    text = text[:MAX_MESSAGE_CHARS]
    # Drop surrogates and other unencodable code points, then control/format characters.
    text = text.encode("utf-8", "ignore").decode("utf-8", "ignore")
    return "".join(
        ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text
    ).strip()


def to_simplified(text: str) -> str:
    if text.isascii():  # nothing to convert; OpenCC's call costs more than the check
        return text
    return _t2s().convert(text)


def to_traditional(text: str) -> str:
    """Simplified to traditional (Taiwan characters, no vocabulary localisation)."""
    return _to_traditional(text)


def is_traditional(text: str) -> bool:
    """True when the text has characters that only traditional Chinese writes that way."""
    cjk = _NON_CJK_RE.sub("", text)  # its Chinese characters (not a list of them, joined)
    return bool(cjk) and _t2s_plain().convert(cjk) != cjk


def detect_lang(text: str) -> Lang | None:
    """'zh' if the text has Chinese characters, 'en' if it has Latin letters, else None."""
    cjk = len(_CJK_RE.findall(text))
    latin = len(_LATIN_RE.findall(text))
    if cjk and cjk * 3 >= latin:
        return "zh"
    if latin >= 2:
        return "en"
    if cjk:
        return "zh"
    return None


@lru_cache(maxsize=1)
def cjk_table() -> np.ndarray:
    """Which BMP code points CJK_RUN counts as Chinese, as a numpy lookup table for whole
    texts (every one of them is in the BMP)."""
    import numpy as np  # only the index build and long texts need it

    table = np.zeros(0x10000, dtype=bool)
    for run in CJK_RUN.finditer("".join(map(chr, range(0x10000)))):
        table[run.start() : run.end()] = True
    return table


def clean(text: str) -> str:
    """NFKC, casefold, simplified script, words separated by single spaces."""
    return _NON_WORD_TO_SPACE_RE.sub(" ", _fold(text)).strip()


_NON_WORD_LINES_RE = re.compile(rf"[^0-9a-z{_CJK}\n]+")


def clean_many(texts: Sequence[str]) -> list[str]:
    """[clean(t) for t in texts], folded in one pass (NFKC, case and script conversion cost
    mostly per call: the index build cleans half a million texts). Texts are joined by line
    breaks, which none of those steps joins or makes; a text with its own line break is
    cleaned alone."""
    if any("\n" in t for t in texts):
        return [clean(t) for t in texts]
    joined = _nfkc_long("\n".join(texts))
    lines = _NON_WORD_LINES_RE.sub(" ", to_simplified(joined.casefold())).split("\n")
    if len(lines) != len(texts):
        return [clean(t) for t in texts]
    return [line.strip() for line in lines]


def _nfkc_long(text: str) -> str:
    """unicodedata.normalize("NFKC", text), faster for a long text with full-width punctuation.

    Python normalises a whole string the slow way as soon as one character needs it, and
    Chinese text is full of ，？！：（）. Each of U+FF01–U+FF5E decomposes to the one ASCII
    character 0xFEE0 below it, so putting that character in its place leaves the text's
    compatibility decomposition, hence its NFKC form, as it was; what is left is often
    already normalised, which Python checks quickly."""
    if len(text) < 4096:
        return unicodedata.normalize("NFKC", text)
    import numpy as np  # loaded by then: only the index build cleans long texts

    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    wide = (cps >= 0xFF01) & (cps <= 0xFF5E)
    if wide.any():
        cps = np.where(wide, cps - 0xFEE0, cps).astype(np.uint32)
        text = cps.tobytes().decode("utf-32-le", "surrogatepass")
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def clean_sentences(text: str) -> list[str]:
    """clean() of each sentence-like piece of a message (for long, rambling messages);
    pieces with nothing left are dropped."""
    pieces = (_NON_WORD_RE.sub(" ", p).strip() for p in _SENTENCE_RE.split(_fold(text)))
    return [p for p in pieces if p]


def _fold(text: str) -> str:
    return to_simplified(_nfkc(text).casefold())


# Full-width punctuation common in Chinese text, the ideographic space and the ellipsis, with
# their compatibility decompositions (what NFKC makes of them).
_COMPAT = (("，", ","), ("？", "?"), ("！", "!"), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")"),
           ("\u3000", " "), ("…", "..."))  # fmt: skip


def _nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), faster for Chinese text: one character that needs
    it sends Python's normalize down its slow path for the whole text, and Chinese punctuation
    (，？！) does. Each of those characters is put as its decomposition first, which leaves the
    text's compatibility decomposition, hence its NFKC form, as it was (see _nfkc_long)."""
    if text.isascii():  # every ASCII text is in NFKC
        return text
    for wide, narrow in _COMPAT:
        if wide in text:
            text = text.replace(wide, narrow)
    return unicodedata.normalize("NFKC", text)


def has_content(text: str) -> bool:
    """True if the text has at least one letter, digit or CJK character."""
    return bool(clean(text))
