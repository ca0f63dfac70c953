"""Sending a Reply: HTML messages (keyboard under the last), then its documents.

Flood control (429 RetryAfter) is retried by PTB's AIORateLimiter; network errors
and timeouts are retried here with a short backoff. Telegram's verdicts on the
request itself (BadRequest, Forbidden) are not retried: the caller decides.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, InputFile, LinkPreviewOptions, Message
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, NetworkError, TelegramError

from bot.reply import Reply
from bot.telegram.render import keyboard, render_html

log = logging.getLogger(__name__)
T = TypeVar("T")
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


async def with_retries(
    call: Callable[[], Awaitable[T]], attempts: int = 3, delay: float = 0.5
) -> T:
    """Run `call`, again after a network error or timeout, up to `attempts` times in all."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except BadRequest:
            raise  # a subclass of NetworkError in PTB, but retrying the same request cannot help
        except NetworkError as exc:
            if attempt >= attempts:
                raise
            log.warning(
                "network error (%s), retry %d of %d", type(exc).__name__, attempt, attempts - 1
            )
            await asyncio.sleep(delay * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


async def send_reply(
    bot: Bot, chat_id: int | str, reply: Reply, attempts: int = 3
) -> Message | None:
    """Send the whole reply; returns the last text message sent (None if there was no text)."""
    chunks = render_html(reply)
    markup = keyboard(reply)
    last: Message | None = None
    for i, chunk in enumerate(chunks):
        is_last = i == len(chunks) - 1

        async def send(chunk: str = chunk, is_last: bool = is_last) -> Message:
            return await bot.send_message(
                chat_id,
                chunk,
                parse_mode=ParseMode.HTML,
                reply_markup=markup if is_last else None,
                link_preview_options=NO_PREVIEW,
            )

        last = await with_retries(send, attempts)
    if reply.documents:
        try:
            await bot.send_chat_action(chat_id, ChatAction.UPLOAD_DOCUMENT)
        except TelegramError:
            pass  # only a courtesy indicator
    for doc in reply.documents:

        async def upload(doc=doc) -> Message:  # type: ignore[no-untyped-def]
            data = InputFile(doc.content.encode("utf-8"), filename=doc.filename)
            return await bot.send_document(chat_id, data)

        sent = await with_retries(upload, attempts)
        last = last or sent
    return last
