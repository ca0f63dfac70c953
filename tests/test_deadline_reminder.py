"""A court deadline's "remind me" button stores a real reminder through the reminders feature."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.bootstrap import build_engine
from tests.conftest import FIXTURE_KB

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_deadline_offer_becomes_a_reminder_two_days_before(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI)  # a Monday
    engine = build_engine(FIXTURE_KB, tmp_path / "s.db", clock=lambda: now)
    reply = engine.handle(1, "今天收到法院传票和起诉状了")
    assert reply.action == {
        "type": "deadline", "kind": "defence", "received": "2026-11-23", "due": "2026-12-08",
    }  # fmt: skip
    [button] = [b for b in reply.all_buttons() if ":remind:" in b.payload]
    saved = engine.press(1, button.payload)
    assert saved.reminder is not None and saved.reminder["due"] == "2026-12-08"
    assert saved.reminder["time"] == "09:00"

    rows = engine.store.conn.execute(
        "SELECT send_utc FROM reminder_deliveries WHERE chat_id = '1' ORDER BY send_utc"
    ).fetchall()
    sends = [datetime.fromisoformat(r[0]).astimezone(SHANGHAI) for r in rows]
    assert sends == [
        datetime(2026, 12, 6, 9, 0, tzinfo=SHANGHAI),
        datetime(2026, 12, 8, 9, 0, tzinfo=SHANGHAI),
    ]
    # The payload holds only a kind and a date: another chat pressing it gets its own reminder
    # and never touches chat 1's.
    engine.press(2, button.payload)
    counts = dict(
        engine.store.conn.execute("SELECT chat_id, COUNT(*) FROM reminders GROUP BY chat_id")
    )
    assert counts == {"1": 1, "2": 1}

    due = engine.outboxes[0].claim_due(datetime(2026, 12, 6, 9, 1, tzinfo=SHANGHAI))
    assert sorted(o.chat_id for o in due) == ["1", "2"]
    assert engine.outboxes[0].claim_due(datetime(2026, 12, 6, 9, 2, tzinfo=SHANGHAI)) == []
