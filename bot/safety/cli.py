"""`python -m bot safety "message"`: the risk levels of a message, and with --explain why."""

from __future__ import annotations

import argparse
import json
import sys

from bot.safety.assess import assess, explain
from bot.text import sanitize


def main(args: argparse.Namespace) -> int:
    texts = [" ".join(args.text)] if args.text else [x for x in sys.stdin.read().splitlines() if x]
    for raw in texts:
        result = assess(sanitize(raw), args.lang_code)
        if args.json:
            print(
                json.dumps(
                    {
                        "levels": result.named(),
                        "staff": result.staff,
                        "region": result.region,
                        "rules": list(result.signals.rules),
                        "signals": {k: list(v) for k, v in result.signals.found.items()},
                        "scores": {k: round(v, 4) for k, v in result.scores.items()},
                    },
                    ensure_ascii=False,
                )
            )
        elif args.explain:
            print(explain(result))
            print()
        else:
            levels = ", ".join(f"{r} {n}" for r, n in result.named().items())
            print(f"{levels}{'  (staff)' if result.staff else ''}")
    return 0
