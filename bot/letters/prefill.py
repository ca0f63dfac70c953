"""What a request for a letter already says: the fields it can fill before the first question.

"给招行写个协商还款申请，欠了5万，每月能还1500，分36期" → creditor 招商银行, amount 50000,
monthly 1500, months 36; "a letter asking the bank to stop calling my mother and my boss" →
contacted "my mother and my boss" (a generic "the bank" names no creditor). Only fields a
template has are filled, by name: creditor, amount / amount_claimed, monthly, months, contacted,
and creditor_kind where the words settle it (信用卡 → bank-card; 花呗, 网贷, … → other).
Values go through the same parser as typed answers (fields.parse_value), so a pre-filled value
is exactly what the person could have typed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.letters.fields import parse_value
from bot.parsing.relations import EN_KIN, ZH_KIN
from bot.repayment import read_situation
from bot.text import to_simplified

if TYPE_CHECKING:
    from bot.letters.templates import Letter

# Short names people use → the name a letter is addressed to.
CREDITORS: tuple[tuple[str, str], ...] = (
    (r"招商银行|招行|招商", "招商银行"),
    (r"中国建设银行|建设银行|建行", "中国建设银行"),
    (r"中国工商银行|工商银行|工行", "中国工商银行"),
    (r"中国农业银行|农业银行|农行", "中国农业银行"),
    (r"交通银行|交行", "交通银行"),
    (r"中国银行|中行", "中国银行"),
    (r"浦发银行|浦发", "浦发银行"),
    (r"兴业银行|兴业", "兴业银行"),
    (r"中信银行|中信", "中信银行"),
    (r"光大银行|光大", "光大银行"),
    (r"民生银行|民生", "民生银行"),
    (r"华夏银行", "华夏银行"),
    (r"平安银行", "平安银行"),
    (r"平安普惠", "平安普惠"),
    (r"广发银行|广发", "广发银行"),
    (r"邮储银行|邮政储蓄银行|邮储", "中国邮政储蓄银行"),
    (r"花呗", "花呗（重庆蚂蚁消费金融有限公司）"),
    (r"借呗", "借呗（重庆蚂蚁消费金融有限公司）"),
    (r"微粒贷", "微粒贷（深圳前海微众银行）"),
    (r"京东白条|京东金条|白条|金条", "京东金融"),
    (r"招联金融|招联", "招联消费金融有限公司"),
    (r"马上消费", "马上消费金融股份有限公司"),
    (r"\bcmb\b|china merchants(?: bank)?", "China Merchants Bank"),
    (r"\bicbc\b", "Industrial and Commercial Bank of China"),
    (r"\bccb\b|china construction bank", "China Construction Bank"),
    (r"\bboc\b|bank of china", "Bank of China"),
    (r"\babc\b|agricultural bank(?: of china)?", "Agricultural Bank of China"),
    (r"\bbocom\b|bank of communications", "Bank of Communications"),
    (r"\bciti(?:bank)?\b", "Citibank"),
    (r"\bhsbc\b", "HSBC"),
    (r"\bping ?an\b", "Ping An"),
    (r"\bhuabei\b", "Huabei (Chongqing Ant Consumer Finance)"),
    (r"\bjiebei\b", "Jiebei (Chongqing Ant Consumer Finance)"),
)
_CREDITOR_RES = [(re.compile(p, re.IGNORECASE), name) for p, name in CREDITORS]
# "XX银行" not in the list: taken as written ("给宁波银行写…"), from after the last word that
# cannot be part of a bank's name ("能帮我给银行…" names no bank).
_ANY_BANK_RE = re.compile(r"([\u4e00-\u9fff]{0,8})银行")
_NAME_STOP = "给向跟和对找问让帮替我你他她的个写封份叫请能要想"
_NOT_A_BANK = re.compile(r"^(?:这家|那家|这个|那个|某|哪|一家|各|商业|网上|手机)")

_BANK_CARD_RE = re.compile(r"信用卡|\bcredit ?cards?\b", re.IGNORECASE)
_OTHER_LOAN_RE = re.compile(
    r"花呗|借呗|微粒贷|白条|金条|网贷|消费金融|小贷|招联|马上消费|平安普惠|美团|分期乐|安逸花|度小满|"
    r"\bhuabei\b|\bjiebei\b|\bonline loans?\b|\bconsumer finance\b|\bloan app\b",
    re.IGNORECASE,
)
# Relatives come from the shared word class (bot/parsing/relations.py: 表哥, 小姨, 老公的妈, cousin…).
_RELATION = (
    rf"(?:我的?|my\s+)?(?:{ZH_KIN}|{EN_KIN}|"
    r"朋友|同学|同事|领导|老板|上司|单位|公司|邻居|紧急联系人|通讯录|"
    r"friends?|colleagues?|co-?workers?|boss|employer|manager|neighbou?rs?|emergency contacts?|contacts)"
)
_CONTACTED_RE = re.compile(
    r"(?:打电话给|打给|打俾|打畀|打到|联系|骚扰|找|发短信给|给|call(?:ing)?|contact(?:ing)?|text(?:ing)?|harass(?:ing)?|messag(?:e|ing))\s*"
    rf"(?P<who>{_RELATION}(?:\s*(?:和|、|跟|及|还有|以及|,|，|and|&)\s*{_RELATION})*)",
    re.IGNORECASE,
)


def creditor(text: str) -> str | None:
    """The creditor a request names, under the name a letter is addressed to."""
    s = to_simplified(text)
    for rx, name in _CREDITOR_RES:
        if rx.search(s):
            return name
    for m in _ANY_BANK_RE.finditer(s):
        before = m.group(1)
        cut = max(before.rfind(c) for c in _NAME_STOP)
        name = before[cut + 1 :] + "银行"
        if len(name) >= 4 and not _NOT_A_BANK.match(name):
            return name
    return None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def prefill(letter: Letter, text: str, today: date) -> dict[str, str]:
    """Field values the request already gives, checked by each field's own parser; fields the
    template does not have, and values that do not parse, are left to the questions."""
    s = to_simplified(text)
    found: dict[str, str | None] = {"creditor": creditor(s)}
    # The figures come from the one reader of what people say about a debt (bot/repayment.py),
    # which the plan answer uses too.
    situation = read_situation(s)
    found["monthly"] = _text(situation.monthly)
    found["amount"] = found["amount_claimed"] = _text(situation.total)
    found["months"] = str(situation.months) if situation.months else None
    if _BANK_CARD_RE.search(s):
        found["creditor_kind"] = "bank-card"
    elif _OTHER_LOAN_RE.search(s):
        found["creditor_kind"] = "other"
    who = _CONTACTED_RE.search(s)
    found["contacted"] = who["who"].strip() if who else None
    values: dict[str, str] = {}
    for spec in letter.fields:
        raw = found.get(spec.name)
        if not raw:
            continue
        parsed = parse_value(spec, raw, today)
        if parsed.value is not None and not parsed.error:
            values[spec.name] = parsed.value
    return values
