"""The reminders skill: understand a request, confirm it, store it, and deliver it (Outbox).

Dialogue: a request ("我跟招行约好了12月15号还2000", "/remind …") gets a proposal with
confirm/cancel buttons inside a flow; yes/确认/对/好/ok (or the button) stores it, a
correction ("不对，是16号") changes it, anything else leaves the flow and is answered
normally. Delivered reminders carry Paid / Snooze / Cancel buttons; every button that
names a reminder is checked against the chat that pressed it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.assent import yes_or_no
from bot.kb.model import Lang
from bot.outbox import Outgoing
from bot.parsing import normalize
from bot.reminders import messages as m
from bot.reminders.manage import Command, named_notes, resolve, says_reminder
from bot.reminders.parse import (
    THIRD_PARTY,
    Parsed,
    Proposal,
    Recurrence,
    corrected_amount,
    extract,
    names_far_year,
    parse_request,
    proposal,
    too_far,
)
from bot.reminders.store import DEFAULT_LEADS, Delivery, Reminder, ReminderStore, parse_key
from bot.reply import Button, Reply, ReplyBuilder, offer_under, text_reply
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
# A payment statement also gets the knowledge base's answer only when the match is this sure:
# statements like "下个月5号要还银行3000元" otherwise draw confident but unrelated entries.
OFFER_WITH_ANSWER = 0.9


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

    def claims(self, turn: Turn) -> bool:
        """Whether `on_message` would take this message (outside a flow), without acting on it."""
        return parse_request(turn.text, turn.now) is not None

    def _continue(self, turn: Turn, state: dict[str, Any]) -> Reply | None:
        """An answer to our question, a correction, or None (not about the reminder)."""
        answer = yes_or_no(turn.text)
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
            if change.amount is None and _CORRECTION.search(normalize(turn.text)):
                # "不对，是2500", "make it 1,250": a bare number corrects the amount
                change = replace(change, amount=corrected_amount(turn.text, turn.now))
            if change.empty or not _is_correction(turn.text):
                return None
            if state.get("offer") and not _CORRECTION.search(normalize(turn.text)):
                return None  # after an offer, a new payment is a new message, not a correction
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
        far = parsed.due is not None and too_far(parsed.due, turn.now.date())
        if far or names_far_year(turn.text, turn.now.date()):
            turn.start_flow(self.name, step="date", parsed=_parsed_state(replace(parsed, due=None)))
            return text_reply(lang, m.tr("far", lang), kind="flow")
        found = proposal(parsed)
        if found is None:
            turn.start_flow(self.name, step="date", parsed=_parsed_state(parsed))
            return text_reply(lang, m.tr("need_date", lang), kind="flow")
        found, leads = self._schedule(turn, found, parsed.time is None)
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

    def _schedule(
        self, turn: Turn, found: Proposal, no_time: bool
    ) -> tuple[Proposal, list[timedelta]]:
        """The proposal and its lead times still ahead; "今天还2000" after 9:00 is moved to
        the next full hour instead of being refused."""
        tz = turn.tz
        leads = self.reminders.future_leads(found.due, found.time, tz, turn.now)
        if not leads and no_time and found.due == turn.now.date():
            later = (turn.now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
            if later.date() == found.due:
                found = replace(found, time=later.time().replace(tzinfo=None))
                leads = self.reminders.future_leads(found.due, found.time, tz, turn.now)
        return found, leads

    # -- the intent layer (bot/intent) --------------------------------------------------------
    def on_intent(self, turn: Turn, intent: Any) -> Reply | None:
        """Answer what the intent layer decided this message is: a request for a reminder
        (confirm flow), a plain statement of a payment (an offer), or managing reminders."""
        if intent.name == "reminder-manage":
            return self.manage(turn, intent.detail)
        if intent.name == "reminder-set":
            return self._propose(turn, intent.detail.parsed)
        if intent.name == "reminder-offer":
            return self._offer(turn, intent.detail.parsed)
        return None

    def _offer(self, turn: Turn, parsed: Parsed) -> Reply | None:
        """A payment said in passing: ask whether to remind, never set one silently."""
        lang = turn.lang
        found = proposal(parsed)
        if found is None or too_far(found.due, turn.now.date()):
            return None
        found, leads = self._schedule(turn, found, parsed.time is None)
        if not leads:
            return None
        turn.start_flow(self.name, step="confirm", proposal=found.to_state(), offer=True)
        today = turn.now.date()
        common = {
            "date": m.fmt_date(found.due, lang, today),
            "amount": m.fmt_amount(found.amount, lang),
            "note": m.fmt_note(found.note, lang),
            "leads": m.fmt_leads(leads, found.time, lang),
        }
        if found.recurring is None:
            text = m.tr("offer_one", lang, **common)
        else:
            count = len(found.dates())
            n = (
                m.tr("count", lang, n=count)
                if found.recurring.count
                else m.tr("count_open", lang, n=count)
            )
            text = m.tr("offer_plan", lang, day=found.recurring.day, count=n, **common)
        b = ReplyBuilder(lang).add("text", text)
        b.row(Button(m.tr("offer_yes", lang), "rem:ok"), Button(m.tr("offer_no", lang), "rem:no"))
        offer = b.build(kind="flow", reminder={**found.as_json(), "offer": True})
        return _after_answer(turn, offer)

    # -- managing reminders in words ----------------------------------------------------------
    def manage(self, turn: Turn, cmd: Command) -> Reply | None:
        """List, cancel, change, snooze or mark paid the reminders a message refers to; None
        when the message turns out not to be about the chat's reminders."""
        lang = turn.lang
        if cmd.op == "list":
            return self._list(turn)
        rows = self.reminders.upcoming(turn.chat_id, limit=200)
        cmd = named_notes(cmd, rows)
        pool = resolve(
            replace(
                cmd,
                days=(),
                monthdays=(),
                amounts=(),
                creditors=frozenset(),
                notes=frozenset(),
                position=None,
                plan=False,
            ),  # fmt: skip
            rows,
        )
        targets = resolve(cmd, rows)
        if not targets and cmd.op == "change" and cmd.new_amount is None and cmd.amounts:
            # "他们说这期先还500就行…把周五那个的金额改一下", "招行那笔其实是1000不是800":
            # an amount no reminder has is the new one; the others still point.
            known = {r.amount for r in rows}
            new = [a for a in cmd.amounts if a not in known]
            rest = replace(
                cmd, amounts=tuple(a for a in cmd.amounts if a in known),
                new_amount=new[0] if new else None,
            )  # fmt: skip
            if new and len(resolve(rest, rows)) == 1:
                cmd, targets = rest, resolve(rest, rows)
        if cmd.op == "snooze" and not targets:
            return None  # "remind me about the 5000 I'm paying…": a new reminder, not a snooze
        fits = cmd.has_reference and 0 < len(targets) < len(pool) + (1 if len(pool) == 1 else 0)
        if cmd.op == "paid" and not (
            cmd.creditors or cmd.notes or cmd.pointed or cmd.plan or cmd.position
        ):
            fits = False  # "还了800" alone may be any payment; a creditor or "那笔" must point
        if not (cmd.names_reminder or fits or (cmd.everything and pool)):
            return None
        if not pool:
            if not cmd.everything and not says_reminder(cmd.text):
                # Only a pointer and a verb ("那个错的记录能改吗", "这个裁决能撤销吗") in a chat
                # with no reminders: a question about the debt, for the knowledge base.
                return None
            return text_reply(lang, m.tr("manage_none", lang), kind="flow")
        if not targets:
            listing = self._list(turn)
            return replace(
                listing,
                blocks=(*text_reply(lang, m.tr("manage_nomatch", lang)).blocks, *listing.blocks),
            )
        if cmd.everything and cmd.op == "cancel":
            n = sum(
                self.reminders.close(turn.chat_id, r.id, "cancelled", turn.now, whole_plan=True)
                for r in targets
            )
            return text_reply(
                lang, m.tr("cancelled_all", lang, n=n), kind="flow",
                action=_manage_action("cancel", [r.id for r in targets]),
            )  # fmt: skip
        if cmd.everything and cmd.op == "paid":  # "所有的都还清了": each one's current payment
            paid = [
                r for r in targets if self.reminders.close(turn.chat_id, r.id, "paid", turn.now)
            ]
            return text_reply(
                lang, m.tr("paid_all", lang, n=len(paid)), kind="flow",
                action=_manage_action("paid", [r.id for r in paid]),
            )  # fmt: skip
        if (
            cmd.op == "change"
            and cmd.new_due is None
            and cmd.new_amount is None
            and cmd.new_time is None
            and not cmd.shift
        ):
            return text_reply(lang, m.tr("manage_need_new", lang), kind="flow")
        if len(targets) > 1 or not (cmd.has_reference or cmd.op == "snooze"):
            return self._which(turn, cmd, targets)  # "取消提醒" alone: confirm which, by button
        new_due = cmd.new_due
        if cmd.shift and new_due is None:  # "推迟三天": from the reminder's own due date
            new_due = targets[0].local_due.date() + timedelta(days=cmd.shift)
        return self._do(turn, targets[0], cmd.op, new_due, cmd.new_amount, cmd.new_time)

    def _which(self, turn: Turn, cmd: Command, targets: list[Reminder]) -> Reply:
        lang = turn.lang
        today = turn.now.date()
        b = ReplyBuilder(lang).add("text", m.tr("manage_which", lang))
        for r in targets[:LIST_LIMIT]:
            label = (
                f"{m.tr('op_' + cmd.op, lang)} {m.fmt_date(r.local_due.date(), lang, today)}"
                f"{m.fmt_amount(r.amount, lang)}{m.fmt_note(r.note, lang)}"
            )
            if cmd.op == "cancel" and r.plan_id is not None:  # cancels the rest of the plan
                left = sum(
                    1 for x in self.reminders.upcoming(turn.chat_id, 200) if x.plan_id == r.plan_id
                )
                label = f"{m.tr('cancel_plan', lang, n=left)}{m.fmt_note(r.note, lang)}"
            b.row(Button(label[:60], _op_payload(cmd, r)))
        return b.build(kind="flow", action=_manage_action(cmd.op, [], ask=[r.id for r in targets]))

    def _do(
        self,
        turn: Turn,
        r: Reminder,
        op: str,
        new_due: date | None,
        new_amount: Decimal | None,
        new_time: time | None = None,
    ) -> Reply:
        lang = turn.lang
        if op == "change":
            return self._change(turn, r, new_due, new_amount, new_time)
        if op == "snooze" and new_due is not None:
            at = r.local_due.timetz().replace(tzinfo=None)
            until = datetime.combine(new_due, at, tzinfo=turn.now.tzinfo)
            moment = self.reminders.snooze(turn.chat_id, r.id, turn.now, until=until)
            if moment is None:
                return text_reply(lang, m.tr("closed", lang), kind="flow")
            reply = text_reply(
                lang, m.tr("snoozed", lang, when=m.fmt_moment(moment, lang, turn.now.date())),
                kind="flow",
            )  # fmt: skip
            return replace(reply, action=_manage_action(op, [r.id], until=moment.isoformat()))
        else:
            action = {"cancel": "xp" if r.plan_id is not None else "x", "paid": "paid"}.get(
                op, "snz"
            )
            reply = self._act(turn, r, action)
        return replace(reply, action=_manage_action(op, [r.id]))

    def _change(
        self,
        turn: Turn,
        r: Reminder,
        new_due: date | None,
        new_amount: Decimal | None,
        new_time: time | None = None,
    ) -> Reply:
        lang = turn.lang
        if r.status not in ("scheduled", "sent"):
            return text_reply(lang, m.tr("closed", lang), kind="flow")
        local = r.local_due
        today = turn.now.date()
        if new_due is None and new_time is None and new_amount is not None:  # the amount only
            self.reminders.set_amount(turn.chat_id, r.id, new_amount, turn.now, whole_plan=True)
            part = m.tr("count", lang, n=r.total) if r.total else ""
            what = f"{m.fmt_moment(local, lang, today)}{m.fmt_amount(new_amount, lang)}"
            return text_reply(
                lang, m.tr("changed", lang, what=what + m.fmt_note(r.note, lang) + part),
                kind="flow",
                reminder={"id": r.id, "due": local.date().isoformat(),
                          "time": local.strftime("%H:%M"), "amount": _number(new_amount)},
                action=_manage_action("change", [r.id]),
            )  # fmt: skip
        due = new_due or local.date()
        at = new_time or local.time().replace(tzinfo=None)
        if not self.reminders.future_leads(due, at, turn.tz, turn.now):
            return text_reply(lang, m.tr("past", lang), kind="flow")
        # The same reminder moves (its place in a plan, its id and buttons stay).
        self.reminders.reschedule(turn.chat_id, r.id, due, turn.now, at=new_time)
        amount = r.amount
        if new_amount is not None:
            self.reminders.set_amount(turn.chat_id, r.id, new_amount, turn.now, whole_plan=False)
            amount = new_amount
        what = f"{m.fmt_when(due, at, lang, today)}{m.fmt_amount(amount, lang)}"
        return text_reply(
            lang, m.tr("changed", lang, what=what + m.fmt_note(r.note, lang)), kind="flow",
            reminder={"id": r.id, "due": due.isoformat(), "time": at.strftime("%H:%M"),
                      "amount": _number(amount) if amount is not None else None},
            action=_manage_action("change", [r.id]),
        )  # fmt: skip

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
            if yes_or_no(args) == "no":
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
            return text_reply(lang, m.tr("list_empty", lang), action=_manage_action("list", []))
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
        return b.build(kind="info", action=_manage_action("list", [r.id for r in rows[:200]]))

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
        if action == "chg":
            return self._change_button(turn, arg)
        if action in ("paid", "snz", "x", "xp") and arg.isdigit() and len(arg) <= 18:
            reminder = self.reminders.get(turn.chat_id, int(arg))
            if reminder is None:  # not this chat's, or gone: the same answer either way
                return text_reply(lang, m.tr("not_found", lang), kind="flow")
            return self._act(turn, reminder, action)
        return None

    def _change_button(self, turn: Turn, arg: str) -> Reply | None:
        rid, _, rest = arg.partition(":")
        due_text, _, amount_text = rest.partition(":")
        if not rid.isdigit() or len(rid) > 18:
            return None
        try:
            new_due = date.fromisoformat(due_text) if due_text not in ("", "-") else None
            new_amount = Decimal(amount_text) if amount_text not in ("", "-") else None
        except (ValueError, ArithmeticError):
            return None
        reminder = self.reminders.get(turn.chat_id, int(rid))
        if reminder is None:
            return text_reply(turn.lang, m.tr("not_found", turn.lang), kind="flow")
        return self._change(turn, reminder, new_due, new_amount)

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
        """Resume sends stopped by a block; mention reminders missed while the bot was down and
        those that could not be delivered (the bot was blocked, or two sends in doubt)."""
        missed, undelivered = self.reminders.contact(chat_id, now)
        sep = "、" if lang == "zh" else "; "

        def what(items: list[Reminder]) -> str:
            return sep.join(
                f"{m.fmt_date(r.local_due.date(), lang, now.date())}{m.fmt_amount(r.amount, lang)}"
                for r in items
            )

        notes = []
        if missed:
            notes.append(m.tr("missed", lang, what=what(missed)))
        if undelivered:
            notes.append(m.tr("undelivered", lang, what=what(undelivered)))
        return "\n".join(notes) or None

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

    def failed(
        self,
        key: str,
        now: datetime,
        permanent: bool = False,
        unknown: bool = False,
        retry_after: timedelta | None = None,
    ) -> None:
        delivery_id = parse_key(key)
        if delivery_id is not None:
            self.reminders.failed(delivery_id, now, permanent, unknown, retry_after)

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
        head = m.tr("due_head", lang)
        if d.doubt:  # an earlier send may have arrived: this may be the one repeat
            head = f"{head} {m.tr('repeat_marker', lang)}"
        b = ReplyBuilder(lang).add("text", head, line, when, m.tr("due_tip", lang))
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
                "repeat": d.doubt > 0,
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
    r"^\s*(?:不对|不是|错了|改成|改为|换成|应该是|是|不，|no\b|actually|change|make it|"
    r"(?:金额|钱数|数额|日期|时间|the\s+amount|amount|date)\s?(?:是|为|应该是|改成|is|should\s+be|'s))",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"[?？]|怎么|吗|会不会|如何|为什么|\b(?:how|what|why)\b", re.IGNORECASE)


