"""`python -m bot reminders list|due`: what is stored, and what would be sent at a given time.

Both only read: `due` runs the same selection as the delivery sweep without claiming,
sending or marking anything, so the scheduling logic can be checked without Telegram.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from bot.reminders.store import Delivery, Reminder, ReminderStore, from_utc_iso, zone
from bot.store import Store, default_db_path


def main(args: argparse.Namespace, now: datetime, out: TextIO = sys.stdout) -> int:
    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():  # reading must not create a database
        print(f"no reminders: no database at {path}", file=sys.stderr)
        return 0
    store = Store(path)
    try:
        reminders = ReminderStore(store)
        if args.action == "list":
            _list(reminders, args, out)
        else:
            _due(reminders, args, now, out)
    finally:
        store.close()
    return 0


def _reminder_json(r: Reminder) -> dict[str, Any]:
    local = r.local_due
    return {
        "id": r.id,
        "chat": r.chat_id,
        "due": local.isoformat(),
        "tz": r.tz,
        "amount": str(r.amount) if r.amount is not None else None,
        "note": r.note,
        "status": r.status,
        "plan": r.plan_id,
        "seq": r.seq,
        "total": r.total,
    }


def _list(reminders: ReminderStore, args: argparse.Namespace, out: TextIO) -> None:
    rows = reminders.all(args.chat)
    for r in rows:
        deliveries = [
            {
                "key": f"reminder:{d['id']}",
                "kind": d["kind"],
                "lead_minutes": d["lead_min"],
                "send": _local(d["send_utc"], r),
                "status": d["status"],
                "attempts": d["attempts"],
            }
            for d in reminders.deliveries(r.id)
        ]
        if args.json:
            out.write(
                json.dumps({**_reminder_json(r), "deliveries": deliveries}, ensure_ascii=False)
                + "\n"
            )
            continue
        plan = f" plan {r.plan_id} #{r.seq}/{r.total}" if r.total else ""
        amount = f" ¥{r.amount}" if r.amount is not None else ""
        note = f" ({r.note})" if r.note else ""
        out.write(
            f"#{r.id} chat {r.chat_id}: due {r.local_due:%Y-%m-%d %H:%M %a} {r.tz}{amount}{note}"
            f" [{r.status}]{plan}\n"
        )
        out.writelines(
            f"    {d['key']} {d['kind']} -{_lead(d['lead_minutes'])} at {d['send']}"
            f" [{d['status']}]\n"
            for d in deliveries
        )
    if not args.json:
        out.write(f"{len(rows)} reminder(s)\n")


def _due(reminders: ReminderStore, args: argparse.Namespace, now: datetime, out: TextIO) -> None:
    send, missed = reminders.preview(now)
    if args.chat:
        send = [d for d in send if d.reminder.chat_id == args.chat]
        missed = [d for d in missed if d.reminder.chat_id == args.chat]
    for what, items in (("send", send), ("missed", missed)):
        for d in items:
            if args.json:
                out.write(
                    json.dumps({"would": what, **_delivery_json(d)}, ensure_ascii=False) + "\n"
                )
            else:
                out.write(
                    f"{what:6} {d.key} chat {d.reminder.chat_id} reminder #{d.reminder.id} {d.kind}"
                    f" -{_lead(int(d.lead.total_seconds() // 60))} due"
                    f" {d.reminder.local_due:%Y-%m-%d %H:%M}"
                    f" (scheduled {d.send_at.astimezone(zone(d.reminder.tz)):%Y-%m-%d %H:%M})\n"
                )
    if not args.json:
        out.write(
            f"at {now.isoformat()}: {len(send)} would be sent, {len(missed)} would be marked missed"
            " (nothing was sent or changed)\n"
        )


def _delivery_json(d: Delivery) -> dict[str, Any]:
    return {
        "key": d.key,
        "kind": d.kind,
        "lead_minutes": int(d.lead.total_seconds() // 60),
        "send": d.send_at.astimezone(d.reminder.local_due.tzinfo).isoformat(),
        "attempts": d.attempts,
        "reminder": _reminder_json(d.reminder),
    }


def _local(utc_text: str, r: Reminder) -> str:
    return from_utc_iso(utc_text).astimezone(r.local_due.tzinfo).strftime("%Y-%m-%d %H:%M")


def _lead(minutes: int) -> str:
    if minutes == 0:
        return "0d"
    if minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"
