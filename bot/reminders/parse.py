"""Is a message asking for a payment reminder, and for what: due date, time, amount, recurrence.

A request is either addressed to the bot (提醒我…, 到时候叫我, remind me, /remind) or states
an agreed payment (我跟招行约好了12月15号还2000, 每月15号还1000 共12期). A message that
only mentions dates or money ("我逾期了3个月怎么办", "催收说明天上门") is not one.
`looks_like_request` is the cheap first test every message passes through; the
normalising and parsing happen only when it says yes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import normalize
from bot.parsing.dates import SPECIFICITY, DateMatch, find_dates, find_time, last_day
from bot.parsing.numbers import Amount, count_number, find_amounts, small_int
from bot.redact import redact
from bot.reminders.cues import (
    ACCEPT,
    CREDITOR,
    PAY,
    PAYMENT_CLAUSE,
    background_spans,
    clauses,
    date_spans,
    live_spans,
)

_I = re.IGNORECASE | re.ASCII  # \b and \w in ASCII: "remind我", "还jiebei" are words

DEFAULT_TIME = time(9, 0)
MAX_COUNT = 120  # ten years of monthly instalments
OPEN_ENDED_COUNT = 12  # occurrences scheduled when no count is given
MAX_YEARS_AHEAD = 10

# Traditional spellings are listed too: this runs before any conversion.
_PRECHECK = re.compile(
    r"提醒|[题題]醒|到时候?[叫催]我|到時候?[叫催]我|记得[叫催]我|記得[叫催]我|叫醒我|喊我|通知我|告诉我|告訴我|记得|記得|别忘|別忘|不要忘|让我忘|讓我忘|约好|約好|约定|約定|说好|說好|谈好|談好|"
    r"定好|商量好|协商好|協商好|讲好|講好|答应|答應|承诺|承諾|每月|每个月|每個月|怕忘|怕會忘|怕会忘|怕記不住|怕记不住|"
    r"remind|agreed|promised|arranged|every month|each month|monthly|forget",
    _I,
)
_REMIND = re.compile(
    r"提醒(?:我|一下|下|你|番)|"
    # the one who pays for the person, to be told in time: "我爸后天去还农商行2w 提醒他一下"
    r"提醒(?:他|她|佢)(?:一下|下|一声)(?=\s*(?:$|[，。,.!！~]))|(?:^|(?<=[\s，。,.!！~]))[提题題]醒下?(?=\s*(?:$|[，。,.!！?？~]|吧|啊|哈|呀|呢|哦|喔|谢))|"
    # a payment note headed "reminder:" ("提醒：23号还平安 3300", "reminder: citi 450 on friday");
    # _explicit asks that a payment of the person's own follows
    r"(?P<label>(?:(?:^|(?<=[\s，。,.!！~]))提醒|^\s*(?:reminder|remind\s+me))\s*[:：-])|"
    r"提个醒|提我|提(?:一下|下|吓|一吓)我|[题題提]醒(?:我|一下)|\btx\s?我|"  # typed 题醒, tx (pinyin initials)
    # in advance, woken, kept in mind: 提前叫我, 帮我提前提醒, 叫醒我, 帮我记着; 提星 typed for 提醒
    r"提前(?:[一两二三1-3](?:天|日))?\s?(?:叫|喊|通知|告诉|提醒|提|说)(?:我|一下|一声)?|"
    r"(?:叫|喊)醒我|(?:帮|给|替)我\s?记(?:着|著|住)|提[星兴]我?|"
    r"^\s*(?:叫|喊)(?:我一下|一下我|我一声)|"
    # "call me" opening the message, the day right after it: "叫我周二还借呗1.2w", "叫我聽日還財務公司
    # 4k", "叫我每个月18号还网商贷" (not "叫我过数去私人户口": a demand quoted, no day of its own)
    r"^\s*(?:叫|喊)我(?=\s?(?:(?:下下?个?)?(?:周|星期|礼拜)|下个?月|明|后|大后|今|今晚|听日|听朝|后日|每|月[底尾中初]|"
    r"\d{1,2}\s?[号日]|[一二三四五六七八九十廿]{1,3}[号日]))|"
    r"(?:帮|给|替)我\s?(?:每个?月|每次|每期|到时候?|按时|准时)?\s?(?:提醒|提一下|提个醒)|"
    r"(?:给|来)我?\s?(?:个|一个)提醒|(?:请|麻烦|务必)\s?提醒|(?:提醒|闹钟)\s?(?:设|定|加|开)(?:一下|个|上|好)|"
    r"记得\s?call\s?我|\bgive\s+me\s+a\s+(?:nudge|shout|heads)|\bnudge\s+me\b|"
    r"(?:要|需要|得)提醒(?=\s*(?:$|[，。,.!！~]|吧|啊|哈|呀|哦))|"
    r"(?:到时候?|记得|记住|别忘了?|麻烦|请)\s?(?:叫|喊|催|通知|告诉|提醒|提|call\s?)我|"
    r"(?:叫|喊|通知|告诉)我一声|跟我说一声|记得(?:提醒|叫|喊|通知)|(?:别|不要)(?:让我)?忘|"
    # a day, then "call me" with nothing the caller wants done: "后天叫我 还花呗", "记得每个月叫我"
    r"(?<=[天日号晚早点])\s?(?:叫|喊)(?:一下|下)?我(?=\s|$|[，。,.!！~]|一下|一声|哈|啊|吧)|"
    r"记得[^，。,.\s]{0,5}?(?:叫|喊|通知|提醒)我|"
    # "tell me when it's time": 到时话我知, 记得同我讲, 到时候跟我说; 届时提醒; 提一嘴
    r"(?:到时候?|届时|到点|记得|记住)\s?(?:话我知|讲我知|同我(?:讲|说)|跟我(?:说|讲)|和我说)"
    r"(?=\s*$|\s*[，。,.!！~]|一?声|哈|啊|吧|哦|呀|啦)|"
    r"(?:届时|到点)\s?(?:提醒|叫|喊|通知)|提一嘴|"
    # 提示 ("prompt me") and a poke: "到时候提示一下", "提示我", "麻烦到时候戳我一下"
    r"提示(?:我|一下我|下我)|(?:到时候?|届时|到点|记得|麻烦|请)\s?提示(?:一下|下)?|"
    r"(?:到时候?|届时|到点|记得|麻烦)[^，。,.\s]{0,4}?(?:戳|拍)我|"
    r"\b(?:text|message|msg|send|shoot|drop|email)\s+me\s+(?:a\s+)?(?:reminder|text|message|msg|note|line)\b|"
    # a note or a calendar entry: 备忘一下, 加到日程, "add it to my calendar"
    r"备忘(?:一下|下)?|(?:加|记|放|写)(?:到|进|入)(?:我的)?(?:日程|日历|备忘录?)|"
    r"\bmake\s+sure\s+i\s+(?:don'?t|do\s+not|dont)\s+forget\b|\bhelp\s+me\s+remember\b|"
    r"\bgive\s+me\s+a\s+reminder\b|\bremember\s+(?:this|it|that)\s+for\s+me\b|"
    r"\b(?:add|put)\s+(?:it|this|that)\s+(?:in|on|to|into)\s+(?:my\s+|the\s+)?(?:calendar|schedule)\b|"
    r"(?:设|设置|设定|加|定|建|开)(?:个|一个)?(?:提醒|闹钟)|到时候?(?:叫|喊|提醒|通知)|"
    r"\bremind(?:\s+me)?\b|\bset\s+(?:up\s+)?(?:a\s+|an\s+)?(?:reminder|alarm|alert)|"
    r"\breminder\s+(?:for|to|on|about|please|pls|plz)\b|\badd\s+(?:a\s+)?reminder|"
    r"\bdon'?t\s+let\s+me\s+forget|\bnotify\s+me\b|\balert\s+me\b|\bping\s+me\b|"
    r"\bheads[\s-]up\b|\bneed\s+a\s+reminder\b|"
    # afraid of forgetting, said after the payment: "我怕忘", "怕到时候忘了", "i'll forget"
    r"(?:我|就|又|会)?怕(?:我|自己)?(?:会|又)?(?:到时候?)?(?:忘|记不住)(?:记|掉|了)?(?=\s*$|\s*[，。,.!！~]|啊|哈|呀|啦|吧|哦)|"
    r"\b(?:i'?ll|i\s+will|i\s+might|i\s+may|i\s+always|in\s+case\s+i|so\s+i\s+don'?t)\s+forget"
    r"(?:\s+(?:it|this|that))?(?:\s+(?:though|otherwise|lol))?(?=\s*$|\s*[,.!;~])",  # not "forget my pin"
    _I,
)
_NEGATED = re.compile(
    r"(?:不用|不要|别|无需|不必|不需要)(?:再)?提醒|\bdon'?t\s+remind|\bdo\s+not\s+remind",
    _I,
)
AGREED = re.compile(
    r"约好|约定|说好|谈好|定好|商量好|协商好|讲好|答应|承诺|达成|"
    r"\bagreed\b|\bpromised\b|\barranged\b|\bcommitted\b|\bpayment\s+plan\b",
    _I,
)
_PLAN = re.compile(
    r"每个?月|月月|每期|月供|按月|(?<![上下这本])(?:一个?|1个?)月还|"
    r"\bevery\s+month\b|\beach\s+month\b|\bmonthly\b|\b(?:a|per)\s+month\b|/\s?(?:month|mo)\b",
    _I,
)
_PAY = PAY  # one definition of a repayment verb (cues.py)
_QUESTION = re.compile(
    r"怎么|咋|吗|会不会|能不能|可不可以|是不是|有没有|如何|为什么|为啥|什么|啥|多少|哪|[?？]|"
    r"\b(?:how|what|why|should|can|could|will|would|is\s+it|do\s+i)\b",
    _I,
)
THIRD_PARTY = re.compile(
    r"催收|银行|他们|(?<!其)他|(?<!其)她|对方|客服|短信|法务|律师|平台|支付宝|微信|系统|\bapp\b|\bthey\b|\bhe\b|\bshe\b|\bbank\b|\bcollectors?\b",
    _I,
)
_CLAUSE = re.compile(r"[，。,.!！?？;；\n]")

_N = r"(?:\d{1,3}|[一二两三四五六七八九十百廿]{1,4})"
_RECUR_DAY = [
    re.compile(rf"(?:每个?月|月月)(?:的)?\s?(?P<d>{_N})\s?[日号]"),
    # the day without 号 when a payment verb follows: "每月15还"
    re.compile(rf"每个?月(?:的)?\s?(?P<d>{_N})(?=\s?(?:还|交|缴|扣|付|供))"),
    # ...or when the clause ends there: "月供 2300 每月18"
    re.compile(rf"每个?月(?:的)?\s?(?P<d>{_N})(?=\s*(?:$|[，。,.;；!！]))"),
    re.compile(r"每个?月(?:的)?\s?(?P<end>月底|月低|月抵|月末|月尾|最后一天|底|末|尾)"),
    re.compile(
        r"\b(?P<end>end)\s+of\s+(?:every|each)\s+month\b|\b(?:every|each)\s+month'?s\s+(?P<end2>end)\b|"
        r"\bmonthly\s+(?:at|on)\s+(?:the\s+)?(?P<end3>end)\s+of\s+the\s+month\b",
        _I,
    ),
    re.compile(
        r"\b(?:every|each)\s+month\s+(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\b",
        _I,
    ),
    re.compile(r"\bmonthly\s+(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)\b", _I),
    re.compile(
        r"\b(?:on\s+)?(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:every|each)\s+month\b",
        _I,
    ),
    # the day first: "15th monthly", "the 3rd each month"; or "every 10th"
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)\s+monthly\b|\bevery\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)\b",
        _I,
    ),
]
# The plan's length, read by one grammar: [lead word] NUMBER UNIT. The lead words say it is the
# plan's length (分12期, 还六个月, 还剩十期, 共十二个月); 期 needs none; years count twelve months
# (还一年, 还有两年, for a year, 2 years left); 半年 is six.
_EN_NUM = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine))"
)
_ZH_LEAD = (
    r"(?:共|一共|总共|分|总计|还|连续|连还|再还|还有|剩|剩下|还剩|剩余|需还|要还|总共还|还差|差|分期|"
    r"(?:要|再)?(?:畀|俾|给|付|交|供)|"  # Cantonese and other verbs of paying: 要畀12个月
    r"(?:还|供|畀|俾|交|付)多)"  # Cantonese "N more": 供多11个月, 还多六期
)
_COUNT = [
    re.compile(rf"(?:共|一共|总共|分|总计)\s?(?P<n>{_N})\s?期|期数\s?[:：]?\s?(?P<n2>{_N})"),
    # 一期1688 is "per instalment"; 最后一期, 这一期, 上一期 name one instalment
    re.compile(rf"(?<![第\d这本])(?<!最后)(?!(?<=[上下])一)(?P<n>{_N})\s?期(?!\s?[\d¥])"),
    re.compile(rf"{_ZH_LEAD}\s?(?P<n>{_N})\s?(?:个月|回|次)"),
    re.compile(rf"\bfor\s+(?:another\s+)?(?P<n>{_EN_NUM})\s+(?:more\s+)?months?\b", _I),
    # "480 to klarna x6", "×12": times over (two digits at most, not a magnitude)
    re.compile(r"(?<![\w.])[x×]\s?(?P<n>\d{1,2})\b(?!\s*(?:k|w|grand|thousand|元|块|[.,]\d))", _I),
    re.compile(
        rf"\b(?P<n>{_EN_NUM})\s+(?:more\s+|remaining\s+)?(?:monthly\s+)?(?:months|payments|instal+ments)\b",
        _I,
    ),
    # "12 in total", "a total of 8 payments": two digits at most ("3000 in total" is money)
    re.compile(
        r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+in\s+total\b|"
        r"\ba\s+total\s+of\s+(?P<n2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"\b(?!\s*(?:k|grand|thousand|hundred|dollars|bucks|rmb|yuan|元|块))",
        _I,
    ),
    # "3 more times", "4 times left", "10 left", "six to go": occurrences still to pay (two
    # digits at most: "500 left" is money)
    re.compile(
        rf"\b(?P<n>{_EN_NUM})\s+(?:more\s+times|times\s+(?:left|remaining|to\s+go))\b",
        _I,
    ),
    re.compile(
        r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"\s+(?:more\s+)?(?:left|remaining|to\s+go)\b",
        _I,
    ),
]
_TIMES = re.compile(
    rf"\b(?P<n>{_EN_NUM})\s+times\b(?!\s+(?:a|per|each|every)\b)|(?<![\d.])(?P<n2>\d{{1,2}})\s?次(?![\d])",
    _I,
)
_YEARS = [
    re.compile(rf"(?:{_ZH_LEAD})?\s?(?<!\d)(?P<n>{_N})\s?年(?P<half>半)?(?![\d月])"),
    re.compile(
        rf"(?<!half\s)\b(?:for\s+)?(?:another\s+)?(?P<n>{_EN_NUM})\s+(?:more\s+)?years?(?P<half>\s+and\s+a\s+half)?"
        rf"(?=\s+(?:left|remaining|to go)\b|\s*$|\s*[,.;])",
        _I,
    ),
    re.compile(rf"\bfor\s+(?:another\s+)?(?P<n>{_EN_NUM})\s+(?:more\s+)?years?\b", _I),
]
# Months told as part of a story, not a plan's length: "delayed my pay for like 4 months",
# "3 months behind", "the past 6 months", "这半年", "过去三个月", "两个月前".
_STORY_MONTHS = re.compile(
    rf"\bfor\s+like\s+{_EN_NUM}\s+months?\b|"
    rf"\b{_EN_NUM}\s+months?\s+(?:ago|now|already|behind|late|overdue|straight|in\s+a\s+row)\b|"
    rf"\b(?:past|last|previous|been)\s+(?:like\s+)?{_EN_NUM}\s+months?\b|"
    rf"(?:这|过去|最近|前|近)\s?{_N}\s?个月|{_N}\s?个月(?:前|来|以来|没)",
    _I,
)
_HALF_YEAR = re.compile(r"(?:还|分|共|一共|还有|剩)?\s?半年|\bhalf\s+a\s+year\b", _I)
_GENERIC = {
    "银行",
    "信用卡",
    "贷款",
    "card",
    "loan",
    "bank",
    "cc",
    "lender",
    "collector",
    "mortgage",
}
_WHO_ZH = re.compile(
    r"(?:跟|和|与|同|向)\s?(?P<who>[\u4e00-\u9fffA-Za-z]{2,10}?)\s?(?:约好|约定|说好|谈好|定好|商量好|协商好|讲好|签|达成)"
)
_WHO_EN = re.compile(r"\b(?:with|to)\s+(?P<who>(?:[A-Z][\w&.-]+)(?:\s+[A-Z][\w&.-]+){0,2})")
_PAY_NEAR = 8  # a plain number after a payment verb within this many characters is the amount
_PLAIN_MIN = 10  # smaller plain numbers in a payment clause are not taken as the amount
_NOT_AMOUNT_BEFORE = re.compile(r"尾号|尾数|ending|last\s*4|给|打(?!过去)|拨|call|dial", _I)


@dataclass(frozen=True)
class Recurrence:
    day: int  # day of month; 31 means the last day in shorter months
    count: int | None  # None: until cancelled (OPEN_ENDED_COUNT are scheduled at a time)
    every: str = "month"


@dataclass(frozen=True)
class Parsed:
    """What one message says about a reminder; any field may be missing."""

    due: date | None = None
    time: time | None = None
    amount: Decimal | None = None
    recurring: Recurrence | None = None
    note: str | None = None

    def merged(self, newer: Parsed) -> Parsed:
        """This request with what a later message corrected (its non-empty fields win)."""
        return replace(
            self,
            due=newer.due or self.due,
            time=newer.time or self.time,
            amount=newer.amount or self.amount,
            recurring=newer.recurring or self.recurring,
            note=newer.note or self.note,
        )

    @property
    def empty(self) -> bool:
        return not (self.due or self.time or self.amount or self.recurring)


@dataclass(frozen=True)
class Proposal:
    """A complete reminder to confirm: the first due day, time, amount and recurrence."""

    due: date
    time: time
    amount: Decimal | None = None
    recurring: Recurrence | None = None
    note: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The `reminder` field of the JSON protocol (a public contract)."""
        amount: int | float | None = None
        if self.amount is not None:
            whole = self.amount == self.amount.to_integral_value()
            amount = int(self.amount) if whole else float(self.amount)
        recurring = None
        if self.recurring:
            recurring = {
                "every": self.recurring.every,
                "day": self.recurring.day,
                "count": self.recurring.count,
            }
        return {
            "due": self.due.isoformat(),
            "time": self.time.strftime("%H:%M"),
            "amount": amount,
            "recurring": recurring,
        }

    def dates(self) -> list[date]:
        """Every due day: one, or one per instalment."""
        if not self.recurring:
            return [self.due]
        return monthly_dates(self.due, self.recurring.day, self.recurring.count or OPEN_ENDED_COUNT)

    def to_state(self) -> dict[str, Any]:
        """A plain dict for the flow state (and back with `from_state`)."""
        data = self.as_json()
        data["amount"] = str(self.amount) if self.amount is not None else None
        data["note"] = self.note
        return data

    @classmethod
    def from_state(cls, data: dict[str, Any]) -> Proposal:
        rec = data.get("recurring")
        return cls(
            due=date.fromisoformat(data["due"]),
            time=time.fromisoformat(data["time"]),
            amount=Decimal(data["amount"]) if data.get("amount") else None,
            recurring=Recurrence(rec["day"], rec["count"]) if rec else None,
            note=data.get("note"),
        )


