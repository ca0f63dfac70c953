"""`python -m bot.topicmodel.misses`: every follow-up miss of the tunable rounds, one per line,
each round scored by a topic model not trained on it (as in `bot.topicmodel.loro`), with a class:

- keep-switched: the writer stayed on the topic, the bot moved;
- switch-not-followed: the writer changed topic, the bot stayed;
- wrong-new: the writer changed topic, the bot went to a third one;
  (each "+cascade" when the turn before was already answered wrongly, "+needs" when the needed
  fact is missing too);
- detail-not-chosen: the right topic, and a detail of it states the fact, but not on the screen;
- fact-missing: the right topic, and no detail of it states the fact.

Prints the per-round figures, the class counts and (with --list) every miss; --jsonl writes every
follow-up turn (question, label, answer, parts shown, needs, class) for comparing two versions.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.kb import KnowledgeBase, load
from bot.topicmodel.loro import ROUNDS
from bot.topicmodel.model import TopicModel
from bot.topicmodel.train import DIALOGUES, NEVER, train


def _fold(kb: KnowledgeBase, name: str, cache: str) -> TopicModel:
    cached = Path(cache) / f"{name}.npz" if cache else None
    if cached is not None and cached.exists():
        return TopicModel.read(cached)
    model = train(kb, [name])
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        model.save(cached)
    return model


def turns(kb: KnowledgeBase, name: str, model: TopicModel | None) -> list[dict[str, Any]]:
    """Every follow-up turn of one round, as the engine answered it."""
    from bot.bootstrap import build_skills
    from bot.engine import Engine
    from bot.evaluation import EVAL_NOW, first_screen, has_need
    from bot.store import Store

    store = Store(":memory:")
    engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)
    engine.topic_model = model
    rows = []
    lines = (DIALOGUES / name).read_text(encoding="utf-8").splitlines()
    for d, line in enumerate(x for x in lines if x.strip()):
        chat = f"{name}-{d}"
        prev_label = prev_got = None
        for t, turn in enumerate(json.loads(line)["turns"]):
            before = set(engine.contexts.get(chat, EVAL_NOW).shown)
            reply = engine.handle(chat, turn["q"])
            shown = sorted(set(engine.contexts.get(chat, EVAL_NOW).shown) - before)
            needs = turn.get("needs") or []
            if t > 0:
                rows.append(
                    {
                        "round": name,
                        "dialogue": d,
                        "turn": t,
                        "q": turn["q"],
                        "label": turn["topic"],
                        "got": reply.topic,
                        "prev_label": prev_label,
                        "prev_got": prev_got,
                        "needs": needs,
                        "met": has_need(first_screen(reply), needs) if needs else None,
                        "shown": shown,
                    }
                )
            prev_label, prev_got = turn["topic"], reply.topic
    return rows


def holding(kb: KnowledgeBase, topic: str, needs: Sequence[str]) -> list[str]:
    """The details of a topic whose answer states one of the needed strings."""
    from bot.evaluation import has_need

    entry = kb.get(topic)
    if entry is None:
        return []
    return [
        d.id
        for d in entry.details
        if has_need(d.answer.zh, list(needs)) or has_need(d.answer.en, list(needs))
    ]


def classify(kb: KnowledgeBase, row: dict[str, Any]) -> str | None:
    """The miss's class (module docstring), or None for a turn answered right."""
    name = None
    if row["got"] != row["label"]:
        if row["label"] == row["prev_label"]:
            name = "keep-switched"
        elif row["got"] in (row["prev_got"], row["prev_label"]):
            name = "switch-not-followed"
        else:
            name = "wrong-new"
        if row["prev_got"] != row["prev_label"]:
            name += "+cascade"
    if row["needs"] and not row["met"]:
        if name is not None:
            return name + "+needs"
        return "detail-not-chosen" if holding(kb, row["label"], row["needs"]) else "fact-missing"
    return name


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default=",".join(ROUNDS))
    parser.add_argument("--cache", default="", help="directory to keep the folds' models in")
    parser.add_argument("--list", action="store_true", help="print every miss")
    parser.add_argument("--jsonl", default="", help="write every follow-up turn here")
    args = parser.parse_args(argv)
    kb = load(None)
    everything: list[dict[str, Any]] = []
    for name in args.rounds.split(","):
        if name in NEVER:
            parser.error(f"{name} is report-only and is never read here")
        rows = turns(kb, name, _fold(kb, name, args.cache))
        for row in rows:
            row["class"] = classify(kb, row)
        needing = [r for r in rows if r["needs"]]
        right = sum(r["got"] == r["label"] for r in rows)
        met = sum(bool(r["met"]) for r in needing)
        print(
            f"{name:<28} follow-ups {right / len(rows):.3f} ({right}/{len(rows)})  "
            f"needed fact {met / max(1, len(needing)):.3f} ({met}/{len(needing)})",
            flush=True,
        )
        everything += rows
    for name, n in Counter(r["class"] for r in everything if r["class"]).most_common():
        print(f"{n:5d} {name}")
    if args.list:
        for r in everything:
            if r["class"]:
                print(
                    f"{r['class']:<32} {r['round']}/{r['dialogue']}/{r['turn']} "
                    f"{r['label']} -> {r['got']} {r['shown']}"
                )
    if args.jsonl:
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in everything)
        Path(args.jsonl).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
