"""When a logged contact happened, from plain words, relative to an aware `now`.

Past times only: "昨晚11点20", "凌晨两点", "前天下午", "this morning at 7", "yesterday 11pm".
Nothing said means now. A time that would lie in the future is moved to the most recent
past occurrence (or, when the day was named, capped at now): a log never points ahead.
Chinese numerals are read with cn2an; traditional script is folded to simplified first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing.past import EN_NUMBERS, find_past_day, prepare, word_number

__all__ = ["EN_NUMBERS", "PERIODS", "When", "parse_when", "prepare"]

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


# -- parts of day and clock times ----------------------------------------------------------
_PERIOD_RES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"凌晨|半夜|深夜|午夜|后半夜|\bearly hours\b|\bmiddle of the night\b|\blate at night\b|\bovernight\b|"
            # Taiwanese 半暝, the whole night through (通宵, 成晚), "late-night"
            r"半暝|三更|通宵|成晚|整晚|成夜|整夜|\blate[- ]night\b|\ball night\b"
        ),
        "night",
    ),
    # (Cantonese too: 朝早 / 今朝 the morning, 下昼 / 晏昼 the afternoon)
    (
        re.compile(r"早上|早晨|清晨|一早|上午|朝早|今朝|一朝|\bin the morning\b|\bmorning\b"),
        "morning",
    ),
    (re.compile(r"中午|午间|\bat lunch(?:time)?\b"), "noon"),
    (re.compile(r"下午|午后|下昼|晏昼|\bafternoon\b"), "afternoon"),
    # (the evening a day names, said right before its time: "昨晚11点半", "last night at 11")
    (
        re.compile(
            r"傍晚|晚上|夜里|夜间|夜晚|晚间|宵夜|(?<=[昨今前当那琴寻噚])晚(?![饭餐])|\bevening\b|\bat night\b|"
            r"\blast night\b"
        ),
        "evening",
    ),
    # Said by what one was doing or what the sky was like, looked at last: "天还没亮", "我都睡了".
    (
        re.compile(
            r"天还没亮|天没亮|天不亮|睡着了|睡了|在睡觉|睡觉的时候|\bbefore (?:dawn|sunrise|daybreak)\b|"
            r"\b(?:i was|i'd|i had) (?:asleep|gone to bed|sleeping)\b|\bwoke me up\b"
        ),
        "night",
    ),
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
    # half past eleven, half past 11
    re.compile(r"\b(?P<half>half) past (?P<h>\d{1,2}|" + "|".join(list(EN_NUMBERS)[2:14]) + r")\b"),
    # at 7, around 11
    re.compile(
        r"\b(?:at|around|about|by)\s+(?P<h>\d{1,2}|"
        + "|".join(list(EN_NUMBERS)[2:14])
        + r")(?:\s*o'?clock)?\b(?![:.]\d|\s*(?:calls?|times|people|men|days?|%|元|块))"
    ),
)
_JUST_NOW_RE = re.compile(
    r"刚才|刚刚|刚打|\bjust now\b|\bjust (?:called|texted|came|left)\b|\b(?:a )?(?:moment|minute|few minutes) ago\b"
)
_MIDNIGHT_RE = re.compile(r"\bmidnight\b|午夜12点|半夜12点")
_NOON_RE = re.compile(r"\bnoon\b|\bmidday\b")


def _period(s: str) -> str | None:
    for rx, name in _PERIOD_RES:
        if rx.search(s):
            return name
    return None


def _period_before(s: str, pos: int) -> str | None:
    """The part of day said just before a clock time ("晚上11点多 … 早上7点": 晚上 for 11点)."""
    near: tuple[int, str] | None = None
    for rx, name in _PERIOD_RES:
        for m in rx.finditer(s, 0, pos):
            if pos - m.end() <= 3 and (near is None or m.end() > near[0]):
                near = (m.end(), name)
    if near is None and _LATEST_RE.search(s[max(0, pos - 24) : pos]):
        return "evening"  # "最夜嗰个系11点45分", "the latest was at 11:40": late in the day
    return near[1] if near else None


# The latest of the day, said before its clock time: that time is in the evening, not the morning.
_LATEST_RE = re.compile(
    r"(?:最晚|最夜|最迟|最晏)(?:的|嗰|𠮶|那)?(?:1|一)?(?:个|通|次|条|趟)?(?:电话|短信)?(?:是|系|在)?\s*$|"
    r"\b(?:the )?latest(?: one)?(?: was| came| call)?(?: at| around)?\s*$"
)


def _clock_at(s: str) -> tuple[int, tuple[int, int, str | None]] | None:
    """Where the first clock time starts, and its (hour, minute, 'am'/'pm' or None)."""
    if _MIDNIGHT_RE.search(s):
        return 0, (0, 0, "am")
    best: tuple[int, tuple[int, int, str | None]] | None = None
    for rx in _CLOCK_RES:
        for m in rx.finditer(s):
            h = word_number(m.group("h"))
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
        return best
    if _NOON_RE.search(s):
        return 0, (12, 0, "pm")
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


# The end of a span of time: "晚上8点到11点", "from 9 until 11pm", "between 8 and 11 at night".
_SPAN_END_RE = re.compile(
    r"\s*(?:点|时|:\d\d|am|pm|a\.m\.|p\.m\.)?\s*(?:钟)?\s*(?:到|至|~|～|-|—|\buntil\b|\btill\b|\bto\b|\band\b)\s*"
    r"(?:(?P<p>晚上|夜里|凌晨|半夜|深夜)\s*)?(?P<h>\d{1,2})(?=\s*(?:点|时|:\d\d|am|pm|a\.m\.|p\.m\.|o'?clock|\bat night\b))"
    r"(?:\s*(?:点|时|:\d\d)?\s*(?P<ap>am|pm|a\.m\.|p\.m\.))?"
)


_HOUR_RE = re.compile(r"\d{1,2}")


def _night_hour(hour: int) -> bool:
    return hour >= 22 or hour < 8


def _into_the_night(s: str, pos: int, at: datetime, period: str | None, now: datetime) -> datetime:
    """A span that runs into the night ("晚上8点到11点打了5个") is logged at its end, so the night
    rule sees it; any other time is kept as read."""
    start = _HOUR_RE.match(s, pos)
    m = _SPAN_END_RE.match(s, start.end()) if start else None
    if m is None or _night_hour(at.hour):
        return at
    ap = m.group("ap")
    half = ("am" if ap.startswith("a") else "pm") if ap else None
    options = _hour_options(int(m.group("h")), half, _period(m.group("p") or "") or period)
    if not options or options[0][0] == at.hour:
        return at
    end_hour, _ = options[0]
    if not _night_hour(end_hour):
        return at
    end = at.replace(hour=end_hour, minute=0) + timedelta(days=1 if end_hour < at.hour else 0)
    return end if end <= now else at


_LATER_CLOCK_RE = re.compile(r"(?<![\d:.])(?P<h>\d{1,2})\s*(?:点|时)(?!\s*(?:多?钟头|多?小时))")


def _later_at_night(s: str, pos: int, at: datetime, period: str | None, now: datetime) -> datetime:
    """An evening told in steps ("晚上9点打了3个 11点多又打了2个"): a later clock time of the
    same evening that falls in the night is when the run ended, logged there so the night rule
    sees it (as a span into the night is); any other time is kept as read."""
    if _night_hour(at.hour) or period != "evening":
        return at
    for m in _LATER_CLOCK_RE.finditer(s, pos + 1):
        if m.start() <= pos + 2:
            continue  # the first time itself
        own = _period_before(s, m.start())
        if own is not None and own not in ("evening", "night"):
            continue  # "早上7点": another part of the day, not later that evening
        hour = int(m.group("h"))
        if hour > 12 or hour == 0:
            continue
        # later that evening (10点 → 22:00), or past midnight (12点 → 0:00, 1点 → 1:00)
        end_hour = 0 if hour == 12 else hour + 12 if hour + 12 > at.hour else hour
        if not _night_hour(end_hour) or 4 < end_hour < 12:
            continue
        end = at.replace(hour=end_hour, minute=0) + timedelta(days=1 if end_hour < at.hour else 0)
        if end > at and end <= now:
            return end
    return at


def _night_later(s: str, pos: int) -> bool:
    """A later clock time told as the evening's or the night's falls in the night ("今日下昼3点
    … 夜晚11点又打了一次"): the day's contacts ran into the night."""
    for m in _LATER_CLOCK_RE.finditer(s, pos + 1):
        if m.start() <= pos + 2:
            continue  # the first time itself
        own = _period_before(s, m.start())
        if own not in ("evening", "night"):
            continue
        options = _hour_options(int(m.group("h")), None, own)
        if options and _night_hour(options[0][0]):
            return True
    return False


def parse_when(text: str, now: datetime, prepared: bool = False) -> When:
    """When the contact happened (default: now); never later than `now`."""
    s = text if prepared else prepare(text)
    if _JUST_NOW_RE.search(s) and _clock_at(s) is None:
        return When(now, "time")  # "刚刚又打来": now; "刚刚23:40" names its time, read below
    found = find_past_day(s, now.date(), prepared=True)
    day, day_period, named = (found.day, found.period, True) if found else (now.date(), None, False)
    period = _period(s) or day_period
    clock_at = _clock_at(s)
    tz = now.tzinfo
    if clock_at is not None:
        pos, (h, minute, ap) = clock_at
        period = _period_before(s, pos) or period
        options = _hour_options(h, ap, period)
        candidates = [
            datetime.combine(day + timedelta(days=extra), time(hour, minute), tz)
            for hour, extra in options
        ]
        if not named:
            # No day said: the likeliest reading at its most recent past occurrence
            # ("3点" at ten in the morning is yesterday afternoon, not a night call today).
            first = candidates[0]
            at = first if first <= now else min(first - timedelta(days=1), now)
        else:
            past = [c for c in candidates if c <= now]
            if not past:
                # A time of the day named that is still to come ("今天晚上11点多" logged at 10:00,
                # a clock or a zone that differs): keep the part of the day they said, not our now.
                hour = candidates[0].hour
                night = _night_hour(hour) or _night_later(s, pos)
                return When(now, "night" if night else (period or "day"))
            at = past[0]
        at = _into_the_night(s, pos, at, period, now)
        return When(_later_at_night(s, pos, at, period, now), "time")
    if period is not None:
        at = datetime.combine(day, time(DEFAULT_HOUR[period]), tz)
        if at > now:
            at = at - timedelta(days=1) if not named else now
        return When(at, period)
    if named:
        at = min(datetime.combine(day, time(12), tz), now)
        return When(at, "day")
    return When(now, "time", default=True)