def monthly_dates(start: date, day: int, count: int) -> list[date]:
    """`count` monthly dates from `start` on, each on `day` (clamped to the month's last day)."""
    out: list[date] = []
    year, month = start.year, start.month
    while len(out) < count and year <= date.max.year:
        candidate = date(year, month, min(day, last_day(year, month)))
        if candidate >= start:
            out.append(candidate)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def too_far(due: date, today: date) -> bool:
    """A due date more than MAX_YEARS_AHEAD years away is a typo, not a plan (9999年12月31日)."""
    return due.year - today.year > MAX_YEARS_AHEAD


_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?:\s*年|[-/.]\d{1,2}[-/.]\d{1,2})")


def names_far_year(text: str, today: date) -> bool:
    """The message names a year too far ahead, even one the date reader refuses to read as a
    date (outside 1900–2200): "每月31号还100 9999年12月31日开始" must not quietly start now."""
    return any(int(y) - today.year > MAX_YEARS_AHEAD for y in _YEAR_RE.findall(text))


def looks_like_request(text: str) -> bool:
    """Cheap pre-check on the raw text: could this be about a reminder at all?"""
    return bool(_PRECHECK.search(text))


def is_request(text: str) -> bool:
    """True when the message asks for a reminder or states an agreed payment (see module doc)."""
    s = normalize(text)
    return _explicit(s) or _statement(s)


