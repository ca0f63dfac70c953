"""Build the object graph once: knowledge base, store, matcher, skills, engine."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from pathlib import Path

from bot.deadlines import DEADLINE_NOTES, Deadline, DeadlineSkill, ReminderHook
from bot.engine import DEFAULT_TZ, Clock, Engine, utc_now
from bot.kb import KnowledgeBase, load
from bot.letters.skill import LetterSkill
from bot.outbox import Outbox
from bot.private import PrivateOnly, private_only_reply
from bot.reminders.skill import RemindersSkill
from bot.reminders.store import DEFAULT_LEADS
from bot.reply import Reply
from bot.skills import Skill, Turn
from bot.store import Store, default_db_path


def build_skills(
    store: Store, kb: KnowledgeBase, reminder_leads: Sequence[timedelta] | None = None
) -> list[Skill]:
    """Every skill, in the order they get to claim a message; `reminder_leads` overrides
    the default lead times of payment reminders (REMINDER_LEADS)."""
    from bot.evidence.skill import EvidenceSkill
    from bot.scamcheck.skill import ScamCheckSkill

    skills: list[Skill] = []
    # Explicit requests first ("记一下：…", "提醒我…", "帮我写一封…"), then receipts of court
    # papers, then the scam check, which looks at pasted or described messages.
    # The personal ones work in private chats only (bot/private.py).
    skills.append(PrivateOnly(EvidenceSkill(store)))
    reminders = RemindersSkill(store, reminder_leads or DEFAULT_LEADS)
    skills.append(PrivateOnly(reminders))
    skills.append(PrivateOnly(LetterSkill.for_kb(kb)))
    skills.append(DeadlineSkill(remind=deadline_reminder(reminders)))
    skills.append(ScamCheckSkill())
    return skills


def deadline_reminder(reminders: RemindersSkill) -> ReminderHook:
    """The deadline skill's "remind me" button, stored through the reminders feature."""

    def remind(turn: Turn, deadline: Deadline, moment: datetime) -> Reply:
        if turn.group:
            return private_only_reply(turn.lang)
        at_nine = datetime.combine(deadline.due, time(9, 0), tzinfo=moment.tzinfo)
        note = DEADLINE_NOTES[deadline.kind][turn.lang]
        return reminders.remind_deadline(turn, deadline.due, note, at_nine - moment)

    return remind


def build_outboxes(skills: list[Skill]) -> list[Outbox]:
    """Skills that also send messages on their own (they implement the Outbox protocol)."""
    return [s for s in skills if hasattr(s, "claim_due")]  # type: ignore[misc]


def build_engine(
    kb_root: str | Path | None = None,
    db_path: str | Path | None = None,
    clock: Clock = utc_now,
    default_tz: str = DEFAULT_TZ,
    kb: KnowledgeBase | None = None,
    reminder_leads: Sequence[timedelta] | None = None,
) -> Engine:
    """Load (and validate) the knowledge base, open the store, wire the skills."""
    kb = kb or load(kb_root)
    store = Store(db_path if db_path is not None else default_db_path())
    skills = build_skills(store, kb, reminder_leads)
    return Engine(
        kb, store, skills, clock=clock, default_tz=default_tz, outboxes=build_outboxes(skills)
    )


def startup_line(engine: Engine, mode: str) -> str:
    """The one INFO line `bot run` logs at start: what runs, in which mode, on what knowledge.
    Never the token, never message text."""
    from bot import __version__

    kb = engine.kb
    return (
        f"collections-helpbot {__version__} starting: mode={mode}, "
        f"knowledge={kb.root} ({len(kb.entries)} entries), db={engine.store.path}"
    )
