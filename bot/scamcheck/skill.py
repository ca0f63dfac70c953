"""The scam check in the dialogue: `/check <text>`, and pasted or described messages.

A message claims the turn only when the cheap gate passes and the grammars find at least one
red flag, so ordinary questions ("欠信用卡会坐牢吗") still reach the knowledge base; the answer
then lists the grammars' flags and those the trained model adds (bot/scamcheck/model.py).
Nothing the person pastes is stored.
"""

from __future__ import annotations

from bot.i18n import lookup
from bot.reply import Button, Reply, ReplyBuilder, text_reply
from bot.scamcheck.flags import (
    WHAT_TO_DO,
    Flag,
    check,
    collector_threat_only,
    court_named,
    worth_checking,
)
from bot.scamcheck.model import check_all, combined, model_flags
from bot.skills import BaseSkill, Turn

NAME = "scam"
# Knowledge-base entries that stay the general answer; offered when the base has them.
RELATED_TOPICS = ("verify-collector", "fake-legal-notice")
# A collector's arrest threat in the person's own words gets this entry's answer ...
THREAT_TOPIC = "arrest-threats"
# ... unless the knowledge base already answers with it or with a safety entry.
KEEP_TOPICS = frozenset((THREAT_TOPIC, "physical-danger", "emotional-crisis"))

_TEXT = {
    "title": {"zh": "可能是诈骗：发现 {n} 个危险信号", "en": "Possibly a scam: {n} red flag(s)"},
    "flags": {"zh": "危险信号", "en": "Red flags"},
    "todo": {"zh": "怎么做", "en": "What to do"},
    "none": {
        "zh": "这段内容里没有发现明显的诈骗信号。但这不能证明它是真的：仍然请通过债权方官方客服电话或官方App核实，"
        "说到法院的拨打12368核实。",
        "en": "I found no obvious red flags in this. That doesn't prove it is genuine: still check through the "
        "lender's official number or app, and call 12368 about anything that claims to be from a court.",
    },
    "prompt": {
        "zh": "把收到的短信或对方说的话原样发给我，我来看看有没有诈骗迹象。（发 /reset 取消）",
        "en": "Paste the message, or write what the caller said, and I'll look for signs of a scam. "
        "(Send /reset to cancel.)",
    },
}


def _t(key: str, lang: str, **fmt: object) -> str:
    return lookup(_TEXT, key, lang, **fmt)


class ScamCheckSkill(BaseSkill):
    name = NAME
    commands = ("check",)

    def on_message(self, turn: Turn) -> Reply | None:
        flow = turn.ctx.flow
        if flow is not None and flow.owner == NAME:
            turn.end_flow()
            return self._answer(turn, check_all(turn.text), explicit=True)
        if not worth_checking(turn.text):
            return None
        flags = check(turn.text)
        if not flags:
            return None
        if collector_threat_only(turn.text, flags):
            return self._threat_answer(turn)
        flags = combined(flags, model_flags(turn.text, flags))
        reply = self._answer(turn, flags, explicit=False)
        # A described situation ("让我转到个人账户") is also a knowledge-base question.
        return turn.engine.on_top_of_answer(turn, reply) if reply else None

    @staticmethod
    def _threat_answer(turn: Turn) -> Reply | None:
        """A collector's arrest threat told in the person's words ("催收话…叫差人上门拉我"): the
        arrest-threats answer, not a scam header, even when the matcher leans to a neighbour
        (a home visit, the collector's rules); the knowledge base's own answer stands when it is
        already that topic or a safety one."""
        match = turn.match
        if match is not None and match.outcome == "answer" and match.best in KEEP_TOPICS:
            return None  # the knowledge base answers with it (not when it is only a guess)
        if court_named(turn.text):
            return None  # a court's own powers (拘留 for not declaring assets): enforcement answers
        return turn.engine.answer_topic(turn, THREAT_TOPIC)

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if not args:
            turn.start_flow(NAME)
            return text_reply(turn.lang, _t("prompt", turn.lang), kind="flow")
        return self._answer(turn, check_all(args), explicit=True)

    def _answer(self, turn: Turn, flags: list[Flag], explicit: bool) -> Reply | None:
        lang = turn.lang
        if not flags:
            if not explicit:
                return None
            return text_reply(lang, _t("none", lang), action={"type": "scam-check", "flags": []})
        b = ReplyBuilder(lang)
        b.add("title", _t("title", lang, n=len(flags)))
        b.add("bullets", *(f.text(lang) for f in flags), heading=_t("flags", lang))
        b.add("steps", *WHAT_TO_DO[lang], heading=_t("todo", lang))
        kb = turn.engine.kb
        for topic in RELATED_TOPICS:
            entry = kb.get(topic)
            if entry is not None:
                b.row(Button(entry.title.get(lang), f"t:{topic}"))
        return b.build(kind="info", action={"type": "scam-check", "flags": [f.id for f in flags]})
