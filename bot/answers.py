"""Turn knowledge-base entries and menus into replies."""

from __future__ import annotations

from collections.abc import Sequence

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.i18n import t
from bot.kb.model import Detail, Entry, KnowledgeBase, Lang
from bot.reply import Block, Button, Candidate, Part, Reply, ReplyBuilder

MAX_FOLLOW_UP_BUTTONS = 4
MAX_PAYLOAD_BYTES = 64  # Telegram's callback_data limit
# The first screen: title, summary and the first steps fit in this many characters (the
# disclaimer comes on top); a phone shows about this much before the buttons.
FIRST_SCREEN = {"zh": 290, "en": 570}
FIRST_STEPS = 3
FIRST_SCREEN_RELATED = 2  # related topics offered under a first screen
DETAIL_BUTTONS = 2  # detail questions offered as buttons
PART_PREFIX = "p"
_SENTENCE_END = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+")
# The lead of a second detail: its first sentences up to this many characters ("可以。" alone
# says nothing; the fact follows it).
SECOND_LEAD = {"zh": 45, "en": 110}


def topic_button(kb: KnowledgeBase, entry_id: str, lang: Lang) -> Button | None:
    entry = kb.get(entry_id)
    return Button(entry.title.get(lang), f"t:{entry.id}") if entry else None


def _topic_and_feedback_rows(
    b: ReplyBuilder, kb: KnowledgeBase, entry: Entry, targets: Sequence[str], lang: Lang
) -> None:
    """A button row per related topic, then 👍/👎 for the entry."""
    for target in targets:
        button = topic_button(kb, target, lang)
        if button:
            b.row(button)
    b.row(Button("👍", f"fb:{entry.id}:1"), Button("👎", f"fb:{entry.id}:0"))


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
    _topic_and_feedback_rows(b, kb, entry, targets, lang)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=tuple(candidates),
        follow_ups=tuple(targets),
    )


def part_payload(entry_id: str, part: str) -> str:
    """The button payload of one part of an entry: steps, legal, or d:<detail id>."""
    return f"{PART_PREFIX}:{entry_id}:{part}"


def entry_parts(entry: Entry, lang: Lang) -> tuple[Part, ...]:
    """Every part of an entry one press away (payloads over Telegram's limit are left out)."""
    parts = [Part("steps", t("all_steps", lang), part_payload(entry.id, "steps"))]
    if entry.legal:
        parts.append(Part("legal", t("legal_button", lang), part_payload(entry.id, "legal")))
    for d in entry.details:
        parts.append(Part(f"d:{d.id}", d.title.get(lang), part_payload(entry.id, f"d:{d.id}")))
    return tuple(p for p in parts if len(p.payload.encode()) <= MAX_PAYLOAD_BYTES)


def full_blocks(entry: Entry, lang: Lang) -> tuple[Block, ...]:
    """The whole answer: title, summary, every step, notes and the legal basis."""
    b = ReplyBuilder(lang)
    b.add("title", entry.title.get(lang))
    b.add("text", entry.summary.get(lang) if entry.summary else "")
    b.add("steps", *entry.steps.get(lang), heading=t("steps", lang))
    b.add("notes", *entry.notes.get(lang), heading=t("notes", lang))
    b.add("legal", *(law.get(lang) for law in entry.legal), heading=t("legal", lang))
    return tuple(b.blocks)


def brief_steps(steps: Sequence[str], budget: int, count: int = FIRST_STEPS) -> list[str]:
    """The first `count` steps in about `budget` characters: whole where they fit, else their
    first sentence, else cut at the budget (the whole steps are one press away)."""
    out: list[str] = []
    left = budget
    chosen = list(steps[:count])
    for i, step in enumerate(chosen):
        share = left // (len(chosen) - i)
        text = step if len(step) <= share else _first_sentence(step)
        if len(text) > left:
            if out:
                break
            text = text[: max(1, left - 1)].rstrip() + "…"
        out.append(text)
        left -= len(text)
    return out


def _first_sentence(text: str) -> str:
    return next((p.strip() for p in _SENTENCE_END.split(text) if p.strip()), text)


def lead_sentences(text: str, lang: Lang) -> str:
    """The answer's first sentences, until they hold about SECOND_LEAD characters; "…" when
    more follows (one press away)."""
    parts = [p.strip() for p in _SENTENCE_END.split(text) if p.strip()]
    out: list[str] = []
    for p in parts:
        out.append(p)
        if sum(len(x) for x in out) >= SECOND_LEAD[lang]:
            break
    joined = ("" if lang == "zh" else " ").join(out)
    return joined if len(out) == len(parts) else f"{joined}…"


def second_block(detail: Detail | None, lang: Lang) -> list[Block]:
    """Another detail the message may be asking: its question and the lead of its answer."""
    if detail is None:
        return []
    return [Block("text", (lead_sentences(detail.answer.get(lang), lang),), detail.title.get(lang))]


def legal_block(entry: Entry, lang: Lang, folded: bool) -> Block | None:
    if not entry.legal:
        return None
    return Block(
        "legal",
        tuple(law.get(lang) for law in entry.legal),
        t("legal", lang),
        folded=folded,
        part=part_payload(entry.id, "legal"),
    )


def _related(kb: KnowledgeBase, entry: Entry, alternatives: Sequence[str], limit: int) -> list[str]:
    targets = list(dict.fromkeys([*alternatives, *entry.follow_ups]))
    return [x for x in targets if x != entry.id and x in kb][:limit]


