"""The update processor: different chats run concurrently, one chat's updates in order."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.telegram.updates import PerChatUpdateProcessor, order_key


def update(update_id: int, chat: int) -> Update:
    message = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": chat, "type": "private"},
        "from": {"id": chat, "is_bot": False, "first_name": "T"},
        "text": "hi",
    }
    return Update.de_json({"update_id": update_id, "message": message}, None)  # type: ignore[arg-type]


async def test_a_slow_update_holds_its_own_chat_only() -> None:
    processor = PerChatUpdateProcessor(16)
    done: list[str] = []

    async def work(name: str, seconds: float) -> None:
        await asyncio.sleep(seconds)
        done.append(name)

    tasks = [
        asyncio.create_task(processor.process_update(update(1, 7), work("a1", 0.3))),
        asyncio.create_task(processor.process_update(update(2, 7), work("a2", 0))),
        asyncio.create_task(processor.process_update(update(3, 8), work("b1", 0))),
        asyncio.create_task(processor.process_update(update(4, 7), work("a3", 0))),
    ]
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert done == ["b1", "a1", "a2", "a3"]  # b1 did not wait; a2 and a3 waited, in order


async def test_a_failing_or_cancelled_update_does_not_stall_its_chat() -> None:
    processor = PerChatUpdateProcessor(16)
    done: list[str] = []

    async def boom() -> None:
        await asyncio.sleep(0.05)
        raise RuntimeError("a handler bug")

    async def work(name: str) -> None:
        done.append(name)

    first = asyncio.create_task(processor.process_update(update(1, 7), boom()))
    waiting = asyncio.create_task(processor.process_update(update(2, 7), work("cancelled")))
    last = asyncio.create_task(processor.process_update(update(3, 7), work("last")))
    await asyncio.sleep(0.01)
    waiting.cancel()
    results = await asyncio.wait_for(
        asyncio.gather(first, waiting, last, return_exceptions=True), 5
    )
    assert isinstance(results[0], RuntimeError) and isinstance(results[1], asyncio.CancelledError)
    assert done == ["last"]


def test_inline_queries_are_ordered_per_user() -> None:
    inline = Update.de_json(
        {
            "update_id": 5,
            "inline_query": {
                "id": "q",
                "from": {"id": 99, "is_bot": False, "first_name": "T"},
                "query": "上门",
                "offset": "",
            },
        },
        None,  # type: ignore[arg-type]
    )
    assert order_key(inline) == ("user", 99)
    assert order_key(update(1, -100123)) == ("chat", -100123)
    assert order_key(object()) is None
