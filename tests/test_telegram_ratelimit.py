"""The rate limiter: one chat's flood control pauses that chat only; overall pacing holds."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram.error import RetryAfter

from bot.telegram.ratelimit import ChatRateLimiter


@pytest.fixture(autouse=True)
def timedelta_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # PTB 22's opt-in; `python -m bot run` sets it too


class Calls:
    def __init__(self, flood_for: set[int] | None = None):
        self.made: list[int] = []
        self.flood_for = flood_for or set()

    async def send(self, chat_id: int) -> dict[str, Any]:
        self.made.append(chat_id)
        if chat_id in self.flood_for:
            raise RetryAfter(2)
        return {"ok": True}


async def request(limiter: ChatRateLimiter, calls: Calls, chat_id: int) -> dict[str, Any]:
    result = await limiter.process_request(
        calls.send, (chat_id,), {}, "sendMessage", {"chat_id": chat_id}, None
    )
    assert isinstance(result, dict)
    return result


async def test_a_429_pauses_only_its_own_chat() -> None:
    limiter, calls = ChatRateLimiter(), Calls(flood_for={1})
    with pytest.raises(RetryAfter):
        await request(limiter, calls, 1)
    calls.flood_for.clear()
    # While the pause lasts, chat 1 fails at once without a request; chat 2 is not held.
    with pytest.raises(RetryAfter):
        await asyncio.wait_for(request(limiter, calls, 1), 0.2)
    assert await asyncio.wait_for(request(limiter, calls, 2), 0.2) == {"ok": True}
    assert calls.made == [1, 2]
    assert 1.5 < limiter.paused(1) <= 2.0 and limiter.paused(2) == 0


async def test_overall_pace_is_kept_by_waiting() -> None:
    limiter, calls = ChatRateLimiter(overall=(5, 0.3)), Calls()
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(*(request(limiter, calls, c) for c in range(12)))
    # 12 requests at 5 per 0.3 s: the last ones had to wait two windows.
    assert loop.time() - start >= 0.6 and sorted(calls.made) == list(range(12))
