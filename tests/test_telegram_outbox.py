"""Bot-initiated messages: the JobQueue sweep delivers each outbox item over HTTP to the fake
Bot API and reports the outcome back to the outbox (the protocol in bot/outbox.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from telegram import Bot
from telegram.ext import Application, ExtBot
from telegram.request import HTTPXRequest

from bot.config import Settings
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.outbox import Outgoing
from bot.reply import Button, ReplyBuilder
from bot.store import Store
from bot.telegram.app import DEFAULTS, build_application
from bot.telegram.jobs import SWEEP_JOB, OutboxSweeper
from tests.bot_process import free_port
from tests.conftest import NOW
from tests.fake_telegram import TOKEN, FakeBotAPI, FakeTelegramServer, RecordingRequest


class FakeOutbox:
    """An in-memory Outbox: hands out each due item once; a temporary failure is due again
    later (from the next sweep on), as the reminder store's backoff does."""

    def __init__(self, items: list[Outgoing]):
        self.pending = list(items)
        self.later: list[Outgoing] = []
        self.by_key = {i.key: i for i in items}
        self.log: list[tuple] = []

    def claim_due(self, now: datetime, limit: int = 100) -> list[Outgoing]:
        claimed, self.pending = self.pending[:limit], self.pending[limit:]
        if not claimed:  # this sweep is done: what failed is due for the next one
            self.pending, self.later = self.later, []
        self.log.append(("claim", tuple(i.key for i in claimed)))
        return claimed

    def delivered(self, key: str, message_id: int | None, now: datetime) -> None:
        self.log.append(("delivered", key, message_id))

    def failed(
        self,
        key: str,
        now: datetime,
        permanent: bool = False,
        unknown: bool = False,
        retry_after: timedelta | None = None,
    ) -> None:
        if retry_after is not None:
            self.log.append(("flood", key, retry_after))
        elif unknown:
            self.log.append(("unknown", key))
        else:
            self.log.append(("failed", key, permanent))
        if not permanent:
            self.later.append(self.by_key[key])

    def recover(self, now: datetime) -> None:
        self.log.append(("recover",))

    def outcomes(self) -> list[tuple]:
        return [e for e in self.log if e[0] in ("delivered", "failed", "flood", "unknown")]


def reminder(key: str, chat_id: int) -> Outgoing:
    reply = (
        ReplyBuilder("zh")
        .add("title", "还款提醒")
        .add("text", "明天是招商银行信用卡的还款日。")
        .row(Button("知道了", f"rem:{key}:ok"))
        .build(kind="flow")
    )
    return Outgoing(key, str(chat_id), reply)


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # PTB 22's opt-in; `python -m bot run` sets it too


@pytest.fixture
def tg() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


async def start(
    tg: FakeTelegramServer,
    outbox: FakeOutbox,
    kb: KnowledgeBase,
    store: Store,
    tmp: Path,
    http_timeout: float = 2,
) -> Application:  # type: ignore[type-arg]
    engine = Engine(kb, store, clock=lambda: NOW, outboxes=[outbox])
    settings = Settings(
        token=TOKEN,
        base_url=tg.base_url,
        db_path=tmp / "state.db",
        http_timeout=http_timeout,
        send_attempts=3,
    )
    app = build_application(settings, engine)
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    return app


async def sweep(app: Application) -> None:  # type: ignore[type-arg]
    [job] = app.job_queue.get_jobs_by_name(SWEEP_JOB)  # type: ignore[union-attr]
    await job.run(app)


async def test_delivery_arrives_as_a_bot_message(tg, mini_kb, store, tmp_path) -> None:
    tg.api.private_chat(501)
    outbox = FakeOutbox([reminder("r1", 501)])
    app = await start(tg, outbox, mini_kb, store, tmp_path)
    try:
        assert outbox.log == [("recover",)]  # recovered at start-up, before any sweep
        await sweep(app)
    finally:
        await app.shutdown()
    [message] = tg.api.bot_messages(501)
    assert message["text"].startswith("还款提醒") and "还款日" in message["text"]
    assert message["reply_markup"]["inline_keyboard"] == [
        [{"text": "知道了", "callback_data": "rem:r1:ok"}]
    ]
    assert outbox.outcomes() == [("delivered", "r1", message["message_id"])]


