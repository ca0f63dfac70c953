"""`python -m bot.topicmodel.rerank_train`: train the follow-up re-ranker (rerank.py), and
measure it leaving one round out (`--loro`).

Features come from running each tunable dialogue round (tests/data/dialogues.*.jsonl but the
topic model's NEVER list) through a fresh engine whose topic model was trained without that
round (the leave-one-round-out fold models of bot/topicmodel/loro.py): out-of-fold
probabilities, so the weights learn how far the model is to be trusted on unseen text. At each
follow-up turn the engine's candidates (Engine.last_reading) become one softmax group, the
turn's label its answer (turns whose label is no candidate are left out). The loss is the
conditional logit's (softmax over a turn's candidates) with L2 (see ANCHOR), minimised by
L-BFGS: the same data gives the same weights.

`--loro`: for each round 2..18, the re-ranker trained on every other round's groups runs that
round through an engine with that round's fold model; beside it the same engine without the
re-ranker (today's hand-weighted reading). Then tests/data/eval.yaml and holdout.yaml with the
model trained on everything, with and without the re-ranker trained on everything. (The other
rounds' features come from their own folds, whose models did see the round left out: a
second-order leak through ~10 weights, accepted to train 19 topic models rather than 171.)

Measured (twelfth session, `--loro --cache DIR`, before this session's nine training sets
joined), follow-up topic accuracy without -> with:
round 2 .941 .947, 3 .845 .845, 4 .849 .863, 5 .833 .851, 6 .827 .839, 7 .898 .898,
8 .881 .897, 9 .801 .809, 10 .847 .858, 11 .870 .877, 12 .869 .872, 13 .809 .821,
14 .804 .815, 15 .806 .821, 16 .814 .821, 17 .811 .814, 18 .848 .848: mean 0.844 -> 0.853
(+0.0084 unrounded; no round loses), openers 0.863 unchanged, needed fact 0.925 -> 0.928;
eval.yaml top-1 0.982, off-topic 0.963 unchanged, follow-ups 0.911 -> 0.931; holdout.yaml
top-1 0.969 unchanged. With the training sets in (the shipped data): mean 0.850 -> 0.857
(round 10 .858 -> .852 the only loss, round 15 .818 -> .840), eval.yaml follow-ups 0.901 ->
0.911. It shipped for one release (ab6685c) and was withdrawn: it moved designed behaviour
(tests/test_topic_stay.py, a bare "and then?" stays; tests/test_cross_reference.py), so no
rerank.json ships and the engine keeps the hand-weighted reading (re-tuning that instead: W_MODEL 0.8 / 1.2 and
W_PRIOR_WITH_MODEL 0.5 gain at most +0.001 on the same rounds). Also measured: all 20 features
at L2 1e-3 from zero, 0.844 -> 0.853 but eval.yaml follow-ups 0.911 -> 0.871; anchored at L2
1e-2, 0.844 -> 0.849; the groups also collected along the re-ranker's own replies (each round's
turns under its fold re-ranker, added to the training), the same 0.853. A caution: the weights
(p_family -2.1, current -1.0) lean against staying, and a bare "然后呢" after the late-night-calls
answer turns to complaints (with the final topic model it does so with or without the
re-ranker: the blind writers' "然后呢" often asks the next step); the file must be retrained
whenever the topic model is (tests/test_topicmodel_rerank.py checks they match).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.followup import Reading
from bot.kb import KnowledgeBase, load
from bot.reply import Reply
from bot.topicmodel.model import TopicModel
from bot.topicmodel.rerank import (
    FEATURES,
    RERANK_FILE,
    Reranker,
    Signals,
    features,
    topics_digest,
)
from bot.topicmodel.train import DIALOGUES, data_digest, dialogue_files, training_rows

# The L2 term pulls the weights towards ANCHOR x the hand-weighted score alone (a sharp softmax
# over today's ranking), so the re-ranker departs from it only where the rounds say so; USED:
# the features it may weigh (the rest weigh 0). Chosen leaving one round out (rounds 2-18; the
# table in the module docstring): all 20 features at L2 1e-3 from zero gained as much on the
# rounds but cost eval.yaml's follow-ups 0.911 -> 0.871 (its staff dialogues); these nine,
# anchored, gain as much and keep eval.yaml (0.931). The settings were picked after looking at
# eval.yaml, so its figure is not blind.
L2 = 3e-3
ANCHOR = 10.0
USED = (
    "legacy",
    "log_p_previous",
    "log_p_alone",
    "p_family",
    "prior",
    "current",
    "current_no_domain",
    "other_audience",
    "current_long",
)
ROUNDS = tuple(f"dialogues.holdout{n}.jsonl" for n in range(2, 19))
CHECKS = (Path("tests/data/eval.yaml"), Path("tests/data/holdout.yaml"))


@dataclass(frozen=True)
class Group:
    """One follow-up turn: its candidates' feature rows and which one is the label."""

    rows: list[list[float]]
    label: int


