"""The console end to end: `chat --json` stores reminders, `reminders list|due` reads them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURE_KB, ROOT


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def dump(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("SELECT * FROM reminders").fetchall()
            + conn.execute("SELECT * FROM reminder_deliveries").fetchall()
        )
    finally:
        conn.close()


def test_chat_stores_and_reminders_due_shows_without_changing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    lines = "我跟招行约好了12月15号还2000\n好\n每月10号还1000 共2期\n1\n催收说明天上门\n"
    chat = run(
        "chat",
        "--json",
        "--kb",
        str(FIXTURE_KB),
        "--db",
        str(db),
        "--now",
        "2026-11-22T10:00:00+08:00",
        stdin=lines,
    )
    assert chat.returncode == 0
    out = [json.loads(x) for x in chat.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["reminder"] == {  # a stated payment: offered, stored once accepted ("好")
        "due": "2026-12-15",
        "time": "09:00",
        "amount": 2000,
        "recurring": None,
        "offer": True,
    }
    assert out[2]["reminder"]["recurring"] == {"every": "month", "day": 10, "count": 2}
    assert out[4]["reminder"] is None and out[4]["topic"] == "home-visit"

    listing = run("reminders", "list", "--db", str(db))
    assert listing.returncode == 0
    assert "due 2026-12-15 09:00 Tue Asia/Shanghai ¥2000 (招行) [scheduled]" in listing.stdout
    assert "3 reminder(s)" in listing.stdout

    before = dump(db)
    due = run("reminders", "due", "--db", str(db), "--now", "2026-12-12T09:00", "--json")
    rows = [json.loads(x) for x in due.stdout.splitlines()]
    assert [(r["would"], r["reminder"]["due"][:10], r["lead_minutes"]) for r in rows] == [
        ("send", "2026-12-15", 3 * 1440),
        ("missed", "2026-12-10", 3 * 1440),
        ("missed", "2026-12-10", 1440),
        ("missed", "2026-12-10", 0),
    ]
    text = run("reminders", "due", "--db", str(db), "--now", "2026-12-14T09:00:00+08:00")
    assert "1 would be sent" in text.stdout and "nothing was sent or changed" in text.stdout
    assert dump(db) == before


def test_reminders_on_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "none.db"
    proc = run("reminders", "due", "--db", str(db))
    assert proc.returncode == 0 and "no database" in proc.stderr
    assert not db.exists()


def test_bad_now_is_a_clear_error(tmp_path: Path) -> None:
    proc = run("reminders", "due", "--db", str(tmp_path / "x.db"), "--now", "tomorrow")
    assert proc.returncode == 2 and "ISO-8601" in proc.stderr
