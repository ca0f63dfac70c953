"""Wiring of the Telegram bot: build the Application, register handlers, start-up work, run.

Usage: `TELEGRAM_BOT_TOKEN=... python -m bot run` (see README, "Running on Telegram").
This module is a table of contents; the callbacks are in handlers.py and jobs.py.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from collections.abc import Iterable
from datetime import timedelta
from urllib.parse import urlsplit

from telegram import BotCommand, BotCommandScopeDefault, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import Settings
from bot.engine import ENGINE_COMMANDS, Engine
from bot.telegram.filters import AddressedToBot
from bot.telegram.handlers import Handlers
from bot.telegram.jobs import HEARTBEAT_JOB, SWEEP_JOB, OutboxSweeper, heartbeat_job
from bot.telegram.ratelimit import ChatRateLimiter
from bot.telegram.updates import PerChatUpdateProcessor
from bot.telegram.words import COMMANDS

log = logging.getLogger(__name__)

# Edited messages, channel posts and the rest are never even fetched.
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
EXIT_TOKEN = 2
# Every message is HTML without link previews (guidance links are to official sites the
# person can open; a preview card would bury the steps).
DEFAULTS = Defaults(
    parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
)


def engine_commands(engine: Engine) -> list[str]:
    """Every slash command the engine answers: its own and its skills'."""
    return list(dict.fromkeys([*ENGINE_COMMANDS, *(c for s in engine.skills for c in s.commands)]))


def build_application(
    settings: Settings, engine: Engine, request: BaseRequest | None = None
) -> Application:  # type: ignore[type-arg]
    """The Application with every handler registered; `request` replaces HTTP (tests)."""
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.base_url)
        .defaults(DEFAULTS)
        # A 429 pauses only its own chat; retries happen in the sender (send.py, jobs.py).
        .rate_limiter(ChatRateLimiter())
        # Chats are handled concurrently, each chat's updates in order: one chat's slow
        # sends or retries never hold another chat's answer.
        .concurrent_updates(PerChatUpdateProcessor())
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        timeout = settings.http_timeout
        builder = (
            builder.connection_pool_size(32)
            .connect_timeout(timeout)
            .read_timeout(timeout)
            .write_timeout(timeout)
            .pool_timeout(timeout)
            .get_updates_connect_timeout(timeout)
            .get_updates_read_timeout(timeout)  # PTB adds the long-poll timeout on top
            .get_updates_pool_timeout(timeout)
        )
    handlers = Handlers(engine, settings.send_attempts)
    sweeper = OutboxSweeper(engine.outboxes, engine.clock, settings.send_attempts)

    async def post_init(app: Application) -> None:  # type: ignore[type-arg]
        await register_commands(app, engine_commands(engine))
        sweeper.recover()  # settle what a crash left open before the first sweep
        assert app.job_queue is not None
        if sweeper.outboxes:
            # A sweep draining a burst can outlast the interval: a second instance may start
            # and returns at once (see OutboxSweeper.job), instead of the scheduler warning.
            app.job_queue.run_repeating(
                sweeper.job,
                interval=settings.outbox_sweep_seconds,
                first=1,
                name=SWEEP_JOB,
                job_kwargs={"max_instances": 2},
            )
        app.job_queue.run_repeating(
            heartbeat_job(settings.heartbeat_path, engine.clock),
            interval=settings.heartbeat_seconds,
            first=0.5,
            name=HEARTBEAT_JOB,
        )

    async def post_shutdown(app: Application) -> None:  # type: ignore[type-arg]
        settings.heartbeat_path.unlink(missing_ok=True)
        engine.store.close()

    app = builder.post_init(post_init).post_shutdown(post_shutdown).build()
    private = filters.ChatType.PRIVATE
    addressed = private | AddressedToBot()
    message = filters.UpdateType.MESSAGE  # new messages only: edits are ignored

    # Order matters: the first matching handler in a group wins.
    # 1. Commands first, so "/start" is never read as a question; in groups, PTB only
    #    accepts "/cmd@thisbot" or a bare "/cmd".
    app.add_handler(CommandHandler(engine_commands(engine), handlers.on_command, filters=message))
    # 2. Other slash commands get the engine's "unknown command", but only in private chats
    #    (in groups they are probably meant for another bot).
    app.add_handler(MessageHandler(message & filters.COMMAND & private, handlers.on_command))
    # 3. Questions in words.
    app.add_handler(
        MessageHandler(message & filters.TEXT & ~filters.COMMAND & addressed, handlers.on_text)
    )
    # 4. Anything else a person sends (stickers, photos, voice, files): ask for words.
    app.add_handler(
        MessageHandler(
            message & ~filters.TEXT & ~filters.StatusUpdate.ALL & addressed, handlers.on_non_text
        )
    )
    # 5. Button presses and inline mode.
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(InlineQueryHandler(handlers.on_inline_query))
    app.add_error_handler(handlers.on_error)
    return app


