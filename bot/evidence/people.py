"""How many people were reached, when the message says it as a total.

People name those reached one by one and then sum them up ("有我姐、我表弟、我大学室友三个人收到",
"一共四个人都被骚扰了", "they sent messages to 6 people in my contact list", "that's four people
who got messages"). The total is the count of third-party contact: the names before it are the
same people, not more. A total of people who came is about a visit and is left alone
("三个人到我家门口"), and so is a count of attempts to each ("各打了两次").

A clause that only sums up ("that's four people who got messages") is no contact of its own.
"""

from __future__ import annotations

from bot import lazyre as re
from bot.parsing.numbers import EN_NUMBER_WORDS

_WORDS = EN_NUMBER_WORDS
_N = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"

# (the text is prepared: simplified, lower case, Chinese numerals before a measure word as digits)
_TOTAL_ZH = re.compile(
    # "一共4个人都被骚扰了", "3个人都话接到电话", "有我姐、我表弟…3个人收到", "通讯录里5个人的电话"
    # (not those who saw a post: "群里三十几个人都看见了")
    r"(?<![\d])(\d{1,2})\s?个人(?=\s?(?:都|也|全|收到|接到|被|来问|问我|知道|的电话|的手机))"
    r"(?!\s?(?:都|也|全)?\s?(?:看见|看到|见到|睇到|睇见|看了))|"
    # "一共打了2个人", "打了两个别人": those reached, counted
    r"(?:打|发|找|联系|骚扰)了?(?:给)?\s?(\d{1,2})\s?个(?:人|别人)(?![\u4e00-\u9fff]*(?:来|到|上门))"
)
# A total said as about so many: "to about 10 people", "that's around 6 people" (the number said).
_ABOUT = r"(?:(?:about|around|roughly|approximately|some|nearly|almost|over|at\s+least|like)\s+)?"
_TOTAL_EN = re.compile(
    rf"\b(?:to|messaged|texted|called|contacted)\s+{_ABOUT}{_N}\s+(?:people|persons|contacts)\b|"
    rf"\b(?:that'?s|thats|so|total(?:ly)?|in\s+total|altogether)\s+{_ABOUT}{_N}\s+people\b|"
    rf"\b{_N}\s+people\s+(?:i\s+know\s+)?(?:told\s+me|got|received|were\s+(?:called|contacted|messaged))\b"
)
# Attempts to each one, which multiply the people: "各1次" does not, "各打了两次" does.
_EACH_MORE = re.compile(
    r"各(?:打|发)?了?\s?(?:[2-9]|\d{2})\s?(?:次|个|条|通)|\beach\s+(?:twice|\d+\s+times)\b"
)
# Those who came: a total of people at the door is about a visit.
_CAME = re.compile(r"个人\s?(?:到|来|上门|在我家|堵)|\bpeople\s+(?:came|showed|turned)\b")
# A clause that only sums up: "that's four people who got messages", "一共4个人都被骚扰了".
_RECAP = re.compile(
    r"^\s*(?:that'?s|thats|so|in\s+total|altogether|total)\b|^\s*(?:一共|总共|共|这|那|加起来)|"
    r"^\s*\d{1,2}\s?个人\s?(?:都|也|全)"  # "3个人都话接到电话": those just named, summed up
)


# A total closing a list of people: "有我舅舅、我前同事小王、我房东，还有我大学室友，一共四个".
_TOTAL_CLOSING = re.compile(
    r"[,，]\s?(?:一共|总共|加起来)\s?(\d{1,2})\s?个(?:人)?\s?(?=[。.!！]|$)"
)


def _number(word: str) -> int:
    return _WORDS.get(word) or int(word)


def people_total(s: str) -> tuple[int, tuple[int, int]] | None:
    """The total of people reached the (prepared) text states, and where; None if none."""
    if _EACH_MORE.search(s):
        return None
    for rx in (_TOTAL_ZH, _TOTAL_EN):
        for m in rx.finditer(s):
            if _CAME.search(s, m.start(), min(len(s), m.end() + 4)):
                continue
            word = next(g for g in m.groups() if g)
            n = _number(word)
            if 2 <= n <= 50:
                return n, m.span()
    for m in _TOTAL_CLOSING.finditer(s):
        if "、" in s[max(0, m.start() - 40) : m.start()] and 2 <= int(m.group(1)) <= 50:
            return int(m.group(1)), (m.start() + 1, m.end())
    return None


def recap_clause(s: str, at: int) -> tuple[int, int] | None:
    """The clause around `at` when it only sums up, else None."""
    start = max(s.rfind(c, 0, at) for c in ",，。.;；!！\n") + 1
    ends = [i for i in (s.find(c, at) for c in ",，。;；!！\n") if i >= 0]
    dot = re.search(r"\.(?:\s|$)", s[at:])
    if dot:
        ends.append(at + dot.start())
    end = min(ends) if ends else len(s)
    return (start, end) if _RECAP.match(s[start:end]) else None
