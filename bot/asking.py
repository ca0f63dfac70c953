"""What kind of fact a follow-up asks for, and whether an answer states one of that kind.

"打哪个电话" wants a number to call, "多久内申请" a duration, "会来几个人" a count, "这样合法吗"
the rule. A detail whose answer holds that kind of fact fits the question a little better
than one that only shares its words (bot/details.DetailIndex adds KIND_BONUS).
"""

from __future__ import annotations

from bot import lazyre as re

# (kind, what a question asking it looks like, what an answer stating it looks like)
KINDS: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "number",
        re.compile(
            r"打哪个|打哪個|打什么电话|打什麼電話|哪个电话|哪個電話|电话多少|電話多少|什么号|什麼號|"
            r"几号|幾號|咩號|咩号|热线|熱線|\bhotline|\bwhat number|\bwhich number|\bwho (?:do|should|can) i call|"
            r"\bnumber to call",
            re.IGNORECASE,
        ),
        re.compile(r"(?<!\d)(?:110|119|120|999|1\d{4}|\d{4} ?\d{4})(?!\d)"),
    ),
    (
        "duration",
        re.compile(
            r"多久|多长时间|多長時間|多耐|幾耐|几天|幾天|几个月|幾個月|几年|幾年|期限|时限|時限|"
            r"\bhow long|\bhow many (?:days|months|years)|\bdeadline|\bby when|\bwithin how",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:\d+|[一二两兩三四五六七八九十半]+)\s*(?:日|天|个月|個月|年|小时|小時|周|週)|"
            r"\b(?:\d+|one|two|three|five|six|seven|ten|fifteen|thirty) "
            r"(?:days?|months?|years?|hours?|weeks?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "count",
        re.compile(
            r"几个人|幾個人|多少人|几次|幾次|多少次|几个|幾個|\bhow many\b(?! (?:days|months|years))",
            re.IGNORECASE,
        ),
        re.compile(
            r"(?:\d+|[一二两兩三四五六七八九十]+)\s*(?:名|个人|個人|人|次|位|个|個)|"
            r"\b(?:\d+|two|three|four|five|six) (?:people|collectors|staff|calls|times|attempts)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "penalty",
        re.compile(
            r"罚多少|罰多少|罚款多少|罰款多少|会被罚|會被罰|会不会被罚|會不會被罰|被罚吗|被罰嗎|"
            r"关几天|關幾天|拘几天|拘幾天|拘留几天|拘留幾天|能拘留|会拘留|會拘留|坐牢|坐監|"
            r"判几年|判幾年|判多久|罰幾多|罚几多|\bhow much (?:is the |of a )?fine|\bfined\b|"
            r"\bjail\b|\bprison\b|\bpenalt|\blocked up\b|\bget detained|\bpunish",
            re.IGNORECASE,
        ),
        re.compile(
            r"拘留|罚款|罰款|有期徒刑|徒刑|\bdetention\b|\bdetained\b|\bfined?\b|\bprison\b|"
            r"\bjail\b",
            re.IGNORECASE,
        ),
    ),
    (
        "apply",
        re.compile(
            r"申请吗|申請嗎|要申请|要申請|要不要申请|要不要申請|需要申请|需要申請|需唔需要申請|"
            r"自己申请|自己申請|去申请吗|主动申请|手动|手動|\bdo i (?:need|have) to apply|"
            r"\bapply (?:for it|myself)|\bautomatic",
            re.IGNORECASE,
        ),
        re.compile(
            r"自动|自動|无需申请|無需申請|不用申请|不用申請|不需要申请|不需要申請|不必申请|"
            r"\bautomatic|\bno application|\bno need to apply|\bwithout applying",
            re.IGNORECASE,
        ),
    ),
    (
        "amount",
        re.compile(
            r"多少钱|多少錢|欠多少|几万|幾萬|幾多錢|几多钱|多少才|金额多少|金額多少|"
            r"\bhow much does it have to\b|\bhow much (?:money|debt)|\bwhat amount",
            re.IGNORECASE,
        ),
        re.compile(
            r"\d+(?:\.\d+)?\s*(?:万|萬|元|块)|[一二两兩三四五六七八九十百千]+\s*(?:万|萬)元?|"
            r"\d[\d,]*\s*(?:yuan|rmb)|\b\d{1,3},000\b",
            re.IGNORECASE,
        ),
    ),
    (
        "liable",
        re.compile(
            r"又不是|不是我的债|不是我的債|不是我欠|又没签|又沒簽|又没欠|又沒欠|凭什么找|憑什麼找|"
            r"更不欠|也不欠|又不欠|"
            r"要还吗|要還嗎|得还吗|得還嗎|也得还|也得還|要帮[^，。？?]{0,6}还|要幫[^，。？?]{0,6}還|"
            r"使唔使還|使唔使还|\bdo (?:i|they|we) (?:owe|have to pay)|\bam i liable|"
            r"\bowe anything|\bnever signed|\bhave to pay (?:it|for)",
            re.IGNORECASE,
        ),
        re.compile(
            r"无关|無關|第三人|第三方|不需要还|不需要還|没有义务|沒有義務|不用还|不用還|不必还|"
            r"無需還|无需还|不是债务人|不是債務人|\bnot liable|\bowes? nothing|\bno obligation|"
            r"\bunrelated|\bthird part|\bnot (?:the )?debtor|\bdoes not have to pay|"
            r"\bdon'?t have to pay",
            re.IGNORECASE,
        ),
    ),
    (
        "rule",
        re.compile(
            r"合法|违法|違法|犯法|犯罪|违规|違規|算不算|允许|允許|能这样|能這樣|可以这样|可以這樣|"
            r"咁样都得|咁樣都得|得唔得|合规|合規|让不让|讓不讓|能贴|能貼|行不行|"
            r"\ballowed\b|\blegal\b|\billegal\b|\bagainst the (?:law|rules)|\bbanned\b|"
            r"\bprohibited\b|\bcompliant\b|\bis (?:that|this|it) ok\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"不得|禁止|违法|違法|不允许|不允許|不合法|属于|屬於|可以处|可以處|"
            r"\bnot allowed\b|\billegal\b|\bbanned\b|\bmust not\b|\bmay not\b|\bprohibited\b|\bis allowed\b",
            re.IGNORECASE,
        ),
    ),
)


def asked(text: str) -> frozenset[str]:
    """The kinds of fact a message asks for (none for most messages)."""
    return frozenset(kind for kind, question, _ in KINDS if question.search(text))


def stated(answer: str) -> frozenset[str]:
    """The kinds of fact an answer states."""
    return frozenset(kind for kind, _, fact in KINDS if fact.search(answer))
