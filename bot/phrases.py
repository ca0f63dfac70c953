"""Find many known phrases in a text in one pass (Aho–Corasick, via pyahocorasick).

The matcher looks for hundreds of terms in every message: synonyms to rewrite, keywords
and domain terms, safety triggers, homophone spellings. Walking the message character by
character in Python cost about a quarter of a long message's time; the automaton scans
in C and hands back only the hits.

Phrases follow the normalised text's rules (words separated by single spaces): a phrase
with Chinese in it may occur anywhere, since Chinese has no spaces between words; an
ASCII phrase only as whole words ("bank" is not found in "banking").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import ahocorasick


class PhraseIndex:
    """A fixed set of phrases, searched for in normalised text."""

    def __init__(self, phrases: Iterable[str]):
        self.phrases = frozenset(p for p in phrases if p)
        self._automaton = ahocorasick.Automaton()
        for phrase in self.phrases:
            padded = phrase.isascii()  # stored with a space either side: whole words only
            key = f" {phrase} " if padded else phrase
            self._automaton.add_word(key, (phrase, len(phrase), padded))
        if self.phrases:
            self._automaton.make_automaton()

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def spans(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, phrase) of every occurrence in `text`, overlapping ones included."""
        if not self.phrases:
            return
        # The text is padded with a space either side so that a whole-word phrase can match
        # at its ends; `end` is the index of a match's last character in the padded text.
        for end, (phrase, n, padded) in self._automaton.iter(f" {text} "):
            if padded:
                yield end - n - 1, end - 1, phrase
            else:
                yield end - n, end, phrase

    def by_start(
        self, text: str, places: Sequence[int] | None = None
    ) -> list[tuple[int, int, str]]:
        """spans() as (start, -end, phrase), sorted: from the left and, at one place, the
        longest first (the order in which leftmost-longest choices are made). One list built
        and sorted in C, for callers that look at every occurrence of many phrases.
        `places`: where each character of `text` stands in a longer text (ascending), to
        report spans there (a phrase must then be contiguous in the longer text too)."""
        if not self.phrases:
            return []
        if places is None:
            found = [
                (end - n - 1, 1 - end, phrase) if padded else (end - n, -end, phrase)
                for end, (phrase, n, padded) in self._automaton.iter(f" {text} ")
            ]
        else:
            found = [
                (places[end - n - 1], -1 - places[end - 2], phrase)
                if padded
                else (places[end - n], -1 - places[end - 1], phrase)
                for end, (phrase, n, padded) in self._automaton.iter(f" {text} ")
            ]
        found.sort()
        return found

    def find(self, text: str) -> list[str]:
        """Every occurrence of a phrase, overlapping ones included, in order of where it ends."""
        if not self.phrases:
            return []
        return [phrase for _, (phrase, _, _) in self._automaton.iter(f" {text} ")]  # as spans()

    def longest(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping occurrences, chosen from the left: at the first position where a
        phrase starts, the longest one there, then on from its end."""
        at: dict[int, tuple[int, str]] = {}
        for start, end, phrase in self.spans(text):
            if end > at.get(start, (-1, ""))[0]:
                at[start] = (end, phrase)
        out: list[tuple[int, int, str]] = []
        pos = 0
        for start in sorted(at):
            if start >= pos:
                end, phrase = at[start]
                out.append((start, end, phrase))
                pos = end
        return out
