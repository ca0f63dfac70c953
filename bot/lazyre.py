"""`re`, with patterns compiled the first time they are used rather than at import.

The skills hold hundreds of module-level patterns (dates, amounts, red flags, evidence
kinds); compiling them all took about 0.2 s of every start, while a first message uses a
tenth of them. A module opts in with one line, `from bot import lazyre as re`, and
otherwise reads as plain `re`. A pattern's syntax is still checked by the tests
(`tests/test_lazyre.py` compiles every pattern the bot defines), so an error cannot
wait for the message that first uses it.
"""

from __future__ import annotations

import re as _re
from re import (  # noqa: F401  (the rest of `re`, as it is)
    ASCII,
    DOTALL,
    IGNORECASE,
    MULTILINE,
    UNICODE,
    VERBOSE,
    A,
    I,
    M,
    Match,
    Pattern,
    RegexFlag,
    S,
    U,
    X,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    search,
    split,
    sub,
    subn,
)
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_DEFINED: list[_LazyPattern] = []


class _LazyPattern:
    """Stands for `re.compile(pattern, flags)`; compiles on first use, then its methods are
    the compiled pattern's own (bound once, so a call costs what it would on a Pattern)."""

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> Pattern[str]:
        compiled = _re.compile(self.pattern, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        self.flags, self.groups, self.groupindex = (
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )
        return compiled

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazyre.compile({self.pattern!r})"


def compile(pattern: str, flags: int = 0) -> Pattern[str]:  # noqa: A001  (re's own name)
    """A pattern that behaves as `re.compile(pattern, flags)` for its methods (search, match,
    fullmatch, finditer, findall, sub, subn, split) and attributes; compiled when first used."""
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    lazy = _LazyPattern(pattern, int(flags))
    _DEFINED.append(lazy)
    return cast(Pattern[str], lazy)


def defined() -> list[tuple[str, int]]:
    """(pattern, flags) of every pattern made here so far (for the test that compiles them)."""
    return [(p.pattern, p.flags) for p in _DEFINED]