async def test_blocked_chat_is_a_permanent_failure_and_others_still_get_theirs(
    tg, mini_kb, store, tmp_path
) -> None:
    tg.api.private_chat(502)
    tg.api.private_chat(503)
    tg.api.block(502)
    outbox = FakeOutbox([reminder("blocked", 502), reminder("fine", 503), reminder("gone", 999)])
    app = await start(tg, outbox, mini_kb, store, tmp_path)
    try:
        await sweep(app)
        await sweep(app)  # nothing is handed out again
    finally:
        await app.shutdown()
    assert outbox.outcomes() == [
        ("failed", "blocked", True),
        ("delivered", "fine", tg.api.bot_messages(503)[0]["message_id"]),
        ("failed", "gone", True),  # "chat not found": retrying cannot help either
    ]
    assert tg.api.bot_messages(502) == []


async def test_flood_control_for_one_chat_reschedules_it_and_the_others_go_on(
    tg, mini_kb, store, tmp_path
) -> None:
    tg.api.private_chat(504)
    tg.api.private_chat(514)
    tg.api.fail(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=504,
    )
    outbox = FakeOutbox([reminder("r429", 504), reminder("other", 514)])
    app = await start(tg, outbox, mini_kb, store, tmp_path)
    try:
        await sweep(app)  # the 429 is not waited out inside the sweep...
        assert outbox.outcomes() == [
            ("flood", "r429", timedelta(seconds=1.5)),
            ("delivered", "other", tg.api.bot_messages(514)[0]["message_id"]),
        ]
        await asyncio.sleep(1.0)  # ...the outbox hands it out again once the wait is over
        await sweep(app)
    finally:
        await app.shutdown()
    assert ("sendmessage", 429, "Too Many Requests: retry after 1") in tg.api.errors
    assert len(tg.api.bot_messages(504)) == 1
    assert outbox.outcomes()[-1] == ("delivered", "r429", tg.api.bot_messages(504)[0]["message_id"])


async def test_a_timed_out_send_is_not_retried_by_the_sweep_but_reported_in_doubt(
    tg, mini_kb, store, tmp_path
) -> None:
    """Telegram carries the send out but answers after the client's timeout: resending it
    here would make a second, unmarked copy (the bug that sent one reminder three times)."""
    tg.api.private_chat(507)
    tg.api.fail("sendMessage", status=None, respond_after=3, chat_id=507)
    outbox = FakeOutbox([reminder("slow", 507)])
    app = await start(tg, outbox, mini_kb, store, tmp_path, http_timeout=0.5)
    try:
        await sweep(app)
    finally:
        await app.shutdown()
    assert outbox.outcomes() == [("unknown", "slow")]
    assert len(tg.api.calls_of("sendMessage")) == 1  # one request, no blind retry
    assert len(tg.api.bot_messages(507)) == 1  # (it did arrive)


async def test_a_refused_connection_is_a_clear_failure_not_a_doubt() -> None:
    """Nothing listens: the message cannot have arrived, so no repeat marker is due."""
    outbox = FakeOutbox([reminder("nowhere", 508)])
    bot = ExtBot(
        TOKEN,
        base_url=f"http://127.0.0.1:{free_port()}/bot",
        request=HTTPXRequest(connect_timeout=1),
        defaults=DEFAULTS,
    )
    try:
        await OutboxSweeper([outbox], lambda: NOW, send_attempts=2).sweep(bot)
    finally:
        await bot.shutdown()
    assert outbox.outcomes() == [("failed", "nowhere", False)]


async def test_network_failures_after_retries_are_temporary(tg, mini_kb, store, tmp_path) -> None:
    tg.api.private_chat(505)
    tg.api.fail("sendMessage", status=500, times=3)  # every one of the three attempts
    outbox = FakeOutbox([reminder("r500", 505)])
    app = await start(tg, outbox, mini_kb, store, tmp_path)
    try:
        await sweep(app)
        assert outbox.outcomes() == [("failed", "r500", False)]
        await sweep(app)  # the next sweep finds the network healthy again
    finally:
        await app.shutdown()
    assert len(tg.api.bot_messages(505)) == 1
    assert outbox.outcomes()[-1] == ("delivered", "r500", tg.api.bot_messages(505)[0]["message_id"])


async def test_a_dropped_connection_is_a_doubt_left_to_the_outbox(
    tg, mini_kb, store, tmp_path
) -> None:
    """The connection dies after the request went out: it may have arrived, so the sweep does
    not resend it blindly; the outbox hands it out again (the reminder store marks it)."""
    tg.api.private_chat(506)
    tg.api.fail("sendMessage", drop=True)
    outbox = FakeOutbox([reminder("drop", 506)])
    app = await start(tg, outbox, mini_kb, store, tmp_path)
    try:
        await sweep(app)
        assert outbox.outcomes() == [("unknown", "drop")]
        await sweep(app)
    finally:
        await app.shutdown()
    assert len(tg.api.bot_messages(506)) == 1
    assert outbox.outcomes()[-1][:2] == ("delivered", "drop")


