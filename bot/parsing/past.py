"""Days in the past from plain words: when a letter arrived, when a collector called.

"昨晚", "前天", "3天前", "上周五", "12月3日", "5号", "2026-10-09", "last Friday", "yesterday",
"3 November", "Dec 3, 2025". A date without a year is the latest one that has passed (and
"5号" the latest 5th); a weekday alone is the latest such day, today included. Forward-looking
dates (due dates for reminders) are bot/parsing/dates.py's.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date, timedelta

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import normalize
from bot.parsing.dates import valid_date
from bot.parsing.numbers import EN_COUNT_WORDS, EN_NUMBER_WORDS, approximate_counts, chinese_number

EN_NUMBERS = {**EN_NUMBER_WORDS, **EN_COUNT_WORDS}


@dataclass(frozen=True)
class PastDay:
    day: date
    period: str | None = None  # a part of the day the words imply: 昨晚 → "evening"


def prepare(text: str) -> str:
    """NFKC, simplified script, lower case, Chinese numerals before units as digits."""
    s = normalize(text).lower().replace("帐", "账")
    s = s.replace("简讯", "短信").replace("短讯", "短信")  # Taiwanese / Hong Kong words for SMS
    s = approximate_counts(s)
    s = _YIDIAN_RE.sub("一些", s)  # "难听一点" is "a bit", not one o'clock
    return _CN_NUM_RE.sub(lambda m: apart_from_digit(m, _cn_to_digits(m)), s)


def apart_from_digit(m: re.Match[str], digits: str) -> str:
    """`digits` in place of the Chinese numeral `m`, a space before them when a digit comes right
    before it: "23:15一条短信" is a text at 23:15 (23:15 1条), not 23:151条."""
    return " " + digits if m.start() and m.string[m.start() - 1].isdigit() else digits


_CN_DIGITS = "零〇一二两三四五六七八九十百"
_CN_NUM_RE = re.compile(
    rf"(?<![{_CN_DIGITS}])[{_CN_DIGITS}]{{1,6}}(?=[月日号点时分天个次通条刻人位名遍])|(?<=点)[{_CN_DIGITS}]{{1,4}}"
)
# Words right before 一点 that make it one o'clock (all two characters: lookbehinds are fixed-width).
_BEFORE_ONE_OCLOCK = (
    "凌晨 半夜 深夜 午夜 早上 早晨 清晨 上午 中午 下午 傍晚 晚上 夜里 昨晚 今晚 前晚 今早 昨早 今晨 "
    "昨夜 昨天 今天 前天 琴晚 寻晚"
).split()
_YIDIAN_RE = re.compile(
    "".join(f"(?<!{w})" for w in _BEFORE_ONE_OCLOCK)
    + rf"(?<![{_CN_DIGITS}\d])一点(?![钟半刻多左{_CN_DIGITS}\d])"  # 十一点 is eleven o'clock
)


def _cn_to_digits(m: re.Match[str]) -> str:
    # chinese_number imports cn2an on first use: it costs ~0.1 s and most messages need none.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = chinese_number(m.group(0))
    return m.group(0) if value is None else str(int(value))


# (pattern, days back, part of day implied)
_RELATIVE: list[tuple[str, int, str | None]] = [
    ("大前天", 3, None),
    ("前晚", 2, "evening"),
    ("前天|前日", 2, None),
    ("昨晚|昨夜|琴晚|寻晚", 1, "evening"),  # 琴晚/寻晚: Cantonese "last night"
    ("昨早", 1, "morning"),
    ("昨天|昨日|昨儿|琴日|寻日", 1, None),
    ("今早|今晨", 0, "morning"),
    ("今晚", 0, "evening"),
    ("今天|今日|今儿|刚才|刚刚", 0, None),
    (r"\b(?:the )?day before yesterday\b", 2, None),
    (r"\blast night\b", 1, "evening"),
    (r"\byesterday\b", 1, None),
    (r"\bthis morning\b", 0, "morning"),
    (r"\bthis afternoon\b", 0, "afternoon"),
    (r"\b(?:this evening|tonight)\b", 0, "evening"),
    (r"\b(?:today|just now)\b", 0, None),
]
_RELATIVE_RES = [(re.compile(p), back, period) for p, back, period in _RELATIVE]
_DAYS_AGO = re.compile(r"(\d{1,3})\s*天(?:以)?前|\b(\d{1,3}|[a-z]{1,8}) days? ago")

_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_ZH_WEEKDAY_RE = re.compile(r"(上+|这|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])")
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY_RE = re.compile(r"\b(last |on |this )?(" + "|".join(_EN_WEEKDAYS) + r")\b")

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?:,?\s+(20\d\d))?"
# Any four-digit year, so "9999年1月1日" is an impossible date rather than 1月1日 of this year.
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# 12月3日, 12月3号, or 12月3 with nothing after it that makes the 3 a count or a time.
_ZH_DATE = re.compile(r"(\d{1,2})月(\d{1,2})(?:[日号]|(?![\d次个天期点时分]))")
_ZH_DAY_OF_MONTH = re.compile(r"(?<![\d月])(\d{1,2})[日号](?![线子])")
_EN_DATES = (
    re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH}{_YEAR}\b"),
    re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?{_YEAR}\b"),
)


def find_past_day(text: str, today: date, prepared: bool = False) -> PastDay | None:
    """The day (and any part of day) the text names, looking back from `today`. A date that
    cannot exist (2026-02-30, 13月5日) is None, like no date at all."""
    s = text if prepared else prepare(text)
    if m := _ISO_DATE.search(s):
        return _day(valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    if m := _ZH_DATE.search(s):
        return _day(_latest(today, int(m.group(1)), int(m.group(2))))
    for rx in _EN_DATES:
        if m := rx.search(s):
            a, b, year = m.group(1), m.group(2), m.group(3)
            month_name, day_text = (b, a) if a.isdigit() else (a, b)
            month = _EN_MONTHS.index(month_name[:3]) + 1
            if year:
                return _day(valid_date(int(year), month, int(day_text)))
            return _day(_latest(today, month, int(day_text)))
    for rx, back, period in _RELATIVE_RES:
        if rx.search(s):
            return PastDay(today - timedelta(days=back), period)
    if m := _DAYS_AGO.search(s):
        n = word_number(m.group(1) or m.group(2))
        if n is not None and n <= 366:
            return PastDay(today - timedelta(days=n))
    if m := _ZH_WEEKDAY_RE.search(s):
        wd = _ZH_WEEKDAY.get(m.group(2), int(m.group(2)) - 1 if m.group(2).isdigit() else 0)
        weeks = len(m.group(1)) if m.group(1) and m.group(1).startswith("上") else 0
        if weeks:  # 上周五: the Friday of last calendar week (weeks start on Monday)
            monday = today - timedelta(days=today.weekday())
            return PastDay(monday - timedelta(days=7 * weeks) + timedelta(days=wd))
        return PastDay(today - timedelta(days=(today.weekday() - wd) % 7))
    if m := _EN_WEEKDAY_RE.search(s):
        back = (today.weekday() - _EN_WEEKDAYS.index(m.group(2))) % 7
        if m.group(1) == "last " and back == 0:
            back = 7
        return PastDay(today - timedelta(days=back))
    if m := _ZH_DAY_OF_MONTH.search(s):
        return _day(_latest(today, today.month, int(m.group(1)), roll="month"))
    return None


def _day(day: date | None) -> PastDay | None:
    return PastDay(day) if day is not None else None


def word_number(token: str) -> int | None:
    """12, or an English number word (seven, several) as a number."""
    return int(token) if token.isdigit() else EN_NUMBERS.get(token)


def _latest(today: date, month: int, day: int, roll: str = "year") -> date | None:
    """This year's (or this month's) date, or the one before if that is still ahead."""
    when = valid_date(today.year, month, day)
    if when is not None and when <= today:
        return when
    if roll == "year":
        return valid_date(today.year - 1, month, day)
    previous = today.replace(day=1) - timedelta(days=1)
    return valid_date(previous.year, previous.month, day)
