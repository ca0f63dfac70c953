"""End to end through the real `python -m bot run` and the fake Bot API: the skills on Telegram.

Reminders set in words arrive at their time with Paid / Snooze / Cancel; pending reminders
survive a restart and a crash without being sent twice; a burst respects the flood limit;
a blocked chat stops only its own reminders; letters and the evidence export arrive as
documents. Reminders due "now" are written straight into the test's database with
ReminderStore (as the bot itself stores them), so no test waits for a wall-clock minute
except the one that sets a reminder in words; that one runs in the background of the others.
Every process started here is stopped in teardown, also when a test fails.
"""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.reminders.parse import Proposal
from bot.reminders.store import ReminderStore
from bot.store import Store
from tests.bot_process import BotProcess, buttons
from tests.conftest import FIXTURE_KB, ROOT
from tests.fake_telegram import FakeTelegramServer
from tests.fake_telegram.api import FakeBotAPI

SHANGHAI = ZoneInfo("Asia/Shanghai")
MARGIN = timedelta(seconds=8)
REPEAT = "（如已收到，请忽略这条重复提醒）"  # time to propose and confirm before the chosen minute begins


# -- helpers -------------------------------------------------------------------------------------
def schedule(db: Path, due: Iterable[tuple[int, datetime]], amount: int = 2000) -> list[int]:
    """Store one confirmed reminder per (chat, moment), due at that moment, as the bot would."""
    store = Store(db)
    try:
        reminders = ReminderStore(store)
        ids = []
        for chat, moment in due:
            local = moment.astimezone(SHANGHAI)
            proposal = Proposal(local.date(), local.time().replace(microsecond=0), Decimal(amount))
            ids += reminders.add(
                str(chat), proposal, "Asia/Shanghai", moment - timedelta(minutes=1)
            )
        return ids
    finally:
        store.close()


