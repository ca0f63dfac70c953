"""Signals: which kinds of risk language a message holds, and the rules that combine them.

`normalize` folds a message the way the lexicon is folded (full-width to half-width, case,
traditional to simplified, punctuation to spaces), rewrites pinyin abbreviations ("bxh")
to the words they stand for, and fixes homophone typos against the lexicon's own words
(跳搂 → 跳楼, 和农药 → 喝农药), the way bot.homophones does for the knowledge base.
Figures of speech (笑死, 想死你了, "killing me") are blanked before anything else is looked
for, so they cannot fire; what is left is searched for every category at once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

import ahocorasick

from bot import lazyre
from bot.homophones import HomophoneFixer
from bot.phrases import PhraseIndex
from bot.safety import lexicon
from bot.text import CJK_RUN, clean

Level = int  # 0 none, 1 possible, 2 clear
NONE, POSSIBLE, CLEAR = 0, 1, 2
LEVEL_NAMES = ("none", "possible", "clear")
RISKS = ("self-harm", "violence")

# Category name -> lexicon text. The order is the order of the model's signal features.
CATEGORIES: dict[str, str] = {
    "sh_ideation": lexicon.SH_IDEATION,
    "sh_method": lexicon.SH_METHOD,
    "sh_means": lexicon.SH_MEANS,
    "sh_prep": lexicon.SH_PREP,
    "sh_farewell": lexicon.SH_FAREWELL,
    "sh_despair": lexicon.SH_DESPAIR,
    "sh_burden": lexicon.SH_BURDEN,
    "sh_euphemism": lexicon.SH_EUPHEMISM,
    "sh_urgency": lexicon.SH_URGENCY,
    "sh_attempt": lexicon.SH_ATTEMPT,
    "sh_helpseek": lexicon.SH_HELPSEEK,
    "v_target": lexicon.V_TARGET,
    "v_confine": lexicon.V_CONFINE,
    "v_act": lexicon.V_ACT,
    "v_veiled": lexicon.V_VEILED,
    "v_imminent": lexicon.V_IMMINENT,
    "v_happened": lexicon.V_HAPPENED,
    "v_fear": lexicon.V_FEAR,
    "negation": lexicon.NEGATION,
    "other": lexicon.OTHER,
    "fiction": lexicon.FICTION,
    "official": lexicon.OFFICIAL,
    "staff": lexicon.STAFF,
}
MODIFIERS = (
    "v_threat",
    "v_probe",
    "sh_plan",
    "figurative",
    "hk",
    "tw",
)  # found by patterns or kept apart
# A stated intention right before a method ("想上吊", "准备跳河", "going to jump off"): built
# from the method category's own phrases, so it grows with it.
INTENT_ZH = "(?:想|要|准备|打算|决定|干脆|不如)(?:去|要|直接)?"
INTENT_EN = r"\b(?:want|wanna|going|gonna|plan|planning|ready|about|decided|i will|i'll|im going|i'm going)\s+(?:to\s+)?"
# Homophone typos are fixed towards these categories' words of three or more characters,
# and towards a few two-character ones. Shorter words and the violence words have common
# sound-alikes that share a character (敲门/撬门, 上调/上吊, 寻思/寻死, 想事/想死), so for
# them the model's character n-grams have to do.
TYPO_FIXED = ("sh_ideation", "sh_method", "sh_attempt")
TYPO_FIXED_SHORT = ("跳楼", "自杀", "割腕", "烧炭")

# Combination rules: name -> (risk, level, categories that must all be present, blockers).
# A rule fires when all its categories were found and none of its blockers; the highest
# level among the fired rules is the lexicon's verdict for that risk.
RULES: tuple[tuple[str, str, Level, tuple[str, ...], tuple[str, ...]], ...] = (
    # The explicit ones first: a risk's later rules fire only if they raise its level.
    ("attempt", "self-harm", CLEAR, ("sh_attempt",), ("negation",)),
    ("intent+method", "self-harm", CLEAR, ("sh_plan",), ("negation", "other")),
    ("ideation", "self-harm", CLEAR, ("sh_ideation",), ("negation", "other")),
    ("method", "self-harm", CLEAR, ("sh_method",), ("negation", "other")),
    ("means+intent", "self-harm", CLEAR, ("sh_means", "sh_despair"), ("negation",)),
    ("means+euphemism", "self-harm", CLEAR, ("sh_means", "sh_euphemism"), ("negation",)),
    ("means+preparation", "self-harm", CLEAR, ("sh_means", "sh_prep"), ("negation", "other")),
    ("means+farewell", "self-harm", CLEAR, ("sh_means", "sh_farewell"), ("negation",)),
    ("preparation+farewell", "self-harm", CLEAR, ("sh_prep", "sh_farewell"), ("other",)),
    ("preparation+despair", "self-harm", CLEAR, ("sh_prep", "sh_despair"), ("other",)),
    ("farewell+despair", "self-harm", CLEAR, ("sh_farewell", "sh_despair"), ()),
    ("euphemism+urgency", "self-harm", CLEAR, ("sh_euphemism", "sh_urgency"), ("negation",)),
    ("euphemism+despair", "self-harm", CLEAR, ("sh_euphemism", "sh_despair"), ("negation",)),
    ("euphemism+farewell", "self-harm", CLEAR, ("sh_euphemism", "sh_farewell"), ()),
    ("ideation (negated)", "self-harm", POSSIBLE, ("sh_ideation",), ()),
    ("method (other)", "self-harm", POSSIBLE, ("sh_method",), ()),
    ("despair", "self-harm", POSSIBLE, ("sh_despair",), ()),
    ("euphemism", "self-harm", POSSIBLE, ("sh_euphemism",), ()),
    # Preparations alone (a note written, things handed over, a dose asked) are worth the line.
    ("preparation", "self-harm", POSSIBLE, ("sh_prep",), ()),
    ("help-seeking", "self-harm", POSSIBLE, ("sh_helpseek",), ()),
    ("confinement", "violence", CLEAR, ("v_confine",), ("fiction",)),
    ("assault happened", "violence", CLEAR, ("v_happened",), ("fiction",)),
    ("threat", "violence", CLEAR, ("v_threat",), ("negation", "fiction")),
    ("act+target", "violence", CLEAR, ("v_act", "v_target"), ("fiction",)),
    ("act+imminent", "violence", CLEAR, ("v_act", "v_imminent"), ("fiction",)),
    ("act+fear", "violence", CLEAR, ("v_act", "v_fear"), ("fiction",)),
    ("veiled+target", "violence", CLEAR, ("v_veiled", "v_target"), ("fiction",)),
    ("veiled+act", "violence", CLEAR, ("v_veiled", "v_act"), ("fiction",)),
    ("act", "violence", POSSIBLE, ("v_act",), ()),
    ("veiled", "violence", POSSIBLE, ("v_veiled",), ()),
    ("probing", "violence", POSSIBLE, ("v_probe",), ()),
    ("fear+imminent", "violence", POSSIBLE, ("v_fear", "v_imminent"), ()),
)


# A violence rule kept from "clear" by a story or a show around it still gives the line.
RULES += tuple(
    (f"{name} (story)", risk, POSSIBLE, needs, tuple(b for b in blockers if b != "fiction"))
    for name, risk, level, needs, blockers in RULES
    if "fiction" in blockers
)

# Rules that stand without the model's confirmation (bot.safety.assess): a stated plan or an
# attempt is a crisis however the rest of the message reads.
EXPLICIT_RULES = frozenset({"intent+method", "attempt"})


@dataclass(frozen=True)
class Signals:
    """What the lexicon found in one message."""

    norm: str  # the normalised text the model reads
    found: dict[str, tuple[str, ...]]  # category -> the phrases found (in order)
    rules: tuple[str, ...]  # the combination rules that fired
    levels: dict[str, Level]  # risk -> the lexicon's level

    @property
    def staff(self) -> bool:
        return "staff" in self.found

    @property
    def region(self) -> str | None:
        if "hk" in self.found:
            return "hk"
        if "tw" in self.found:
            return "tw"
        return None


def _phrases(text: str) -> list[str]:
    """The phrases of one lexicon category: Chinese ones split on spaces, English on commas."""
    out: list[str] = []
    for line in text.strip().splitlines():
        parts = line.split(",") if line.isascii() else line.split()
        out += [p.strip() for p in parts if p.strip()]
    return out


# Where Chinese and Latin letters touch ("会learn a lesson", "好creepy"): a space, so that
# English words in mixed messages are whole words to the lexicon.
_LATIN = lazyre.compile(r"[a-z]")
_SCRIPT_SEAM = lazyre.compile(r"(?<=[\u3400-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u3400-\u9fff])")


def fold(text: str, cleaned: str | None = None) -> str:
    """The lexicon's normal form without typo fixing (used for the lexicon itself);
    著 and 着 are written interchangeably, so 著 becomes 着; a space where scripts meet.
    `cleaned`: clean(text), when the caller has it already."""
    folded = (clean(text) if cleaned is None else cleaned).replace("著", "着")
    if folded.isascii() or not _LATIN.search(folded):
        return folded
    return _SCRIPT_SEAM.sub(" ", folded)


class Lexicon:
    """The compiled lexicon: one Aho–Corasick scan for every category, a few gap patterns."""

    def __init__(self) -> None:
        owners: dict[str, set[str]] = {}
        for category, text in CATEGORIES.items():
            for phrase in _phrases(text):
                norm = fold(phrase)
                if norm:
                    owners.setdefault(norm, set()).add(category)
        self._owners = {p: tuple(sorted(c)) for p, c in owners.items()}
        figurative = {fold(p) for p in _phrases(lexicon.FIGURATIVE)}
        self._patterns = [
            (
                category,
                frozenset(anchors.split(" ")) if anchors.strip() else frozenset((anchors,)),
                branch,
            )
            for category, patterns in lexicon.PATTERNS.items()
            for anchors, p in patterns
            for branch in _branches(p)
        ]
        # Which patterns each anchor wakes (a message wakes few of the many patterns).
        self._by_anchor: dict[str, list[int]] = {}
        for i, (_, pattern_anchors, _) in enumerate(self._patterns):
            for a in pattern_anchors:
                self._by_anchor.setdefault(a, []).append(i)
        anchors = set(self._by_anchor)
        # One automaton for the three kinds of phrase looked for in the normalised text:
        # figures of speech, the categories' phrases and the patterns' anchors. A hit inside
        # a figure of speech (or a phone-call count) is dropped, as if the span were blank.
        self._all = _TaggedIndex(
            {
                phrase: (phrase in figurative, self._owners.get(phrase, ()), phrase in anchors)
                for phrase in figurative | self._owners.keys() | anchors
            }
        )
        # (compiled when a message first wakes them: bot/lazyre.py)
        self._figures = [
            (tuple(a.split()), lazyre.compile(p)) for a, p in lexicon.FIGURATIVE_PATTERNS
        ]
        methods = sorted({fold(p) for p in _phrases(lexicon.SH_METHOD)}, key=len, reverse=True)
        zh = "|".join(re.escape(m) for m in methods if not m.isascii())
        en = "|".join(re.escape(m) for m in methods if m.isascii())
        self._plan = lazyre.compile(f"{INTENT_ZH}(?:{zh})|{INTENT_EN}(?:{en})")
        # The regions' marks, found in one pass; each region's are those of its own list.
        self._region_marks = (
            ("hk", frozenset(_phrases(lexicon.HK))),
            ("tw", frozenset(_phrases(lexicon.TW))),
        )
        self._regions = PhraseIndex(_phrases(lexicon.HK) + _phrases(lexicon.TW))
        # (with the space fold put between it and the Chinese after it: "xs你了" is 想死你了)
        self._pinyin = lazyre.compile(r"(?<![a-z])(?:" + "|".join(lexicon.PINYIN) + r")(?![a-z]) ?")
        # The same without its look-behind, which keeps re from skipping to the abbreviations'
        # first letters: it tries every position of the text (see _has_pinyin).
        self._pinyin_ends = lazyre.compile("(?:" + "|".join(lexicon.PINYIN) + r")(?![a-z])")
        chinese = [
            fold(p)
            for c in TYPO_FIXED
            for p in _phrases(CATEGORIES[c])
            if CJK_RUN.fullmatch(fold(p)) and len(fold(p)) >= 3
        ]
        chinese += TYPO_FIXED_SHORT
        self._fix = HomophoneFixer(chinese, "我你他她的了是在有不", strict=True)

    def normalize(self, text: str, cleaned: str | None = None) -> str:
        norm = fold(text, cleaned)
        if self._has_pinyin(norm):
            norm = self._pinyin.sub(lambda m: lexicon.PINYIN[m.group(0).rstrip()], norm)
        return self._fix(norm)

    def _has_pinyin(self, norm: str) -> bool:
        """`self._pinyin.search(norm)`, faster: an abbreviation's end found, then the letter
        before it checked, and if there is one, the search goes on from the next character."""
        at = 0
        while found := self._pinyin_ends.search(norm, at):
            start = found.start()
            if not start or not "a" <= norm[start - 1] <= "z":
                return True
            at = start + 1
        return False

    def scan(self, text: str, cleaned: str | None = None) -> Signals:
        """What the lexicon finds in `text`; `cleaned`: clean(text), when the caller has it."""
        norm = self.normalize(text, cleaned)
        found: dict[str, list[str]] = {}
        hits = self._all.hits(norm)
        blanks = _leftmost_longest([(a, b, p) for a, b, p, tag in hits if tag[0]])
        if blanks:
            found["figurative"] = [p for _, _, p in blanks]
        literal = _blank(norm, blanks)
        figures: list[tuple[int, int, str]] = []
        for wakers, figure in self._figures:
            if wakers[0] in literal if len(wakers) == 1 else any(a in literal for a in wakers):
                figures += [(m.start(), m.end(), m.group(0)) for m in figure.finditer(literal)]
        if figures:
            found.setdefault("figurative", []).extend(p for _, _, p in figures)
            blanks = sorted(blanks + figures)
            literal = _blank(literal, figures)
        present: dict[str, list[tuple[int, int]]] = {}
        for start, end, phrase, (_, categories, anchor) in hits:
            if blanks and _covered(start, end, blanks):
                continue
            for category in categories:
                found.setdefault(category, []).append(phrase)
            if anchor:
                present.setdefault(phrase, []).append((start, end))
        if "sh_method" in found:
            plans = [m.group(0) for m in self._plan.finditer(literal)]
            if plans:
                found["sh_plan"] = plans
        if present:
            woken: dict[int, list[tuple[int, int]]] = {}
            for a, places in present.items():
                for i in self._by_anchor[a]:
                    woken.setdefault(i, []).extend(places)
            spans: dict[frozenset[str], list[tuple[int, int]]] = {}  # by the anchors' set
            for i in sorted(woken):
                category, anchors, pattern = self._patterns[i]
                # A pattern none of whose needed strings is in the text cannot match there:
                # a substring search costs less than the regex tried at every position.
                needs = pattern.needs
                if needs:
                    for s in needs:
                        if s in literal:
                            break
                    else:
                        continue
                if anchors not in spans:  # a pattern's branches share its anchors
                    spans[anchors] = _windows(woken[i], len(literal))
                for lo, hi in spans[anchors]:
                    if pattern.not_after:
                        for match in pattern.matches(literal, lo, hi):
                            found.setdefault(category, []).append(match.strip())
                        continue
                    for m in pattern.regex.finditer(literal, lo, hi):
                        at = m.start()
                        if pattern.word_start and at and literal[at - 1].isalnum():
                            continue  # the \b the branch was compiled without
                        found.setdefault(category, []).append(m.group(0).strip())
        if not text.isascii():  # the regions' marks are all Chinese
            every = self._regions.find(text)
            for region, phrases in self._region_marks if every else ():
                marks = [m for m in every if m in phrases]
                if marks:
                    found[region] = marks[:3]
                    break
        frozen = {k: tuple(dict.fromkeys(v)) for k, v in found.items()}
        fired, levels = combine(frozen)
        return Signals(norm, frozen, fired, levels)


Tag = tuple[bool, tuple[str, ...], bool]  # (figure of speech, categories, pattern anchor)


class _TaggedIndex:
    """Phrases with a tag each, found in one pass (Aho–Corasick), with PhraseIndex's rules:
    a phrase with Chinese in it anywhere, an ASCII phrase only as whole words."""

    def __init__(self, tagged: dict[str, Tag]):
        self._automaton = ahocorasick.Automaton()
        for first in _root_order(tagged):
            # A path that no normalised text can complete (it holds no control character):
            # it gives the root a child for `first` without adding a phrase.
            self._automaton.add_word(first + _NEVER, None)
        for phrase, tag in tagged.items():
            padded = phrase.isascii()
            key = f" {phrase} " if padded else phrase
            self._automaton.add_word(
                key, (phrase, len(phrase) + 1 if padded else len(phrase), padded, tag)
            )
        self._automaton.make_automaton()

    def hits(self, text: str) -> list[tuple[int, int, str, Tag]]:
        """(start, end, phrase, tag) of every occurrence in `text`, in order of where it ends."""
        return [
            (end - n, end - 1 if padded else end, phrase, tag)
            for end, (phrase, n, padded, tag) in self._automaton.iter(f" {text} ")
        ]


# pyahocorasick finds a node's child by a linear scan of its children, in the order they were
# added, and a character that is not one of the root's children costs a scan of all of them
# (hundreds of phrases' first characters) each time the search falls back to the root: in
# English text, nearly every letter (the phrases are stored with a space first). So the root
# gets the space, the letters and digits first, then the phrases' first characters, the most
# frequent in the phrases first. The phrases found, and their order, stay the same.
_NEVER = "\x00"
_ENGLISH_ORDER = " etaoinshrdlcumwfgypbvkjxqz0123456789"


def _root_order(phrases: Iterable[str]) -> list[str]:
    keys = [f" {p} " if p.isascii() else p for p in phrases]
    counts = Counter(c for k in keys for c in k)
    firsts = sorted({k[0] for k in keys} - set(_ENGLISH_ORDER), key=lambda c: (-counts[c], c))
    return [*_ENGLISH_ORDER, *firsts]


def _leftmost_longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans chosen from the left, the longest at each start."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for start, neg_end, phrase in sorted((a, -b, p) for a, b, p in spans):
        if start >= pos:
            out.append((start, -neg_end, phrase))
            pos = -neg_end
    return out


@dataclass(frozen=True)
class _Branch:
    """One top-level alternative of a gap pattern. A leading \b is taken off the compiled
    regex and checked on each match instead: with it, Python's re cannot skip ahead to the
    branch's first literal and tries every position of the text (about 25 times slower on a
    long English message). Leading negative look-behinds ("(?<![要会想去])", "(?<!银行)")
    are taken off the same way and checked exactly: a match they would have refused is
    dropped and the search goes on from the next character, as re itself would."""

    regex: re.Pattern[str]
    word_start: bool
    not_after: tuple[tuple[re.Pattern[str], int], ...] = ()  # (look-behind, its width)

    @cached_property
    def needs(self) -> tuple[str, ...]:
        """Strings one of which every match holds (needed_strings), () when none is known;
        read when the branch is first woken (parsing every pattern up front cost start-up)."""
        return needed_strings(self.regex.pattern)

    def matches(self, text: str, lo: int, hi: int) -> Iterator[str]:
        """The matches in text[lo:hi] of a branch with look-behinds taken off (`not_after`),
        as its own regex finds them (look-behinds may look before lo)."""
        while (hit := self.regex.search(text, lo, hi)) is not None:
            at = hit.start()
            if any(at >= n and before.fullmatch(text, at - n, at) for before, n in self.not_after):
                lo = at + 1
                continue
            yield hit.group(0)
            lo = max(hit.end(), at + 1)  # (a match is never empty: see compile_branch)


def _branches(pattern: str) -> list[_Branch]:
    return [compile_branch(part) for part in split_branches(pattern)]


def split_branches(pattern: str) -> list[str]:
    """The pattern split at its top-level "|" (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# A negative look-behind of plain characters or of one character class, at a branch's start.
_NOT_AFTER = re.compile(r"\(\?<!(\[[^]\\]+\]|[^][()\\.*+?{}|^$]+)\)")


def compile_branch(part: str) -> _Branch:
    """One branch, compiled for speed; `.matches()` finds what re.compile(part) finds. Its
    regex is compiled when a message first wakes it (bot/lazyre.py): a message wakes few of
    the two hundred, and compiling them all took about 0.1 s of a fresh process's start."""
    if part.startswith("\\b"):
        return _Branch(lazyre.compile(part[2:]), True)
    guards: list[tuple[re.Pattern[str], int]] = []
    rest = part
    while m := _NOT_AFTER.match(rest):
        guards.append((re.compile(m.group(1)), 1 if m.group(1)[0] == "[" else len(m.group(1))))
        rest = rest[m.end() :]
    # Only where the rest does not start with another assertion and cannot match empty (as
    # finditer, the search goes on from a match's end).
    if not guards or rest.startswith(("(?<", "\\b")) or re.compile(rest).search("") is not None:
        return _Branch(lazyre.compile(part), False)
    return _Branch(lazyre.compile(rest), False, tuple(guards))


# The regex parser, read for the strings a pattern's matches need (needed_strings). It is
# CPython's private module (3.11+); where it is missing, every branch is simply tried (no
# shortcut), which is slower but never skips a match.
try:
    import re._constants as _sre_constants
    import re._parser as _sre_parser
except ImportError:  # pragma: no cover - another Python's internals
    _sre_constants = _sre_parser = None  # type: ignore[assignment]
else:
    _LITERAL, _IN, _BRANCH, _SUBPATTERN = (
        _sre_constants.LITERAL,
        _sre_constants.IN,
        _sre_constants.BRANCH,
        _sre_constants.SUBPATTERN,
    )
    _MAX_REPEAT, _MIN_REPEAT = _sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT
_MAX_NEEDED = 8  # more alternatives than this cost about as much to look for as the regex


def needed_strings(pattern: str) -> tuple[str, ...]:
    """Strings one of which is in every match of `pattern` (read from its parsed form:
    literal runs the match cannot skip, through groups, alternations and repeats of at least
    one), the fewest and longest such; () when the pattern has flags or none is found."""
    if _sre_parser is None:
        return ()
    try:
        parsed = _sre_parser.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & ~re.UNICODE:  # (?i) and the like: literals are not as written
        return ()
    found = _needed(list(parsed))
    return tuple(found) if found else ()


def _needed(items: list[tuple[Any, Any]]) -> list[str] | None:
    """Needed strings of a sequence of parsed items: the best of its mandatory parts'."""
    options: list[list[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(["".join(run)])
            run = []
        if op is None:
            break
        needed = _needed_item(op, av)
        if needed:
            options.append(needed)
    options = [o for o in options if len(o) <= _MAX_NEEDED and all(o)]
    if not options:
        return None
    return max(options, key=lambda o: (min(len(s) for s in o), -len(o)))


def _needed_item(op: Any, av: Any) -> list[str] | None:
    if op is _SUBPATTERN and not av[1] and not av[2]:  # a group without flags of its own
        return _needed(list(av[3]))
    if op is _BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            needed = _needed(list(alternative))
            if not needed:
                return None
            out += needed
        return sorted(set(out))
    if op in (_MAX_REPEAT, _MIN_REPEAT) and av[0] >= 1:
        return _needed(list(av[2]))
    if op is _IN and av and all(o is _LITERAL for o, _ in av):
        return sorted({chr(c) for _, c in av})
    return None


# A pattern is searched only near its anchors: this many characters either side of each, more
# than any pattern's match spans. Python's re tries a pattern at every position of the text
# (a leading \b or look-behind turns off its literal-prefix search), so a long message costs
# per character; near the anchors it costs per anchor.
WINDOW = 160


def _windows(places: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The stretches of a text of length n within WINDOW of the anchors' places, merged."""
    if n <= 2 * WINDOW:
        return [(0, n)]
    out: list[tuple[int, int]] = []
    for start, end in sorted(places):
        lo, hi = max(0, start - WINDOW), min(n, end + WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _blank(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, _ in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _covered(start: int, end: int, blanks: list[tuple[int, int, str]]) -> bool:
    return any(a < end and start < b for a, b, _ in blanks)


RULE_RISK = {name: risk for name, risk, *_ in RULES}  # rule name -> the risk it speaks to

_RULE_SETS = tuple(
    (name, risk, level, frozenset(needs), frozenset(blockers))
    for name, risk, level, needs, blockers in RULES
)


def combine(found: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], dict[str, Level]]:
    """The rules that fire on these categories, and the level each risk reaches."""
    fired, levels = _combine(frozenset(found))
    return fired, dict(levels)  # a dict of its own for each message


@lru_cache(maxsize=4096)  # messages find few distinct sets of categories
def _combine(present: frozenset[str]) -> tuple[tuple[str, ...], dict[str, Level]]:
    fired: list[str] = []
    levels = dict.fromkeys(RISKS, NONE)
    for name, risk, level, needs, blockers in _RULE_SETS:
        if level > levels[risk] and needs <= present and blockers.isdisjoint(present):
            fired.append(name)
            levels[risk] = level
    return tuple(fired), levels


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon()
