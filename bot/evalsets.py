"""Which blind-set splits exist under tests/data/intents (dev, holdout, round2, round3, …).

A split is the middle part of a set's file name (`payments.round3.jsonl` → round3); any name
with a file there can be evaluated, so a new round needs no code change. Light: no engine import.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "intents"
_NAME_RE = re.compile(r"^[a-z]+\.([a-z0-9_-]+)\.jsonl$")


def available(data: Path | None = None) -> list[str]:
    """The split names that have at least one set file, sorted."""
    data = DATA if data is None else data
    if not data.is_dir():
        return []
    found = {m.group(1) for p in data.iterdir() if (m := _NAME_RE.match(p.name))}
    return sorted(found)


def split_name(value: str) -> str:
    """argparse type for --split / --skills: a split with files, else a clear error."""
    known = available()
    if value not in known:
        shown = ", ".join(known) or "none"
        raise argparse.ArgumentTypeError(
            f"unknown split {value[:40]!r}: no tests/data/intents/*.{value[:40]}.jsonl "
            f"(available: {shown})"
        )
    return value
