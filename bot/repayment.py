"""What the person said about their debt, put into one sentence of arithmetic.

"欠招行5万，每月只能还1500" → "欠招行5万元 ÷ 1500元/月 ≈ 34个月，在个性化分期最长5年（60个月）的范围内。"
Amounts come from the shared parsers (bot/parsing); the 5-year limit is FACTS.md §1
(《商业银行信用卡业务监督管理办法》第70条). Nothing here is stored.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.kb.model import Lang
from bot.parsing import normalize
from bot.parsing.numbers import find_amounts, small_int

MIN_AMOUNT = 100  # smaller numbers are not what a debt or a monthly payment is counted in
MAX_MONTHS = 60  # a personalised instalment plan runs at most 5 years
# Topics whose answers use the arithmetic.
PLAN_TOPICS = frozenset({"negotiate-instalments", "cannot-afford"})

_MONTHLY_BEFORE = re.compile(
    r"(?:每个?月|一个月|月供|月还|每期|一期|每月能还|per month|a month|each month|monthly)[^\d]{0,6}$",
    re.IGNORECASE,
)
_MONTHLY_AFTER = re.compile(
    r"^\s?(?:元|块)?\s?(?:/|一个?)月|^\s?(?:yuan|rmb)?\s?(?:a|per|/|each)\s?month", re.IGNORECASE
)
_MONTHS = re.compile(
    r"(?<![逾拖过欠])(?:分|还|共|一共)?\s?(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s?(?:个月|期)"
    r"|(?P<en>\d{1,3})\s?(?:months|instal?ments)",
    re.IGNORECASE,
)
_OVERDUE = re.compile(r"(?:逾期|拖了|拖欠|欠了|过了|overdue|late)\s?$", re.IGNORECASE)
_YEARS = re.compile(r"(?:分|还)\s?(?P<n>\d|[一二两三四五])\s?年|(?P<en>\d)\s?years?", re.IGNORECASE)
_CREDITOR_ZH = re.compile(
    r"欠(?:了)?(?P<who>(?:(?![一二两三四五六七八九十几百千万了的])[\u4e00-\u9fffA-Za-z]){2,6}?)"
    r"(?:的)?(?=\s?(?:\d|[一二两三四五六七八九十几]|钱|块))"
)
_CREDITOR_EN = re.compile(r"\bowe\s+(?P<who>[A-Z][\w&]*(?:\s[A-Z][\w&]*)?)")
_NOT_CREDITOR = frozenset({"了", "钱", "款", "他", "我", "别人", "人家", "信用卡", "网贷"})


@dataclass(frozen=True)
class Situation:
    total: Decimal | None = None
    monthly: Decimal | None = None
    months: int | None = None
    creditor: str | None = None

    def __bool__(self) -> bool:
        return any(x is not None for x in (self.total, self.monthly, self.months))


def read_situation(text: str) -> Situation:
    """The total owed, the monthly amount, the number of months and the creditor, as said."""
    s = normalize(text)
    monthly = total = None
    others = []
    for a in find_amounts(s, normalized=True):
        start, end = a.span
        if a.value < MIN_AMOUNT:
            continue
        if monthly is None and (
            _MONTHLY_BEFORE.search(s[max(0, start - 12) : start]) or _MONTHLY_AFTER.match(s[end:])
        ):
            monthly = a.value
        else:
            others.append(a.value)
    if others:
        total = max(others)
    if total is not None and monthly is not None and total <= monthly:
        total = None
    months = None
    for m in _MONTHS.finditer(s):
        if _OVERDUE.search(s[max(0, m.start() - 4) : m.start()]):
            continue
        n = small_int(m["n"] or m["en"] or "")
        if n and 1 < n <= 600:
            months = n
            break
    if months is None:
        y = _YEARS.search(s)
        n = small_int(y["n"] or y["en"] or "") if y else None
        if n:
            months = n * 12
    who = _CREDITOR_ZH.search(s) or _CREDITOR_EN.search(text)
    creditor = who["who"].strip() if who and who["who"].strip() not in _NOT_CREDITOR else None
    return Situation(total, monthly, months, creditor)


def _money(value: Decimal, lang: Lang) -> str:
    if lang == "en":
        return f"{value:,.0f} yuan"
    if value >= 10000 and value % 100 == 0:
        wan = value / 10000
        return f"{wan.normalize():f}万元"
    return f"{value:.0f}元"


def plan_sentence(text: str, lang: Lang) -> str | None:
    """One sentence putting the person's own figures against the 5-year limit, or None."""
    sit = read_situation(text)
    if not sit:
        return None
    total, monthly, months = sit.total, sit.monthly, sit.months
    zh = lang == "zh"
    owed = (f"欠{sit.creditor}" if zh else f"{sit.creditor}: ") if sit.creditor else ""
    if total is not None and monthly is not None:
        n = math.ceil(total / monthly)
        head = f"{owed}{_money(total, lang)} ÷ {_money(monthly, lang)}/{'月' if zh else 'month'}"
        if n <= MAX_MONTHS:
            tail = (
                f" ≈ {n}个月，在个性化分期最长5年（60个月）的范围内。"
                if zh
                else f" ≈ {n} months, within the 5-year (60-month) limit of a personalised plan."
            )
        else:
            need = _money(Decimal(math.ceil(total / MAX_MONTHS)), lang)
            tail = (
                f" ≈ {n}个月，超过个性化分期最长5年（60个月）；分60期每月约需{need}。"
                if zh
                else f" ≈ {n} months, beyond the 5-year (60-month) limit; over 60 months "
                f"it is about {need} a month."
            )
        return head + tail
    if total is not None and months is not None:
        each = _money(Decimal(math.ceil(total / months)), lang)
        head = (
            f"{owed}{_money(total, lang)} ÷ {months}个月 ≈ 每月{each}"
            if zh
            else f"{owed}{_money(total, lang)} ÷ {months} months ≈ {each} a month"
        )
        if months <= MAX_MONTHS:
            return head + (
                "，在个性化分期最长5年（60个月）的范围内。" if zh else ", within the 5-year limit."
            )
        return head + (
            "，但个性化分期最长5年（60个月）。" if zh else ", but a plan runs at most 5 years."
        )
    if total is not None:
        each = _money(Decimal(math.ceil(total / MAX_MONTHS)), lang)
        return (
            f"{owed}{_money(total, lang)}按个性化分期最长5年（60个月）算，每月约{each}。"
            if zh
            else f"{owed}{_money(total, lang)} over the longest plan (5 years, 60 months) "
            f"is about {each} a month."
        )
    if monthly is not None:
        most = _money(monthly * MAX_MONTHS, lang)
        return (
            f"每月{_money(monthly, lang)}，按最长5年（60个月）算，最多能还清约{most}。"
            if zh
            else f"{_money(monthly, lang)} a month over the longest plan (5 years) repays "
            f"about {most}."
        )
    return None
