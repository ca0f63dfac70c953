"""Tags on logged contacts, each citing the rule it points to (../shared/FACTS.md §1–2).

A tag says an entry *may* break a rule, as the person described it; it is not a finding.
Tags are computed from the stored facts whenever the log is shown, so correcting or
deleting an entry can never leave a stale tag behind.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.evidence.store import Entry
from bot.kb.model import Lang

NIGHT_START_HOUR = 22  # contact from 22:00 ...
NIGHT_END_HOUR = 8  # ... to 08:00 (exclusive) needs the debtor's consent
MAX_ATTEMPTS_PER_DAY = 6

_GUIDELINE_ZH = (
    "中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年，行业自律规范）"
)
_GUIDELINE_EN = (
    "China Banking Association consumer-loan collection guideline (2026, industry self-regulation)"
)
_ART68_ZH = "《商业银行信用卡业务监督管理办法》第68条"
_ART68_EN = "Commercial Bank Credit Card Business Rules, Art. 68"
_PUBLIC_ORDER_ZH = (
    "《治安管理处罚法》（2012）第42条（2026年1月1日起施行的修订版已调整条文序号，新条号未核实）"
)
_PUBLIC_ORDER_EN = (
    "Public Security Administration Punishments Law (2012), Art. 42 (the revision in force since "
    "2026-01-01 renumbered the articles; the new number is unverified)"
)


@dataclass(frozen=True)
class Rule:
    tag: str
    label: dict[str, str]
    rule: dict[str, str]

    def text(self, lang: Lang) -> str:
        return (
            f"{self.label[lang]}：{self.rule[lang]}"
            if lang == "zh"
            else f"{self.label[lang]}: {self.rule[lang]}"
        )


RULES: dict[str, Rule] = {
    r.tag: r
    for r in (
        Rule(
            "night",
            {"zh": "夜间联系", "en": "night contact"},
            {
                "zh": f"{_GUIDELINE_ZH}：未经本人同意，22:00至次日08:00不得打电话、上门或以其他方式催收。",
                "en": f"{_GUIDELINE_EN}: no calls, visits or other collection 22:00–08:00 without the debtor's consent.",
            },
        ),
        Rule(
            "over-6-a-day",
            {"zh": "当天超过6次", "en": "more than 6 a day"},
            {
                "zh": f"{_GUIDELINE_ZH}：对同一联系人每天未接通的呼叫最多6次（请注明哪些电话你没有接）。",
                "en": f"{_GUIDELINE_EN}: at most 6 unanswered call attempts a day to the same contact "
                "(note which calls you did not answer).",
            },
        ),
        Rule(
            "third-party",
            {"zh": "联系第三方", "en": "third-party contact"},
            {
                "zh": f"{_ART68_ZH}：只能向债务人和担保人催收，不得向与债务无关的第三人催收；"
                "行业指引原则上禁止向无关第三人（亲友、同事）透露债务或催收。",
                "en": f"{_ART68_EN}: collect only from the debtor and any guarantor, never from unrelated third "
                "parties; the 2026 industry guideline also bans disclosing the debt to, or collecting from, "
                "unrelated third parties such as relatives and colleagues.",
            },
        ),
        Rule(
            "insult",
            {"zh": "辱骂", "en": "insults"},
            {
                "zh": f"{_ART68_ZH}：不得辱骂、威胁；{_PUBLIC_ORDER_ZH}：公然侮辱、多次发送侮辱信息可受治安处罚。",
                "en": f"{_ART68_EN}: no insults or threats; {_PUBLIC_ORDER_EN}: public insults and repeated "
                "insulting messages can be punished.",
            },
        ),
        Rule(
            "threat",
            {"zh": "威胁", "en": "threats"},
            {
                "zh": f"{_ART68_ZH}：不得威胁、恐吓；{_PUBLIC_ORDER_ZH}：威胁他人、多次发送恐吓信息"
                "可受治安处罚。说要“抓你坐牢”也是威胁：单纯欠款是民事纠纷，催收方无权让人抓你。",
                "en": f"{_ART68_EN}: no threats or intimidation; {_PUBLIC_ORDER_EN}: threats and repeated threatening "
                'messages can be punished. "You\'ll be arrested" is a threat too: an unpaid debt is a civil matter and '
                "no collector can have you arrested.",
            },
        ),
        Rule(
            "lone-visit",
            {"zh": "单人上门", "en": "visit by one person"},
            {
                "zh": f"{_GUIDELINE_ZH}第22条：上门催收至少2人。",
                "en": f"{_GUIDELINE_EN}, Art. 22: home visits need at least 2 collectors.",
            },
        ),
        Rule(
            "impersonation",
            {"zh": "冒充公检法", "en": "posing as police/court"},
            {
                "zh": f"{_GUIDELINE_ZH}：禁止冒充行政机关、司法机关催收。真正的法院文书通过12368短信、"
                "人民法院在线服务、人民法院送达平台、EMS法院专递或当面送达。",
                "en": f"{_GUIDELINE_EN}: pretending to act for administrative or judicial bodies is banned. "
                "Real court papers come by SMS from 12368, 人民法院在线服务, 人民法院送达平台, EMS 法院专递, or by hand.",
            },
        ),
        Rule(
            "private-account",
            {"zh": "要求转个人账户", "en": "pay a private account"},
            {
                "zh": f"{_GUIDELINE_ZH}禁止以欺诈方式催收。要求把钱转到个人账户是诈骗的常见迹象："
                "只通过债权方官方App、官方账户还款。",
                "en": f"{_GUIDELINE_EN}: fraud in collection is banned. Being told to pay a private account is a "
                "common sign of a scam: pay only through the lender's official app or account.",
            },
        ),
    )
}
TAGS = tuple(RULES)


def entry_tags(entry: Entry) -> list[str]:
    """Tags that follow from one entry alone (everything but the daily count)."""
    tags = []
    if entry.kind != "posting" and _at_night(entry):
        tags.append("night")
    if entry.kind == "third-party" or entry.third_parties:
        tags.append("third-party")
    if "insult" in entry.acts:
        tags.append("insult")
    if "threat" in entry.acts or "arrest-threat" in entry.acts:
        tags.append("threat")
    if entry.kind == "visit" and entry.visitors is not None and entry.visitors < 2:
        tags.append("lone-visit")
    for act in ("impersonation", "private-account"):
        if act in entry.acts:
            tags.append(act)
    return tags


def _at_night(entry: Entry) -> bool:
    if entry.precision == "night":
        return True
    if entry.precision != "time":
        return False
    return entry.at.hour >= NIGHT_START_HOUR or entry.at.hour < NIGHT_END_HOUR


def tag_all(entries: Sequence[Entry]) -> dict[int, list[str]]:
    """Tags per entry `seq`; an entry whose calls take its day past 6 gets "over-6-a-day"."""
    tags = {e.seq: entry_tags(e) for e in entries}
    running: Counter[date] = Counter()
    for e in sorted(entries, key=lambda x: (x.at, x.seq)):
        if e.kind != "call":
            continue
        running[e.at.date()] += e.count
        if running[e.at.date()] > MAX_ATTEMPTS_PER_DAY:
            tags[e.seq].append("over-6-a-day")
    return {seq: sorted(t, key=TAGS.index) for seq, t in tags.items()}


def calls_per_day(entries: Sequence[Entry]) -> dict[date, int]:
    """Logged call attempts per local day."""
    days: Counter[date] = Counter()
    for e in entries:
        if e.kind == "call":
            days[e.at.date()] += e.count
    return dict(sorted(days.items()))


def tag_counts(tags: dict[int, list[str]]) -> dict[str, int]:
    """How many entries carry each tag, in the order of TAGS."""
    counts = Counter(t for ts in tags.values() for t in ts)
    return {t: counts[t] for t in TAGS if counts[t]}
