"""The intent table's machinery: rules, the probe they look at, and routing to skills."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.parsing import normalize
from bot.reply import Reply

if TYPE_CHECKING:
    from bot.skills import Skill, Turn


@dataclass
class Probe:
    """The message as every detector sees it; detectors share parsed results through `memo`."""

    text: str  # sanitised
    now: datetime  # aware, in the person's zone
    memo: dict[str, Any] = field(default_factory=dict)

    @property
    def normalized(self) -> str:
        """NFKC and simplified script (bot.parsing.normalize), computed once per message."""
        return self.once("normalized", lambda: normalize(self.text))  # type: ignore[no-any-return]

    def once(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]


Detector = Callable[[Probe], Any]  # what it found (truthy), or None/False
Responder = Callable[["Turn", "Intent"], Reply | None]


@dataclass(frozen=True)
class Rule:
    """One row of the table: if `detect` finds something, `skill` (or `respond`) answers."""

    intent: str
    skill: str | None
    detect: Detector | None = None  # None: the skill's own on_message decides
    respond: Responder | None = None  # for intents no skill owns (questions about the bot)
    unless: Detector | None = None  # the row is skipped when this finds something


@dataclass(frozen=True)
class Intent:
    name: str  # reminder-manage | reminder-set | reminder-offer | letter | evidence | ...
    skill: str | None
    detail: Any = None  # what the detector found (a payment frame, a command, a deadline kind)


class IntentLayer:
    """Runs the table over a message and lets the named skills answer, in order."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        self.skill_names = frozenset(r.skill for r in self.rules if r.skill)

    def intents(self, text: str, now: datetime) -> Iterator[Intent]:
        """Every intent the table finds in the message, in table order (lazily: a later
        detector runs only if the earlier intents' skills declined)."""
        probe = Probe(text, now)
        for rule in self.rules:
            if rule.unless is not None and rule.unless(probe):
                continue
            detail = rule.detect(probe) if rule.detect is not None else True
            if detail:
                yield Intent(rule.intent, rule.skill, detail)

    def classify(self, text: str, now: datetime) -> Intent:
        """The first intent the table detects (for evaluation and tests), or "question".
        Rows left to a skill's on_message are skipped: only the skill can tell."""
        probe = Probe(text, now)
        for rule in self.rules:
            detail = rule.detect(probe) if rule.detect is not None else None
            if detail:
                return Intent(rule.intent, rule.skill, detail)
        return Intent("question", None)

    def route(self, turn: Turn, skills: dict[str, Skill]) -> Reply | None:
        """The reply of the first intent whose skill answers, or None (the knowledge base's)."""
        for intent in self.intents(turn.text, turn.now):
            rule = next(r for r in self.rules if r.intent == intent.name)
            if rule.respond is not None:
                reply = rule.respond(turn, intent)
            else:
                skill = skills.get(intent.skill or "")
                if skill is None:
                    continue
                on_intent = getattr(skill, "on_intent", None)
                reply = on_intent(turn, intent) if on_intent else skill.on_message(turn)
            if reply is not None:
                return reply
        return None