def query(db: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def delivery_statuses(db: Path, chat: int) -> list[str]:
    rows = query(
        db, "SELECT status FROM reminder_deliveries WHERE chat_id = ? ORDER BY id", str(chat)
    )
    return [r[0] for r in rows]


def reminder_messages(api: FakeBotAPI, chat: int) -> list[dict]:
    return [m for m in api.bot_messages(chat) if m.get("text", "").startswith("⏰ 还款提醒")]


def sends_to(api: FakeBotAPI, chat: int) -> int:
    """sendMessage requests for a chat, answered or not."""
    return sum(1 for p in api.calls_of("sendMessage") if str(p.get("chat_id")) == str(chat))


def started(process: BotProcess, api: FakeBotAPI) -> BotProcess:
    process.start()
    polls = len(api.calls_of("getUpdates"))
    api.wait(lambda: len(api.calls_of("getUpdates")) > polls, 30, "the bot to start polling")
    return process


def ago(**kw: float) -> datetime:
    return datetime.now(UTC) - timedelta(**kw)


# -- one bot for the conversations ---------------------------------------------------------------
@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture knowledge base with the shipped letter templates."""
    root = tmp_path_factory.mktemp("kb") / "kb"
    shutil.copytree(FIXTURE_KB, root)
    shutil.copytree(ROOT / "knowledge" / "letters", root / "letters")
    return root


@pytest.fixture(scope="module")
def tg() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture(scope="module")
def bot(
    tg: FakeTelegramServer, kb_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    process = BotProcess(
        tmp_path_factory.mktemp("bot"),
        tg.base_url,
        HELPBOT_KNOWLEDGE=str(kb_dir),
        REMINDER_LEADS="1d,2h,0d",
    )
    try:
        yield started(process, tg.api)
    finally:
        process.stop()


@dataclass(frozen=True)
class SetReminder:
    chat: int
    due: datetime  # Shanghai, whole minute
    proposal: dict
    saved: dict
    reminder_id: int


@pytest.fixture(scope="module")
def set_in_words(tg: FakeTelegramServer, bot: BotProcess) -> SetReminder:
    """A person asks, in words, to be reminded at the next whole minute and confirms.

    Module-scoped so the minute passes while the other tests run; the last test of the
    module waits for the reminder to arrive.
    """
    api, chat = tg.api, 7001
    now = datetime.now(SHANGHAI)
    due = (now + MARGIN).replace(second=0, microsecond=0) + timedelta(minutes=1)
    day = "今天" if due.date() == now.date() else "明天"
    api.send_text(chat, f"提醒我{day}{due:%H:%M}还2000")
    proposal = api.wait_messages(chat, 1)[0]
    api.press(chat, proposal["message_id"], "rem:ok")
    saved = api.wait_messages(chat, 2)[1]
    [(reminder_id,)] = query(bot.db, "SELECT id FROM reminders WHERE chat_id = ?", str(chat))
    return SetReminder(chat, due, proposal, saved, reminder_id)


def test_menu_and_help_offer_the_skills(tg: FakeTelegramServer, bot: BotProcess) -> None:
    skills = {"remind", "reminders", "timezone", "letter", "log", "evidence", "check"}
    for lang in ("", "zh"):
        assert skills <= {c["command"] for c in tg.api.commands[("default", lang)]}
    tg.api.send_text(7010, "/help")
    [help_text] = tg.api.wait_messages(7010, 1)
    assert all(f"/{c}" in help_text["text"] for c in skills)


def test_a_reminder_set_in_words_is_proposed_and_confirmed(
    set_in_words: SetReminder, bot: BotProcess
) -> None:
    r = set_in_words
    at = f"{r.due.hour}:{r.due.minute:02d}"
    assert f"当天{at}提醒你" in r.proposal["text"] and "¥2,000" in r.proposal["text"]
    assert buttons(r.proposal) == ["rem:ok", "rem:no"]
    assert "提醒已设好" in r.saved["text"]
    [(send_utc, status)] = query(
        bot.db,
        "SELECT send_utc, status FROM reminder_deliveries WHERE reminder_id = ?",
        r.reminder_id,
    )
    assert status == "pending" and send_utc == r.due.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_reminder_lead_times_come_from_the_environment(tg: FakeTelegramServer, bot) -> None:
    tg.api.send_text(7011, "/remind 明年3月1号还500")  # REMINDER_LEADS=1d,2h,0d for this bot
    [proposal] = tg.api.wait_messages(7011, 1)
    assert "提前1天、2小时和当天9:00提醒你" in proposal["text"]


def test_a_callback_on_another_chats_reminder_is_refused(
    tg: FakeTelegramServer, bot: BotProcess, set_in_words: SetReminder
) -> None:
    api, intruder, rid = tg.api, 7004, set_in_words.reminder_id
    api.send_text(intruder, "/reminders")
    [listing] = api.wait_messages(intruder, 1)
    for n, action in enumerate(("paid", "snz", "x", "xp"), start=2):
        api.press(intruder, listing["message_id"], f"rem:{action}:{rid}")
        assert "找不到这个提醒" in api.wait_messages(intruder, n)[-1]["text"]
    assert query(bot.db, "SELECT status FROM reminders WHERE id = ?", rid) == [("scheduled",)]
    assert delivery_statuses(bot.db, set_in_words.chat) == ["pending"]  # nothing snoozed


def test_a_court_deadline_becomes_a_reminder_by_button(tg: FakeTelegramServer, bot) -> None:
    api, chat = tg.api, 7005
    api.send_text(chat, "今天收到法院传票和起诉状")
    [deadline] = api.wait_messages(chat, 1)
    [remind] = [b for b in buttons(deadline) if b.startswith("deadline:remind:")]
    assert "提交答辩状的期限" in deadline["text"]
    api.press(chat, deadline["message_id"], remind)
    assert "提醒已设好" in api.wait_messages(chat, 2)[1]["text"]
    leads = query(
        bot.db, "SELECT lead_min FROM reminder_deliveries WHERE chat_id = ? ORDER BY id", str(chat)
    )
    assert leads == [(2 * 24 * 60,), (0,)]  # two days before, and on the day


def test_a_finished_letter_arrives_as_text_and_as_a_document(tg: FakeTelegramServer, bot) -> None:
    api, chat = tg.api, 7002
    api.send_text(chat, "/letter")
    [menu] = api.wait_messages(chat, 1)
    assert "letter:s:debt-details-request" in buttons(menu)
    api.press(chat, menu["message_id"], "letter:s:debt-details-request")
    api.wait_messages(chat, 2)
    api.send_text(chat, "招商银行信用卡中心")
    for n in range(3, 10):  # the seven optional fields: skipped, in words and by button
        question = api.wait_messages(chat, n)[-1]
        assert "跳过" in question["text"]
        if n % 2:
            api.send_text(chat, "跳过")
        else:
            api.press(chat, question["message_id"], "letter:skip")
    document = api.wait(
        lambda: next((m for m in api.bot_messages(chat) if "document" in m), None),
        what="the letter as a document",
    )
    letter = document["content"].decode("utf-8")
    assert document["document"]["file_name"].endswith(".txt")
    assert document["document"]["mime_type"].startswith("text/plain")
    assert letter.startswith("招商银行信用卡中心：") and "欠款明细" in letter
    text = "\n".join(m["text"] for m in api.bot_messages(chat)[9:] if "text" in m)
    assert "信写好了" in text and "怎么用这封信" in text
    assert all(line in text for line in letter.splitlines() if line.strip())  # the same letter
    assert (chat, "upload_document") in api.chat_actions


def test_evidence_is_logged_listed_and_exported_as_text_and_csv(
    tg: FakeTelegramServer, bot: BotProcess
) -> None:
    api, chat = tg.api, 7003
    api.send_text(chat, "记一下：昨晚11点20催收打电话骂我，还说要去我单位")
    [logged] = api.wait_messages(chat, 1)
    assert logged["text"].startswith("已记录 #1") and "夜间联系" in logged["text"]
    api.send_text(chat, "/evidence")
    listing = api.wait_messages(chat, 2)[1]
    assert "#1" in listing["text"] and buttons(listing) == ["evidence:export"]
    api.press(chat, listing["message_id"], "evidence:export")

    def documents() -> list[dict]:
        return [m for m in api.bot_messages(chat) if "document" in m]

    api.wait(lambda: len(documents()) >= 2, what="the export's two documents")
    names = sorted(d["document"]["file_name"] for d in documents())
    assert [Path(n).suffix for n in names] == [".csv", ".txt"]
    by_suffix = {
        Path(d["document"]["file_name"]).suffix: d["content"].decode("utf-8-sig")
        for d in documents()
    }
    report, rows = by_suffix[".txt"], list(csv.reader(io.StringIO(by_suffix[".csv"])))
    assert "23:20" in report and "录音" in report  # the entry, and the advice to keep originals
    table = [row for row in rows if row and not row[0].startswith("#")]  # after the notes
    assert len(table) == 2 and any("23:20" in cell for cell in table[1])
    assert "已导出 1 条记录" in api.bot_messages(chat)[2]["text"]


# -- restarts, crashes and bursts: a bot of their own each ----------------------------------------
@pytest.fixture
def own_tg() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture
def own_bot(own_tg: FakeTelegramServer, tmp_path: Path) -> Iterator[BotProcess]:
    process = BotProcess(tmp_path, own_tg.base_url)
    try:
        yield process
    finally:
        process.stop()


def test_pending_reminders_survive_a_restart_and_arrive_once(
    own_tg: FakeTelegramServer, own_bot: BotProcess
) -> None:
    api = own_tg.api
    early, later, too_late = [901, 902, 903], [905, 906], 904
    for chat in [*early, *later, too_late]:
        api.private_chat(chat)
    due_later = datetime.now(UTC) + timedelta(seconds=7)
    schedule(own_bot.db, [(c, ago(hours=1)) for c in early])  # due while the bot was down
    schedule(own_bot.db, [(too_late, ago(hours=30))])  # more than a day late: missed
    schedule(own_bot.db, [(c, due_later) for c in later])

    started(own_bot, api)
    api.wait(lambda: all(reminder_messages(api, c) for c in early), 20, "the late reminders")
    api.wait(lambda: all(delivery_statuses(own_bot.db, c) == ["sent"] for c in early), 10, "marks")
    assert own_bot.stop() == 0
    restarted_at = datetime.now(UTC)

    started(own_bot, api)
    api.wait(lambda: all(reminder_messages(api, c) for c in later), 30, "the later reminders")
    sent = [*early, *later]
    api.wait(lambda: all(delivery_statuses(own_bot.db, c) == ["sent"] for c in sent), 10, "marks")
    for chat in sent:  # exactly once across both runs: sent once, not even tried again
        assert len(reminder_messages(api, chat)) == 1 and sends_to(api, chat) == 1, chat
    if restarted_at < due_later:  # (always, unless the first run took 7 s to stop)
        assert all(
            m["date"] >= int(restarted_at.timestamp())
            for c in later
            for m in reminder_messages(api, c)
        )
    assert reminder_messages(api, too_late) == []
    assert delivery_statuses(own_bot.db, too_late) == ["missed"]

    api.send_text(too_late, "/help")  # at the next contact, the missed reminder is mentioned
    [answer] = api.wait_messages(too_late, 1)
    assert "没有按时提醒你" in answer["text"] and "¥2,000" in answer["text"]


def test_a_crash_between_send_and_mark_resends_once_marked_and_loses_nothing(
    own_tg: FakeTelegramServer, own_bot: BotProcess
) -> None:
    api, crashed, others = own_tg.api, 911, [912, 913]
    for chat in [crashed, *others]:
        api.private_chat(chat)
    schedule(own_bot.db, [(crashed, ago(minutes=2))])
    schedule(own_bot.db, [(c, ago(minutes=1)) for c in others])
    # Telegram delivers the first reminder, but its answer is 5 s late...
    api.fail("sendMessage", status=None, respond_after=5, chat_id=crashed)
    own_bot.env["TELEGRAM_HTTP_TIMEOUT"] = "30"  # (so the bot is still waiting, not retrying)
    started(own_bot, api)
    api.wait(lambda: reminder_messages(api, crashed), 20, "the first reminder to be delivered")
    own_bot.kill()  # ...because the process is killed right then
    assert delivery_statuses(own_bot.db, crashed) == ["claimed"]

    # The others were not claimed yet (one claim per send), so nothing else is in doubt.
    assert delivery_statuses(own_bot.db, others[0]) == ["pending"]
    started(own_bot, api)
    api.wait(lambda: len(reminder_messages(api, crashed)) == 2, 20, "the marked resend")
    api.wait(lambda: all(reminder_messages(api, c) for c in others), 20, "the other reminders")
    first, repeat = reminder_messages(api, crashed)
    assert REPEAT not in first["text"] and REPEAT in repeat["text"]  # at most one, marked
    api.wait(lambda: delivery_statuses(own_bot.db, crashed) == ["sent"], 10, "the mark")
    api.wait(lambda: all(delivery_statuses(own_bot.db, c) == ["sent"] for c in others), 10, "marks")
    assert all(len(reminder_messages(api, c)) == 1 for c in others)
    assert not any(REPEAT in m["text"] for c in others for m in reminder_messages(api, c))


def test_a_burst_due_at_once_arrives_once_within_the_flood_limit_across_a_stop(
    own_tg: FakeTelegramServer, own_bot: BotProcess
) -> None:
    """~100 keep CI fast; 10,000 at the same minute is covered at the core level
    (tests/test_reminder_delivery.py) and the rate limiting by tests/test_telegram_outbox.py."""
    api = own_tg.api
    chats = list(range(2000, 2120))
    for chat in chats:
        api.private_chat(chat)
    api.broadcast_limit = 30  # Telegram: about 30 messages per second overall
    schedule(own_bot.db, [(c, ago(minutes=1)) for c in chats])
    started(own_bot, api)
    api.wait(lambda: len(api.sent) >= 20, 20, "the burst to begin")
    assert own_bot.stop() == 0  # SIGTERM in the middle of the burst: a clean stop...
    assert len(api.sent) < len(chats)  # ...not held up until the whole burst is out
    assert ("claimed",) not in query(own_bot.db, "SELECT status FROM reminder_deliveries")

    started(own_bot, api)  # the rest goes out after the restart
    api.wait(lambda: all(reminder_messages(api, c) for c in chats), 60, "every reminder")
    assert Counter(m["chat"]["id"] for m in api.sent) == Counter(chats)  # each exactly once
    api.wait(
        lambda: query(own_bot.db, "SELECT DISTINCT status FROM reminder_deliveries") == [("sent",)],
        10,
        "every delivery to be marked sent",
    )
    assert own_bot.alive()


def test_a_blocked_chat_stops_only_its_own_reminders(
    own_tg: FakeTelegramServer, own_bot: BotProcess
) -> None:
    api, blocked, fine = own_tg.api, 921, [922, 923]
    for chat in [blocked, *fine]:
        api.private_chat(chat)
    api.block(blocked)
    schedule(own_bot.db, [(blocked, ago(minutes=3)), (blocked, ago(minutes=2))])
    schedule(own_bot.db, [(c, ago(minutes=1)) for c in fine])
    started(own_bot, api)
    api.wait(lambda: all(reminder_messages(api, c) for c in fine), 20, "the others' reminders")
    api.wait(lambda: "failed" in delivery_statuses(own_bot.db, blocked), 10, "the refusal")
    assert sorted(delivery_statuses(own_bot.db, blocked)) == ["failed", "stopped"]
    assert sends_to(api, blocked) == 1  # one refusal stops the chat's other reminders
    assert api.bot_messages(blocked) == [] and own_bot.alive()

    with api.lock:
        api.blocked.discard(blocked)  # the person unblocks the bot and writes again:
    api.send_text(blocked, "/reminders")  # the stopped reminder (still under a day late) resumes
    # ...and the one Telegram refused is told, once, at the head of the answer.
    told = api.wait(
        lambda: [m for m in api.bot_messages(blocked) if "可能没有送到" in m.get("text", "")],
        10,
        "the note about the refused reminder",
    )
    assert len(told) == 1 and told[0]["text"].startswith("⚠️") and "¥2,000" in told[0]["text"]
    api.wait(lambda: reminder_messages(api, blocked), 10, "the resumed reminder")
    api.wait(lambda: "sent" in delivery_statuses(own_bot.db, blocked), 10, "the mark")
    assert sorted(delivery_statuses(own_bot.db, blocked)) == ["failed", "sent"]
    assert len(reminder_messages(api, blocked)) == 1


def test_the_reminder_arrives_at_its_time_and_paid_closes_it(
    tg: FakeTelegramServer, bot: BotProcess, set_in_words: SetReminder
) -> None:
    """Last in the module: by now most of the wait for the chosen minute has passed."""
    api, r = tg.api, set_in_words
    wait = (r.due - datetime.now(SHANGHAI)).total_seconds() + 20
    reminder = api.wait(lambda: reminder_messages(api, r.chat), wait, "the reminder")[0]
    assert reminder["date"] >= r.due.timestamp()  # not before its time
    assert "¥2,000" in reminder["text"] and "今天是还款日" in reminder["text"]
    rid = r.reminder_id
    assert buttons(reminder) == [f"rem:paid:{rid}", f"rem:snz:{rid}", f"rem:x:{rid}"]
    api.wait(lambda: delivery_statuses(bot.db, r.chat) == ["sent"], 10, "the delivery's mark")

    query_id = api.press(r.chat, reminder["message_id"], f"rem:paid:{rid}")
    paid = api.wait_messages(r.chat, 4)[-1]  # proposal, saved, the reminder, the answer
    assert api.wait(lambda: api.callbacks[query_id], what="the spinner to stop") is not None
    assert "还款凭证" in paid["text"]
    assert query(bot.db, "SELECT status FROM reminders WHERE id = ?", rid) == [("paid",)]
    assert len(reminder_messages(api, r.chat)) == 1
