"""Liveness of a running bot, for `python -m bot health` (the Docker HEALTHCHECK).

The running bot writes a heartbeat file beside its database from a repeating job,
but only while its update fetcher (long polling or the webhook server) is running.
A fresh heartbeat therefore means the event loop is alive and updates are being
fetched; the check also opens the database read-only to prove it is readable.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path


def beat(path: Path, now: datetime) -> None:
    """Record that the bot is alive at `now` (atomic replace: a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{now.isoformat()} {os.getpid()}\n", encoding="utf-8")
    os.replace(tmp, path)


@dataclass(frozen=True)
class Health:
    ok: bool
    reason: str


def check(db_path: Path, heartbeat: Path, max_age: timedelta, now: datetime) -> Health:
    """Healthy when the heartbeat is younger than `max_age` and the database opens and answers."""
    try:
        stamp = datetime.fromisoformat(heartbeat.read_text(encoding="utf-8").split()[0])
    except FileNotFoundError:
        return Health(False, f"no heartbeat at {heartbeat} (is the bot running?)")
    except (ValueError, IndexError, OSError):
        return Health(False, f"unreadable heartbeat at {heartbeat}")
    age = now - stamp
    if age > max_age:
        return Health(
            False,
            f"heartbeat is {age.total_seconds():.0f} s old (limit {max_age.total_seconds():.0f} s)",
        )
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM schema_versions").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Health(False, f"database {db_path} is not readable: {exc}")
    return Health(True, f"ok: heartbeat {int(age.total_seconds())} s old, database readable")
