"""`python -m bot bench`: matching speed and memory, on the shipped and synthetic knowledge bases.

For each knowledge base: index build time, memory held by the index, per-message
matching latency (p50/p99) for short and long messages, and messages per second
through the whole dialogue engine on one core. The shipped base also gets its
start-up time (load + validate + index). Synthetic bases of N entries are made
here from the shipped one: every entry's questions with a third of their
characters replaced at random (seeded), so they look like real text but differ.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import sys
import time
import tracemalloc
from dataclasses import replace
from typing import Any

from bot.engine import Engine
from bot.kb import KnowledgeBase, Lines, load
from bot.matching import Matcher
from bot.store import Store

TARGETS = {
    "shipped_p99_ms": 1.0,
    "startup_s": 1.0,
    "10000_p99_ms": 20.0,
    "first_json_line_ratio": 2.5,
    "safety_p99_ms": 0.2,
}


def synthetic(kb: KnowledgeBase, size: int, seed: int = 0) -> KnowledgeBase:
    """A knowledge base of `size` entries derived from `kb` (deterministic)."""
    rng = random.Random(seed)
    alphabet = sorted(
        {ch for e in kb.entries for q in e.questions.zh for ch in q if "\u4e00" <= ch <= "\u9fff"}
    )
    words = sorted({w for e in kb.entries for q in e.questions.en for w in q.lower().split()})

    def mutate_zh(text: str) -> str:
        return "".join(rng.choice(alphabet) if rng.random() < 0.33 else ch for ch in text)

    def mutate_en(text: str) -> str:
        return " ".join(rng.choice(words) if rng.random() < 0.33 else w for w in text.split())

    entries = []
    for k in range(size):
        base = kb.entries[k % len(kb.entries)]
        entries.append(
            replace(
                base,
                id=f"{base.id}-{k}",
                questions=Lines(
                    tuple(mutate_zh(q) for q in base.questions.zh),
                    tuple(mutate_en(q) for q in base.questions.en),
                ),
                keywords=tuple(mutate_zh(w) if not w.isascii() else w for w in base.keywords),
                triggers=(),
                priority="normal",
                follow_ups=(),
            )
        )
    return replace(kb, entries=tuple(entries))


def messages(kb: KnowledgeBase, seed: int = 1) -> tuple[list[str], list[str]]:
    """Short messages (the entries' own questions) and long ones: 3–6 questions of one
    language joined, as one person's rambling message would be (half Chinese, half English)."""
    rng = random.Random(seed)
    zh = [q for e in kb.entries for q in e.questions.zh]
    en = [q for e in kb.entries for q in e.questions.en]
    pool = zh + en
    rng.shuffle(pool)
    short = [q for q in pool if len(q) <= 30][:400]
    long = [
        ("，" if lang is zh else ", ").join(rng.sample(lang, rng.randint(3, 6)))
        for lang in (zh, en) * 100
    ]
    return short, long


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 3), "p99_ms": round(p99 * 1000, 3)}


def _latency(matcher: Matcher, texts: list[str], rounds: int = 5) -> dict[str, float]:
    """p50/p99 over messages of each message's matching time. A message's time is the median
    of `rounds` timings taken in separate passes, so that a moment's noise on a shared machine
    (another process, a timer interrupt) does not stand in for what the message costs."""
    for text in texts[:20]:  # warm caches
        matcher.match(text)
    timings: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for text, times in zip(texts, timings, strict=True):
            start = time.perf_counter()
            matcher.match(text)
            times.append(time.perf_counter() - start)
    return _percentiles([statistics.median(times) for times in timings])


def _safety_latency(texts: list[str], rounds: int = 5) -> dict[str, float]:
    """What the safety stage (bot.safety.assess) adds to each message, measured as _latency."""
    from bot.safety.assess import assess

    for text in texts[:20]:
        assess(text)
    timings: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for text, times in zip(texts, timings, strict=True):
            start = time.perf_counter()
            assess(text)
            times.append(time.perf_counter() - start)
    return _percentiles([statistics.median(times) for times in timings])


def _throughput(
    kb: KnowledgeBase, matcher: Matcher, texts: list[str], seconds: float = 1.5
) -> float:
    engine = Engine(kb, Store(":memory:"), matcher=matcher)
    count, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for i, text in enumerate(texts):
            engine.handle(f"bench-{i % 50}", text)
            count += 1
    return round(count / (time.perf_counter() - start), 1)


