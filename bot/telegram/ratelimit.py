"""Telegram's sending limits, without one chat's flood control pausing every other chat.

PTB's AIORateLimiter waits out a 429 for *all* requests. Here a 429 pauses only the chat
it came for: until its `retry_after` is over, requests to that chat fail at once with
RetryAfter (no network call), and the caller decides — a handler waits (holding only
its own chat), the reminder sweep reschedules the delivery and moves on. Requests to
chats are also kept under the overall limit (about 30 per second) and, per group chat,
20 per minute, by waiting.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

OVERALL = (30, 1.1)  # requests, seconds: Telegram's ~30/s, with a margin for network jitter
PER_GROUP = (20, 60.0)  # Telegram: 20 messages per minute in one group


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter's wait in seconds, whichever way PTB is set to report it (int or timedelta)."""
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class _Window:
    """At most `limit` acquisitions in any `period` seconds (a sliding window)."""

    def __init__(self, limit: int, period: float):
        self.limit, self.period = limit, period
        self.times: deque[float] = deque()

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.times and now - self.times[0] >= self.period:
                self.times.popleft()
            if len(self.times) < self.limit:
                self.times.append(now)
                return
            await asyncio.sleep(self.period - (now - self.times[0]) + 0.001)


class ChatRateLimiter(BaseRateLimiter[None]):
    """Overall and per-group pacing; a 429 pauses only its own chat (see module docstring)."""

    def __init__(
        self, overall: tuple[int, float] = OVERALL, per_group: tuple[int, float] = PER_GROUP
    ):
        self._overall = _Window(*overall)
        self._per_group = per_group
        self._groups: dict[int | str, _Window] = {}
        self._paused: dict[int | str, float] = {}  # chat -> loop time its flood control ends

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def paused(self, chat_id: int | str) -> float:
        """Seconds this chat still has to wait after Telegram's flood control (0 if none)."""
        until = self._paused.get(chat_id)
        if until is None:
            return 0.0
        left = until - asyncio.get_running_loop().time()
        if left <= 0:
            del self._paused[chat_id]
            return 0.0
        return left

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        chat_id = data.get("chat_id")
        if chat_id is None:  # getUpdates, answerCallbackQuery, answerInlineQuery...
            return await callback(*args, **kwargs)
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)
        left = self.paused(chat_id)
        if left > 0:
            raise RetryAfter(math.ceil(left))
        if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str):
            window = self._groups.get(chat_id)
            if window is None:
                window = self._groups[chat_id] = _Window(*self._per_group)
            await window.acquire()
        await self._overall.acquire()
        try:
            return await callback(*args, **kwargs)
        except RetryAfter as exc:
            wait = retry_seconds(exc)
            log.info("flood control for one chat: it waits %.0f s, the others go on", wait)
            self._paused[chat_id] = asyncio.get_running_loop().time() + wait
            raise
