"""What start-up leaves out must not change answers: pypinyin's readings from a shipped table,
cn2an only when a Chinese numeral needs it, and the vectorised near-duplicate check."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

from bot.kb import KnowledgeBase
from bot.kb.model import Lines
from bot.kb.quality import warnings
from bot.syllables import RANGES, _table, build, reading
from bot.text import CJK_RUN
from tests.conftest import FIXTURE_KB, ROOT

FULL_READINGS = (
    "import json, sys; from pypinyin import Style, lazy_pinyin; import pypinyin.constants as c; "
    "chars = sys.stdin.read(); "
    "print(json.dumps([len(c.PHRASES_DICT), "
    "[lazy_pinyin(ch, style=Style.NORMAL, errors='default')[0] for ch in chars]]))"
)


def test_the_shipped_syllable_table_reads_every_character_as_pypinyin_does() -> None:
    sounds, index = build()  # pypinyin without its phrases: a test below shows it is the same
    shipped, numbers = _table()
    assert shipped == sounds.tolist() and numbers == index.tolist(), "python -m bot.syllables"
    assert len(numbers) == sum(last - first + 1 for first, last in RANGES) > 28_000


def test_the_table_agrees_with_pypinyin_with_its_phrase_dictionary(
    shipped_kb: KnowledgeBase,
) -> None:
    text = "".join(
        q for e in shipped_kb.entries for q in (*e.questions.zh, *e.keywords, e.title.zh)
    )
    chars = "".join(sorted({ch for ch in text if CJK_RUN.match(ch)})) + "嗯呣﨎"
    assert len(chars) > 500
    done = subprocess.run(
        [sys.executable, "-c", FULL_READINGS],
        input=chars,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYPINYIN_NO_PHRASES": "", "PYPINYIN_NO_DICT_COPY": ""},
        timeout=120,
        check=True,
    )
    phrases, full = json.loads(done.stdout)
    assert phrases > 10_000  # the full dictionary was loaded
    assert [reading(ch) for ch in chars] == full
    assert reading("a") == "a" and reading("﨎") == "﨎"  # no reading: the character itself


def test_matching_does_not_import_pypinyin() -> None:
    code = (
        "import sys; from bot.kb import load; from bot.matching import Matcher; "
        f"m = Matcher(load({str(FIXTURE_KB)!r})); m.match('崔收天天打电话'); "
        "print('pypinyin' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.stdout.split() == ["False"], done.stderr


def test_a_plain_question_does_not_load_cn2an(tmp_path) -> None:
    code = (
        "import sys; from bot.bootstrap import build_engine; "
        f"e = build_engine({str(FIXTURE_KB)!r}, {str(tmp_path / 's.db')!r}); "
        "r = e.handle(1, '催收要上门来我家怎么办'); before = 'cn2an' in sys.modules; "
        "from bot.parsing.past import find_past_day; "
        "print(before, r.topic, 'cn2an' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.stdout.split() == ["False", "home-visit", "False"], done.stderr


def test_near_duplicates_across_entries_are_found_once_per_pair(
    shipped_kb: KnowledgeBase,
) -> None:
    first, second, third = shipped_kb.entries[:3]
    long_zh = max(first.questions.zh, key=len)
    assert len(long_zh) >= 20

    def adding(entry, *zh: str):  # type: ignore[no-untyped-def]
        questions = Lines((*entry.questions.zh, *zh), entry.questions.en)
        return dataclasses.replace(entry, questions=questions)

    kb = dataclasses.replace(
        shipped_kb,
        entries=[
            adding(first, long_zh + "吗"),  # within one entry: not a near-duplicate warning
            adding(second, long_zh + "呢", long_zh + "啊"),  # two questions, one pair of entries
            adding(third, long_zh),
            *shipped_kb.entries[3:],
        ],
    )
    found = [str(w) for w in warnings(kb) if "nearly duplicates" in w.message]
    pairs = [(w.split("'")[1], w.split("nearly duplicates '")[1].split("'")[0]) for w in found]
    assert pairs == [(first.id, second.id), (first.id, third.id), (second.id, third.id)]
