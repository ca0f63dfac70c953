"""Reminders in SQLite: one row per due date (per instalment), one row per delivery.

A reminder is a payment due at a moment (stored in UTC with the person's time zone);
each of its lead times (3 days before, 1 day before, on the day) is a delivery row
whose status moves pending → claimed → sent.

The guarantee is at-least-once with at most one visible duplicate. A claim is a lease
(an owner and an expiry) recorded before the delivery is handed to an adapter. A send
whose outcome is unknown — a timeout or a lost answer, or a claim a crash or a hung
send left open — counts as *doubt*: the first doubt schedules one resend that carries a
marker ("if you already got this, ignore it"); a second doubt settles the delivery as
`unconfirmed` (never sent a third time) and the person is told at their next message,
as they are about deliveries that failed (the bot was blocked) or came too late.
"""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from bot.redact import redact
from bot.reminders.parse import Proposal
from bot.store import Store
from bot.zones import safe_zone

COMPONENT = "reminders"
DEFAULT_LEADS: tuple[timedelta, ...] = (timedelta(days=3), timedelta(days=1), timedelta(0))
LATE_LIMIT = timedelta(hours=24)  # a delivery later than this is not sent but reported as missed
MAX_ATTEMPTS = 8
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(minutes=30)
# A claim is leased for this long: longer than any one send can take (timeouts, rate limits).
LEASE = timedelta(minutes=10)
DOUBT_RESEND = timedelta(seconds=30)  # a send that timed out is resent (marked) this much later
MAX_DOUBT = 2  # ambiguous sends of one delivery; at the second, it is not sent again
REMINDER_STATUSES = ("scheduled", "sent", "paid", "cancelled", "missed")
OPEN = ("scheduled", "sent")
NOTE_MAX = (
    20  # the note is a creditor's name, nothing more  # statuses the person still has to act on
)

MIGRATIONS: list[str] = [
    # 1: reminders (one row per due date) and their deliveries (one row per lead time or snooze).
    """
    CREATE TABLE reminders (
        id          INTEGER PRIMARY KEY,
        chat_id     TEXT NOT NULL,
        plan_id     INTEGER,
        seq         INTEGER NOT NULL DEFAULT 1,
        total       INTEGER,
        tz          TEXT NOT NULL,
        due_utc     TEXT NOT NULL,
        amount      TEXT,
        note        TEXT,
        lang        TEXT NOT NULL DEFAULT 'zh',
        traditional INTEGER NOT NULL DEFAULT 0,
        status      TEXT NOT NULL DEFAULT 'scheduled'
                    CHECK (status IN ('scheduled', 'sent', 'paid', 'cancelled', 'missed')),
        created_utc TEXT NOT NULL,
        updated_utc TEXT NOT NULL
    );
    CREATE INDEX reminders_by_chat ON reminders(chat_id, due_utc);
    CREATE INDEX reminders_by_plan ON reminders(plan_id, seq);
    CREATE TABLE reminder_deliveries (
        id          INTEGER PRIMARY KEY,
        reminder_id INTEGER NOT NULL REFERENCES reminders(id) ON DELETE CASCADE,
        chat_id     TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('lead', 'snooze')),
        lead_min    INTEGER NOT NULL,
        send_utc    TEXT NOT NULL,
        next_utc    TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'claimed', 'sent', 'unconfirmed', 'failed',
                                      'missed', 'skipped', 'stopped')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        claimed_utc TEXT,
        sent_utc    TEXT,
        message_id  INTEGER,
        noticed     INTEGER NOT NULL DEFAULT 0
    );
    -- Partial indexes: marking a delivery sent (one commit per message) touches none of them.
    CREATE INDEX deliveries_due ON reminder_deliveries(next_utc) WHERE status = 'pending';
    CREATE INDEX deliveries_late ON reminder_deliveries(send_utc) WHERE status = 'pending';
    CREATE INDEX deliveries_by_chat ON reminder_deliveries(chat_id);
    CREATE INDEX deliveries_by_reminder ON reminder_deliveries(reminder_id, send_utc);
    CREATE INDEX deliveries_to_mention ON reminder_deliveries(chat_id)
        WHERE noticed = 0 AND status IN ('missed', 'stopped');
    """,
    # 2: claims become leases (owner, expiry); `doubt` counts sends whose outcome is unknown.
    # Rows settled `unconfirmed` or `failed` before this were never mentioned: keep it so.
    """
    ALTER TABLE reminder_deliveries ADD COLUMN lease_owner TEXT;
    ALTER TABLE reminder_deliveries ADD COLUMN lease_until TEXT;
    ALTER TABLE reminder_deliveries ADD COLUMN doubt INTEGER NOT NULL DEFAULT 0;
    UPDATE reminder_deliveries SET noticed = 1 WHERE status IN ('unconfirmed', 'failed');
    DROP INDEX deliveries_to_mention;
    CREATE INDEX deliveries_to_mention ON reminder_deliveries(chat_id)
        WHERE noticed = 0 AND status IN ('missed', 'stopped', 'failed', 'unconfirmed');
    CREATE INDEX deliveries_leased ON reminder_deliveries(lease_until) WHERE status = 'claimed';
    """,
]


