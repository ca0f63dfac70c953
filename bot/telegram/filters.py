"""Which group messages are meant for the bot: ones that mention it or reply to it."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity
from telegram.ext.filters import MessageFilter


class AddressedToBot(MessageFilter):
    """A message that @mentions the bot (or text-mentions it) or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied is not None and replied.from_user is not None and replied.from_user.id == bot.id:
            return True
        username = (bot.username or "").lower()
        for entity, text in message.parse_entities().items():
            if entity.type == MessageEntity.MENTION and username and text[1:].lower() == username:
                return True
            if (
                entity.type == MessageEntity.TEXT_MENTION
                and entity.user
                and entity.user.id == bot.id
            ):
                return True
        return False


def strip_mention(text: str, username: str | None) -> str:
    """The message without the bot's @username, so the engine reads only the question."""
    if not username:
        return text.strip()
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()
