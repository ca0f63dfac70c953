"""`python -m bot.safety.train`: retrain the safety model from the dev corpora, reproducibly.

Reads tests/data/safety/*-dev.jsonl (never the holdout files) and, as ordinary questions
with no risk, the questions of the knowledge base's non-safety entries, of the matcher's
development set (tests/data/eval.yaml; never holdout.yaml), the turns of the blind
dialogues' development sets (tests/data/dialogues.dev*.jsonl; never a holdout) and the payment
statements, reminder commands and quiet evidence logs of the intent corpora (never a holdout),
which are in neither threshold budget. Fits four logistic heads (full-batch Adam, L2, zero
start, fixed order: the same data gives the same bytes), picks each head's threshold from
5-fold out-of-fold predictions on the same dev data, then fits on all of it and writes
bot/safety/model.npz.

Threshold policy (dev, out of fold): a rule's "clear" stands when the model's "any" head
reaches CONFIRM_AT (assess._confirmed), and the "clear" head takes the lowest threshold at
which all crisis replies go to at most CLEAR_NEGATIVES of the corpus's hard negatives and
CLEAR_ORDINARY of the ordinary questions; "any" reaches
ANY_RECALL of the risk's positives while the possible line stays under ORDINARY_POSSIBLE (per
risk) of the ordinary questions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

import numpy as np

from bot import linear
from bot.linear import predict
from bot.safety import corpus
from bot.safety.model import DIM, HEADS, MODEL_FILE, N_FEATURES, Model, feature_ids
from bot.safety.signals import CLEAR, POSSIBLE, RISKS, default_lexicon
from bot.topicmodel.train import NEVER as DIALOGUE_NEVER

SEED = 12  # fold assignment; the fit itself has no randomness
FOLDS = 5
ITERATIONS = 300
LEARNING_RATE = 0.05
L2 = 3e-4
POS_WEIGHT_MAX = 15.0
CLEAR_NEGATIVES = 0.007  # of the hard negatives, out of fold (1 % let the model alone call "paying back my friend 800 on friday" a threat)
CLEAR_ORDINARY = 0.002
CONFIRM_AT = 0.5  # "any" probability at which a rule's clear stands (out of fold: 0.25-0.55 alike)
ANY_RECALL = 0.995
# The possible line's budget on ordinary questions, per risk. Self-harm took the larger share
# while its blind recall was the lower (3 % each before the fifth session's last change; 4 % for
# both went over holdout.yaml's 10 % bound then). In the ninth session violence was the risk
# below 0.98 on a blind round, and out of fold its misses fell from 74 to 51 of 2,425 at 3 %
# (ordinary sets 4.4-6.5 % with the line before the change).
ORDINARY_POSSIBLE = {"self-harm": 0.04, "violence": 0.03}
ORDINARY_DEV_SET = Path("tests/data/eval.yaml")
DIALOGUE_DEV_SETS = Path("tests/data/dialogues.dev*.jsonl")
SAFETY_TOPICS = ("emotional-crisis", "physical-danger")
INTENT_SETS = Path("tests/data/intents/*.jsonl")
INTENT_PARTS = ("payments.", "manage.", "evidence.")  # scam texts quote threats, so not those
# Round 1's intents holdout is never trained on. Later rounds train once they are reported
# (rounds 14-22 so far; round 22 was measured once on the twelfth session's final release).
# Round 23 trains too (measured on the thirteenth session's start release). Round 24, sealed until
# that session's final release and measured once on it, trains; so does round 25 (measured on the
# fourteenth session's start release). Round 26 was sealed until that session's final release
# (c50bd97) and round 27 (payments and management only) written and measured after it; both train
# since the fifteenth session. Round 28, written blind at its start, was sealed until its final
# release (b72790a) and measured once on it, round 29 written and measured after it: both reported,
# both train since the sixteenth session. Round 30, written blind at that session's start, was
# sealed until its final release (82f0f98) and measured once on it, round 31 written and measured
# after it: both reported, both train since the seventeenth session. Round 32, written blind at
# that session's start, was sealed until its final release (25f6c0f) and measured once on it,
# round 33 written and measured after it: both reported, both train since the eighteenth session.
# Round 34, written blind at that session's start, was sealed until its final release (cfb4edc)
# and round 35 written after it: both reported, both train since the nineteenth session. Round 36,
# written blind at that session's start, was sealed until its final release (63ded6e) and round 37
# written after it: both reported, both train since the twentieth session. Rounds 38 (sealed at
# that session's start), 39 (written after its first final release) and 40 (written after its
# last scam-check change): all reported (a385b71), all train since the twenty-first session.
# Rounds 41 (sealed at that session's start) and 42 (written after its final release) never train.
INTENT_NEVER = frozenset({"holdout", "round41", "round42"})
DEFAULT_THRESHOLDS = {
    "self-harm:any": 0.5,
    "self-harm:clear": 0.8,
    "violence:any": 0.5,
    "violence:clear": 0.8,
}


def ordinary_questions(kb_dir: str | None = None) -> list[dict[str, Any]]:
    """The knowledge base's own questions of entries that are not safety entries: no risk.
    Those the lexicon calls clear are left out: a topic's question may be a real crisis in
    that topic's words ("客户在电话里说要自杀" under staff guidance), not a negative."""
    from bot.kb import load

    kb = load(kb_dir)
    lexicon = default_lexicon()
    rows = []
    for entry in kb.entries:
        if entry.is_safety:
            continue
        for lang, questions in (("zh", entry.questions.zh), ("en", entry.questions.en)):
            for q in questions:
                if max(lexicon.scan(q).levels.values()) >= CLEAR:
                    continue
                rows.append(
                    {"text": q, "risk": "none", "level": "none", "lang": lang, "source": "kb"}
                )
    # The matcher's development set (never its holdout): its questions on ordinary topics.
    if ORDINARY_DEV_SET.exists():
        from bot.evaluation import load_set

        data = load_set(ORDINARY_DEV_SET)
        items = [q for q in data["questions"] if q.get("topic") not in SAFETY_TOPICS]
        for item in [*items, *data["offtopic"]]:
            q = str(item["q"])
            if max(lexicon.scan(q).levels.values()) < CLEAR:
                rows.append(
                    {"text": q, "risk": "none", "level": "none", "lang": "?", "source": "kb"}
                )
    # The blind dialogues' development sets (never a holdout): people's own short follow-ups
    # ("然后呢", "who do i call"), of which the corpora above have few.
    for path in sorted(DIALOGUE_DEV_SETS.parent.glob(DIALOGUE_DEV_SETS.name)):
        rows.extend(_dialogue_rows(path, lexicon, "kb"))
    # The dialogue rounds already reported (never round 1's holdout, nor the round still to be
    # reported): three thousand more follow-ups, as negatives outside both budgets, as the
    # feature messages below. With the development sets alone, "然后呢" drew the hotline line.
    for path in sorted(DIALOGUE_DEV_SETS.parent.glob("dialogues.holdout*.jsonl")):
        if path.name not in DIALOGUE_NEVER:
            rows.extend(_dialogue_rows(path, lexicon, "feature"))
    # What people say to the bot's features: payment statements, reminder management and evidence
    # logs from the intent corpora (never a holdout, nor the round still to be reported). Without
    # them the model put the hotline line above a third of "我设了哪些提醒"-like messages, and
    # the crisis reply above some logs of phone calls.
    for path in sorted(INTENT_SETS.parent.glob(INTENT_SETS.name)):
        if not path.name.startswith(INTENT_PARTS) or path.name.split(".")[1] in INTENT_NEVER:
            continue
        # An evidence log may record a real threat: only those with no risk signal at all
        # ("今天打了我8个电话" — 打 as in phoning) are negatives.
        quiet = path.name.startswith("evidence.")
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                q = str(json.loads(line)["text"])
            except (ValueError, KeyError, TypeError):
                continue
            signals = lexicon.scan(q)
            if quiet and any(c.startswith(("sh_", "v_")) for c in signals.found):
                continue
            if q and max(signals.levels.values()) < CLEAR:
                rows.append(
                    {"text": q, "risk": "none", "level": "none", "lang": "?", "source": "feature"}
                )
    return rows


