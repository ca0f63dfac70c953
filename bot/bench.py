"""`python -m bot bench`: matching speed and memory, on the shipped and synthetic knowledge bases.

For each knowledge base: index build time, memory held by the index, per-message
matching latency (p50/p99) for short and long messages, and messages per second
through the whole dialogue engine on one core. The shipped base also gets its
start-up time (load + validate + index). Synthetic bases of N entries are made
here from the shipped one's own words (see `synthetic`), so that they grow the
way a real base would. Memory is reported two ways: what the index retains
(tracemalloc, Python's allocations only) and the resident set size of a fresh
process that loads the base and builds the index (`_build_rss`), which also
counts numpy, the Aho-Corasick automata and what building threw away.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import replace
from itertools import chain
from typing import Any

from bot.kb import KnowledgeBase, Lines, load
from bot.matching import Matcher
from bot.phrases import PhraseIndex
from bot.text import CJK_RUN, clean, to_simplified, to_traditional

TARGETS = {
    "shipped_p99_ms": 1.0,
    "startup_s": 1.0,
    "10000_p99_ms": 20.0,
    "first_json_line_ratio": 2.5,
    "safety_p99_ms": 0.2,
    "10000_build_s": 15.0,
    "10000_build_rss_mb": 250.0,
}


def synthetic(kb: KnowledgeBase, size: int, seed: int = 0) -> KnowledgeBase:
    """A knowledge base of `size` entries made from `kb`'s own words (deterministic).

    Entry k is shipped entry k mod n about other things: each of its Chinese keywords is
    swapped for another known term of the base (a keyword, domain term or synonym), or for
    two of them joined, as a bigger base names more specific things (网贷+律师函); the same swap
    is made wherever its questions and title use the keyword, and a third of their other
    known terms are swapped at random. The text between terms is left as people wrote it,
    and a third of the English words are swapped for other words of the English questions.
    So the vocabulary grows as a real base's would, by new combinations of real words, not
    by random characters (which made every bigram new and every typo look like a term)."""
    rng = random.Random(seed)
    # Known terms as the base writes them: keywords, domain terms and the synonym groups'
    # first terms (not their slang and typo variants, which are not words to reuse).
    variants = {t for group in kb.synonyms for t in group[1:]} - {g[0] for g in kb.synonyms}
    vocabulary = sorted(
        {
            term
            for term in chain(
                (k for e in kb.entries for k in e.keywords),
                kb.domain,
                (group[0] for group in kb.synonyms),
            )
            if len(term) >= 2 and CJK_RUN.fullmatch(term) and term == clean(term)
        }
        - variants
    )
    known = PhraseIndex(vocabulary)
    words = sorted({w for e in kb.entries for q in e.questions.en for w in q.lower().split()})

    def swap_terms(text: str, swaps: dict[str, str]) -> str:
        # Terms are found in the simplified form (same length: character-level conversion),
        # and a traditional question gets its new terms in traditional characters.
        simplified = to_simplified(text)
        spans = known.longest(simplified if len(simplified) == len(text) else text)
        new = [
            swaps.get(t) or (rng.choice(vocabulary) if rng.random() < 0.33 else t)
            for *_, t in spans
        ]
        if spans and new == [t for *_, t in spans]:  # at least one swap per text that has a term
            k = rng.randrange(len(spans))
            new[k] = rng.choice(vocabulary)
        if simplified != text:
            new = [to_traditional(t) for t in new]
        out: list[str] = []
        pos = 0
        for (start, end, _), term in zip(spans, new, strict=True):
            out += (text[pos:start], term)
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def mutate_en(text: str) -> str:
        return " ".join(rng.choice(words) if rng.random() < 0.33 else w for w in text.split())

    entries = []
    for k in range(size):
        base = kb.entries[k % len(kb.entries)]
        swaps = {
            w: rng.choice(vocabulary) + (rng.choice(vocabulary) if rng.random() < 0.5 else "")
            for w in base.keywords
            if not w.isascii()
        }
        entries.append(
            replace(
                base,
                id=f"{base.id}-{k}",
                title=replace(base.title, zh=swap_terms(base.title.zh, swaps)),
                questions=Lines(
                    tuple(swap_terms(q, swaps) for q in base.questions.zh),
                    tuple(mutate_en(q) for q in base.questions.en),
                ),
                keywords=tuple(swaps.get(w, w) for w in base.keywords),
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


def _safety_latency(texts: list[str], rounds: int = 5, repeats: int = 5) -> dict[str, float]:
    """What the safety stage (bot.safety.assess) adds to each message: `_latency`'s figures
    (each message's median of `rounds` timings, then p50/p99 over messages), measured
    `repeats` times over; p50 and p99 are the medians of the repeats, with the lowest and
    highest p99 beside them. A p99 of a few hundred messages is nearly their slowest one, so
    one measurement on a shared machine swings with whatever else runs at that moment."""
    from bot.safety.assess import assess

    for text in texts[:20]:
        assess(text)
    p50s: list[float] = []
    p99s: list[float] = []
    for _ in range(repeats):
        gc.collect()  # garbage from the previous repeat is not collected inside this one
        timings: list[list[float]] = [[] for _ in texts]
        for _ in range(rounds):
            for text, times in zip(texts, timings, strict=True):
                start = time.perf_counter()
                assess(text)
                times.append(time.perf_counter() - start)
        figures = _percentiles([statistics.median(times) for times in timings])
        p50s.append(figures["p50_ms"])
        p99s.append(figures["p99_ms"])
    return {
        "p50_ms": round(statistics.median(p50s), 3),
        "p99_ms": round(statistics.median(p99s), 3),
        "p99_ms_min": min(p99s),
        "p99_ms_max": max(p99s),
        "repeats": repeats,
    }


# Pasted texts of our own for the scam check's cost (it runs only on messages that pass its gate,
# bot.scamcheck.flags.worth_checking: a pasted or described message with a trigger word).
SCAM_SAMPLES = (
    "【某某法院】您的案件已立案，请将欠款转入 张伟 6222 0212 3456 7890，否则上门拘捕",
    "收到短信：缴纳2000元保证金即可撤销案件，点击 t.cn/Ab12 办理，逾期将冻结名下账户",
    "催收的发微信说，今天不交3000元手续费明天就带人上门，钱转到经办人私人微信",
    "【招商银行】您尾号1234的信用卡本期账单已出，请按时还款，详询95555。",
    "Text from 'Court Services': pay the 800 settlement fee to account Li Ming 6222 0000 1111 2222 "
    "today or a warrant will be issued; reply with the code we sent to confirm",
    "【人民法院】您有一份（2026）京0105民初123号案件的诉讼文书，请通过人民法院送达平台查收，咨询12368。",
)


def _scam_latency(texts: tuple[str, ...] = SCAM_SAMPLES, rounds: int = 20) -> dict[str, Any]:
    """What the scam check costs on a message that passes its gate: the grammars (flags.check)
    and the trained model added to them (model.model_flags), each message's median of `rounds`
    timings, then p50/p99 over the messages."""
    from bot.scamcheck.flags import check
    from bot.scamcheck.model import model_flags, shipped_model

    start = time.perf_counter()
    shipped_model()  # read once per process
    load = time.perf_counter() - start
    grammar: list[list[float]] = [[] for _ in texts]
    model: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for text, g, m in zip(texts, grammar, model, strict=True):
            t0 = time.perf_counter()
            flags = check(text)
            t1 = time.perf_counter()
            model_flags(text, flags)
            m.append(time.perf_counter() - t1)
            g.append(t1 - t0)
    return {
        "model_load_ms": round(load * 1000, 1),
        "grammar": _percentiles([statistics.median(t) for t in grammar]),
        "model": _percentiles([statistics.median(t) for t in model]),
    }


def _throughput(kb: KnowledgeBase, matcher: Matcher, texts: list[str], passes: int = 2) -> float:
    """Messages per second through the whole dialogue engine on one core: `texts` sent
    `passes` times over in 50 chats (the first pass gets first answers, the next ones answers
    to a topic already shown), a fixed amount of work. (A fixed 1.5 s of it gave one pass or
    two depending on how fast the first one went, and a faster engine a lower figure.)"""
    from bot.engine import Engine  # here: the RSS probe's process imports this module too
    from bot.store import Store

    engine = Engine(kb, Store(":memory:"), matcher=matcher)
    start = time.perf_counter()
    for _ in range(passes):
        for i, text in enumerate(texts):
            engine.handle(f"bench-{i % 50}", text)
    return round(passes * len(texts) / (time.perf_counter() - start), 1)


def _build(kb: KnowledgeBase) -> tuple[Matcher, float, float, int]:
    """(matcher, seconds to build it, of which CPU seconds, bytes it retains). The time comes
    from a plain build (CPU time too: on a shared machine it varies less than the clock's);
    the memory from a second build under tracemalloc (which slows building down), after
    collection, so it counts what the index keeps, not what building it threw away."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    matcher = Matcher(kb)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    probe = Matcher(kb)
    gc.collect()
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del probe
    return matcher, seconds, cpu, max(0, memory)


def _rss_mb() -> tuple[float | None, float | None]:
    """(resident set size now, its peak so far) of this process in MB; None where unknown."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None, None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:  # Linux
            now_mb = int(statm.read().split()[1]) * resource.getpagesize() / 2**20
    except OSError:
        now_mb = None
    return now_mb, peak_mb


def rss_probe(kb_root: str | None, size: int) -> None:
    """In a fresh process: load the base (and make the synthetic one of `size` entries; 0 for
    the shipped base), then build its index; print the RSS figures as one JSON line."""
    kb = load(kb_root)
    if size:
        kb = synthetic(kb, size)
    gc.collect()
    before, _ = _rss_mb()
    Matcher(kb)
    _, peak = _rss_mb()
    print(json.dumps({"before": before, "peak": peak}))


def _build_rss(kb_root: str | None, size: int) -> dict[str, float | None]:
    """RSS of building the index, from a fresh process (so that nothing another base left
    behind counts): the process's peak, and how far building raised it over the base loaded."""
    code = "import sys; from bot.bench import rss_probe; rss_probe(sys.argv[1] or None, int(sys.argv[2]))"
    done = subprocess.run(
        [sys.executable, "-c", code, kb_root or "", str(size)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    try:
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"rss_peak_mb": None, "rss_build_mb": None}
    before, peak = figures["before"], figures["peak"]
    build = peak - before if peak is not None and before is not None else None
    return {
        "rss_peak_mb": None if peak is None else round(peak, 1),
        "rss_build_mb": None if build is None else round(build, 1),
    }


def measure(
    name: str, kb: KnowledgeBase, sample_from: KnowledgeBase, rss: dict[str, float | None]
) -> dict[str, Any]:
    matcher, build, cpu, memory = _build(kb)
    short, long = messages(sample_from)
    return {
        "name": name,
        "entries": len(kb.entries),
        "index_build_s": round(build, 3),
        "index_build_cpu_s": round(cpu, 3),
        "index_memory_mb": round(memory / 2**20, 2),
        **rss,
        "short": _latency(matcher, short),
        "long": _latency(matcher, long),
        "engine_msgs_per_s": _throughput(kb, matcher, short + long),
    }


def run(kb_root: str | None, sizes: list[int], startup_runs: int = 7) -> dict[str, Any]:
    start = time.perf_counter()
    kb = load(kb_root)
    Matcher(kb)
    startup = time.perf_counter() - start
    results = [measure("shipped", kb, kb, _build_rss(kb_root, 0))]
    short, long = messages(kb)
    safety = {"short": _safety_latency(short), "long": _safety_latency(long)}
    for size in sizes:
        rss = _build_rss(kb_root, size)
        results.append(measure(f"synthetic-{size}", synthetic(kb, size), kb, rss))
    return {
        "machine": f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}",
        "startup_s": round(startup, 3),
        "first_json_line": first_json_line(kb_root, startup_runs),
        "results": results,
        "safety": safety,
        "scam_check": _scam_latency(),
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
        f"{'knowledge base':<18}{'entries':>8}{'build s':>9}{'memory MB':>11}{'RSS build/peak MB':>19}"
        f"{'short p50/p99 ms':>19}{'long p50/p99 ms':>18}{'engine msg/s':>14}"
    )
    for r in report["results"]:
        rss = f"{_mb(r.get('rss_build_mb')):>10}/{_mb(r.get('rss_peak_mb')):<8}"
        lines.append(
            f"{r['name']:<18}{r['entries']:>8}{r['index_build_s']:>9.3f}{r['index_memory_mb']:>11.2f}{rss}"
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
            + (
                f" (≤ {TARGETS['10000_p99_ms']}), built in {r['index_build_s']:.1f} s"
                f" ({r.get('index_build_cpu_s', 0):.1f} s of CPU)"
                f" (≤ {TARGETS['10000_build_s']}) raising RSS by {_mb(r.get('rss_build_mb'))} MB"
                f" (≤ {TARGETS['10000_build_rss_mb']})"
                if r["entries"] == 10000
                else ""
            )
            for r in report["results"][1:]
        )
    )
    safety = report.get("safety")
    if safety:
        short, long = safety["short"], safety["long"]
        spread = "".join(
            f"; {name} p99 {s['p99_ms_min']:.3f}–{s['p99_ms_max']:.3f} ms"
            for name, s in (("short", short), ("long", long))
            if "p99_ms_min" in s
        )
        lines.append(
            f"safety stage (assess, per message): short p50/p99 {short['p50_ms']:.3f}/"
            f"{short['p99_ms']:.3f} ms, long {long['p50_ms']:.3f}/"
            f"{long['p99_ms']:.3f} ms (target p99 ≤ {TARGETS['safety_p99_ms']} ms)"
        )
        if spread:
            lines.append(
                f"  (medians of {long.get('repeats', 1)} repeated measurements, each message's"
                f" median of 5 timings; lowest–highest over the repeats{spread})"
            )
    scam = report.get("scam_check")
    if scam:
        g, m = scam["grammar"], scam["model"]
        lines.append(
            f"scam check (pasted messages only, per message): grammars p50/p99 {g['p50_ms']:.3f}/"
            f"{g['p99_ms']:.3f} ms, model added p50/p99 {m['p50_ms']:.3f}/{m['p99_ms']:.3f} ms "
            f"(its weights read once: {scam['model_load_ms']:.1f} ms)"
        )
    return "\n".join(lines)


def _mb(value: float | None) -> str:
    return "?" if value is None else f"{value:.0f}"


def main(args: argparse.Namespace) -> int:
    sizes = [int(x) for x in str(args.sizes).split(",") if x.strip()]
    report = run(args.kb, sizes, getattr(args, "startup_runs", 7))
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    sys.stdout.flush()
    return 0
