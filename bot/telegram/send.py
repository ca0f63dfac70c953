"""Sending a Reply: HTML messages (keyboard under the last), then its documents.

Parse mode and link previews come from the Application's `Defaults`. A failed request
is retried here, within bounds: after a network error that never reached Telegram
(connection refused, an HTTP error answer) up to `attempts` times; after one whose
outcome is unknown (a timeout, a connection lost before the answer: the message may
have arrived) at most `doubtful` more times; after flood control (429) by waiting, in
this chat's task only, when `wait_flood`. Telegram's verdicts on the request itself
(BadRequest, Forbidden) are not retried: the caller decides.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, InputFile, Message
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut

from bot.reply import Reply
from bot.telegram.ratelimit import retry_seconds
from bot.telegram.render import keyboard, render_html

log = logging.getLogger(__name__)
T = TypeVar("T")
# httpx errors (PTB's transport, the `__cause__` of its NetworkError) raised before the
# request left: named, not imported, as httpx is PTB's dependency rather than ours.
NOT_SENT = {"ConnectError", "ConnectTimeout", "PoolTimeout"}


def outcome_unknown(exc: BaseException) -> bool:
    """Whether Telegram may have carried out a request that failed with `exc`: the request
    went out but no answer came back (read timeout, connection lost mid-way)."""
    if isinstance(exc, BadRequest) or not isinstance(exc, NetworkError):
        return False  # Telegram answered (BadRequest, Forbidden, RetryAfter...)
    cause = exc.__cause__
    if isinstance(exc, TimedOut):
        return type(cause).__name__ not in NOT_SENT and "Pool timeout" not in str(exc)
    if cause is None:
        return False  # an HTTP error answer (5xx): Telegram answered that it did not do it
    return type(cause).__name__ not in NOT_SENT


async def with_retries(
    call: Callable[[], Awaitable[T]],
    attempts: int = 3,
    delay: float = 0.5,
    doubtful: int = 1,
    wait_flood: bool = True,
) -> T:
    """Run `call`, again after a failure that allows it (see the module docstring)."""
    unknown = 0
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if not wait_flood or attempt >= attempts:
                raise
            await asyncio.sleep(retry_seconds(exc) + 0.1)
        except BadRequest:
            raise  # a subclass of NetworkError in PTB, but retrying the same request cannot help
        except NetworkError as exc:
            doubt = outcome_unknown(exc)
            if attempt >= attempts or (doubt and unknown >= doubtful):
                raise
            unknown += doubt
            log.warning(
                "network error (%s%s), retry %d of %d",
                type(exc).__name__,
                ", may have arrived" if doubt else "",
                attempt,
                attempts - 1,
            )
            await asyncio.sleep(delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


async def send_reply(
    bot: Bot,
    chat_id: int | str,
    reply: Reply,
    attempts: int = 3,
    doubtful: int = 1,
    wait_flood: bool = True,
) -> Message | None:
    """Send the whole reply; returns the last text message sent (None if there was no text)."""
    chunks = render_html(reply)
    markup = keyboard(reply)
    last: Message | None = None
    for i, chunk in enumerate(chunks):
        is_last = i == len(chunks) - 1

        async def send(chunk: str = chunk, is_last: bool = is_last) -> Message:
            return await bot.send_message(chat_id, chunk, reply_markup=markup if is_last else None)

        last = await with_retries(send, attempts, doubtful=doubtful, wait_flood=wait_flood)
    if reply.documents:
        try:
            await bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
        except TelegramError:
            pass  # only a courtesy indicator
    for doc in reply.documents:

        async def upload(doc=doc) -> Message:  # type: ignore[no-untyped-def]
            data = InputFile(doc.content.encode("utf-8"), filename=doc.filename)
            return await bot.send_document(chat_id, data)

        sent = await with_retries(upload, attempts, doubtful=doubtful, wait_flood=wait_flood)
        last = last or sent
    return last