def collect(
    kb: KnowledgeBase, path: Path, model: TopicModel | None, reranker: Reranker | None = None
) -> tuple[list[Group], dict[str, float]]:
    """The set's follow-up groups and its figures (follow-ups, openers or questions, needed
    fact, off-topic rejection) through a fresh engine with this model and re-ranker."""
    from bot.bootstrap import build_skills
    from bot.engine import Engine
    from bot.evaluation import EVAL_NOW, evaluate, load_set
    from bot.store import Store

    store = Store(":memory:")
    engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)
    engine.topic_model = model
    engine.reranker = reranker
    engine.record_reading = True
    data = load_set(path)
    seen: list[tuple[list[Reading], Signals] | None] = []
    handle = engine.handle

    def watched(chat_id: str | int, text: str) -> Reply:
        engine.last_reading = None
        reply = handle(chat_id, text)
        seen.append(engine.last_reading)
        return reply

    engine.handle = watched  # type: ignore[method-assign, assignment]
    report = evaluate(kb, data, engine)
    labels = [
        *(q["topic"] for q in data["questions"]),
        *(None for _ in data["offtopic"]),
        *(t["topic"] for d in data["dialogues"] for t in d["turns"]),
    ]
    groups = []
    for label, reading in zip(labels, seen, strict=True):
        if reading is None or label is None:
            continue
        readings, signals = reading
        topics = [r.topic for r in readings]
        if label in topics:
            groups.append(Group(features(readings, signals), topics.index(label)))
    fu = report.follow_ups
    first = report.questions or report.first_replies
    needing = [r for r in fu if r.needs]
    figures = {
        "follow": sum(r.top1 for r in fu) / max(1, len(fu)),
        "first": sum(r.top1 for r in first) / max(1, len(first)),
        "needs": sum(r.needs_met for r in needing) / max(1, len(needing)),
        "offtopic": sum(r.answered is None for r in report.offtopic) / max(1, len(report.offtopic)),
    }
    return groups, figures


def fit(
    groups: Sequence[Group],
    l2: float = L2,
    anchor: float = ANCHOR,
    used: Sequence[str] = FEATURES,
) -> np.ndarray:
    """The conditional logit's weights for these groups (softmax within each group), from and
    pulled by the L2 term towards the hand-weighted score alone (`anchor` x "legacy"); only the
    `used` features (the others weigh 0)."""
    from scipy.optimize import minimize  # training only (the `train` extra)

    cols = [FEATURES.index(name) for name in used]
    x = np.array([row for g in groups for row in g.rows], dtype=np.float64)[:, cols]
    w0 = np.array([anchor if name == "legacy" else 0.0 for name in used])
    sizes = np.array([len(g.rows) for g in groups])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    label_rows = starts + np.array([g.label for g in groups])
    owner = np.repeat(np.arange(len(groups)), sizes)
    n = len(groups)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[owner])
        z = np.add.reduceat(e, starts)
        p = e / z[owner]
        d = w - w0
        value = -(s[label_rows] - top - np.log(z)).sum() / n + 0.5 * l2 * d @ d
        p[label_rows] -= 1.0
        return float(value), x.T @ p / n + l2 * d

    found = minimize(loss, w0.copy(), jac=True, method="L-BFGS-B")
    weights = np.zeros(len(FEATURES))
    weights[cols] = found.x
    return weights


