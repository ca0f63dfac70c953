"""The knowledge base against ../shared/FACTS.md: what FACTS marks **unverified** is never stated as
settled, and every law an entry relies on is backed by the FACTS section that checked it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.kb import KnowledgeBase
from tests.conftest import ROOT

KNOWLEDGE = ROOT / "knowledge"
# ../shared beside the checkout (a worktree sits one level deeper).
FACTS = next(
    (
        p / "shared" / "FACTS.md"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared").is_dir()
    ),
    ROOT.parent / "shared" / "FACTS.md",
)
# Fields that hold people's phrasings or identifiers, not claims made to them.
NOT_CLAIMS = {"id", "questions", "keywords", "triggers", "follow_ups", "sources", "examples"}
# Words that mark a statement as uncertain, in the user-facing voice FACTS' "unverified" needs.
CAVEAT = (
    r"不确定|尚不确定|没有明确规定|尚无明确|没有可靠|无法确认|尚未确认|以[^。；]{0,16}为准|"
    r"请[^。；]{0,10}(核实|确认)|可能已?(变化|不同)|not certain|uncertain|not settled|"
    r"unconfirmed|not confirmed|no reliable|check with|confirm it|may (differ|vary|have changed)"
)


@dataclass(frozen=True)
class Claim:
    """A claim FACTS.md marks unverified: `pattern` finds it; a string that states it must also
    match `hedge` (by default a caveat word) in the same sentence-level string."""

    section: str
    what: str
    pattern: str
    hedge: str = CAVEAT


def number(n: str) -> str:
    """A phone number as a whole number, not inside a longer one (0755-12345678 is not 12345)."""
    return rf"(?<![\d-]){re.escape(n)}(?!\d)"


UNVERIFIED = [
    Claim(
        "§1",
        "NIFA self-regulation convention and its call hours",
        r"互联网金融协会|Internet Finance Association|NIFA",
    ),
    Claim(
        "§1",
        "the 2022 credit-card notice's wording on collection conduct",
        r"〔2022〕13号[^。\n]*(不得|禁止|must not|may not)",
    ),
    Claim(
        "§3",
        "the current LPR value",
        r"LPR[^。；;\n]{0,12}?\d+(\.\d+)?\s*%|\d+(\.\d+)?\s*%\s*(的)?\s*(一年期)?LPR",
    ),
    Claim("§3", "the Reply's document number", r"法释〔2020〕27号"),
    Claim(
        "§3",
        "24% / 36% outside the pre-2020-08-20 transition (2017 opinion, 2019 非法放贷 line)",
        r"(24|36)\s*%",
        r"2020|2015|老合同|旧规则|过渡|old contract|old rule|transition|不要据此|don't rely",
    ),
    Claim("§3", "PBoC notice 2021 No. 3 on showing the annual rate", r"〔2021〕第?3号"),
    Claim(
        "§7",
        "Zhejiang debt-clearance pilots and a national law",
        r"个人债务集中清理|debt clearance",
    ),
    Claim("§8", "95188 as Alipay's number", number("95188")),
    Claim(
        "§9",
        "12378 reply deadlines",
        r"12378[^。\n]{0,40}?\d+\s*个?(工作日|日内|天内)|12378[^.\n]{0,60}?\d+ (working )?days",
    ),
    Claim(
        "§9",
        "a 15-day deadline for deciding complaints",
        r"投诉[^。\n]{0,20}15\s*日内(作出|处理|答复)|complaints?[^.\n]{0,30}within 15 days",
    ),
    Claim(
        "§9",
        "every 地方金融监督管理局 renamed",
        r"(各地|全国)[^。\n]{0,10}(都|均|已)[^。\n]{0,6}更名|renamed (everywhere|nationwide)",
    ),
    *(
        Claim("§9", f"hotline {n}", number(n))
        for n in ("12321", "96110", "12315", "12345", "82951332")
    ),
    Claim(
        "§11",
        "a phone call counting as a demand that restarts the limitation period",
        r"电话(催收|催款)?[^。\n]{0,6}(算|视为|属于)[^。\n]{0,10}(催告|催款|履行请求|要求还款|重新计算)|"
        r"(phone )?calls? (also )?counts?",
    ),
    Claim(
        "§12",
        "the 2001 asset-management rule still being in force",
        r"2001[^。\n]{0,30}(资产管理|不良贷款)|2001[^.\n]{0,80}(asset management|bad loans)",
    ),
    Claim(
        "§12",
        "the bulk-sale pilot for personal bad loans",
        r"便函〔202[12]〕|批量转让[^。\n]{0,30}(不得|禁止)再?转让|may not resell",
    ),
    Claim(
        "§13",
        "a province's current small-claims ceiling in yuan",
        r"小额[^。\n]{0,40}?\d+(\.\d+)?\s*万元|small[- ]claims?[^.\n]{0,60}?\d{1,3},\d{3}\s*yuan",
    ),
    Claim(
        "§15", "the 1995 reply on recordings being abolished", r"法复〔1995〕|1995[^。\n]{0,10}批复"
    ),
    Claim(
        "§16",
        "the numbering rule of 民诉前调 case numbers",
        r"民诉前调",
        r"常见|一般|通常|usual|typical|observed",
    ),
    Claim(
        "§17",
        "the 2018 reply on pre-dispute arbitration still being in force",
        r"法释〔2018〕10号|先予仲裁[^。\n]{0,40}批复|2018年?[^。\n]{0,12}批复|2018 (SPC|Supreme People's Court) reply",
    ),
    Claim(
        "§17",
        "which set-aside deadline (6 or 3 months) applies to an award",
        r"撤销[^。；\n]{0,40}?(3|三|6|六)\s*个月|(3|三|6|六)\s*个月内?[^。；\n]{0,20}?撤销|"
        r"set (it |an award |the award )?aside[^.\n]{0,60}?\b(3|6) months",
        CAVEAT + r"|旧|新法|较短|（2017）|2025修订|2026年3月1日|old law|new law|shorter|\(2017\)|"
        r"revised 2025|1 March 2026",
    ),
    Claim(
        "§17",
        "the SPC's January 2024 typical cases",
        r"2024年1月[^。\n]{0,20}典型案例|typical cases",
    ),
]


def knowledge_strings() -> Iterator[tuple[str, str]]:
    """(file, text) for every string of every topic and letter that is said to the person."""

    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key not in NOT_CLAIMS:
                    yield from walk(value)

    for folder in ("topics", "letters"):
        for path in sorted((KNOWLEDGE / folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for text in walk(data):
                yield f"{folder}/{path.name}", text


STRINGS = list(knowledge_strings())


def stated_as_settled(claim: Claim, text: str) -> bool:
    return bool(re.search(claim.pattern, text, re.IGNORECASE)) and not re.search(
        claim.hedge, text, re.IGNORECASE
    )


@pytest.mark.parametrize("claim", UNVERIFIED, ids=lambda c: f"{c.section} {c.what}")
def test_unverified_claims_are_never_stated_as_settled(claim: Claim) -> None:
    offending = [(where, text[:80]) for where, text in STRINGS if stated_as_settled(claim, text)]
    assert offending == []


@pytest.mark.parametrize(
    "claim_what,text,flagged",
    [
        ("hotline 12345", "有问题拨打12345市民热线。", True),
        ("hotline 12345", "号码 0755-12345678，自称某某公司", False),
        ("the current LPR value", "目前一年期LPR为3.0%，4倍就是12%。", True),
        ("the current LPR value", "不超过合同成立时一年期LPR的4倍。", False),
        ("the numbering rule of 民诉前调 case numbers", "案号都带“民诉前调”。", True),
        ("the numbering rule of 民诉前调 case numbers", "案号（常见写法含“民诉前调”）", False),
        (
            "which set-aside deadline (6 or 3 months) applies to an award",
            "收到裁决书后6个月内申请撤销。",
            True,
        ),
        (
            "which set-aside deadline (6 or 3 months) applies to an award",
            "新法规定3个月，旧法是6个月，哪个适用不确定时按3个月准备，申请撤销。",
            False,
        ),
        (
            "a phone call counting as a demand that restarts the limitation period",
            "电话催收也算催告，时效重新计算。",
            True,
        ),
        (
            "a phone call counting as a demand that restarts the limitation period",
            "电话催收算不算、怎么证明，目前没有明确规定。",
            False,
        ),
    ],
)
def test_the_check_tells_a_settled_statement_from_a_hedged_one(
    claim_what: str, text: str, flagged: bool
) -> None:
    claim = next(c for c in UNVERIFIED if c.what == claim_what)
    assert stated_as_settled(claim, text) is flagged


def test_every_unverified_hotline_in_facts_is_checked() -> None:
    """FACTS' list of unverified hotlines and the claims above stay in step."""
    if not FACTS.is_file():
        pytest.skip("FACTS.md is outside this checkout")
    facts = FACTS.read_text(encoding="utf-8")
    hotlines = facts.split("## 9.", 1)[1].split("\n## ", 1)[0]
    block = hotlines.split("- **unverified**:", 1)[1]
    listed = set(re.findall(r"(?<!\d)(\d{5,})(?!\d)", block))
    checked = {n for c in UNVERIFIED for n in re.findall(r"\d{5,}", c.pattern)}
    assert listed <= checked, listed - checked


