"""Amounts of money in Chinese and English: 2000, 2,000, 2000元/块/rmb, ¥2000, 两千五, 一万二, 3千, 3k, 3.5万.

A number counts as an amount unless its neighbours say it is something else:
a date (12月15号, 12/15, Dec 15), a time (8点, 20:00, 9am), a count (3个月, 共12期,
3 days) or an ordinal (第2期, the 10th). Chinese numerals (cn2an) are taken only
with a magnitude (十/百/千/万) or a currency word, so 一下, 三个月 and 十二月 are not money.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import normalize

# English number words for counts, days and hours ("in three days", "at seven", "a call").
EN_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{
        w: n
        for n, w in enumerate(
            "one two three four five six seven eight nine ten eleven twelve".split(), 1
        )
    },
    **{
        w: n
        for n, w in enumerate(
            "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(), 13
        )
    },
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
# Counts said as words of their own: "called twice", "a dozen calls".
EN_COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3, "dozen": 12, "dozens": 24, "several": 3}
# Chinese round figures: 二十多个 is 20 (at least), 十几个 11, 好几 3, 几十 20.
_CN_APPROX = (
    (re.compile(r"([一二两三四五六七八九])十(?:几|多|来)"), r"\1十"),
    (re.compile(r"十几|十多|十来"), "11"),
    (re.compile(r"几十"), "20"),
    (re.compile(r"好几"), "3"),
    (re.compile(r"(\d+)多(?=[个次通条遍])"), r"\1"),
)


def approximate_counts(s: str) -> str:
    """Round Chinese figures as the lowest number they promise (二十多 → 二十, 十几 → 11)."""
    for rx, repl in _CN_APPROX:
        s = rx.sub(repl, s)
    return s


CN_DIGITS = "零〇一二两俩仨三四五六七八九壹贰叁肆伍陆柒捌玖廿"  # 俩 = 两, 仨 = 三 (spoken)
CN_UNITS = "十拾百佰千仟万萬亿億"
CN_NUMERAL = f"[{CN_DIGITS}{CN_UNITS}]"

_MAGNITUDE = {
    "k": Decimal(1000),
    "百": Decimal(100),
    "千": Decimal(1000),
    "w": Decimal(10000),
    "万": Decimal(10000),
    "grand": Decimal(1000),
    "thousand": Decimal(1000),
    "hundred": Decimal(100),
}
_CURRENCY_BEFORE = r"(?P<pre>¥|hk\$|\$|rmb|cny|hkd|人民币)"
_CURRENCY_AFTER = (
    r"(?P<post>块钱|块|元|圆|蚊|rmb|cny|yuan|kuai|人民币|hkd|bucks\b|dollars\b|(?<=\d)\s?港币)"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

AMOUNT_RE = re.compile(
    rf"{_CURRENCY_BEFORE}?\s?"
    rf"(?:(?P<digits>{_DIGITS})\s?(?P<mag>k(?![a-z])|w(?![a-z])|百|千|万|grand\b|thousand\b|hundred\b)?"
    rf"(?P<tail>\d{{1,4}}(?![\d.])|[一二两三四五六七八九](?!{CN_NUMERAL}))?"
    rf"|(?P<cn>{CN_NUMERAL}+))"
    rf"\s?{_CURRENCY_AFTER}?",
    re.IGNORECASE,
)

_MONTHS_EN = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
    "|august|september|october|november|december"
)
# What may follow a number that is not money (dates, times, counts, ordinals, percentages).
_NOT_MONEY_AFTER = re.compile(
    r"\s?(?:[月号點点:个個天年周次岁歲%％秒樓楼层]|-(?=\s?\d)|日(?!期|子)|[时時](?![间間])|/(?=\s?\d)(?!\s?(?:month|mo\b|月|期|mth))|期(?!数)|分钟|分(?![期\d一二三四五六七八九十两])|小时|星期|礼拜|多?个月"
    rf"|(?:st|nd|rd|th)\b|(?:days?|weeks?|months?|years?|hours?|mins?|minutes?|am|pm|a\.m|p\.m"
    rf"|o'?clock|(?:monthly\s+)?(?:instal+ments|payments|(?:instal+ment|payment)\s+(?:left|remaining|to\s+go))|times|percent|{_MONTHS_EN})\b)",
    re.IGNORECASE,
)
_NOT_MONEY_BEFORE = re.compile(
    rf"(?:(?:[第每.]|周|星期|礼拜|\b(?:{_MONTHS_EN})\.?)\s?|(?<=\d)[:：]\s?|(?<!\s)-|(?<=\d)/\s?)$",
    re.IGNORECASE,
)


# Lenders whose names carry digits (360借条, 融360, 58好借): the digits are not money.
_BRAND_RE = re.compile(
    r"融\s?360|360(?=\s?(?:借条|借款|借钱|金融|数科|贷|分期|白条|信用|jietiao))|58(?=\s?(?:好借|同城))|"
    r"51(?=\s?(?:信用卡|人品))|2345(?=\s?贷款)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    span: tuple[int, int]  # in normalize(text)
    explicit: bool  # a currency or magnitude word says it is money

    def as_number(self) -> int | float:
        """For JSON: an int when whole, else a float."""
        return (
            int(self.value) if self.value == self.value.to_integral_value() else float(self.value)
        )


@lru_cache(maxsize=1)
def _cn2an():  # type: ignore[no-untyped-def]
    import cn2an  # imported lazily: most messages carry no Chinese numeral

    return cn2an


_BARE_MAGNITUDE = re.compile(r"[万千][二两三四五六七八九]")


def chinese_number(text: str) -> Decimal | None:
    """A Chinese (or mixed, e.g. 3.5万) numeral as a number; None if it is not one."""
    text = text.replace("俩", "两").replace("仨", "三")
    if _BARE_MAGNITUDE.fullmatch(text):  # 万五 = 一万五 (15000), 千二 = 1200; not 万一 ("in case")
        text = "一" + text
    try:
        return Decimal(str(_cn2an().cn2an(text, "smart")))
    except (ValueError, KeyError, InvalidOperation, IndexError, TypeError):
        return None


def small_int(text: str) -> int | None:
    """A day, month, hour or count written in digits or Chinese numerals (15, 十五, 两)."""
    if text.isdigit():
        return int(text)
    value = chinese_number(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


def count_number(text: str) -> int | None:
    """A count in digits, Chinese numerals or English words (12, 十二, twelve, twenty-four, a)."""
    word = text.strip().lower()
    if word in EN_NUMBER_WORDS:
        return EN_NUMBER_WORDS[word]
    parts = re.split(r"[- ]", word)
    if len(parts) == 2 and parts[0] in EN_NUMBER_WORDS and parts[1] in EN_NUMBER_WORDS:
        return EN_NUMBER_WORDS[parts[0]] + EN_NUMBER_WORDS[parts[1]]
    return small_int(word)


def find_amounts(text: str, normalized: bool = False) -> list[Amount]:
    """Every amount of money in the text, in order."""
    s = text if normalized else normalize(text)
    found: list[Amount] = []
    brands = [b.span() for b in _BRAND_RE.finditer(s)]
    for m in AMOUNT_RE.finditer(s):
        if any(start < m.end() and m.start() < end for start, end in brands):
            continue
        amount = _amount(s, m)
        if amount is not None:
            found.append(amount)
    if _HAS_EN_MAGNITUDE.search(s):
        words = [w for w in _en_word_amounts(s) if not any(_overlap(w.span, a.span) for a in found)]
        found = sorted(found + words, key=lambda a: a.span[0])
    return found


# English amounts in words: "eight hundred", "fifteen hundred", "two thousand five hundred".
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_UNITS_EN = {w: n for w, n in EN_NUMBER_WORDS.items() if n < 20 and w not in ("a", "an")}
_NUM_WORD = (
    "(?:(?:"
    + "|".join(_TENS)
    + r")(?:[\s-](?:"
    + "|".join(w for w, n in _UNITS_EN.items() if n < 10)
    + "))?|"
    + "|".join(sorted(_UNITS_EN, key=len, reverse=True))
    + ")"
)
_EN_WORD_AMOUNT = re.compile(
    rf"\b(?P<a>{_NUM_WORD}|a)\s+(?P<u>thousand|hundred|grand)"
    rf"(?:\s+(?:and\s+)?(?P<b>{_NUM_WORD})\s+hundred)?(?:\s+(?:and\s+)?(?P<c>{_NUM_WORD}))?\b",
    re.IGNORECASE,
)
_HAS_EN_MAGNITUDE = re.compile(r"hundred|thousand|grand", re.IGNORECASE)


def _word_value(word: str | None) -> int:
    if not word:
        return 0
    parts = re.split(r"[\s-]+", word.lower())
    return sum(_TENS.get(p) or _UNITS_EN.get(p) or (1 if p == "a" else 0) for p in parts)


def _en_word_amounts(s: str) -> list[Amount]:
    out = []
    for m in _EN_WORD_AMOUNT.finditer(s):
        if m["u"].lower() == "grand" and m["a"].lower() == "a":
            continue  # "a grand plan"
        unit = 100 if m["u"].lower() == "hundred" else 1000
        value = _word_value(m["a"]) * unit + _word_value(m["b"]) * 100 + _word_value(m["c"])
        if value <= 0 or _NOT_MONEY_AFTER.match(s, m.end()):
            continue
        out.append(Amount(Decimal(value), m.span(), True))
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def parse_amount(text: str, normalized: bool = False) -> Amount | None:
    """The amount a message is about: the first one marked as money, else the first plain number."""
    amounts = find_amounts(text, normalized)
    explicit = [a for a in amounts if a.explicit]
    if explicit:
        return explicit[0]
    return amounts[0] if amounts else None


def _amount(s: str, m: re.Match[str]) -> Amount | None:
    pre, post, mag = m.group("pre"), m.group("post"), m.group("mag")
    start, end = m.span()
    if m.group("digits"):
        raw = m.group("digits").replace(",", "")
        if len(raw.split(".")[0]) > 9:  # phone, card or account numbers, not money
            return None
        value: Decimal | None = Decimal(raw)
        if mag:
            value = Decimal(raw) * _MAGNITUDE[mag.lower()]
            tail = small_int(m.group("tail") or "")
            if tail is not None:  # 1万2 = 12000, 3千5 = 3500, 3万5000 = 35000
                unit = _MAGNITUDE[mag.lower()]
                value += tail * unit / 10 if tail < 10 else tail
                if tail >= unit:
                    return None
        elif m.group("tail"):  # "2000两" is not a number we understand; drop the tail
            end = m.start("tail")
            post = None
        explicit = bool(pre or post or mag)
    else:
        cn = m.group("cn")
        has_unit = any(ch in CN_UNITS for ch in cn)
        if not (has_unit or pre or post):
            return None
        value = chinese_number(cn)
        explicit = bool(pre or post or any(ch in "千仟万萬亿億" for ch in cn))
    if value is None or value <= 0:
        return None
    if value == value.to_integral_value():
        value = Decimal(int(value))
    if not post and _NOT_MONEY_AFTER.match(s, end):
        return None
    # Strip the leading space the optional currency gap may have captured, first: a dash
    # touching the number is a range or a date ("12-15"); one set apart is a separator
    # ("jan 3 -- 4,000 -- ping an").
    while start < end and s[start].isspace():
        start += 1
    if not pre and _NOT_MONEY_BEFORE.search(s[max(0, start - 12) : start]):
        return None
    return Amount(value, (start, end), explicit)