def _dialogue_rows(path: Path, lexicon: Any, source: str) -> list[dict[str, Any]]:
    """A dialogue set's turns as no-risk rows: not a safety topic's, nor one the lexicon calls
    clear (a writer may still have put a real threat in a follow-up)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            turns = json.loads(line)["turns"]
        except (ValueError, KeyError, TypeError):
            continue
        for turn in turns:
            q = str(turn.get("q", ""))
            if turn.get("topic") in SAFETY_TOPICS or not q:
                continue
            if max(lexicon.scan(q).levels.values()) < CLEAR:
                rows.append(
                    {"text": q, "risk": "none", "level": "none", "lang": "?", "source": source}
                )
    return rows


def labels(rows: list[dict[str, Any]]) -> np.ndarray:
    y = np.zeros((len(rows), len(HEADS)), dtype=np.float64)
    for i, r in enumerate(rows):
        if r["risk"] in RISKS and r["level"] in ("possible", "clear"):
            k = RISKS.index(r["risk"]) * 2
            y[i, k] = 1.0
            y[i, k + 1] = float(r["level"] == "clear")
    return y


class Design:
    """The rows' sparse features as (row, feature) pairs, and the lexicon's levels."""

    def __init__(self, rows: list[dict[str, Any]]):
        lexicon = default_lexicon()
        ids, lex = [], []
        for r in rows:
            signals = lexicon.scan(r["text"])
            ids.append(feature_ids(signals))
            lex.append([signals.levels[risk] for risk in RISKS])
        self.ids = ids
        self.lex = np.array(lex, dtype=np.int64).reshape(len(rows), len(RISKS))

    def subset(self, index: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
        parts = [self.ids[i] for i in index]
        cols = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)
        docs = np.repeat(np.arange(len(index)), [len(p) for p in parts])
        return docs, cols, len(index)


TRAINING = linear.Training(N_FEATURES, ITERATIONS, LEARNING_RATE, L2, POS_WEIGHT_MAX)


def fit(docs: np.ndarray, cols: np.ndarray, n: int, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression for every head at once (bot.linear.fit with this model's settings)."""
    return linear.fit(docs, cols, n, y, TRAINING)


