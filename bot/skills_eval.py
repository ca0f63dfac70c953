"""`python -m bot eval --skills [dev|holdout]`: the scam check and the evidence log on blind sets.

Sets: tests/data/intents/scam.SPLIT.jsonl and evidence.SPLIT.jsonl, written by independent
helpers and split by a hash of the text (tests/data/intents/split.py): dev is tuned on,
holdout only reported. Figures:
- scam check: the share of the real red flags the set names that the check raises (the
  grammars and the trained model, bot/scamcheck/model.check_all) (and of scam
  messages with every one raised), the share of genuine bank and court messages with any flag,
  and, through the engine without /check, the share of scam messages the bot picks up (a scam
  check, or the arrest-threats answer for a collector's threat told in the person's words);
- evidence log: messages whose kinds, and whose kinds with their counts, are all right, as the
  log would store them (extract_all), and whether it was at night (22:00–08:00).
The set's flag names are mapped to the check's: private-account = personal-account,
verification-code = credentials, unofficial-link = unofficial-link or short-link.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.engine import Engine
from bot.evidence.extract import extract_all
from bot.evidence.rules import NIGHT_END_HOUR, NIGHT_START_HOUR
from bot.scamcheck.model import check_all, satisfied_by
from bot.tally import Tally

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "intents"
NOW = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
# A corpus flag is raised by the check flags bot/scamcheck/model.satisfied_by names; the strict
# reading (earlier sessions' figure) counts only a made-up court as a fake court.
STRICT = {"fake-court": {"fake-court"}}


@dataclass
class Report:
    flags: Tally = field(default_factory=Tally)  # each real red flag raised
    all_flags: Tally = field(default_factory=Tally)  # scam messages with every flag raised
    # the same, with fake-court met only by the check's fake-court (the figure before the
    # corpora's wider fake-court was read as model.SATISFIED_BY reads it: kept for comparison)
    all_flags_strict: Tally = field(default_factory=Tally)
    clean: Tally = field(default_factory=Tally)  # genuine messages with no flag
    picked_up: Tally = field(default_factory=Tally)  # scam messages answered without /check
    kinds: Tally = field(default_factory=Tally)
    counts: Tally = field(default_factory=Tally)
    night: Tally = field(default_factory=Tally)

    def figures(self) -> dict[str, Any]:
        names = (
            "flags", "all_flags", "all_flags_strict", "clean", "picked_up", "kinds", "counts", "night"
        )  # fmt: skip
        figures = {n: getattr(self, n).figure() for n in names}
        c = self.clean
        figures["false_flags"] = {
            "rate": round((c.total - c.hits) / c.total, 3) if c.total else None,
            "hits": c.total - c.hits,
            "total": c.total,
        }
        return figures


def load(name: str, split: str) -> list[dict[str, Any]]:
    path = DATA / f"{name}.{split}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _raised(flag: str, got: set[str]) -> bool:
    return bool(satisfied_by(flag) & got)


def scam(rows: list[dict[str, Any]], report: Report, engine: Engine | None = None) -> None:
    for i, row in enumerate(rows):
        text = row["text"]
        got = {f.id for f in check_all(text)}
        if row.get("genuine"):
            report.clean.add(not got, f"{text} → {sorted(got)}")
            continue
        missed = [f for f in row["flags"] if not _raised(f, got)]
        for flag in row["flags"]:
            report.flags.add(flag not in missed, f"{flag}: {text}")
        report.all_flags.add(not missed, f"{text} → missed {missed}")
        strict = [f for f in row["flags"] if not (STRICT.get(f) or satisfied_by(f)) & got]
        report.all_flags_strict.add(not strict, text)
        if engine is not None:
            chat = f"skills-eval-{i}"
            reply = engine.handle(chat, text, now=NOW)
            engine.contexts.drop(chat)
            ok = (reply.action or {}).get("type") == "scam-check" or reply.topic == "arrest-threats"
            report.picked_up.add(ok, text)


def _night(text: str) -> bool:
    for e in extract_all(text, NOW):
        if e.when.night or (
            e.when.precision == "time"
            and (e.at.hour >= NIGHT_START_HOUR or e.at.hour < NIGHT_END_HOUR)
        ):
            return True
    return False


def evidence(rows: list[dict[str, Any]], report: Report) -> None:
    for row in rows:
        text = row["text"]
        got = [(e.kind, e.count) for e in extract_all(text, NOW)]
        want = [(e["kind"], e["count"]) for e in row["events"]]
        report.kinds.add(
            Counter(k for k, _ in got) == Counter(k for k, _ in want), f"{text} → {got}"
        )
        report.counts.add(Counter(got) == Counter(want), f"{text} → {got}, want {want}")
        report.night.add(_night(text) == bool(row.get("night")), text)


def _false(clean: Tally) -> str:
    if not clean.total:
        return "—"
    wrong = clean.total - clean.hits
    return f"{wrong / clean.total:.3f} ({wrong}/{clean.total})"


def format_report(split: str, report: Report, misses: bool) -> str:
    lines = [
        f"skills on tests/data/intents/*.{split}.jsonl",
        f"  scam check: real red flags raised {report.flags.text()}"
        f"  (messages with every flag {report.all_flags.text()};"
        f" fake-court as a made-up court only {report.all_flags_strict.text()})",
        f"    genuine messages with a false flag {_false(report.clean)}",
        f"    scam messages picked up without /check {report.picked_up.text()}",
        f"  evidence log: kinds {report.kinds.text()}  kinds and counts {report.counts.text()}"
        f"  night {report.night.text()}",
    ]
    if misses:
        for title, tally in (
            ("flag", report.flags),
            ("false flag", report.clean),
            ("not picked up", report.picked_up),
            ("kinds", report.kinds),
            ("counts", report.counts),
            ("night", report.night),
        ):
            lines += [f"  miss ({title}): {m}" for m in tally.misses]
    return "\n".join(lines)


def main(args: argparse.Namespace, engine: Engine | None) -> int:
    split = args.skills
    report = Report()
    scam_rows, evidence_rows = load("scam", split), load("evidence", split)
    if not scam_rows and not evidence_rows:
        print(f"error: no skill sets found ({DATA}/scam.{split}.jsonl, evidence.{split}.jsonl)")
        return 2
    scam(scam_rows, report, engine)
    evidence(evidence_rows, report)
    if args.json:
        print(json.dumps(report.figures(), indent=2))
    else:
        print(format_report(split, report, misses=getattr(args, "skill_misses", False)))
    return 0
