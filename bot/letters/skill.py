"""The letter skill: recognise a request, ask for the fields one at a time, hand the letter back.

"帮我写一封协商还款的申请", "给招行写个协商还款申请", "I need a letter asking the bank to stop
calling my mother and my boss" or `/letter [id]` start a flow; what the request already says
(creditor, amounts, months, who is being called) is filled in first (prefill.py) and not asked. Answers live only in `turn.ctx.flow` (memory, 30 minutes at most)
and the flow is dropped as soon as the letter is produced or the person cancels.
"""

from __future__ import annotations

from datetime import date

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.context import Flow
from bot.i18n import lookup
from bot.kb.model import KnowledgeBase, Lang
from bot.letters.fields import format_value, parse_value
from bot.letters.fields import message as field_message
from bot.letters.prefill import prefill
from bot.letters.templates import Letter, LetterSet, load_letters, render, shortfall_notes
from bot.parsing.questions import asks
from bot.reply import Button, Document, Reply, ReplyBuilder
from bot.skills import BaseSkill, Turn
from bot.text import to_simplified

NAME = "letter"

# A cheap first look at every message: only a message that asks for something to be written
# gets further. Traditional forms are listed so the check runs before any conversion.
_INTENT_RE = re.compile(
    r"(帮我|幫我|帮忙|幫忙|替我|代我|教我|我想|我要|想要|需要|怎么|怎麼|如何|能不能|可以|请|請)\s*"
    r"(写|寫|起草|拟|擬)"
    r"|(写|寫|起草|拟|擬)\s*(一|1|几|幾)?\s*(封|份|篇|个|個)"
    # (within one clause: "说签了就可以给我减免 我看上面写着…" is two, the 写 someone else's)
    r"|(给|給|向)[^，。,.？?！!\s]{1,12}(写|寫)"
    r"|(模板|模版|范文|範文|范本|範本|样本|樣本)"
    r"|\b(write|draft|compose|prepare)\b[^.?!。？！]{0,60}\b(letter|request|complaint|objection|application)s?\b"
    r"|\b(need|want|send|help with)\b[^.?!。？！]{0,20}\b(a|an|the)\s+(formal\s+|written\s+)?(letter|complaint letter)\b"
    r"|\b(want|need|help me|how (do|can|should) i)\s+(to\s+)?write to (my|the) (bank|lender|creditor|card issuer)\b"
    r"|\b(template|sample letter|letter template)\b",
    re.IGNORECASE,
)
# Asking about a letter received, or whether one is genuine, belongs to the knowledge base.
_NOT_OURS_RE = re.compile(
    r"律师函|律師函|律师信|催收函|告知函|传票|傳票|是真的|真的吗|真的假的|真假|假的|骗|騙"
    r"|lawyer'?s? letter|legal letter|\breal\b|\bfake\b|\bscam|\bgenuine\b"
    # a paper the other side wants signed ("让我签字确认欠款", "they want me to sign a letter")
    r"|[让讓要叫]我[签簽]|\b(?:wants?|asked|asking|told|tell)\s+me\s+to\s+sign\b",
    re.IGNORECASE,
)
_SKIP = {
    "跳过",
    "跳過",
    "略过",
    "略過",
    "不填",
    "没有",
    "沒有",
    "无",
    "無",
    "不知道",
    "skip",
    "pass",
    "none",
    "n/a",
    "-",
}
_EXPLICIT_SKIP = {"跳过", "跳過", "略过", "略過", "skip", "pass"}
_CANCEL = {"取消", "/cancel", "cancel", "算了", "不写了", "不寫了", "停止", "stop", "quit", "退出"}