def parse_request(text: str, now: datetime) -> Parsed | None:
    """The reminder a message asks for, or None if it does not ask for one.

    A statement of an agreed payment needs a date; a request addressed to the
    bot is taken even without one (the bot then asks for the date).
    """
    if not looks_like_request(text):
        return None
    s = normalize(text)
    if _NEGATED.search(s):
        return None
    explicit = _explicit(s)
    if not explicit and not _statement(s):
        return None
    parsed = extract(s, now, normalized=True)
    if not explicit and parsed.due is None:
        return None
    return parsed


def extract(text: str, now: datetime, normalized: bool = False) -> Parsed:
    """Every reminder field the text gives, relative to `now` (aware, in the person's zone).

    The due date and amount come from the clauses about a payment to make (cues.py): in
    "欠了5万 谈好了每月12号还2000" the amount is 2000; in "22号还借呗2200 23号发工资" the
    date is the 22nd. A date right after "remind me" is when to remind, not the due date,
    when the message names another one.
    """
    s = text if normalized else normalize(text)
    live = live_spans(s)
    dates = find_dates(s, now, normalized=True)
    clock = find_time(s, normalized=True)
    # A plan is read where the payment is said, not in a clause about pay day or money owed or
    # already paid ("工资每月10号发 15号还借呗2000" is no monthly plan on the 10th).
    plan = _mask(s, background_spans(s) + [m.span() for m in _STORY_MONTHS.finditer(s)])
    plan_days = [
        m.span("d") for m in (rx.search(plan) for rx in _RECUR_DAY) if m and m.groupdict().get("d")
    ]
    masked = _mask(s, [d.span for d in dates] + ([clock.span] if clock else []) + plan_days)
    every_amount = find_amounts(masked, normalized=True)
    amount = _amount(masked, live, every_amount)
    several = amount is not None and len(every_amount) > 1
    found = _due_date(
        s,
        [d for d in dates if _inside(d.span, date_spans(s))],
        live,
        amount.span if several and amount is not None else None,
    )
    recurring = _recurrence(plan)
    due = found.value if found else None
    start = _plan_start(plan, now.date()) if recurring is not None else None
    if due is None and recurring is not None and _mentions_plan_day(plan):
        due = _first_monthly(start or now.date(), recurring.day)
    if due is None and clock is not None:  # a time alone: its next occurrence
        moment = now.replace(hour=clock.hour, minute=clock.minute, second=0, microsecond=0)
        due = now.date() if moment > now else now.date() + timedelta(days=1)
    if start is not None and due is not None and due < start:
        due = start
    if recurring is not None and due is not None:
        if not _mentions_plan_day(plan):  # 每月还1000 from 12月15日: the plan keeps that day
            recurring = replace(recurring, day=due.day)
        due = _first_monthly(due, recurring.day)
        last = _until_month(plan, due, now.date()) if recurring.count is None else None
        if last is not None:  # "还到明年5月", "until June": one payment a month up to that month
            count = (last.year * 12 + last.month) - (due.year * 12 + due.month) + 1
            if 1 <= count <= MAX_COUNT:
                recurring = replace(recurring, count=count)
    return Parsed(
        due=due,
        time=time(clock.hour, clock.minute) if clock else None,
        amount=amount.value if amount is not None else None,
        recurring=recurring,
        note=_creditor(s),
    )