def reranker(
    kb: KnowledgeBase,
    weights: np.ndarray,
    files: Sequence[str],
    l2: float = L2,
    anchor: float = ANCHOR,
    used: Sequence[str] = USED,
) -> Reranker:
    """The re-ranker with these weights, and what it was trained on: the rounds (names and
    contents), the knowledge base's topics and the topic model's training data (its folds)."""
    digest = hashlib.sha256()
    for name in files:
        digest.update((DIALOGUES / name).read_bytes())
    meta: dict[str, object] = {
        "files": list(files),
        "data_sha256_16": digest.hexdigest()[:16],
        "model_data_sha256_16": data_digest(training_rows(kb)[0]),
        "topics_sha256_16": topics_digest([e.id for e in kb.entries]),
        "l2": l2,
        "anchor": anchor,
        "used": list(used),
    }
    return Reranker(tuple(float(w) for w in weights), meta)


def _fold(kb: KnowledgeBase, exclude: list[str], cache: str) -> TopicModel:
    from bot.topicmodel import loro

    args = argparse.Namespace(
        dialogue_weight=loro.DIALOGUE_WEIGHT,
        no_previous=False,
        without_previous=loro.WITHOUT_PREVIOUS,
        l2=loro.L2,
        stay=loro.STAY,
        confused=loro.CONFUSED_PREVIOUS,
        cache=cache,
    )
    return loro._model(kb, exclude, args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).with_name(RERANK_FILE)))
    parser.add_argument("--cache", default="", help="directory to keep the fold models in")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--anchor", type=float, default=ANCHOR, help="legacy weight pulled to")
    parser.add_argument("--features", default=",".join(USED), help="the features used")
    parser.add_argument("--loro", action="store_true", help="measure, leaving one round out")
    parser.add_argument("--rounds", default=",".join(ROUNDS))
    args = parser.parse_args(argv)
    used = args.features.split(",")
    kb = load(None)
    files = [p.name for p in dialogue_files()]
    groups: dict[str, list[Group]] = {}
    before: dict[str, dict[str, float]] = {}
    for name in files:
        kept = Path(args.cache) / f"groups-{name}.pickle" if args.cache else None
        if kept is not None and kept.exists():
            pairs, before[name] = pickle.loads(kept.read_bytes())
            groups[name] = [Group(rows, label) for rows, label in pairs]
        else:
            model = _fold(kb, [name], args.cache)
            groups[name], before[name] = collect(kb, DIALOGUES / name, model)
            if kept is not None:
                pairs = [(g.rows, g.label) for g in groups[name]]
                kept.write_bytes(pickle.dumps((pairs, before[name])))
        print(f"{name:<28} {len(groups[name])} turns", flush=True)
    weights = fit([g for n in files for g in groups[n]], args.l2, args.anchor, used)
    everything = reranker(kb, weights, files, args.l2, args.anchor, used)
    if not args.loro:
        everything.save(Path(args.out))
        print(f"wrote {args.out}: {sum(map(len, groups.values()))} turns, {len(files)} rounds")
        print(" ".join(f"{n}={w:+.3f}" for n, w in zip(FEATURES, everything.weights, strict=True)))
        return 0
    table = []
    for name in args.rounds.split(","):
        others = [g for n in files if n != name for g in groups[n]]
        fold = Reranker(tuple(float(w) for w in fit(others, args.l2, args.anchor, used)), {})
        model = _fold(kb, [name], args.cache)
        _, after = collect(kb, DIALOGUES / name, model, fold)
        table.append((before[name], after))
        print(
            f"{name:<28} follow-ups {before[name]['follow']:.3f} -> {after['follow']:.3f}  "
            f"openers {before[name]['first']:.3f} -> {after['first']:.3f}  "
            f"needed fact {before[name]['needs']:.3f} -> {after['needs']:.3f}",
            flush=True,
        )
    for key, label in (("follow", "follow-ups"), ("first", "openers"), ("needs", "needed fact")):
        mean_before = statistics.mean(x[key] for x, _ in table)
        mean_after = statistics.mean(x[key] for _, x in table)
        print(f"mean {label:<12} {mean_before:.3f} -> {mean_after:.3f}")
    print(" ".join(f"{n}={w:+.3f}" for n, w in zip(FEATURES, everything.weights, strict=True)))
    model = _fold(kb, [], args.cache)
    for path in CHECKS:
        _, old = collect(kb, path, model)
        _, new = collect(kb, path, model, everything)
        print(
            f"{path.name}: top-1 {old['first']:.3f} -> {new['first']:.3f}  "
            f"follow-ups {old['follow']:.3f} -> {new['follow']:.3f}  "
            f"off-topic declined {old['offtopic']:.3f} -> {new['offtopic']:.3f}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
