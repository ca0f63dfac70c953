"""Reliability figures of the real `python -m bot run` against the fake Bot API (loopback only).

Two experiments, used by tests/test_reliability.py (a few trials, in CI) and as a
benchmark (`python -m tests.reliability`, 50 kill trials by default; README,
"Reliability"):

- **kill trials**: reminders are due in many chats; while the bot drains them (each send
  takes ~0.1 s at the fake, half of it before Telegram has the message, half after),
  the process is SIGKILLed at a random point, restarted on the same database, and left
  to finish. Per reminder: how many copies arrived, which carry the repeat marker, and
  whether its send was under way (claimed, outcome unknown) at the kill.
- **fault injection**: one chat's sends time out (Telegram takes the message but answers
  after the bot's timeout) or get 429s, while other chats ask questions; the other
  chats' reply latencies are measured.

Everything is bounded: every wait has a timeout, every process is stopped or killed.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.reminders.parse import Proposal
from bot.reminders.store import ReminderStore
from bot.store import Store
from tests.bot_process import BotProcess
from tests.fake_telegram import FakeTelegramServer
from tests.fake_telegram.api import FakeBotAPI

MARKER = "（如已收到，请忽略这条重复提醒）"
REMINDER_HEAD = "⏰ 还款提醒"
SHANGHAI = ZoneInfo("Asia/Shanghai")
QUESTION = "催收打电话骂我怎么办"
SETTLED_WAIT = 90.0  # seconds a restarted bot gets to finish the drain


def schedule(db: Path, due: Iterable[tuple[int, datetime]], amount: int = 2000) -> list[int]:
    """One confirmed reminder per (chat, moment), due then, stored as the bot stores them."""
    store = Store(db)
    try:
        reminders = ReminderStore(store)
        ids: list[int] = []
        for chat, moment in due:
            local = moment.astimezone(SHANGHAI)
            proposal = Proposal(local.date(), local.time().replace(microsecond=0), Decimal(amount))
            ids += reminders.add(
                str(chat), proposal, "Asia/Shanghai", moment - timedelta(minutes=1)
            )
        return ids
    finally:
        store.close()


def statuses(db: Path, chats: Iterable[int]) -> dict[int, list[str]]:
    wanted = {str(c) for c in chats}
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT chat_id, status FROM reminder_deliveries ORDER BY id"
        ).fetchall()
    found: dict[int, list[str]] = {}
    for chat, status in rows:
        if chat in wanted:
            found.setdefault(int(chat), []).append(status)
    return found


def reminder_texts(api: FakeBotAPI, chat: int) -> list[str]:
    return [
        m.get("text", "")
        for m in api.bot_messages(chat)
        if m.get("text", "").startswith(REMINDER_HEAD)
    ]


def wait_polling(process: BotProcess, api: FakeBotAPI, timeout: float = 60) -> None:
    polls = len(api.calls_of("getUpdates"))
    api.wait(lambda: len(api.calls_of("getUpdates")) > polls, timeout, "the bot to start polling")


# -- kill trials -----------------------------------------------------------------------------------
@dataclass
class KillTrial:
    reminders: int
    in_doubt: int  # sends under way (claimed) when the process was killed
    lost: int  # reminders that never arrived
    duplicated: int  # reminders that arrived twice
    unmarked_repeats: int  # a second copy without the marker (must be 0)
    repeats_without_doubt: int  # a second copy of a reminder whose send was not in doubt (0)
    max_copies: int
    marked_messages: int  # marked copies (also those whose first send never arrived)
    leftover: list[str] = field(default_factory=list)  # statuses not settled (must be empty)


def kill_trial(
    tg: FakeTelegramServer, tmp: Path, chats: list[int], rng: random.Random
) -> KillTrial:
    """One trial: due reminders in `chats`, SIGKILL mid-drain, restart, drain to the end."""
    api = tg.api
    for chat in chats:
        api.private_chat(chat)
    process = BotProcess(tmp, tg.base_url)
    schedule(process.db, [(c, datetime.now(UTC) - timedelta(minutes=1)) for c in chats])
    # Each send: 0.04 s before the fake records the message, 0.04 s after (answer on its way).
    rule = api.fail("sendMessage", status=None, delay=0.04, respond_after=0.04, times=None)
    try:
        process.start()
        arrived_before_kill = rng.randrange(len(chats))
        api.wait(
            lambda: sum(bool(reminder_texts(api, c)) for c in chats) >= arrived_before_kill,
            60,
            "the drain to begin",
        )
        time.sleep(rng.uniform(0.0, 0.1))
        process.kill()
        at_kill = statuses(process.db, chats)
        in_doubt = {c for c, s in at_kill.items() if "claimed" in s}

        process.start()
        deadline = time.monotonic() + SETTLED_WAIT
        while time.monotonic() < deadline:
            now = statuses(process.db, chats)
            if not any(s in ("pending", "claimed") for ss in now.values() for s in ss):
                break
            time.sleep(0.2)
        process.stop()
    finally:
        with api.lock:
            if rule in api.faults:
                api.faults.remove(rule)
        process.kill()
    final = statuses(process.db, chats)
    copies = {c: reminder_texts(api, c) for c in chats}
    duplicated = [c for c in chats if len(copies[c]) >= 2]
    return KillTrial(
        reminders=len(chats),
        in_doubt=len(in_doubt),
        lost=sum(1 for c in chats if not copies[c]),
        duplicated=len(duplicated),
        unmarked_repeats=sum(1 for c in duplicated if any(MARKER not in t for t in copies[c][1:])),
        repeats_without_doubt=sum(1 for c in duplicated if c not in in_doubt),
        max_copies=max((len(v) for v in copies.values()), default=0),
        marked_messages=sum(MARKER in t for v in copies.values() for t in v),
        leftover=sorted({s for ss in final.values() for s in ss if s in ("pending", "claimed")}),
    )


def kill_trials(trials: int, chats_per_trial: int, seed: int = 16) -> list[KillTrial]:
    rng = random.Random(seed)
    results = []
    with FakeTelegramServer() as tg, tempfile.TemporaryDirectory() as root:
        tg.api.broadcast_limit = 30
        for i in range(trials):
            chats = list(range(100_000 + i * 1000, 100_000 + i * 1000 + chats_per_trial))
            tmp = Path(root) / f"trial{i}"
            tmp.mkdir()
            results.append(kill_trial(tg, tmp, chats, rng))
    return results


# -- fault injection -------------------------------------------------------------------------------
@dataclass
class FaultRun:
    kind: str  # "timeout" or "429"
    latencies: list[float]  # other chats: question sent → answer received, seconds
    slow_chat_messages: int  # what the faulty chat got meanwhile
    slow_chat_questions: int

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def fault_run(
    tg: FakeTelegramServer,
    tmp: Path,
    kind: str,
    questions: int = 40,
    others: int = 10,
    gap: float = 0.05,
) -> FaultRun:
    """One chat's sends time out (or get 429 for 3 s) while `others` chats ask `questions`,
    one at a time, `gap` seconds apart; the faulty chat asks again every 2.5 s."""
    api = tg.api
    base = 200_000 if kind == "timeout" else 300_000
    slow, rest = base, list(range(base + 1, base + 1 + others))
    for chat in (slow, *rest):
        api.private_chat(chat)
    process = BotProcess(tmp, tg.base_url, TELEGRAM_HTTP_TIMEOUT="1")
    if kind == "timeout":  # Telegram takes every message but answers after the bot gave up
        rule = api.fail("sendMessage", status=None, respond_after=5, chat_id=slow, times=None)
    else:
        rule = api.fail(
            "sendMessage",
            status=429,
            retry_after=3,
            description="Too Many Requests: retry after 3",
            chat_id=slow,
            times=None,
        )
    stop = threading.Event()
    asked = 0

    def keep_the_slow_chat_busy() -> None:
        nonlocal asked
        while not stop.is_set():
            api.send_text(slow, QUESTION)
            asked += 1
            stop.wait(2.5)  # (each of its questions costs the bot 2 s: two 1 s timeouts)

    latencies: list[float] = []
    busy = threading.Thread(target=keep_the_slow_chat_busy, daemon=True)
    try:
        process.start()
        wait_polling(process, api)
        busy.start()
        time.sleep(0.3)  # its first sends are under way
        for i in range(questions):
            chat = rest[i % len(rest)]
            before = len(api.bot_messages(chat))
            start = time.monotonic()
            api.send_text(chat, QUESTION)
            api.wait(lambda c=chat, n=before: len(api.bot_messages(c)) > n, 30, "an answer")
            latencies.append(time.monotonic() - start)
            time.sleep(gap)
    finally:
        stop.set()
        busy.join(5)
        with api.lock:
            if rule in api.faults:
                api.faults.remove(rule)
        process.stop()
    return FaultRun(kind, latencies, len(api.bot_messages(slow)), asked)


def fault_runs(questions: int = 200) -> list[FaultRun]:
    with FakeTelegramServer() as tg, tempfile.TemporaryDirectory() as root:
        runs = []
        for kind in ("timeout", "429"):
            tmp = Path(root) / kind
            tmp.mkdir()
            runs.append(fault_run(tg, tmp, kind, questions))
        return runs


# -- the benchmark ---------------------------------------------------------------------------------
def summary(trials: list[KillTrial], runs: list[FaultRun]) -> dict[str, object]:
    total = lambda name: sum(getattr(t, name) for t in trials)  # noqa: E731
    return {
        "kill": {
            "trials": len(trials),
            "reminders": total("reminders"),
            "in_doubt_at_kill": total("in_doubt"),
            "lost": total("lost"),
            "duplicated": total("duplicated"),
            "unmarked_repeats": total("unmarked_repeats"),
            "repeats_without_doubt": total("repeats_without_doubt"),
            "max_copies": max((t.max_copies for t in trials), default=0),
            "marked_messages": total("marked_messages"),
            "unsettled": sum(bool(t.leftover) for t in trials),
        },
        "faults": [
            {
                "kind": r.kind,
                "answers": len(r.latencies),
                "p50_s": round(r.percentile(50), 3),
                "p99_s": round(r.percentile(99), 3),
                "max_s": round(max(r.latencies), 3),
                "slow_chat": f"{r.slow_chat_messages} messages for {r.slow_chat_questions} questions",
            }
            for r in runs
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability", description=__doc__)
    parser.add_argument("--trials", type=int, default=50, help="kill trials (default 50)")
    parser.add_argument("--chats", type=int, default=30, help="reminders due per trial")
    parser.add_argument(
        "--questions", type=int, default=200, help="other chats' questions per fault"
    )
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = parser.parse_args(argv)
    # A killed bot cuts requests mid-way; the fake server's complaints are expected noise.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    started = time.monotonic()
    trials = kill_trials(args.trials, args.chats, args.seed)
    runs = fault_runs(args.questions) if args.questions > 0 else []
    result = summary(trials, runs)
    result["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        kill = result["kill"]
        assert isinstance(kill, dict)
        print(
            f"kill trials: {kill['trials']} SIGKILLs while draining {kill['reminders']} reminders;"
            f" {kill['in_doubt_at_kill']} sends in doubt at the kill"
        )
        print(
            f"  lost {kill['lost']}; duplicated {kill['duplicated']} (unmarked"
            f" {kill['unmarked_repeats']}, without a doubtful send {kill['repeats_without_doubt']});"
            f" at most {kill['max_copies']} copies of one reminder; {kill['marked_messages']}"
            f" marked messages; trials left unsettled: {kill['unsettled']}"
        )
        for run in result["faults"]:  # type: ignore[attr-defined]
            print(
                f"one chat's sends {run['kind']}: other chats' answers p50 {run['p50_s']} s,"
                f" p99 {run['p99_s']} s, max {run['max_s']} s over {run['answers']};"
                f" the faulty chat got {run['slow_chat']}"
            )
        print(f"({result['seconds']} s)")
    if trials and any(asdict(t)["leftover"] for t in trials):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
