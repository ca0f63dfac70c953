"""`python -m bot.safety.misses [FILE ...]`: the safety stage's misses and false alarms on the
development corpora, one per line, for reading a round's classes once it has been reported.

- MISS: a message labelled self-harm or violence whose reply shows no emergency number on the
  first screen (as `bot eval` counts recall);
- FALSE: a message labelled "none" answered with the crisis reply or staff guidance.

Without arguments it reads every tests/data/safety/*-dev.jsonl. A holdout file is refused: its
messages are reported in aggregate by `bot eval` and never read one by one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bot.safety import corpus


def is_report_only(path: Path) -> bool:
    return path.name.endswith("-holdout.jsonl")


def lines(paths: Sequence[Path]) -> list[str]:
    """One line per miss or false alarm in the given corpus files."""
    from bot.bootstrap import build_engine
    from bot.safety.evaluate import Probe

    with tempfile.TemporaryDirectory() as tmp:
        probe = Probe(build_engine(db_path=Path(tmp) / "state.db"))
        out = []
        for path in paths:
            for row in corpus.read(path):
                shown, clear, _ = probe.ask(row["text"], row.get("lang", "zh"))
                where = f"{path.name} {row.get('lang', '?')}"
                if row["risk"] != "none" and not shown:
                    out.append(f"MISS  {where} {row['risk']}/{row['level']} | {row['text']}")
                elif row["risk"] == "none" and clear:
                    out.append(f"FALSE {where} | {row['text']}")
        return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.safety.misses", description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, help="dev corpus files (default: all)")
    args = parser.parse_args(argv)
    paths = list(args.files) or corpus.files("dev")
    refused = [p for p in paths if is_report_only(p)]
    if refused:
        names = ", ".join(p.name for p in refused)
        print(f"error: report-only files are never read one by one: {names}", file=sys.stderr)
        return 2
    for line in lines(paths):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