# A law named in an entry's `legal` block → the FACTS sections that checked it (any one will do).
LAW_SECTIONS: list[tuple[str, set[str]]] = [
    (r"商业银行信用卡业务监督管理办法", {"§1"}),
    (r"催收工作指引|银行业协会", {"§1"}),
    (r"治安管理处罚法", {"§2"}),
    (r"刑法|妨害信用卡管理|软暴力", {"§2", "§14"}),
    (r"个人信息保护法", {"§2", "§18"}),
    (r"民间借贷|适用范围问题的批复", {"§3"}),
    (r"银行卡民事纠纷", {"§3"}),
    (r"征信业管理条例", {"§4"}),
    (r"失信被执行人|限制被执行人高消费", {"§5"}),
    (r"深圳经济特区个人破产条例", {"§7"}),
    (r"法律援助法", {"§10"}),
    (r"诉讼时效", {"§11"}),
    (r"合同编通则", {"§12"}),
    (r"财产调查|拒不执行判决", {"§14"}),
    (r"民事诉讼证据", {"§15"}),
    (r"特邀调解|在线调解规则", {"§16"}),
    (r"仲裁法|先予仲裁", {"§17"}),
]


def test_every_law_an_entry_cites_is_backed_by_its_facts_section(
    shipped_kb: KnowledgeBase,
) -> None:
    missing = []
    for e in shipped_kb.entries:
        cited = {s.removeprefix("FACTS.md ") for s in e.sources if s.startswith("FACTS.md §")}
        assert cited, f"{e.id}: no FACTS.md section in sources"
        for law in e.legal:
            for pattern, sections in LAW_SECTIONS:
                if re.search(pattern, law.zh) and not sections & cited:
                    missing.append((e.id, pattern, sorted(sections)))
    assert missing == []


def test_the_facts_file_still_marks_these_claims_unverified() -> None:
    """If FACTS.md later verifies one of them, this list must be revisited (and may relax)."""
    if not FACTS.is_file():
        pytest.skip("FACTS.md is outside this checkout")
    facts = FACTS.read_text(encoding="utf-8")
    for marker in ("95188", "12321", "96110", "法释〔2020〕27号", "Still in force: **unverified**"):
        assert marker in facts, marker
    assert Path(FACTS).read_text(encoding="utf-8").count("**unverified**") >= 15