def _due_date(
    s: str,
    dates: list[DateMatch],
    live: list[tuple[int, int]],
    paired: tuple[int, int] | None = None,
) -> DateMatch | None:
    """The due date: the most specific date said about the payment, the last of those (a
    correction comes last). With several payments in one message ("25号还花呗600 28号还白条400",
    "pay 500 to cmb tomorrow and 700 to citi on friday"), the one the amount belongs to
    (`paired`: the amount's span): the date said last before it, else the first after it."""
    if not dates:
        return None
    pool = [d for d in dates if _inside(d.span, live)] or dates
    # The date said with the repayment verb, over one in a clause of its own that pays nothing
    # ("圣诞节前生意好 15号会还玉山一万", "今天礼拜天 后天还信用卡 三千").
    paying = [c.span for c in clauses(s) if c.dead in PAYMENT_CLAUSE and PAY.search(c.text)]
    pool = [d for d in pool if _inside(d.span, paying)] or pool
    reminder_words = [m.end() for m in _REMIND.finditer(s)]
    named = [d for d in pool if not any(0 <= d.span[0] - end <= 3 for end in reminder_words)]
    pool = named or pool
    if paired is not None and len(pool) > 1 and not _CORRECTED.search(s):
        before = [d for d in pool if d.span[0] < paired[0]]
        after = [d for d in pool if d.span[0] >= paired[0]]
        if before and after:  # a date on each side: the amount's own clause decides
            own = [
                d
                for d in before
                if not _BETWEEN_PAYMENTS.search(s, d.span[1], max(d.span[1], paired[0]))
            ]
            return own[-1] if own else after[0]
        return before[-1] if before else after[0]
    best = max(SPECIFICITY[d.kind] for d in pool)
    return [d for d in pool if SPECIFICITY[d.kind] == best][-1]