MESSAGES: dict[str, dict[str, str]] = {
    "menu": {
        "zh": "我可以陪你一起写这几种信。选一个，我会一项一项地问你，最后给你可以直接寄出的全文：",
        "en": "I can help you write these letters. Pick one: I'll ask you one thing at a time and "
        "give "
        "you the finished text to send:",
    },
    "unknown_letter": {
        "zh": "没有这个信件模板。可以选下面的一种：",
        "en": "There is no letter with that name. You can pick one of these:",
    },
    "none": {
        "zh": "目前没有可用的信件模板。",
        "en": "No letter templates are available at the moment.",
    },
    "intro": {
        "zh": "好的，我们来写《{title}》。\n适用情况：{when}\n我会问你 {count} 个问题，一次一个；"
        "标着“可选”的可以回复“跳过”，随时回复“取消”或 /cancel 停止。"
        "你填的内容只用来生成这封信，信写好后就不再保留。",
        "en": "OK, let's write the \"{title}\".\nWhen to use it: {when}\nI'll ask you {count} ques"
        "tions, "
        'one at a time; reply "skip" to leave out an optional one, and "cancel" or /cancel to stop '
        "at any point. What you type is used only to make this letter and is not kept afterwards.",
    },
    "question": {"zh": "（{n}/{total}）{prompt}", "en": "({n}/{total}) {prompt}"},
    "optional": {
        "zh": "可选：不想填请回复“跳过”。",
        "en": 'Optional: reply "skip" to leave it out.',
    },
    "example": {"zh": "例如：{example}", "en": "For example: {example}"},
    "required": {
        "zh": "这一项是必须填写的，信里少了它就说不清楚。请写一下；不想写了可以回复“取消”。",
        "en": "This one is needed for the letter to make sense. "
        'Please fill it in, or reply "cancel" to stop.',
    },
    "cancelled": {
        "zh": "好的，已经停止，你刚才填的内容都已丢弃。需要时输入 /letter 重新开始。",
        "en": "OK, stopped; everything you typed for the letter has been discarded. Type /letter t"
        "o start again.",
    },
    "done": {
        "zh": "信写好了。下面是全文，可以复制后修改、打印或发送：",
        "en": "Your letter is ready. Here is the full text to copy, edit, print or send:",
    },
    "how_to_use": {"zh": "怎么用这封信", "en": "How to use this letter"},
    "forgotten": {
        "zh": "你填写的内容没有保存；需要修改时可以直接改这份文字，或输入 /letter 重新填写。",
        "en": "Nothing you typed has been stored; edit this text directly, or type /letter to fill"
        " it in again.",
    },
    "prefilled": {
        "zh": "从你的话里我已经填好了这些（不对的话，信写好后可以直接改）：",
        "en": "From what you said I have already filled in (you can edit the finished text if "
        "anything is wrong):",
    },
    "number_field": {
        "zh": "这一项要填数字：直接输入数字就是你的答案（要跳过或取消请点按钮，或回复“跳过”“取消”）。",
        "en": "This one needs a number: a number you type is the answer (to skip or cancel, tap a "
        'button or reply "skip" or "cancel").',
    },
    "skip": {"zh": "跳过", "en": "Skip"},
    "cancel": {"zh": "取消", "en": "Cancel"},
}


def _t(key: str, lang: Lang, **fmt: object) -> str:
    return lookup(MESSAGES, key, lang, **fmt)


# Field types whose answer is a number: there a typed "1" is the value, not a button pick.
NUMERIC_TYPES = frozenset({"money", "integer", "last4"})
# Short names of the fields a request can pre-fill, for the "already filled" summary.
FIELD_LABELS: dict[str, dict[str, str]] = {
    "creditor": {"zh": "写给", "en": "To"},
    "amount": {"zh": "欠款总额", "en": "Total owed"},
    "amount_claimed": {"zh": "对方说的欠款", "en": "Amount they claim"},
    "monthly": {"zh": "每月能还", "en": "Monthly payment"},
    "months": {"zh": "期数", "en": "Months"},
    "contacted": {"zh": "被联系的人", "en": "People contacted"},
}


