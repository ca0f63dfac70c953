"""The plug-in seam of the dialogue engine.

A skill is a feature that can claim a turn before the knowledge base is
consulted: reminders, letters, deadlines, the evidence log, the scam check.
Each owns slash commands, button payloads starting with `<name>:`, and
optionally a multi-step flow (`turn.ctx.flow` with `owner == name`).
A skill may also define `notice(chat_id, lang, now) -> str | None`: a one-time
note the engine puts before its reply at the person's next message; and
`claims(turn) -> bool`: whether `on_message` would take the message, without acting on it
(used to refuse personal features in group chats, see bot/private.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from bot.context import ChatContext, Flow
from bot.kb.model import Lang
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.engine import Engine
    from bot.matching import Match


@dataclass
class Turn:
    """One incoming message or button press, with everything a skill needs to answer it."""

    chat_id: str
    text: str  # sanitised original text (never logged, never stored unless a skill redacts it)
    now: datetime  # aware, in the chat's time zone
    lang: Lang
    ctx: ChatContext
    engine: Engine
    match: Match | None = None  # the knowledge base's verdict on this message, once computed
    group: bool = False  # a chat with several people (personal features refuse to work there)

    @property
    def tz(self) -> str:
        return self.engine.timezone(self.chat_id)

    def start_flow(self, owner: str, **state: object) -> Flow:
        self.ctx.flow = Flow(owner, dict(state))
        return self.ctx.flow

    def end_flow(self) -> None:
        self.ctx.flow = None


class Skill(Protocol):
    @property
    def name(self) -> str:
        """Prefix of the skill's button payloads, and owner name of its flows."""

    @property
    def commands(self) -> tuple[str, ...]:
        """Slash commands (without the slash) the skill answers."""

    def on_message(self, turn: Turn) -> Reply | None:
        """Answer a free-text message, or return None to let others try."""

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        """Answer one of `commands` (without the slash)."""

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        """Answer a button whose payload starts with `<name>:`; None means stale/unknown."""


class BaseSkill:
    """Defaults for skills that implement only some hooks."""

    name = "base"
    commands: tuple[str, ...] = ()

    def on_message(self, turn: Turn) -> Reply | None:
        return None

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        return None

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        return None
