"""Shared fixtures: a small fixed knowledge base, a temporary store, a fixed clock."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.details import DetailMatch
from bot.engine import Engine
from bot.kb import KnowledgeBase, load
from bot.store import Store

# Parsed knowledge files are cached by content (bot/kb/yamlcache.py): the tests, and the
# processes they start, keep theirs apart from the user's.
os.environ.setdefault("HELPBOT_CACHE", tempfile.mkdtemp(prefix="helpbot-test-cache-"))

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_KB = ROOT / "tests" / "fixtures" / "kb"
SHIPPED_KB = ROOT / "knowledge"
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture(scope="session")
def mini_kb() -> KnowledgeBase:
    return load(FIXTURE_KB)


@pytest.fixture(scope="session")
def shipped_kb() -> KnowledgeBase:
    return load(SHIPPED_KB)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "state.db")
    yield s
    s.close()


@pytest.fixture
def engine(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, clock=lambda: NOW)


@pytest.fixture
def full_engine(shipped_kb: KnowledgeBase, store: Store) -> Engine:
    """The shipped knowledge base with every skill, at the fixed clock."""
    from bot.bootstrap import build_skills

    return Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)


def detail_match(kb: KnowledgeBase, topic: str, detail: str, score: float) -> DetailMatch:
    """A DetailMatch for one of the knowledge base's details, at `score`."""
    entry = kb.get(topic)
    assert entry is not None
    return DetailMatch(entry, next(d for d in entry.details if d.id == detail), score)