# A person correcting what they said: the later date stands ("周五 不对 周六").
_CORRECTED = re.compile(
    r"不对|不是|我是说|说错|搞错|应该是|改成|改到|\bactually\b|\bi\s+mean\b|\bsorry\b|"
    r"\bscratch\s+that\b|\bno\s+wait\b|\bmake\s+(?:it|that)\b|\bcorrection\b",
    _I,
)
# What ends one payment's words and starts the next's: "…600 28号还白条400", "… and 700 to…".
_BETWEEN_PAYMENTS = re.compile(r"[，。,;；\n]|\band\b|\bthen\b|然后|另外|还有|再", _I)


def _inside(span: tuple[int, int], live: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] < end for start, end in live)


_START = re.compile(rf"(?:从)?(?P<rel>明年|今年)?\s?(?P<m>{_N})\s?月份?\s?(?:开始|起)")


_EN_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_START_EN = re.compile(
    r"\b(?:from|starting(?:\s+(?:in|from))?|beginning(?:\s+in)?)\s+(?P<rel>next\s+)?"
    r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    _I,
)
_START_NEXT = re.compile(
    r"(?:从)?下个?月(?:开始|起)|\b(?:from|starting|beginning)\s+next\s+month\b", _I
)


def _plan_start(s: str, today: date) -> date | None:
    """The first month of a plan ("从明年1月开始每月10号还", "from January", "下个月开始"), as
    its first day."""
    m = _START.search(s)
    en = _START_EN.search(s) if m is None else None
    if m is None and en is None:
        if _START_NEXT.search(s):
            return date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return None
    if m is not None:
        month, rel = small_int(m["m"]), m["rel"] == "明年"
    else:
        assert en is not None
        month = next(i for i, n in enumerate(_EN_MONTHS, 1) if n.startswith(en["m"].lower()))
        rel = False
    if month is None or not 1 <= month <= 12:
        return None
    year = today.year + (1 if rel else 0)
    if not rel and month < today.month:
        year += 1
    return date(year, month, 1)


