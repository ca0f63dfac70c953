"""`bot eval` on a JSONL dialogue corpus: follow-up topics, the needed fact on the first
screen, and the first reply's length."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.evaluation import FIRST_SCREEN, evaluate, first_screen, has_need, load_set
from bot.kb import load
from bot.reply import Block, Reply
from tests.conftest import ROOT
from tests.test_reply_layout import LAYOUT


def test_the_first_screen_is_capped_and_needs_are_folded() -> None:
    long = Reply(blocks=(Block("text", ("甲" * 400 + "110",)),), lang="zh")
    assert len(first_screen(long)) == FIRST_SCREEN["zh"]
    assert not has_need(first_screen(long), ["110"])  # past the first screen
    short = Reply(blocks=(Block("text", ("請撥打１１０報警",)),), lang="zh")
    assert has_need(first_screen(short), ["110"]) and has_need(first_screen(short), ["报警"])
    assert has_need("Call 110 NOW", ["call 110"]) and not has_need("Call 110", ["12378", ""])


def test_dialogue_figures(tmp_path: Path) -> None:
    kb_root = tmp_path / "kb"
    shutil.copytree(ROOT / "tests" / "fixtures" / "kb", kb_root)
    shutil.copy(LAYOUT / "home-visit.yaml", kb_root / "topics" / "home-visit.yaml")
    corpus = tmp_path / "dialogues.jsonl"
    dialogues = [
        {
            "lang": "zh",
            "turns": [
                {"q": "催收要上门来我家怎么办", "topic": "home-visit"},
                {"q": "那他们不走呢", "topic": "home-visit", "needs": ["110"]},
                {"q": "上门要几个人", "topic": "home-visit", "needs": ["三人"]},
            ],
        },
        {"lang": "en", "turns": [{"q": "collectors came to my house", "topic": "home-visit"}]},
    ]
    corpus.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in dialogues) + "\n")
    summary = evaluate(load(kb_root), load_set(corpus)).summary()
    assert summary["follow_up_turns"] == 2 and summary["follow_ups"] == 1.0
    assert summary["needs_turns"] == 2 and summary["needs_on_first_screen"] == 0.5
    assert [m["q"] for m in summary["needs_missed"]] == ["上门要几个人"]
    medians = summary["first_reply_median"]
    assert set(medians) == {"zh", "en"} and 0 < medians["zh"] <= 400 and medians["en"] <= 800


def test_an_answer_in_a_narrower_topic_counts_only_in_the_within_figure(tmp_path: Path) -> None:
    """Writers who never saw the knowledge base name the wider topic; `follow_ups` stays strict."""
    kb_root = tmp_path / "kb"
    shutil.copytree(ROOT / "tests" / "fixtures" / "kb", kb_root)
    kb = load(kb_root)
    answered = evaluate(kb, load_set(_one_dialogue(tmp_path, "physical-danger"))).summary()
    assert answered["follow_ups"] == 0.0 and answered["follow_ups_within"] == 0.0
    path = kb_root / "topics" / "physical-danger.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "broader: home-visit\n", encoding="utf-8")
    narrower = evaluate(load(kb_root), load_set(_one_dialogue(tmp_path, "physical-danger")))
    summary = narrower.summary()
    assert summary["follow_ups"] == 0.0 and summary["follow_ups_within"] == 1.0


def _one_dialogue(tmp_path: Path, answered: str) -> Path:
    """A dialogue whose follow-up the fixture answers with `answered`, labelled home-visit."""
    corpus = tmp_path / "d.jsonl"
    turns = [
        {"q": "催收要上门来我家怎么办", "topic": "home-visit"},
        {"q": "有人跟踪我 威胁我的人身安全", "topic": "home-visit"},
    ]
    corpus.write_text(json.dumps({"lang": "zh", "turns": turns}, ensure_ascii=False) + "\n")
    return corpus
