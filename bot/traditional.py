"""Replies in traditional Chinese that a Hong Kong or Taiwan reader would accept.

OpenCC converts characters and common phrases. Two things go wrong with it for this
domain, and both are handled here:

- Its phrase tables localise vocabulary for Taiwan (s2twp: 支持→支援, 保存→儲存,
  文件→檔案, 权限→許可權, 优化→最佳化, 信息→資訊), which turns legal and everyday words
  into other words and renames law titles (《个人信息保护法》 is 個人信息保護法 in the
  original). So only character-level configurations are used: s2hk for Hong Kong
  wording, s2tw for Taiwan and for traditional text of unknown origin.
- Its character tables pick the wrong one of two traditional characters in some of the
  domain's words (发卡行→髮卡行, 签担保→籤擔保, 那只会→那隻會). `PHRASES` fixes those
  before OpenCC sees them: the longest listed phrase found from the left is written as
  listed, the text between such phrases goes through OpenCC.

Results are cached per (text, variant): the same entry texts are converted again and again.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

import opencc

from bot.phrases import PhraseIndex

Variant = Literal["tw", "hk"]
_CONFIGS: dict[str, str] = {"tw": "s2tw", "hk": "s2hk"}

# Simplified phrase -> traditional, for words whose characters OpenCC gets wrong here.
# Add a phrase when a review of converted text finds a wrong character; the test in
# tests/test_traditional.py lists the wrong outputs that must never come back.
PHRASES: dict[str, str] = {
    # 发 is 發 (issue, send) unless it is hair (头发 is right in OpenCC already).
    "发卡行": "發卡行",
    "发卡机构": "發卡機構",
    "发卡银行": "發卡銀行",
    "发卡": "發卡",
    # 签 is 簽 (sign) in every sense used here; 籤 only for labels and lots.
    "签": "簽",
    "标签": "標籤",
    "书签": "書籤",
    "抽签": "抽籤",
    "求签": "求籤",
    # 只 (only) before a verb, not the measure word 隻.
    "只会": "只會",
    "只能": "只能",
    "只要": "只要",
    "只有": "只有",
    "只是": "只是",
    "只需": "只需",
    "只好": "只好",
    "只想": "只想",
    "只得": "只得",
    "只还": "只還",
    "只付": "只付",
    "只收": "只收",
    "只认": "只認",
    "只剩": "只剩",
    "只看": "只看",
    "只做": "只做",
    "只打": "只打",
    "只向": "只向",
    "只在": "只在",
    "只对": "只對",
    "只算": "只算",
    "只限": "只限",
    "只针对": "只針對",
    "不只": "不只",
    # 干 in 干扰 / 干涉 is 干 (interfere), not 幹 or 乾.
    "干扰": "干擾",
    "干涉": "干涉",
    "干预": "干預",
    # 台 as a counter or platform stays 台 in both regions' usage here.
    "平台": "平台",
    "出台": "出台",
    "后台": "後台",
    # Words OpenCC's Taiwan phrase tables would replace; kept as the law and the reader use them.
    "支持": "支持",
    "保存": "保存",
    "文件": "文件",
    "权限": "權限",
    "优化": "優化",
    "信息": "信息",
    "默认": "默認",
}
_INDEX = PhraseIndex(PHRASES)

# Wording that only Hong Kong (Cantonese) or Taiwan writers use, to choose the variant and
# to say that the law differs there. A handful of very common markers, not a dialect model.
_HK_RE = re.compile(
    r"[嘅咗唔冇喺嚟啲佢咁㗎囉嘢乜咪]|係咪|收數|追數|財務公司|卡數|點算|點解|邊度|香港"
)
_TW_RE = re.compile(
    r"卡債|討債|繳費|繳款|台幣|臺幣|新臺幣|新台幣|勞保|健保|怎麼辦啊|幹嘛|台灣|臺灣|債協|前置協商|銀行公會"
)


def region_of(text: str, lang_code: str | None = None) -> Variant | None:
    """'hk' or 'tw' when the person's wording (or Telegram language) says where they are."""
    code = (lang_code or "").lower().replace("_", "-")
    if code in ("zh-hk", "zh-mo", "zh-hant-hk"):
        return "hk"
    if code in ("zh-tw", "zh-hant-tw"):
        return "tw"
    if _HK_RE.search(text):
        return "hk"
    if _TW_RE.search(text):
        return "tw"
    return None


@lru_cache(maxsize=4)
def _converter(variant: str) -> opencc.OpenCC:
    return opencc.OpenCC(_CONFIGS[variant])


_PIECES = "\x1f"  # bot.reply joins a reply's strings with it, to convert them in one call


def to_traditional(text: str, variant: str = "tw") -> str:
    """`text` (simplified) in traditional characters for a reader in `variant`'s region.
    A whole reply's strings (joined by \\x1f) are converted and cached one by one: the
    entries' paragraphs recur in replies, their combinations rarely."""
    if _PIECES in text:
        return _PIECES.join(_converted(piece, variant) for piece in text.split(_PIECES))
    return _converted(text, variant)


@lru_cache(maxsize=8192)
def _converted(text: str, variant: str) -> str:
    convert = _converter(variant).convert
    out: list[str] = []
    pos = 0
    for start, end, phrase in _INDEX.longest(text):
        if start > pos:
            out.append(convert(text[pos:start]))
        out.append(PHRASES[phrase])
        pos = end
    if pos < len(text):
        out.append(convert(text[pos:]))
    return "".join(out)