def utc_iso(moment: datetime) -> str:
    """A sortable UTC timestamp for SQLite."""
    if moment.tzinfo is None:
        raise ValueError("aware datetime required")
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def from_utc_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.removesuffix("Z")).replace(tzinfo=UTC)


def zone(name: str) -> ZoneInfo:
    return safe_zone(name)


@dataclass(frozen=True)
class Reminder:
    id: int
    chat_id: str
    plan_id: int | None
    seq: int
    total: int | None
    tz: str
    due: datetime  # aware, UTC
    amount: Decimal | None
    note: str | None
    lang: str
    traditional: bool
    status: str

    @property
    def local_due(self) -> datetime:
        return self.due.astimezone(zone(self.tz))

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Reminder:
        return cls(
            id=row["id"],
            chat_id=row["chat_id"],
            plan_id=row["plan_id"],
            seq=row["seq"],
            total=row["total"],
            tz=row["tz"],
            due=from_utc_iso(row["due_utc"]),
            amount=Decimal(row["amount"]) if row["amount"] is not None else None,
            note=row["note"],
            lang=row["lang"],
            traditional=bool(row["traditional"]),
            status=row["status"],
        )


@dataclass(frozen=True)
class Delivery:
    id: int
    reminder: Reminder
    kind: str  # lead | snooze
    lead: timedelta
    send_at: datetime  # aware, UTC
    status: str
    attempts: int
    doubt: int = 0  # earlier sends whose outcome is unknown: this one may be a second copy

    @property
    def key(self) -> str:
        return delivery_key(self.id)


def delivery_key(delivery_id: int) -> str:
    return f"reminder:{delivery_id}"


def parse_key(key: str) -> int | None:
    prefix, _, rest = key.partition(":")
    return int(rest) if prefix == "reminder" and rest.isdigit() else None


