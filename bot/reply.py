"""Replies are plain data: blocks of text and buttons as labels with payloads.

Adapters render them (Telegram HTML, terminal text, JSON); nothing here knows
about Telegram.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from bot.kb.model import Lang

BlockKind = Literal["title", "text", "steps", "bullets", "notes", "legal", "disclaimer", "code"]
ReplyKind = Literal["answer", "choose", "unknown", "info", "flow", "error"]


@dataclass(frozen=True)
class Button:
    label: str
    payload: str


@dataclass(frozen=True)
class Block:
    """A run of text of one kind; `heading` is an optional label shown above it."""

    kind: BlockKind
    lines: tuple[str, ...]
    heading: str | None = None
    # A folded block is shown collapsed where the medium can (Telegram's expandable quote)
    # and left out elsewhere; `part` is the payload of the button that shows it on its own.
    folded: bool = False
    part: str | None = None


@dataclass(frozen=True)
class Candidate:
    topic: str
    score: float


@dataclass(frozen=True)
class Part:
    """One part of an answer reachable on demand (all steps, the legal basis, a detail)."""

    id: str  # "steps", "legal" or "d:<detail id>"
    label: str
    payload: str


@dataclass(frozen=True)
class Document:
    """A file to hand the person (a letter, an exported log)."""

    filename: str
    content: str
    mime: str = "text/plain"


# Characters of a reply a phone shows before the buttons: what "the first screen" means.
FIRST_SCREEN = {"zh": 350, "en": 700}


@dataclass(frozen=True)
class Reply:
    blocks: tuple[Block, ...]
    lang: Lang
    kind: ReplyKind = "info"
    topic: str | None = None
    candidates: tuple[Candidate, ...] = ()
    buttons: tuple[tuple[Button, ...], ...] = ()
    follow_ups: tuple[str, ...] = ()
    reminder: dict[str, Any] | None = None
    action: dict[str, Any] | None = None
    documents: tuple[Document, ...] = ()
    traditional: bool = False
    parts: tuple[Part, ...] = ()  # the parts of the answer one press away
    partial: bool = False  # shows part of its topic's answer (the whole is one press away)
    # Blocks at the top that answer the one thing asked (a detail): a line another stage adds
    # "above the answer" goes below them, so the fact stays at the top of the first screen.
    lead: int = 0

    def all_buttons(self) -> list[Button]:
        return [b for row in self.buttons for b in row]

    def map_text(self, fn: Callable[[str], str]) -> Reply:
        """The same reply with `fn` applied to every visible string (used for script conversion,
        where `fn` maps text piece by piece: all strings go through one call)."""
        strings = [
            *(x for b in self.blocks for x in (*b.lines, b.heading or "")),
            *(b.label for row in self.buttons for b in row),
            *(d.content for d in self.documents),
            *(p.label for p in self.parts),
        ]
        mapped = iter(_map_all(fn, strings))

        def blocks(items: tuple[Block, ...]) -> tuple[Block, ...]:
            out = []
            for b in items:
                lines = tuple(next(mapped) for _ in b.lines)
                heading = next(mapped)
                out.append(replace(b, lines=lines, heading=heading if b.heading else None))
            return tuple(out)

        return replace(
            self,
            blocks=blocks(self.blocks),
            buttons=tuple(
                tuple(replace(b, label=next(mapped)) for b in row) for row in self.buttons
            ),
            documents=tuple(replace(d, content=next(mapped)) for d in self.documents),
            parts=tuple(replace(p, label=next(mapped)) for p in self.parts),
        )


_SEP = "\x1f"  # a control character: sanitised out of messages, absent from the knowledge base


def _map_all(fn: Callable[[str], str], strings: list[str]) -> list[str]:
    """`fn` over many strings in one call (a script converter's cost is mostly per call);
    one by one if the strings cannot be told apart afterwards."""
    if any(_SEP in x for x in strings):
        return [fn(x) for x in strings]
    out = fn(_SEP.join(strings)).split(_SEP)
    return out if len(out) == len(strings) else [fn(x) for x in strings]


def text_reply(lang: Lang, *paragraphs: str, kind: ReplyKind = "info", **extra: Any) -> Reply:
    """A reply made of plain paragraphs."""
    return Reply(blocks=(Block("text", tuple(paragraphs)),), lang=lang, kind=kind, **extra)


def with_blocks(reply: Reply, *blocks: Block, first: bool = False) -> Reply:
    """Add blocks to a reply, at the end or at the front."""
    new = (*blocks, *reply.blocks) if first else (*reply.blocks, *blocks)
    return replace(reply, blocks=new)


def below_lead(reply: Reply, *blocks: Block) -> Reply:
    """Add blocks at the front, but below the blocks that answer what was asked (`lead`)."""
    at = reply.lead
    return replace(reply, blocks=(*reply.blocks[:at], *blocks, *reply.blocks[at:]))


def offer_under(answer: Reply, offer: Reply) -> Reply:
    """The knowledge base's answer with a skill's offer under it (log this tally? set this
    reminder?): the offer's buttons first, its action and reminder fields where it has them."""
    return replace(
        answer,
        blocks=(*answer.blocks, *offer.blocks),
        buttons=(*offer.buttons, *answer.buttons),
        action=offer.action or answer.action,
        reminder=offer.reminder or answer.reminder,
    )


def _chars(blocks: tuple[Block, ...]) -> int:
    return sum(len(b.heading or "") + sum(len(x) + 1 for x in b.lines) + 2 for b in blocks)


def on_first_screen(reply: Reply, *blocks: Block) -> Reply:
    """Add blocks below the lead (`below_lead`) when lead and blocks together fit well inside
    the first screen; otherwise at the very top, so that what they say is seen first (a long
    lead, such as a topic's summary with a detail under it, would push them off the screen)."""
    room = FIRST_SCREEN[reply.lang] * 2 // 3
    if _chars(reply.blocks[: reply.lead]) + _chars(blocks) <= room:
        return below_lead(reply, *blocks)
    lead = reply.lead + len(blocks) if reply.lead else 0
    return replace(reply, blocks=(*blocks, *reply.blocks), lead=lead)


def buttons_in_rows(buttons: list[Button], per_row: int = 1) -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))


@dataclass
class ReplyBuilder:
    """Collects blocks and buttons for one reply."""

    lang: Lang
    blocks: list[Block] = field(default_factory=list)
    rows: list[tuple[Button, ...]] = field(default_factory=list)

    def add(self, kind: BlockKind, *lines: str, heading: str | None = None) -> ReplyBuilder:
        lines = tuple(x for x in lines if x)
        if lines:
            self.blocks.append(Block(kind, lines, heading))
        return self

    def row(self, *buttons: Button) -> ReplyBuilder:
        if buttons:
            self.rows.append(tuple(buttons))
        return self

    def build(self, **extra: Any) -> Reply:
        return Reply(blocks=tuple(self.blocks), lang=self.lang, buttons=tuple(self.rows), **extra)
