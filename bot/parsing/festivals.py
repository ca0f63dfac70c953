"""Named days as dates: 圣诞节, 平安夜, 国庆, 中秋, 除夕, Christmas, New Year's Eve, the last day of
the year.

People name a payment day by the holiday it falls on ("平安夜那天还广发", "Christmas day I pay
HSBC"). Solar holidays are a month and day; lunar ones (春节, 元宵, 端午, 七夕, 中秋, 重阳, 除夕)
are converted with borax's lunar calendar (MIT; `lunardate` on PyPI is GPL). As for every
date, the next one that is not in the past counts (today included); "前一天", "前" / "the day
before", "before" moves it one day earlier (as 元旦前 is 31 Dec), "后一天" / "the day after" one
day later. Text is `normalize`d (simplified script); English names match in any case.

Lunar dates said as such are converted too: 正月初八, 腊月廿三, 农历十一月十五, 大年初三 (a day
of the new year), and a bare 初五 or 廿三 (that day of this lunar month, or the next one's if it
has passed). A numeral month with 初 ("12月初") is the Gregorian calendar's, read elsewhere.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

# Solar holidays: name -> (month, day). English names are matched as words, any case.
_SOLAR: dict[str, tuple[int, int]] = {
    "情人节": (2, 14),
    "妇女节": (3, 8),
    "三八节": (3, 8),
    "愚人节": (4, 1),
    "劳动节": (5, 1),
    "五一节": (5, 1),
    "五一劳动节": (5, 1),
    "儿童节": (6, 1),
    "六一节": (6, 1),
    "六一儿童节": (6, 1),
    "国庆节": (10, 1),
    "国庆": (10, 1),
    "光棍节": (11, 11),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
    "圣诞": (12, 25),
    "跨年夜": (12, 31),
    "christmas eve": (12, 24),
    "xmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "xmas": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31),
    "new years eve": (12, 31),
    "new year eve": (12, 31),
    "nye": (12, 31),
    "new year's day": (1, 1),
    "new years day": (1, 1),
    "valentine's day": (2, 14),
    "valentines day": (2, 14),
    "valentine's": (2, 14),
    "valentines": (2, 14),
    "halloween": (10, 31),
    "last day of the year": (12, 31),
    "last day of this year": (12, 31),
}
# Lunar holidays: name -> (lunar month, lunar day); 除夕 is the day before the new year.
_LUNAR: dict[str, tuple[int, int]] = {
    "春节": (1, 1),
    "大年初一": (1, 1),
    "正月初一": (1, 1),
    "元宵节": (1, 15),
    "元宵": (1, 15),
    "端午节": (5, 5),
    "端午": (5, 5),
    "七夕": (7, 7),
    "中秋节": (8, 15),
    "中秋": (8, 15),
    "重阳节": (9, 9),
    "腊八": (12, 8),
    "chinese new year": (1, 1),
    "lunar new year": (1, 1),
    "spring festival": (1, 1),
    "mid-autumn festival": (8, 15),
    "mid autumn festival": (8, 15),
    "mid-autumn": (8, 15),
    "dragon boat festival": (5, 5),
    "lantern festival": (1, 15),
}
_NEW_YEARS_EVE = ("除夕", "大年三十", "年三十", "chinese new year's eve", "lunar new year's eve")
# The last day of this (or next) year said in words: 今年最后一天, 今年的最后一天, 年的最后一天.
_YEAR_LAST = ("今年最后一天", "今年的最后一天", "一年的最后一天", "一年最后一天")

NAMES = sorted([*_SOLAR, *_LUNAR, *_NEW_YEARS_EVE, *_YEAR_LAST], key=len, reverse=True)


def _alternative(name: str) -> str:
    escaped = name.replace("'", "['’]?").replace(" ", r"\s+").replace("-", r"[-\s]?")
    return rf"\b{escaped}\b" if name.isascii() else escaped


# Words before ("the day before christmas") or after ("圣诞节前一天") that shift the day.
REGEX = (
    r"(?:\bthe\s+day\s+(?P<en_shift>before|after)\s+)?"
    r"(?P<name>" + "|".join(_alternative(n) for n in NAMES) + r")"
    r"(?P<zh_shift>前一天|前一日|前1天|之前|以前|前|后一天|后一日|第二天)?"
    r"|(?P<en_before>\bbefore\s+)(?P<name2>"
    + "|".join(_alternative(n) for n in NAMES if n.isascii())
    + r")"
)


@lru_cache(maxsize=1)
def _lunar():  # type: ignore[no-untyped-def]
    from borax.calendars.lunardate import LunarDate  # lazily: few messages name a lunar holiday

    return LunarDate


def _lunar_day(year: int, month: int, day: int) -> date | None:
    try:
        solar: date = _lunar()(year, month, day).to_solar_date()
    except (ValueError, IndexError, AttributeError):  # outside 1900-2100
        return None
    return solar


def _key(name: str) -> str:
    low = name.lower().replace("’", "'")
    low = " ".join(low.split())
    if low in _SOLAR or low in _LUNAR:
        return low
    for known in NAMES:  # "new year s eve", "mid autumn": the spelling the regex allowed
        if known.replace("'", "").replace("-", " ") == low.replace("'", "").replace("-", " "):
            return known
    return low


def festival_date(name: str, shift: str | None, today: date) -> date | None:
    """The next `name` day on or after today (shifted by a day before/after), or None."""
    key = _key(name)
    delta = timedelta(days=0)
    if shift:
        earlier = shift.strip().lower() == "before" or shift[0] in "前之以"
        delta = timedelta(days=-1 if earlier else 1)
    candidates: list[date] = []
    for year in (today.year - 1, today.year, today.year + 1, today.year + 2):
        day: date | None = None
        if key in _YEAR_LAST:
            day = date(year, 12, 31)
        elif key in _SOLAR:
            month, dom = _SOLAR[key]
            day = date(year, month, dom)
        elif key in _LUNAR:
            day = _lunar_day(year, *_LUNAR[key])
        elif key in _NEW_YEARS_EVE:
            first = _lunar_day(year, 1, 1)
            day = first - timedelta(days=1) if first else None
        if day is not None:
            candidates.append(day + delta)
    upcoming = sorted(d for d in candidates if d >= today)
    return upcoming[0] if upcoming else None


# A lunar date: 正月初八, 腊月廿三, 冬月十五, 农历十一月初二, 大年初三 / 年初三, or a bare 初五 / 廿三.
_LDAY = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|三十|[一二三四五六七八九]"
LUNAR_REGEX = (
    r"(?:农历|阴历|旧历)(?P<m1>正|腊|冬|十一|十二|[一二三四五六七八九十])月(?P<d1>" + _LDAY + r")|"
    r"(?P<m2>正|腊|冬)月(?P<d2>" + _LDAY + r")|"
    r"大?年(?P<d3>初[一二三四五六七八九十])|"
    r"(?:(?<![\u4e00-\u9fff])|(?<=[在到等于是前]))(?P<d4>初[一二三四五六七八九十]|廿[一二三四五六七八九])"
) + r"(?![一二三四五六七八九十\d])"
_LMONTHS = {"正": 1, "腊": 12, "冬": 11}


def _lunar_number(text: str) -> int:
    """一..三十 as written in lunar dates (初八, 廿三, 十五, 二十一)."""
    digits = "一二三四五六七八九十"
    text = text.removeprefix("初")
    if text.startswith("廿"):
        return 20 + (digits.index(text[1]) + 1 if len(text) > 1 else 0)
    if text == "三十":
        return 30
    if text.startswith("二十"):
        return 20 + (digits.index(text[2]) + 1 if len(text) > 2 else 0)
    if text.startswith("十") and len(text) > 1:
        return 10 + digits.index(text[1]) + 1
    return digits.index(text) + 1


def lunar_date(month_word: str | None, day_word: str, today: date) -> date | None:
    """The next solar date (today included) of a lunar day, in the given lunar month or, with
    no month, in this lunar month or the next."""
    day = _lunar_number(day_word)
    if month_word is None:  # the next date whose lunar day is `day`
        convert = _lunar().from_solar_date
        for offset in range(62):
            candidate = today + timedelta(days=offset)
            try:
                if convert(candidate.year, candidate.month, candidate.day).day == day:
                    return candidate
            except (ValueError, IndexError, AttributeError):
                return None
        return None
    month = _LMONTHS.get(month_word) or _lunar_number(month_word)
    for year in (today.year - 1, today.year, today.year + 1):
        found = _lunar_day(year, month, day)
        if found is not None and found >= today:
            return found
    return None
