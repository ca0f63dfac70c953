"""The terminal adapter: an interactive chat and the `--json` line protocol."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from bot.render import render_text
from bot.reply import Reply

if TYPE_CHECKING:  # the JSON helpers are used on the fatal-error path, before any engine exists
    from bot.engine import Engine

CHAT_ID = "console"
QUIT = {"/quit", "/exit", "quit", "exit", "退出"}


def reply_json(
    reply: Reply, saved: list[dict[str, str]] | None = None, full: str | None = None
) -> dict[str, Any]:
    """The JSON protocol object for one reply (a public contract: extend, don't break);
    `full` is the whole answer when the reply shows only part of it."""
    return {
        "topic": reply.topic,
        "candidates": [{"topic": c.topic, "score": c.score} for c in reply.candidates[:3]],
        "reply": render_text(reply),
        "reminder": reply.reminder,
        "action": reply.action,
        "lang": reply.lang,
        "kind": reply.kind,
        "buttons": [{"label": b.label, "payload": b.payload} for b in reply.all_buttons()],
        "documents": saved or [],
        "parts": [{"id": p.id, "label": p.label, "payload": p.payload} for p in reply.parts],
        "full": full,
    }


def json_line(obj: dict[str, Any]) -> str:
    """One protocol line: UTF-8 JSON, with U+2028/U+2029 escaped as well, since JavaScript
    and many line readers take them for line breaks and would split the object."""
    text = json.dumps(obj, ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n"


def save_documents(reply: Reply, out_dir: Path | None) -> list[dict[str, str]]:
    """Write the reply's documents (letters, exports) as files; return their names and paths."""
    if not reply.documents or out_dir is None:
        return [{"filename": d.filename, "path": ""} for d in reply.documents]
    out_dir.mkdir(parents=True, exist_ok=True)
    saved = []
    for doc in reply.documents:
        path = out_dir / Path(doc.filename).name
        path.write_text(doc.content, encoding="utf-8")
        saved.append({"filename": doc.filename, "path": str(path)})
    return saved


def _lines(stream: IO[bytes]) -> Iterable[str]:
    for raw in stream:
        yield raw.decode("utf-8", errors="replace").rstrip("\r\n")


def run_json(
    engine: Engine, stdin: IO[bytes], stdout: IO[str], out_dir: Path | None, now_fn: Any
) -> int:
    """One JSON object per input line, in order, flushed."""
    for line in _lines(stdin):
        reply = engine.handle(CHAT_ID, line, now=now_fn())
        saved = save_documents(reply, out_dir)
        stdout.write(json_line(reply_json(reply, saved, engine.full_answer(reply))))
        stdout.flush()
    return 0


def run_interactive(engine: Engine, out_dir: Path | None, now_fn: Any) -> int:
    """A readline-friendly chat; numbered buttons are picked by typing the number."""
    try:
        import readline  # noqa: F401  (enables line editing and history for input())
    except ImportError:  # pragma: no cover - not on every platform
        pass
    first = engine.handle(CHAT_ID, "/start", now=now_fn())
    print(render_text(first), end="\n\n")
    print("(Type your question; a number picks an option; /quit to leave.)\n")
    while True:
        try:
            line = input("> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip().lower() in QUIT:
            return 0
        reply = engine.handle(CHAT_ID, line, now=now_fn())
        print()
        print(render_text(reply))
        for doc in save_documents(reply, out_dir):
            if doc["path"]:
                print(f"(saved {doc['path']})")
        print()


def stdin_bytes() -> IO[bytes]:
    return sys.stdin.buffer