_DELIVERY_COLUMNS = (
    "d.id AS d_id, d.kind AS d_kind, d.lead_min AS d_lead, d.send_utc AS d_send, d.status AS"
    " d_status, "
    "d.attempts AS d_attempts, d.doubt AS d_doubt, r.*"
)


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(
        id=row["d_id"],
        reminder=Reminder.from_row(row),
        kind=row["d_kind"],
        lead=timedelta(minutes=row["d_lead"]),
        send_at=from_utc_iso(row["d_send"]),
        status=row["d_status"],
        attempts=row["d_attempts"],
        doubt=row["d_doubt"],
    )


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """Keep every `IN (...)` well under SQLite's limit on bound parameters."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


class ReminderStore:
    """Reminders and their deliveries on the shared state database."""

    def __init__(
        self,
        store: Store,
        leads: Sequence[timedelta] = DEFAULT_LEADS,
        owner: str | None = None,
        lease: timedelta = LEASE,
    ):
        self.store = store
        self.leads = tuple(sorted(set(leads), reverse=True))
        # Who holds the claims this process makes: a new owner per process, so a restart
        # knows every claim it finds open belongs to a process that is gone.
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self.lease = lease
        store.migrate(COMPONENT, MIGRATIONS)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    # -- creating ------------------------------------------------------------------------
    def send_times(
        self, due: date, at: time, tz: str, leads: Sequence[timedelta] | None = None
    ) -> list[tuple[timedelta, datetime]]:
        """(lead, moment) for each lead time of one due moment, in time order."""
        local = datetime.combine(due, at, tzinfo=zone(tz))
        chosen = self.leads if leads is None else tuple(sorted(set(leads), reverse=True))
        # Wall-clock arithmetic: "1 day before at 9:00" stays 9:00 across a DST change.
        return [(lead, (local - lead).astimezone(UTC)) for lead in chosen]

    def future_leads(self, due: date, at: time, tz: str, now: datetime) -> list[timedelta]:
        """The lead times still ahead of `now` for this due moment (the ones that will be sent)."""
        return [lead for lead, moment in self.send_times(due, at, tz) if moment > now]

    def add(
        self,
        chat_id: str,
        proposal: Proposal,
        tz: str,
        now: datetime,
        lang: str = "zh",
        traditional: bool = False,
        leads: Sequence[timedelta] | None = None,
    ) -> list[int]:
        """Store a confirmed reminder: a row per instalment, a row per future delivery; the ids.
        `leads` overrides the default lead times for this reminder (e.g. a court deadline)."""
        with self.store.transaction() as conn:
            return self._insert(conn, chat_id, proposal, tz, now, lang, traditional, leads)

    def add_many(self, items: Iterable[tuple[str, Proposal, str]], now: datetime) -> int:
        """Store many (chat id, proposal, time zone) in one transaction (imports, load tests)."""
        count = 0
        with self.store.transaction() as conn:
            for chat_id, proposal, tz in items:
                count += len(self._insert(conn, chat_id, proposal, tz, now, "zh", False))
        return count

    def _insert(
        self,
        conn: sqlite3.Connection,
        chat_id: str,
        proposal: Proposal,
        tz: str,
        now: datetime,
        lang: str,
        traditional: bool,
        leads: Sequence[timedelta] | None = None,
    ) -> list[int]:
        dates = proposal.dates()
        total = len(dates) if proposal.recurring else None
        note = redact(proposal.note).text[:NOTE_MAX] if proposal.note else None
        amount = str(proposal.amount) if proposal.amount is not None else None
        stamp = utc_iso(now)
        ids: list[int] = []
        for seq, due in enumerate(dates, start=1):
            due_moment = datetime.combine(due, proposal.time, tzinfo=zone(tz))
            cur = conn.execute(
                "INSERT INTO reminders(chat_id, plan_id, seq, total, tz, due_utc, amount, note,"
                " lang, traditional, status, created_utc, updated_utc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'scheduled', ?, ?)",
                (chat_id, ids[0] if ids else None, seq, total, tz, utc_iso(due_moment), amount,
                 note, lang, int(traditional), stamp, stamp),
            )  # fmt: skip
            rid = int(cur.lastrowid or 0)
            ids.append(rid)
            rows = [
                (rid, chat_id, int(lead.total_seconds() // 60), utc_iso(moment), utc_iso(moment))
                for lead, moment in self.send_times(due, proposal.time, tz, leads)
                if moment > now
            ]
            conn.executemany(
                "INSERT INTO reminder_deliveries(reminder_id, chat_id, kind, lead_min,"
                " send_utc, next_utc) VALUES (?, ?, 'lead', ?, ?, ?)",
                rows,
            )
        if total:
            conn.execute("UPDATE reminders SET plan_id = ? WHERE id = ?", (ids[0], ids[0]))
        return ids

    # -- reading ---------------------------------------------------------------------------
    def get(self, chat_id: str, reminder_id: int) -> Reminder | None:
        """The reminder only if it belongs to this chat (callbacks can touch only their own)."""
        row = self.conn.execute(
            "SELECT * FROM reminders WHERE id = ? AND chat_id = ?", (reminder_id, chat_id)
        ).fetchone()
        return Reminder.from_row(row) if row else None

    def upcoming(self, chat_id: str, limit: int = 50) -> list[Reminder]:
        """Open reminders of a chat, soonest first."""
        rows = self.conn.execute(
            "SELECT * FROM reminders WHERE chat_id = ? AND status IN ('scheduled', 'sent')"
            " ORDER BY due_utc, id LIMIT ?",
            (chat_id, limit),
        ).fetchall()
        return [Reminder.from_row(r) for r in rows]

    def all(self, chat_id: str | None = None) -> list[Reminder]:
        sql = (
            "SELECT * FROM reminders"
            + (" WHERE chat_id = ?" if chat_id else "")
            + " ORDER BY due_utc, id"
        )
        return [Reminder.from_row(r) for r in self.conn.execute(sql, (chat_id,) if chat_id else ())]

    def next_in_plan(self, reminder: Reminder) -> Reminder | None:
        if reminder.plan_id is None:
            return None
        row = self.conn.execute(
            "SELECT * FROM reminders WHERE plan_id = ? AND seq > ? AND status IN ('scheduled',"
            " 'sent')"
            " ORDER BY seq LIMIT 1",
            (reminder.plan_id, reminder.seq),
        ).fetchone()
        return Reminder.from_row(row) if row else None

    def deliveries(self, reminder_id: int) -> list[sqlite3.Row]:
        return self.conn.execute(
            "SELECT * FROM reminder_deliveries WHERE reminder_id = ? ORDER BY send_utc, id",
            (reminder_id,),
        ).fetchall()

    # -- the person's actions (always scoped to their chat) ---------------------------------
    def close(
        self, chat_id: str, reminder_id: int, status: str, now: datetime, whole_plan: bool = False
    ) -> int:
        """Mark paid or cancelled (this one, or it and the rest of its plan); rows changed."""
        if status not in ("paid", "cancelled"):
            raise ValueError(status)
        reminder = self.get(chat_id, reminder_id)
        if reminder is None or reminder.status not in (*OPEN, "missed"):
            return 0
        with self.store.transaction() as conn:
            if whole_plan and reminder.plan_id is not None:
                ids = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM reminders WHERE plan_id = ? AND chat_id = ? AND seq >= ?"
                        " AND status IN ('scheduled', 'sent', 'missed')",
                        (reminder.plan_id, chat_id, reminder.seq),
                    )
                ]
            else:
                ids = [reminder.id]
            conn.execute(
                f"UPDATE reminders SET status = ?, updated_utc = ? WHERE id IN"
                f" ({_marks(len(ids))})",
                (status, utc_iso(now), *ids),
            )
            conn.execute(
                f"UPDATE reminder_deliveries SET status = 'skipped' WHERE status IN ('pending',"
                f" 'stopped')"
                f" AND reminder_id IN ({_marks(len(ids))})",
                ids,
            )
        return len(ids)

    def reschedule(
        self, chat_id: str, reminder_id: int, due: date, now: datetime, at: time | None = None
    ) -> int:
        """Move an open reminder to another day or time of day (by default the same time, and
        always the same lead times and place in its plan): its pending deliveries are skipped
        and new ones scheduled; rows changed."""
        reminder = self.get(chat_id, reminder_id)
        if reminder is None or reminder.status not in OPEN:
            return 0
        at = at or reminder.local_due.timetz().replace(tzinfo=None)
        minutes = {
            int(r["lead_min"]) for r in self.deliveries(reminder.id) if r["kind"] == "lead"
        } or {int(lead.total_seconds() // 60) for lead in self.leads}
        leads = [timedelta(minutes=m) for m in minutes]
        moment = datetime.combine(due, at, tzinfo=zone(reminder.tz))
        rows = [
            (reminder.id, chat_id, int(lead.total_seconds() // 60), utc_iso(t), utc_iso(t))
            for lead, t in self.send_times(due, at, reminder.tz, leads)
            if t > now
        ]
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE reminders SET due_utc = ?, status = 'scheduled', updated_utc = ?"
                " WHERE id = ? AND chat_id = ?",
                (utc_iso(moment), utc_iso(now), reminder.id, chat_id),
            )
            conn.execute(
                "UPDATE reminder_deliveries SET status = 'skipped' WHERE reminder_id = ?"
                " AND status IN ('pending', 'stopped')",
                (reminder.id,),
            )
            conn.executemany(
                "INSERT INTO reminder_deliveries(reminder_id, chat_id, kind, lead_min,"
                " send_utc, next_utc) VALUES (?, ?, 'lead', ?, ?, ?)",
                rows,
            )
        return 1

    def set_amount(
        self, chat_id: str, reminder_id: int, amount: Decimal, now: datetime, whole_plan: bool
    ) -> int:
        """Change the amount of an open reminder (and the rest of its plan); rows changed.
        Deliveries read the amount when they are sent, so nothing else changes."""
        reminder = self.get(chat_id, reminder_id)
        if reminder is None or reminder.status not in OPEN:
            return 0
        with self.store.transaction() as conn:
            if whole_plan and reminder.plan_id is not None:
                cur = conn.execute(
                    "UPDATE reminders SET amount = ?, updated_utc = ? WHERE plan_id = ?"
                    " AND chat_id = ? AND seq >= ? AND status IN ('scheduled', 'sent')",
                    (str(amount), utc_iso(now), reminder.plan_id, chat_id, reminder.seq),
                )
            else:
                cur = conn.execute(
                    "UPDATE reminders SET amount = ?, updated_utc = ? WHERE id = ? AND chat_id = ?",
                    (str(amount), utc_iso(now), reminder.id, chat_id),
                )
            return cur.rowcount

    def snooze(
        self, chat_id: str, reminder_id: int, now: datetime, until: datetime | None = None
    ) -> datetime | None:
        """Remind again tomorrow at the reminder's time of day (or at `until`, if it is still
        ahead); the moment, or None if closed."""
        reminder = self.get(chat_id, reminder_id)
        if reminder is None or reminder.status not in (*OPEN, "missed"):
            return None
        tz = zone(reminder.tz)
        local_now = now.astimezone(tz)
        at = reminder.local_due.timetz().replace(tzinfo=None)
        moment = datetime.combine(local_now.date() + timedelta(days=1), at, tzinfo=tz)
        if moment - local_now < timedelta(hours=6):  # e.g. a 00:30 reminder snoozed at midnight
            moment = local_now + timedelta(days=1)
        if until is not None and until > now:
            moment = until.astimezone(tz)
        stamp = utc_iso(moment)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE reminder_deliveries SET status = 'skipped'"
                " WHERE reminder_id = ? AND kind = 'snooze' AND status = 'pending'",
                (reminder.id,),
            )
            conn.execute(
                "INSERT INTO reminder_deliveries(reminder_id, chat_id, kind, lead_min, send_utc,"
                " next_utc)"
                " VALUES (?, ?, 'snooze', 0, ?, ?)",
                (reminder.id, chat_id, stamp, stamp),
            )
            conn.execute(
                "UPDATE reminders SET status = 'scheduled', updated_utc = ? WHERE id = ?",
                (utc_iso(now), reminder.id),
            )
        return moment

    # -- delivery (the Outbox protocol's storage side) ------------------------------------
    def claim(self, now: datetime, limit: int = 100) -> list[Delivery]:
        """Deliveries due at `now`, marked claimed (attempt recorded) before they are returned.

        The cost grows with `limit`, not with how many are due, so an adapter can claim each
        delivery right before sending it: a crash then leaves only the one in flight open.
        """
        stamp = utc_iso(now)
        want = min(max(1, limit), 1000)
        claimed: list[sqlite3.Row] = []
        with self.store.transaction() as conn:
            self._reclaim(conn, now)
            self._expire(conn, now)
            while len(claimed) < want:
                rows = conn.execute(
                    f"SELECT {_DELIVERY_COLUMNS}, EXISTS ({_newer_due('d')}) AS superseded"
                    " FROM reminder_deliveries d JOIN reminders r ON r.id = d.reminder_id"
                    " WHERE d.status = 'pending' AND d.next_utc <= ?"
                    " ORDER BY d.next_utc, d.id LIMIT ?",
                    (stamp, stamp, want - len(claimed)),
                ).fetchall()
                if not rows:
                    break
                # After downtime several deliveries of one reminder can be due: only the newest
                # is sent ("due tomorrow" is moot once "due today" is out).
                old = [r["d_id"] for r in rows if r["superseded"]]
                fresh = [r for r in rows if not r["superseded"]]
                if old:
                    conn.execute(
                        f"UPDATE reminder_deliveries SET status = 'skipped' WHERE id IN"
                        f" ({_marks(len(old))})",
                        old,
                    )
                if fresh:
                    conn.execute(
                        f"UPDATE reminder_deliveries SET status = 'claimed', attempts = attempts"
                        f" + 1, claimed_utc = ?, lease_owner = ?, lease_until = ?"
                        f" WHERE id IN ({_marks(len(fresh))})",
                        (stamp, self.owner, utc_iso(now + self.lease), *(r["d_id"] for r in fresh)),
                    )
                claimed += fresh
        return [_delivery(r) for r in claimed]

    def preview(self, now: datetime, limit: int = 10_000) -> tuple[list[Delivery], list[Delivery]]:
        """(would be sent, would be marked missed) at `now`, changing nothing."""
        stamp = utc_iso(now)
        late = utc_iso(now - LATE_LIMIT)
        base = (
            f"SELECT {_DELIVERY_COLUMNS} FROM reminder_deliveries d JOIN reminders r ON r.id ="
            f" d.reminder_id"
            " WHERE d.status = 'pending' AND d.next_utc <= ?"
        )
        missed = self.conn.execute(
            base + " AND d.send_utc < ? ORDER BY d.send_utc, d.id LIMIT ?", (stamp, late, limit)
        ).fetchall()
        due = self.conn.execute(
            base
            + " AND d.send_utc >= ? AND NOT EXISTS ("
            + _newer_due("d")
            + ") ORDER BY d.next_utc, d.id LIMIT ?",
            (stamp, late, stamp, limit),
        ).fetchall()
        return [_delivery(r) for r in due], [_delivery(r) for r in missed]

    def delivered(self, delivery_id: int, message_id: int | None, now: datetime) -> bool:
        """Telegram accepted the send. Also after the lease ran out, or after the send was
        doubted and a marked resend scheduled: it arrived, so that resend is not needed."""
        with self.store.transaction() as conn:
            changed = conn.execute(
                "UPDATE reminder_deliveries SET status = 'sent', sent_utc = ?, message_id = ?,"
                " lease_owner = NULL, lease_until = NULL"
                " WHERE id = ? AND (status IN ('claimed', 'unconfirmed')"
                " OR (status = 'pending' AND doubt > 0))",
                (utc_iso(now), message_id, delivery_id),
            ).rowcount
            if changed:
                self._settle(conn, self._reminder_ids(conn, [delivery_id]), now)
        return bool(changed)

    def failed(
        self,
        delivery_id: int,
        now: datetime,
        permanent: bool = False,
        unknown: bool = False,
        retry_after: timedelta | None = None,
    ) -> None:
        """The send did not succeed. `permanent`: Telegram refused the chat (blocked, gone);
        `unknown`: it may have arrived (timeout, lost answer): one marked resend at most;
        `retry_after`: flood control, due again then (not counted as an attempt);
        otherwise a temporary failure, retried with backoff up to MAX_ATTEMPTS."""
        with self.store.transaction() as conn:
            row = conn.execute(
                "SELECT chat_id, attempts FROM reminder_deliveries WHERE id = ? AND status ="
                " 'claimed' AND lease_owner IS ?",
                (delivery_id, self.owner),
            ).fetchone()
            if row is None:
                return  # not (or no longer) our claim: whoever holds it now settles it
            if permanent:
                # The person blocked the bot: stop every send to this chat until they write again.
                conn.execute(
                    "UPDATE reminder_deliveries SET status = 'failed' WHERE id = ?", (delivery_id,)
                )
                conn.execute(
                    "UPDATE reminder_deliveries SET status = 'stopped'"
                    " WHERE chat_id = ? AND status IN ('pending', 'claimed')",
                    (row["chat_id"],),
                )
            elif unknown:
                self._doubt(conn, [delivery_id], now, DOUBT_RESEND)
            elif retry_after is not None:
                conn.execute(
                    "UPDATE reminder_deliveries SET status = 'pending', next_utc = ?,"
                    " attempts = MAX(attempts - 1, 0) WHERE id = ?",
                    (utc_iso(now + retry_after), delivery_id),
                )
            elif row["attempts"] >= MAX_ATTEMPTS:
                conn.execute(
                    "UPDATE reminder_deliveries SET status = 'missed' WHERE id = ?", (delivery_id,)
                )
            else:
                retry = now + min(BACKOFF_BASE * 2 ** (row["attempts"] - 1), BACKOFF_MAX)
                conn.execute(
                    "UPDATE reminder_deliveries SET status = 'pending', next_utc = ? WHERE id = ?",
                    (utc_iso(retry), delivery_id),
                )
            if permanent or not unknown:
                conn.execute(
                    "UPDATE reminder_deliveries SET lease_owner = NULL, lease_until = NULL"
                    " WHERE id = ?",
                    (delivery_id,),
                )
            self._settle(conn, self._reminder_ids(conn, [delivery_id]), now)

    def recover(self, now: datetime) -> dict[str, int]:
        """At start-up: every open claim belongs to a process that is gone, so its send may or
        may not have happened: it is resent at once with the marker (or settled `unconfirmed`
        if it was already a resend in doubt); deliveries too late to send become missed."""
        with self.store.transaction() as conn:
            open_claims = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM reminder_deliveries WHERE status = 'claimed'"
                    " AND lease_owner IS NOT ?",
                    (self.owner,),
                )
            ]
            resend, unconfirmed = self._doubt(conn, open_claims, now)
            missed = self._expire(conn, now)
        return {"resend": resend, "unconfirmed": unconfirmed, "missed": missed}

    # -- next contact ----------------------------------------------------------------------
    def contact(self, chat_id: str, now: datetime) -> tuple[list[Reminder], list[Reminder]]:
        """The person wrote: resume sends stopped by a block; return, once each, the reminders
        missed meanwhile (too late to send) and those that could not be delivered (refused, or
        two sends in doubt), leaving out what was paid, cancelled or is about to be resent."""
        if (
            self.conn.execute(
                "SELECT 1 FROM reminder_deliveries WHERE chat_id = ? AND noticed = 0"
                " AND status IN ('missed', 'stopped', 'failed', 'unconfirmed') LIMIT 1",
                (chat_id,),
            ).fetchone()
            is None
        ):
            return [], []
        late = utc_iso(now - LATE_LIMIT)
        stamp = utc_iso(now)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE reminder_deliveries SET status = CASE WHEN send_utc >= ? THEN 'pending'"
                " ELSE 'missed' END,"
                " next_utc = CASE WHEN next_utc < ? THEN ? ELSE next_utc END"
                " WHERE chat_id = ? AND status = 'stopped'",
                (late, stamp, stamp, chat_id),
            )
            rows = conn.execute(
                "SELECT DISTINCT r.* FROM reminders r JOIN reminder_deliveries d ON d.reminder_id"
                " = r.id"
                " WHERE d.chat_id = ? AND d.noticed = 0 AND d.status = 'missed' ORDER BY r.due_utc",
                (chat_id,),
            ).fetchall()
            ids = [r["id"] for r in rows]
            self._settle(conn, ids, now)
            undelivered = conn.execute(
                "SELECT DISTINCT r.* FROM reminders r JOIN reminder_deliveries d ON d.reminder_id"
                " = r.id WHERE d.chat_id = ? AND d.noticed = 0"
                " AND d.status IN ('failed', 'unconfirmed')"
                " AND r.status NOT IN ('paid', 'cancelled')"
                " AND NOT EXISTS (SELECT 1 FROM reminder_deliveries p WHERE p.reminder_id = r.id"
                " AND p.status IN ('pending', 'claimed') AND p.next_utc <= ?)"
                " ORDER BY r.due_utc",
                (chat_id, stamp),
            ).fetchall()
            conn.execute(
                "UPDATE reminder_deliveries SET noticed = 1 WHERE chat_id = ? AND noticed = 0"
                " AND status IN ('missed', 'failed', 'unconfirmed')",
                (chat_id,),
            )
            rows = conn.execute(
                f"SELECT * FROM reminders WHERE id IN ({_marks(len(ids))}) AND status = 'missed'"
                f" ORDER BY due_utc",
                ids,
            ).fetchall()
        missed = [Reminder.from_row(r) for r in rows]
        seen = {r.id for r in missed}
        return missed, [Reminder.from_row(r) for r in undelivered if r["id"] not in seen]

    # -- internals -----------------------------------------------------------------------------
    def _reclaim(self, conn: sqlite3.Connection, now: datetime) -> int:
        """Claims whose lease ran out (a send that hung, a process that stopped answering)."""
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM reminder_deliveries WHERE status = 'claimed' AND lease_until < ?",
                (utc_iso(now),),
            )
        ]
        self._doubt(conn, ids, now)
        return len(ids)

    def _doubt(
        self,
        conn: sqlite3.Connection,
        delivery_ids: Sequence[int],
        now: datetime,
        delay: timedelta = timedelta(0),
    ) -> tuple[int, int]:
        """Sends whose outcome is unknown: the first doubt schedules one marked resend at
        `now + delay`; the second settles the delivery `unconfirmed`. (resent, settled)."""
        resent = settled = 0
        for chunk in _chunks(list(delivery_ids)):
            marks = _marks(len(chunk))
            settled += conn.execute(
                f"UPDATE reminder_deliveries SET status = 'unconfirmed', doubt = doubt + 1,"
                f" lease_owner = NULL, lease_until = NULL"
                f" WHERE id IN ({marks}) AND status = 'claimed' AND doubt + 1 >= ?",
                (*chunk, MAX_DOUBT),
            ).rowcount
            resent += conn.execute(
                f"UPDATE reminder_deliveries SET status = 'pending', doubt = doubt + 1,"
                f" next_utc = ?, lease_owner = NULL, lease_until = NULL"
                f" WHERE id IN ({marks}) AND status = 'claimed'",
                (utc_iso(now + delay), *chunk),
            ).rowcount
        self._settle(conn, self._reminder_ids(conn, delivery_ids), now)
        return resent, settled

    def _expire(self, conn: sqlite3.Connection, now: datetime) -> int:
        late = utc_iso(now - LATE_LIMIT)
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM reminder_deliveries WHERE status = 'pending' AND send_utc < ?",
                (late,),
            )
        ]
        for chunk in _chunks(ids):
            conn.execute(
                f"UPDATE reminder_deliveries SET status = 'missed' WHERE id IN"
                f" ({_marks(len(chunk))})",
                chunk,
            )
        self._settle(conn, self._reminder_ids(conn, ids), now)
        return len(ids)

    @staticmethod
    def _reminder_ids(conn: sqlite3.Connection, delivery_ids: Iterable[int]) -> list[int]:
        found: set[int] = set()
        for chunk in _chunks(list(delivery_ids)):
            found.update(
                r[0]
                for r in conn.execute(
                    f"SELECT DISTINCT reminder_id FROM reminder_deliveries WHERE id IN"
                    f" ({_marks(len(chunk))})",
                    chunk,
                )
            )
        return sorted(found)

    @staticmethod
    def _settle(conn: sqlite3.Connection, reminder_ids: list[int], now: datetime) -> None:
        """A scheduled reminder with nothing left to send becomes sent (missed if none went out)."""
        for chunk in _chunks(reminder_ids):
            conn.execute(
                "UPDATE reminders SET updated_utc = ?, status = CASE WHEN EXISTS (SELECT 1 FROM"
                " reminder_deliveries x"
                " WHERE x.reminder_id = reminders.id AND x.status IN ('sent', 'unconfirmed')) THEN"
                " 'sent'"
                " ELSE 'missed' END"
                f" WHERE id IN ({_marks(len(chunk))}) AND status = 'scheduled' AND NOT EXISTS ("
                " SELECT 1 FROM reminder_deliveries y WHERE y.reminder_id = reminders.id"
                " AND y.status IN ('pending', 'claimed', 'stopped'))",
                (utc_iso(now), *chunk),
            )


def _newer_due(outer: str) -> str:
    """A newer delivery of the same reminder, also due or already out, supersedes `outer`."""
    return (
        f"SELECT 1 FROM reminder_deliveries n WHERE n.reminder_id = {outer}.reminder_id AND n.id"
        f" != {outer}.id"
        f" AND n.send_utc > {outer}.send_utc AND n.send_utc <= ?"
        " AND n.status IN ('pending', 'claimed', 'sent', 'unconfirmed')"
    )
