"""Short-lived, in-memory conversation context per chat.

Only what the next turn needs: the last topic, the domain terms the last message
named (never its text), offered buttons, the language, and the state of a
multi-step flow (a reminder to confirm, a letter being filled in). Nothing here
is written to disk, and it expires after a while.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.kb.model import Lang
from bot.reply import Button

CONTEXT_TTL = timedelta(minutes=30)
MAX_CHATS = 50_000
# The previous topic steers this many later messages (each answer about a topic renews it);
# a skill's turn (reminders, letters, the evidence log) ends it at once.
TOPIC_TURNS = 3
# A message about the bot's own features never inherits a knowledge-base topic.
OWN_FEATURES = re.compile(
    r"提醒|闹钟|写信|这封信|那封信|信写|导出|我的记录|记一下|记下来|时区|"
    r"\b(?:remind\w*|letter|export|my log|evidence log|time ?zone)\b",
    re.IGNORECASE,
)


def about_own_features(text: str) -> bool:
    """Is the message about the bot's reminders, letters, evidence log or settings?"""
    return bool(OWN_FEATURES.search(text))


@dataclass
class Flow:
    """A multi-step exchange owned by one skill; `state` is the skill's own data."""

    owner: str
    state: dict[str, Any] = field(default_factory=dict)


@dataclass
class ChatContext:
    chat_id: str
    updated: datetime | None = None
    last_topic: str | None = None
    last_candidates: tuple[str, ...] = ()
    last_terms: frozenset[str] = frozenset()  # domain terms the last message named (no text)
    last_lang: Lang | None = None
    traditional: bool = False
    region: str | None = None  # "hk" or "tw" once the person's wording shows it
    suggestions: tuple[Button, ...] = ()
    flow: Flow | None = None
    notices: set[str] = field(default_factory=set)  # one-time notices already shown
    topic_age: int = 0  # replies since the last topic was answered
    shown: set[str] = field(default_factory=set)  # answer parts already sent ("first:home-visit")
    risk_seen: bool = False  # the safety stage flagged a message of this chat (no text kept)
    # What the last message that said more than a few words asked about, as its coverage of
    # every detail (numbers, no text: bot/details.DetailIndex.subject); a short follow-up
    # ("多久之内", "怎么改") is read with it.
    subject: Any = None

    def clear(self) -> None:
        self.last_topic = None
        self.last_candidates = ()
        self.last_terms = frozenset()
        self.suggestions = ()
        self.flow = None
        self.topic_age = 0
        self.shown = set()
        self.risk_seen = False
        self.subject = None

    def end_topic(self) -> None:
        """The conversation has moved on: no topic steers the next message."""
        self.last_topic = None
        self.last_terms = frozenset()
        self.topic_age = 0
        self.subject = None

    def current_topic(self) -> str | None:
        """The topic that may steer the next message, while it is fresh."""
        return self.last_topic if self.topic_age < TOPIC_TURNS else None


class ContextStore:
    """Chat contexts in memory, least recently used dropped past `max_chats`."""

    def __init__(self, ttl: timedelta = CONTEXT_TTL, max_chats: int = MAX_CHATS):
        self.ttl = ttl
        self.max_chats = max_chats
        self._items: OrderedDict[str, ChatContext] = OrderedDict()

    def get(self, chat_id: str, now: datetime) -> ChatContext:
        ctx = self._items.get(chat_id)
        if ctx is None:
            ctx = ChatContext(chat_id)
            self._items[chat_id] = ctx
            while len(self._items) > self.max_chats:
                self._items.popitem(last=False)
        else:
            self._items.move_to_end(chat_id)
            if ctx.updated is not None and now - ctx.updated > self.ttl:
                ctx.clear()
        return ctx

    def drop(self, chat_id: str) -> None:
        self._items.pop(chat_id, None)
