"""`python -m bot.topicmodel.loro`: the topic model measured honestly, leaving one round out.

For each blind round holdout2..holdout14: train the model without that round (the knowledge
base and every other tunable round), then run that round's dialogues through a fresh engine
with the model's evidence at each weight of `--weights` (0 is the reading without the model).
Prints follow-up topic accuracy (and openers', needed fact) per round and weight, the means,
and the matcher's own development set (tests/data/eval.yaml, never trained on) with the model
trained on every round.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Sequence
from pathlib import Path

from bot.followup import (
    MODEL_AGREE_AT,
    MODEL_OPENER_SURE,
    MODEL_SWITCH_CUES,
    W_MODEL_OPENER,
    W_PRIOR_WITH_MODEL,
)
from bot.kb import KnowledgeBase, load
from bot.topicmodel import train as train_module
from bot.topicmodel.model import TopicModel
from bot.topicmodel.train import (
    CONFUSED_PREVIOUS,
    DIALOGUE_WEIGHT,
    DIALOGUES,
    L2,
    STAY,
    WITHOUT_PREVIOUS,
    train,
)

ROUNDS = tuple(f"dialogues.holdout{n}.jsonl" for n in range(2, 15))
MATCHER_DEV = Path("tests/data/eval.yaml")


def run(
    kb: KnowledgeBase,
    path: Path,
    model: TopicModel | None,
    weight: float,
    current: float,
    opener: float = W_MODEL_OPENER,
    cues: bool = MODEL_SWITCH_CUES,
    agree: float = MODEL_AGREE_AT,
    prior: float = W_PRIOR_WITH_MODEL,
    sure: float = MODEL_OPENER_SURE,
) -> dict[str, float]:
    from bot.bootstrap import build_skills
    from bot.engine import Engine
    from bot.evaluation import EVAL_NOW, evaluate, load_set
    from bot.store import Store

    store = Store(":memory:")
    engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)
    engine.topic_model = model
    engine.topic_weight = weight
    engine.topic_current_share = current
    engine.topic_opener_weight = opener
    engine.topic_switch_cues = cues
    engine.topic_agree_at = agree
    engine.topic_prior_share = prior
    engine.topic_opener_sure = sure
    report = evaluate(kb, load_set(path), engine)
    fu = report.follow_ups
    first = report.questions or report.first_replies
    needing = [r for r in fu if r.needs]
    return {
        "follow": sum(r.top1 for r in fu) / len(fu),
        "first": sum(r.top1 for r in first) / len(first),
        "needs": sum(r.needs_met for r in needing) / max(1, len(needing)),
    }


def _model(kb: KnowledgeBase, exclude: list[str], args: argparse.Namespace) -> TopicModel:
    """The fold's model, from the cache directory when it was trained before."""
    key = f"{args.dialogue_weight}-{not args.no_previous}-{args.without_previous}"
    if args.l2 != L2:
        key += f"-l2{args.l2}"
    key += f"-stay{args.stay}{train_module.STAY_GRAMS}-confused{args.confused}"
    cached = Path(args.cache) / f"{key}-{'-'.join(exclude) or 'all'}.npz" if args.cache else None
    if cached is not None and cached.exists():
        return TopicModel.read(cached)
    train_module.L2 = args.l2
    model = train(
        kb,
        exclude,
        args.dialogue_weight,
        not args.no_previous,
        args.without_previous,
        args.confused,
        args.stay,
    )
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        model.save(cached)
    return model


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", default="0,0.1,0.2,0.3,0.5")
    parser.add_argument("--current", type=float, default=1.0, help="share for the current topic")
    parser.add_argument(
        "--opener", type=float, default=W_MODEL_OPENER, help="weight for new topics"
    )
    parser.add_argument(
        "--cues",
        action=argparse.BooleanOptionalAction,
        default=MODEL_SWITCH_CUES,
        help="a switch cue drops the previous topic (bot/topicmodel/model.SWITCH_CUES)",
    )
    parser.add_argument(
        "--agree", type=float, default=MODEL_AGREE_AT, help="words-alone switch probability"
    )
    parser.add_argument(
        "--prior", type=float, default=W_PRIOR_WITH_MODEL, help="share of the matcher's prior"
    )
    parser.add_argument(
        "--sure",
        type=float,
        default=MODEL_OPENER_SURE,
        help="an opener goes to the model's family when it holds this probability (1: never)",
    )
    parser.add_argument("--rounds", default=",".join(ROUNDS))
    parser.add_argument("--dialogue-weight", type=float, default=DIALOGUE_WEIGHT)
    parser.add_argument("--no-previous", action="store_true", help="no previous-topic feature")
    parser.add_argument("--without-previous", type=float, default=WITHOUT_PREVIOUS)
    parser.add_argument("--l2", type=float, default=L2, help="training's L2")
    parser.add_argument(
        "--stay",
        action=argparse.BooleanOptionalAction,
        default=STAY,
        help="train the shared stay features (bot/topicmodel/model.TopicModel.stay)",
    )
    parser.add_argument(
        "--stay-grams",
        action=argparse.BooleanOptionalAction,
        default=train_module.STAY_GRAMS,
        help="the stay features read the message's n-grams too (else only its length)",
    )
    parser.add_argument(
        "--confused",
        type=float,
        default=CONFUSED_PREVIOUS,
        help="share of each follow-up also trained after the matcher's topic for the turn before",
    )
    parser.add_argument("--cache", default="", help="directory to keep the folds' models in")
    args = parser.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")]
    train_module.STAY_GRAMS = args.stay_grams
    kb = load(None)
    table: dict[float, list[dict[str, float]]] = {w: [] for w in weights}
    for name in args.rounds.split(","):
        model = _model(kb, [name], args)
        for w in weights:
            figures = run(
                kb,
                DIALOGUES / name,
                model if w else None,
                w,
                args.current,
                args.opener,
                args.cues,
                args.agree,
                args.prior,
                args.sure,
            )
            table[w].append(figures)
            print(
                f"{name:<28} w={w:<5} follow-ups {figures['follow']:.3f}  "
                f"openers {figures['first']:.3f}  needed fact {figures['needs']:.3f}",
                flush=True,
            )
    everything = _model(kb, [], args)
    for w, rows in table.items():
        dev = run(
            kb,
            MATCHER_DEV,
            everything if w else None,
            w,
            args.current,
            args.opener,
            args.cues,
            args.agree,
            args.prior,
            args.sure,
        )
        print(
            f"mean w={w:<5} follow-ups {statistics.mean(r['follow'] for r in rows):.3f}  "
            f"openers {statistics.mean(r['first'] for r in rows):.3f}  "
            f"needed fact {statistics.mean(r['needs'] for r in rows):.3f}  "
            f"| eval.yaml follow-ups {dev['follow']:.3f} top-1 {dev['first']:.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
