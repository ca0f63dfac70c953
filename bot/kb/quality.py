"""Quality warnings for a knowledge base that loads: things a maintainer should look at."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.kb.model import Entry, KnowledgeBase
from bot.text import clean

MIN_QUESTIONS = {"zh": 12, "en": 4}
MIN_FOLLOW_UPS = 2
MIN_DETAILS = {"debtor": 4, "staff": 2}
SUMMARY_MAX_ZH = 80  # characters: the first screen of a phone
DETAIL_MAX_ZH = 150
NEAR_DUPLICATE = 92  # rapidfuzz ratio on cleaned text


@dataclass(frozen=True)
class Warning:
    entry: str
    message: str

    def __str__(self) -> str:
        return f"entry '{self.entry}': {self.message}"


def warnings(kb: KnowledgeBase) -> list[Warning]:
    out: list[Warning] = []
    for e in kb.entries:
        for lang, floor in MIN_QUESTIONS.items():
            n = len(e.questions.get(lang))  # type: ignore[arg-type]
            if n < floor:
                out.append(Warning(e.id, f"only {n} {lang} questions (want at least {floor})"))
        if len(e.follow_ups) < MIN_FOLLOW_UPS:
            out.append(
                Warning(
                    e.id, f"only {len(e.follow_ups)} follow-ups (want at least {MIN_FOLLOW_UPS})"
                )
            )
        if len(e.steps.zh) != len(e.steps.en):
            out.append(
                Warning(
                    e.id,
                    f"steps differ in length between zh ({len(e.steps.zh)}) and en ({len(e.steps.en)})",
                )
            )
        if len(e.notes.zh) != len(e.notes.en):
            out.append(Warning(e.id, "notes are not translated one to one"))
        dupes = [
            q
            for q, n in Counter(clean(q) for q in (*e.questions.zh, *e.questions.en)).items()
            if n > 1
        ]
        if dupes:
            out.append(Warning(e.id, f"repeats a question: {dupes[0]!r}"))
        out.extend(_layout_warnings(e))
    out.extend(_near_duplicates(kb))
    return out


def layout_warnings(kb: KnowledgeBase) -> list[Warning]:
    """The short-first layout gaps alone (also part of `warnings`, now that every shipped entry
    has a summary and details)."""
    return [w for e in kb.entries for w in _layout_warnings(e)]


def _layout_warnings(e: Entry) -> list[Warning]:
    """Short first, details on demand: a summary and enough focused details, each short."""
    out: list[Warning] = []
    if e.summary is None:
        out.append(Warning(e.id, "no summary (the one thing to do now, zh and en)"))
    elif len(e.summary.zh) > SUMMARY_MAX_ZH:
        out.append(
            Warning(
                e.id, f"summary is {len(e.summary.zh)} zh characters (want <= {SUMMARY_MAX_ZH})"
            )
        )
    floor = MIN_DETAILS.get(e.audience, 0)
    if len(e.details) < floor:
        out.append(Warning(e.id, f"only {len(e.details)} details (want at least {floor})"))
    for d in e.details:
        if len(d.answer.zh) > DETAIL_MAX_ZH:
            out.append(
                Warning(
                    e.id,
                    f"detail '{d.id}' answer is {len(d.answer.zh)} zh characters (want <= {DETAIL_MAX_ZH})",
                )
            )
    return out


def _near_duplicates(kb: KnowledgeBase) -> list[Warning]:
    """Questions of two different entries that are nearly the same: the topics overlap."""
    texts: list[str] = []
    owners: list[str] = []
    for e in kb.entries:
        for q in (*e.questions.zh, *e.questions.en):
            texts.append(clean(q))
            owners.append(e.id)
    if not texts:
        return []
    matrix = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE, workers=1)
    seen: set[tuple[str, str]] = set()
    out = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if matrix[i][j] and owners[i] != owners[j]:
                pair = (owners[i], owners[j])
                if pair not in seen:
                    seen.add(pair)
                    out.append(
                        Warning(
                            owners[i],
                            f"question {texts[i]!r} nearly duplicates {owners[j]!r}: {texts[j]!r}",
                        )
                    )
    return out


def summary(kb: KnowledgeBase) -> str:
    """Entries per category and questions per entry."""
    lines = [f"{len(kb.entries)} entries in {len(kb.categories)} categories"]
    for cat in kb.categories:
        entries = kb.in_category(cat.id)
        lines.append(f"  {cat.id} ({cat.title.en}): {len(entries)}")
        for e in entries:
            lines.append(
                f"    {e.id:<28} zh {len(e.questions.zh):>3}  en {len(e.questions.en):>3}  "
                f"kw {len(e.keywords):>3}  steps {len(e.steps.zh)}/{len(e.steps.en)}"
            )
    lines.append(f"synonym groups: {len(kb.synonyms)}; off-topic examples: {len(kb.offtopic)}")
    return "\n".join(lines)
