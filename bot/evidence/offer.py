"""A tally of contacts told in passing ("today 6 calls 2 sms 1 visit", "今天打了8个电话"): the
evidence log offers to keep it, and keeps it only on Yes (the reminder offer's policy: never a
silent entry).

A tally is a statement, not a question, whose every part the extractor reads as a contact kind
(a call, a message, a visit, a contact with others, a posting), with a count or a day or time
said, and none of it still to come. Explicit "记一下：…" / "log: …" stays the skill's own.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.parsing.questions import QUESTION_RE
from bot.redact import redact
from bot.text import to_simplified

if TYPE_CHECKING:
    from bot.evidence.extract import Extraction

# Where the person tells the story as a request for help ("帮我写", "help me"), a letter or an
# answer is what they asked for, not a log entry.
_ASKS_RE = re.compile(r"帮我|帮忙|请问|求助|\bhelp\b|\bplease\b|\bpls\b", re.IGNORECASE)
# The person as the one who called or wrote ("我今天给招行打了3个电话", "我打电话给客服协商",
# "去银行打了个电话问分期", "I called citi 3 times"): their own contact, not the collectors'.
_OWN_CONTACT_RE = re.compile(
    r"我[^，。,.!！]{0,8}?(?:给|跟|和|向|找)[^，。,.!！]{1,8}?(?:打|发|回|拨)(?:了|过)?[^，。,.!！]{0,4}?(?:电话|短信|信息|微信)|"
    r"我[^，。,.!！]{0,8}?(?:打|回|拨)(?:了|过)?[^，。,.!！]{0,4}?电话(?:给|去|到)(?!我)|"
    # (a place gone to, not a time reached: "11点到12点打了4个电话" is the collectors')
    r"(?:去|到)(?![\d一二两三四五六七八九十几]+\s*(?:点|时|:|：|号|日))[^，。,.!！]{1,6}?(?:打|拨)(?:了|过)?[^，。,.!！]{0,4}?电话|"
    r"\b(?:i|we)\s+(?:(?!(?:was|were|got|get|been|am|are|have|had|keep)\b)\w+\s+){0,2}?(?:called|rang|phoned|texted|messaged|emailed|contacted|visited|"
    r"call|ring|phone|text|message|email|contact|visit)\b(?!\s+(?:me|us)\b)",
    re.IGNORECASE,
)
# How often, not what happened: "每天打好几通", "一天打十几个", "calls me 5 times a day" is a
# rate, no day's contacts to log.
_RATE_RE = re.compile(
    r"每天|每日|天天|一天(?!之内)|每晚|每个?星期|每周|每个?月|成日|日日|经常|总是|老是|一直|"
    r"\b(?:a|per|each|every)\s+(?:day|night|week|month)\b|\bdaily\b|\balways\b|\bkeeps?\s+(?:calling|texting)\b",
    re.IGNORECASE,
)
# Still to come: "佢哋话今晚会搵人上嚟", "they'll come tomorrow".
_FUTURE_RE = re.compile(
    r"(?:会|要|将|准备|打算|说要)[^，。,.]{0,4}?(?:来|上门|上嚟|过来|搵人|找人|打|发)|明天|明早|后天|听日|"
    r"下(?:周|个?星期|个?礼拜|个?月)|\b(?:will|gonna|going\s+to|tomorrow|next\s+week)\b|'ll\b",
    re.IGNORECASE,
)
# The person working in collections, telling of their own day: "我是做催收的，今天…".
_STAFF_RE = re.compile(
    r"我是(?:做)?催收|我(?:在|做)催收|\bi\s+(?:work|am)\s+(?:in|as)\s+(?:a\s+)?collect", re.I
)
# A word of contact said: the extractor's kind must come from one ("欠了十几个平台" is no call).
_CONTACT_WORD_RE = re.compile(
    r"电话|来电|打(?:了|来|给|到|嚟|过来|我|爆)|短信|信息|消息|微信|简讯|语音|上门|门口|来了|嚟咗|上嚟|找上|堵|"
    r"发帖|群|朋友圈|通讯录|接到|收到|"
    r"\b(?:calls?|called|calling|rang|phoned|texts?|texted|sms|msgs?|messages?|messaged|whatsapps?|visits?|"
    r"visited|came|showed\s+up|turned\s+up|posted|contact\s+list)\b",
    re.IGNORECASE,
)
# Addressed to the log already ("记一下：…", "log: …"): the skill logs it without asking.
_EXPLICIT_RE = re.compile(r"^\s*(?:帮我|请)?记|^\s*(?:log|note)\s*[:：]", re.IGNORECASE)
# Longer than a tally: a story is the knowledge base's to answer (an offer under it is noise).
MAX_CHARS = 160


def tally(text: str, now: datetime) -> list[Extraction] | None:
    """The contacts a plain tally tells of, each kind with its count, or None."""
    plain = to_simplified(text).strip()
    if not plain or len(plain) > MAX_CHARS:
        return None
    if _EXPLICIT_RE.match(plain):
        return None
    if not _CONTACT_WORD_RE.search(plain):
        return None
    held_back = (QUESTION_RE, _ASKS_RE, _OWN_CONTACT_RE, _RATE_RE, _FUTURE_RE, _STAFF_RE)
    if any(rx.search(plain) for rx in held_back):
        return None
    # The extractor (a large module) is imported when a message gets this far: most never do.
    from bot.evidence.extract import extract_all

    items = extract_all(redact(plain).text, now)
    if not items or any(e.kind == "other" for e in items):
        return None
    if any(e.at > now for e in items):
        return None  # "明天他们要上门": not happened yet
    if not any(e.count > 1 or not e.when.default for e in items):
        return None  # "催收一直打电话": a complaint with nothing to count
    return items
