"""Personal features work in private chats only.

Everything a chat stores is keyed by the chat, and in a group every member shares it: one
member could list, export or delete another's evidence log, reminders or letter answers. So
in a group chat the evidence log, reminders and letters answer "please use a private chat"
instead, and store nothing. The adapter says whether a chat is a group (`Engine.handle(...,
group=True)`); the core knows nothing else about the messenger.
"""

from __future__ import annotations

from typing import Any

from bot.kb.model import Lang
from bot.reply import Reply, text_reply
from bot.skills import Skill, Turn

PRIVATE_ONLY = {
    "zh": "这个功能会保存你的个人记录，只能在和我的私聊里用：点我的头像，再点“发消息”。"
    "在群里，其他成员也能看到、导出或删除这些记录，所以这里不记录任何内容。",
    "en": "This feature keeps personal records, so it works only in a private chat with me: "
    "open my profile and tap Message. In a group, other members could see, export or delete "
    "them, so nothing is recorded here.",
}


def private_only_reply(lang: Lang) -> Reply:
    return text_reply(lang, PRIVATE_ONLY[lang], kind="info")


class PrivateOnly:
    """Wraps a personal skill: unchanged in private chats; in groups its commands, buttons and
    the messages it would claim get `private_only_reply`, and the skill itself never runs."""

    def __init__(self, skill: Skill):
        self.skill = skill

    @property
    def name(self) -> str:
        return self.skill.name

    @property
    def commands(self) -> tuple[str, ...]:
        return self.skill.commands

    def on_message(self, turn: Turn) -> Reply | None:
        if not turn.group:
            return self.skill.on_message(turn)
        if turn.ctx.flow is not None and turn.ctx.flow.owner == self.name:
            turn.end_flow()  # a flow started before the chat became a group (or a migration)
            return private_only_reply(turn.lang)
        claims = getattr(self.skill, "claims", None)
        return private_only_reply(turn.lang) if claims is not None and claims(turn) else None

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if not turn.group:
            return self.skill.on_command(turn, command, args)
        if command == "cancel" and (turn.ctx.flow is None or turn.ctx.flow.owner != self.name):
            return None  # /cancel of someone else's flow is not ours to refuse
        return private_only_reply(turn.lang)

    def on_intent(self, turn: Turn, intent: Any) -> Reply | None:
        """The intent table's call: in a group, the same answer as a message the skill claims
        (without this, `__getattr__` would hand the table the unwrapped skill's on_intent)."""
        if not turn.group:
            inner = getattr(self.skill, "on_intent", None)
            return inner(turn, intent) if inner is not None else self.skill.on_message(turn)
        if getattr(intent, "detail", None) is True:  # a row left to the skill: it decides
            return self.on_message(turn)
        return private_only_reply(turn.lang)

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        if not turn.group:
            return self.skill.on_button(turn, payload)
        return private_only_reply(turn.lang)

    def __getattr__(self, name: str) -> Any:
        # notice(), claim_due() and the rest of the skill's own interface pass straight through.
        return getattr(self.skill, name)
