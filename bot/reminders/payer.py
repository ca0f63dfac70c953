"""Who makes a payment: the person, or someone else for them.

"我妈说她后天帮我还农行那笔两千五", "老公下礼拜帮我还张卡 3000", "my husband will pay the 3k to
the bank tomorrow" state a payment someone else makes. It is theirs to make, so the bot offers
no reminder (asking for one, "…提醒我", still sets it).

The payer is the subject of the repayment verb: the last person named before it who is not an
object or a beneficiary. A person after 帮/替/给/还/欠/跟 (帮我妈还: paying for mum; 还我姐: paying
her; 跟老公说好了: said to him) or before 的 (老婆的信用卡: her card, paid by whoever speaks) is
not the subject. With no subject the person speaks of themselves ("周五还招行1500"). A subject
said just before, alone or with a speech verb, carries over to the clause after a typed space
("我妈 后天帮我还…", "我妈说 后天帮我还…"); a sentence about something else does not
("我妈住院了 明天还招行2000": the person pays).
"""

from __future__ import annotations

from bot import lazyre as re
from bot.parsing.relations import EN_KIN, ZH_KIN

_I = re.IGNORECASE | re.ASCII

# A person named: someone else (kin, a name with 阿 that speaks or acts, he/she) or the person.
_AGENT = re.compile(
    rf"(?P<other>(?:我的?)?(?:{ZH_KIN})|阿[\u4e00-\u9fff](?=\s?(?:话|说|讲|会|答应|帮|替))|"
    r"[他她佢](?![们哋])|"
    # ("dad's paying" is dad doing it; "dad's card" is his card)
    rf"\b(?:my\s+)?(?:{EN_KIN}|bro|sis|hubby|mom|mum|ma|pa)\b(?:'s(?=\s+(?:paying|going|gonna|covering|sending|"
    r"transferring|settling|clearing)\b)|(?!'s))|\b(?:he|she)\b(?:'ll|'s)?)|"
    # (自己 after 他/她/佢 is them: "我阿妈听日帮佢自己还信用卡")
    r"(?P<me>我|(?<![他她佢])自己|\bi\b(?:'ll|'m|'d)?|\bwe\b(?:'ll)?)",
    _I,
)
# Words before a person that make them an object or a beneficiary, not the payer.
_NOT_SUBJECT_BEFORE = re.compile(
    r"(?:帮|替|给|还|欠|跟|和|同|向|对|问|借|找|为|俾|畀|答应|应承|\bto|\bfor|\bfrom|\bwith|\btold|\btell|"
    r"\bask(?:ed)?|\bowe|\bpay|\bgive|\blend|\bsend)\s*$",
    _I,
)
_POSSESSIVE_EN = re.compile(r"\s*'s\b")
# What may stand between a subject said before and the clause that carries its verb: nothing
# ("我妈 后天帮我还…"), or a speech verb when the clause has them do it for the person ("我妈说
# 后天帮我还…"; not "我老婆说了 下周四必须把…还了", her words to the person).
_SAID = re.compile(r"^\s*(?:说|话|讲|讲好|答应|表示)(?:了|咗|过)?\s*$")
_FOR_ME = re.compile(r"(?:帮|替|幫|同)我|\bfor\s+me\b|\bon\s+my\s+behalf\b", _I)


def _subject(text: str, end: int | None = None) -> tuple[str, int] | None:
    """The last subject named in `text` before `end`: ("other" | "me", where it ends), or None.
    (The whole text is read, so a word may look past `end`: "dad's paying".)"""
    found = None
    for m in _AGENT.finditer(text):
        if end is not None and m.start() >= end:
            break
        if _NOT_SUBJECT_BEFORE.search(text, 0, m.start()):
            continue
        if text.startswith("的", m.end()) or _POSSESSIVE_EN.match(text, m.end()):
            continue  # a possessor: 老婆的信用卡, my wife's card
        found = ("other" if m.group("other") else "me", m.end())
    return found


def someone_else_pays(piece: str, verb_at: int, lead: str = "") -> bool:
    """Is the repayment verb at `verb_at` in `piece` someone else's to do? `lead` is the
    sentence before the clause."""
    said = _subject(piece, verb_at)
    if said is None and lead:
        before = _subject(lead)
        between = lead[before[1] :] if before else ""
        if before and (not between.strip() or (_SAID.match(between) and _FOR_ME.search(piece))):
            said = before
    return said is not None and said[0] == "other"
