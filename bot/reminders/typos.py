"""English words about reminders as people mistype them: "remidner", "chnage", "snoze";
two Chinese slips of pinyin input: 周 typed as a homophone before a weekday (州五 = 周五),
提醒 typed as pinyin ("记得tixing我"); zhuyin letters typed for particles (提醒ㄅ = 提醒吧); and a
space between an English word and a Chinese one typed against it ("friday还huabei").

A word is corrected only to one of the few words the reminder patterns look for, and only
when it is that word with two neighbouring letters swapped, one letter dropped or one letter
doubled (optimal string alignment distance 1, rapidfuzz). A changed letter is left alone:
"chance" is a word, not a typo of "change".
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import OSA

from bot import lazyre as re

_KEYWORDS = (
    "remind",
    "reminder",
    "reminders",
    "change",
    "cancel",
    "delete",
    "remove",
    "snooze",
    "postpone",
    "reschedule",
)
_WORD = re.compile(r"[A-Za-z]{5,}")


def _fix(word: str) -> str:
    low = word.lower()
    if low in _KEYWORDS:
        return word
    for key in _KEYWORDS:
        if abs(len(key) - len(low)) > 1 or OSA.distance(low, key) != 1:
            continue
        if low[:-1] == key and low[-1] in "sd":
            return word  # an inflection ("removed", "cancels"), not a typo
        if len(key) != len(low) and key[0] == low[0]:
            return key  # a letter dropped or doubled: "snoze", "remnder", "cancell"
        if len(key) == len(low) and sorted(key) == sorted(low):
            return key  # two letters swapped: "chnage", "remidner"
    return word


# 周 typed as a homophone by a pinyin input method (州五, 粥三, 洲日): only before a weekday
# numeral and not inside a place name (广州五号线: 州 after another character of a name).
_WEEKDAY_HOMOPHONE = re.compile(
    r"(?<![\u4e00-\u9fff])[州洲舟粥轴宙昼](?=[一二三四五六日天末](?![\d一二三四五六七八九十]))|(?<=[下这本上])[州洲舟粥轴宙昼](?=[一二三四五六日天末])"
)
# 提醒 typed in pinyin: "记得tixing我", "ti xing wo".
_PINYIN_REMIND = re.compile(r"\bti\s?xing\b", re.IGNORECASE | re.ASCII)


# Zhuyin (bopomofo) letters typed for a sentence-final particle in Taiwan: 提醒ㄅ = 提醒吧,
# 好ㄇ = 好吗. One character for one, so spans keep their places.
_ZHUYIN_PARTICLES = str.maketrans(
    {"ㄅ": "吧", "ㄇ": "吗", "ㄌ": "了", "ㄚ": "啊", "ㄛ": "哦", "ㄋ": "呢"}
)


# An English word typed against the Chinese after it ("friday还huabei 500"): a space between
# them, so English patterns see a word boundary.
_MIXED = re.compile(r"(?<=[A-Za-z]{2})(?=[\u4e00-\u9fff])")  # not "2k还了": a magnitude


# 号 typed as its homophone 好 after a day of the month ("15好 还 三千"), not "15好不好".
_DAY_HOMOPHONE = re.compile(r"(?<!\d)([1-9]|[12]\d|3[01])好(?=\s|还|交|缴|扣|前|$)")


# The Chinese words the reminder patterns look for, typed as homophones by a pinyin input method
# (题醒 = 提醒, 取销 = 取消): a run that sounds exactly the same (toneless pinyin,
# bot.syllables; not the input methods' fuzzy folding, which would read 提心吊胆 as 提醒) and
# keeps one of the word's characters in place is that word.
_HOMOPHONE_WORDS = ("提醒", "取消", "删除", "推迟", "延后", "还款")


def _sounds(word: str) -> tuple[str, ...]:
    from bot.syllables import reading  # its table loads on first use

    return tuple(reading(ch) for ch in word)


def _fix_homophones(text: str) -> str:
    chars = list(text)
    for word in _HOMOPHONE_WORDS:
        n, sounds = len(word), None
        for i in range(len(chars) - n + 1):
            run = "".join(chars[i : i + n])
            if run == word or not any(a == b for a, b in zip(run, word, strict=True)):
                continue
            if not all("\u4e00" <= ch <= "\u9fff" for ch in run):
                continue
            sounds = sounds or _sounds(word)
            if _sounds(run) == sounds:
                chars[i : i + n] = word
    return "".join(chars)


@lru_cache(maxsize=64)
def fix_typos(text: str) -> str:
    """The text with mistyped reminder words corrected (unchanged if there are none)."""
    if not text.isascii():
        text = _WEEKDAY_HOMOPHONE.sub("周", text)
        text = _DAY_HOMOPHONE.sub(r"\1号", text)
        text = _PINYIN_REMIND.sub("提醒", text)
        text = _fix_homophones(text)
        text = text.translate(_ZHUYIN_PARTICLES)
        text = _MIXED.sub(" ", text)
    if not text.isascii() and not re.search(r"[A-Za-z]{5,}", text):
        return text
    return _WORD.sub(lambda m: _fix(m.group(0)), text)