def _manage_action(
    op: str, ids: list[int], ask: list[int] | None = None, **extra: str
) -> dict[str, Any]:
    """The `action` field of a management reply: what was done to which reminders, or which
    ones the person is asked to choose from."""
    return {"type": "reminders", "op": op, "ids": ids, **({"ask": ask} if ask else {}), **extra}


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def _op_payload(cmd: Command, r: Reminder) -> str:
    if cmd.op == "change":
        due = cmd.new_due.isoformat() if cmd.new_due else "-"
        amount = str(cmd.new_amount) if cmd.new_amount is not None else "-"
        return f"rem:chg:{r.id}:{due}:{amount}"[:64]
    code = {"cancel": "xp" if r.plan_id is not None else "x", "paid": "paid"}.get(cmd.op, "snz")
    return f"rem:{code}:{r.id}"


def _after_answer(turn: Turn, offer: Reply) -> Reply:
    """The knowledge base's confident answer to the same message, if any, then the offer."""
    match = turn.match
    if match is None or match.outcome != "answer" or not match.best:
        return offer
    if not match.candidates or match.candidates[0].score < OFFER_WITH_ANSWER:
        return offer
    answer = turn.engine.answer_topic(turn, match.best, match.candidates)
    if answer is None:
        return offer
    return offer_under(answer, offer)
