"""The dialogue engine: message in, reply object out. Pure and Telegram-free.

Order of decisions for a message (the order is the policy):
1. sanitise; nothing readable gets a polite request for text;
2. slash commands (the engine's own, then the skills');
3. safety (bot.safety): every other message is assessed for self-harm and violence
   risk before anything else, a flow under way included: a clear risk gets the short
   crisis reply (or, for collections staff, staff guidance above the answer), a
   possible one a hotline line above the ordinary answer;
4. an active multi-step flow owned by a skill;
5. a bare number picks one of the buttons just offered;
6. skills that recognise their kind of message (reminders, letters, ...);
7. the knowledge base, using the previous topic to settle close calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import answers
from bot.context import ContextStore
from bot.i18n import skill_help, t
from bot.kb.model import KnowledgeBase, Lang
from bot.matching import Matcher
from bot.outbox import Outbox
from bot.reply import Block, Button, Candidate, Reply, ReplyBuilder, text_reply
from bot.safety import replies as safety_replies
from bot.safety.assess import Assessment, assess
from bot.skills import Skill, Turn
from bot.store import Store
from bot.text import (
    MAX_MESSAGE_CHARS,
    detect_lang,
    has_content,
    is_traditional,
    sanitize,
    to_traditional,
)

log = logging.getLogger(__name__)

DEFAULT_TZ = "Asia/Shanghai"
SEARCH_CLOSE = 0.7  # inline search also offers topics scoring at least this share of the best
MAX_PAYLOAD_BYTES = 64  # Telegram's callback_data limit
ENGINE_COMMANDS = ("start", "help", "topics", "reset", "lang", "privacy", "forget")
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Engine:
    """Holds the knowledge base, matcher, store and skills; answers turns."""

    def __init__(
        self,
        kb: KnowledgeBase,
        store: Store | None = None,
        skills: Sequence[Skill] = (),
        clock: Clock = utc_now,
        matcher: Matcher | None = None,
        default_tz: str = DEFAULT_TZ,
        outboxes: Sequence[Outbox] = (),
    ):
        self.kb = kb
        self.store = store or Store(":memory:")
        self.matcher = matcher or Matcher(kb)
        self.skills = list(skills)
        self.clock = clock
        self.default_tz = default_tz
        self.contexts = ContextStore()
        # Sources of messages the bot sends on its own (reminders); adapters deliver them.
        self.outboxes = list(outboxes)
        self._skill_by_name = {s.name: s for s in self.skills}
        self._skill_by_command = {c: s for s in self.skills for c in s.commands}

    # -- public API -------------------------------------------------------------
    def handle(
        self,
        chat_id: str | int,
        text: str,
        now: datetime | None = None,
        lang_hint: str | None = None,
    ) -> Reply:
        """Answer one message. Never raises for bad input."""
        chat = str(chat_id)
        try:
            reply = self._with_notices(self._handle(chat, text, now, lang_hint), chat, now)
            return self._finish(reply, chat, now)
        except Exception:  # the engine must never take the bot down; log without the text
            log.exception("engine failed on a message (chat hidden, text not logged)")
            return self._error_reply(chat, lang_hint)

    def press(
        self,
        chat_id: str | int,
        payload: str,
        now: datetime | None = None,
        lang_hint: str | None = None,
    ) -> Reply:
        """Answer a button press (callback payload). Unknown or stale payloads get a polite reply."""
        chat = str(chat_id)
        try:
            return self._finish(self._press(chat, payload, now, lang_hint), chat, now)
        except Exception:
            log.exception("engine failed on a button press")
            return self._error_reply(chat, lang_hint)

    def search(self, text: str, lang_hint: str | None = None, limit: int = 5) -> list[Reply]:
        """Answers to share (inline mode): the topics best matching `text`, safety first.

        No chat is involved, so no context, buttons or settings are touched; an empty
        query lists the first topics in menu order.
        """
        text = sanitize(text)
        lang: Lang = detect_lang(text) or _lang_from_code(lang_hint) or "zh"
        if has_content(text):
            match = self.matcher.match(text)
            ranked: list[str] = []
            rest = [c for c in match.candidates if c.topic != match.safety]
            if rest and (match.outcome != "unknown" or match.safety):
                # The best ordinary topic, and the runners-up that come close to it.
                ranked = [c.topic for c in rest if c.score >= rest[0].score * SEARCH_CLOSE]
            ids = list(dict.fromkeys([*([match.safety] if match.safety else []), *ranked]))
        else:
            order = {c.id: i for i, c in enumerate(self.kb.categories)}
            ids = [
                e.id
                for e in sorted(self.kb.entries, key=lambda e: order.get(e.category, len(order)))
            ]
        traditional = lang == "zh" and is_traditional(text)
        found = []
        for entry_id in ids[: max(0, limit)]:
            entry = self.kb.get(entry_id)
            if entry is None:
                continue
            reply = answers.entry_reply(self.kb, entry, lang)
            reply = replace(
                reply,
                buttons=(),
                blocks=(*reply.blocks, Block("disclaimer", (t("disclaimer", lang),))),
            )
            found.append(
                replace(reply.map_text(to_traditional), traditional=True) if traditional else reply
            )
        return found

    def timezone(self, chat_id: str | int) -> str:
        return self.store.get_setting(chat_id, "tz") or self.default_tz

    def zone(self, chat_id: str | int) -> ZoneInfo:
        try:
            return ZoneInfo(self.timezone(chat_id))
        except (ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(self.default_tz)

    def on_top_of_answer(self, turn: Turn, reply: Reply) -> Reply:
        """A skill's reply put above the knowledge base's own confident answer to the same
        message, when there is one: the person gets both (red flags over "verify the
        collector", a court deadline over "being sued"), and `topic` names the entry."""
        match = turn.match
        if match is None or match.outcome != "answer" or not match.best:
            return reply
        answer = self.answer_topic(turn, match.best, match.candidates)
        if answer is None:
            return reply
        # One numbered list per reply: the skill's own steps become bullets above the entry's.
        blocks = tuple(replace(b, kind="bullets") if b.kind == "steps" else b for b in reply.blocks)
        seen: set[str] = set()
        rows = []
        for row in (*reply.buttons, *answer.buttons):
            kept = tuple(b for b in row if b.payload not in seen)
            seen.update(b.payload for b in kept)
            if kept:
                rows.append(kept)
        return replace(
            answer,
            blocks=(*blocks, *answer.blocks),
            buttons=tuple(rows),
            action=reply.action,
            reminder=reply.reminder,
            documents=reply.documents,
        )

    def answer_topic(
        self, turn: Turn, entry_id: str, candidates: Sequence[Candidate] = ()
    ) -> Reply | None:
        """The full answer for one entry (used by skills too)."""
        entry = self.kb.get(entry_id)
        if entry is None:
            return None
        alternatives = self._close_siblings(entry_id, candidates)
        reply = answers.entry_reply(
            self.kb, entry, turn.lang, candidates or (Candidate(entry_id, 1.0),), alternatives
        )
        turn.ctx.last_topic = entry_id
        return reply

    # -- message handling ------------------------------------------------------
    def _turn(self, chat: str, text: str, now: datetime | None, lang_hint: str | None) -> Turn:
        moment = (now or self.clock()).astimezone(self.zone(chat))
        ctx = self.contexts.get(chat, moment)
        pinned = self.store.get_setting(chat, "lang")
        hint = _lang_from_code(lang_hint)
        # A command's own name says nothing about the person's language; its arguments may.
        words = text.partition(" ")[2] if text.startswith("/") else text
        if text.startswith("/") and words.strip() in self.kb:
            words = ""  # nor does a topic id (a /start deep link)
        detected = detect_lang(words)
        lang: Lang = pinned or detected or ctx.last_lang or hint or "zh"  # type: ignore[assignment]
        if detected == "zh":
            ctx.traditional = is_traditional(words)
        ctx.last_lang = lang
        ctx.updated = moment
        return Turn(chat, text, moment, lang, ctx, self)

    def _handle(self, chat: str, raw: str, now: datetime | None, lang_hint: str | None) -> Reply:
        truncated = isinstance(raw, str) and len(raw) > MAX_MESSAGE_CHARS
        text = sanitize(raw)
        turn = self._turn(chat, text, now, lang_hint)
        if not text:
            return text_reply(turn.lang, t("empty", turn.lang), kind="flow")
        if text.startswith("/"):
            return self._command(turn)
        if not has_content(text):
            return text_reply(turn.lang, t("no_text_content", turn.lang), kind="flow")

        risk = assess(text, lang_hint)
        if risk.clear and not risk.staff:
            # The flow under way (a letter, a reminder to confirm) is not fed this message.
            turn.ctx.last_topic = safety_replies.TOPIC_OF[risk.risk or "self-harm"]
            return safety_replies.crisis_reply(risk, turn.lang)
        return self._with_risk(turn, risk, self._answer(turn, text, truncated))

    def _with_risk(self, turn: Turn, risk: Assessment, reply: Reply) -> Reply:
        """Staff guidance or the hotline line above the answer, as the assessment says."""
        if risk.clear:
            return safety_replies.staff_guidance(risk, turn.lang, reply)
        if risk.possible:
            return safety_replies.possible_line(risk, turn.lang, reply)
        return reply

    def _answer(self, turn: Turn, text: str, truncated: bool) -> Reply:
        """Everything after the safety stage: flows, numbers, skills, the knowledge base."""
        last, related = self._context_topics(turn)
        match = turn.match = self.matcher.match(text, last, related, turn.ctx.last_terms)
        turn.ctx.last_terms = frozenset(match.terms)

        flow = turn.ctx.flow
        if flow is not None:
            owner = self._skill_by_name.get(flow.owner)
            reply = owner.on_message(turn) if owner else None
            if reply is not None:
                return reply
        picked = self._pick_number(turn)
        if picked is not None:
            return picked
        for skill in self.skills:
            if flow is not None and skill.name == flow.owner:
                continue
            reply = skill.on_message(turn)
            if reply is not None:
                return reply
        reply = self._from_match(turn, match.outcome, match.candidates)
        if truncated:
            reply = replace(
                reply, blocks=(Block("text", (t("too_long", turn.lang),)), *reply.blocks)
            )
        return reply

    def _context_topics(self, turn: Turn) -> tuple[str | None, tuple[str, ...]]:
        """The topic just answered and the ones it pointed to, for follow-up turns."""
        last = turn.ctx.last_topic
        entry = self.kb.get(last) if last else None
        if entry is None:
            return None, ()
        return entry.id, entry.follow_ups

    def _from_match(self, turn: Turn, outcome: str, candidates: Sequence[Candidate]) -> Reply:
        turn.ctx.last_candidates = tuple(c.topic for c in candidates)
        if outcome == "answer":
            reply = self.answer_topic(turn, candidates[0].topic, candidates)
            if reply is not None:
                return reply
        if outcome == "choose":
            return answers.choose_reply(self.kb, candidates, turn.lang)
        return answers.unknown_reply(self.kb, candidates, turn.lang)

    def _close_siblings(self, entry_id: str, candidates: Sequence[Candidate]) -> list[str]:
        """Runner-up topics scored nearly as high as the answer: offered first as buttons."""
        if len(candidates) < 2 or candidates[0].topic != entry_id:
            return []
        top = candidates[0].score
        return [c.topic for c in candidates[1:3] if c.score >= top * 0.85]

    def _pick_number(self, turn: Turn) -> Reply | None:
        text = turn.text.strip()
        if not (text.isdigit() and len(text) <= 2 and turn.ctx.suggestions):
            return None
        index = int(text) - 1
        if not 0 <= index < len(turn.ctx.suggestions):
            return None
        return self._press_turn(turn, turn.ctx.suggestions[index].payload)

    # -- commands ----------------------------------------------------------------
    def _command(self, turn: Turn) -> Reply:
        head, _, args = turn.text[1:].partition(" ")
        command = head.split("@", 1)[0].lower()
        args = args.strip()
        lang = turn.lang
        if command == "start":
            if args and args in self.kb:
                reply = self.answer_topic(turn, args)
                assert reply is not None
                return reply
            intro = "\n\n".join((t("welcome", lang), t("can_do", lang), t("emergency", lang)))
            return answers.categories_reply(self.kb, lang, intro)
        if command == "help":
            tools = skill_help(self._skill_by_command, lang)
            return text_reply(
                lang, t("help", lang), *([tools] if tools else []), t("emergency", lang)
            )
        if command == "topics":
            return answers.categories_reply(self.kb, lang)
        if command == "reset":
            turn.ctx.clear()
            return text_reply(lang, t("reset", lang))
        if command == "privacy":
            return text_reply(lang, t("privacy", lang))
        if command == "lang":
            choice = args.lower()[:2]
            if choice in ("zh", "en"):
                return self._set_lang(turn, choice)  # type: ignore[arg-type]
            b = ReplyBuilder(lang).add("text", t("lang_choose", lang))
            b.row(Button("中文", "lang:zh"), Button("English", "lang:en"))
            return b.build()
        if command == "forget":
            b = ReplyBuilder(lang).add("text", t("forget_confirm", lang))
            b.row(
                Button(t("yes_delete", lang), "forget:yes"), Button(t("no_keep", lang), "forget:no")
            )
            return b.build(kind="flow")
        flow = turn.ctx.flow
        owner = self._skill_by_name.get(flow.owner) if flow is not None else None
        if owner is not None and command == "cancel":
            # /cancel belongs to whichever skill's flow is under way, whoever else claims the name.
            reply = owner.on_command(turn, command, args)
            if reply is not None:
                return reply
        skill = self._skill_by_command.get(command)
        if skill is not None:
            reply = skill.on_command(turn, command, args)
            if reply is not None:
                return reply
        return text_reply(lang, t("unknown_command", lang))

    def _set_lang(self, turn: Turn, lang: Lang) -> Reply:
        self.store.set_setting(turn.chat_id, "lang", lang, turn.now.isoformat())
        turn.lang = lang
        return text_reply(lang, t("lang_set", lang))

    # -- buttons -----------------------------------------------------------------------
    def _press(self, chat: str, payload: str, now: datetime | None, lang_hint: str | None) -> Reply:
        turn = self._turn(chat, "", now, lang_hint)
        if not isinstance(payload, str) or not payload or len(payload.encode()) > MAX_PAYLOAD_BYTES:
            return text_reply(turn.lang, t("stale_button", turn.lang))
        return self._press_turn(turn, payload)

    def _press_turn(self, turn: Turn, payload: str) -> Reply:
        lang = turn.lang
        kind, _, rest = payload.partition(":")
        if kind == "t":
            reply = self.answer_topic(turn, rest)
            if reply is not None:
                return reply
        elif kind == "c":
            reply = answers.category_reply(self.kb, rest, lang)
            if reply is not None:
                return reply
        elif payload == "menu":
            return answers.categories_reply(self.kb, lang)
        elif kind == safety_replies.SAFE_PAYLOAD:
            answer, _, risk = rest.partition(":")
            if answer == "no":
                return safety_replies.unsafe_reply(risk, lang)
            reply = self.answer_topic(turn, safety_replies.TOPIC_OF.get(risk, "emotional-crisis"))
            if reply is not None:
                return reply
        elif kind == "fb":
            topic, _, value = rest.rpartition(":")
            if topic in self.kb and value in ("0", "1"):
                self.store.add_feedback(topic, value == "1")
                return text_reply(lang, t("thanks_feedback", lang))
        elif kind == "lang" and rest in ("zh", "en"):
            return self._set_lang(turn, rest)  # type: ignore[arg-type]
        elif kind == "forget" and rest in ("yes", "no"):
            if rest == "no":
                return text_reply(lang, t("forget_cancelled", lang))
            self.store.forget(turn.chat_id)
            self.contexts.drop(turn.chat_id)
            return text_reply(lang, t("forget_done", lang))
        elif kind in self._skill_by_name:
            reply = self._skill_by_name[kind].on_button(turn, payload)
            if reply is not None:
                return reply
        return text_reply(lang, t("stale_button", lang))

    # -- finishing -----------------------------------------------------------------------
    def _with_notices(self, reply: Reply, chat: str, now: datetime | None) -> Reply:
        """One-time notes from skills at the person's next contact (a reminder missed while down)."""
        moment = (now or self.clock()).astimezone(self.zone(chat))
        notes = []
        for skill in self.skills:
            notice = getattr(skill, "notice", None)
            try:
                note = notice(chat, reply.lang, moment) if notice else None
            except Exception:  # a failing note must not cost the person their answer
                log.exception("skill notice failed")
                note = None
            if note:
                notes.append(note)
        if not notes:
            return reply
        return replace(reply, blocks=(Block("text", tuple(notes)), *reply.blocks))

    def _finish(self, reply: Reply, chat: str, now: datetime | None) -> Reply:
        """Disclaimer, remembered buttons, and the person's script (traditional Chinese)."""
        if reply.kind != "flow" and not safety_replies.is_crisis(reply):
            reply = replace(
                reply, blocks=(*reply.blocks, Block("disclaimer", (t("disclaimer", reply.lang),)))
            )
        moment = (now or self.clock()).astimezone(self.zone(chat))
        ctx = self.contexts.get(chat, moment)
        ctx.suggestions = tuple(reply.all_buttons())
        if reply.lang == "zh" and ctx.traditional:
            reply = replace(reply.map_text(to_traditional), traditional=True)
        return reply

    def _error_reply(self, chat: str, lang_hint: str | None) -> Reply:
        lang = _lang_from_code(lang_hint) or "zh"
        return text_reply(lang, t("error", lang), kind="error")


def _lang_from_code(code: str | None) -> Lang | None:
    if not code:
        return None
    code = code.lower()
    if code.startswith("zh"):
        return "zh"
    if code.startswith("en"):
        return "en"
    return None
