"""The summary/details fields: loaded when well formed, refused with a named field when not."""

from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.details import DetailIndex, _windows
from bot.kb import quality
from bot.kb.loader import KnowledgeError, load
from bot.matching import Matcher

ROOT = Path(__file__).resolve().parents[1] / "knowledge"


def _copy_with(tmp_path: Path, topic: str, **fields: object) -> Path:
    root = tmp_path / "knowledge"
    (root / "topics").mkdir(parents=True)
    for name in ("categories.yaml", "synonyms.yaml", "domain.yaml", "offtopic.yaml"):
        (root / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    for path in (ROOT / "topics").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data["id"] == topic:
            data.update(fields)
        (root / "topics" / path.name).write_text(
            yaml.safe_dump(data, allow_unicode=True), encoding="utf-8"
        )
    return root


DETAIL = {
    "id": "call-police",
    "title": {"zh": "他们不走怎么办？", "en": "What if they won't leave?"},
    "questions": {"zh": ["他们不走呢", "赖着不走怎么办"], "en": ["what if they won't leave"]},
    "answer": {
        "zh": "请他们离开；拒不离开就打110。",
        "en": "Ask them to leave; if they refuse, call 110.",
    },
}


def test_summary_and_details_are_loaded(tmp_path: Path) -> None:
    summary = {"zh": "别开门，隔门说话。", "en": "Keep the door closed."}
    kb = load(_copy_with(tmp_path, "home-visit", summary=summary, details=[DETAIL]))
    entry = kb.get("home-visit")
    assert entry is not None and entry.summary is not None
    assert entry.summary.zh == "别开门，隔门说话。"
    assert [d.id for d in entry.details] == ["call-police"]
    assert entry.details[0].questions.zh == ("他们不走呢", "赖着不走怎么办")
    assert "110" in entry.details[0].answer.en


@pytest.mark.parametrize(
    ("details", "field"),
    [
        ([{**DETAIL, "extra": 1}], "details[0]"),
        ([{k: v for k, v in DETAIL.items() if k != "answer"}], "details[0]"),
        ([DETAIL, DETAIL], "details[1].id"),
        ([{**DETAIL, "answer": {"zh": "只有中文"}}], "details[0].answer.en"),
        ("not a list", "details"),
        ([{**DETAIL, "about": "no-such-topic"}], "details[0].about"),
        ([{**DETAIL, "about": "home-visit"}], "details[0].about"),
        ([{**DETAIL, "about": 3}], "details[0].about"),
    ],
)
def test_malformed_details_name_the_field(tmp_path: Path, details: object, field: str) -> None:
    with pytest.raises(KnowledgeError) as err:
        load(_copy_with(tmp_path, "home-visit", details=details))
    assert any(p.field == field and p.entry == "home-visit" for p in err.value.problems)


def test_a_detail_may_name_the_topic_people_ask_it_under(tmp_path: Path) -> None:
    kb = load(_copy_with(tmp_path, "home-visit", details=[{**DETAIL, "about": "physical-danger"}]))
    entry = kb.get("home-visit")
    assert entry is not None and entry.details[0].about == "physical-danger"


def test_quality_warns_on_long_summary_and_too_few_details(tmp_path: Path) -> None:
    summary = {"zh": "很" * 120, "en": "x"}
    kb = load(_copy_with(tmp_path, "home-visit", summary=summary, details=[DETAIL]))
    found = [str(w) for w in quality.layout_warnings(kb) if w.entry == "home-visit"]
    assert any("summary is 120 zh characters" in w for w in found)
    assert any("only 1 details (want at least 4)" in w for w in found)


def test_layout_gaps_are_quality_warnings(tmp_path: Path) -> None:
    kb = load(_copy_with(tmp_path, "home-visit", summary={"zh": "很" * 120, "en": "x"}))
    found = [str(w) for w in quality.warnings(kb) if w.entry == "home-visit"]
    assert any("summary is 120 zh characters" in w for w in found)


def test_the_best_covered_details_are_the_top_of_a_full_sort() -> None:
    from bot.details import _best_covered

    rng = np.random.default_rng(7)
    for size in (0, 5, 12, 13, 400, 50_000):
        # Few distinct values: many ties, which go in index order.
        cover = rng.choice([0.0, 0.0, 0.1, 0.25, 0.5, 0.7], size=size)
        expected = sorted((i for i in range(size) if cover[i] > 0), key=lambda i: (-cover[i], i))
        assert _best_covered(cover, 12) == expected[:12]


def test_a_long_message_is_read_clause_by_clause_for_its_question() -> None:
    assert _windows("判决下来了 写着一审终审 还能怎么办") == [
        "判决下来了",
        "写着一审终审",
        "还能怎么办",
        "判决下来了 写着一审终审",
        "写着一审终审 还能怎么办",
    ]
    assert _windows("short") == []
    kb = load(ROOT)
    index = DetailIndex(kb, Matcher(kb).normalize)
    story = (
        "法院的判决下来了 上面写着一审终审 利息算得比合同多了好几千 "
        "我那天在外地出差没去开庭 现在这个结果我不认 不让上诉的话还能怎么办"
    )
    # The story dilutes the whole message; its last clauses ask about an appeal.
    found = index.best("sued", story)
    assert found is not None and found.detail.id == "appeal"
