"""Logged contacts in the shared SQLite store, one chat's rows reachable only with its chat id.

Entries are numbered per chat (`seq`), and every query names the chat, so a button
payload carrying another chat's number finds nothing. The `chat_id` column puts the
table under Store.forget. Notes are stored as given: callers pass redacted text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.evidence.when import When
from bot.store import Store

if TYPE_CHECKING:  # (the extractor is imported where a text is read, not with the store)
    from bot.evidence.extract import Extraction

MAX_ENTRIES_PER_CHAT = 2000

MIGRATIONS = [
    """
    CREATE TABLE evidence (
        chat_id       TEXT NOT NULL,
        seq           INTEGER NOT NULL,
        at            TEXT NOT NULL,
        precision     TEXT NOT NULL,
        kind          TEXT NOT NULL,
        acts          TEXT NOT NULL DEFAULT '',
        third_parties TEXT NOT NULL DEFAULT '',
        who           TEXT,
        count         INTEGER NOT NULL DEFAULT 1,
        visitors      INTEGER,
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,
        PRIMARY KEY (chat_id, seq)
    );
    """,
]


@dataclass(frozen=True)
class Entry:
    seq: int
    at: datetime
    precision: str
    kind: str
    acts: tuple[str, ...]
    third_parties: tuple[str, ...]
    who: str | None
    count: int
    visitors: int | None
    note: str

    @property
    def when(self) -> When:
        return When(self.at, self.precision)


class LogFull(Exception):
    """The chat already has MAX_ENTRIES_PER_CHAT entries."""


class EvidenceStore:
    """Add, replace, delete and list one chat's logged contacts."""

    def __init__(self, store: Store):
        self.store = store
        store.migrate("evidence", MIGRATIONS)

    def add(self, chat_id: str, item: Extraction, created: datetime) -> Entry:
        with self.store.transaction() as conn:
            n, top = conn.execute(
                "SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM evidence WHERE chat_id = ?", (chat_id,)
            ).fetchone()
            if n >= MAX_ENTRIES_PER_CHAT:
                raise LogFull
            seq = top + 1
            conn.execute(
                "INSERT INTO evidence(chat_id, seq, at, precision, kind, acts, third_parties, who, count,"
                " visitors, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (chat_id, seq, *_columns(item), created.isoformat()),
            )
        entry = self.get(chat_id, seq)
        assert entry is not None
        return entry

    def replace(self, chat_id: str, seq: int, item: Extraction) -> Entry | None:
        """Overwrite an entry with a corrected reading; None if this chat has no such entry."""
        with self.store.transaction() as conn:
            changed = conn.execute(
                "UPDATE evidence SET at = ?, precision = ?, kind = ?, acts = ?, third_parties = ?, who = ?,"
                " count = ?, visitors = ?, note = ? WHERE chat_id = ? AND seq = ?",
                (*_columns(item), chat_id, seq),
            ).rowcount
        return self.get(chat_id, seq) if changed else None

    def delete(self, chat_id: str, seq: int) -> bool:
        with self.store.transaction() as conn:
            deleted = (
                conn.execute(
                    "DELETE FROM evidence WHERE chat_id = ? AND seq = ?", (chat_id, seq)
                ).rowcount
                > 0
            )
        self.store.checkpoint()  # the note's text must not stay readable in the WAL file
        return deleted

    def get(self, chat_id: str, seq: int) -> Entry | None:
        row = self.store.conn.execute(
            "SELECT * FROM evidence WHERE chat_id = ? AND seq = ?", (chat_id, seq)
        ).fetchone()
        return _entry(row) if row else None

    def entries(self, chat_id: str) -> list[Entry]:
        """The chat's entries in the order they happened."""
        rows = self.store.conn.execute(
            "SELECT * FROM evidence WHERE chat_id = ?", (chat_id,)
        ).fetchall()
        return sorted((_entry(r) for r in rows), key=lambda e: (e.at, e.seq))


def _columns(item: Extraction) -> tuple[object, ...]:
    return (
        item.when.at.isoformat(),
        item.when.precision,
        item.kind,
        ",".join(item.acts),
        ",".join(item.third_parties),
        item.who,
        item.count,
        item.visitors,
        item.note,
    )


def _split(value: str) -> tuple[str, ...]:
    return tuple(x for x in value.split(",") if x)


def _entry(r: sqlite3.Row) -> Entry:
    return Entry(
        seq=r["seq"],
        at=datetime.fromisoformat(r["at"]),
        precision=r["precision"],
        kind=r["kind"],
        acts=_split(r["acts"]),
        third_parties=_split(r["third_parties"]),
        who=r["who"],
        count=r["count"],
        visitors=r["visitors"],
        note=r["note"],
    )