def _build(kb: KnowledgeBase) -> tuple[Matcher, float, int]:
    """(matcher, seconds to build it, bytes it retains). The time comes from a plain build; the
    memory from a second build under tracemalloc (which slows building down), after collection,
    so it counts what the index keeps, not what building it threw away."""
    gc.collect()
    start = time.perf_counter()
    matcher = Matcher(kb)
    seconds = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    probe = Matcher(kb)
    gc.collect()
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del probe
    return matcher, seconds, max(0, memory)


def measure(name: str, kb: KnowledgeBase, sample_from: KnowledgeBase) -> dict[str, Any]:
    matcher, build, memory = _build(kb)
    short, long = messages(sample_from)
    return {
        "name": name,
        "entries": len(kb.entries),
        "index_build_s": round(build, 3),
        "index_memory_mb": round(memory / 2**20, 2),
        "short": _latency(matcher, short),
        "long": _latency(matcher, long),
        "engine_msgs_per_s": _throughput(kb, matcher, short + long),
    }


def run(kb_root: str | None, sizes: list[int], startup_runs: int = 7) -> dict[str, Any]:
    start = time.perf_counter()
    kb = load(kb_root)
    Matcher(kb)
    startup = time.perf_counter() - start
    results = [measure("shipped", kb, kb)]
    short, long = messages(kb)
    safety = {"short": _safety_latency(short), "long": _safety_latency(long)}
    for size in sizes:
        results.append(measure(f"synthetic-{size}", synthetic(kb, size), kb))
    return {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "startup_s": round(startup, 3),
        "first_json_line": first_json_line(kb_root, startup_runs),
        "results": results,
        "safety": safety,
        "targets": TARGETS,
    }


def first_json_line(kb_root: str | None, runs: int) -> dict[str, float]:
    from bot import startup

    return startup.measure(kb_root, runs)


def _first_line_report(figures: dict[str, float]) -> str:
    return (
        f"first JSON line of chat --json: {figures['first_json_line_s']:.3f} s, "
        f"{figures['ratio']:.2f}x a bare `import telegram` ({figures['import_telegram_s']:.3f} s; "
        f"target ≤ {TARGETS['first_json_line_ratio']}x)"
    )


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"machine: {report['machine']}",
        f"start-up (load + validate + index): {report['startup_s']:.3f} s",
        _first_line_report(report["first_json_line"]),
    ]
    lines.append(
        f"{'knowledge base':<18}{'entries':>8}{'build s':>9}{'memory MB':>11}"
        f"{'short p50/p99 ms':>19}{'long p50/p99 ms':>18}{'engine msg/s':>14}"
    )
    for r in report["results"]:
        lines.append(
            f"{r['name']:<18}{r['entries']:>8}{r['index_build_s']:>9.3f}{r['index_memory_mb']:>11.2f}"
            f"{r['short']['p50_ms']:>10.3f}/{r['short']['p99_ms']:<8.3f}"
            f"{r['long']['p50_ms']:>9.3f}/{r['long']['p99_ms']:<8.3f}{r['engine_msgs_per_s']:>14.1f}"
        )
    shipped = report["results"][0]
    worst = max(shipped["short"]["p99_ms"], shipped["long"]["p99_ms"])
    lines.append(
        f"targets: shipped p99 {worst:.3f} ms (≤ {TARGETS['shipped_p99_ms']}), "
        f"start-up {report['startup_s']:.3f} s (≤ {TARGETS['startup_s']})"
        + "".join(
            f", {r['entries']} entries p99 {max(r['short']['p99_ms'], r['long']['p99_ms']):.3f} ms"
            + (f" (≤ {TARGETS['10000_p99_ms']})" if r["entries"] == 10000 else "")
            for r in report["results"][1:]
        )
    )
    safety = report.get("safety")
    if safety:
        lines.append(
            f"safety stage (assess, per message): short p50/p99 {safety['short']['p50_ms']:.3f}/"
            f"{safety['short']['p99_ms']:.3f} ms, long {safety['long']['p50_ms']:.3f}/"
            f"{safety['long']['p99_ms']:.3f} ms (target p99 ≤ {TARGETS['safety_p99_ms']} ms)"
        )
    return "\n".join(lines)


def main(args: argparse.Namespace) -> int:
    sizes = [int(x) for x in str(args.sizes).split(",") if x.strip()]
    report = run(args.kb, sizes, getattr(args, "startup_runs", 7))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    sys.stdout.flush()
    return 0
