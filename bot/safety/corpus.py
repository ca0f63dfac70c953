"""The safety corpora: messages written blind by independent helpers, one JSON object a line
({text, risk, level, lang, speaker, persona, style}; see tests/data/safety/README.md).

Each round's file is split once, deterministically by a hash of the text, into a dev part
(about 75 %, trained and tuned on) and a holdout part (about 25 %, reported only):
`python -m bot.safety.corpus SOURCE.jsonl NAME` writes tests/data/safety/NAME-dev.jsonl and
NAME-holdout.jsonl. A later round can also be kept whole as a holdout (NAME-holdout.jsonl).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

CORPUS_DIR = Path("tests/data/safety")
HOLDOUT_SHARE = 25  # percent
RISK_VALUES = ("self-harm", "violence", "none")
LEVEL_VALUES = ("clear", "possible", "none")


def is_holdout(text: str) -> bool:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100 < HOLDOUT_SHARE


def read(path: Path) -> list[dict[str, Any]]:
    """The valid rows of one corpus file (malformed lines are skipped)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if (
            isinstance(row, dict)
            and isinstance(row.get("text"), str)
            and row.get("risk") in RISK_VALUES
            and row.get("level") in LEVEL_VALUES
        ):
            rows.append(row)
    return rows


def files(kind: str, directory: Path = CORPUS_DIR) -> list[Path]:
    """The corpus files of one kind ("dev" or "holdout"), in name order."""
    return sorted(directory.glob(f"*-{kind}.jsonl"))


def load(kind: str, directory: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    rows = []
    for path in files(kind, directory):
        for row in read(path):
            rows.append({**row, "source": path.stem})
    return rows


def _write(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    return len(lines)


def split(source: Path, name: str, directory: Path = CORPUS_DIR, whole: bool = False) -> str:
    rows = read(source)
    directory.mkdir(parents=True, exist_ok=True)
    if whole:
        n = _write(directory / f"{name}-holdout.jsonl", rows)
        return f"{name}: {n} rows, all holdout"
    dev = _write(directory / f"{name}-dev.jsonl", (r for r in rows if not is_holdout(r["text"])))
    hold = _write(directory / f"{name}-holdout.jsonl", (r for r in rows if is_holdout(r["text"])))
    return f"{name}: {dev} dev, {hold} holdout"


if __name__ == "__main__":
    args = sys.argv[1:]
    whole = "--whole" in args
    args = [a for a in args if a != "--whole"]
    if len(args) != 2:
        print("usage: python -m bot.safety.corpus SOURCE.jsonl NAME [--whole]")
        raise SystemExit(2)
    print(split(Path(args[0]), args[1], whole=whole))
