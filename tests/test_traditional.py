"""Traditional Chinese a Hong Kong or Taiwan reader would accept: every knowledge-base,
letter and UI string is converted in both variants and checked against wrong outputs that
phrase-level conversion used to produce."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bot.engine import Engine
from bot.i18n import MESSAGES
from bot.kb.model import KnowledgeBase
from bot.traditional import region_of, to_traditional

ROOT = Path(__file__).resolve().parents[1] / "knowledge"

# Wrong words seen in converted replies: a wrong character for the sense (髮 hair, 隻 a
# measure word, 籤 a lot), or Taiwan vocabulary that changes the meaning or a law's title.
KNOWN_WRONG = (
    "髮卡",
    "那隻會",
    "這隻會",
    "籤擔保",
    "籤字",
    "籤協議",
    "籤合同",
    "籤名",
    "債務最佳化",
    "法院不支援",
    "儲存證據",
    "蓋章檔案",
    "手機許可權",
    "個人資訊保護法",
)
# Everyday and legal words that must keep their meaning: as many in the output as in the input.
KEPT_WORDS = {"支持": "支持", "保存": "保存", "文件": "文件", "权限": "權限", "信息": "信息"}


def _zh_strings(value: object) -> Iterator[str]:
    """Every Chinese string in a YAML document (the values under zh keys, and plain lists)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "en":
                continue
            yield from _zh_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _zh_strings(item)
    elif isinstance(value, str) and any("\u4e00" <= ch <= "\u9fff" for ch in value):
        yield value


def _all_texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(ROOT.rglob("*.yaml")):
        texts.extend(_zh_strings(yaml.safe_load(path.read_text(encoding="utf-8"))))
    texts.extend(m["zh"] for m in MESSAGES.values())
    return texts


@pytest.mark.parametrize("variant", ["tw", "hk"])
def test_no_known_wrong_word_in_any_converted_string(variant: str) -> None:
    found = []
    for text in _all_texts():
        converted = to_traditional(text, variant)  # type: ignore[arg-type]
        found.extend((wrong, text[:40]) for wrong in KNOWN_WRONG if wrong in converted)
        found.extend(
            (word, text[:40])
            for word, kept in KEPT_WORDS.items()
            if text.count(word) != converted.count(kept)
        )
    assert found == []


@pytest.mark.parametrize(
    ("simplified", "tw", "hk"),
    [
        ("请联系发卡行", "請聯繫發卡行", "請聯繫發卡行"),
        ("他们那只会吓唬人", "他們那只會嚇唬人", "他們那只會嚇唬人"),
        ("不要签担保", "不要簽擔保", "不要簽擔保"),
        ("法院不支持这笔费用", "法院不支持這筆費用", "法院不支持這筆費用"),
        ("保存证据和盖章文件", "保存證據和蓋章文件", "保存證據和蓋章文件"),
        ("关掉手机权限", "關掉手機權限", "關掉手機權限"),
        ("《个人信息保护法》第47条", "《個人信息保護法》第47條", "《個人信息保護法》第47條"),
        ("把标签贴在门上", "把標籤貼在門上", "把標籤貼在門上"),
        # Character variants follow the region: 裡/裏, 着/著.
        ("家里着急", "家裡著急", "家裏着急"),
    ],
)
def test_domain_words_convert_right(simplified: str, tw: str, hk: str) -> None:
    assert to_traditional(simplified, "tw") == tw
    assert to_traditional(simplified, "hk") == hk


@pytest.mark.parametrize(
    ("text", "code", "region"),
    [
        ("收數佬日日打嚟，點算", None, "hk"),
        ("我唔想再俾佢哋煩", None, "hk"),
        ("卡債還不出來，討債的一直打", None, "tw"),
        ("銀行打來催款怎麼辦", None, None),  # traditional characters alone say nothing
        ("催收打电话骂我", "zh-hk", "hk"),
        ("催收打电话骂我", "zh-TW", "tw"),
        ("催收打电话骂我", "zh-CN", None),
    ],
)
def test_region_from_wording_or_language_code(
    text: str, code: str | None, region: str | None
) -> None:
    assert region_of(text, code) == region


def test_hong_kong_wording_gets_hk_characters_and_the_region_note_once(
    shipped_kb: KnowledgeBase,
) -> None:
    engine = Engine(shipped_kb)
    first = engine.handle("hk", "收數佬打嚟粗口鬧我，點算？")
    text = "\n".join(line for block in first.blocks for line in block.lines)
    assert first.traditional
    assert "999" in text and "2389 2222" in text
    assert "香港" in text
    second = engine.handle("hk", "佢哋仲打俾我屋企人")
    assert "法律和投诉渠道与内地不同" not in "\n".join(
        line for block in second.blocks for line in block.lines
    )
    assert "法律和投訴渠道與內地不同" not in "\n".join(
        line for block in second.blocks for line in block.lines
    )


def test_taiwan_language_code_gets_taiwan_numbers(shipped_kb: KnowledgeBase) -> None:
    engine = Engine(shipped_kb)
    reply = engine.handle("tw", "銀行催款打到我公司，怎麼辦？", lang_hint="zh-TW")
    text = "\n".join(line for block in reply.blocks for line in block.lines)
    assert "1925" in text and "119" in text


def test_mainland_chat_gets_no_region_note(shipped_kb: KnowledgeBase) -> None:
    engine = Engine(shipped_kb)
    reply = engine.handle("cn", "催收打电话骂我怎么办")
    text = "\n".join(line for block in reply.blocks for line in block.lines)
    assert "999" not in text and "1925" not in text


def test_start_and_help_say_the_bot_serves_mainland_china(shipped_kb: KnowledgeBase) -> None:
    engine = Engine(shipped_kb)
    for command in ("/start", "/help"):
        reply = engine.handle("s", command)
        assert "中国内地" in "\n".join(line for block in reply.blocks for line in block.lines)
