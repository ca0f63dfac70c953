"""`python -m bot eval --intents`: the intent layer measured through the engine on blind sets.

Sets live in tests/data/intents/ as JSONL, split by a hash of the text into `.dev` (tuned on)
and `.holdout` (reported, never tuned on). Every message goes to a fresh chat of one engine
at the reference now (Sunday 2026-11-29 10:00 Asia/Shanghai). Figures:
- payment statements: due date, amount and recurrence of the reminder proposed or offered
  (a payment the bot did not pick up counts as wrong on all three);
- non-payments: the share that got no reminder offer or proposal;
- reminder management (`part: manage` rows, with four reminders stored first): the share
  where the operation and the reminder it applies to (and any new date or amount) are right.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.engine import Engine
from bot.reminders.parse import Proposal, Recurrence
from bot.tally import Tally

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "intents"
TZ = "Asia/Shanghai"
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo(TZ))

# The reminders every management message is tried against (the set's own description).
STORED: dict[str, Proposal] = {
    "r1": Proposal(date(2026, 12, 4), time(9, 0), Decimal(800), None, "招商银行"),
    "r2": Proposal(date(2026, 12, 15), time(9, 0), Decimal(2000), None, "借呗"),
    "r3": Proposal(date(2026, 12, 10), time(9, 0), Decimal(1500), Recurrence(10, 12), "平安普惠"),
    "r4": Proposal(date(2026, 12, 1), time(9, 0), Decimal(600), None, "花呗"),
}


@dataclass
class Report:
    due: Tally = field(default_factory=Tally)
    amount: Tally = field(default_factory=Tally)
    recurrence: Tally = field(default_factory=Tally)
    # The same, with a plan's count compared only where the label gives one: a writer who
    # labels "for 12 months" with count null disagrees with the grammar, not with the bot's
    # reading of the plan. Reported beside the strict figure, never instead of it.
    recurrence_labelled: Tally = field(default_factory=Tally)
    picked_up: Tally = field(default_factory=Tally)  # a payment got an offer or a proposal
    offer_kind: Tally = field(default_factory=Tally)  # offer for statements, confirm for requests
    no_offer: Tally = field(default_factory=Tally)  # non-payments
    manage: Tally = field(default_factory=Tally)

    def figures(self) -> dict[str, Any]:
        names = (
            "due",
            "amount",
            "recurrence",
            "recurrence_labelled",
            "picked_up",
            "offer_kind",
            "no_offer",
            "manage",
        )
        return {
            n: {"rate": getattr(self, n).rate, "hits": getattr(self, n).hits,
                "total": getattr(self, n).total}
            for n in names
        }  # fmt: skip


def load_rows(paths: Iterable[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def evaluate(engine: Engine, rows: list[dict[str, Any]]) -> Report:
    report = Report()
    for i, row in enumerate(rows):
        chat = f"eval-{i}"
        if row.get("part") == "manage":
            _manage(engine, chat, row, report)
        elif row.get("kind") in ("payment", "non-payment"):
            _payment(engine, chat, row, report)
        engine.contexts.drop(chat)
    return report


def _payment(engine: Engine, chat: str, row: dict[str, Any], report: Report) -> None:
    reply = engine.handle(chat, row["text"], now=NOW)
    got = reply.reminder if reply.reminder and "due" in reply.reminder else None
    text = row["text"]
    if row["kind"] == "non-payment":
        report.no_offer.add(got is None, text)
        return
    report.picked_up.add(got is not None, text)
    got = got or {}
    offered = bool(got.get("offer"))
    report.offer_kind.add(bool(got) and offered != bool(row.get("asks_reminder")), text)
    report.due.add(got.get("due") == row.get("due"), f"{text} → {got.get('due')}")
    want_amount = row.get("amount")
    amount = got.get("amount")
    same = amount is not None and want_amount is not None and float(amount) == float(want_amount)
    report.amount.add(same or (amount is None and want_amount is None), f"{text} → {amount}")
    want_rec = row.get("recurrence")
    rec = got.get("recurring") or {}
    if want_rec:
        ok = bool(rec) and all(rec.get(k) == want_rec.get(k) for k in ("every", "day", "count"))
        keys = ("every", "day") if want_rec.get("count") is None else ("every", "day", "count")
        labelled = bool(rec) and all(rec.get(k) == want_rec.get(k) for k in keys)
    else:
        ok = labelled = not rec
    report.recurrence.add(ok and bool(got), f"{text} → {rec or None}")
    report.recurrence_labelled.add(labelled and bool(got), f"{text} → {rec or None}")


def _manage(engine: Engine, chat: str, row: dict[str, Any], report: Report) -> None:
    skill = engine._skill_by_name["rem"]
    store = skill.reminders  # type: ignore[attr-defined]
    ids = {key: store.add(chat, p, TZ, NOW)[0] for key, p in STORED.items()}
    reply = engine.handle(chat, row["text"], now=NOW)
    action = reply.action or {}
    label = {v: k for k, v in ids.items()}
    done = [label.get(i, "?") for i in action.get("ids", [])]
    asked = [label.get(i, "?") for i in action.get("ask", [])]
    op, target = row.get("op"), row.get("target")
    ok = action.get("type") == "reminders" and action.get("op") == op
    if ok and op != "list":
        if target == "all":
            ok = sorted(done) == sorted(ids)
        elif target:
            ok = done == [target]
        else:  # no reminder named: asking which one is right, and so is the only fit
            ok = bool(done or asked)
    if ok and op in ("change", "snooze") and (row.get("new_due") or row.get("new_amount")):
        saved = reply.reminder or {}
        if op == "change":
            ok = (not row.get("new_due") or saved.get("due") == row["new_due"]) and (
                row.get("new_amount") is None
                or float(saved.get("amount") or 0) == float(row["new_amount"])
            )
        else:
            ok = not row.get("new_due") or str(action.get("until", "")).startswith(row["new_due"])
    report.manage.add(ok, f"{row['text']} → {action.get('op')} {done or asked}")


def format_report(name: str, report: Report, misses: bool) -> str:
    lines = [
        f"intent layer on {name}",
        f"  payment statements: due {report.due.text()}  amount {report.amount.text()}"
        f"  recurrence {report.recurrence.text()}",
        f"    recurrence, a count compared only where labelled {report.recurrence_labelled.text()}",
        f"    picked up {report.picked_up.text()}  offer vs confirm as asked {report.offer_kind.text()}",
        f"  non-payments with no reminder offer: {report.no_offer.text()}",
        f"  reminder management: {report.manage.text()}",
    ]
    if misses:
        for title, tally in (
            ("due", report.due),
            ("amount", report.amount),
            ("recurrence", report.recurrence),
            ("offer vs confirm", report.offer_kind),
            ("offered to a non-payment", report.no_offer),
            ("management", report.manage),
        ):
            lines += [f"  miss ({title}): {m}" for m in tally.misses]
    return "\n".join(lines)


def main(args: argparse.Namespace, engine: Engine) -> int:
    split = getattr(args, "split", None) or "dev"
    paths = [Path(args.path)] if args.path else sorted(DATA.glob(f"*.{split}.jsonl"))
    if not paths or not all(p.exists() for p in paths):
        print(f"error: no intent sets found ({args.path or DATA / f'*.{split}.jsonl'})")
        return 2
    report = evaluate(engine, load_rows(paths))
    name = args.path or f"tests/data/intents/*.{split}.jsonl"
    if args.json:
        print(json.dumps(report.figures(), indent=2))
    else:
        print(format_report(name, report, misses=getattr(args, "misses", False)))
    return 0