def _part_rows(
    entry: Entry,
    lang: Lang,
    skip: Sequence[str] = (),
    details: int = DETAIL_BUTTONS,
    first: Detail | None = None,
) -> list[tuple[Button, ...]]:
    """All steps and legal basis side by side, then up to `details` detail questions (`first`
    first: a detail whose lead the reply shows, its whole answer one press away)."""
    parts = [p for p in entry_parts(entry, lang) if p.id not in skip]
    if first is not None:
        parts.sort(key=lambda p: p.id != f"d:{first.id}")
    head = tuple(Button(p.label, p.payload) for p in parts if p.id in ("steps", "legal"))
    rows: list[tuple[Button, ...]] = [head] if head else []
    rows += [(Button(p.label, p.payload),) for p in parts if p.id.startswith("d:")][:details]
    return rows


def first_screen_reply(
    kb: KnowledgeBase,
    entry: Entry,
    lang: Lang,
    candidates: Sequence[Candidate] = (),
    alternatives: Sequence[str] = (),
    said: str | None = None,
    detail: Detail | None = None,
    seen: Sequence[str] = (),
    second: Detail | None = None,
) -> Reply:
    """The short first answer: title, summary, the first steps (or the detail the message
    asked about), the legal basis folded; the rest one press away. `said` is a sentence
    built from what the person told us (amounts, creditor); `seen` the part ids already shown;
    `second` another detail the message may be asking (its lead under the first)."""
    b = ReplyBuilder(lang)
    b.add("title", entry.title.get(lang))
    b.add("text", entry.summary.get(lang) if entry.summary else "", said or "")
    if detail is not None:
        b.add("text", detail.answer.get(lang), heading=detail.title.get(lang))
    b.blocks.extend(second_block(second, lang))
    if detail is None:
        used = sum(len(x) for blk in b.blocks for x in blk.lines)
        b.add("steps", *brief_steps(entry.steps.get(lang), FIRST_SCREEN[lang] - used))
    legal = legal_block(entry, lang, folded=True)
    if legal is not None:
        b.blocks.append(legal)
    shown = [*seen, *([f"d:{detail.id}"] if detail else [])]
    for row in _part_rows(entry, lang, skip=shown, first=second):
        b.row(*row)
    targets = _related(kb, entry, alternatives, FIRST_SCREEN_RELATED)
    _topic_and_feedback_rows(b, kb, entry, targets, lang)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=tuple(candidates),
        follow_ups=tuple(targets),
        parts=entry_parts(entry, lang),
        partial=True,
        # title, summary, the detail asked about (and the second one)
        lead=(3 if detail is not None else 0) + (1 if second is not None and detail else 0),
    )


def steps_reply(kb: KnowledgeBase, entry: Entry, lang: Lang) -> Reply:
    """Every step and note of an entry (the "All steps" button), the legal basis folded."""
    b = ReplyBuilder(lang)
    b.add("title", entry.title.get(lang))
    b.add("steps", *entry.steps.get(lang), heading=t("steps", lang))
    b.add("notes", *entry.notes.get(lang), heading=t("notes", lang))
    legal = legal_block(entry, lang, folded=True)
    if legal is not None:
        b.blocks.append(legal)
    for row in _part_rows(entry, lang, skip=("steps",)):
        b.row(*row)
    targets = _related(kb, entry, (), MAX_FOLLOW_UP_BUTTONS)
    for target in targets:
        button = topic_button(kb, target, lang)
        if button:
            b.row(button)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=(Candidate(entry.id, 1.0),),
        follow_ups=tuple(targets),
        parts=entry_parts(entry, lang),
    )


def legal_reply(entry: Entry, lang: Lang) -> Reply:
    """The legal basis of an entry on its own (the "Legal basis" button)."""
    b = ReplyBuilder(lang).add("title", entry.title.get(lang))
    legal = legal_block(entry, lang, folded=False)
    if legal is not None:
        b.blocks.append(legal)
    for row in _part_rows(entry, lang, skip=("legal",)):
        b.row(*row)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=(Candidate(entry.id, 1.0),),
        parts=entry_parts(entry, lang),
        partial=True,
    )


def detail_reply(
    entry: Entry,
    detail: Detail,
    lang: Lang,
    candidates: Sequence[Candidate] = (),
    seen: Sequence[str] = (),
    second: Detail | None = None,
) -> Reply:
    """One detail, the lead of a `second` one the message may be asking, the topic's summary
    line under them, and "All steps" and the next detail questions as buttons."""
    b = ReplyBuilder(lang).add("title", detail.title.get(lang))
    b.add("text", detail.answer.get(lang))
    b.blocks.extend(second_block(second, lang))
    if entry.summary is not None:  # the topic's one thing to do, in case the detail misses it
        b.add("text", entry.summary.get(lang), heading=t("in_short", lang))
    for row in _part_rows(entry, lang, skip=(*seen, f"d:{detail.id}"), first=second):
        b.row(*row)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=tuple(candidates) or (Candidate(entry.id, 1.0),),
        parts=entry_parts(entry, lang),
        partial=True,
        lead=3 if second is not None else 2,  # the detail's title and answer (and the second)
    )


def pointer_reply(
    entry: Entry, lang: Lang, candidates: Sequence[Candidate] = (), seen: Sequence[str] = ()
) -> Reply:
    """One line back to an answer already given in this chat, the summary (the one thing to
    do) again, and the answer's other parts as buttons."""
    b = ReplyBuilder(lang).add("text", t("repeat_pointer", lang, title=entry.title.get(lang)))
    if entry.summary is not None:  # the one thing to do, again in a line
        b.add("text", entry.summary.get(lang))
    for row in _part_rows(entry, lang, skip=seen, details=DETAIL_BUTTONS + 1):
        b.row(*row)
    return b.build(
        kind="answer",
        topic=entry.id,
        candidates=tuple(candidates) or (Candidate(entry.id, 1.0),),
        parts=entry_parts(entry, lang),
        partial=True,
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
