"""`python -m bot eval`: how well the dialogue engine finds the right topic on a labelled set.

The set (default tests/data/eval.yaml) has `questions` ({q, topic, lang}),
`offtopic` ({q, lang} or plain strings) and `dialogues` ({turns: [{q, topic}]}).
Each question is asked in a fresh chat; each dialogue's turns in one chat.

- top-1: the topic the engine answers with is the label (what a person gets);
- top-3: the label is among the first three candidates (or is the answer);
- off-topic rejection: no topic is answered (a "did you mean" is fine);
- follow-ups: turns after the first of a dialogue answered with their label.

A dialogue corpus in JSONL ({"lang", "turns": [{"q", "topic", "needs": [...]}]}, one per
line) is read the same way, and its follow-up turns with `needs` also count for:
- needed fact on the first screen: one of the turn's `needs` strings is in the reply's text
  within the first FIRST_SCREEN characters (what a phone shows before the buttons);
- first reply length: the median length of each dialogue's first reply, by language.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from bot.engine import Engine
from bot.kb import KnowledgeBase, load
from bot.render import render_text
from bot.reply import FIRST_SCREEN, Reply
from bot.store import Store
from bot.text import clean, detect_lang

DEFAULT_SET = Path("tests/data/eval.yaml")
EVAL_NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def first_screen(reply: Reply) -> str:
    """The reply's text as far as the first screen goes (buttons are not text)."""
    return render_text(reply, numbered_buttons=False)[: FIRST_SCREEN[reply.lang]]


def has_need(screen: str, needs: list[str]) -> bool:
    """Is one of the needed strings on the screen? (Case, width and script folded.)"""
    folded = clean(screen).replace(" ", "")
    return any(clean(n).replace(" ", "") in folded for n in needs if clean(n))


@dataclass
class Result:
    q: str
    label: str | None
    lang: str
    answered: str | None
    candidates: list[tuple[str, float]]
    needs: list[str] = field(default_factory=list)
    needs_met: bool = False
    length: int = 0  # characters of the reply before its buttons
    # The answer is the label, or a topic that narrows it (kb `broader`): small-claims for "sued".
    within: bool = False

    @property
    def top1(self) -> bool:
        return self.answered == self.label

    @property
    def top3(self) -> bool:
        return self.top1 or self.label in [c for c, _ in self.candidates[:3]]

    @property
    def label_score(self) -> float:
        return dict(self.candidates).get(self.label or "", 0.0)


@dataclass
class Report:
    questions: list[Result] = field(default_factory=list)
    offtopic: list[Result] = field(default_factory=list)
    follow_ups: list[Result] = field(default_factory=list)
    first_replies: list[Result] = field(default_factory=list)  # each dialogue's first turn

    def summary(self) -> dict[str, Any]:
        def rate(items: list[Result], attr: str) -> float:
            return round(sum(getattr(r, attr) for r in items) / len(items), 4) if items else 0.0

        by_lang: dict[str, list[Result]] = defaultdict(list)
        by_topic: dict[str, list[Result]] = defaultdict(list)
        for r in self.questions:
            by_lang[r.lang].append(r)
            by_topic[r.label or ""].append(r)
        confusions = Counter(
            (r.label, r.answered or "(none)")
            for r in [*self.questions, *self.follow_ups]
            if not r.top1
        )
        worst = sorted(self.questions, key=lambda r: (r.top1, r.label_score))[:10]
        needing = [r for r in self.follow_ups if r.needs]
        lengths: dict[str, list[int]] = defaultdict(list)
        for r in self.first_replies:
            lengths["en" if r.lang == "en" else "zh"].append(r.length)
        return {
            "questions": len(self.questions),
            "top1": rate(self.questions, "top1"),
            "top3": rate(self.questions, "top3"),
            "by_lang": {
                lang: {"n": len(v), "top1": rate(v, "top1"), "top3": rate(v, "top3")}
                for lang, v in sorted(by_lang.items())
            },
            "by_topic": {
                t: {"n": len(v), "top1": rate(v, "top1"), "top3": rate(v, "top3")}
                for t, v in sorted(by_topic.items())
            },
            "offtopic": len(self.offtopic),
            "offtopic_rejection": round(
                sum(r.answered is None for r in self.offtopic) / len(self.offtopic), 4
            )
            if self.offtopic
            else 0.0,
            "offtopic_answered": [
                {"q": r.q, "answered": r.answered} for r in self.offtopic if r.answered is not None
            ],
            "follow_up_turns": len(self.follow_ups),
            "follow_ups": rate(self.follow_ups, "top1"),
            # The same, counting an answer in a narrower topic (kb `broader`) as one in the
            # labelled topic: writers who never saw the knowledge base name only the wider one.
            "follow_ups_within": rate(self.follow_ups, "within"),
            "needs_turns": len(needing),
            "needs_on_first_screen": rate(needing, "needs_met"),
            "needs_missed": [
                {"q": r.q, "topic": r.label, "answered": r.answered, "needs": r.needs}
                for r in needing
                if not r.needs_met
            ][:15],
            "first_reply_median": {
                lang: statistics.median(v) for lang, v in sorted(lengths.items()) if v
            },
            "confusions": [
                {"expected": a, "answered": b, "count": n}
                for (a, b), n in confusions.most_common(15)
            ],
            "worst": [
                {"q": r.q, "expected": r.label, "answered": r.answered, "score": r.label_score}
                for r in worst
            ],
        }


