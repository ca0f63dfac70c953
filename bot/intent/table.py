"""The intent table: which feature a message is about, in the order that is the policy.

Read top to bottom; the first row whose skill answers wins, and a message no row claims
goes to the knowledge base. Reminder rows come from bot/reminders (frame.py, manage.py);
letters, deadlines and the scam check use those skills' own detection; the evidence log
is left to its skill (it claims only explicit "记一下：…" / "log:" messages and exports); a plain
tally of contacts gets an offer to log it (evidence/offer.py).
"""

from __future__ import annotations

from typing import Any

from bot.deadlines import detect_kind
from bot.evidence.offer import tally
from bot.intent.features import asks_about_features, feature_reply
from bot.intent.layer import Probe, Rule
from bot.letters.skill import wants_letter
from bot.reminders import frame, manage
from bot.scamcheck.flags import check, pasted, worth_checking


def _frame(p: Probe) -> frame.Frame | None:
    return p.once("frame", lambda: frame.read(p.normalized, p.now, normalized=True))  # type: ignore[no-any-return]


def reminder_manage(p: Probe) -> manage.Command | None:
    found = manage.read(p.normalized, p.now, normalized=True)
    if found is None or _their_demand(p):
        return None  # "对方话…要我讲验证码…先可以帮我延期": their demand, no order to the bot
    return found


def _their_demand(p: Probe) -> bool:
    """Someone else's demand told or pasted that raises a red flag of its own (a code, a private
    account, a fee): its 延期 or 取消 is what they promise, not an order about a reminder."""
    flags = scam(p)
    return bool(flags) and any(f.id in _RELAYED_FLAGS for f in flags)


def reminder_request(p: Probe) -> frame.Frame | None:
    found = _frame(p)
    if found is None or not found.asked or _relayed_scam(p):
        return None
    return found


# What the other side demanded, relayed ("dem send me msg say … make i pay to account name Zhang
# Wei"): their order to pay, not the person asking for a reminder.
_RELAYED_FLAGS = frozenset(
    ("personal-account", "fake-court", "credentials", "fee-to-stop", "arrest-threat")
)


def _relayed_scam(p: Probe) -> bool:
    flags = scam(p)
    return bool(flags) and pasted(p.text) and any(f.id in _RELAYED_FLAGS for f in flags)


def payment_statement(p: Probe) -> frame.Frame | None:
    found = _frame(p)
    return found if found is not None and not found.asked else None


def payment_note(p: Probe) -> bool:
    """A note that is only a payment, with no contact in it ("记一下 14号还光大信用卡 2k"): a
    payment to be reminded of, not a collector's contact for the evidence log."""
    found = _frame(p)
    if found is None or found.asked:
        return False
    from bot.evidence.extract import extract_all  # (large: imported when first needed)

    return all(e.kind == "other" for e in extract_all(p.text, p.now))


def letter(p: Probe) -> bool:
    return wants_letter(p.text)


def deadline(p: Probe) -> str | None:
    return detect_kind(p.text)


def scam(p: Probe) -> Any:
    return p.once("scam", lambda: worth_checking(p.text) and check(p.text))


# Signs that a pasted court paper is not one: it asks for a secret, a private account, a fee to
# make the case go away, or sends to a link or a court that is not official.
_FAKE_PAPER_FLAGS = frozenset(
    (
        "fake-court",
        "unofficial-link",
        "short-link",
        "credentials",
        "personal-account",
        "fee-to-stop",
    )
)


def fake_paper(p: Probe) -> Any:
    flags = scam(p)
    return flags and any(f.id in _FAKE_PAPER_FLAGS for f in flags)


def contact_tally(p: Probe) -> Any:
    return tally(p.text, p.now)


def about_the_bot(p: Probe) -> bool:
    return asks_about_features(p.normalized, normalized=True)


RULES: tuple[Rule, ...] = (
    # Questions about the bot itself first: "怎么取消提醒" asks how, it does not cancel.
    Rule("feature-help", None, about_the_bot, respond=feature_reply),
    # Managing stored reminders first: "取消提醒" or "把周五那个800的提醒取消掉" also names a date
    # and an amount, and must not become a new reminder.
    Rule("reminder-manage", "rem", reminder_manage),
    # Addressed to the bot ("提醒我", "到时候叫我"): the confirm flow; before the evidence log,
    # whose "帮我记着…" would otherwise take "帮我记着 周二要还花呗九百 到时候叫我".
    Rule("reminder-set", "rem", reminder_request),
    # "记一下：…", "log: …", 导出 — the skill decides, unless the note is only a payment
    Rule("evidence", "evidence", unless=payment_note),
    Rule("letter", "letter", letter),
    # A "传票" that asks for a password or sends to www.c0urt-gov.com is checked, not given a
    # deadline: counting days on a fake paper would lend it weight.
    Rule("scam-check-paper", "scam", fake_paper),
    Rule("deadline", "deadline", deadline),
    Rule("scam-check", "scam", scam),
    # A payment said in passing: an offer, after the skills that read pasted texts and papers.
    Rule("reminder-offer", "rem", payment_statement),
    # Contacts counted in passing ("today 6 calls 2 sms 1 visit"): an offer to log them, last,
    # so a payment, a pasted scam or a letter request said with them is read as that first.
    Rule("evidence-offer", "evidence", contact_tally),
)
