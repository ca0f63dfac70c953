"""The SQLite state store: migrations per component and /forget across every table."""

from __future__ import annotations

from pathlib import Path

from bot.store import Store


def test_wal_and_versions(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.version("core") >= 1
    store.close()


def test_component_migrations_apply_once_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = Store(path)
    v1 = ["CREATE TABLE notes (chat_id TEXT, body TEXT)"]
    assert store.migrate("notes", v1) == 1
    store.conn.execute("INSERT INTO notes VALUES ('1', 'kept')")
    store.close()

    store = Store(path)  # restart: v1 is not re-run, v2 is added
    v2 = [*v1, "ALTER TABLE notes ADD COLUMN status TEXT DEFAULT 'new'"]
    assert store.migrate("notes", v2) == 2
    row = store.conn.execute("SELECT body, status FROM notes").fetchone()
    assert tuple(row) == ("kept", "new")


def test_failed_migration_rolls_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    bad = ["CREATE TABLE a (chat_id TEXT); CREATE TABLE a (x)"]
    try:
        store.migrate("bad", bad)
    except Exception:
        pass
    assert store.version("bad") == 0
    assert "a" not in store.chat_tables()


def test_forget_reaches_every_chat_table(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.migrate("extra", ["CREATE TABLE extra (chat_id TEXT, v TEXT)"])
    store.set_setting("42", "lang", "en")
    store.set_setting("43", "lang", "zh")
    store.conn.execute("INSERT INTO extra VALUES ('42', 'x'), ('43', 'y')")
    store.add_feedback("home-visit", True)
    assert store.forget(42) == 2
    assert store.get_setting("42", "lang") is None and store.get_setting("43", "lang") == "zh"
    assert [r[0] for r in store.conn.execute("SELECT chat_id FROM extra")] == ["43"]
    assert store.feedback() == {"home-visit": (1, 0)}
