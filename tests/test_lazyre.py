"""Patterns compiled on first use (bot/lazyre.py): the same results as `re`, and every
pattern the bot defines is valid, although none is compiled at import."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import bot
from bot import lazyre


def _import_every_module() -> None:
    for info in pkgutil.walk_packages(bot.__path__, "bot."):
        if not info.name.startswith(("bot.__main__", "bot.telegram")):
            importlib.import_module(info.name)
    # The safety lexicon's gap-pattern branches are made when the lexicon is built.
    from bot.safety.signals import default_lexicon

    default_lexicon()


def test_every_pattern_of_the_bot_compiles() -> None:
    _import_every_module()
    defined = lazyre.defined()
    assert len(defined) > 300  # the skills' patterns do go through lazyre
    bad = []
    for pattern, flags in defined:
        try:
            re.compile(pattern, flags)
        except re.error as exc:
            bad.append(f"{pattern!r}: {exc}")
    assert not bad


def test_a_pattern_is_compiled_only_when_used() -> None:
    pattern = lazyre.compile(r"(?P<n>\d+)\s*期", re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled yet
    found = pattern.search("分 12 期还")
    assert found is not None and found["n"] == "12"
    assert "search" in vars(pattern)  # now the compiled pattern's own method
    assert pattern.groupindex == {"n": 1} and pattern.groups == 1


def test_an_invalid_pattern_fails_when_used_not_when_defined() -> None:
    pattern = lazyre.compile(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")


@pytest.mark.parametrize(
    ("regex", "flags", "text"),
    [
        (r"\b(call|text)s?\b", re.IGNORECASE, "They CALLED, then Texts and calls"),
        (r"(\d{1,3})\s*(?:个|次)", 0, "打了8个电话，发了 12 次短信"),
        (r"[。！？]+", 0, "第一句。第二句！！第三句？"),
    ],
)
def test_same_results_as_re(regex: str, flags: int, text: str) -> None:
    lazy, plain = lazyre.compile(regex, flags), re.compile(regex, flags)
    assert lazy.findall(text) == plain.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("<>", text) == plain.sub("<>", text)
    assert lazy.split(text) == plain.split(text)
    assert (lazy.fullmatch(text) is None) == (plain.fullmatch(text) is None)
    assert lazy.pattern == plain.pattern and lazy.flags == plain.flags