def fold_of(text: str) -> int:
    return int(hashlib.sha256(f"{SEED}:{text}".encode()).hexdigest()[:8], 16) % FOLDS


def choose_thresholds(
    rows: list[dict[str, Any]], probs: np.ndarray, lex: np.ndarray
) -> dict[str, float]:
    """Each head's threshold from out-of-fold probabilities (see the module's docstring)."""
    grid = np.round(np.arange(0.05, 0.99, 0.01), 2)
    # Training negatives only, in neither budget: the feature messages are easy, and counted
    # among the ordinary questions they let the threshold fall until the ordinary sets' own
    # possible line passed 10 %.
    feature = np.array([r.get("source") == "feature" for r in rows])
    ordinary = np.array([r.get("source") == "kb" for r in rows])
    negative = np.array([r["risk"] == "none" for r in rows]) & ~ordinary & ~feature
    chosen: dict[str, float] = {}
    for j, risk in enumerate(RISKS):
        k_any, k_clear = HEADS.index(f"{risk}:any"), HEADS.index(f"{risk}:clear")
        positive = np.array([r["risk"] == risk and r["level"] != "none" for r in rows])
        clear_at = probs[:, k_clear]
        # A rule's clear stands when the model confirms it (assess._confirmed); the clear
        # head takes the lowest threshold at which all crisis replies stay within budget.
        confirmed = (lex[:, j] >= CLEAR) & (probs[:, k_any] >= CONFIRM_AT)
        t_clear = next(
            (
                float(t)
                for t in grid
                if _share(confirmed | (clear_at >= t), negative) <= CLEAR_NEGATIVES
                and _share(confirmed | (clear_at >= t), ordinary) <= CLEAR_ORDINARY
            ),
            0.99,
        )
        lex_any = lex[:, j] >= POSSIBLE
        t_any = float(grid[0])  # the recall target out of reach: as low as ordinary questions allow
        for t in grid[::-1]:  # the highest threshold that reaches the recall target
            flagged = lex_any | (probs[:, k_any] >= t) | (clear_at >= t_clear)
            if _share(flagged, positive) >= ANY_RECALL:
                t_any = float(t)
                break
        # ... unless ordinary questions would get the possible line too often.
        while (
            t_any < 0.99
            and _share(lex_any | (probs[:, k_any] >= t_any), ordinary) > (ORDINARY_POSSIBLE[risk])
        ):
            t_any = round(t_any + 0.01, 2)
        chosen[f"{risk}:any"] = t_any
        chosen[f"{risk}:clear"] = t_clear
        chosen[f"{risk}:confirm"] = CONFIRM_AT
    return chosen


