"""Letters: templates in knowledge/letters/, filled in with the person in chat or on the CLI."""

from bot.letters.templates import (
    Letter,
    LetterField,
    LetterSet,
    MissingFields,
    load_letters,
    render,
)

__all__ = ["Letter", "LetterField", "LetterSet", "MissingFields", "load_letters", "render"]
