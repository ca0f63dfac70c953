"""Build the object graph once: knowledge base, store, matcher, skills, engine."""

from __future__ import annotations

from pathlib import Path

from bot.engine import DEFAULT_TZ, Clock, Engine, utc_now
from bot.kb import KnowledgeBase, load
from bot.outbox import Outbox
from bot.skills import Skill
from bot.store import Store, default_db_path


def build_skills(store: Store, kb: KnowledgeBase) -> list[Skill]:
    """Every skill, in the order they get to claim a message."""
    from bot.reminders.skill import RemindersSkill

    skills: list[Skill] = []
    skills.append(RemindersSkill(store))
    return skills


def build_outboxes(skills: list[Skill]) -> list[Outbox]:
    """Skills that also send messages on their own (they implement the Outbox protocol)."""
    return [s for s in skills if hasattr(s, "claim_due")]  # type: ignore[misc]


def build_engine(
    kb_root: str | Path | None = None,
    db_path: str | Path | None = None,
    clock: Clock = utc_now,
    default_tz: str = DEFAULT_TZ,
    kb: KnowledgeBase | None = None,
) -> Engine:
    """Load (and validate) the knowledge base, open the store, wire the skills."""
    kb = kb or load(kb_root)
    store = Store(db_path if db_path is not None else default_db_path())
    skills = build_skills(store, kb)
    return Engine(
        kb, store, skills, clock=clock, default_tz=default_tz, outboxes=build_outboxes(skills)
    )