_UNTIL = re.compile(
    rf"(?:还到|直到|一直到|到|至)\s?(?P<rel>明年|今年|后年)?\s?(?P<m>{_N})\s?月(?:份)?(?![\d一二三四五六七八九十]|\s?[号日\d])|"
    r"\b(?:until|till|til|through|thru)\s+(?:the\s+end\s+of\s+)?(?P<next>next\s+)?"
    r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\s*\d)",
    _I,
)


def _until_month(s: str, first: date, today: date) -> date | None:
    """The last month of a plan said as an end ("至明年5月", "until June"), as its first day;
    a month without a year is the first one not before the plan's first payment."""
    m = _UNTIL.search(s)
    if m is None:
        return None
    if m["mon"]:
        month = next(i for i, n in enumerate(_EN_MONTHS, 1) if n.startswith(m["mon"].lower()))
        rel = "明年" if m["next"] else None
    else:
        month, rel = small_int(m["m"]) or 0, m["rel"]
    if not 1 <= month <= 12:
        return None
    if rel:
        year = today.year + {"今年": 0, "明年": 1, "后年": 2}[rel]
    else:
        year = first.year + (1 if month < first.month else 0)
    return date(year, month, 1)


def corrected_amount(text: str, now: datetime) -> Decimal | None:
    """The new amount a correction gives as a bare number ("不对，是2500", "make it 1,250",
    "不是800 是850", "no, 850"): the last number that is not a date, a time or a count, if it
    is at least _PLAIN_MIN."""
    s = normalize(text)
    clock = find_time(s, normalized=True)
    masked = _mask(
        s, [d.span for d in find_dates(s, now, normalized=True)] + ([clock.span] if clock else [])
    )
    found = find_amounts(masked, normalized=True)
    if not found or found[-1].value < _PLAIN_MIN:
        return None
    return found[-1].value