def load_set(path: Path) -> dict[str, Any]:
    if path.suffix == ".jsonl":
        lines = path.read_text(encoding="utf-8").splitlines()
        return {
            "questions": [],
            "offtopic": [],
            "dialogues": [json.loads(x) for x in lines if x.strip()],
        }
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        "questions": data.get("questions") or [],
        "offtopic": [x if isinstance(x, dict) else {"q": x} for x in data.get("offtopic") or []],
        "dialogues": data.get("dialogues") or [],
    }


def evaluate(kb: KnowledgeBase, data: dict[str, Any], engine: Engine | None = None) -> Report:
    """Run the set through a fresh engine (in-memory store, fixed clock)."""
    if engine is None:
        from bot.bootstrap import build_skills

        store = Store(":memory:")
        engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)
    report = Report()
    counter = 0

    def ask(chat: str, q: str, label: str | None, lang: str, needs: list[str] = ()) -> Result:  # type: ignore[assignment]
        reply = engine.handle(chat, q)
        return Result(
            q,
            label,
            lang,
            reply.topic,
            [(c.topic, c.score) for c in reply.candidates],
            needs=list(needs),
            needs_met=has_need(first_screen(reply), list(needs)),
            length=len(render_text(reply, numbered_buttons=False)),
            within=label is not None and kb.within(reply.topic, label),
        )

    for item in data["questions"]:
        counter += 1
        report.questions.append(
            ask(f"eval-q{counter}", item["q"], item["topic"], item.get("lang", "?"))
        )
    for item in data["offtopic"]:
        counter += 1
        report.offtopic.append(ask(f"eval-o{counter}", item["q"], None, item.get("lang", "?")))
    for dialogue in data["dialogues"]:
        counter += 1
        chat = f"eval-d{counter}"
        for i, turn in enumerate(dialogue["turns"]):
            lang = turn.get("lang") or dialogue.get("lang") or detect_lang(turn["q"]) or "?"
            result = ask(chat, turn["q"], turn["topic"], lang, turn.get("needs") or [])
            if i > 0:
                report.follow_ups.append(result)
            else:
                report.first_replies.append(result)
    return report


def format_report(s: dict[str, Any]) -> str:
    lines = [
        f"questions: {s['questions']}  top-1 {s['top1']:.3f}  top-3 {s['top3']:.3f}",
    ]
    for lang, v in s["by_lang"].items():
        lines.append(f"  {lang:<8} n={v['n']:<4} top-1 {v['top1']:.3f}  top-3 {v['top3']:.3f}")
    lines.append(f"off-topic: {s['offtopic']}  rejected {s['offtopic_rejection']:.3f}")
    for x in s["offtopic_answered"]:
        lines.append(f"  answered {x['answered']}: {x['q']}")
    lines.append(
        f"follow-up turns: {s['follow_up_turns']}  right {s['follow_ups']:.3f}"
        f"  (a narrower topic counted as its wider one: {s['follow_ups_within']:.3f})"
    )
    if s["needs_turns"]:
        lines.append(
            f"needed fact on the first screen: {s['needs_turns']} turns  "
            f"{s['needs_on_first_screen']:.3f}"
        )
        for x in s["needs_missed"]:
            lines.append(f"  missed {x['needs']} ({x['topic']} → {x['answered']}): {x['q']}")
    if s["first_reply_median"]:
        medians = "  ".join(f"{k} {v:g}" for k, v in s["first_reply_median"].items())
        lines.append(f"first reply, median characters: {medians}")
    lines.append("per topic (top-1 / top-3):")
    for t, v in s["by_topic"].items():
        flag = "" if v["top1"] >= 0.9 else "  <"
        lines.append(f"  {t:<28} {v['top1']:.2f} / {v['top3']:.2f}  (n={v['n']}){flag}")
    lines.append("most frequent confusions (expected → answered):")
    for c in s["confusions"]:
        lines.append(f"  {c['count']}× {c['expected']} → {c['answered']}")
    lines.append("ten worst-scored questions:")
    for w in s["worst"]:
        lines.append(f"  [{w['score']:.2f}] {w['expected']} → {w['answered']}: {w['q']}")
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    kb = load(args.kb)
    path = Path(args.path) if args.path else DEFAULT_SET
    if not path.exists():
        print(f"error: evaluation set not found: {path}")
        return 2
    summary = evaluate(kb, load_set(path)).summary()
    safety = None
    if getattr(args, "safety", False) or args.path is None:
        from bot.bootstrap import build_skills
        from bot.safety.evaluate import format_summary
        from bot.safety.evaluate import summary as safety_summary

        store = Store(":memory:")
        engine = Engine(kb, store, build_skills(store, kb), clock=lambda: EVAL_NOW)
        safety = summary["safety"] = safety_summary(engine)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print(format_report(summary))
        if safety is not None:
            print(format_summary(safety))
    return 0
