"""Parsed knowledge files, remembered by content: YAML parsing was the largest part of loading.

Parsing the knowledge base's YAML took about 0.1 s of every start (libyaml reads fast, but
PyYAML builds the objects in Python); the same data as JSON loads in a few milliseconds. So
each file's parsed data is kept as JSON under the SHA-256 of its text, in
`$HELPBOT_CACHE` (default: the user's cache directory; `off` turns it off). A changed file
has another hash and is parsed again; a file whose data JSON cannot hold exactly (dates,
non-string keys) is never kept. A cache that cannot be read or written is skipped
silently: it only saves time.

Every file read from the cache is touched, and each write prunes its folder to a size
(`prune`): the files least recently used go first, so a knowledge base edited many times, or
many releases, do not fill the disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VERSION = "1"  # part of every key: bump when what is kept changes
LIMIT = 32 << 20  # bytes of parsed files kept (one knowledge base's take about 1 MB)
_STALE_TMP = 3600  # seconds after which a half-written file is a crashed writer's


def cache_dir() -> Path | None:
    """Where parsed files are kept, or None when caching is off."""
    env = os.environ.get("HELPBOT_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("collections-helpbot")) / "knowledge"


def parsed(text: str, parse: Callable[[str], Any]) -> Any:
    """`parse(text)`, from the cache when this exact text was parsed before."""
    where = cache_dir()
    if where is None:
        return parse(text)
    key = hashlib.sha256(f"{VERSION}\n{text}".encode()).hexdigest()
    path = where / f"{key}.json"
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    else:
        touch(path)
        return found
    data = parse(text)
    _keep(path, data)
    prune(where, LIMIT, keep=path)
    return data


def touch(path: Path) -> None:
    """Mark a kept file as used now (what `prune` keeps longest)."""
    try:
        os.utime(path)
    except OSError:
        pass


def prune(folder: Path, limit: int, keep: Path | None = None) -> None:
    """Delete the files of `folder` (not its folders) least recently used until the rest take at
    most `limit` bytes; never `keep` (the file just written), and any half-written file a
    crashed writer left. Errors (another process pruning too) are skipped."""
    entries = []
    try:
        for entry in os.scandir(folder):
            if entry.is_file():
                stat = entry.stat()
                entries.append((stat.st_mtime, stat.st_size, Path(entry.path)))
    except OSError:
        return
    now = time.time()
    total = sum(size for _, size, path in entries if path == keep)  # it counts first
    for mtime, size, path in sorted(entries, reverse=True):
        if path == keep:
            continue
        stale = path.suffix == ".tmp" and now - mtime > _STALE_TMP
        if path.suffix == ".tmp" and not stale:
            continue  # another process is writing it
        total += size
        if stale or total > limit:
            try:
                path.unlink()
            except OSError:
                pass


def _keep(path: Path, data: Any) -> None:
    try:
        text = json.dumps(data, ensure_ascii=False)
        if json.loads(text) != data:
            return  # JSON would change it (a date, an integer key): parse it every time
    except (TypeError, ValueError):
        return
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)  # whole or not at all, even with several processes at once
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
