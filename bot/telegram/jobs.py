"""Repeating jobs: deliver what the core's outboxes hold (reminders), and the liveness heartbeat.

Delivery order per item is the Outbox contract: `claim_due` has leased the item
before we send; we report `delivered` with Telegram's message id, or `failed` —
permanent when Telegram says the chat is gone (blocked, kicked, not found), with
`retry_after` under flood control (the sweep moves on to other chats), `unknown`
when the message may have arrived (a timeout: never retried here, the outbox resends
it once, marked), temporary when the network kept failing before reaching Telegram.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path

from telegram import Bot
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Application, ContextTypes

from bot import health
from bot.engine import Clock
from bot.outbox import Outbox, Outgoing
from bot.telegram.ratelimit import retry_seconds
from bot.telegram.send import outcome_unknown, send_reply

log = logging.getLogger(__name__)

SWEEP_JOB = "outbox-sweep"
HEARTBEAT_JOB = "heartbeat"


class OutboxSweeper:
    """Sends every due delivery of every outbox, reporting each outcome back to its outbox.

    One delivery is claimed at a time, right before it is sent: the attempt the outbox
    records is then the send really under way, so a crash leaves at most that one in doubt
    (resent once, marked) and never a batch of claimed-but-unsent ones. A sweep drains
    everything due, as fast as the rate limiter lets it, however long that takes, unless
    the bot stops; one chat's flood control or timeouts do not hold the others' reminders
    for longer than one send.
    """

    def __init__(self, outboxes: Sequence[Outbox], clock: Clock, send_attempts: int = 3):
        self.outboxes = list(outboxes)
        self.clock = clock
        self.attempts = send_attempts
        self.busy = False

    def recover(self) -> None:
        """Once at start-up, before the first sweep."""
        now = self.clock()
        for outbox in self.outboxes:
            outbox.recover(now)

    async def sweep(self, bot: Bot, going: Callable[[], bool] = lambda: True) -> int:
        """One pass over all outboxes, until nothing is due or `going()` turns false (the bot
        is shutting down: what is left stays due for the next start); returns how many sent."""
        sent = 0
        for outbox in self.outboxes:
            while going() and (items := outbox.claim_due(self.clock(), 1)):
                for item in items:
                    sent += await self._deliver(bot, outbox, item)
        return sent

    async def _deliver(self, bot: Bot, outbox: Outbox, item: Outgoing) -> int:
        try:
            # No retry after a send that may have arrived (doubtful=0): the outbox decides.
            message = await send_reply(
                bot, item.chat_id, item.reply, self.attempts, doubtful=0, wait_flood=False
            )
        except (Forbidden, BadRequest) as exc:
            log.info("delivery %s refused (%s): stopping it", item.key, type(exc).__name__)
            outbox.failed(item.key, self.clock(), permanent=True)
        except RetryAfter as exc:
            wait = timedelta(seconds=retry_seconds(exc) + 0.5)
            log.info("delivery %s under flood control: due again in %s", item.key, wait)
            outbox.failed(item.key, self.clock(), retry_after=wait)
        except Exception as exc:  # noqa: BLE001 - network errors after retries, timeouts...
            unknown = outcome_unknown(exc)
            log.warning(
                "delivery %s failed (%s)%s: will retry later",
                item.key,
                type(exc).__name__,
                ", may have arrived" if unknown else "",
            )
            outbox.failed(item.key, self.clock(), unknown=unknown)
        else:
            outbox.delivered(item.key, message.message_id if message else None, self.clock())
            return 1
        return 0

    async def job(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        if self.busy:  # the previous sweep is still draining a burst: let it finish
            return
        self.busy = True
        try:
            # Shutdown waits for running jobs, so a long drain ends once the application stops
            # running (a sweep run outside a running application, e.g. by hand, drains fully).
            app = context.application
            was_running = app.running
            await self.sweep(context.bot, lambda: app.running or not was_running)
        finally:
            self.busy = False


def heartbeat_job(path: Path, clock: Clock):  # type: ignore[no-untyped-def]
    """A job touching `path` while updates are being fetched (read by `python -m bot health`)."""

    async def beat(context: ContextTypes.DEFAULT_TYPE) -> None:
        app: Application = context.application  # type: ignore[type-arg]
        if app.updater is not None and app.updater.running:
            health.beat(path, clock())

    return beat
