"""Is a message a request for a reminder, or a plain statement of a payment to make?

Two readings, both from the same parsed fields (parse.extract):
- a *request* is addressed to the bot ("提醒我…", "remind me…", "记得提我") and keeps the
  confirm flow even without a date (the bot then asks for one);
- a *statement* is a payment frame: a future due date + an amount or a creditor + a
  repayment verb (or a creditor and an amount: "Thursday: CCB card 1,850"), found in the
  clauses that carry no negative evidence (cues.py). Questions, past payments, money owed,
  someone else's words and court dates are not statements. A statement gets an offer of a
  reminder, never a reminder set silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing import normalize
from bot.reminders.cues import (
    ACCEPT,
    CREDITOR,
    PAY,
    cannot_pay,
    clauses,
    is_question,
    negates_reminder,
)
from bot.reminders.parse import Parsed, explicit_request, extract
from bot.reminders.typos import fix_typos


@dataclass(frozen=True)
class Frame:
    """What a message says about a payment reminder."""

    parsed: Parsed
    asked: bool  # the person asked to be reminded; otherwise the bot only offers


def read(text: str, now: datetime, normalized: bool = False) -> Frame | None:
    """The reminder a message asks for or a payment it states; None for anything else."""
    s = fix_typos(text if normalized else normalize(text))
    if negates_reminder(s):
        return None
    if explicit_request(s):
        return Frame(extract(s, now, normalized=True), asked=True)
    if (
        is_question(s)
        or cannot_pay(s, now)
        or not (PAY.search(s) or CREDITOR.search(s) or ACCEPT.search(s))
    ):
        return None
    live = " ".join(c.text for c in clauses(s) if c.dead is None)
    if not live.strip():
        return None
    # An agreement made ("i agreed", "说好", "我答应了") is a payment cue of its own.
    pay = PAY.search(live) is not None
    verb = pay or ACCEPT.search(live) is not None  # taking up an offer ("i agreed") is a cue
    creditor = CREDITOR.search(live) is not None
    if not (verb or creditor):
        return None
    # "周五 还了 招行 3000": the only repayment verb said is a done one; "今天还款日 但是我已经还过了":
    # 还款日 names the day, it pays nothing, so the done verb is the only one said.
    pays = PAY.search(_PAY_DAY.sub(lambda m: " " * len(m.group(0)), live)) is not None
    if not pays and any(c.dead == "past" and PAY.search(c.text) for c in clauses(s)):
        return None
    parsed = extract(s, now, normalized=True)
    if parsed.due is None or parsed.due < now.date():
        return None
    if parsed.amount is None and not creditor and not _MONEY_BACK.search(live):
        return None  # "明天还钱", "repaying on friday": the money itself is the object
    if not pay and parsed.amount is None:  # "银行答应给我分期 明天打电话确认": no payment said
        return None
    # "帮我记一下", "记住", "note it down" after a payment to make asks the bot to keep it: a
    # request (the evidence log's "记一下：…" has no payment to come, so never gets here).
    return Frame(parsed, asked=_NOTE_IT.search(s) is not None)


# Repaying money as such, with no amount or lender named.
_MONEY_BACK = re.compile(
    r"还(?:钱|款)|还债|还数|找数|\brepay(?:ing)?\b|\bpay(?:ing)?\s+(?:it\s+|the\s+money\s+)?back\b",
    re.IGNORECASE,
)
# The day a payment falls due, named as a noun (not a payment made on it).
_PAY_DAY = re.compile(
    r"还款(?:日期?|期限|时间|的日子)|\b(?:due|payment)\s+(?:date|day)\b",
    re.IGNORECASE,
)
_NOTE_IT = re.compile(
    r"(?:帮|给|替)我\s?记(?:一下|下|住|着|好)|记(?:一下|下来|住)(?:哈|啊|哦|吧)?\s*$|"
    r"\b(?:note|write|jot|put)\s+(?:it|this|that)\s+down\b|\bkeep\s+track\s+of\s+(?:it|this|that)\b",
    re.IGNORECASE,
)
