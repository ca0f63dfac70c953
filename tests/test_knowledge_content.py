"""The shipped knowledge base: every required topic, complete in both languages, sourced, safe."""

from __future__ import annotations

import re

import pytest
import yaml

from bot.kb import KnowledgeBase
from bot.kb.quality import warnings
from bot.text import clean, is_traditional
from tests.conftest import ROOT

# The ids ../shared/TOPICS.md requires (none may be renamed or dropped).
TOPIC_IDS = {
    "debtor": """abusive-caller harassing-calls arrest-threats contacts-called employer-contacted
        called-for-someone-else home-visit physical-danger public-shaming verify-collector
        fake-legal-notice record-evidence file-complaint protect-privacy negotiate-instalments
        waive-fees cannot-afford assess-ability check-debt sign-agreement missed-payment
        payment-proof borrow-to-repay illegal-interest credit-record sued frozen-account
        family-liability legal-aid personal-bankruptcy huabei-jiebei emotional-crisis""".split(),
    "staff": """collector-job collector-skills collector-pay collector-compliance collector-stress
        collector-difficult-debtor""".split(),
}
SEED_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
FACTS_RE = re.compile(r"^FACTS\.md §\d+$")
# FACTS.md marks these unverified: the bot must not hand them out as facts.
UNVERIFIED_NUMBERS = ("12321", "96110", "95188", "82951332")
SETS = [ROOT / "tests" / "data" / "eval.yaml", ROOT / "tests" / "data" / "holdout.yaml"]


def entry_text(entry) -> str:
    parts = [*entry.steps.zh, *entry.steps.en, *entry.notes.zh, *entry.notes.en]
    parts += [x for law in entry.legal for x in (law.zh, law.en)]
    if entry.summary is not None:
        parts += [entry.summary.zh, entry.summary.en]
    parts += [x for d in entry.details for x in (d.answer.zh, d.answer.en)]
    return "\n".join(parts)


@pytest.mark.parametrize("audience", ["debtor", "staff"])
def test_every_required_topic_exists_for_its_audience(
    shipped_kb: KnowledgeBase, audience: str
) -> None:
    for topic in TOPIC_IDS[audience]:
        entry = shipped_kb.get(topic)
        assert entry is not None, topic
        assert entry.audience == audience, topic


def test_entries_are_complete_and_sourced(shipped_kb: KnowledgeBase) -> None:
    seeds = ROOT.parent / "shared" / "seeds"
    for e in shipped_kb.entries:
        assert len(e.questions.zh) >= 12 and len(e.questions.en) >= 4, e.id
        assert len(e.follow_ups) >= 2, e.id
        assert len(e.steps.zh) == len(e.steps.en) >= 3, e.id
        assert e.sources, e.id
        for source in e.sources:
            assert SEED_RE.match(source) or FACTS_RE.match(source), (e.id, source)
            if SEED_RE.match(source) and seeds.is_dir():
                assert (seeds / source).is_file(), (e.id, source)


def test_no_quality_warnings(shipped_kb: KnowledgeBase) -> None:
    assert [str(w) for w in warnings(shipped_kb)] == []


def test_unverified_hotlines_are_never_given(shipped_kb: KnowledgeBase) -> None:
    for e in shipped_kb.entries:
        text = entry_text(e)
        for number in UNVERIFIED_NUMBERS:
            assert number not in text, (e.id, number)


def test_safety_entries_give_emergency_numbers_first(shipped_kb: KnowledgeBase) -> None:
    danger = shipped_kb.get("physical-danger")
    crisis = shipped_kb.get("emotional-crisis")
    assert danger.is_safety and crisis.is_safety
    assert len(danger.triggers) >= 20 and len(crisis.triggers) >= 20
    for lang in ("zh", "en"):
        assert "110" in danger.steps.get(lang)[0]  # the first step names the police
        first = " ".join(crisis.steps.get(lang)[:2])
        assert "12356" in first and ("110" in first or "120" in first)


def test_eval_sets_are_independent_of_the_entries(shipped_kb: KnowledgeBase) -> None:
    known = {clean(q) for e in shipped_kb.entries for q in (*e.questions.zh, *e.questions.en)}
    for path in SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        asked = [x["q"] for x in data["questions"]] + [
            t["q"] for d in data["dialogues"] for t in d["turns"]
        ]
        asked += [x["q"] if isinstance(x, dict) else x for x in data["offtopic"]]
        leaked = [q for q in asked if clean(q) in known]
        assert leaked == [], f"{path.name}: {leaked[:5]}"


def test_eval_set_has_the_required_shape(shipped_kb: KnowledgeBase) -> None:
    data = yaml.safe_load(SETS[0].read_text(encoding="utf-8"))
    per_topic: dict[str, int] = {}
    for item in data["questions"]:
        assert item["topic"] in shipped_kb, item
        per_topic[item["topic"]] = per_topic.get(item["topic"], 0) + 1
    assert set(per_topic) == {e.id for e in shipped_kb.entries}
    assert min(per_topic.values()) >= 6
    assert len(data["offtopic"]) >= 60
    dialogues = data["dialogues"]
    assert len(dialogues) >= 25 and all(2 <= len(d["turns"]) <= 3 for d in dialogues)


def test_details_are_distinct_and_asked_in_both_scripts(shipped_kb: KnowledgeBase) -> None:
    """Each detail is its own question: a short button title, zh and en example follow-ups,
    at least one of them in traditional characters, none shared with another detail."""
    for e in shipped_kb.entries:
        seen: set[str] = set()
        for d in e.details:
            assert len(d.title.zh) <= 14, (e.id, d.id)
            assert len(d.questions.zh) >= 4 and len(d.questions.en) >= 2, (e.id, d.id)
            assert any(is_traditional(q) for q in d.questions.zh), (e.id, d.id)
            for q in (*d.questions.zh, *d.questions.en):
                assert clean(q) not in seen, (e.id, d.id, q)
                seen.add(clean(q))