def _next_index(letter: Letter, values: dict[str, str], start: int) -> int:
    """The first field from `start` on that is not filled yet (len(fields) when none)."""
    index = start
    while index < len(letter.fields) and letter.fields[index].name in values:
        index += 1
    return index


def wants_letter(text: str) -> bool:
    """Cheap check run on every message: does it ask for something to be written (and not about a
    letter someone received)?"""
    return bool(_INTENT_RE.search(text)) and not _NOT_OURS_RE.search(text)


# Without a specific letter's keywords, only a request that names a letter gets the menu
# ("帮我写一封信"); "答辩状怎么写" or "日志怎么写" are questions for the knowledge base.
_LETTER_NOUN_RE = re.compile(
    r"(?<![征徵短微])信(?![用息])|函|申请书|申請書|\bletters?\b", re.IGNORECASE
)


# What a request for each letter says when its keywords don't settle it: "stop calling my
# mother and my boss" asks for the stop-third-party-contact letter. Each cue counts as one
# keyword hit more for its letter.
LETTER_CUES: dict[str, re.Pattern[str]] = {
    "stop-third-party-contact": re.compile(
        r"(?:别|不要|停止|不准|不许|别再|不要再|唔好|唔准|咪再|stop|quit|no longer)\s*(?:再|them\s+|they\s+)?"
        r"[^，。,.]{0,10}(?:打给|打俾|打畀|打电话给|联系|骚扰|找|call|contact|text|harass|messag)"
        r"[^，。,.]{0,12}(?:妈|爸|父母|家人|家里|老婆|老公|孩子|朋友|同事|领导|老板|单位|邻居|通讯录|"
        r"mother|mum|mom|father|dad|parents|family|wife|husband|friends?|colleagues?|boss|employer|"
        r"neighbou?rs?|contacts|relatives)",
        re.IGNORECASE,
    ),
    "negotiation-request": re.compile(
        r"协商还款|分期还款|个性化分期|停息挂账|(?:instal+ment|payment|repayment)\s+plan",
        re.IGNORECASE,
    ),
    "debt-details-request": re.compile(
        r"欠款明细|还款明细|账单明细|(?:debt|loan)\s+(?:details|breakdown|statement)", re.IGNORECASE
    ),
}


def pick_letter(letters: LetterSet, text: str) -> Letter | None:
    """The one letter whose keywords (and cues) the message mentions most; None when none or a
    tie."""
    folded = to_simplified(text).casefold()
    scores = []
    for letter in letters:
        words = {*letter.keywords.zh, *letter.keywords.en}
        hits = sum(1 for w in words if w.casefold() in folded)
        cue = LETTER_CUES.get(letter.id)
        if cue is not None and cue.search(folded):
            hits += 1
        if hits:
            scores.append((hits, letter))
    scores.sort(key=lambda x: -x[0])
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    return scores[0][1]


