"""Turn what a person typed into a letter field's value, and a value into letter text.

Values are kept as canonical strings while a letter is filled in (money "3000.00",
dates "2026-12-03", integers "24", a choice's value, last four digits "1234"), so
the flow state is plain data and the command line goes through the same checks.

Money and dates are parsed by a compact parser here (Chinese numerals via cn2an);
it is meant to be replaced by the shared `bot/parsing` package once that exists.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.kb.model import Lang
from bot.parsing.numbers import chinese_number
from bot.parsing.past import find_past_day
from bot.redact import luhn_valid, valid_id_number

if TYPE_CHECKING:
    from bot.letters.templates import LetterField

MAX_TEXT = 1000
MAX_MONEY = Decimal("10000000000")  # 100 亿: anything larger is a typo

FIELD_TYPES = ("text", "money", "date", "integer", "choice", "last4")


@dataclass(frozen=True)
class Parsed:
    """The outcome of parsing one answer: a canonical value, or the reason it was refused."""

    value: str | None = None
    error: str | None = None  # a message key in MESSAGES
    error_args: dict[str, str] = field(default_factory=dict)
    notices: tuple[str, ...] = ()  # message keys to tell the person (e.g. "id_reduced")


# -- the person's words ------------------------------------------------------------------
MESSAGES: dict[str, dict[str, str]] = {
    "bad_money": {
        "zh": "这个金额我没看懂。请只写一个数字，例如 3000、5000元、1.2万。",
        "en": "I couldn't read that amount. Please write one number, e.g. 3000, 5,000 or 12000 yua"
        "n.",
    },
    "bad_date": {
        "zh": "这个日期我没看懂。请写成 2026-12-03、12月3日、昨天 这样的形式。",
        "en": "I couldn't read that date. Please write it like 2026-12-03, 3 December or yesterday"
        ".",
    },
    "future_date": {
        "zh": "这个日期还没到。请写已经发生的日期。",
        "en": "That date is in the future. Please give a date that has already passed.",
    },
    "bad_integer": {
        "zh": "请只写一个整数，例如 24。",
        "en": "Please write one whole number, e.g. 24.",
    },
    "out_of_range": {
        "zh": "请写 {min} 到 {max} 之间的数字。",
        "en": "Please give a number from {min} to {max}.",
    },
    "bad_choice": {
        "zh": "请从下面的选项里选一个（点按钮或回复编号）。",
        "en": "Please pick one of the options below (tap a button or reply with its number).",
    },
    "bad_last4": {
        "zh": "请只写最后四位，例如 1234。",
        "en": "Please write only the last four digits, e.g. 1234.",
    },
    "empty": {
        "zh": "这一项不能空着，请写几个字。",
        "en": "This one can't be empty; please write a few words.",
    },
    "too_long": {
        "zh": "太长了（最多 {max} 个字），请写得简短一些。",
        "en": "That's too long (at most {max} characters); please shorten it.",
    },
    "id_reduced": {
        "zh": "你输入了完整的身份证号。我只保留了最后四位：信里不需要完整号码，"
        "而且信件可能被转发、复印，完整号码一旦泄露就可能被冒用。",
        "en": "You typed a full ID number. I kept only its last four digits: the letter doesn't "
        "need the full number, and letters get forwarded and copied, so a full number could be mis"
        "used.",
    },
    "card_reduced": {
        "zh": "你输入了完整的银行卡号。我只保留了最后四位：对方凭后四位和你的姓名就能找到账户，"
        "完整卡号写在信里有被冒用的风险。",
        "en": "You typed a full card number. I kept only its last four digits: the creditor can fi"
        "nd "
        "the account from those and your name, and a full card number in a letter could be misused"
        ".",
    },
    "code_removed": {
        "zh": "你输入的验证码已被遮盖。任何信件都不需要验证码，也不要告诉任何人。",
        "en": "I masked the verification code you typed. No letter needs one; never share it.",
    },
}


def message(key: str, lang: Lang, **fmt: str) -> str:
    text = MESSAGES[key][lang]
    return text.format(**fmt) if fmt else text


# -- parsing ---------------------------------------------------------------------------------
def parse_value(spec: LetterField, raw: str, today: date) -> Parsed:
    """Check and normalise one answer for `spec`; never raises."""
    text = raw.strip()
    if not text:
        return Parsed(error="empty")
    if spec.type == "text":
        return parse_text(text)  # as typed: NFKC would turn Chinese punctuation into ASCII
    text = unicodedata.normalize("NFKC", text)
    if spec.type == "money":
        amount = parse_money(text)
        if amount is None:
            return Parsed(error="bad_money")
        return _in_range(spec, amount) or Parsed(value=str(amount))
    if spec.type == "integer":
        number = parse_integer(text)
        if number is None:
            return Parsed(error="bad_integer")
        return _in_range(spec, Decimal(number)) or Parsed(value=str(number))
    if spec.type == "date":
        when = find_date(text, today)
        if when is None:
            return Parsed(error="bad_date")
        if when > today and not spec.allow_future:
            return Parsed(error="future_date")
        return Parsed(value=when.isoformat())
    if spec.type == "choice":
        return _parse_choice(spec, text)
    return parse_last4(text)


def _in_range(spec: LetterField, number: Decimal) -> Parsed | None:
    low = spec.min if spec.min is not None else None
    high = spec.max if spec.max is not None else None
    if (low is not None and number < low) or (high is not None and number > high):
        return Parsed(
            error="out_of_range",
            error_args={
                "min": _plain(low if low is not None else 0),
                "max": _plain(high or MAX_MONEY),
            },
        )
    return None


def _plain(number: Decimal | int) -> str:
    return format(Decimal(number).normalize(), "f")


def _parse_choice(spec: LetterField, text: str) -> Parsed:
    folded = text.casefold()
    for i, choice in enumerate(spec.choices, start=1):
        labels = {
            choice.value.casefold(),
            choice.label.zh.casefold(),
            choice.label.en.casefold(),
            str(i),
        }
        if folded in labels:
            return Parsed(value=choice.value)
    return Parsed(error="bad_choice")


def parse_text(text: str) -> Parsed:
    """Free text, with any full ID or card number cut to its last four digits."""
    if len(text) > MAX_TEXT:
        return Parsed(error="too_long", error_args={"max": str(MAX_TEXT)})
    cleaned, notices = reduce_numbers(text)
    return Parsed(value=cleaned, notices=notices)


def reduce_numbers(text: str) -> tuple[str, tuple[str, ...]]:
    """Cut full ID and card numbers to their last four digits and mask codes (via bot.redact)."""
    from bot.redact import redact

    result = redact(text)
    if not result.changed:
        return text, ()
    # redact masks as "*************1234"; a letter reads better with the stars collapsed.
    cleaned = re.sub(r"\*{5,}(\w{4})", r"****\1", result.text)
    keys = {"id": "id_reduced", "card": "card_reduced", "code": "code_removed"}
    notices = tuple(dict.fromkeys(keys[k] for k in result.found))
    return cleaned, notices


def parse_last4(text: str) -> Parsed:
    """The last four characters of an ID or card number; a full number is cut down (we say why)."""
    compact = re.sub(r"[\s\-*]", "", text).upper()
    compact = re.sub(r"^(尾号|后四位|LAST4|ENDING(IN)?)[:：]?", "", compact)
    if re.fullmatch(r"\d{3}[\dX]", compact):
        return Parsed(value=compact)
    if valid_id_number(compact):
        return Parsed(value=compact[-4:], notices=("id_reduced",))
    if compact.isdigit() and 16 <= len(compact) <= 19 and luhn_valid(compact):
        return Parsed(value=compact[-4:], notices=("card_reduced",))
    return Parsed(error="bad_last4")


_CURRENCY = re.compile(
    r"(人民币|块钱|块|元整|元|圆|rmb|cny|yuan|¥|￥|左右|大约|大概|约|每月|每个月|/月|一个月"
    r"|a month|per month|monthly)",
    re.I,
)


def parse_money(text: str) -> Decimal | None:
    """An amount in yuan: 3000, 3,000.50, 5000元, 1.2万, 一万二, 5k, CNY 3000. None if unclear."""
    s = unicodedata.normalize("NFKC", text).strip().lower()
    s = _CURRENCY.sub("", s)
    s = re.sub(r"(?<=\d)[,，](?=\d{3})", "", s).replace(" ", "")
    if not s:
        return None
    factor = Decimal(1)
    if s.endswith("k"):
        s, factor = s[:-1], Decimal(1000)
    elif s.endswith("w"):
        s, factor = s[:-1], Decimal(10000)
    amount: Decimal | None
    try:
        amount = Decimal(s) * factor
    except InvalidOperation:
        amount = _chinese_number(s)
        if amount is not None:
            amount *= factor
    if amount is None or not amount.is_finite() or amount <= 0 or amount > MAX_MONEY:
        return None
    return amount.quantize(Decimal("0.01"))


def parse_integer(text: str) -> int | None:
    """A whole number, units allowed: 24, 24个月, 二十四期, 24 months."""
    s = unicodedata.normalize("NFKC", text).strip().lower()
    s = re.sub(r"(个月|月|期|次|个|天|months?|instal+ments?|times?|days?)$", "", s).strip()
    if re.fullmatch(r"\d{1,9}", s):
        return int(s)
    number = _chinese_number(s)
    if number is not None and number == number.to_integral_value():
        return int(number)
    return None


def _chinese_number(s: str) -> Decimal | None:
    """Chinese and mixed numerals (一万二, 3.5万, 5千8); None if the answer is not just a number."""
    if not s or not re.fullmatch(
        r"[0-9.零〇一二两三四五六七八九十百千万亿点壹贰叁肆伍陆柒捌玖拾佰仟]+", s
    ):
        return None
    return chinese_number(s)


# -- dates -----------------------------------------------------------------------------------
def find_date(text: str, today: date) -> date | None:
    """The first date mentioned in `text`, looking back from `today` (things received or that
    happened are in the past): 2026-12-03, 12月3日, 3号, 昨天, 3天前, 上周五, last Friday, Dec 3."""
    found = find_past_day(text, today)
    return found.day if found else None


# -- writing values into a letter ---------------------------------------------------------
_WEEKDAY_NAMES = {
    "zh": "一二三四五六日",
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_date(when: date, lang: Lang, weekday: bool = False) -> str:
    """2026年12月3日 / 3 December 2026, optionally with the day of the week."""
    if lang == "zh":
        text = f"{when.year}年{when.month}月{when.day}日"
        return text + f"（星期{_WEEKDAY_NAMES['zh'][when.weekday()]}）" if weekday else text
    text = f"{when.day} {_MONTH_NAMES[when.month - 1]} {when.year}"
    return f"{_WEEKDAY_NAMES['en'][when.weekday()]} {text}" if weekday else text


def format_money(value: str, lang: Lang) -> str:
    """3000.00 → 3,000 元 / CNY 3,000 (cents shown only when there are any)."""
    amount = Decimal(value)
    digits = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
    return f"{digits} 元" if lang == "zh" else f"CNY {digits}"


def format_value(spec: LetterField, value: str, lang: Lang) -> str:
    """A canonical value as it reads in a letter written in `lang`."""
    if spec.type == "money":
        return format_money(value, lang)
    if spec.type == "date":
        return format_date(date.fromisoformat(value), lang)
    if spec.type == "choice":
        choice = next((c for c in spec.choices if c.value == value), None)
        return choice.label.get(lang) if choice else value
    return value