def proposal(parsed: Parsed, default_time: time = DEFAULT_TIME) -> Proposal | None:
    """A complete reminder from parsed fields, or None without a due date."""
    if parsed.due is None:
        return None
    recurring = parsed.recurring
    if recurring is not None and recurring.day == 0:
        recurring = replace(recurring, day=parsed.due.day)
    return Proposal(parsed.due, parsed.time or default_time, parsed.amount, recurring, parsed.note)


# -- helpers ---------------------------------------------------------------------------------
def _clauses(s: str) -> list[str]:
    return [c for c in _CLAUSE.split(s) if c.strip()]


def explicit_request(s: str) -> bool:
    """Does the (normalised) message ask the bot for a reminder ("提醒我", "remind me")?
    A bare "叫我" is not one ("叫我过数去私人户口" is a collector's demand)."""
    return bool(_REMIND_HINT.search(s)) and _explicit(s)


# Every _REMIND alternative contains one of these: a cheap first look.
_REMIND_HINT = re.compile(
    r"提醒|提个醒|提我|题醒|提一下我|提下我|提吓我|提一吓我|tx|叫|喊|通知|告诉|说一声|闹钟|忘|remind|alert|notify|ping|heads|alarm|"
    r"提前|醒|记|提星|提兴|催我|"
    r"forget|call|nudge|shout|我知|同我|跟我|和我|嘴|备忘|日程|日历|remember|calendar|schedule|提示|戳|拍我|"
    r"text|message|msg|send|shoot|drop|email",
    _I,
)


# "call me" said last, on its own, after a payment of the person's own: "28号还信用卡 一千零五十
# 叫我", "下下周五 还捷信 五百六 喊我" (not after a collector's call: "催收明天又打来 烦死 叫我").
_CALL_ME_LAST = re.compile(
    r"(?:^|(?<=[\s，。,.!！~]))(?:叫|喊|call\s?)(?:一下|下)?我(?:一下|一声)?\s*[吧啊哈呀哦喔啦]?\s*[!！~。.]*\s*$",
    _I,
)


def _explicit(s: str) -> bool:
    last = _CALL_ME_LAST.search(s)
    if last and _a_payment(" ".join(s[a:b] for a, b in live_spans(s[: last.start()]))):
        return True
    for clause in _clauses(s):
        for m in _REMIND.finditer(clause):
            if m["label"] and not _a_payment(" ".join(s[a:b] for a, b in live_spans(s))):
                continue  # "提醒：催收说周五上门": a note about someone else's plan
            # the bank or the collector reminding the person ("银行天天提醒我") is not a
            # request; a lender named as the payee further back ("华夏银行的 7k 到时候提醒我",
            # "还联邦银行 两万 提醒": an amount stands between) is
            who = list(THIRD_PARTY.finditer(clause, max(0, m.start() - 6), m.start()))
            if not who or _MONEY.search(clause, who[-1].end(), m.start()):
                return True
    return False


_MONEY = re.compile(r"\d{2,}|\d\s?[kKwW万千]|[一二两三四五六七八九十][万千百]|[块元蚊]")


def _a_payment(span: str) -> bool:
    """A payment to make: a repayment verb, or a lender and an amount ("大后天 微粒贷 1.1w")."""
    return bool(PAY.search(span)) or (bool(CREDITOR.search(span)) and bool(_MONEY.search(span)))


def _statement(s: str) -> bool:
    """An agreed payment or an instalment plan, said as a statement about oneself."""
    if _QUESTION.search(s) or not _PAY.search(s):
        return False
    if any(THIRD_PARTY.match(c.strip()) for c in _clauses(s)):
        return False  # "催收说好了…": someone else's words, not the person's plan
    return bool(AGREED.search(s) or _PLAN.search(s))


def _recurrence(s: str) -> Recurrence | None:
    day: int | None = None
    for regex in _RECUR_DAY:
        m = regex.search(s)
        if m:
            ends = [v for k, v in m.groupdict().items() if k.startswith("end") and v]
            day = 31 if ends else small_int(m["d"] or m.groupdict().get("d2") or "")
            break
    count = None
    for regex in _COUNT:
        m = regex.search(s)
        if m:
            count = count_number(m["n"] or m.groupdict().get("n2") or "")
            break
    if count is None and day is not None:
        # a monthly plan's times: "every month 7th pay 1300, 10 times", "monthly 18th, 12 times"
        # (only once the plan is monthly: "they called 10 times" is no plan)
        m = _TIMES.search(s)
        count = count_number(m["n"] or m["n2"]) if m else None
    # A plan is monthly when it says so, or when it counts instalments or months
    # ("分十期", "for 10 months"): the day is then the due date's.
    if day is None and (_PLAN.search(s) or count is not None):
        day = 0
    if day is None or not 0 <= day <= 31:
        return None
    for regex in _YEARS if count is None else []:
        m = regex.search(s)
        years = count_number(m["n"]) if m else None
        if m and years:
            count = years * 12 + (6 if m["half"] else 0)
            break
    if count is None and _HALF_YEAR.search(s):
        count = 6
    if count is not None and not 1 <= count <= MAX_COUNT:
        count = None
    return Recurrence(day, count)


