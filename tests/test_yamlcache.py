"""Knowledge files parsed once and then read back by content (bot/kb/yamlcache.py): the same
data as parsing, a changed file parsed again, nothing kept that JSON would alter."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml

from bot.kb import load, yamlcache
from tests.conftest import SHIPPED_KB


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> object:
        self.calls += 1
        return yaml.safe_load(text)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HELPBOT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_second_read_comes_from_the_cache(cache: Path) -> None:
    parse = Counting()
    text = "id: a\nquestions:\n  zh: [催收上门怎么办]\n  en: ['What if they visit?']\n"
    first = yamlcache.parsed(text, parse)
    second = yamlcache.parsed(text, parse)
    assert parse.calls == 1 and first == second == yaml.safe_load(text)
    assert len(list(cache.glob("*.json"))) == 1


def test_a_changed_text_is_parsed_again(cache: Path) -> None:
    parse = Counting()
    assert yamlcache.parsed("a: 1\n", parse) == {"a": 1}
    assert yamlcache.parsed("a: 2\n", parse) == {"a": 2}
    assert parse.calls == 2


@pytest.mark.parametrize("text", ["due: 2026-03-01\n", "1: one\n", "x: .nan\n"])
def test_data_json_would_change_is_never_kept(cache: Path, text: str) -> None:
    parse = Counting()
    first = yamlcache.parsed(text, parse)
    again = yamlcache.parsed(text, parse)
    assert parse.calls == 2 and not list(cache.glob("*.json"))
    if text.startswith("due"):
        assert first == again == {"due": datetime.date(2026, 3, 1)}


def test_off_and_unwritable_caches_only_cost_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parse = Counting()
    monkeypatch.setenv("HELPBOT_CACHE", "off")
    assert yamlcache.parsed("a: 1\n", parse) == {"a": 1}
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("HELPBOT_CACHE", str(blocker / "cache"))
    assert yamlcache.parsed("a: 1\n", parse) == {"a": 1}
    assert parse.calls == 2


def test_a_damaged_cache_file_is_parsed_again(cache: Path) -> None:
    parse = Counting()
    yamlcache.parsed("a: 1\n", parse)
    [kept] = cache.glob("*.json")
    kept.write_text("{not json")
    assert yamlcache.parsed("a: 1\n", parse) == {"a": 1} and parse.calls == 2


def test_the_knowledge_base_loads_the_same_from_the_cache(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HELPBOT_CACHE", "off")
    parsed = load(SHIPPED_KB)
    monkeypatch.setenv("HELPBOT_CACHE", str(cache))
    load(SHIPPED_KB)  # fills the cache
    assert len(list(cache.glob("*.json"))) > 50
    assert load(SHIPPED_KB) == parsed