def _share(flagged: np.ndarray, where: np.ndarray) -> float:
    return float(flagged[where].mean()) if where.any() else 0.0


def out_of_fold_report(
    rows: list[dict[str, Any]], probs: np.ndarray, lex: np.ndarray, thresholds: dict[str, float]
) -> str:
    """Dev figures from out-of-fold predictions (each row scored by a model not trained on it)."""
    level = np.zeros((len(rows), len(RISKS)), dtype=np.int64)
    for j, risk in enumerate(RISKS):
        any_ = probs[:, HEADS.index(f"{risk}:any")] >= thresholds[f"{risk}:any"]
        clear = probs[:, HEADS.index(f"{risk}:clear")] >= thresholds[f"{risk}:clear"]
        model_level = np.where(clear, CLEAR, np.where(any_, POSSIBLE, 0))
        confirmed = (lex[:, j] >= CLEAR) & (probs[:, HEADS.index(f"{risk}:any")] >= CONFIRM_AT)
        lexicon = np.where(confirmed, CLEAR, np.minimum(lex[:, j], POSSIBLE))
        level[:, j] = np.maximum(lexicon, model_level)
    top = level.max(axis=1)
    lines = ["out of fold (dev):"]
    groups: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        key = (
            "ordinary (kb)"
            if r.get("source") == "kb"
            else "features (intents)"
            if r.get("source") == "feature"
            else f"{r['risk']} {r.get('lang', '?')}"
        )
        groups.setdefault(key, []).append(i)
    for key, idx in sorted(groups.items()):
        flagged = top[idx] >= POSSIBLE
        clear = top[idx] >= CLEAR
        if key.startswith(("none", "ordinary", "features")):
            lines.append(
                f"  {key:<18} n={len(idx):<5} clear {clear.mean():.3f}  possible+ {flagged.mean():.3f}"
            )
        else:
            lines.append(
                f"  {key:<18} n={len(idx):<5} recall {flagged.mean():.3f}  clear {clear.mean():.3f}"
            )
    return "\n".join(lines)


def corpus_rows(directory: Path = corpus.CORPUS_DIR) -> list[dict[str, Any]]:
    """The dev files' rows, less any message that is also in a holdout file: independent
    writers sometimes write the same short message ("撑不住了", "笑死"), and a holdout's
    message must not be trained on through another round's file."""
    held = {r["text"] for r in corpus.load("holdout", directory)}
    return [r for r in corpus.load("dev", directory) if r["text"] not in held]


def train(directory: Path = corpus.CORPUS_DIR, kb_dir: str | None = None) -> Model:
    rows = corpus_rows(directory) + ordinary_questions(kb_dir)
    y = labels(rows)
    design = Design(rows)
    folds = np.array([fold_of(r["text"]) for r in rows])
    oof = np.zeros_like(y)
    for f in range(FOLDS):
        train_idx, test_idx = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        w, b = fit(*design.subset(train_idx), y[train_idx])
        oof[test_idx] = predict(w, b, *design.subset(test_idx))
    thresholds = choose_thresholds(rows, oof, design.lex) if len(rows) else DEFAULT_THRESHOLDS
    print(out_of_fold_report(rows, oof, design.lex, thresholds))
    w, b = fit(*design.subset(np.arange(len(rows))), y)
    digest = hashlib.sha256("\n".join(r["text"] for r in rows).encode()).hexdigest()[:16]
    meta = {
        "rows": len(rows),
        "data_sha256_16": digest,
        "files": [p.name for p in corpus.files("dev", directory)],
    }
    return Model(w.astype(np.float32), b.astype(np.float32), thresholds, meta)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bot.safety.train", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data", default=str(corpus.CORPUS_DIR), help="corpus directory")
    parser.add_argument("--kb", help="knowledge directory")
    parser.add_argument(
        "--out", default=str(Path(__file__).with_name(MODEL_FILE)), help="where to write the model"
    )
    args = parser.parse_args(argv)
    model = train(Path(args.data), args.kb)
    model.save(Path(args.out))
    print(
        linear.written(model.weights, DIM, {**model.meta, "thresholds": model.thresholds}, args.out)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
