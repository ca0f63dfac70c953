"""Built indexes, remembered by content: the matcher's and the details' work at start-up.

Normalising every example question (synonyms, homophones) and building the BM25 indexes over
them took about 0.1 s of every start, and gives the same result every time for the same
knowledge base; unpacking the safety model's weights (bot/linear.py) another 10 ms. So the engine keeps each result under the SHA-256 of its input and of
everything else it depends on: the bot's own code and data (every `.py` file of the package
and the syllable table, by content), the Python version and the libraries' versions. A change
to any of them gives another key, and the work is done again. The files go where parsed
knowledge files go (bot/kb/yamlcache.py: `$HELPBOT_CACHE`, `off` turns it off), in
`indexes/`: lists of strings as JSON, arrays as `.npz` read without pickle. A cache that
cannot be read or written is skipped silently: it only saves time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.kb.yamlcache import cache_dir, prune, touch

VERSION = "1"  # part of every key: bump when what is kept changes
# Bytes of indexes kept (bot.kb.yamlcache.prune: least recently used first). One release with
# one knowledge base takes about 100 MB, so two or three are kept.
LIMIT = 256 << 20
_PACKAGE = Path(__file__).resolve().parent
_DATA_FILES = ("syllables.npz",)  # the package's data read while normalising
_LIBRARIES = ("numpy", "opencc", "ahocorasick", "snowballstemmer")


def where() -> Path | None:
    """The folder of kept indexes, or None when caching is off."""
    root = cache_dir()
    return None if root is None else root / "indexes"


@lru_cache(maxsize=1)
def code_signature() -> str:
    """A digest of what, besides its input, a kept result depends on (read once a process)."""
    h = hashlib.sha256(f"{VERSION}\n{sys.version}\n".encode())
    for folder, subfolders, names in os.walk(_PACKAGE):
        subfolders.sort()
        for name in sorted(names):
            if name.endswith(".py") or name in _DATA_FILES:
                path = Path(folder, name)
                h.update(f"{path.relative_to(_PACKAGE).as_posix()}\n".encode())
                h.update(hashlib.sha256(path.read_bytes()).digest())
    for library in _LIBRARIES:
        module = sys.modules.get(library)
        if module is None:
            module = __import__(library)
        file = getattr(module, "__file__", None) or ""
        try:
            stat = os.stat(file)
            installed = f"{stat.st_size}:{stat.st_mtime_ns}"
        except OSError:
            installed = ""
        h.update(f"{library} {getattr(module, '__version__', '')} {file} {installed}\n".encode())
    return h.hexdigest()


def key(kind: str, *parts: Any) -> str:
    """The name a result of `kind` computed from `parts` (JSON-able) is kept under."""
    h = hashlib.sha256(f"{code_signature()}\n{kind}\n".encode())
    h.update(json.dumps(parts, ensure_ascii=False).encode())
    return h.hexdigest()


def load_strings(folder: Path, name: str) -> list[str] | None:
    path = folder / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, list) or not all(isinstance(x, str) for x in data):
        return None
    touch(path)
    return data


def keep_strings(folder: Path, name: str, strings: list[str]) -> None:
    _write(folder / f"{name}.json", json.dumps(strings, ensure_ascii=False).encode())


def load_arrays(folder: Path, name: str) -> dict[str, np.ndarray] | None:
    path = folder / f"{name}.npz"
    try:
        with np.load(path, allow_pickle=False) as found:
            arrays = {k: found[k] for k in found.files}
    except Exception:  # noqa: BLE001  (a missing, partial or foreign file: build instead)
        return None
    touch(path)
    return arrays


def keep_arrays(folder: Path, name: str, arrays: dict[str, np.ndarray]) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    _write(folder / f"{name}.npz", buffer.getvalue())


def _write(path: Path, data: bytes) -> None:
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)  # whole or not at all, even with several processes at once
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return
    prune(path.parent, LIMIT, keep=path)


def decoded(
    kind: str, data: bytes, decode: Callable[[bytes], dict[str, np.ndarray]]
) -> dict[str, np.ndarray]:
    """decode(data): the arrays a shipped model file unpacks to (about 10-20 ms of inflating
    and scattering each), kept in one file per kind that the next model or code replaces."""
    folder = where()
    if folder is None:
        return decode(data)
    name = key(kind, hashlib.sha256(data).hexdigest())
    kept = load_arrays(folder, kind)
    if kept is not None and kept.pop("_key", np.zeros(0, np.uint8)).tobytes() == name.encode():
        return kept
    arrays = decode(data)
    keep_arrays(folder, kind, {**arrays, "_key": np.frombuffer(name.encode(), dtype=np.uint8)})
    return arrays
