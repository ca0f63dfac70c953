"""The short-first layout on Telegram, through the fake Bot API: the first screen with its
buttons and the legal basis as an expandable quote, "All steps" growing the message in
place, a detail question arriving as its own message."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application

from bot.config import Settings
from bot.engine import Engine
from bot.kb import KnowledgeBase, load
from bot.store import Store
from bot.telegram.app import build_application
from tests.conftest import FIXTURE_KB, NOW, ROOT
from tests.fake_telegram import TOKEN, FakeBotAPI, RecordingRequest

USER = 1001


@pytest.fixture(scope="module")
def layout_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("kb") / "kb"
    shutil.copytree(FIXTURE_KB, root)
    shutil.copy(
        ROOT / "tests" / "fixtures" / "kb_layout" / "home-visit.yaml",
        root / "topics" / "home-visit.yaml",
    )
    return load(root)


@pytest.fixture
def api() -> FakeBotAPI:
    return FakeBotAPI()


@pytest.fixture
async def app(api: FakeBotAPI, layout_kb: KnowledgeBase, store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = Engine(layout_kb, store, clock=lambda: NOW)
    settings = Settings(token=TOKEN, db_path=tmp_path / "state.db", send_attempts=2)
    application = build_application(settings, engine, request=RecordingRequest(api))
    await application.initialize()
    yield application
    await application.shutdown()


async def deliver(app: Application, api: FakeBotAPI) -> None:  # type: ignore[type-arg]
    while api.updates:
        await app.process_update(Update.de_json(api.updates.pop(0), app.bot))


def payloads(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b.get("callback_data") for row in rows for b in row]


def styled(message: dict[str, Any], kind: str) -> list[str]:
    units = message["text"].encode("utf-16-le")
    return [
        units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in message.get("entities", [])
        if e["type"] == kind
    ]


async def test_first_screen_with_buttons_and_folded_legal_basis(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    [message] = api.bot_messages(USER)
    assert message["text"].startswith("催收上门怎么办\n\n不开门，先核实身份")
    assert "3. 如果对方不肯离开，拨打110。" in message["text"]
    assert "4. " not in message["text"]
    assert styled(message, "expandable_blockquote") == ["依据\n行业指引：上门至少两人。"]
    assert not styled(message, "blockquote")
    buttons = payloads(message)
    assert buttons[:3] == [
        "p:home-visit:steps",
        "p:home-visit:d:wont-leave",
        "p:home-visit:d:night-visit",
    ]  # the legal basis is already in the message, folded: no button for it
    assert "t:physical-danger" in buttons and "fb:home-visit:1" in buttons
    labels = [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[:2] == ["全部步骤", "他们不走怎么办？"]


async def test_all_steps_grows_the_message_in_place(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    first = api.bot_messages(USER)[0]
    query = api.press(USER, first["message_id"], "p:home-visit:steps")
    await deliver(app, api)
    assert api.callbacks[query] is not None  # the spinner stops
    [edited] = api.bot_messages(USER)  # no new message: the answer itself grew
    assert [m for m, _ in api.edits] == ["editmessagetext"]
    assert "4. 事后向发卡行投诉，保留录像。" in edited["text"] and "不要动手" in edited["text"]
    assert styled(edited, "expandable_blockquote") == ["依据\n行业指引：上门至少两人。"]
    assert "p:home-visit:steps" not in payloads(edited)
    assert "p:home-visit:d:wont-leave" in payloads(edited)
    assert not api.errors


async def test_a_detail_question_arrives_as_its_own_message(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    first = api.bot_messages(USER)[0]
    api.press(USER, first["message_id"], "p:home-visit:d:wont-leave")
    await deliver(app, api)
    _, detail = api.bot_messages(USER)
    assert detail["text"].startswith("他们不走怎么办？\n\n请他们离开；拒不离开就打110")
    assert "不要开门" not in detail["text"]
    assert payloads(detail)[0] == "p:home-visit:steps"
    assert api.edits == []


async def test_a_follow_up_in_words_gets_the_detail_alone(app, api) -> None:
    api.send_text(USER, "催收要上门来我家怎么办")
    api.send_text(USER, "那他们不走呢")
    await deliver(app, api)
    _, second = api.bot_messages(USER)
    # The safety stage may put its one hotline line above (people at the door who will not leave).
    text = second["text"].removeprefix("如果有人威胁你或家人的人身安全，请马上打 110。\n\n")
    assert text.startswith("他们不走怎么办？")
    assert "p:home-visit:steps" in payloads(second)


async def test_legal_basis_pressed_from_a_detail_is_a_plain_quote(app, api) -> None:
    api.send_text(USER, "那他们不走呢")  # no context yet: not a detail
    api.send_text(USER, "催收要上门来我家怎么办")
    await deliver(app, api)
    answer = api.bot_messages(USER)[-1]
    api.press(USER, answer["message_id"], "p:home-visit:legal")
    await deliver(app, api)
    legal = api.bot_messages(USER)[-1]
    assert styled(legal, "blockquote") == ["依据\n行业指引：上门至少两人。"]
