"""Storage and delivery of reminders through the Outbox protocol (at least once, at most one marked
repeat), with a fake adapter.

The fake stands in for the Telegram sweep: it claims what is due, "sends" it (records it),
and reports back. Restarts are a new Store on the same file; a crash is a claim that is
never reported.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from bot.outbox import Outbox
from bot.reminders.parse import Proposal, Recurrence
from bot.reminders.skill import RemindersSkill
from bot.reminders.store import (
    DOUBT_RESEND,
    LEASE,
    MAX_ATTEMPTS,
    MIGRATIONS,
    ReminderStore,
    utc_iso,
)
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW

SH = "Asia/Shanghai"
DUE = date(2026, 12, 15)  # a Tuesday; leads at 12-12, 12-14 and 12-15, 09:00 Shanghai


def at(day: int, hour: int = 9, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=NOW.tzinfo)


class FakeTelegram:
    """Records what would have been sent; a chat can block the bot, the network can be flaky."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, str]] = []  # (chat, key, text)
        self.blocked: set[str] = set()
        self.flaky = 0  # this many sends fail with a network error

    def sweep(self, outbox: Outbox, now: datetime, batch: int = 100) -> int:
        count = 0
        while items := outbox.claim_due(now, batch):
            for item in items:
                if item.chat_id in self.blocked:
                    outbox.failed(item.key, now, permanent=True)
                elif self.flaky:
                    self.flaky -= 1
                    outbox.failed(item.key, now)
                else:
                    self.sent.append((item.chat_id, item.key, render_text(item.reply)))
                    outbox.delivered(item.key, len(self.sent), now)
                    count += 1
        return count

    def keys(self) -> Counter[str]:
        return Counter(key for _, key, _ in self.sent)


def plan(
    due: date = DUE, amount: int | None = 2000, at_time: time = time(9, 0), **kw: object
) -> Proposal:
    money = Decimal(amount) if amount is not None else None
    return Proposal(due, at_time, money, **kw)  # type: ignore[arg-type]


def statuses(store: Store, reminder_id: int) -> list[str]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT status FROM reminder_deliveries WHERE reminder_id = ? ORDER BY send_utc",
            (reminder_id,),
        )
    ]


# -- storage -----------------------------------------------------------------------------
def test_migrations_are_versioned_and_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = Store(path)
    ReminderStore(store).add("1", plan(), SH, NOW)
    assert store.version("reminders") == len(MIGRATIONS)
    assert {"reminders", "reminder_deliveries"} <= set(store.chat_tables())
    store.close()
    again = Store(path)
    reminders = ReminderStore(again)  # migrating again is a no-op and keeps the rows
    assert again.version("reminders") == len(MIGRATIONS)
    [row] = reminders.all("1")
    assert row.due == datetime(2026, 12, 15, 1, 0, tzinfo=UTC)  # stored in UTC
    assert row.tz == SH and row.amount == 2000 and row.status == "scheduled"
    again.close()


def test_one_row_per_instalment_and_per_lead(store: Store) -> None:
    reminders = ReminderStore(store)
    ids = reminders.add("1", plan(recurring=Recurrence(15, 3)), SH, NOW)
    rows = reminders.all("1")
    assert [r.id for r in rows] == ids and [r.seq for r in rows] == [1, 2, 3]
    assert {r.plan_id for r in rows} == {ids[0]} and {r.total for r in rows} == {3}
    sends = [d["send_utc"] for d in reminders.deliveries(ids[0])]
    assert sends == ["2026-12-12T01:00:00Z", "2026-12-14T01:00:00Z", "2026-12-15T01:00:00Z"]


def test_lead_times_are_a_parameter(store: Store) -> None:
    reminders = ReminderStore(store, leads=(timedelta(days=7), timedelta(hours=2)))
    [rid] = reminders.add("1", plan(), SH, NOW)
    assert [d["lead_min"] for d in reminders.deliveries(rid)] == [7 * 1440, 120]