async def register_commands(
    app: Application,  # type: ignore[type-arg]
    available: Iterable[str] | None = None,
) -> None:
    """The command menu in English (the default) and Chinese, limited to the `available`
    commands (all of COMMANDS if None); a failure here is not fatal."""
    menu = [(n, texts) for n, texts in COMMANDS if available is None or n in set(available)]
    try:
        for lang, code in (("en", None), ("zh", "zh")):
            commands = [BotCommand(name, texts[lang]) for name, texts in menu]  # type: ignore[index]
            await app.bot.set_my_commands(
                commands, scope=BotCommandScopeDefault(), language_code=code
            )
    except TelegramError as exc:
        log.warning("could not register the command menu (%s); continuing", type(exc).__name__)


class RedactToken(logging.Filter):
    """Replace the token wherever it would appear in a log record (e.g. a request URL)."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        return True


def configure_logging(token: str) -> None:
    """No message text and no token in logs, whatever the log level.

    PTB logs request parameters and whole updates at DEBUG, and httpx logs request URLs
    (which contain the token) at INFO, so those loggers never go below INFO / WARNING.
    """
    for name, floor in (
        ("telegram", logging.INFO),
        ("apscheduler", logging.INFO),
        ("httpx", logging.WARNING),
        ("httpcore", logging.WARNING),
    ):
        logger = logging.getLogger(name)
        logger.setLevel(max(floor, logging.getLogger().getEffectiveLevel()))
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactToken(token))


def run(settings: Settings) -> int:
    """Run until SIGINT/SIGTERM: long polling, or the webhook server when WEBHOOK_URL is set."""
    from bot.bootstrap import build_engine, startup_line

    configure_logging(settings.token)
    os.environ.setdefault(
        "PTB_TIMEDELTA", "1"
    )  # PTB 22: durations as timedelta, no deprecation noise
    engine = build_engine(
        settings.knowledge,
        settings.db_path,
        default_tz=settings.tz,
        reminder_leads=settings.reminder_leads,
    )
    log.info(startup_line(engine, "webhook" if settings.webhook else "polling"))
    app = build_application(settings, engine)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # run_polling / run_webhook below carry on in this loop
    try:
        if not wait_for_api(loop, app, urlsplit(settings.base_url).netloc):
            engine.store.close()
            loop.close()
            return 0  # stopped (SIGINT/SIGTERM) before Telegram could be reached
        if settings.webhook:
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=settings.webhook_path,
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=3,
            )
        else:
            app.run_polling(
                timeout=timedelta(seconds=settings.poll_timeout),
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=3,
            )
    except InvalidToken:
        loop.close()
        print(
            "error: Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped?)",
            file=sys.stderr,
            flush=True,
        )
        return EXIT_TOKEN
    return 0


START_DELAY, START_DELAY_MAX = 1.0, 60.0


def wait_for_api(loop: asyncio.AbstractEventLoop, app: Application, where: str) -> bool:  # type: ignore[type-arg]
    """Initialise the application (getMe), retrying with backoff while the Bot API cannot be
    reached, one log line per try; False if SIGINT/SIGTERM came first. InvalidToken passes."""
    task = loop.create_task(_connect(app, where))
    signals: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM)
    try:
        for sig in signals:
            loop.add_signal_handler(sig, task.cancel)
    except (NotImplementedError, RuntimeError):  # not the main thread, or no signal support
        signals = ()
    try:
        loop.run_until_complete(task)
        return True
    except asyncio.CancelledError:
        log.warning("stopped before the Bot API could be reached")
        return False
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


async def _connect(app: Application, where: str) -> None:  # type: ignore[type-arg]
    delay, attempt = START_DELAY, 1
    while True:
        try:
            await app.initialize()
            return
        except NetworkError as exc:  # refused, timed out, 5xx; TelegramError's other kinds pass
            cause = type(exc.__cause__).__name__ if exc.__cause__ else "no answer"
            log.warning(
                "cannot reach the Bot API at %s (%s: %s); try %d failed, next in %.0f s",
                where,
                type(exc).__name__,
                cause,
                attempt,
                delay,
            )
        await asyncio.sleep(delay)
        delay, attempt = min(delay * 2, START_DELAY_MAX), attempt + 1
