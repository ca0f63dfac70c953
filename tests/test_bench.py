"""`bot bench`: the messages it times and the report it prints (its figures are not asserted:
speed targets are met in the benchmark, not in tests)."""

from __future__ import annotations

import json
import subprocess
import sys

from bot import bench
from bot.kb import KnowledgeBase
from bot.matching import Normalizer
from tests.conftest import ROOT


def test_long_messages_are_several_questions_of_one_language(shipped_kb: KnowledgeBase) -> None:
    zh = {q for e in shipped_kb.entries for q in e.questions.zh}
    en = {q for e in shipped_kb.entries for q in e.questions.en}
    short, long = bench.messages(shipped_kb)
    assert short and all(len(q) <= 30 and q in zh | en for q in short)
    languages = []
    for message in long:
        # A question may itself hold the separator: the message must split into whole questions.
        if _splits_into(message.split("，"), zh, "，"):
            languages.append("zh")
        else:
            assert _splits_into(message.split(", "), en, ", "), message
            languages.append("en")
    assert languages.count("zh") == languages.count("en") == len(long) // 2


def _splits_into(parts: list[str], pool: set[str], sep: str) -> bool:
    if not parts:
        return True
    return any(
        sep.join(parts[:k]) in pool and _splits_into(parts[k:], pool, sep)
        for k in range(1, len(parts) + 1)
    )


def test_messages_are_the_same_every_run(shipped_kb: KnowledgeBase) -> None:
    assert bench.messages(shipped_kb) == bench.messages(shipped_kb)


def test_synthetic_knowledge_base_has_the_asked_size_and_new_questions(
    shipped_kb: KnowledgeBase,
) -> None:
    synthetic = bench.synthetic(shipped_kb, 120)
    assert len(synthetic.entries) == 120
    assert len({e.id for e in synthetic.entries}) == 120
    shipped_questions = {q for e in shipped_kb.entries for q in e.questions.zh}
    mutated = [q for e in synthetic.entries[len(shipped_kb.entries) :] for q in e.questions.zh]
    assert mutated and sum(q in shipped_questions for q in mutated) < len(mutated) / 10


def _vocabulary(kb: KnowledgeBase) -> list[str]:
    return [*(k for e in kb.entries for k in e.keywords), *kb.domain]


def test_synthetic_keywords_are_shipped_terms_or_two_joined(shipped_kb: KnowledgeBase) -> None:
    known = set(_vocabulary(shipped_kb)) | {g[0] for g in shipped_kb.synonyms}
    synthetic = bench.synthetic(shipped_kb, 200)
    keywords = {k for e in synthetic.entries for k in e.keywords if not k.isascii()}
    assert len(keywords) > 1000  # a bigger base names more things...
    for keyword in keywords:  # ... with the words the shipped one uses
        assert keyword in known or any(
            keyword[:i] in known and keyword[i:] in known for i in range(1, len(keyword))
        ), keyword


def test_a_big_synthetic_vocabulary_leaves_shipped_questions_alone(
    shipped_kb: KnowledgeBase,
) -> None:
    # Random characters as keywords made the homophone fixer rewrite most shipped questions
    # (780 of 1,140 at 10,000 entries); real words recombined must leave them as they were.
    synthetic = bench.synthetic(shipped_kb, 1000)
    shipped = Normalizer(shipped_kb.synonyms, _vocabulary(shipped_kb))
    big = Normalizer(synthetic.synonyms, _vocabulary(synthetic))
    questions = [q for e in shipped_kb.entries for q in (*e.questions.zh, *e.questions.en)]
    changed = [q for q in questions if shipped(q) != big(q)]
    assert len(changed) <= len(questions) // 100, changed


def test_json_report_has_every_figure_for_every_knowledge_base() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "bench", "--sizes", "60", "--startup-runs", "1", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["startup_s"] > 0
    first = report["first_json_line"]
    assert first["first_json_line_s"] > 0 and first["import_telegram_s"] > 0
    assert abs(first["ratio"] - first["first_json_line_s"] / first["import_telegram_s"]) < 0.05
    assert [r["name"] for r in report["results"]] == ["shipped", "synthetic-60"]
    assert report["results"][1]["entries"] == 60
    for result in report["results"]:
        assert result["index_build_s"] > 0 and result["index_memory_mb"] > 0
        assert result["engine_msgs_per_s"] > 0
        if sys.platform.startswith("linux"):  # RSS figures: where the platform reports them
            assert 0 < result["rss_build_mb"] < result["rss_peak_mb"]
        for kind in ("short", "long"):
            assert 0 < result[kind]["p50_ms"] <= result[kind]["p99_ms"]
    for kind in ("short", "long"):  # the safety stage: medians of repeats, and their spread
        safety = report["safety"][kind]
        assert safety["repeats"] >= 3
        assert 0 < safety["p50_ms"] <= safety["p99_ms"]
        assert safety["p99_ms_min"] <= safety["p99_ms"] <= safety["p99_ms_max"]


def test_the_bench_synthetic_base_answers_every_message_without_an_error(caplog) -> None:  # type: ignore[no-untyped-def]
    """A detail's cross-reference to an entry the base lacks (the synthetic bases rename their
    entries) answers the detail's own entry: no turn fails and logs an error."""
    import logging

    from bot.engine import Engine
    from bot.kb import load
    from bot.matching import Matcher
    from bot.store import Store

    kb = load(None)
    base = bench.synthetic(kb, 100)
    short, long = bench.messages(kb)
    engine = Engine(base, Store(":memory:"), matcher=Matcher(base))
    with caplog.at_level(logging.ERROR, logger="bot.engine"):
        for i, text in enumerate(short + long):
            engine.handle(f"bench-{i % 50}", text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
