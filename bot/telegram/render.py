"""Replies as Telegram HTML: bold title, numbered steps, the legal basis in a quieter block
(folded away as an expandable blockquote, Bot API 7.3+, under a short first answer).

Telegram refuses a message over 4096 characters or with unbalanced tags, so the
reply is split at block, then line, then word boundaries, and every piece is a
complete HTML fragment on its own (tags are closed and reopened across pieces).
Lengths are counted in UTF-16 code units of the HTML source, which is never less
than what Telegram counts after parsing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine import MAX_PAYLOAD_BYTES
from bot.reply import Block, Reply

MAX_MESSAGE = 4096
BLOCK_SEP = "\n\n"


def tg_len(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def esc(text: str) -> str:
    return html.escape(text, quote=False)


@dataclass(frozen=True)
class _Line:
    prefix: str  # HTML, short (a number, a bullet, a heading)
    text: str = ""  # plain text, escaped when rendered


@dataclass(frozen=True)
class _Part:
    """One block: lines inside an optional wrapping tag."""

    lines: tuple[_Line, ...]
    open: str = ""
    close: str = ""


def _part(block: Block) -> _Part:
    heading = (_Line(f"<b>{esc(block.heading)}</b>"),) if block.heading else ()
    kind, lines = block.kind, block.lines
    if kind == "title":
        return _Part(tuple(_Line("", x) for x in lines), "<b>", "</b>")
    if kind == "steps":
        return _Part((*heading, *(_Line(f"{i}. ", x) for i, x in enumerate(lines, start=1))))
    if kind in ("notes", "bullets"):
        return _Part((*heading, *(_Line("• ", x) for x in lines)))
    if kind == "legal":
        quiet = (_Line(f"<i>{esc(block.heading)}</i>"),) if block.heading else ()
        quote = "<blockquote expandable>" if block.folded else "<blockquote>"
        return _Part((*quiet, *(_Line("", x) for x in lines)), quote, "</blockquote>")
    if kind == "disclaimer":
        return _Part(tuple(_Line("ℹ️ ", x) for x in lines), "<i>", "</i>")
    if kind == "code":
        return _Part(tuple(_Line("", x) for x in lines), "<pre>", "</pre>")
    return _Part((*heading, *(_Line("", x) for x in lines)))


def _cut(text: str, budget: int) -> int:
    """How many characters of `text` fit in `budget` once escaped; prefers a word or clause end."""
    used = 0
    end = 0
    for i, ch in enumerate(text):
        used += tg_len(esc(ch))
        if used > budget:
            break
        end = i + 1
    else:
        return len(text)
    for j in range(end, max(0, end - 200), -1):  # back off to a natural break if one is near
        if text[j - 1] in " \n，。；、,;.!?！？":
            return j
    return max(1, end)


def _line_pieces(line: _Line, budget: int) -> list[str]:
    """One line as HTML pieces of at most `budget` units (a very long line is cut at words)."""
    whole = line.prefix + esc(line.text)
    if tg_len(whole) <= budget:
        return [whole]
    pieces, rest, prefix = [], line.text, line.prefix
    while rest:
        n = _cut(rest, budget - tg_len(prefix))
        pieces.append(prefix + esc(rest[:n].rstrip()))
        rest, prefix = rest[n:].lstrip(), ""
    return pieces


def _fragments(part: _Part, limit: int) -> list[str]:
    """The block as one fragment, or several if it is too long; each is balanced HTML."""
    budget = limit - tg_len(part.open) - tg_len(part.close)
    pieces = [p for line in part.lines for p in _line_pieces(line, budget)]
    out: list[str] = []
    current: list[str] = []
    size = 0
    for piece in pieces:
        extra = tg_len(piece) + (1 if current else 0)
        if current and size + extra > budget:
            out.append(part.open + "\n".join(current) + part.close)
            current, size = [], 0
            extra = tg_len(piece)
        current.append(piece)
        size += extra
    if current:
        out.append(part.open + "\n".join(current) + part.close)
    return out


def render_html(reply: Reply, limit: int = MAX_MESSAGE) -> list[str]:
    """The reply as one or more Telegram HTML messages, each at most `limit` units."""
    messages: list[str] = []
    current = ""
    for block in reply.blocks:
        for fragment in _fragments(_part(block), limit):
            joined = current + BLOCK_SEP + fragment if current else fragment
            if tg_len(joined) <= limit:
                current = joined
            else:
                messages.append(current)
                current = fragment
    if current:
        messages.append(current)
    return messages


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    """The reply's buttons as an inline keyboard (payloads become callback data). A button
    that would only show a block already folded into the message is left out."""
    folded = {b.part for b in reply.blocks if b.folded and b.part}
    rows = [
        [
            InlineKeyboardButton(b.label, callback_data=b.payload)
            for b in row
            if b.label
            and 0 < len(b.payload.encode()) <= MAX_PAYLOAD_BYTES
            and b.payload not in folded
        ]
        for row in reply.buttons
    ]
    rows = [r for r in rows if r]
    return InlineKeyboardMarkup(rows) if rows else None


def first_text(reply: Reply, limit: int = 200) -> str:
    """The first line of the reply, for a short notice (a callback toast, an inline description)."""
    for block in reply.blocks:
        if block.lines:
            line = block.lines[0]
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""
