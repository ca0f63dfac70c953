"""`python -m bot <command>`: chat, run, health, kb check, eval, bench, safety, reminders, letter.

The command line is a public contract that scripts and operators rely on:
extend it, don't break it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

# Light imports only: `health` runs every 30 s in the container and must not load the engine.
from bot.clock import DEFAULT_TZ, utc_now
from bot.evalsets import split_name
from bot.kb import KnowledgeError, load
from bot.store import StorageError
from bot.zones import valid_zone

EXIT_USAGE = 2
EXIT_KB = 3
EXIT_STORAGE = 4
EXIT_INTERNAL = 1


class UsageError(Exception):
    """A command-line mistake, raised instead of argparse's own exit so that `chat --json`
    can report it as a JSON line too."""

    def __init__(self, parser: argparse.ArgumentParser, message: str):
        super().__init__(message)
        self.parser = parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(self, message)


def _zone(name: str) -> ZoneInfo:
    known = valid_zone(name)
    if known is None:
        raise argparse.ArgumentTypeError(f"unknown time zone {name[:64]!r}")
    return ZoneInfo(known)


def parse_now(value: str, tz: str = DEFAULT_TZ) -> datetime:
    """An ISO-8601 moment; a naive one is taken in `tz`."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"--now must be ISO-8601, e.g. 2026-11-22T09:00:00+08:00: {value!r}"
        ) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=_zone(tz))


def _clock(args: argparse.Namespace) -> Callable[[], datetime]:
    if getattr(args, "now", None):
        fixed = parse_now(args.now, args.tz)
        return lambda: fixed
    return utc_now