class LetterSkill(BaseSkill):
    """Fills in a letter template with the person, one field per message."""

    name = NAME
    commands = ("letter",)

    def __init__(self, letters: LetterSet):
        self.letters = letters

    @classmethod
    def for_kb(cls, kb: KnowledgeBase) -> LetterSkill:
        """The skill over `<kb root>/letters/`; raises KnowledgeError if a template is broken."""
        return cls(load_letters(kb.root) if kb.root else LetterSet())

    # -- entry points ----------------------------------------------------------------------
    def on_message(self, turn: Turn) -> Reply | None:
        flow = turn.ctx.flow
        if flow is not None and flow.owner == NAME:
            return self._answer(turn, turn.text)
        if not self.letters or not wants_letter(turn.text):
            return None
        letter = pick_letter(self.letters, turn.text)
        if letter is not None:
            return self._start(turn, letter, request=turn.text)
        return self._menu(turn.lang) if _LETTER_NOUN_RE.search(turn.text) else None

    def claims(self, turn: Turn) -> bool:
        """Whether `on_message` would take this message (outside a flow), without acting on it."""
        if not self.letters or not wants_letter(turn.text):
            return False
        found = pick_letter(self.letters, turn.text) is not None
        return found or bool(_LETTER_NOUN_RE.search(turn.text))

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if command == "cancel":
            flow = turn.ctx.flow
            if flow is None or flow.owner != NAME:
                return None
            return self._cancel(turn)
        if command != "letter":
            return None
        if not args:
            return self._menu(turn.lang)
        words = args.lower().split()
        letter = self.letters.get(words[0])
        if letter is None:
            return self._menu(turn.lang, unknown=True)
        # `/letter ID` is all ASCII, so the engine takes it for English; `/letter ID zh` overrides.
        if len(words) > 1 and words[1] in ("zh", "en"):
            turn.lang = turn.ctx.last_lang = words[1]  # type: ignore[assignment]
        return self._start(turn, letter)

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        _, _, rest = payload.partition(":")
        kind, _, value = rest.partition(":")
        if kind == "s":
            letter = self.letters.get(value)
            return self._start(turn, letter) if letter else None
        flow = turn.ctx.flow
        if flow is None or flow.owner != NAME:
            return None
        if kind == "cancel":
            return self._cancel(turn)
        if kind == "skip":
            return self._answer(turn, "skip")
        if kind == "c":
            return self._answer(turn, value)
        return None

    # -- the flow --------------------------------------------------------------------------------
    def _menu(self, lang: Lang, unknown: bool = False) -> Reply:
        if not self.letters:
            return ReplyBuilder(lang).add("text", _t("none", lang)).build(kind="info")
        b = ReplyBuilder(lang).add("text", _t("unknown_letter" if unknown else "menu", lang))
        for letter in self.letters:
            b.row(Button(letter.title.get(lang), f"{NAME}:s:{letter.id}"))
        return b.build(kind="flow")

    def _start(self, turn: Turn, letter: Letter, request: str | None = None) -> Reply:
        """Start the flow; fields the request already gives are filled and not asked."""
        lang = turn.lang
        values = prefill(letter, request, turn.now.date()) if request else {}
        first = _next_index(letter, values, 0)
        turn.start_flow(NAME, id=letter.id, lang=lang, index=first, values=values)
        intro = _t(
            "intro",
            lang,
            title=letter.title.get(lang),
            when=letter.when.get(lang),
            count=sum(1 for f in letter.fields if f.name not in values),
        )
        before: tuple[str, ...] = (intro,)
        if values:
            sep = "：" if lang == "zh" else ": "
            shown = [
                f"• {FIELD_LABELS.get(f.name, {}).get(lang, f.name)}{sep}"
                + format_value(f, values[f.name], lang)
                for f in letter.fields
                if f.name in values
            ]
            before += (_t("prefilled", lang) + "\n" + "\n".join(shown),)
        if first >= len(letter.fields):
            return self._finish(turn, letter, lang, ())
        return self._ask(letter, first, lang, before=before, flow=turn.ctx.flow)

    def _ask(
        self,
        letter: Letter,
        index: int,
        lang: Lang,
        before: tuple[str, ...] = (),
        flow: Flow | None = None,
    ) -> Reply:
        spec = letter.fields[index]
        numeric = spec.type in NUMERIC_TYPES
        if flow is not None:
            # A bare number typed now is this field's value, not a pick of a button below.
            flow.state["wants_number"] = numeric
        b = ReplyBuilder(lang).add("text", *before)
        lines = [
            _t(
                "question",
                lang,
                n=index + 1,
                total=len(letter.fields),
                prompt=spec.prompt.get(lang),
            )
        ]
        if not spec.required:
            lines.append(_t("optional", lang))
        if spec.type != "choice":
            lines.append(_t("example", lang, example=spec.example.get(lang)))
        if numeric:
            lines.append(_t("number_field", lang))
        b.add("text", *lines)
        for choice in spec.choices:
            b.row(Button(choice.label.get(lang), f"{NAME}:c:{choice.value}"))
        controls = [Button(_t("skip", lang), f"{NAME}:skip")] if not spec.required else []
        b.row(*controls, Button(_t("cancel", lang), f"{NAME}:cancel"))
        return b.build(
            kind="flow", action={"type": "letter-field", "id": letter.id, "field": spec.name}
        )

    def _answer(self, turn: Turn, text: str) -> Reply | None:
        flow = turn.ctx.flow
        assert flow is not None
        state = flow.state
        letter = self.letters.get(state["id"])
        lang: Lang = state["lang"]
        if letter is None:  # the template went away (reload); nothing to continue
            turn.end_flow()
            return self._menu(lang)
        spec = letter.fields[state["index"]]
        word = text.strip().casefold()
        if word in _CANCEL:
            return self._cancel(turn)
        if word not in _SKIP and _asked_instead(text):
            # "要附什么证明" typed when the letter asks whom it is to: a question for the rest of
            # the bot to answer; the flow waits at this step (the engine says so under the answer).
            return None
        notices: tuple[str, ...] = ()
        if word in _SKIP and (not spec.required or word in _EXPLICIT_SKIP):
            if spec.required:
                return self._ask(
                    letter, state["index"], lang, before=(_t("required", lang),), flow=flow
                )
        else:
            parsed = parse_value(spec, text, turn.now.date())
            if parsed.error:
                problem = field_message(parsed.error, lang, **parsed.error_args)
                return self._ask(letter, state["index"], lang, before=(problem,), flow=flow)
            assert parsed.value is not None
            state["values"][spec.name] = parsed.value
            notices = tuple(field_message(key, lang) for key in parsed.notices)
        state["index"] = _next_index(letter, state["values"], state["index"] + 1)
        if state["index"] < len(letter.fields):
            return self._ask(letter, state["index"], lang, before=notices, flow=flow)
        return self._finish(turn, letter, lang, notices)

    def _finish(self, turn: Turn, letter: Letter, lang: Lang, notices: tuple[str, ...]) -> Reply:
        values = dict(turn.ctx.flow.state["values"]) if turn.ctx.flow else {}
        turn.end_flow()  # the answers are dropped here: only the letter itself goes back
        return letter_reply(letter, lang, values, turn.now.date(), notices)

    def _cancel(self, turn: Turn) -> Reply:
        lang: Lang = turn.ctx.flow.state.get("lang", turn.lang) if turn.ctx.flow else turn.lang
        turn.end_flow()
        return ReplyBuilder(lang).add("text", _t("cancelled", lang)).build(kind="flow")