async def test_a_burst_stays_within_the_broadcast_limit(tg, mini_kb, store, tmp_path) -> None:
    chats = list(range(600, 640))
    for chat in chats:
        tg.api.private_chat(chat)
    tg.api.broadcast_limit = 30  # Telegram: about 30 messages per second overall
    outbox = FakeOutbox([reminder(f"b{c}", c) for c in chats])
    # A roomy client timeout: this is about pacing, and on a loaded machine a send that waits
    # its turn past 2 s would count as in doubt and (rightly) be repeated once, marked.
    app = await start(tg, outbox, mini_kb, store, tmp_path, http_timeout=10)
    try:
        await sweep(app)
        # Pacing is measured where the requests leave, the limit where they arrive: on a busy
        # machine a late request can bunch with the next second's and draw one 429. That chat
        # is paused for its retry_after and its reminder rescheduled (the right thing); the
        # next sweep after the pause delivers it. Unpaced, 40 sends would draw about ten 429s.
        for _ in range(2):
            if not any(e[0] == "flood" for e in outbox.outcomes()[-len(chats) :]):
                break
            await asyncio.sleep(1.2)
            await sweep(app)
    finally:
        await app.shutdown()
    floods = [e for e in outbox.outcomes() if e[0] == "flood"]
    assert len(floods) <= 2, floods
    counts = {c: len(tg.api.bot_messages(c)) for c in chats}
    assert all(n == 1 for n in counts.values()), counts  # each exactly once
    assert sorted(e[1] for e in outbox.outcomes() if e[0] == "delivered") == sorted(
        f"b{c}" for c in chats
    )


# -- the sweep itself, on a plain Bot over the in-process fake (no rate limiter: fast) ------------
async def plain_bot(api: FakeBotAPI) -> Bot:
    bot = ExtBot(
        TOKEN,
        request=RecordingRequest(api),
        get_updates_request=RecordingRequest(api),
        defaults=DEFAULTS,
    )
    await bot.initialize()
    return bot


def open_claims(outbox: FakeOutbox) -> set[str]:
    """Claimed, and neither delivered nor failed: what a crash at this point leaves open."""
    claimed = {key for e in outbox.log if e[0] == "claim" for key in e[1]}
    return claimed - {e[1] for e in outbox.outcomes()}


async def test_one_sweep_sends_everything_due_not_just_one_batch() -> None:
    api = FakeBotAPI()
    chats = list(range(1000, 1250))  # more than any one claim hands out
    for chat in chats:
        api.private_chat(chat)
    outbox = FakeOutbox([reminder(f"d{c}", c) for c in chats])
    bot = await plain_bot(api)
    try:
        assert await OutboxSweeper([outbox], lambda: NOW).sweep(bot) == len(chats)
    finally:
        await bot.shutdown()
    assert all(len(api.bot_messages(c)) == 1 for c in chats)
    assert open_claims(outbox) == set()


async def test_a_crash_mid_sweep_leaves_only_the_send_in_flight_unconfirmed() -> None:
    api = FakeBotAPI()
    for chat in (1, 2, 3):
        api.private_chat(chat)
    api.fail("sendMessage", status=None, delay=30, chat_id=2)  # the second send hangs...
    outbox = FakeOutbox([reminder(f"c{chat}", chat) for chat in (1, 2, 3)])
    bot = await plain_bot(api)
    sweep = asyncio.create_task(OutboxSweeper([outbox], lambda: NOW).sweep(bot))
    try:
        for _ in range(200):
            if any(str(p.get("chat_id")) == "2" for p in api.calls_of("sendMessage")):
                break
            await asyncio.sleep(0.01)
        sweep.cancel()  # ...and the process dies during it
        with pytest.raises(asyncio.CancelledError):
            await sweep
    finally:
        await bot.shutdown()
    assert outbox.outcomes() == [("delivered", "c1", api.bot_messages(1)[0]["message_id"])]
    # Only the send under way can have reached Telegram; "c3" was never claimed, so after a
    # restart it is still due (the reminder store does not resend an open claim).
    assert open_claims(outbox) == {"c2"}
    assert outbox.claim_due(NOW) == [outbox.by_key["c3"]]
