"""The command menu (setMyCommands) and /help list the skills' commands, in Chinese and English,
and only the commands the engine actually answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import Application

from bot.bootstrap import build_skills
from bot.config import Settings
from bot.engine import ENGINE_COMMANDS, Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.store import Store
from bot.telegram.app import build_application, engine_commands
from tests.conftest import NOW
from tests.fake_telegram import TOKEN, FakeBotAPI, RecordingRequest

SKILL_COMMANDS = {"remind", "reminders", "timezone", "letter", "log", "evidence", "check"}


@pytest.fixture
def full_engine(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, build_skills(store, mini_kb), clock=lambda: NOW)


@pytest.fixture
def api() -> FakeBotAPI:
    return FakeBotAPI()


async def started(api: FakeBotAPI, engine: Engine, tmp: Path) -> Application:  # type: ignore[type-arg]
    settings = Settings(token=TOKEN, db_path=tmp / "state.db", send_attempts=2)
    app = build_application(settings, engine, request=RecordingRequest(api))
    await app.initialize()
    await app.post_init(app)  # type: ignore[misc]
    return app


def menu(api: FakeBotAPI, lang: str) -> dict[str, str]:
    return {c["command"]: c["description"] for c in api.commands[("default", lang)]}


async def test_menu_lists_every_command_the_engine_answers_in_both_languages(
    api: FakeBotAPI, full_engine: Engine, tmp_path: Path
) -> None:
    app = await started(api, full_engine, tmp_path)
    await app.shutdown()
    english, chinese = menu(api, ""), menu(api, "zh")
    assert SKILL_COMMANDS <= set(english)
    # A skill command without a menu entry (or a menu entry nobody answers) fails here.
    assert set(english) == set(chinese) == set(engine_commands(full_engine))
    assert english["remind"] != chinese["remind"] and "提醒" in chinese["remind"]
    assert all(1 <= len(d) <= 256 for d in [*english.values(), *chinese.values()])


async def test_menu_leaves_out_commands_of_skills_that_are_not_wired(
    api: FakeBotAPI, mini_kb: KnowledgeBase, store: Store, tmp_path: Path
) -> None:
    app = await started(api, Engine(mini_kb, store, clock=lambda: NOW), tmp_path)
    await app.shutdown()
    assert set(menu(api, "zh")) == set(ENGINE_COMMANDS)


@pytest.mark.parametrize("lang, head", [("zh", "还可以"), ("en", "Tools")])
def test_help_lists_the_skills_commands(full_engine: Engine, lang: str, head: str) -> None:
    full_engine.handle(1, f"/lang {lang}")
    text = render_text(full_engine.handle(1, "/help"))
    assert head in text and "/topics" in text
    assert all(f"/{c} " in text for c in SKILL_COMMANDS), text


def test_help_without_skills_does_not_offer_their_commands(engine: Engine) -> None:
    text = render_text(engine.handle(1, "/help"))
    assert "/topics" in text and "还可以" not in text
    assert not any(f"/{c} " in text for c in SKILL_COMMANDS)


async def test_help_through_telegram_lists_the_tools(
    api: FakeBotAPI, full_engine: Engine, tmp_path: Path
) -> None:
    app = await started(api, full_engine, tmp_path)
    try:
        api.send_text(1001, "/help", language_code="en")
        while api.updates:
            await app.process_update(Update.de_json(api.updates.pop(0), app.bot))
    finally:
        await app.shutdown()
    [message] = api.bot_messages(1001)
    assert "/remind" in message["text"] and "/evidence" in message["text"]
