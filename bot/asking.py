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
        "rule",
        re.compile(
            r"合法|违法|違法|犯法|犯罪|违规|違規|算不算|允许|允許|能这样|能這樣|可以这样|可以這樣|"
            r"咁样都得|咁樣都得|得唔得|\ballowed\b|\blegal\b|\billegal\b|\bagainst the (?:law|rules)",
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
