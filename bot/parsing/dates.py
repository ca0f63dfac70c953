"""Dates and times in Chinese and English, relative to an aware `now` in the person's time zone.

Dates: 12月15日/号, 12/15, 2026-12-15, Dec 15, 15 December, 明年3月1号, 今天/明天/后天/大后天,
周五/星期五/礼拜五/下周五, 月底, 下个月5号, 3天后, in 3 days, next Friday, end of the month.
Times: 晚上8点, 上午9点半, 20:00, 9am.

Policy, the same for every form: a date without a year is the next one that is not in
the past (1月5日 said in late November is next January), and today counts (周五 said on
a Friday is today). 下周五 is Friday of next calendar week (Monday-based), which is
also the next upcoming Friday from Friday to Sunday; English "next Friday" is the first
Friday after today. dateparser was tried and not used: it rolls "Dec 15" said on
Dec 15 into next year, reads "on the 10th" as October, and takes amounts as years.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import festivals, normalize
from bot.parsing.numbers import EN_NUMBER_WORDS, small_int

# -- building blocks -----------------------------------------------------------------
N = r"(?:\d{1,2}|[一二两三四五六七八九十廿]{1,3})"  # a day, month or hour number
_CN_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6}
_EN_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_EN_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_WEEKDAY_NAMES = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)"
)
_EN_NUMBERS = EN_NUMBER_WORDS
_ORD = r"(?:st|nd|rd|th)?"
# "tomorrow" as people type it.
_TOMORROW = r"(?:tomorrow|tomorow|tommorow|tommorrow|tomorro|tmrw|tmr|2moro|2morrow|tmrow)"

# Kinds, from most to least specific: an explicit calendar date beats "tomorrow".
SPECIFICITY = {"absolute": 4, "month-day": 3, "day": 2, "weekday": 2, "relative": 1}


@dataclass(frozen=True)
class DateMatch:
    value: date
    span: tuple[int, int]  # in normalize(text)
    kind: str  # absolute | month-day | day | weekday | relative


@dataclass(frozen=True)
class TimeMatch:
    hour: int
    minute: int
    span: tuple[int, int]


# -- calendar helpers ------------------------------------------------------------------
def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def add_months(day: date, months: int, day_of_month: int | None = None) -> date:
    """`day` moved by whole months; the day of month is clamped (Jan 31 + 1 month = Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    wanted = day_of_month or day.day
    return date(year, month, min(wanted, last_day(year, month)))


# Years a person can mean for a payment, a letter or a court paper. Outside them (9999, 0001)
# a date is not understood, so time-zone arithmetic and month shifts can never overflow.
MIN_YEAR, MAX_YEAR = 1900, 2200


def valid_date(year: int, month: int, day: int) -> date | None:
    """The date, or None if it does not exist (Feb 30) or its year is absurd (9999)."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def upcoming_month_day(today: date, month: int, day: int) -> date | None:
    """The next month/day on or after today (Feb 29 waits for a leap year)."""
    for year in range(today.year, today.year + 9):
        found = valid_date(year, month, day)
        if found and found >= today:
            return found
    return None


def upcoming_day_of_month(today: date, day: int) -> date | None:
    """The next date on or after today whose day of month is `day` (31 skips short months)."""
    if not 1 <= day <= 31:
        return None
    for k in range(13):
        first = add_months(today.replace(day=1), k, 1)
        found = valid_date(first.year, first.month, day)
        if found and found >= today:
            return found
    return None


def upcoming_weekday(today: date, weekday: int, include_today: bool = True) -> date:
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and not include_today:
        ahead = 7
    return today + timedelta(days=ahead)


# -- date patterns -------------------------------------------------------------------------
Resolver = Callable[[re.Match[str], date], date | None]
_PATTERNS: list[tuple[re.Pattern[str], str, Resolver]] = []


def _pattern(regex: str, kind: str) -> Callable[[Resolver], Resolver]:
    def register(fn: Resolver) -> Resolver:
        _PATTERNS.append((re.compile(regex, re.IGNORECASE), kind, fn))
        return fn

    return register


def _int(text: str | None) -> int | None:
    return small_int(text) if text else None


@_pattern(
    r"(?<!\d)(?P<y>\d{4})\s?[-/.年]\s?(?P<m>\d{1,2})\s?[-/.月]\s?(?P<d>\d{1,2})(?!\d)\s?[日号]?",
    "absolute",
)
def _iso(m: re.Match[str], today: date) -> date | None:
    return valid_date(int(m["y"]), int(m["m"]), int(m["d"]))


@_pattern(
    rf"(?:(?P<rel>明年|今年|后年)|(?P<y>\d{{4}})\s?年)?\s?"
    rf"(?<!\d)(?P<m>{N})\s?月份?\s?(?P<d>{N})(?!\d)\s?[日号]?",
    "absolute",
)
def _cn_month_day(m: re.Match[str], today: date) -> date | None:
    month, day = _int(m["m"]), _int(m["d"])
    if month is None or day is None:
        return None
    if m["y"]:
        return valid_date(int(m["y"]), month, day)
    if m["rel"]:
        return valid_date(today.year + {"今年": 0, "明年": 1, "后年": 2}[m["rel"]], month, day)
    return upcoming_month_day(today, month, day)


_REL_MONTH = r"(?P<rel>下下个?月|下个?月|这个?月|本月)"
_MONTH_SHIFT = {
    "下下个月": 2,
    "下下月": 2,
    "下个月": 1,
    "下月": 1,
    "这个月": 0,
    "这月": 0,
    "本月": 0,
}


# The day may go without 号 when a payment verb follows ("下个月15还平安一千二").
@_pattern(
    rf"{_REL_MONTH}\s?的?\s?(?P<d>{N})(?!\d)(?:\s?[日号]|(?=\s?(?:要|得|需)?(?:还|交|付|扣|缴)))",
    "month-day",
)
def _cn_rel_month_day(m: re.Match[str], today: date) -> date | None:
    day = _int(m["d"])
    shift = _MONTH_SHIFT[m["rel"]]
    if shift == 0 and day:  # 这个月20号 said on the 29th means the coming 20th (next billing month)
        return upcoming_day_of_month(today, day)
    shifted = add_months(today.replace(day=1), shift, 1)
    return valid_date(shifted.year, shifted.month, day) if day else None


@_pattern(
    rf"(?:{_REL_MONTH}\s?的?\s?)?(?P<edge>月底|月低|月抵|月末|月尾|底|尾|月初|初|月头|头)",
    "month-day",
)
def _cn_month_edge(m: re.Match[str], today: date) -> date | None:
    edge = m["edge"]
    if not m["rel"] and edge in ("底", "尾", "初", "头"):
        return None  # a bare 底/初 is not a date
    shift = _MONTH_SHIFT[m["rel"]] if m["rel"] else 0
    if "初" in edge or "头" in edge:  # Cantonese 月头 is 月初
        if not m["rel"]:  # 月初: the coming first of a month
            return today if today.day == 1 else add_months(today.replace(day=1), 1, 1)
        first = add_months(today.replace(day=1), shift, 1)
        return max(first, today)
    target = add_months(today.replace(day=1), shift, 1)
    return target.replace(day=last_day(target.year, target.month))


@_pattern(rf"(?<![\d第])(?P<d>{N})(?!\d)\s?(?:日|号)(?!\s?[月元])", "day")
def _cn_day(m: re.Match[str], today: date) -> date | None:
    day = _int(m["d"])
    return upcoming_day_of_month(today, day) if day else None


@_pattern(rf"(?:{_REL_MONTH}\s?的?\s?)?月中", "month-day")
def _cn_mid_month(m: re.Match[str], today: date) -> date | None:
    if m["rel"]:
        shifted = add_months(today.replace(day=1), _MONTH_SHIFT[m["rel"]], 15)
        return max(shifted, today)
    return upcoming_day_of_month(today, 15)


@_pattern(r"(?P<y>今年|明年)?\s?(?:年底|年末|年尾)", "month-day")
def _cn_year_end(m: re.Match[str], today: date) -> date | None:
    return date(today.year + (1 if m["y"] == "明年" else 0), 12, 31)


@_pattern(r"(?P<rel>下下个?|下个?|这个?|本)?\s?(?:周末|礼拜末|星期末)", "weekday")
def _cn_weekend(m: re.Match[str], today: date) -> date | None:
    """周末 is the coming Saturday; 下周末 the Saturday of next calendar week."""
    rel = m["rel"] or ""
    if rel.startswith("下"):
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=2 if rel.startswith("下下") else 1, days=5)
    return upcoming_weekday(today, 5)


@_pattern(
    r"(?<![\d.\-/:晚早午上下点])(?P<a>\d{1,2})[.\-](?P<b>\d{1,2})(?![\d.%]|\s?[万千kKwW元块点分蚊]|\s?(?:grand|thousand|hundred|bucks|dollars|rmb|yuan)\b)",
    "absolute",
)
def _dotted_md(m: re.Match[str], today: date) -> date | None:
    """12.15 or 12-15 (month first, as in 12/15); not 1.5万 or 3.5k (amounts)."""
    month, day = int(m["a"]), int(m["b"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return upcoming_month_day(today, month, day)


_FESTIVALS = {"双十二": (12, 12), "双12": (12, 12), "双十一": (11, 11), "双11": (11, 11)}


@_pattern(r"双十二|双12|双十一|双11", "absolute")
def _cn_festival(m: re.Match[str], today: date) -> date | None:
    return upcoming_month_day(today, *_FESTIVALS[m[0]])


@_pattern(festivals.REGEX, "absolute")
def _festival(m: re.Match[str], today: date) -> date | None:
    """A named day: 圣诞节, 平安夜, 中秋, 除夕, Christmas, 今年最后一天 (festivals.py)."""
    shift = m["en_shift"] or m["zh_shift"] or m["en_before"]
    return festivals.festival_date(m["name"] or m["name2"], shift, today)


@_pattern(festivals.LUNAR_REGEX, "absolute")
def _lunar(m: re.Match[str], today: date) -> date | None:
    """A lunar date: 正月初八, 腊月廿三, 农历十一月十五, 大年初三, 初五 (festivals.py)."""
    if m["d3"]:
        return festivals.lunar_date("正", m["d3"], today)
    month = m["m1"] or m["m2"]
    return festivals.lunar_date(month, m["d1"] or m["d2"] or m["d4"], today)


@_pattern(r"元旦(?P<before>前一天|前一日|前)?", "absolute")
def _new_year(m: re.Match[str], today: date) -> date | None:
    day = upcoming_month_day(today, 1, 1)
    if day is not None and m["before"]:
        return day - timedelta(days=1)
    return day


_REL_DAYS = {
    "今天": 0,
    "今日": 0,
    "今早": 0,
    "今晚": 0,
    "今儿": 0,
    "明天": 1,
    "明日": 1,
    "明早": 1,
    "明晚": 1,
    "明儿": 1,
    "听日": 1,  # Cantonese
    "听朝": 1,
    "听晚": 1,
    "后晚": 2,
    "后天": 2,
    "后日": 2,
    "后儿个": 2,
    "后儿": 2,
    "大后天": 3,
    "大后日": 3,
}


@_pattern(
    r"大后天|大后日|后天|后日|后儿个|后儿|后晚|明天|明日|明早|明晚|明儿|听日|听朝|听晚|今天|今日|今早|今晚|今儿",
    "relative",
)
def _cn_relative(m: re.Match[str], today: date) -> date | None:
    return today + timedelta(days=_REL_DAYS[m[0]])


@_pattern(
    rf"(?P<n>\d{{1,3}}|{N})\s?(?P<u>天|日|周|个?星期|个?礼拜|个月)\s?(?:后|以后|之后)", "relative"
)
def _cn_after(m: re.Match[str], today: date) -> date | None:
    n = _int(m["n"])
    if n is None:
        return None
    unit = m["u"]
    if unit == "个月":
        return add_months(today, n)
    return today + timedelta(days=n * (1 if unit in ("天", "日") else 7))


# The same span said first: 过两天, 再过3天, 过一周 ("in two days").
@_pattern(
    rf"(?:再)?过\s?(?P<n>\d{{1,3}}|{N})\s?(?P<u>天|日|周|个?星期|个?礼拜|个月)(?!后|以后|之后)",
    "relative",
)
def _cn_in(m: re.Match[str], today: date) -> date | None:
    return _cn_after(m, today)


@_pattern(
    r"(?P<rel>下下个?|下个?|这个?|本)?\s?(?:周|星期|礼拜)(?P<w>[一二三四五六日天1-7])", "weekday"
)
def _cn_weekday(m: re.Match[str], today: date) -> date | None:
    w = m["w"]
    weekday = int(w) - 1 if w.isdigit() else _CN_WEEKDAYS[w]
    rel = m["rel"] or ""
    if rel.startswith("下"):
        weeks = 2 if rel.startswith("下下") else 1
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=weeks, days=weekday)
    # A bare weekday that is today's is next week's ("周日还借呗" said on a Sunday: today is 今天);
    # 这周日 / 本周日 said on a Sunday is today.
    return upcoming_weekday(today, weekday, include_today=rel.startswith(("这", "本")))


@_pattern(r"(?<![\d/.\-:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])", "absolute")
def _numeric_md(m: re.Match[str], today: date) -> date | None:
    a, b = int(m["a"]), int(m["b"])
    month, day = (a, b) if a <= 12 else (b, a)  # 12/15 is month/day; 15/12 can only be day/month
    return upcoming_month_day(today, month, day) if 1 <= month <= 12 else None


_NEXT_YEAR = r"(?P<ny>\s+next\s+year)?"


@_pattern(
    rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s*(?P<y>(?:19|20|21)\d{{2}})\b)?{_NEXT_YEAR}",
    "absolute",
)
def _en_month_day(m: re.Match[str], today: date) -> date | None:
    """Dec 15th, Dec 15, 2026; an amount after it ("dec 20, 4000") is not a year."""
    return _en_date(m, today)


@_pattern(
    rf"\b(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
    rf"(?:,?\s*(?P<y>(?:19|20|21)\d{{2}})\b)?{_NEXT_YEAR}",
    "absolute",
)
def _en_day_month(m: re.Match[str], today: date) -> date | None:
    return _en_date(m, today)


def _en_date(m: re.Match[str], today: date) -> date | None:
    month = _EN_MONTHS[m["mon"].lower()[:3]]
    day = int(m["d"])
    if m["y"]:
        return valid_date(int(m["y"]), month, day)
    if m["ny"]:
        return valid_date(today.year + 1, month, day)
    return upcoming_month_day(today, month, day)


@_pattern(
    rf"\b(?:(?P<dat>(?:the\s+)?day\s+after\s+{_TOMORROW})|(?P<now>today|tonight|tonite|2nite|tonigh|2day)|{_TOMORROW})\b",
    "relative",
)
def _en_relative(m: re.Match[str], today: date) -> date | None:
    if m["dat"]:
        return today + timedelta(days=2)
    return today if m["now"] else today + timedelta(days=1)


_EN_N = r"(?P<n>\d{1,3}|" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + ")"


@_pattern(rf"\bin\s+{_EN_N}\s+(?P<u>days?|weeks?|months?)\b", "relative")
@_pattern(rf"\b{_EN_N}\s+(?P<u>days?|weeks?)\s+from\s+(?:now|today)\b", "relative")
def _en_in(m: re.Match[str], today: date) -> date | None:
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _EN_NUMBERS.get(raw)
    unit = m["u"].lower()
    if n is None:
        return None
    if unit.startswith("month"):
        return add_months(today, n)
    return today + timedelta(days=n * (7 if unit.startswith("week") else 1))


@_pattern(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<next>next\s+)?(?:month|mth)|month[\s-]end|eom)\b",
    "month-day",
)
def _en_month_end(m: re.Match[str], today: date) -> date | None:
    target = add_months(today.replace(day=1), 1 if m["next"] else 0, 1)
    return target.replace(day=last_day(target.year, target.month))


@_pattern(
    rf"\b(?:(?P<rel>next|this|coming|on|to|till|until)\s+)?(?P<w>{_WEEKDAY_NAMES})\b\.?(?P<after>\s+after\s+next\b)?",
    "weekday",
)
def _en_weekday(m: re.Match[str], today: date) -> date | None:
    name = m["w"].lower()
    rel = (m["rel"] or "").lower()
    if name in ("sat", "sun", "wed", "mon") and not rel and not m["after"]:
        # Plain words ("sat", "sun", "wed", "c'mon") unless "on/next …" says a day, or the
        # abbreviation sits next to a payment or reminder word ("remind me sat pay icbc").
        around = m.string[max(0, m.start() - 20) : m.end() + 12].lower()
        # ...or heads a terse note, an amount after it: "wed / 950 / amex", "sat: 400 citi"
        # ...or has an amount right after it: "the boc card wed 2500" (not "wed 3 times")
        note = _NOTE_AMOUNT.match(m.string, m.end()) and (
            not m.string[: m.start()].strip() or _DAY_AMOUNT.match(m.string, m.end())
        )
        if not (_DAY_CONTEXT.search(around) or note):
            return None
    weekday = _EN_WEEKDAYS[name[:3]]
    if m["after"]:  # "friday after next": a week after "next friday"
        return upcoming_weekday(today, weekday, include_today=False) + timedelta(days=7)
    # "sunday" said on a Sunday is next Sunday ("today" says today); "this sunday" is today.
    return upcoming_weekday(today, weekday, include_today=rel == "this")


_NOTE_AMOUNT = re.compile(r"\s*[:/\-–—,]?\s*[$¥]?\d")
_DAY_AMOUNT = re.compile(
    r"\s*[:/\-–—,]?\s*(?:[$¥]\s?\d|\d{3,}|\d+(?:\.\d+)?\s?[kKwW]\b|\d{1,3}(?:,\d{3})+)"
)
_DAY_CONTEXT = re.compile(
    r"\b(?:pay(?:ing)?|due|remind\s+me|repay|transfer|send|by|until|till|before)\b"
)


@_pattern(r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b", "day")
@_pattern(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s*(?:of\b|instal|payment|time|month(?!ly)|week|year|floor|day))",  # "15th monthly" is a day
    "day",
)
def _en_day(m: re.Match[str], today: date) -> date | None:
    return upcoming_day_of_month(today, int(m["d"]))


# Ordinal words, and the English counterparts of 周末, 月中 and 月初 (the same conventions).
_ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        1,
    )
}
_ORDINAL_WORDS |= {f"twenty-{w}": 20 + n for w, n in list(_ORDINAL_WORDS.items())[:9]}
_ORDINAL_WORDS |= {f"twenty {w}": 20 + n for w, n in list(_ORDINAL_WORDS.items())[:9]}
_ORDINAL_WORDS |= {"thirtieth": 30, "thirty-first": 31, "thirty first": 31}
_ORD_WORD = "(?:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"


@_pattern(
    rf"\b(?:on\s+)?the\s+(?P<o>{_ORD_WORD})\b(?!\s+(?:of\b|{_MONTH_NAMES}\b|time|one|payment|instal|"
    r"week|month|year|day|floor|call|reminder|step|thing|person|place))",
    "day",
)
def _en_ordinal_day(m: re.Match[str], today: date) -> date | None:
    """ "on the fifth": the coming fifth, as "the 5th"."""
    return upcoming_day_of_month(today, _ORDINAL_WORDS[m["o"].lower()])


@_pattern(rf"\b(?:the\s+)?(?P<o>{_ORD_WORD})\s+of\s+(?P<mon>{_MONTH_NAMES})\b", "absolute")
@_pattern(rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?:the\s+)?(?P<o>{_ORD_WORD})\b", "absolute")
def _en_ordinal_month_day(m: re.Match[str], today: date) -> date | None:
    month = _EN_MONTHS[m["mon"].lower()[:3]]
    return upcoming_month_day(today, month, _ORDINAL_WORDS[m["o"].lower()])


@_pattern(r"\b(?:(?P<rel>this|next|the|coming)\s+)?week-?end\b", "weekday")
def _en_weekend(m: re.Match[str], today: date) -> date | None:
    """The weekend is the coming Saturday; "next weekend" the Saturday of next week (下周末)."""
    if (m["rel"] or "").lower() == "next":
        monday = today - timedelta(days=today.weekday())
        return monday + timedelta(weeks=1, days=5)
    return upcoming_weekday(today, 5)


# The end of a week is its Sunday (weeks start on Monday): "by the end of next week", 这周内.
@_pattern(r"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<next>next\s+)?week\b", "weekday")
@_pattern(r"(?P<rel>这|本|下)个?(?:周|星期|礼拜)(?:之)?内", "weekday")
def _week_end(m: re.Match[str], today: date) -> date | None:
    monday = today - timedelta(days=today.weekday())
    following = bool(m.groupdict().get("next")) or m.groupdict().get("rel") == "下"
    return monday + timedelta(weeks=1 if following else 0, days=6)


# A span to pay within is paid by its last day: "3天内", "一周之内", "within 5 days".
@_pattern(rf"(?P<n>\d{{1,3}}|{N})\s?(?P<u>天|日|周|个?星期|个?礼拜)(?:之)?内", "relative")
@_pattern(
    rf"\bwithin\s+(?:the\s+next\s+)?{_EN_N}\s+(?P<u>days?|weeks?)\b|\bin\s+a\s+(?P<f>fortnight)\b",
    "relative",
)
def _within(m: re.Match[str], today: date) -> date | None:
    if m.groupdict().get("f"):
        return today + timedelta(days=14)
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else (_EN_NUMBERS.get(raw) or _int(raw))
    if n is None or n > 366:
        return None
    week = m["u"].lower().startswith("week") or m["u"][-1] in "周期拜"
    return today + timedelta(days=n * (7 if week else 1))


@_pattern(rf"\b(?:the\s+)?end\s+of\s+(?P<mon>{_MONTH_NAMES})\b", "month-day")
def _en_end_of_named_month(m: re.Match[str], today: date) -> date | None:
    """ "the end of December": its last day, the next one not in the past."""
    month = _EN_MONTHS[m["mon"].lower()[:3]]
    year = today.year + (1 if month < today.month else 0)
    return date(year, month, last_day(year, month))


_EDGE_OF = rf"(?:(?P<next>next\s+)?month|(?:the|this)\s+month|(?P<mon>{_MONTH_NAMES}))"


@_pattern(rf"\b(?:mid|middle\s+of)[\s-]+(?:the\s+)?{_EDGE_OF}\b|\bmid-?month\b", "month-day")
def _en_mid_month(m: re.Match[str], today: date) -> date | None:
    """mid-December: the 15th; mid-month: the coming 15th (月中)."""
    if m["mon"]:
        return upcoming_month_day(today, _EN_MONTHS[m["mon"].lower()[:3]], 15)
    if m["next"]:
        return add_months(today.replace(day=1), 1, 15)
    return upcoming_day_of_month(today, 15)


@_pattern(rf"\b(?:early|beginning\s+of|start\s+of)\s+(?:the\s+)?{_EDGE_OF}\b", "month-day")
def _en_month_start(m: re.Match[str], today: date) -> date | None:
    """early next month: the 1st of next month; the beginning of the month: the coming 1st (月初)."""
    if m["mon"]:
        month = _EN_MONTHS[m["mon"].lower()[:3]]
        if month == today.month:
            return today
        return upcoming_month_day(today, month, 1)
    if m["next"]:
        return add_months(today.replace(day=1), 1, 1)
    return today if today.day == 1 else add_months(today.replace(day=1), 1, 1)


# -- public API -----------------------------------------------------------------------------
def find_dates(text: str, now: datetime, normalized: bool = False) -> list[DateMatch]:
    """Every date in the text, non-overlapping, in order (longest match wins an overlap)."""
    s = text if normalized else normalize(text)
    today = now.date()
    # An impossible date (2月30日) still covers its text, so "30日" inside it is not read as a date.
    found: list[tuple[tuple[int, int], date | None, str]] = []
    for regex, kind, resolve in _PATTERNS:
        for m in regex.finditer(s):
            found.append((_trim(s, m.span()), resolve(m, today), kind))
    found.sort(key=lambda f: (f[0][0], -(f[0][1] - f[0][0])))
    result: list[DateMatch] = []
    covered = 0
    for span, value, kind in found:
        if span[0] < covered:
            continue
        covered = span[1]
        if value is not None:
            result.append(DateMatch(value, span, kind))
    return result


def find_date(text: str, now: datetime, normalized: bool = False) -> DateMatch | None:
    """The date a message is about: the most specific one; among equals, the last."""
    dates = find_dates(text, now, normalized)
    if not dates:
        return None
    best = max(SPECIFICITY[d.kind] for d in dates)
    return [d for d in dates if SPECIFICITY[d.kind] == best][-1]


def _trim(s: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and s[start].isspace():
        start += 1
    while end > start and s[end - 1].isspace():
        end -= 1
    return start, end


# -- times ------------------------------------------------------------------------------------
_EVENING = ("下午", "午后", "傍晚", "晚上", "夜里", "夜晚", "今晚", "明晚", "晚")
_PERIOD = r"(?P<p>早上|早晨|清晨|上午|中午|午后|下午|傍晚|晚上|夜里|夜晚|半夜|凌晨|今晚|明晚|今早|明早|早|晚)?"
_AMPM = r"(?P<ap>a\.?m\.?|p\.?m\.?)"
_TIME_PATTERNS = [
    re.compile(
        rf"{_PERIOD}\s?(?<![\d.])(?P<h>{N})\s?(?:点钟|点|时)"
        r"(?:\s?(?P<half>半)|\s?(?P<q>一刻|三刻)"
        r"|\s?(?P<mi>\d{1,2}|[一二三四五六七八九十]{1,3})(?![\d期个月号日天])\s?分?)?(?P<z>整|钟)?",
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_PERIOD}\s?(?<![\d:])(?P<h>\d{{1,2}})\s?:\s?(?P<mi>\d{{2}})(?!\d)"
        rf"(?:\s?{_AMPM}(?![a-z]))?",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<h>\d{{1,2}})\s?{_AMPM}(?![a-z])", re.IGNORECASE),
    re.compile(r"\b(?P<h>\d{1,2})\s?o'?clock\b", re.IGNORECASE),
    re.compile(r"\b(?P<noon>noon|midday)\b", re.IGNORECASE),
]


def find_time(text: str, normalized: bool = False) -> TimeMatch | None:
    """The first time of day in the text (24-hour), or None."""
    s = text if normalized else normalize(text)
    found: list[TimeMatch] = []
    for regex in _TIME_PATTERNS:
        for m in regex.finditer(s):
            t = _time(m)
            if t is not None:
                hour = t[0]
                if _unmarked(m) and 1 <= hour <= 11 and _TONIGHT_RE.search(s):
                    hour += 12  # "今晚还花呗 提醒我八点": 8 p.m., the evening said elsewhere
                found.append(TimeMatch(hour, t[1], _trim(s, m.span())))
    return min(found, key=lambda t: t.span[0]) if found else None


# The evening named anywhere in the message, and no morning: an hour said bare is in it.
_TONIGHT_RE = re.compile(
    r"^(?!.*(?:早上|早晨|清晨|上午|凌晨|明早|今早|\bmorning\b|\ba\.?m\b)).*(?:今晚|今天晚上|今日夜晚|今夜|\btonight\b)",
    re.IGNORECASE,
)


def _unmarked(m: re.Match[str]) -> bool:
    """A time with no period or a.m./p.m. of its own ("八点", "8:30")."""
    groups = m.groupdict()
    return not (groups.get("p") or groups.get("ap") or groups.get("noon"))


def _time(m: re.Match[str]) -> tuple[int, int] | None:
    groups = m.groupdict()
    if groups.get("noon"):
        return 12, 0
    raw_hour = groups["h"]
    hour = small_int(raw_hour)
    period = groups.get("p") or ""
    if hour is None:
        return None
    bare = not (period or groups.get("half") or groups.get("mi") or groups.get("z"))
    if raw_hour == "一" and bare:
        return None  # 一点 alone is usually "a little", not one o'clock
    minute = 0
    if groups.get("half"):
        minute = 30
    elif groups.get("q"):
        minute = 15 if groups["q"] == "一刻" else 45
    elif groups.get("mi"):
        minute = small_int(groups["mi"]) or 0
    ap = (groups.get("ap") or "").lower().replace(".", "")
    if ap == "pm" and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    elif period in _EVENING:
        if hour == 12 and period != "下午":
            return None  # midnight belongs to the next day; ask rather than guess
        hour += 12 if hour < 12 else 0
    elif period == "中午" and hour < 11:
        hour += 12
    elif period in ("凌晨", "半夜") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return hour, minute