# A question, short or closed as one ("要附什么证明", "被拒绝呢?"); a longer answer with a
# question word inside ("不知道为什么多收了服务费，要求退还") is still the value asked for.
_CLOSED_AS_QUESTION = re.compile(r"(?:[?？]|吗|嗎|呢|嘛|么|麼)\s*[。.!！~]*\s*$")


def _asked_instead(text: str) -> bool:
    text = text.strip()
    return asks(text) and (len(text) <= 20 or _CLOSED_AS_QUESTION.search(text) is not None)


def letter_reply(
    letter: Letter, lang: Lang, values: dict[str, str], today: date, notices: tuple[str, ...] = ()
) -> Reply:
    """The finished letter: its text as one message with usage notes, and as a .txt document."""
    text = render(letter, lang, values, today)
    b = ReplyBuilder(lang)
    b.add("text", *notices, *shortfall_notes(letter, values, lang))
    b.add("text", _t("done", lang))
    b.add("text", text.rstrip("\n"), heading=letter.title.get(lang))
    b.add("notes", *letter.notes.get(lang), heading=_t("how_to_use", lang))
    b.add("text", _t("forgotten", lang))
    document = Document(filename=f"{letter.id}-{today.isoformat()}-{lang}.txt", content=text)
    return b.build(
        kind="info",
        action={"type": "letter", "id": letter.id, "text": text},
        documents=(document,),
    )
