"""`python -m bot.topicmodel.loro`: the topic model measured honestly, leaving one round out.

For each blind round holdout2..holdout8: train the model without that round (the knowledge
base and every other tunable round), then run that round's dialogues through a fresh engine
with the model's evidence at each weight of `--weights` (0 is the reading without the model).
Prints follow-up topic accuracy (and openers', needed fact) per round and weight, and the means.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence
from pathlib import Path

from bot.kb import load
from bot.topicmodel.model import TopicModel
from bot.topicmodel.train import DIALOGUES, train

ROUNDS = tuple(f"dialogues.holdout{n}.jsonl" for n in range(2, 9))


def run(kb: object, path: Path, model: TopicModel | None, weight: float) -> dict[str, float]:
    from bot.bootstrap import build_skills
    from bot.engine import Engine
    from bot.evaluation import EVAL_NOW, evaluate, load_set
    from bot.store import Store

    store = Store(":memory:")
    engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)  # type: ignore[arg-type]
    engine.topic_model = model
    engine.topic_weight = weight
    report = evaluate(kb, load_set(path), engine)  # type: ignore[arg-type]
    fu = report.follow_ups
    first = report.first_replies
    return {
        "follow": sum(r.top1 for r in fu) / len(fu),
        "first": sum(r.top1 for r in first) / len(first),
        "needs": sum(r.needs_met for r in fu if r.needs) / max(1, sum(1 for r in fu if r.needs)),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default="0,0.1,0.2,0.3,0.5")
    parser.add_argument("--rounds", default=",".join(ROUNDS))
    args = parser.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")]
    kb = load(None)
    table: dict[float, list[dict[str, float]]] = {w: [] for w in weights}
    for name in args.rounds.split(","):
        model = train(kb, exclude=[name])
        for w in weights:
            figures = run(kb, DIALOGUES / name, model if w else None, w)
            table[w].append(figures)
            print(
                f"{name:<28} w={w:<5} follow-ups {figures['follow']:.3f}  "
                f"openers {figures['first']:.3f}  needed fact {figures['needs']:.3f}",
                flush=True,
            )
    for w, rows in table.items():
        print(
            f"mean w={w:<5} follow-ups {statistics.mean(r['follow'] for r in rows):.3f}  "
            f"openers {statistics.mean(r['first'] for r in rows):.3f}  "
            f"needed fact {statistics.mean(r['needs'] for r in rows):.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
