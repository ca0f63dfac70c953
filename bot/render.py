"""Plain-text rendering of replies (terminal chat and the JSON protocol's `reply`)."""

from __future__ import annotations

from bot.reply import Block, Reply


def block_text(block: Block) -> str:
    lines: list[str] = []
    if block.heading:
        lines.append(f"{block.heading}:")
    if block.kind == "title":
        lines.extend(f"【{x}】" for x in block.lines)
    elif block.kind == "steps":
        lines.extend(f"{i}. {x}" for i, x in enumerate(block.lines, start=1))
    elif block.kind in ("notes", "bullets", "legal"):
        lines.extend(f"• {x}" for x in block.lines)
    elif block.kind == "disclaimer":
        lines.extend(f"ℹ️ {x}" for x in block.lines)
    else:
        lines.extend(block.lines)
    return "\n".join(lines)


def render_text(reply: Reply, numbered_buttons: bool = True) -> str:
    """The reply as terminal text; buttons become a numbered list the person can pick from.
    Folded blocks are left out: their own button shows them."""
    parts = [block_text(b) for b in reply.blocks if not b.folded]
    buttons = reply.all_buttons()
    if buttons and numbered_buttons:
        parts.append("\n".join(f"[{i}] {b.label}" for i, b in enumerate(buttons, start=1)))
    return "\n\n".join(p for p in parts if p)


def render_blocks(blocks: tuple[Block, ...]) -> str:
    """Blocks as plain text, folded ones included (the whole answer)."""
    return "\n\n".join(t for t in (block_text(b) for b in blocks) if t)
