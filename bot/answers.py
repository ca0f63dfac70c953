"""Turn knowledge-base entries and menus into replies."""

from __future__ import annotations

from collections.abc import Sequence

from bot.i18n import t
from bot.kb.model import Entry, KnowledgeBase, Lang
from bot.reply import Button, Candidate, Reply, ReplyBuilder

MAX_FOLLOW_UP_BUTTONS = 4


def topic_button(kb: KnowledgeBase, entry_id: str, lang: Lang) -> Button | None:
    entry = kb.get(entry_id)
    return Button(entry.title.get(lang), f"t:{entry.id}") if entry else None


def entry_reply(
    kb: KnowledgeBase,
    entry: Entry,
    lang: Lang,
    candidates: Sequence[Candidate] = (),
    alternatives: Sequence[str] = (),
) -> Reply:
    """The full guidance of one entry, with follow-ups and feedback buttons."""
    b = ReplyBuilder(lang)
    b.add("title", entry.title.get(lang))
    b.add("steps", *entry.steps.get(lang), heading=t("steps", lang))
    b.add("notes", *entry.notes.get(lang), heading=t("notes", lang))
    b.add("legal", *(law.get(lang) for law in entry.legal), heading=t("legal", lang))
    # A close sibling the person may have meant comes first, then the entry's own follow-ups.
    targets = list(dict.fromkeys([*alternatives, *entry.follow_ups]))
    targets = [x for x in targets if x != entry.id][:MAX_FOLLOW_UP_BUTTONS]
    for target in targets:
        button = topic_button(kb, target, lang)
        if button:
            b.row(button)
    b.row(Button("👍", f"fb:{entry.id}:1"), Button("👎", f"fb:{entry.id}:0"))
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=tuple(candidates),
        follow_ups=tuple(targets),
    )


def choose_reply(kb: KnowledgeBase, candidates: Sequence[Candidate], lang: Lang) -> Reply:
    """A "did you mean" with one button per candidate."""
    b = ReplyBuilder(lang).add("text", t("choose", lang))
    for c in candidates[:3]:
        button = topic_button(kb, c.topic, lang)
        if button:
            b.row(button)
    b.row(Button(t("topics_intro", lang).rstrip("：:"), "menu"))
    return b.build(kind="choose", candidates=tuple(candidates))


def unknown_reply(kb: KnowledgeBase, candidates: Sequence[Candidate], lang: Lang) -> Reply:
    """We do not know this one: say so and show the category menu."""
    b = ReplyBuilder(lang).add("text", t("unknown", lang))
    for cat in kb.categories:
        b.row(Button(cat.title.get(lang), f"c:{cat.id}"))
    return b.build(kind="unknown", candidates=tuple(candidates))


def categories_reply(kb: KnowledgeBase, lang: Lang, intro: str | None = None) -> Reply:
    b = ReplyBuilder(lang)
    if intro:
        b.add("text", intro)
    b.add("text", t("topics_intro", lang))
    for cat in kb.categories:
        entries = kb.in_category(cat.id)
        b.row(Button(f"{cat.title.get(lang)} ({len(entries)})", f"c:{cat.id}"))
    return b.build()


def category_reply(kb: KnowledgeBase, category_id: str, lang: Lang) -> Reply | None:
    cat = kb.category(category_id)
    if cat is None:
        return None
    b = ReplyBuilder(lang).add("text", t("category_intro", lang, title=cat.title.get(lang)))
    for entry in kb.in_category(category_id):
        b.row(Button(entry.title.get(lang), f"t:{entry.id}"))
    return b.build()