def _add_common(p: argparse.ArgumentParser, db: bool = True) -> None:
    p.add_argument(
        "--kb",
        metavar="DIR",
        help="knowledge directory (default: $HELPBOT_KNOWLEDGE, ./knowledge, or the packaged copy)",
    )
    if db:
        p.add_argument(
            "--db",
            metavar="PATH",
            help="state database (default: $HELPBOT_DB or the user data dir)",
        )
    p.add_argument("--now", metavar="ISO", help="fixed clock, ISO-8601 (naive times are in --tz)")
    p.add_argument(
        "--tz", default=DEFAULT_TZ, metavar="NAME", help=f"time zone (default {DEFAULT_TZ})"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m bot", description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log debug information (never message text)"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = sub.add_parser("chat", help="chat in the terminal (no Telegram token needed)")
    _add_common(chat)
    chat.add_argument(
        "--json", action="store_true", help="JSON line protocol: one object per input line"
    )
    chat.add_argument(
        "--out", metavar="DIR", help="where letters and exports are saved (default: current dir)"
    )
    chat.set_defaults(func=cmd_chat)

    run = sub.add_parser("run", help="run the Telegram bot (TELEGRAM_BOT_TOKEN, see README)")
    run.set_defaults(func=cmd_run)

    health = sub.add_parser(
        "health", help="exit 0 if the running bot is alive (Docker HEALTHCHECK)"
    )
    health.add_argument(
        "--max-age",
        type=float,
        metavar="SECONDS",
        help="oldest acceptable heartbeat (default: 3 x HEARTBEAT_SECONDS)",
    )
    health.set_defaults(func=cmd_health)

    kb = sub.add_parser("kb", help="knowledge base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True, metavar="SUBCOMMAND")
    check = kb_sub.add_parser("check", help="validate knowledge/ and print a summary and warnings")
    check.add_argument("--kb", metavar="DIR", help="knowledge directory")
    check.add_argument("--strict", action="store_true", help="exit non-zero on warnings too")
    check.set_defaults(func=cmd_kb_check)

    ev = sub.add_parser("eval", help="evaluate matching on a labelled set")
    ev.add_argument("path", nargs="?", help="evaluation set (default: tests/data/eval.yaml)")
    ev.add_argument(
        "--skills",
        nargs="?",
        const="dev",
        type=split_name,
        metavar="SPLIT",
        help="evaluate the scam check and the evidence log on tests/data/intents/*.SPLIT.jsonl "
        "(dev, holdout, round2, or any split with files there; default: dev)",
    )
    ev.add_argument("--skill-misses", action="store_true", help="with --skills: list every miss")
    ev.add_argument("--kb", metavar="DIR", help="knowledge directory")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument(
        "--intents",
        action="store_true",
        help="evaluate the intent layer (reminders) on tests/data/intents/*.SPLIT.jsonl or PATH",
    )
    ev.add_argument(
        "--split",
        type=split_name,
        default="dev",
        help="with --intents: dev, holdout, round2, or any split with files in tests/data/intents",
    )
    ev.add_argument("--misses", action="store_true", help="with --intents: list every miss")
    ev.add_argument(
        "--safety",
        action="store_true",
        help="also the safety report (always on for the default set): tests/data/safety/",
    )
    ev.set_defaults(func=cmd_eval)

    bench = sub.add_parser("bench", help="benchmark matching speed and memory")
    bench.add_argument("--kb", metavar="DIR", help="knowledge directory")
    bench.add_argument("--sizes", default="1000,10000", help="synthetic knowledge base sizes")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument(
        "--startup-runs",
        type=int,
        default=7,
        metavar="N",
        help="fresh processes timed for the first JSON line (default 7)",
    )
    bench.set_defaults(func=cmd_bench)

    safety = sub.add_parser("safety", help="assess messages for self-harm and violence risk")
    safety.add_argument("text", nargs="*", help="the message (default: one per line on stdin)")
    safety.add_argument("--explain", action="store_true", help="the signals, rules and model")
    safety.add_argument("--lang-code", metavar="CODE", help="Telegram language code (zh-HK...)")
    safety.add_argument("--json", action="store_true", help="one JSON object per message")
    safety.set_defaults(func=cmd_safety)

    letter = sub.add_parser(
        "letter", help="list letter templates, or render one from --field values"
    )
    letter.add_argument("id", nargs="?", help="the letter to render (see --list)")
    letter.add_argument("--list", action="store_true", help="list the templates and their fields")
    letter.add_argument(
        "--field", action="append", default=[], metavar="NAME=VALUE", help="a field value"
    )
    letter.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the letter")
    letter.add_argument(
        "--example", action="store_true", help="fill unset fields with their examples"
    )
    _add_common(letter, db=False)
    letter.set_defaults(func=cmd_letter)

    rem = sub.add_parser("reminders", help="show stored reminders and what is due (read-only)")
    rem.add_argument(
        "action", choices=("list", "due"), help="list: all stored; due: what --now sends"
    )
    rem.add_argument(
        "--db", metavar="PATH", help="state database (default: $HELPBOT_DB or data dir)"
    )
    rem.add_argument(
        "--now", metavar="ISO", help="moment to check (default: now); naive is in --tz"
    )
    rem.add_argument(
        "--tz", default=DEFAULT_TZ, metavar="NAME", help=f"zone of a naive --now ({DEFAULT_TZ})"
    )
    rem.add_argument("--chat", metavar="ID", help="only this chat")
    rem.add_argument("--json", action="store_true", help="one JSON object per line")
    rem.set_defaults(func=cmd_reminders)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    as_json = _wants_json(argv)
    try:
        args = parser.parse_args(argv)
        logging.basicConfig(
            level=logging.DEBUG if args.verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        try:
            return int(args.func(args) or 0)
        except argparse.ArgumentTypeError as exc:
            raise UsageError(parser, str(exc)) from exc
    except UsageError as exc:
        exc.parser.print_usage(sys.stderr)
        return _fatal(as_json, "usage", f"{exc.parser.prog}: error: {exc}", EXIT_USAGE)
    except KnowledgeError as exc:
        return _fatal(as_json, "knowledge", f"error: {exc}", EXIT_KB)
    except BrokenPipeError:
        # The reader went away (`python -m bot safety --explain ... | head`): nothing to report.
        # Point stdout at /dev/null so that the interpreter's own flush at exit stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except StorageError as exc:
        # An unwritable or corrupt database (a root-owned /data volume, a full disk): one clear
        # line instead of a traceback; in Docker, README says to `chown 10001` the volume.
        return _fatal(as_json, "storage", f"error: {exc}", EXIT_STORAGE)
    except Exception as exc:
        if not as_json:
            raise
        # A bug: the traceback goes to stderr as usual, and the JSON reader still gets its line.
        traceback.print_exc()
        return _fatal(True, "internal", f"error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)


def _wants_json(argv: Sequence[str]) -> bool:
    """`chat ... --json`: fatal errors are then also reported as one JSON line on stdout."""
    words = [a for a in argv if a not in ("-v", "--verbose")]
    return bool(words) and words[0] == "chat" and "--json" in words


def _fatal(as_json: bool, code: str, message: str, exit_code: int) -> int:
    """Report a fatal error on stderr and, in `--json` mode, as a protocol line with kind "error"."""
    print(message, file=sys.stderr)
    if as_json:
        from bot.console import json_line

        sys.stdout.write(json_line(error_json(code, message, exit_code)))
        sys.stdout.flush()
    return exit_code


def error_json(code: str, message: str, exit_code: int) -> dict[str, object]:
    """The JSON line of a fatal error: the protocol's fields, plus `error` saying what failed."""
    return {
        "topic": None,
        "candidates": [],
        "reply": message,
        "reminder": None,
        "action": None,
        "lang": "en",
        "kind": "error",
        "buttons": [],
        "documents": [],
        "error": {"code": code, "exit": exit_code, "message": message},
    }


def cmd_chat(args: argparse.Namespace) -> int:
    from bot import console
    from bot.bootstrap import build_engine

    _zone(args.tz)
    clock = _clock(args)
    engine = build_engine(args.kb, args.db, clock=clock, default_tz=args.tz)
    out = Path(args.out) if args.out else Path.cwd()
    if args.json:
        return console.run_json(engine, console.stdin_bytes(), sys.stdout, out, clock)
    return console.run_interactive(engine, out, clock)


def cmd_run(args: argparse.Namespace) -> int:
    from bot.config import ConfigError, Settings

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.verbose:  # LOG_LEVEL (default INFO) for the long-running bot; -v still means DEBUG
        logging.getLogger().setLevel(settings.log_level)
    from bot.telegram.app import run

    return run(settings)


def cmd_health(args: argparse.Namespace) -> int:
    from datetime import timedelta

    from bot import health
    from bot.config import ConfigError, Settings

    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    max_age = timedelta(seconds=args.max_age or 3 * settings.heartbeat_seconds)
    result = health.check(settings.db_path, settings.heartbeat_path, max_age, utc_now())
    print(result.reason, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def cmd_kb_check(args: argparse.Namespace) -> int:
    from bot.kb.quality import layout_warnings, summary, warnings
    from bot.letters.templates import load_letters

    kb = load(args.kb)
    letters = load_letters(kb.root)
    print(summary(kb))
    print(letters.summary())
    found = warnings(kb)
    for w in found:
        print(f"warning: {w}")
    layout = layout_warnings(kb)  # already among the warnings above; counted apart
    print(f"OK: knowledge base is valid ({len(found)} warning(s), {len(layout)} layout gap(s))")
    return 1 if (found and args.strict) else 0


def cmd_letter(args: argparse.Namespace) -> int:
    from bot.letters.cli import main as letter_main

    return letter_main(args, _clock(args)().astimezone(_zone(args.tz)).date())


def cmd_eval(args: argparse.Namespace) -> int:
    if args.intents:
        from bot.bootstrap import build_engine
        from bot.intent.evaluate import NOW
        from bot.intent.evaluate import main as intents_main

        return intents_main(args, build_engine(args.kb, db_path=":memory:", clock=lambda: NOW))
    from bot.evaluation import main as eval_main

    if getattr(args, "skills", None):
        from bot.bootstrap import build_engine
        from bot.skills_eval import NOW as SKILLS_NOW
        from bot.skills_eval import main as skills_main

        engine = build_engine(args.kb, db_path=":memory:", clock=lambda: SKILLS_NOW)
        return skills_main(args, engine)
    return eval_main(args)


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.bench import main as bench_main

    return bench_main(args)


def cmd_safety(args: argparse.Namespace) -> int:
    from bot.safety.cli import main as safety_main

    return safety_main(args)


def cmd_reminders(args: argparse.Namespace) -> int:
    from bot.reminders.cli import main as reminders_main

    _zone(args.tz)
    return reminders_main(args, _clock(args)())
