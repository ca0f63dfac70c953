"""Split a blind corpus into dev (70%) and holdout (30%) by a hash of each message's text.

Usage: python tests/data/intents/split.py SOURCE.jsonl NAME  ->  NAME.dev.jsonl, NAME.holdout.jsonl
The split depends only on the text, so re-running it (or adding rows) never moves a row.
"""

import hashlib
import json
import sys
from pathlib import Path


def is_holdout(text: str) -> bool:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % 100 < 30


def main() -> None:
    source, name = Path(sys.argv[1]), sys.argv[2]
    out = Path(__file__).parent
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    parts: dict[str, list[str]] = {"dev": [], "holdout": []}
    seen: set[str] = set()
    for row in rows:
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        parts["holdout" if is_holdout(row["text"]) else "dev"].append(
            json.dumps(row, ensure_ascii=False)
        )
    for part, lines in parts.items():
        (out / f"{name}.{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(part, len(lines))


if __name__ == "__main__":
    main()
