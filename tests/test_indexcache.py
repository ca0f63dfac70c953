"""The engine's indexes kept by content and read back (bot/indexcache.py): the same indexes as
building them, built again when the input changes, nothing kept when caching is off."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.details import DetailIndex
from bot.kb import KnowledgeBase
from bot.matching import Bm25, Matcher, Normalizer


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HELPBOT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "indexes"


def _same(a: Bm25 | None, b: Bm25 | None) -> None:
    assert a is not None and b is not None
    assert a.size == b.size and list(a.slot.items()) == list(b.slot.items())
    assert a.idf == b.idf and a.max_idf == b.max_idf
    for name in ("start", "rows", "weights", "dense"):
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None)
        if x is not None:
            assert x.dtype == y.dtype and np.array_equal(x, y), name


def test_the_engine_indexes_read_back_are_the_ones_built(
    cache: Path, shipped_kb: KnowledgeBase
) -> None:
    plain = Matcher(shipped_kb)
    plain_details = DetailIndex(shipped_kb, plain.normalize)
    for _ in range(2):  # built and kept, then read back
        cached = Matcher(shipped_kb, cached=True)
        details = DetailIndex(shipped_kb, cached.normalize, cached=True)
        _same(plain.index, cached.index)
        assert plain._texts_by_script == cached._texts_by_script
        _same(plain_details.index, details.index)
        _same(plain_details._qindex, details._qindex)
        assert plain_details._texts == details._texts
        text = "催收天天打电话怎么办"
        assert plain.match(text) == cached.match(text)
        assert plain_details.scores(None, text) == details.scores(None, text)
    assert len(list(cache.glob("*.npz"))) == 3


def test_another_input_is_built_again(cache: Path) -> None:
    first = Bm25.cached([["催收 电话"], ["上门"]])
    again = Bm25.cached([["催收 电话"], ["上门"]])
    other = Bm25.cached([["催收 电话"], ["上门 走访"]])
    _same(first, again)
    _same(other, Bm25([["催收 电话"], ["上门 走访"]]))
    assert len(list(cache.glob("*.npz"))) == 2
    normalize = Normalizer([["催收", "收数"]], ["催收"])
    assert normalize.many_cached(["收数佬"]) == normalize.many(["收数佬"])
    assert Normalizer([["催收", "收数"]], ["催收"]).many_cached(["收数佬"]) == ["催收佬"]
    assert Normalizer().many_cached(["收数佬"]) == ["收数佬"]  # another normaliser: its own
    assert len(list(cache.glob("*.json"))) == 2


def test_a_broken_file_is_built_again(cache: Path) -> None:
    classes = [["催收 电话"], ["上门"]]
    Bm25.cached(classes)
    (kept,) = cache.glob("*.npz")
    kept.write_bytes(b"not an archive")
    _same(Bm25.cached(classes), Bm25(classes))


def test_nothing_is_kept_when_caching_is_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HELPBOT_CACHE", "off")
    _same(Bm25.cached([["催收 电话"]]), Bm25([["催收 电话"]]))
    assert Normalizer().many_cached(["催收"]) == ["催收"]
    assert not any(tmp_path.iterdir())


def test_the_linear_models_read_back_are_the_ones_unpacked(cache: Path) -> None:
    from importlib import resources

    from bot.safety import model as safety
    from bot.scamcheck import model as scam

    for package, read in (("bot.safety", safety.Model.read), ("bot.scamcheck", scam.Model.read)):
        path = Path(str(resources.files(package).joinpath("model.npz")))
        with path.open("rb") as f:
            first = read(f)  # unpacked, and kept
        again = read(path)  # read back
        assert len(list(cache.glob("*.npz"))) >= 1
        for name in ("weights", "bias"):
            x, y = getattr(first, name), getattr(again, name)
            assert x.dtype == y.dtype and np.array_equal(x, y), (package, name)
        assert first.meta == again.meta and first.thresholds == again.thresholds
    assert len(list(cache.glob("*.npz"))) == 2  # one kept file per model


def _file(folder: Path, name: str, size: int, age: float) -> Path:
    import os
    import time

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"x" * size)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_pruning_drops_the_least_recently_used_files_down_to_the_limit(tmp_path: Path) -> None:
    from bot.kb.yamlcache import prune

    old = _file(tmp_path, "old.npz", 400, age=300)
    older = _file(tmp_path, "older.json", 400, age=600)
    recent = _file(tmp_path, "recent.npz", 400, age=10)
    just_written = _file(tmp_path, "new.json", 400, age=900)  # kept whatever its time
    writing = _file(tmp_path, "x.tmp", 400, age=5)  # another process's file being written
    crashed = _file(tmp_path, "y.tmp", 10, age=7200)
    (tmp_path / "sub").mkdir()
    prune(tmp_path, 1000, keep=just_written)
    assert recent.exists() and just_written.exists() and writing.exists()
    assert not old.exists() and not older.exists() and not crashed.exists()
    assert (tmp_path / "sub").is_dir()


def test_a_file_read_back_is_marked_used_so_pruning_keeps_it(cache: Path) -> None:
    import os

    from bot import indexcache

    indexcache.keep_strings(cache, "a", ["甲"])
    indexcache.keep_arrays(cache, "b", {"v": np.arange(3)})
    for name in ("a.json", "b.npz"):
        os.utime(cache / name, (1, 1))  # last used long ago
    assert indexcache.load_strings(cache, "a") == ["甲"]
    found = indexcache.load_arrays(cache, "b")
    assert found is not None and list(found["v"]) == [0, 1, 2]
    assert (cache / "a.json").stat().st_mtime > 1 and (cache / "b.npz").stat().st_mtime > 1


def test_parsed_knowledge_files_are_pruned_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.kb import yamlcache

    monkeypatch.setenv("HELPBOT_CACHE", str(tmp_path))
    monkeypatch.setattr(yamlcache, "LIMIT", 200)
    stale = _file(tmp_path, "stale.json", 500, age=3600)
    assert yamlcache.parsed("a: 1", lambda text: {"a": 1}) == {"a": 1}
    assert not stale.exists()
    assert len(list(tmp_path.glob("*.json"))) == 1
