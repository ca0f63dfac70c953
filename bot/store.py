"""The state store: one SQLite database for everything the bot keeps.

Each feature (chat settings, feedback, reminders, evidence, ...) owns its tables
and registers its own numbered migrations under a component name; the store
records each component's schema version. `forget(chat_id)` deletes the chat's
rows from every table that has a `chat_id` column, so a new feature's data is
covered without anyone remembering to add it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import platformdirs

Migration = str | Callable[[sqlite3.Connection], None]
log = logging.getLogger(__name__)

CORE_MIGRATIONS: list[Migration] = [
    # 1: per-chat settings and anonymous feedback counts (no chat id, no text).
    """
    CREATE TABLE chats (
        chat_id    TEXT PRIMARY KEY,
        lang       TEXT,
        tz         TEXT,
        updated_at TEXT
    );
    CREATE TABLE feedback (
        topic TEXT PRIMARY KEY,
        up    INTEGER NOT NULL DEFAULT 0,
        down  INTEGER NOT NULL DEFAULT 0
    );
    """,
]

# One vote per chat and topic: who voted on what is kept (deleted by /forget, like every table
# with a chat id) so that a replayed or repeated 👍 changes nothing; the counts stay anonymous.
FEEDBACK_MIGRATIONS: list[Migration] = [
    """
    CREATE TABLE feedback_votes (
        chat_id TEXT NOT NULL,
        topic   TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        PRIMARY KEY (chat_id, topic)
    );
    """,
]


def default_db_path() -> Path:
    """`$HELPBOT_DB`, else `state.db` in the user's data directory."""
    env = os.environ.get("HELPBOT_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("collections-helpbot")) / "state.db"


class StorageError(Exception):
    """The database cannot be opened or created: the message names the path and the user."""

    def __init__(self, path: str, cause: BaseException):
        uid = os.getuid() if hasattr(os, "getuid") else None
        who = f" (this process runs as uid {uid})" if uid is not None else ""
        super().__init__(
            f"cannot open the state database {path}: {cause}; the file and its directory must "
            f"be readable and writable by this process{who}"
        )


class Store:
    """A thin owner of the SQLite connection with per-component migrations."""

    def __init__(self, path: str | Path = ":memory:"):
        self.path = str(path)
        self._lock = threading.RLock()
        try:
            self.conn = self._open()
            self.migrate("core", CORE_MIGRATIONS)
            self.migrate("feedback", FEEDBACK_MIGRATIONS)
        except (sqlite3.Error, OSError) as exc:
            if hasattr(self, "conn"):
                self.conn.close()
            raise StorageError(self.path, exc) from exc

    def _open(self) -> sqlite3.Connection:
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Deleted rows (/forget, a deleted evidence note) are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        if self.path != ":memory:":
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions ("
            " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
        )
        return conn

    # -- schema -------------------------------------------------------------
    def version(self, component: str) -> int:
        row = self.conn.execute(
            "SELECT version FROM schema_versions WHERE component = ?", (component,)
        ).fetchone()
        return int(row[0]) if row else 0

    def migrate(self, component: str, migrations: Sequence[Migration]) -> int:
        """Apply the component's migrations that have not run yet; each in its own transaction."""
        with self._lock:
            current = self.version(component)
            for number, step in enumerate(migrations, start=1):
                if number <= current:
                    continue
                with self.transaction() as conn:
                    if callable(step):
                        step(conn)
                    else:
                        for statement in _statements(step):
                            conn.execute(statement)
                    conn.execute(
                        "INSERT INTO schema_versions(component, version) VALUES (?, ?) "
                        "ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                        (component, number),
                    )
            return self.version(component)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    # -- chat settings --------------------------------------------------------
    def get_setting(self, chat_id: str | int, key: str) -> str | None:
        if key not in ("lang", "tz"):
            raise ValueError(f"unknown setting {key!r}")
        row = self.conn.execute(
            f"SELECT {key} FROM chats WHERE chat_id = ?", (str(chat_id),)
        ).fetchone()
        return row[0] if row else None

    def set_setting(
        self, chat_id: str | int, key: str, value: str | None, now_iso: str = ""
    ) -> None:
        if key not in ("lang", "tz"):
            raise ValueError(f"unknown setting {key!r}")
        with self.transaction() as conn:
            conn.execute(
                f"INSERT INTO chats(chat_id, {key}, updated_at) VALUES (?, ?, ?) "
                f"ON CONFLICT(chat_id) DO UPDATE SET {key} = excluded.{key}, updated_at = excluded.updated_at",
                (str(chat_id), value, now_iso),
            )

    # -- feedback (anonymous counts per topic; one vote per chat) ----------------
    def add_feedback(self, topic: str, helpful: bool, chat_id: str | int | None = None) -> bool:
        """Count a 👍/👎 for `topic`. A chat has one vote per topic: the same vote again (a
        replayed button) changes nothing, the other one moves the vote. True if counts changed."""
        with self.transaction() as conn:
            if chat_id is not None:
                row = conn.execute(
                    "SELECT helpful FROM feedback_votes WHERE chat_id = ? AND topic = ?",
                    (str(chat_id), topic),
                ).fetchone()
                if row is not None and bool(row[0]) == helpful:
                    return False
                conn.execute(
                    "INSERT INTO feedback_votes(chat_id, topic, helpful) VALUES (?, ?, ?) "
                    "ON CONFLICT(chat_id, topic) DO UPDATE SET helpful = excluded.helpful",
                    (str(chat_id), topic, int(helpful)),
                )
                if row is not None:  # the vote moves: take it off the other count
                    old = "down" if helpful else "up"
                    conn.execute(
                        f"UPDATE feedback SET {old} = max({old} - 1, 0) WHERE topic = ?", (topic,)
                    )
            column = "up" if helpful else "down"
            conn.execute(
                f"INSERT INTO feedback(topic, {column}) VALUES (?, 1) "
                f"ON CONFLICT(topic) DO UPDATE SET {column} = {column} + 1",
                (topic,),
            )
        return True

    def feedback(self) -> dict[str, tuple[int, int]]:
        rows = self.conn.execute("SELECT topic, up, down FROM feedback ORDER BY topic").fetchall()
        return {r["topic"]: (r["up"], r["down"]) for r in rows}

    # -- privacy ----------------------------------------------------------------
    def chat_tables(self) -> list[str]:
        """Every table with a `chat_id` column."""
        names = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return [
            n
            for n in names
            if any(col[1] == "chat_id" for col in self.conn.execute(f"PRAGMA table_info({n})"))
        ]

    def forget(self, chat_id: str | int) -> int:
        """Delete every row about this chat, in one transaction; returns rows deleted."""
        deleted = 0
        with self.transaction() as conn:
            for table in self.chat_tables():
                deleted += conn.execute(
                    f"DELETE FROM {table} WHERE chat_id = ?", (str(chat_id),)
                ).rowcount
        self.checkpoint()
        return deleted

    def checkpoint(self) -> None:
        """Copy the WAL into the database and empty it, so deleted text does not linger in
        `state.db-wal` until a clean exit (secure_delete has already zeroed the freed pages)."""
        if self.path == ":memory:":
            return
        with self._lock:
            # TRUNCATE waits (busy_timeout) for readers such as `bot health` to leave the WAL.
            busy = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the WAL could not be emptied after a deletion (a reader held it)")


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]
