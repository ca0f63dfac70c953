"""The reminders skill: understand a request, confirm it, store it, and deliver it (Outbox).

Dialogue: a request ("我跟招行约好了12月15号还2000", "/remind …") gets a proposal with
confirm/cancel buttons inside a flow; yes/确认/对/好/ok (or the button) stores it, a
correction ("不对，是16号") changes it, anything else leaves the flow and is answered
normally. Delivered reminders carry Paid / Snooze / Cancel buttons; every button that
names a reminder is checked against the chat that pressed it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from bot.kb.model import Lang
from bot.outbox import Outgoing
from bot.parsing import normalize
from bot.reminders import messages as m
from bot.reminders.parse import (
    THIRD_PARTY,
    Parsed,
    Proposal,
    Recurrence,
    extract,
    parse_request,
    proposal,
)
from bot.reminders.store import DEFAULT_LEADS, Delivery, Reminder, ReminderStore, parse_key
from bot.reply import Button, Reply, ReplyBuilder, text_reply
from bot.skills import BaseSkill, Turn
from bot.store import Store
from bot.text import clean, to_traditional
from bot.zones import valid_zone

log = logging.getLogger(__name__)

COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
)
LIST_LIMIT = 10
_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "ok",
    "okay",
    "sure",
    "confirm",
    "correct",
    "right",
    "是",
    "是的",
    "对",
    "对的",
    "好",
    "好的",
    "嗯",
    "嗯嗯",
    "确认",
    "确定",
    "行",
    "可以",
    "没错",
    "没问题",
    "对对",
    "好滴",
}
_NO = {
    "no",
    "n",
    "nope",
    "cancel",
    "不",
    "不是",
    "不对",
    "不用",
    "不要",
    "取消",
    "算了",
    "错了",
    "别",
    "不用了",
}
_PARTICLES = re.compile(r"[吧啊呀哈了的啦]+$")


def _answer(text: str) -> str | None:
    """'yes' / 'no' when the message is a plain confirmation or refusal."""
    words = clean(text).replace(" ", "")
    for candidate in (words, _PARTICLES.sub("", words)):
        if candidate in _YES:
            return "yes"
        if candidate in _NO:
            return "no"
    return None


def _parsed_state(p: Parsed) -> dict[str, Any]:
    rec = p.recurring
    return {
        "due": p.due.isoformat() if p.due else None,
        "time": p.time.strftime("%H:%M") if p.time else None,
        "amount": str(p.amount) if p.amount is not None else None,
        "recurring": {"day": rec.day, "count": rec.count} if rec else None,
        "note": p.note,
    }


def _parsed_from_state(d: dict[str, Any]) -> Parsed:
    rec = d.get("recurring")
    return Parsed(
        due=date.fromisoformat(d["due"]) if d.get("due") else None,
        time=time.fromisoformat(d["time"]) if d.get("time") else None,
        amount=Decimal(d["amount"]) if d.get("amount") else None,
        recurring=Recurrence(rec["day"], rec["count"]) if rec else None,
        note=d.get("note"),
    )


class RemindersSkill(BaseSkill):
    """Payment reminders: the dialogue (Skill), the storage, and delivery (Outbox)."""

    name = "rem"
    commands = ("remind", "reminders", "timezone")

    def __init__(self, store: Store, leads: Sequence[timedelta] = DEFAULT_LEADS):
        self.reminders = ReminderStore(store, leads)
        self.store = store

    # -- free text ----------------------------------------------------------------------------
    def on_message(self, turn: Turn) -> Reply | None:
        flow = turn.ctx.flow
        if flow is not None and flow.owner == self.name:
            reply = self._continue(turn, flow.state)
            if reply is not None:
                return reply
            text = turn.text.strip()
            if text.isdigit() and len(text) <= 2:
                return None  # a number picks one of our buttons: the engine presses it
            turn.end_flow()
        parsed = parse_request(turn.text, turn.now)
        if parsed is None:
            return None
        return self._propose(turn, parsed)

    def _continue(self, turn: Turn, state: dict[str, Any]) -> Reply | None:
        """An answer to our question, a correction, or None (not about the reminder)."""
        answer = _answer(turn.text)
        if answer == "no":
            turn.end_flow()
            return text_reply(turn.lang, m.tr("declined", turn.lang), kind="flow")
        if state.get("step") == "confirm":
            if answer == "yes":
                return self._save(turn, Proposal.from_state(state["proposal"]))
            fresh = parse_request(turn.text, turn.now)
            if fresh is not None and fresh.due is not None:
                return self._propose(turn, fresh)
            change = extract(turn.text, turn.now)
            if change.empty or not _is_correction(turn.text):
                return None
            base = Proposal.from_state(state["proposal"])
            earlier = Parsed(base.due, base.time, base.amount, base.recurring, base.note)
            return self._propose(turn, earlier.merged(change))
        if state.get("step") == "date":
            change = extract(turn.text, turn.now)
            if change.due is None or not _is_correction(turn.text):
                return None
            return self._propose(turn, _parsed_from_state(state["parsed"]).merged(change))
        return None

    def _propose(self, turn: Turn, parsed: Parsed) -> Reply:
        lang = turn.lang
        found = proposal(parsed)
        if found is None:
            turn.start_flow(self.name, step="date", parsed=_parsed_state(parsed))
            return text_reply(lang, m.tr("need_date", lang), kind="flow")
        tz = turn.tz
        leads = self.reminders.future_leads(found.due, found.time, tz, turn.now)
        if not leads and parsed.time is None and found.due == turn.now.date():
            # "今天还2000" after 9:00: remind within the hour instead of refusing.
            later = (turn.now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
            if later.date() == found.due:
                found = Proposal(
                    found.due,
                    later.time().replace(tzinfo=None),
                    found.amount,
                    found.recurring,
                    found.note,
                )
                leads = self.reminders.future_leads(found.due, found.time, tz, turn.now)
        if not leads:
            turn.start_flow(
                self.name,
                step="date",
                parsed=_parsed_state(
                    Parsed(amount=parsed.amount, recurring=parsed.recurring, note=parsed.note)
                ),
            )
            return text_reply(lang, m.tr("past", lang), kind="flow")
        turn.start_flow(self.name, step="confirm", proposal=found.to_state())
        b = ReplyBuilder(lang).add("text", self._describe(found, leads, lang, turn.now.date()))
        b.row(Button(m.tr("yes", lang), "rem:ok"), Button(m.tr("no", lang), "rem:no"))
        return b.build(kind="flow", reminder=found.as_json())

    def _describe(self, p: Proposal, leads: Sequence[timedelta], lang: Lang, today: date) -> str:
        common = {
            "date": m.fmt_date(p.due, lang, today),
            "amount": m.fmt_amount(p.amount, lang),
            "note": m.fmt_note(p.note, lang),
            "leads": m.fmt_leads(leads, p.time, lang),
        }
        if p.recurring is None:
            return m.tr("confirm_one", lang, **common)
        count = len(p.dates())
        count_text = (
            m.tr("count", lang, n=count) if p.recurring.count else m.tr("count_open", lang, n=count)
        )
        return m.tr("confirm_plan", lang, day=p.recurring.day, count=count_text, **common)

    def _save(self, turn: Turn, p: Proposal) -> Reply:
        turn.end_flow()
        lang = turn.lang
        ids = self.reminders.add(turn.chat_id, p, turn.tz, turn.now, lang, turn.ctx.traditional)
        what = f"{m.fmt_when(p.due, p.time, lang, turn.now.date())}{m.fmt_amount(p.amount, lang)}"
        key = "saved_plan" if len(ids) > 1 else "saved"
        log.info("reminder stored: %d occurrence(s)", len(ids))
        return text_reply(
            lang,
            m.tr(key, lang, what=what, n=len(ids)),
            kind="flow",
            reminder={**p.as_json(), "id": ids[0]},
        )

    def remind_deadline(self, turn: Turn, due: date, note: str, before: timedelta) -> Reply:
        """Store a reminder for a court deadline (the person pressed "remind me"): at 09:00
        `before` the deadline and on the day itself."""
        proposal = Proposal(due, time(9, 0), None, None, note)
        ids = self.reminders.add(
            turn.chat_id, proposal, turn.tz, turn.now, turn.lang, turn.ctx.traditional,
            leads=(before, timedelta(0)),
        )  # fmt: skip
        what = f"{m.fmt_when(due, proposal.time, turn.lang, turn.now.date())}{m.fmt_note(note, turn.lang)}"
        log.info("deadline reminder stored")
        return text_reply(
            turn.lang, m.tr("saved", turn.lang, what=what), kind="flow",
            reminder={**proposal.as_json(), "id": ids[0]},
        )  # fmt: skip

    # -- commands -----------------------------------------------------------------------------
    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if command == "remind":
            if _answer(args) == "no":
                return text_reply(turn.lang, m.tr("declined", turn.lang), kind="flow")
            return self._propose(turn, extract(args, turn.now) if args else Parsed())
        if command == "reminders":
            return self._list(turn)
        if command == "timezone":
            return self._timezone(turn, args)
        return None

    def _list(self, turn: Turn) -> Reply:
        lang = turn.lang
        rows = self.reminders.upcoming(turn.chat_id, limit=200)
        if not rows:
            return text_reply(lang, m.tr("list_empty", lang))
        today = turn.now.date()
        b = ReplyBuilder(lang)
        lines: list[str] = []
        seen_plans: set[int] = set()
        shown = 0
        for r in rows:
            if r.plan_id is not None and r.plan_id in seen_plans:
                continue  # one line per plan: its next instalment
            if shown >= LIST_LIMIT:
                break
            shown += 1
            lines.append(self._line(r, lang, today))
            label_date = m.fmt_date(r.local_due.date(), lang, today)
            if r.plan_id is not None:
                seen_plans.add(r.plan_id)
                remaining = sum(1 for x in rows if x.plan_id == r.plan_id)
                b.row(Button(m.tr("cancel_plan", lang, n=remaining), f"rem:xp:{r.id}"))
            else:
                b.row(Button(m.tr("cancel_one", lang, date=label_date), f"rem:x:{r.id}"))
        hidden = len({(x.plan_id or -x.id) for x in rows}) - shown
        b.add(
            "text",
            m.tr("list_head", lang),
            *lines,
            m.tr("list_more", lang, n=hidden) if hidden > 0 else "",
        )
        return b.build(kind="info")

    def _line(self, r: Reminder, lang: Lang, today: date) -> str:
        local = r.local_due
        part = f" · {m.tr('instalment', lang, seq=r.seq, total=r.total)}" if r.total else ""
        money = m.fmt_amount(r.amount, lang) + m.fmt_note(r.note, lang)
        return f"• {m.fmt_moment(local, lang, today)}{money}{part}"

    def _timezone(self, turn: Turn, args: str) -> Reply:
        lang = turn.lang
        name = args.strip()
        if name:
            return self._set_zone(turn, name)
        b = ReplyBuilder(lang).add("text", m.tr("tz_choose", lang, tz=turn.tz))
        for i in range(0, len(COMMON_ZONES), 2):
            b.row(*(Button(z, f"rem:tz:{z}") for z in COMMON_ZONES[i : i + 2]))
        return b.build(kind="flow")  # a question awaiting a pick, not guidance: no disclaimer

    def _set_zone(self, turn: Turn, name: str) -> Reply:
        lang = turn.lang
        match = valid_zone(name)
        if match is None:
            return text_reply(lang, m.tr("tz_unknown", lang, tz=name[:40]), kind="flow")
        self.store.set_setting(turn.chat_id, "tz", match, turn.now.isoformat())
        return text_reply(lang, m.tr("tz_set", lang, tz=match), kind="flow")

    # -- buttons ------------------------------------------------------------------------------
    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        parts = payload.split(":", 2)
        action = parts[1] if len(parts) > 1 else ""
        arg = parts[2] if len(parts) > 2 else ""
        lang = turn.lang
        if action in ("ok", "no"):
            flow = turn.ctx.flow
            if flow is None or flow.owner != self.name or flow.state.get("step") != "confirm":
                return text_reply(lang, m.tr("expired", lang), kind="flow")
            if action == "no":
                turn.end_flow()
                return text_reply(lang, m.tr("declined", lang), kind="flow")
            return self._save(turn, Proposal.from_state(flow.state["proposal"]))
        if action == "tz":
            return self._set_zone(turn, arg)
        if action in ("paid", "snz", "x", "xp") and arg.isdigit() and len(arg) <= 18:
            reminder = self.reminders.get(turn.chat_id, int(arg))
            if reminder is None:  # not this chat's, or gone: the same answer either way
                return text_reply(lang, m.tr("not_found", lang), kind="flow")
            return self._act(turn, reminder, action)
        return None

    def _act(self, turn: Turn, r: Reminder, action: str) -> Reply:
        lang = turn.lang
        today = turn.now.date()
        label = m.fmt_date(r.local_due.date(), lang, today)
        if r.status in ("paid", "cancelled"):
            return text_reply(lang, m.tr("closed", lang), kind="flow")
        if action == "paid":
            self.reminders.close(turn.chat_id, r.id, "paid", turn.now)
            lines = [m.tr("paid", lang, date=label)]
            nxt = self.reminders.next_in_plan(r)
            if nxt is not None:
                lines.append(
                    m.tr(
                        "next",
                        lang,
                        date=m.fmt_date(nxt.local_due.date(), lang, today),
                        amount=m.fmt_amount(nxt.amount, lang),
                    )
                )
            return text_reply(lang, *lines, kind="flow")
        if action == "snz":
            moment = self.reminders.snooze(turn.chat_id, r.id, turn.now)
            assert moment is not None
            return text_reply(
                lang, m.tr("snoozed", lang, when=m.fmt_moment(moment, lang, today)), kind="flow"
            )
        if action == "xp":
            n = self.reminders.close(turn.chat_id, r.id, "cancelled", turn.now, whole_plan=True)
            return text_reply(lang, m.tr("cancelled_plan", lang, n=n), kind="flow")
        self.reminders.close(turn.chat_id, r.id, "cancelled", turn.now)
        return text_reply(lang, m.tr("cancelled", lang, date=label), kind="flow")

    # -- next contact (engine hook) -----------------------------------------------------------
    def notice(self, chat_id: str, lang: Lang, now: datetime) -> str | None:
        """Resume sends stopped by a block and mention reminders missed while the bot was down."""
        missed = self.reminders.at_contact(chat_id, now)
        if not missed:
            return None
        whats = [
            f"{m.fmt_date(r.local_due.date(), lang, now.date())}{m.fmt_amount(r.amount, lang)}"
            for r in missed
        ]
        return m.tr("missed", lang, what=("、" if lang == "zh" else "; ").join(whats))

    # -- delivery (Outbox protocol) -----------------------------------------------------------
    def claim_due(self, now: datetime, limit: int = 100) -> list[Outgoing]:
        return [
            Outgoing(d.key, d.reminder.chat_id, self.delivery_reply(d, now))
            for d in self.reminders.claim(now, limit)
        ]

    def delivered(self, key: str, message_id: int | None, now: datetime) -> None:
        delivery_id = parse_key(key)
        if delivery_id is not None:
            self.reminders.delivered(delivery_id, message_id, now)

    def failed(self, key: str, now: datetime, permanent: bool = False) -> None:
        delivery_id = parse_key(key)
        if delivery_id is not None:
            self.reminders.failed(delivery_id, now, permanent)

    def recover(self, now: datetime) -> dict[str, int]:
        return self.reminders.recover(now)

    def delivery_reply(self, d: Delivery, now: datetime) -> Reply:
        """The message the bot sends on its own for one delivery, with Paid / Snooze / Cancel."""
        r = d.reminder
        lang: Lang = "en" if r.lang == "en" else "zh"
        local = r.local_due
        today = now.astimezone(local.tzinfo).date()
        days = (local.date() - today).days
        if d.kind == "snooze":
            when = m.tr("again", lang)
        elif days >= 2:
            when = m.tr("in_days", lang, n=days)
        elif days == 1:
            when = m.tr("tomorrow", lang)
        else:
            when = m.tr("today", lang)
        part = f" · {m.tr('instalment', lang, seq=r.seq, total=r.total)}" if r.total else ""
        line = m.tr(
            "due_line",
            lang,
            when=m.fmt_moment(local, lang, today),
            amount=m.fmt_amount(r.amount, lang),
            note=m.fmt_note(r.note, lang),
            part=part,
        )
        b = ReplyBuilder(lang).add(
            "text", m.tr("due_head", lang), line, when, m.tr("due_tip", lang)
        )
        b.row(
            Button(m.tr("paid_button", lang), f"rem:paid:{r.id}"),
            Button(m.tr("snooze_button", lang), f"rem:snz:{r.id}"),
            Button(m.tr("cancel_button", lang), f"rem:x:{r.id}"),
        )
        reply = b.build(
            kind="info",
            reminder={
                "id": r.id,
                "due": local.date().isoformat(),
                "time": local.strftime("%H:%M"),
                "status": r.status,
            },
        )
        if lang == "zh" and r.traditional:
            reply = reply.map_text(to_traditional)
        return reply


def _is_correction(text: str) -> bool:
    """A short reply about the proposal ("16号", "不对，是晚上8点"), not a new topic with a date in it."""
    text = normalize(text)
    if _CORRECTION.search(text):
        return True
    if _QUESTION.search(text) or THIRD_PARTY.search(text):
        return False  # "催收说明天上门" mentions a day but is about something else
    return len(clean(text).replace(" ", "")) <= 15


_CORRECTION = re.compile(
    r"^\s*(?:不对|不是|错了|改成|改为|换成|应该是|是|不，|no\b|actually|change|make it)",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"[?？]|怎么|吗|会不会|如何|为什么|\b(?:how|what|why)\b", re.IGNORECASE)
