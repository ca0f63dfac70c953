"""When a logged contact happened, from plain words, relative to an aware `now`.

Past times only: "昨晚11点20", "凌晨两点", "前天下午", "this morning at 7", "yesterday 11pm".
Nothing said means now. A time that would lie in the future is moved to the most recent
past occurrence (or, when the day was named, capped at now): a log never points ahead.
Chinese numerals are read with cn2an; traditional script is folded to simplified first.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import cn2an

from bot.parsing.numbers import EN_NUMBER_WORDS
from bot.text import to_simplified

# Precision of a logged moment: an exact clock time, only a part of the day, or only the day.
PERIODS = ("night", "morning", "noon", "afternoon", "evening")
DEFAULT_HOUR = {"night": 2, "morning": 9, "noon": 12, "afternoon": 15, "evening": 20}


@dataclass(frozen=True)
class When:
    at: datetime  # aware, in the zone of `now`
    precision: str  # "time", "day" or one of PERIODS
    default: bool = False  # nothing was said about when: taken as now

    @property
    def night(self) -> bool:
        """The stated part of day lies wholly inside 22:00–08:00 (凌晨, 半夜, the early hours)."""
        return self.precision == "night"


def prepare(text: str) -> str:
    """NFKC, simplified script, lower case, Chinese numerals before units as digits."""
    s = to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("帐", "账")
    s = s.replace("简讯", "短信").replace("短讯", "短信")  # Taiwanese / Hong Kong words for SMS
    s = re.sub(r"十几|十多|十来", "11", s)
    s = re.sub(r"几十", "20", s)
    s = re.sub(r"好几", "3", s)
    s = _YIDIAN_RE.sub("一些", s)  # "难听一点" is "a bit", not one o'clock
    return _CN_NUM_RE.sub(_cn_to_digits, s)


_CN_DIGITS = "零〇一二两三四五六七八九十百"
_CN_NUM_RE = re.compile(
    rf"(?<![{_CN_DIGITS}])[{_CN_DIGITS}]{{1,6}}(?=[月日号点时分天个次通条刻人位名遍])|(?<=点)[{_CN_DIGITS}]{{1,4}}"
)
# Words right before 一点 that make it one o'clock (all two characters: lookbehinds are fixed-width).
_BEFORE_ONE_OCLOCK = [
    "凌晨",
    "半夜",
    "深夜",
    "午夜",
    "早上",
    "早晨",
    "清晨",
    "上午",
    "中午",
    "下午",
    "傍晚",
    "晚上",
    "夜里",
    "昨晚",
    "今晚",
    "前晚",
    "今早",
    "昨早",
    "今晨",
    "昨夜",
    "昨天",
    "今天",
    "前天",
]
_YIDIAN_RE = re.compile(
    "".join(f"(?<!{w})" for w in _BEFORE_ONE_OCLOCK) + rf"一点(?![钟半刻多左{_CN_DIGITS}\d])"
)


def _cn_to_digits(m: re.Match[str]) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return str(int(cn2an.cn2an(m.group(0), "smart")))
        except (ValueError, KeyError, TypeError):
            return m.group(0)


# -- days -----------------------------------------------------------------------------
# (pattern, days back, part of day implied)
_ZH_DAYS: list[tuple[str, int, str | None]] = [
    ("大前天", 3, None),
    ("前晚", 2, "evening"),
    ("前天|前日", 2, None),
    ("昨晚|昨夜", 1, "evening"),
    ("昨早", 1, "morning"),
    ("昨天|昨日|昨儿", 1, None),
    ("今早|今晨", 0, "morning"),
    ("今晚", 0, "evening"),
    ("今天|今日|今儿", 0, None),
]
_EN_DAYS: list[tuple[str, int, str | None]] = [
    (r"\b(?:the )?day before yesterday\b", 2, None),
    (r"\blast night\b", 1, "evening"),
    (r"\byesterday\b", 1, None),
    (r"\bthis morning\b", 0, "morning"),
    (r"\bthis afternoon\b", 0, "afternoon"),
    (r"\b(?:this evening|tonight)\b", 0, "evening"),
    (r"\btoday\b", 0, None),
]
_DAY_RES = [(re.compile(p), back, period) for p, back, period in _ZH_DAYS + _EN_DAYS]
_JUST_NOW_RE = re.compile(
    r"刚才|刚刚|刚打|\bjust now\b|\bjust (?:called|texted|came|left)\b|\b(?:a )?(?:moment|minute|few minutes) ago\b"
)
_DAYS_AGO_RE = re.compile(r"(\d{1,3})\s*天(?:以)?前|\b(\d{1,3}|[a-z]{1,8}) days? ago")

_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_WEEKDAY_RE = re.compile(r"(上+|这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY_RE = re.compile(r"\b(last |on |this )?(" + "|".join(_EN_WEEKDAYS) + r")\b")

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ISO_DATE_RE = re.compile(r"(20\d\d)[-/.年](\d{1,2})[-/.月](\d{1,2})")
_ZH_DATE_RE = re.compile(r"(\d{1,2})月(\d{1,2})[日号]")
_ZH_DAY_OF_MONTH_RE = re.compile(r"(?<![\d月])(\d{1,2})[日号](?!线)")
_EN_DATE_RES = (
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}"),
    re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b"),
)

EN_NUMBERS = {**EN_NUMBER_WORDS, "several": 3, "dozens": 24}

# -- parts of day and clock times ----------------------------------------------------------
_PERIOD_RES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"凌晨|半夜|深夜|午夜|后半夜|\bearly hours\b|\bmiddle of the night\b|\blate at night\b|\bovernight\b"
        ),
        "night",
    ),
    (re.compile(r"早上|早晨|清晨|一早|上午|\bin the morning\b|\bmorning\b"), "morning"),
    (re.compile(r"中午|午间|\bat lunch(?:time)?\b"), "noon"),
    (re.compile(r"下午|午后|\bafternoon\b"), "afternoon"),
    (re.compile(r"傍晚|晚上|夜里|夜间|\bevening\b|\bat night\b"), "evening"),
]
_AMPM = r"(?P<ap>a\.?m\.?|p\.?m\.?)"
_CLOCK_RES = (
    # 11点20, 2点半, 7点一刻 (numerals already digits), 23时05分
    re.compile(
        r"(?P<h>\d{1,2})\s*(?:点钟?|时)\s*(?:(?P<half>半)|(?P<q>[13])刻|(?P<m>\d{1,2})(?!\d)\s*分?)?"
    ),
    # 23:20, 11:20 pm
    re.compile(rf"(?<![\d.:])(?P<h>\d{{1,2}}):(?P<m>\d{{2}})(?!\d)\s*{_AMPM}?"),
    # 11pm, 7 am, 7.30pm
    re.compile(rf"(?<![\d.:])(?P<h>\d{{1,2}})(?:\.(?P<m>\d{{2}}))?\s*{_AMPM}(?![a-z])"),
    # at 7, around 11
    re.compile(
        r"\b(?:at|around|about|by)\s+(?P<h>\d{1,2}|"
        + "|".join(list(EN_NUMBERS)[2:14])
        + r")(?:\s*o'?clock)?\b(?![:.]\d|\s*(?:calls?|times|people|men|days?|%|元|块))"
    ),
)
_MIDNIGHT_RE = re.compile(r"\bmidnight\b|午夜12点|半夜12点")
_NOON_RE = re.compile(r"\bnoon\b|\bmidday\b")


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return EN_NUMBERS.get(token)


def _day(s: str, now: datetime) -> tuple[date, str | None, bool]:
    """(the day meant, a part of day it implies, whether a day was named)."""
    today = now.date()
    m = _ISO_DATE_RE.search(s)
    if m:
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, None, True
    m = _ZH_DATE_RE.search(s)
    if m:
        d = _past_date(today, int(m.group(1)), int(m.group(2)))
        if d:
            return d, None, True
    for rx in _EN_DATE_RES:
        m = rx.search(s)
        if m:
            a, b = m.group(1), m.group(2)
            month_name, day_num = (b, a) if a.isdigit() else (a, b)
            d = _past_date(today, _EN_MONTHS.index(month_name[:3]) + 1, int(day_num))
            if d:
                return d, None, True
    for rx, back, period in _DAY_RES:
        if rx.search(s):
            return today - timedelta(days=back), period, True
    m = _DAYS_AGO_RE.search(s)
    if m:
        n = _number(m.group(1) or m.group(2))
        if n is not None and n <= 366:
            return today - timedelta(days=n), None, True
    m = _ZH_WEEKDAY_RE.search(s)
    if m:
        wd = _ZH_WEEKDAY.get(m.group(2), int(m.group(2)) - 1 if m.group(2).isdigit() else 0)
        weeks = len(m.group(1)) if m.group(1) and m.group(1).startswith("上") else 0
        if weeks:
            monday = today - timedelta(days=today.weekday())
            return monday - timedelta(days=7 * weeks) + timedelta(days=wd), None, True
        return today - timedelta(days=(today.weekday() - wd) % 7), None, True
    m = _EN_WEEKDAY_RE.search(s)
    if m:
        wd = _EN_WEEKDAYS.index(m.group(2))
        back = (today.weekday() - wd) % 7
        if m.group(1) == "last " and back == 0:
            back = 7
        return today - timedelta(days=back), None, True
    m = _ZH_DAY_OF_MONTH_RE.search(s)
    if m:
        d = _past_date(today, today.month, int(m.group(1)), roll="month")
        if d:
            return d, None, True
    return today, None, False


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _past_date(today: date, month: int, day: int, roll: str = "year") -> date | None:
    """This year's (or month's) date, or the one before if that is still ahead."""
    d = _safe_date(today.year, month, day)
    if d is not None and d <= today:
        return d
    if roll == "year":
        return _safe_date(today.year - 1, month, day)
    prev = today.replace(day=1) - timedelta(days=1)
    return _safe_date(prev.year, prev.month, day)


def _period(s: str) -> str | None:
    for rx, name in _PERIOD_RES:
        if rx.search(s):
            return name
    return None


def _clock(s: str) -> tuple[int, int, str | None] | None:
    """(hour, minute, 'am'/'pm' or None) of the first clock time in the text."""
    if _MIDNIGHT_RE.search(s):
        return 0, 0, "am"
    best: tuple[int, tuple[int, int, str | None]] | None = None
    for rx in _CLOCK_RES:
        for m in rx.finditer(s):
            h = _number(m.group("h"))
            groups = m.groupdict()
            minute = (
                30
                if groups.get("half")
                else 15 * int(groups["q"])
                if groups.get("q")
                else int(groups.get("m") or 0)
            )
            ap = groups.get("ap")
            if h is None or h > 24 or minute > 59:
                continue
            found = (h % 24, minute, ("pm" if ap.startswith("p") else "am") if ap else None)
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    if best:
        return best[1]
    if _NOON_RE.search(s):
        return 12, 0, "pm"
    return None


def _hour_options(h: int, ap: str | None, period: str | None) -> list[tuple[int, int]]:
    """Readings of an hour as (hour 0–23, days to add), the likeliest first."""
    if ap == "am":
        return [(0 if h == 12 else h, 0)]
    if ap == "pm":
        return [(h if h >= 12 else h + 12, 0)]
    if h >= 13 or h == 0:
        return [(h, 0)]
    if period == "night":
        return [(0, 0)] if h == 12 else [(h + 12, 0)] if h >= 9 else [(h, 0)]
    if period == "morning":
        return [(h, 0)]
    if period == "noon":
        return [(h + 12, 0)] if h <= 3 else [(h, 0)]
    if period == "afternoon":
        return [(h + 12 if h < 12 else h, 0)]
    if period == "evening":
        # 晚上12点 is midnight; 昨晚1点 is the early hours after that evening.
        if h == 12:
            return [(0, 1)]
        return [(h + 12, 0)] if h >= 5 else [(h, 1)]
    # No part of day said: 3点 is usually afternoon, 10点 morning; the other reading is the fallback.
    if h == 12:
        return [(12, 0), (0, 0)]
    return [(h + 12, 0), (h, 0)] if h <= 6 else [(h, 0), (h + 12, 0)]


def parse_when(text: str, now: datetime, prepared: bool = False) -> When:
    """When the contact happened (default: now); never later than `now`."""
    s = text if prepared else prepare(text)
    if _JUST_NOW_RE.search(s):
        return When(now, "time")
    day, day_period, named = _day(s, now)
    period = _period(s) or day_period
    clock = _clock(s)
    tz = now.tzinfo
    if clock is not None:
        h, minute, ap = clock
        options = _hour_options(h, ap, period)
        candidates = [
            datetime.combine(day + timedelta(days=extra), time(hour, minute), tz)
            for hour, extra in options
        ]
        if not named:
            # No day said: the likeliest reading at its most recent past occurrence
            # ("3点" at ten in the morning is yesterday afternoon, not a night call today).
            first = candidates[0]
            return When(first if first <= now else min(first - timedelta(days=1), now), "time")
        past = [c for c in candidates if c <= now]
        return When(past[0] if past else now, "time")
    if period is not None:
        at = datetime.combine(day, time(DEFAULT_HOUR[period]), tz)
        if at > now:
            at = at - timedelta(days=1) if not named else now
        return When(at, period)
    if named:
        at = min(datetime.combine(day, time(12), tz), now)
        return When(at, "day")
    return When(now, "time", default=True)
