"""The knowledge model: plain, immutable data loaded from `knowledge/`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
AUDIENCES = ("debtor", "staff")
PRIORITIES = ("normal", "safety")


@dataclass(frozen=True)
class Text:
    """One short text in both languages."""

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Lines:
    """A list of lines in both languages (steps, notes, questions)."""

    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def get(self, lang: Lang) -> tuple[str, ...]:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Category:
    id: str
    title: Text


@dataclass(frozen=True)
class Detail:
    """A focused sub-answer of an entry: the one specific thing people ask next
    (whom to call, whether something is allowed, a deadline), answered briefly."""

    id: str
    title: Text  # the button label, phrased as the question
    questions: Lines  # ways people ask it (matched against follow-ups)
    answer: Text  # at most about 150 Chinese characters
    # The topic people ask this under, when it is another one than its own (a cross-reference:
    # "do I have to pay for my son?" after calls about him is a question of family liability).
    about: str | None = None


@dataclass(frozen=True)
class Entry:
    """One topic of guidance."""

    id: str
    audience: str
    category: str
    title: Text
    questions: Lines
    steps: Lines
    follow_ups: tuple[str, ...]
    sources: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    notes: Lines = field(default_factory=Lines)
    legal: tuple[Text, ...] = ()
    priority: str = "normal"
    summary: Text | None = None  # the single most important thing to do now (<= ~80 zh chars)
    details: tuple[Detail, ...] = ()
    # The wider topic this one narrows (small-claims narrows sued): people who have never seen the
    # knowledge base name the wider one, so evaluation counts an answer here as an answer there.
    broader: str | None = None
    # Its details are asked as follow-ups of whatever topic is being discussed ("the police say
    # it's a civil matter" after threats, a visit or shaming): each counts as `about` that topic.
    within_current: bool = False
    path: str = ""

    @property
    def is_safety(self) -> bool:
        return self.priority == "safety"


@dataclass(frozen=True)
class KnowledgeBase:
    """Everything the matcher and the dialogue engine need to know."""

    entries: tuple[Entry, ...]
    categories: tuple[Category, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()
    offtopic: tuple[str, ...] = ()
    domain: tuple[str, ...] = ()
    root: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)  # type: ignore[attr-defined]

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id  # type: ignore[attr-defined]

    def within(self, entry_id: str | None, topic: str | None) -> bool:
        """Is `entry_id` the topic `topic` or, through `broader`, one that narrows it?"""
        seen: set[str] = set()
        while entry_id is not None and entry_id not in seen:
            if entry_id == topic:
                return True
            seen.add(entry_id)
            entry = self.get(entry_id)
            entry_id = entry.broader if entry else None
        return False

    def in_category(self, category_id: str) -> list[Entry]:
        return [e for e in self.entries if e.category == category_id]

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)