def test_lead_times_keep_the_wall_clock_across_dst(store: Store) -> None:
    reminders = ReminderStore(store)
    # Europe/London moves to summer time on 2027-03-28: every reminder still arrives at 09:00 local.
    [rid] = reminders.add("1", plan(date(2027, 3, 29)), "Europe/London", NOW)
    sends = [d["send_utc"] for d in reminders.deliveries(rid)]
    assert sends == ["2027-03-26T09:00:00Z", "2027-03-28T08:00:00Z", "2027-03-29T08:00:00Z"]


def test_note_is_masked_and_short_when_stored(store: Store) -> None:
    reminders = ReminderStore(store)
    reminders.add("1", plan(note="卡6222020200112233446的那家银行，名字很长很长很长"), SH, NOW)
    note = reminders.all("1")[0].note
    assert (
        note is not None
        and "6222020200112233446" not in note
        and "3446" in note
        and len(note) == 20
    )


# -- delivery ----------------------------------------------------------------------------
def test_nothing_before_its_time_then_each_lead_once(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    assert fake.sweep(skill, at(12, 8, 59)) == 0
    assert fake.sweep(skill, at(12)) == 1
    assert fake.sweep(skill, at(12, 9, 1)) == 0
    assert "还有3天" in fake.sent[-1][2]
    fake.sweep(skill, at(14))
    assert "明天就是还款日" in fake.sent[-1][2]
    fake.sweep(skill, at(15))
    assert "今天是还款日" in fake.sent[-1][2]
    assert len(fake.sent) == 3 and set(fake.keys().values()) == {1}
    assert statuses(store, rid) == ["sent", "sent", "sent"]
    assert skill.reminders.all("1")[0].status == "sent"


def test_claim_records_the_attempt_before_handing_it_out(store: Store) -> None:
    skill = RemindersSkill(store)
    skill.reminders.add("1", plan(), SH, NOW)
    [item] = skill.claim_due(at(12))
    row = store.conn.execute(
        "SELECT status, attempts, claimed_utc FROM reminder_deliveries WHERE id = ?",
        (int(item.key.split(":")[1]),),
    ).fetchone()
    assert tuple(row) == ("claimed", 1, "2026-12-12T01:00:00Z")
    assert skill.claim_due(at(12)) == []  # a second sweep (or a second process) gets nothing
    skill.delivered(item.key, 77, at(12))
    assert (
        store.conn.execute(
            "SELECT message_id FROM reminder_deliveries WHERE status = 'sent'"
        ).fetchone()[0]
        == 77
    )


def test_delivered_message_has_the_three_buttons(store: Store) -> None:
    skill = RemindersSkill(store)
    [rid] = skill.reminders.add("1", plan(note="招行"), SH, NOW)
    [item] = skill.claim_due(at(15))
    text = render_text(item.reply)
    assert item.chat_id == "1" and "12月15日（周二）9:00 还款 ¥2,000（招行）" in text
    assert [b.payload for b in item.reply.all_buttons()] == [
        f"rem:paid:{rid}",
        f"rem:snz:{rid}",
        f"rem:x:{rid}",
    ]
    assert [b.label for b in item.reply.all_buttons()] == ["✅ 已还款", "⏰ 明天再提醒", "✖ 取消"]
    ReminderStore(store).add("2", plan(), SH, NOW, lang="en")
    labels = [
        b.label for o in skill.claim_due(at(15)) if o.chat_id == "2" for b in o.reply.all_buttons()
    ]
    assert labels == ["✅ Paid", "⏰ Snooze", "✖ Cancel"]


def test_traditional_reminders_are_delivered_in_traditional(store: Store) -> None:
    skill = RemindersSkill(store)
    skill.reminders.add("1", plan(), SH, NOW, traditional=True)
    [item] = skill.claim_due(at(15))
    assert "還款" in render_text(item.reply) and "还款" not in render_text(item.reply)


def test_restart_delivers_every_pending_reminder_once(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    store = Store(path)
    skill, fake = RemindersSkill(store), FakeTelegram()
    for i in range(20):
        skill.reminders.add(str(i % 4), plan(DUE + timedelta(days=i % 5), amount=100 + i), SH, NOW)
    expected = 20 * 3
    fake.sweep(skill, at(12))  # some deliveries go out, then the bot stops
    first_run = len(fake.sent)
    assert 0 < first_run < expected
    store.close()

    moment = at(12)
    for _ in range(3):  # three more runs, each a fresh process on the same file
        store = Store(path)
        skill = RemindersSkill(store)
        skill.recover(moment)
        for _ in range(5):
            moment += timedelta(hours=12)
            fake.sweep(skill, moment)
        store.close()
    assert len(fake.sent) == expected
    assert set(fake.keys().values()) == {1}


REPEAT = "（如已收到，请忽略这条重复提醒）"


def test_a_kill_between_send_and_mark_resends_once_with_the_marker(tmp_path: Path) -> None:
    """At-least-once: a claim a crash left open may or may not have reached the person, so it
    is sent again, marked as a possible repeat; what was never claimed goes out unmarked."""
    path = tmp_path / "s.db"
    store = Store(path)
    skill, fake = RemindersSkill(store), FakeTelegram()
    for chat in ("a", "b", "c"):
        skill.reminders.add(chat, plan(), SH, NOW)
    claimed = skill.claim_due(at(12), limit=2)
    fake.sent.append((claimed[0].chat_id, claimed[0].key, "sent, then the process was killed"))
    store.close()  # neither delivered() nor failed() ever ran for the two claims

    store = Store(path)
    skill = RemindersSkill(store)
    assert skill.recover(at(12, 9, 5)) == {"resend": 2, "unconfirmed": 0, "missed": 0}
    fake.sweep(skill, at(12, 9, 5))
    for day in (13, 14, 15):
        fake.sweep(skill, at(day))
    counts = fake.keys()
    assert len(counts) == 3 * 3  # nothing lost
    assert counts[claimed[0].key] == 2 and counts[claimed[1].key] == 1  # one extra copy at most
    assert set(counts.values()) == {1, 2} and sum(counts.values()) == 10
    resent = [text for _, key, text in fake.sent if key in (claimed[0].key, claimed[1].key)]
    assert all(REPEAT in text for text in resent[-2:])  # both resends carry the marker
    firsts = [t for _, k, t in fake.sent if k not in (claimed[0].key, claimed[1].key)]
    assert not any(REPEAT in t for t in firsts)  # the unambiguous ones do not
    store.close()


def test_a_timed_out_send_is_resent_once_marked_and_never_a_third_time(store: Store) -> None:
    skill, fake = RemindersSkill(store, leads=(timedelta(0),)), FakeTelegram()
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    moment = at(15)
    [first] = skill.claim_due(moment)
    assert REPEAT not in render_text(first.reply)
    skill.failed(first.key, moment, unknown=True)  # the answer never came: it may have arrived
    assert skill.claim_due(moment + DOUBT_RESEND - timedelta(seconds=1)) == []
    [second] = skill.claim_due(moment + DOUBT_RESEND)
    assert second.key == first.key and REPEAT in render_text(second.reply)
    assert second.reply.reminder is not None and second.reply.reminder["repeat"] is True
    skill.failed(second.key, moment + DOUBT_RESEND, unknown=True)  # in doubt again: stop here
    assert fake.sweep(skill, moment + timedelta(hours=2)) == 0
    assert statuses(store, rid) == ["unconfirmed"]
    # At their next message the person hears it may not have reached them, once.
    note = skill.notice("1", "zh", moment + timedelta(hours=3))
    assert note is not None and "可能没有送到" in note and "¥2,000" in note
    assert skill.notice("1", "zh", moment + timedelta(hours=4)) is None


def test_a_late_answer_to_a_doubted_send_cancels_the_resend(store: Store) -> None:
    skill = RemindersSkill(store, leads=(timedelta(0),))
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    [item] = skill.claim_due(at(15))
    skill.failed(item.key, at(15), unknown=True)
    skill.delivered(item.key, 42, at(15, 9, 0))  # the answer turned up after all
    assert skill.claim_due(at(15, 10)) == [] and statuses(store, rid) == ["sent"]


def test_a_lease_that_runs_out_is_taken_over_and_resent_marked(tmp_path: Path) -> None:
    """Two processes on one database (or one whose send hung past the lease): the second
    takes an expired claim over; the first's late report no longer counts as a failure."""
    store = Store(tmp_path / "s.db")
    one = ReminderStore(store, leads=(timedelta(0),), owner="one")
    two = ReminderStore(store, leads=(timedelta(0),), owner="two")
    [rid] = one.add("1", plan(), SH, NOW)
    [held] = one.claim(at(15))
    assert two.claim(at(15) + LEASE - timedelta(seconds=1)) == []  # still leased to "one"
    [taken] = two.claim(at(15) + LEASE + timedelta(seconds=1))
    assert taken.id == held.id and taken.doubt == 1  # marked: "one" may have sent it
    one.failed(held.id, at(15, 9, 11))  # a stale report from the old holder changes nothing
    row = store.conn.execute(
        "SELECT status, lease_owner FROM reminder_deliveries WHERE reminder_id = ?", (rid,)
    ).fetchone()
    assert tuple(row) == ("claimed", "two")
    assert two.delivered(taken.id, 7, at(15, 9, 12))
    store.close()


def test_flood_control_reschedules_without_spending_an_attempt(store: Store) -> None:
    skill = RemindersSkill(store, leads=(timedelta(0),))
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    moment = at(15)
    for _ in range(MAX_ATTEMPTS + 2):  # more 429s than attempts: still not given up
        [item] = skill.claim_due(moment)
        skill.failed(item.key, moment, retry_after=timedelta(seconds=5))
        assert skill.claim_due(moment + timedelta(seconds=4)) == []
        moment += timedelta(seconds=5)
    assert statuses(store, rid) == ["pending"]
    [item] = skill.claim_due(moment)
    assert REPEAT not in render_text(item.reply)  # a 429 is a clear "not sent": no marker


def test_a_reminder_refused_while_blocked_is_told_at_the_next_message(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    skill.reminders.add("a", plan(), SH, NOW)
    fake.blocked.add("a")
    fake.sweep(skill, at(12))  # the 3-day reminder is refused
    fake.blocked.clear()
    note = skill.notice("a", "zh", at(12, 18))
    assert note is not None and "可能没有送到" in note and "12月15日" in note
    assert skill.notice("a", "zh", at(12, 19)) is None  # once
    fake.sweep(skill, at(14))  # the later ones resume
    assert [c for c, _, _ in fake.sent] == ["a"]


def test_nothing_is_told_about_a_refused_reminder_that_was_paid_meanwhile(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    [rid] = skill.reminders.add("a", plan(), SH, NOW)
    fake.blocked.add("a")
    fake.sweep(skill, at(12))
    skill.reminders.close("a", rid, "paid", at(12, 10))
    assert skill.notice("a", "en", at(12, 18)) is None


def test_ten_thousand_due_at_the_same_minute(store: Store) -> None:
    skill, fake = RemindersSkill(store, leads=(timedelta(0),)), FakeTelegram()
    assert skill.reminders.add_many(((str(i), plan(), SH) for i in range(10_000)), NOW) == 10_000
    assert fake.sweep(skill, at(15), batch=500) == 10_000
    assert len(fake.keys()) == 10_000 and set(fake.keys().values()) == {1}
    left = store.conn.execute(
        "SELECT COUNT(*) FROM reminder_deliveries WHERE status != 'sent'"
    ).fetchone()[0]
    assert left == 0
    assert fake.sweep(skill, at(15, 9, 1), batch=500) == 0


def test_blocked_chat_stops_until_the_person_writes_again(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    [blocked] = skill.reminders.add("a", plan(), SH, NOW)
    [other] = skill.reminders.add("b", plan(), SH, NOW)
    fake.blocked.add("a")
    fake.sweep(skill, at(12))
    assert statuses(store, blocked) == ["failed", "stopped", "stopped"]
    assert statuses(store, other) == ["sent", "pending", "pending"]
    fake.blocked.clear()
    fake.sweep(skill, at(14))
    assert [c for c, _, _ in fake.sent] == ["b", "b"]  # nothing to the chat that blocked us
    assert skill.notice("a", "zh", at(14, 10)) is None  # they write again: sends resume
    fake.sweep(skill, at(15))
    assert [c for c, _, _ in fake.sent].count("a") == 1 and statuses(store, blocked)[-1] == "sent"


def test_network_errors_are_retried_with_backoff(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    fake.flaky = 2
    fake.sweep(skill, at(12))
    assert fake.sent == [] and statuses(store, rid)[0] == "pending"
    fake.sweep(
        skill, at(12, 9, 0) + timedelta(seconds=29)
    )  # backoff is 30 s after the first failure
    assert fake.sent == [] and fake.flaky == 1
    fake.sweep(
        skill, at(12, 9, 0) + timedelta(seconds=30)
    )  # second attempt fails too: next in 60 s
    fake.sweep(skill, at(12, 9, 1) + timedelta(seconds=30))
    assert len(fake.sent) == 1
    row = store.conn.execute(
        "SELECT attempts, status FROM reminder_deliveries ORDER BY send_utc"
    ).fetchone()
    assert tuple(row) == (3, "sent")


def test_a_delivery_that_keeps_failing_is_given_up_as_missed(store: Store) -> None:
    skill = RemindersSkill(store, leads=(timedelta(0),))
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    moment = at(15)
    for _ in range(MAX_ATTEMPTS):
        [item] = skill.claim_due(moment)
        skill.failed(item.key, moment)
        moment += timedelta(hours=1)
    assert skill.claim_due(moment + timedelta(days=1)) == []
    assert statuses(store, rid) == ["missed"]
    assert skill.reminders.all("1")[0].status == "missed"


def test_downtime_under_24h_sends_late_and_over_24h_is_missed(store: Store) -> None:
    skill, fake = RemindersSkill(store, leads=(timedelta(0),)), FakeTelegram()
    [late] = skill.reminders.add("1", plan(DUE), SH, NOW)
    skill.reminders.add("1", plan(DUE - timedelta(days=2)), SH, NOW)
    back = at(15, 20)  # up again 11 h after the first, 59 h after the second
    assert skill.recover(back) == {"resend": 0, "unconfirmed": 0, "missed": 1}
    fake.sweep(skill, back)
    assert [k for _, k, _ in fake.sent] == [f"reminder:{skill.reminders.deliveries(late)[0]['id']}"]
    assert skill.reminders.all("1")[0].status == "missed"  # the Dec 13 one
    note = skill.notice("1", "zh", back)
    assert note is not None and "12月13日（周日） ¥2,000" in note
    assert skill.notice("1", "zh", back) is None  # mentioned once


def test_after_downtime_only_the_newest_lead_is_sent(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    back = at(15, 10)  # missed the 1-day (25 h ago: too late) and the on-the-day one (1 h ago)
    skill.recover(back)
    fake.sweep(skill, back)
    assert len(fake.sent) == 1 and "今天是还款日" in fake.sent[0][2]
    assert statuses(store, rid) == ["missed", "missed", "sent"]
    assert skill.notice("1", "zh", back) is None  # they were reminded, so nothing to apologise for


def test_paid_and_cancelled_reminders_are_not_sent(store: Store) -> None:
    skill, fake = RemindersSkill(store), FakeTelegram()
    first, second, third = skill.reminders.add("1", plan(recurring=Recurrence(15, 3)), SH, NOW)
    skill.reminders.close("1", first, "paid", NOW)
    skill.reminders.close("1", third, "cancelled", NOW)
    skill.reminders.close("2", second, "cancelled", NOW)  # another chat: no effect
    for month, day in ((12, 15), (1, 15), (2, 15)):
        year = 2026 if month == 12 else 2027
        fake.sweep(skill, datetime(year, month, day, 9, tzinfo=NOW.tzinfo))
    assert len(fake.sent) == 1 and "1月15日" in fake.sent[0][2]


def test_snooze_delivers_again_the_next_day(store: Store) -> None:
    skill, fake = RemindersSkill(store, leads=(timedelta(0),)), FakeTelegram()
    [rid] = skill.reminders.add("1", plan(), SH, NOW)
    fake.sweep(skill, at(15))
    assert skill.reminders.all("1")[0].status == "sent"
    skill.reminders.snooze("1", rid, at(15, 9, 5))
    assert skill.reminders.all("1")[0].status == "scheduled"
    fake.sweep(skill, at(16, 8, 59))
    assert len(fake.sent) == 1
    fake.sweep(skill, at(16))
    assert len(fake.sent) == 2 and "再提醒你一次" in fake.sent[1][2]


def test_preview_changes_nothing(store: Store) -> None:
    reminders = ReminderStore(store)
    reminders.add("1", plan(), SH, NOW)
    reminders.add("2", plan(DUE - timedelta(days=5)), SH, NOW)
    before = store.conn.execute("SELECT * FROM reminder_deliveries ORDER BY id").fetchall()
    send, missed = reminders.preview(at(12))
    assert [d.reminder.chat_id for d in send] == ["1"] and len(missed) == 3
    assert [
        tuple(r) for r in store.conn.execute("SELECT * FROM reminder_deliveries ORDER BY id")
    ] == [tuple(r) for r in before]


def test_utc_iso_refuses_naive_times() -> None:
    with pytest.raises(ValueError):
        utc_iso(datetime(2026, 1, 1))


def test_an_upgraded_database_resends_old_open_claims_and_keeps_old_outcomes_quiet(
    tmp_path: Path,
) -> None:
    """A database written before leases: its open claim (a crash under the old code) is resent
    once, marked; deliveries it had settled unconfirmed or failed are not suddenly reported."""
    path = tmp_path / "s.db"
    store = Store(path)
    store.migrate("reminders", MIGRATIONS[:1])
    old = ReminderStore.__new__(ReminderStore)  # the old schema, rows written directly
    old.store, old.leads = store, (timedelta(0),)
    ids = [old._insert(store.conn, c, plan(), SH, NOW, "zh", False)[0] for c in ("a", "b", "c")]
    for rid, status in zip(ids, ("claimed", "unconfirmed", "failed"), strict=True):
        store.conn.execute(
            "UPDATE reminder_deliveries SET status = ?, attempts = 1 WHERE reminder_id = ?",
            (status, rid),
        )
    store.conn.commit()
    store.close()

    store = Store(path)
    skill = RemindersSkill(store, leads=(timedelta(0),))
    assert store.version("reminders") == len(MIGRATIONS)
    assert skill.recover(at(15, 9, 1)) == {"resend": 1, "unconfirmed": 0, "missed": 0}
    [item] = skill.claim_due(at(15, 9, 1))
    assert item.chat_id == "a" and REPEAT in render_text(item.reply)
    assert (
        skill.notice("b", "zh", at(15, 10)) is None and skill.notice("c", "zh", at(15, 10)) is None
    )
    store.close()