def _mentions_plan_day(s: str) -> bool:
    return any(regex.search(s) for regex in _RECUR_DAY)


def _first_monthly(start: date, day: int) -> date:
    return monthly_dates(start, day or start.day, 1)[0]


def _mask(s: str, spans: list[tuple[int, int]]) -> str:
    chars = list(s)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = " "
    return "".join(chars)


def _amount(
    masked: str, live: list[tuple[int, int]], found: list[Amount] | None = None
) -> Amount | None:
    """The amount to pay: from a clause about paying (not one about money owed or earned);
    the one right after 还/pay wins, then one with a currency word in a clause with a payment
    verb, then any with a currency word, then a plain number in a clause naming a payment or
    a creditor."""
    every = find_amounts(masked, normalized=True) if found is None else found
    amounts = [a for a in every if _inside(a.span, live)]
    paying = [c for c in live if _PAY.search(masked[c[0] : c[1]])]
    # Plain numbers count in a message that names a payment or a creditor (Chinese fragments
    # such as "下個禮拜五找數 滙豐 4500" put the number in a clause of its own).
    about_money = (
        live
        if paying
        or any(
            CREDITOR.search(t) or AGREED.search(t) or ACCEPT.search(t)
            for t in (masked[a:b] for a, b in live)
        )
        else []
    )
    for a in amounts:  # the instalment ("借的一万五 分六期每期2500"): what each payment is
        if _PER_BEFORE.search(masked[max(0, a.span[0] - 8) : a.span[0]]) or _PER_AFTER.match(
            masked, a.span[1]
        ):
            return a
    for a in amounts:  # right after 还/pay, or sent into an account ("打2000到度小满")
        window = masked[max(0, a.span[0] - _PAY_NEAR) : a.span[0]]
        # (a verb that needs the amount after it, 入返 1500, is looked for with the amount in view)
        ahead = _PAY.finditer(masked, max(0, a.span[0] - _PAY_NEAR), a.span[1])
        if (
            _PAY.search(window)
            or (
                any(m.end() <= a.span[0] for m in ahead)
                and not _NOT_AMOUNT_BEFORE.search(masked[max(0, a.span[0] - 4) : a.span[0]])
            )
            or (_SENT_BEFORE.search(window) and _SENT_AFTER.match(masked, a.span[1]))
            or (_PAYEE_FIRST.search(window) and not _NOT_SENT_AFTER.match(masked, a.span[1]))
        ):
            return a
    for a in amounts:
        if a.explicit and _inside(a.span, paying):
            return a
    for a in amounts:
        if a.explicit:
            return a
    for a in amounts:
        if not _inside(a.span, about_money):
            continue
        before = masked[max(0, a.span[0] - 4) : a.span[0]]
        if a.value >= _PLAIN_MIN and not _NOT_AMOUNT_BEFORE.search(before):
            return a
    return None


_SENT_BEFORE = re.compile(r"[打转汇]\s?$")
# The payee first, then the transfer: "周五给平安转1500", "下周二给老王打3000" (not 给我: incoming)
_PAYEE_FIRST = re.compile(r"给(?!我)[^\s，。,.了]{1,5}?(?:[打转汇](?:款|钱|账)?|打过去|转过去)\s?$")
_NOT_SENT_AFTER = re.compile(r"\s?(?:个|次|通|遍|多个)?\s?(?:电话|call|短信)")
_SENT_AFTER = re.compile(r"\s?(?:块钱?|元|蚊|rmb)?\s?(?:到|进|入|给|去|过去)")
_PER_BEFORE = re.compile(
    r"(?:每期|每个?月|每次|月供|每笔)\s?(?:要|得)?(?:还|供|付|交|缴)?\s?$|"
    r"\b(?:instal+ments?|payments?)\s+of\s*$",
    _I,
)
_PER_AFTER = re.compile(
    r"\s*(?:元|块|rmb|yuan)?\s*/\s?(?:期|月|month|mo)\b",
    _I,
)


def _creditor(s: str) -> str | None:
    """Who the money is owed to (招行, CMB), masked and short: the only free text stored."""
    m = _WHO_ZH.search(s) or _WHO_EN.search(s)
    who = m["who"].strip() if m else ""
    if not who or who.lower() in _GENERIC:
        named = [c for c in CREDITOR.findall(s) if c.lower() not in _GENERIC]
        who = named[0] if named else ""
    if not who:
        return None
    if who in ("我", "他", "她", "他们", "对方"):
        return None
    return redact(who).text[:20] or None
