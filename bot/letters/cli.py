"""`python -m bot letter`: list the templates, or render one from --field NAME=VALUE."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from bot.kb import default_root
from bot.letters.fields import message, parse_value
from bot.letters.templates import (
    LetterSet,
    check_values,
    load_letters,
    render,
    shortfall_notes,
)

EXIT_USAGE = 2


def list_text(letters: LetterSet) -> str:
    """One block per template: id, titles, and its fields (required ones marked with *)."""
    if not letters:
        return "no letter templates found"
    blocks = []
    for letter in letters:
        fields = ", ".join(f"{f.name}*" if f.required else f.name for f in letter.fields)
        blocks.append(f"{letter.id}\n  {letter.title.zh} / {letter.title.en}\n  fields: {fields}")
    return "\n".join(blocks) + "\n(* required)"


def parse_fields(pairs: list[str]) -> dict[str, str]:
    """NAME=VALUE pairs; the value may contain '=' and spaces."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"--field must look like NAME=VALUE, got {pair!r}")
        values[name.strip()] = value
    return values


def main(args: argparse.Namespace, today: date) -> int:
    letters = load_letters(args.kb or default_root())
    if args.list:
        print(list_text(letters))
        return 0
    if not args.id:
        print("error: give a letter id, or --list to see them", file=sys.stderr)
        return EXIT_USAGE
    letter = letters.get(args.id)
    if letter is None:
        known = ", ".join(x.id for x in letters) or "none"
        print(f"error: no letter '{args.id}' (known: {known})", file=sys.stderr)
        return EXIT_USAGE
    raw = letter.examples(args.lang) if args.example else {}
    raw.update(parse_fields(args.field))
    values, errors = check_values(letter, raw, today)
    missing = [f.name for f in letter.fields if f.required and f.name not in raw]
    if missing:
        errors.append(
            f"letter '{letter.id}' is missing required field(s): {', '.join(missing)} "
            "(give each as --field NAME=VALUE)"
        )
    if errors:
        for line in errors:
            print(f"error: {line}", file=sys.stderr)
        return EXIT_USAGE
    for spec in letter.fields:  # tell the operator when a value was cut down, as the chat does
        if spec.name in raw and spec.type in ("text", "last4"):
            for key in parse_value(spec, raw[spec.name], today).notices:
                print(f"note: field '{spec.name}': {message(key, 'en')}", file=sys.stderr)
    for note in shortfall_notes(letter, values, "en"):
        print(f"warning: {note}", file=sys.stderr)
    sys.stdout.write(render(letter, args.lang, values, today))
    return 0
