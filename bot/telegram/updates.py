"""Concurrency of update handling: different chats at once, one chat strictly in order.

PTB runs handlers one update at a time unless `concurrent_updates` is set; then it runs
them all at once, so two messages of one person could be answered out of order. This
processor chains the updates of one chat (or, for inline queries, of one user): each
waits for the one before it, and updates of other chats never wait for it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT = 256  # updates in progress at once (those waiting for their chat included)


def order_key(update: object) -> tuple[str, int] | None:
    """What must be handled in order: the chat, else the user (inline queries); None: anything."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Runs updates of different chats concurrently and those of one chat in arrival order."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT):
        super().__init__(max_concurrent_updates)
        self._last: dict[tuple[str, int], asyncio.Future[None]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = order_key(update)
        if key is None:
            await coroutine
            return
        before = self._last.get(key)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._last[key] = mine
        started = False
        try:
            if before is not None:
                await asyncio.wait({before})  # never cancels `before` if we are cancelled
            started = True
            await coroutine
        finally:
            if not started and isinstance(coroutine, Coroutine):
                coroutine.close()  # cancelled while waiting: it never ran
            mine.set_result(None)
            if self._last.get(key) is mine:
                del self._last[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass
