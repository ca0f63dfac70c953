"""Telegram's HTML parse mode, as the Bot API documents it ("Formatting options").

Strict like the real server: only the documented tags, every `<`, `>` and `&` outside
a tag escaped, tags properly nested and closed. Returns the plain text and the
entities with offsets and lengths in UTF-16 code units.
"""

from __future__ import annotations

import html
import re
from typing import Any

TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",  # only with class="tg-spoiler"
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TOKEN = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*>|&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<>&]"
)
_ATTR = re.compile(r'([a-zA-Z-]+)(?:\s*=\s*"([^"]*)"|\s*=\s*\'([^\']*)\'|\s*=\s*([^\s"\'>]+))?')


class ParseError(ValueError):
    pass


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse(source: str) -> tuple[str, list[dict[str, Any]]]:
    """(text, entities) for an HTML-formatted message; ParseError says what Telegram would say."""
    out: list[str] = []
    length = 0  # UTF-16 length of the text so far
    stack: list[tuple[str, int, dict[str, Any]]] = []
    entities: list[dict[str, Any]] = []
    pos = 0

    def byte_offset(i: int) -> int:
        return len(source[:i].encode("utf-8"))

    def emit(text: str) -> None:
        nonlocal length
        out.append(text)
        length += _u16(text)

    for m in _TOKEN.finditer(source):
        if m.start() > pos:
            emit(source[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if m.group(4):  # a character reference
            emit(html.unescape(token))
            continue
        if token in "<>&":
            raise ParseError(
                f"Can't parse entities: unexpected character {token!r} at byte offset {byte_offset(m.start())}"
            )
        closing, name, attrs = m.group(1) == "/", m.group(2).lower(), m.group(3) or ""
        if name not in TAGS:
            kind = "end" if closing else "start"
            raise ParseError(
                f'Can\'t parse entities: Unsupported {kind} tag "{name}" at byte offset {byte_offset(m.start())}'
            )
        if closing:
            if not stack:
                raise ParseError(
                    f"Can't parse entities: Unexpected end tag at byte offset {byte_offset(m.start())}"
                )
            open_name, start, extra = stack.pop()
            if open_name != name:
                raise ParseError(
                    f"Can't parse entities: Unmatched end tag at byte offset {byte_offset(m.start())}, "
                    f'expected "</{open_name}>", found "</{name}>"'
                )
            if length > start:
                entities.append({"offset": start, "length": length - start, **extra})
            continue
        values = {
            a.group(1).lower(): a.group(2) or a.group(3) or a.group(4) or ""
            for a in _ATTR.finditer(attrs)
        }
        entity: dict[str, Any] = {"type": TAGS[name]}
        if name == "span" and values.get("class") != "tg-spoiler":
            raise ParseError(
                f'Can\'t parse entities: Unsupported start tag "span" at byte offset {byte_offset(m.start())}'
            )
        if name == "a":
            entity["url"] = html.unescape(values.get("href", ""))
        if name == "blockquote" and "expandable" in values:
            entity["type"] = "expandable_blockquote"
        if name == "tg-emoji":
            entity["custom_emoji_id"] = values.get("emoji-id", "")
        stack.append((name, length, entity))
    if pos < len(source):
        emit(source[pos:])
    if stack:
        raise ParseError(
            f"Can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1][0]}\""
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities
