"""The dialogue engine: message in, reply object out. Pure and Telegram-free.

Order of decisions for a message (the order is the policy):
1. sanitise; nothing readable gets a polite request for text;
2. slash commands (the engine's own, then the skills');
3. safety (bot.safety): every other message is assessed for self-harm and violence
   risk before anything else, a flow under way included: a clear risk gets the short
   crisis reply (or, for collections staff, staff guidance above the answer), a
   possible one a hotline line above the ordinary answer;
4. an active multi-step flow owned by a skill (a bare number picks one of the flow's buttons
   first, unless the flow's step asks for a number);
5. a bare number picks one of the buttons just offered;
6. the intent layer (bot/intent): which skill's kind of message this is (reminders, letters, ...);
7. the knowledge base, using the previous topic to settle close calls.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import answers, followup
from bot import lazyre as re
from bot.assent import yes_or_no
from bot.clock import DEFAULT_TZ, Clock, utc_now
from bot.context import ChatContext, ContextStore, about_own_features
from bot.details import DETAIL_AT, DetailIndex, DetailMatch
from bot.failures import log_failure
from bot.i18n import skill_help, t
from bot.intent import IntentLayer
from bot.kb.model import Detail, Entry, KnowledgeBase, Lang
from bot.matching import Match, Matcher
from bot.outbox import Outbox
from bot.render import render_blocks
from bot.repayment import PLAN_TOPICS, plan_sentence
from bot.reply import Block, Button, Candidate, Reply, ReplyBuilder, below_lead, text_reply
from bot.safety import replies as safety_replies
from bot.safety.assess import Assessment, assess
from bot.skills import Skill, Turn
from bot.social import social_kind
from bot.store import Store
from bot.text import (
    MAX_MESSAGE_CHARS,
    detect_lang,
    has_content,
    is_traditional,
    sanitize,
)
from bot.traditional import region_of, to_traditional
from bot.zones import safe_zone

if TYPE_CHECKING:
    from bot.topicmodel.model import TopicModel
    from bot.topicmodel.rerank import Reranker, Signals

log = logging.getLogger(__name__)

SEARCH_CLOSE = 0.7  # inline search also offers topics scoring at least this share of the best
# A message without a domain term whose best candidate scores this still gets "did you mean"
# (none of the 80 off-topic examples of tests/data/eval.yaml reach it).
DID_YOU_MEAN_AT = 0.3
# A detail of any topic answers a follow-up the matcher is unsure of from this score.
GLOBAL_DETAIL_AT = 0.5
# When the matcher has no answer of its own, the current topic's detail needs less.
DETAIL_UNSURE_AT = 0.15
# Asked again about a topic already shown, a message is taken to ask another topic's detail
# only if the matcher ranks that topic too and the detail fits this well.
REPEAT_ELSEWHERE_AT = 0.8
# Asked again about a topic already answered: any detail scoring this beats a pointer back.
DETAIL_REPEAT_AT = 0.05
# ... but a detail already shown is given again when it scores this and this many times the
# best new one (the same fact asked again in other words).
SHOWN_AGAIN_AT = 0.1
SHOWN_AGAIN_RATIO = 2.0
# ... and when it has nothing new (its best detail already shown, or none fits), this well.
REPEAT_STALE_AT = 0.4
# ... and only of a topic the matcher scores at least this share of its best.
PLAUSIBLE_SHARE = 0.5
# Rather than point back to the current topic, a follow-up takes a topic not shown yet whose
# own evidence is at least this (and more than the current topic's).
FRESH_TOPIC_AT = 0.15
# ... and whose evidence is ahead of the current topic's by at least this much: a near tie
# is more often the same question in other words (round-3 dialogues and dev3).
FRESH_MARGIN = 0.05
# A follow-up the matcher declines goes on with the topic just answered when it asks something
# or gives a number (Engine._carry_on); a pleasantry ("好的谢谢") does neither.
CARRY_ON = re.compile(
    r"[?？吗嗎呢么麼嘛咩未不没]\s*$|\d|[几幾啥]|多少|什么|什麼|点样|點樣|怎|咋|哪|谁|誰|邊|边|"
    r"真的假的|真定假|还是|還是|定係|"
    r"\b(?:what|how|when|where|who|which|why|is|are|can|do|does|should)\b",
    re.IGNORECASE,
)
# ... unless it is this close to the off-topic examples (knowledge/offtopic.yaml).
CARRY_ON_OFFTOPIC_BELOW = 0.4
# A statement right after a topic's answer ("他们还在楼下", "錢是他自己拿去玩的") asks nothing
# and gives no number, but when the topic model, reading it in the conversation, gives the
# topic being discussed at least this share, it goes on with that topic too.
CARRY_ON_MODEL_AT = 0.45
MAX_PAYLOAD_BYTES = answers.MAX_PAYLOAD_BYTES  # Telegram's callback_data limit
ENGINE_COMMANDS = ("start", "help", "topics", "reset", "lang", "privacy", "forget")


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
        intents: IntentLayer | None = None,
    ):
        self.kb = kb
        self.store = store or Store(":memory:")
        # Both indexes are kept by content and read back at the next start (bot/indexcache.py).
        self.matcher = matcher or Matcher(kb, cached=True)
        self.details = DetailIndex(kb, self.matcher.normalize, cached=True)
        self._detail_home: dict[tuple[str, str], str | None] = {}  # filled as details are met
        # The trained topic model's evidence for follow-ups (bot/topicmodel), if it fits this
        # knowledge base, read at the first follow-up (not on the first answer's path); its
        # weight in the reading (bot/followup.W_MODEL).
        self._topic_model: TopicModel | None = None
        self._topic_model_read = False
        self.topic_weight = followup.W_MODEL
        self.topic_current_share = followup.W_MODEL_CURRENT
        self.topic_switch_cues = followup.MODEL_SWITCH_CUES
        self.topic_agree_at = followup.MODEL_AGREE_AT
        self.topic_prior_share = followup.W_PRIOR_WITH_MODEL
        self.topic_leaves_at = followup.MODEL_LEAVES_AT
        self.topic_sure_at = followup.MODEL_SURE_AT
        self.topic_opener_weight = followup.W_MODEL_OPENER
        self.topic_opener_sure = followup.MODEL_OPENER_SURE
        self.topic_unsure_at = followup.SURE_UNSURE
        self.topic_by_family = followup.MODEL_BY_FAMILY
        self._reranker: Reranker | None = None
        self._reranker_read = False
        # The last follow-up's candidates and their signals, kept only when record_reading is
        # set (the re-ranker's trainer): no signals are built on the message path otherwise.
        self.record_reading = False
        self.last_reading: tuple[list[followup.Reading], Signals] | None = None
        # Each topic's widest topic through `broader:` (followup.by_family).
        self._family = {e.id: _widest(kb, e.id) for e in kb.entries}
        self.carry_on = True  # Engine._carry_on (off for measuring without it)
        self.keep_without_evidence = True  # Engine._follow_up (off for measuring without it)
        # Each audience's topics (collections staff, debtors): a follow-up's reading weighs the
        # other audience's topics less; the knowledge base does not change, so neither do these.
        sides: dict[str, set[str]] = {}
        for e in kb.entries:
            sides.setdefault(e.audience, set()).add(e.id)
        self._every_topic = frozenset(e.id for e in kb.entries)
        # Which entries hold details cross-referenced (`about:`) to each entry.
        self._lenders: dict[str, tuple[str, ...]] = {}
        for e in kb.entries:
            for about in dict.fromkeys(d.about for d in e.details if d.about):
                self._lenders[about] = (*self._lenders.get(about, ()), e.id)
        self._other_audience = {a: self._every_topic - ids for a, ids in sides.items()}
        self.skills = list(skills)
        self.clock = clock
        self.default_tz = default_tz
        self.contexts = ContextStore()
        # Sources of messages the bot sends on its own (reminders); adapters deliver them.
        self.outboxes = list(outboxes)
        self._skill_by_name = {s.name: s for s in self.skills}
        self._skill_by_command = {c: s for s in self.skills for c in s.commands}
        # Which feature a message is about, decided by one table (bot/intent/table.py).
        self.intents = intents if intents is not None else default_intents()

    # -- public API -------------------------------------------------------------
    def handle(
        self,
        chat_id: str | int,
        text: str,
        now: datetime | None = None,
        lang_hint: str | None = None,
        group: bool = False,
    ) -> Reply:
        """Answer one message (`group`: sent in a chat with several people). Never raises for
        bad input."""
        chat = str(chat_id)
        try:
            reply = self._with_notices(self._handle(chat, text, now, lang_hint, group), chat, now)
            return self._finish(reply, chat, now)
        except Exception:  # the engine must never take the bot down; log without the text
            log_failure(log, "engine failed on a message")
            return self._error_reply(chat, lang_hint)

    def press(
        self,
        chat_id: str | int,
        payload: str,
        now: datetime | None = None,
        lang_hint: str | None = None,
        group: bool = False,
    ) -> Reply:
        """Answer a button press (callback payload). Unknown or stale payloads get a polite reply."""
        chat = str(chat_id)
        try:
            return self._finish(self._press(chat, payload, now, lang_hint, group), chat, now)
        except Exception:
            log_failure(log, "engine failed on a button press")
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
        variant = region_of(text) or "tw"
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
                replace(reply.map_text(lambda s: to_traditional(s, variant)), traditional=True)
                if traditional
                else reply
            )
        return found

    def full_answer(self, reply: Reply) -> str | None:
        """The whole answer of a reply that shows only part of it, as plain text (in the
        reply's language and script), else None."""
        entry = self.kb.get(reply.topic) if reply.partial and reply.topic else None
        if entry is None:
            return None
        text = render_blocks(answers.full_blocks(entry, reply.lang))
        return to_traditional(text) if reply.traditional else text

    def timezone(self, chat_id: str | int) -> str:
        return self.store.get_setting(chat_id, "tz") or self.default_tz

    def zone(self, chat_id: str | int) -> ZoneInfo:
        return safe_zone(self.timezone(chat_id), self.default_tz)

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
        self,
        turn: Turn,
        entry_id: str,
        candidates: Sequence[Candidate] = (),
        detail: DetailMatch | None = None,
    ) -> Reply | None:
        """The first screen of one entry (used by skills too): title, summary, the first steps
        (or the detail the message asked about), the rest one press away."""
        entry = self.kb.get(entry_id)
        if entry is None:
            return None
        alternatives = self._close_siblings(entry_id, candidates)
        said = (
            plan_sentence(turn.text, turn.lang) if entry_id in PLAN_TOPICS and turn.text else None
        )
        ctx = turn.ctx
        seen = self._seen_parts(ctx, entry_id)
        reply = answers.first_screen_reply(
            self.kb,
            entry,
            turn.lang,
            candidates or (Candidate(entry_id, 1.0),),
            alternatives,
            said=said,
            detail=detail.detail if detail else None,
            seen=seen,
            second=self._second(turn, entry, detail),
        )
        self._shown(ctx, entry_id, "first", *([_detail_key(entry_id, detail)] if detail else []))
        return reply

    # -- message handling ------------------------------------------------------
    def _turn(
        self, chat: str, text: str, now: datetime | None, lang_hint: str | None, group: bool = False
    ) -> Turn:
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
        region = region_of(words, lang_hint)
        if region:  # once the person's wording shows where they are, it stays for the chat
            ctx.region = region
        ctx.last_lang = lang
        ctx.updated = moment
        return Turn(chat, text, moment, lang, ctx, self, group=group)

    def _handle(
        self, chat: str, raw: str, now: datetime | None, lang_hint: str | None, group: bool = False
    ) -> Reply:
        truncated = isinstance(raw, str) and len(raw) > MAX_MESSAGE_CHARS
        text = sanitize(raw)
        turn = self._turn(chat, text, now, lang_hint, group)
        if not text:
            return text_reply(turn.lang, t("empty", turn.lang), kind="flow")
        if text.startswith("/"):
            return self._command(turn)
        if not has_content(text):
            return text_reply(turn.lang, t("no_text_content", turn.lang), kind="flow")

        risk = assess(text, lang_hint, chat_flagged=turn.ctx.risk_seen)
        if risk.possible or risk.clear:
            turn.ctx.risk_seen = True
        if risk.clear and not risk.staff:
            # The flow under way (a letter, a reminder to confirm) is not fed this message.
            # A crisis that opens a conversation becomes its topic; one in the middle of a
            # topic interrupts it without replacing it (on the dialogue sets the turn after
            # such a reply is about the topic before it, never about the crisis entry).
            if turn.ctx.current_topic() is None:
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
            # A bare number picks the button shown, as the hint promises, unless this step of
            # the flow asks for a number (the flow sets "wants_number"; then "1" is the answer).
            if not flow.state.get("wants_number"):
                picked = self._pick_number(turn)
                if picked is not None:
                    return picked
            owner = self._skill_by_name.get(flow.owner)
            reply = owner.on_message(turn) if owner else None
            if reply is not None:
                return reply
            if owner is not None:
                # The flow's owner passed (a question asked at a step): answered like any other
                # message, with a line saying the flow still waits at its step.
                reply = self._unflowed(turn, text, truncated, match)
                if turn.ctx.flow is flow and reply.kind != "flow":
                    note = Block("text", (t("flow_waits", turn.lang),))
                    reply = replace(reply, blocks=(*reply.blocks, note))
                return reply
        return self._unflowed(turn, text, truncated, match)

    def _unflowed(self, turn: Turn, text: str, truncated: bool, match: Match) -> Reply:
        """_answer past the flow: numbers, small talk, the skills, the knowledge base."""
        flow = turn.ctx.flow
        picked = self._pick_number(turn) or self._pick_yes_no(turn)
        if picked is not None:
            return picked
        social = social_kind(text)
        if social is not None:
            return self._social(turn, social)
        routed = self.intents.route(turn, self._skill_by_name)
        if routed is not None:
            return routed
        for skill in self.skills:  # skills the intent table does not list
            if (
                flow is not None and skill.name == flow.owner
            ) or skill.name in self.intents.skill_names:
                continue
            reply = skill.on_message(turn)
            if reply is not None:
                return reply
        previous = turn.ctx.subject
        reply = self._from_match(turn, match.outcome, match.candidates)
        turn.ctx.subject = self.details.subject(text, previous)
        if truncated:
            reply = replace(
                reply, blocks=(Block("text", (t("too_long", turn.lang),)), *reply.blocks)
            )
        return reply

    def _context_topics(self, turn: Turn) -> tuple[str | None, tuple[str, ...]]:
        """The topic just answered and the ones it pointed to, for follow-up turns; none once
        the topic has faded, or for a message about the bot's own features."""
        last = turn.ctx.current_topic()
        if last is not None and about_own_features(turn.text):
            return None, ()
        entry = self.kb.get(last) if last else None
        if entry is None:
            return None, ()
        return entry.id, entry.follow_ups

    def _from_match(self, turn: Turn, outcome: str, candidates: Sequence[Candidate]) -> Reply:
        ctx = turn.ctx
        ctx.last_candidates = tuple(c.topic for c in candidates)
        best = candidates[0].topic if outcome == "answer" and candidates else None
        # A follow-up within the current topic: that topic's details first (on the dev
        # dialogues, letting a confident match elsewhere win instead lost on both figures).
        # A detail that is really about the topic the matcher found ("will I go to jail?"
        # under "can't afford", when the message is about arrest threats) leaves it to that topic.
        current, _ = self._context_topics(turn)
        best_entry = self.kb.get(best) if best else None
        own_safety = best != current or (turn.match is not None and turn.match.safety)
        if best_entry is not None and best_entry.is_safety and own_safety:
            # Someone in danger gets the safety answer, not a detail; but a safety topic that
            # leads only because it is the current one (the turn after a crisis reply) is
            # weighed like any other current topic.
            current = None
        if current is None and best is not None and not (best_entry and best_entry.is_safety):
            candidates = self._learned_first(turn, candidates)
            best = candidates[0].topic
            best_entry = self.kb.get(best)
        evidence = self._has_domain_evidence(turn.match)
        if current is not None:
            followed = self._follow_up(turn, current, best, candidates)
            if followed is not None:
                return followed
        if best is None and evidence and current is None:
            sure = self._sure_unsure(turn, candidates)
            if sure is not None:
                reply = self.answer_topic(turn, sure.topic, sure_first(sure, candidates))
                if reply is not None:
                    return reply
        # A message the matcher is unsure of that asks one specific thing some topic answers:
        # that topic, with the detail in front (never for a message without domain evidence:
        # a detail's short example questions can look like small talk, "在吗" included).
        if best is None and evidence:
            found = next(iter(self.details.scores(None, turn.text)), None)
            if found is not None and found.score >= GLOBAL_DETAIL_AT:
                return self._with_detail(turn, found, candidates)
        if best is not None:
            if f"{best}:first" in ctx.shown:  # never the same full answer twice
                return self._repeat_answer(turn, best, candidates)
            # The detail asked about, in place of the first steps (not for a safety entry,
            # whose steps are what matters).
            safety = best_entry is not None and best_entry.is_safety
            found = None if safety else self.details.best(best, turn.text)
            reply = self.answer_topic(turn, best, candidates, detail=found)
            if reply is not None:
                return reply
        if candidates and (outcome == "choose" or evidence):
            return answers.choose_reply(self.kb, candidates, turn.lang)
        return answers.unknown_reply(self.kb, candidates, turn.lang)

    def _follow_up(
        self, turn: Turn, current: str, best: str | None, candidates: Sequence[Candidate]
    ) -> Reply | None:
        """A turn while a topic is current: the topic with the most evidence plus the
        conversation's fading prior (bot/followup.py), answered with its detail when one fits.
        None when neither the matcher nor any detail has an answer (did-you-mean, unknown)."""
        match = turn.match
        if match is None:
            return None
        if match.offtopic:
            return self._carry_on(turn, current) if self.carry_on else None
        own = self.matcher.own_scores(turn.text)
        details = [*self.details.scores(current, turn.text), *self.details.scores(None, turn.text)]
        details = [self._asked_within(m, current) for m in details]
        model = self.topic_model if self.topic_weight else None
        norm = ""
        previous: dict[str, float] = {}
        alone: dict[str, float] = {}
        if model is not None:
            norm = self.matcher.normalize(turn.text)
            previous, alone = model.readings(norm, current)
        entry = self.kb.get(current)
        other = self._other_audience[entry.audience] if entry is not None else self._every_topic
        domain = self._has_domain_evidence(match)
        leaves = self._model_move(previous, current, other, domain, self.topic_leaves_at)
        sure = self._model_move(previous, current, other, domain, self.topic_sure_at)
        within = match.within
        if within and leaves is not None and leaves not in within:
            # The matcher's words found no subject in "can I sue them for this?"; the model,
            # reading it after the current topic, learned from blind dialogues where it goes.
            within = (*within, leaves)
        if within:  # no subject of its own: only the conversation's topics
            own = {t: v for t, v in own.items() if t in within}
            details = [m for m in details if m.entry.id in within]
        home = {(m.entry.id, m.detail.id): self._home_of(m) for m in details}
        learned: dict[str, float] = {}
        cue = False
        if model is not None:
            from bot.topicmodel.model import switch_cue

            cue = self.topic_switch_cues and switch_cue(norm)
            if cue or self.topic_agree_at < 1.0:
                # The words alone, if they and the matcher agree on a new topic, and a switch
                # cue says so or the words alone are sure enough (both from one hashing).
                learned = previous
                new = max(sorted(alone), key=alone.__getitem__)
                agree = new != current and own and max(sorted(own), key=own.__getitem__) == new
                # An entry asked within whatever topic is current (`within_current`) is no
                # new topic: naming it leaves the previous topic's pull in place.
                new_entry = self.kb.get(new)
                agree = agree and not (new_entry is not None and new_entry.within_current)
                if agree and (cue or alone[new] >= self.topic_agree_at):
                    learned = alone
            else:
                learned = previous
            if within:
                learned = {t: v for t, v in learned.items() if t in within}
                previous = {t: v for t, v in previous.items() if t in within}
                alone = {t: v for t, v in alone.items() if t in within}
        context = dict(match.context)
        unscaled = dict(context)
        if learned and self.topic_prior_share != 1.0:
            context = {t: v * self.topic_prior_share for t, v in context.items()}
        readings = followup.read(
            current,
            turn.ctx.topic_age,
            own,
            details,
            context,
            home,
            other,
            learned=learned,
            w_learned=self.topic_weight,
            w_learned_current=self.topic_current_share,
            root=self._family,
        )
        if sure is not None and readings[0].topic != sure:
            # A move the model is sure of goes first, whatever the hand-weighted sum says
            # (a shipped re-ranker, below, orders the readings itself).
            readings = [
                *(r for r in readings if r.topic == sure),
                *(r for r in readings if r.topic != sure),
            ]
        if model is not None and (self.record_reading or self.reranker is not None):
            # The learned re-ranker (bot/topicmodel/rerank.py), when one is shipped, orders the
            # same candidates instead of the hand-weighted sum.
            from bot.topicmodel import rerank

            signals = rerank.Signals(
                current,
                turn.ctx.topic_age,
                own,
                followup.credits(current, details, home)[1],
                unscaled,
                previous,
                alone,
                self._family,
                other,
                cue,
                len(norm),
                domain,
                {r.topic for r in readings if f"{r.topic}:first" in turn.ctx.shown},
            )
            if self.record_reading:
                self.last_reading = (readings, signals)
            if self.reranker is not None:
                readings = self.reranker.rank(readings, signals)
        top = self._carried(turn, readings[0])
        at = DETAIL_AT if best is not None or top.topic != current else DETAIL_UNSURE_AT
        detail = top.detail if top.detail is not None and top.detail.score >= at else None
        if (
            top.topic == current
            and detail is None
            and f"{current}:first" in turn.ctx.shown
            and domain
        ):
            # The prior alone would only point back to what was said: a topic the message
            # itself says more about, not shown yet, is the better answer. A message with no
            # word of the domain ("and then?", "然后呢") says more about no topic: what the model
            # learned writers do next leaves the one being discussed only when the model is
            # sure of it (followup.MODEL_BARE_AT, in _model_move above), not through here.
            shown = {r.topic for r in readings if f"{r.topic}:first" in turn.ctx.shown}
            fresher = followup.fresher(readings, shown, FRESH_TOPIC_AT, FRESH_MARGIN)
            if fresher is not None:
                top = fresher
                detail = (
                    top.detail if top.detail is not None and top.detail.score >= DETAIL_AT else None
                )
        if best is None and top.topic != current and not domain:
            # Nothing in the message names the domain and it asks nothing ("好吧", "算了"):
            # another topic's detail matching its few words is no reason to leave the topic.
            if self.keep_without_evidence and not CARRY_ON.search(turn.text):
                detail = None
        if best is None and detail is None:
            if not self.carry_on:
                return None
            if leaves is not None and top.topic == leaves:
                # The matcher has no answer, but the model, reading the turn after the current
                # topic, is sure it moves to this one ("他们连我公司都打" after the calls answer).
                moved = self._carry_on(turn, leaves, True)
                if moved is not None:
                    return moved
            stays = top.topic == current and previous.get(current, 0.0) >= CARRY_ON_MODEL_AT
            return self._carry_on(turn, current, stays)
        ranked = (Candidate(top.topic, 1.0), *(c for c in candidates if c.topic != top.topic))[:3]
        if detail is not None:
            return self._with_detail(turn, detail, ranked, top.topic)
        if f"{top.topic}:first" in turn.ctx.shown:
            return self._repeat_answer(turn, top.topic, ranked)
        return self.answer_topic(turn, top.topic, ranked)

    def _model_move(
        self,
        previous: Mapping[str, float],
        current: str,
        other_audience: Collection[str],
        domain: bool,
        at: float,
    ) -> str | None:
        """The topic the model, reading the turn after the current topic (`previous`), gives at
        least `at` (followup.MODEL_LEAVES_AT, MODEL_SURE_AT; MODEL_BARE_AT for a message with
        no word of the domain, "然后呢"), if that is a move the model may make: away from the
        current topic (whether to stay is the hand-weighted sum's to say: the model, not knowing
        聲請更生, keeps "那可以聲請更生嗎" with the negotiation), neither from nor to a safety
        topic (the safety stage decides danger), and to a topic for the same audience."""
        if not previous or at >= 1.0:
            return None
        if not domain:
            at = max(at, followup.MODEL_BARE_AT)
        sure = max(sorted(previous), key=previous.__getitem__)
        if previous[sure] < at or sure == current or sure in other_audience:
            return None
        if any(e is None or e.is_safety for e in (self.kb.get(current), self.kb.get(sure))):
            return None
        return sure

    def _carried(self, turn: Turn, reading: followup.Reading) -> followup.Reading:
        """The reading with its own topic's detail chosen again in the light of the
        conversation's subject (DetailIndex.subject; a short follow-up only): the topic stands
        on the message's own evidence, the detail it asks may need the turn before."""
        shown = reading.detail
        if turn.ctx.subject is None or shown is None or shown.entry.id != reading.topic:
            return reading
        ranked = self.details.scores(reading.topic, turn.text, carry=turn.ctx.subject)
        if not ranked or ranked[0].detail.id == shown.detail.id:
            return reading
        return replace(reading, detail=ranked[0])

    def _lent_to(self, entry_id: str, text: str) -> list[DetailMatch]:
        """Other entries' details marked `about:` this entry, each at followup.SHOW_LENT of its
        score (the entry's own detail is shown in a near tie)."""
        return [
            DetailMatch(m.entry, m.detail, round(m.score * followup.SHOW_LENT, 4))
            for owner in self._lenders.get(entry_id, ())
            for m in self.details.scores(owner, text)
            if m.detail.about == entry_id
        ]

    def _asked_within(self, found: DetailMatch, current: str) -> DetailMatch:
        """A detail of an entry asked within whatever topic is current (`within_current`), as
        a cross-reference to the current topic (same audience only), weighed as another topic's
        detail (followup.W_OTHER_DETAIL): it may keep the turn in the topic, not pull it there."""
        entry, here = found.entry, self.kb.get(current)
        if not entry.within_current or entry.id == current or found.detail.about is not None:
            return found
        if here is None or here.audience != entry.audience:
            return found
        score = round(found.score * followup.W_OTHER_DETAIL, 4)
        return DetailMatch(entry, replace(found.detail, about=current), score)

    def _carry_on(self, turn: Turn, topic: str, sure: bool = False) -> Reply | None:
        """A turn right after a topic's answer that the matcher finds no subject in, but that
        asks something or adds a number ("收费吗", "早上呢", "孙子22了"), or that the topic
        model reads as still about that topic (`sure`, CARRY_ON_MODEL_AT): it goes on with
        that topic (its best detail not shown yet, or a pointer back), not "I don't know".
        `topic` is the current one, or the one the model is sure the turn moves to (`sure`,
        Engine._model_move)."""
        if turn.ctx.topic_age > 0 or not (sure or CARRY_ON.search(turn.text)):
            return None
        if self.matcher.offtopic_score(turn.text) >= CARRY_ON_OFFTOPIC_BELOW:
            return None  # close to an off-topic example ("今天天气怎么样", "are you a bot")
        ranked = (Candidate(topic, 1.0),)
        if f"{topic}:first" in turn.ctx.shown:
            return self._repeat_answer(turn, topic, ranked)
        return self.answer_topic(turn, topic, ranked)

    def _with_detail(
        self,
        turn: Turn,
        found: DetailMatch,
        candidates: Sequence[Candidate],
        topic: str | None = None,
    ) -> Reply:
        """A topic answered with the detail asked about: alone if the topic's first screen was
        already shown in this chat, else in the first screen in place of the first steps.
        `topic`: the topic answered, when the detail is another entry's cross-reference to it
        (`about:`, docs/knowledge-format.md); else the detail's own."""
        # A cross-reference to an entry this knowledge base lacks (kb check rejects one in the
        # shipped files; an operator's or the bench's synthetic base may hold one) answers the
        # detail's own entry instead of failing the turn.
        entry_id = topic if topic is not None and self.kb.get(topic) is not None else found.entry.id
        ranked = (Candidate(entry_id, 1.0), *(c for c in candidates if c.topic != entry_id))[:3]
        if f"{entry_id}:first" in turn.ctx.shown:
            return self._detail_answer(turn, found, ranked, entry_id)
        reply = self.answer_topic(turn, entry_id, ranked, detail=found)
        assert reply is not None
        return reply

    @property
    def topic_model(self) -> TopicModel | None:
        """The shipped topic model, if it fits this knowledge base (read once, when needed:
        numpy is not imported on the first answer's path)."""
        if not self._topic_model_read:
            from bot.topicmodel import model as topicmodel

            ids = [e.id for e in self.kb.entries]
            self._topic_model = topicmodel.fits(topicmodel.shipped_model(), ids)
            self._topic_model_read = True
        return self._topic_model

    @topic_model.setter
    def topic_model(self, model: TopicModel | None) -> None:
        self._topic_model, self._topic_model_read = model, True

    @property
    def reranker(self) -> Reranker | None:
        """The shipped follow-up re-ranker (bot/topicmodel/rerank.py), if it fits this
        knowledge base; None: the hand-weighted reading (bot/followup.read) decides."""
        if not self._reranker_read:
            from bot.topicmodel import rerank

            ids = [e.id for e in self.kb.entries]
            self._reranker = rerank.fits(rerank.shipped_reranker(), ids)
            self._reranker_read = True
        return self._reranker

    @reranker.setter
    def reranker(self, reranker: Reranker | None) -> None:
        self._reranker, self._reranker_read = reranker, True

    def _learned_first(self, turn: Turn, candidates: Sequence[Candidate]) -> Sequence[Candidate]:
        """A new topic's candidates re-ranked with the topic model's evidence (bot/topicmodel),
        among the matcher's own candidates; a safety topic is never raised by it."""
        w = self.topic_opener_weight
        if not w or len(candidates) < 2 or candidates[0].score - candidates[1].score >= w:
            return candidates  # a clear lead: the model is not read
        model = self.topic_model
        if model is None:
            return candidates
        raw = model.probabilities(self.matcher.normalize(turn.text))
        learned = followup.by_family(raw, self._family) if self.topic_by_family else raw
        # A family the model is sure of leads even past a close matcher score (MODEL_OPENER_SURE).
        surest = followup.sure_family(raw, self._family, self.topic_opener_sure)
        if surest is not None and self._family.get(candidates[0].topic) != surest:
            return self._family_first(candidates, raw, surest)

        def total(c: Candidate) -> float:
            entry = self.kb.get(c.topic)
            safety = entry is not None and entry.is_safety
            return c.score + (0.0 if safety else w * learned.get(c.topic, 0.0))

        return sorted(candidates, key=total, reverse=True)

    def _sure_unsure(self, turn: Turn, candidates: Sequence[Candidate]) -> Candidate | None:
        """A message that starts a topic, with domain evidence but no candidate the matcher is
        sure of (a story told in the person's own words: "前年给女婿的车贷做了担保，现在他不还
        了…"): the topic of the family the model gives at least SURE_UNSURE of its probability,
        if the matcher ranks a topic of that family among its candidates too (never a safety
        topic). Else None: "did you mean" as before."""
        if self.topic_unsure_at >= 1.0 or not candidates:
            return None
        model = self.topic_model
        if model is None:
            return None
        raw = model.probabilities(self.matcher.normalize(turn.text))
        surest = followup.sure_family(raw, self._family, self.topic_unsure_at)
        if surest is None or not any(self._family.get(c.topic) == surest for c in candidates):
            return None
        lead = self._family_first(candidates, raw, surest)[0]
        entry = self.kb.get(lead.topic)
        if entry is None or entry.is_safety or self._family.get(lead.topic) != surest:
            return None
        return lead

    def _family_first(
        self, candidates: Sequence[Candidate], raw: Mapping[str, float], family: str
    ) -> Sequence[Candidate]:
        """The candidates with `family`'s best one first: the matcher's own if it has one (it
        chooses within a family), else the family's topic the model rates highest; never a
        safety topic (as in _learned_first)."""
        members = [c for c in candidates if self._family.get(c.topic) == family]
        if members:
            lead = max(members, key=lambda c: c.score)
        else:
            ids = sorted(t for t, f in self._family.items() if f == family)
            lead = Candidate(max(ids, key=lambda t: raw.get(t, 0.0)), candidates[0].score)
        entry = self.kb.get(lead.topic)
        if entry is None or entry.is_safety:
            return candidates
        return (lead, *(c for c in candidates if c.topic != lead.topic))

    def _home_of(self, found: DetailMatch) -> str | None:
        """The other topic a detail is really about, if any: the one the matcher answers for
        most of its example questions ("will I go to jail?" under "can't afford" is about arrest
        threats). Worked out the first time the detail is met, then remembered."""
        key = (found.entry.id, found.detail.id)
        if found.detail.about is not None:  # the knowledge base says so (a cross-reference)
            return found.detail.about
        if key not in self._detail_home:
            d = found.detail
            votes: dict[str, int] = {}
            for q in (*d.questions.zh, *d.questions.en, d.title.zh, d.title.en):
                m = self.matcher.match(q)
                other = self.kb.get(m.best) if m.outcome == "answer" and m.best else None
                # Only a topic for the same audience: staff and debtors ask alike.
                if other is not None and other.audience == found.entry.audience:
                    votes[other.id] = votes.get(other.id, 0) + 1
            top = max(votes, key=votes.__getitem__, default=found.entry.id)
            home = top if votes.get(top, 0) * 2 > sum(votes.values()) else None
            self._detail_home[key] = home if home != found.entry.id else None
        return self._detail_home[key]

    @staticmethod
    def _has_domain_evidence(match: Match | None) -> bool:
        """Worth a "did you mean" rather than "I don't know": not off-topic, and the message
        names a domain term or its best candidate scores well on its own."""
        if match is None or match.offtopic or not match.candidates:
            return False
        return bool(match.terms) or match.candidates[0].score >= DID_YOU_MEAN_AT

    def _detail_answer(
        self,
        turn: Turn,
        found: DetailMatch,
        candidates: Sequence[Candidate] = (),
        topic: str | None = None,
    ) -> Reply:
        """One detail of a topic, alone (a follow-up asking one specific thing); `topic` as in
        _with_detail."""
        entry_id = topic or found.entry.id
        entry = self.kb.get(entry_id) or found.entry
        reply = answers.detail_reply(
            entry,
            found.detail,
            turn.lang,
            (Candidate(entry_id, 1.0), *(c for c in candidates if c.topic != entry_id))[:3],
            seen=self._seen_parts(turn.ctx, entry_id),
            second=self._second(turn, entry, found),
        )
        self._shown(turn.ctx, entry_id, _detail_key(entry_id, found))
        return reply

    def _second(self, turn: Turn, entry: Entry, chosen: DetailMatch | None) -> Detail | None:
        """Within a conversation, another detail of the entry the message may be asking besides
        the one chosen (DetailIndex.second); never for a safety entry or a skill's own call."""
        # A conversation: an answer part was shown, or any earlier reply (a "did you mean" too).
        within = turn.ctx.shown or turn.ctx.suggestions
        if not within or entry.is_safety or not turn.text:
            return None
        own = chosen if chosen is not None and chosen.entry.id == entry.id else None
        return self.details.second(
            entry.id,
            turn.text,
            chosen.detail.id if chosen is not None else None,
            own.score if own is not None else 0.0,
            seen=[p[2:] for p in self._seen_parts(turn.ctx, entry.id) if p.startswith("d:")],
            carry=turn.ctx.subject,
        )

    def _repeat_answer(self, turn: Turn, entry_id: str, candidates: Sequence[Candidate]) -> Reply:
        """Asked again about a topic already answered: the detail that fits best (of this
        topic, or clearly of another), else one line pointing back with the parts not yet shown."""
        seen = self._seen_parts(turn.ctx, entry_id)
        # The best-fitting detail not shown yet (none left: the pointer says so), of the topic's
        # own or cross-referenced to it (`about:`); another topic's detail, when the matcher
        # ranks that topic too and it clearly fits better.
        own = sorted(
            [
                *self.details.scores(entry_id, turn.text, carry=turn.ctx.subject),
                *self._lent_to(entry_id, turn.text),
            ],
            key=lambda m: -m.score,
        )
        fresh = [
            m for m in own if _detail_key(entry_id, m) not in seen and m.score >= DETAIL_REPEAT_AT
        ][:1]
        # A detail already shown that fits far better than any new one is asked again ("晚上去呢"
        # after the visit rules): its few lines again beat an unrelated new detail.
        again = own[0] if own and _detail_key(entry_id, own[0]) in seen else None
        if (
            again is not None
            and again.score >= SHOWN_AGAIN_AT
            and (not fresh or again.score >= SHOWN_AGAIN_RATIO * fresh[0].score)
        ):
            return self._detail_answer(turn, again, candidates, entry_id)
        top = candidates[0].score if candidates else 0.0
        plausible = {c.topic for c in candidates if c.score >= top * PLAUSIBLE_SHARE} - {entry_id}
        # Another topic's detail needs less when this topic has nothing new to say.
        at = REPEAT_ELSEWHERE_AT if fresh else REPEAT_STALE_AT
        elsewhere = [
            m
            for m in (self.details.scores(None, turn.text, among=plausible) if plausible else ())
            if m.entry.id in plausible and m.score >= at
        ][:1]
        if elsewhere and (not fresh or elsewhere[0].score > fresh[0].score):
            return self._with_detail(turn, elsewhere[0], candidates)
        if fresh:
            return self._detail_answer(turn, fresh[0], candidates, entry_id)
        entry = self.kb.get(entry_id)
        assert entry is not None
        self._shown(turn.ctx, entry_id)
        return answers.pointer_reply(entry, turn.lang, candidates, seen)

    def _part(self, turn: Turn, rest: str) -> Reply | None:
        """A press on one part of an answer: all steps, the legal basis, or a detail."""
        entry_id, _, part = rest.partition(":")
        entry = self.kb.get(entry_id)
        if entry is None:
            return None
        lang = turn.lang
        reply: Reply | None = None
        if part == "steps":
            reply = answers.steps_reply(self.kb, entry, lang)
        elif part == "legal" and entry.legal:
            reply = answers.legal_reply(entry, lang)
        elif part.startswith("d:"):
            detail = next((d for d in entry.details if d.id == part[2:]), None)
            if detail is not None:
                reply = answers.detail_reply(
                    entry, detail, lang, seen=self._seen_parts(turn.ctx, entry_id)
                )
        if reply is not None:
            self._shown(turn.ctx, entry_id, part)
        return reply

    @staticmethod
    def _shown(ctx: ChatContext, entry_id: str, *parts: str) -> None:
        """Remember which parts of an answer this chat has seen (within the context window);
        the entry is now the topic of the conversation."""
        ctx.shown.update(f"{entry_id}:{p}" for p in parts)
        ctx.last_topic = entry_id
        ctx.topic_age = 0

    @staticmethod
    def _seen_parts(ctx: ChatContext, entry_id: str) -> list[str]:
        prefix = f"{entry_id}:"
        return [key[len(prefix) :] for key in ctx.shown if key.startswith(prefix)]

    @staticmethod
    def _track_context(ctx: ChatContext, reply: Reply) -> None:
        """After a reply: a skill's turn ends the topic; any other turn without one ages it."""
        if reply.topic is not None:
            return
        if reply.kind == "flow" or reply.reminder or reply.action or reply.documents or ctx.flow:
            ctx.end_topic()
        else:
            ctx.topic_age += 1

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

    def _pick_yes_no(self, turn: Turn) -> Reply | None:
        """A typed yes or no answers a yes/no question just asked with buttons ("确定要删除…吗？"
        [确认删除] [取消]: "是" confirms, "不用" keeps): the pair's payloads end in :yes / :no."""
        answer = yes_or_no(turn.text)
        if answer is None:
            return None
        payloads = {b.payload for b in turn.ctx.suggestions}
        for payload in payloads:
            head, _, tail = payload.rpartition(":")
            if tail == answer and f"{head}:{'no' if answer == 'yes' else 'yes'}" in payloads:
                return self._press_turn(turn, payload)
        return None

    # -- commands ----------------------------------------------------------------
    def _social(self, turn: Turn, kind: str) -> Reply:
        """A greeting, a thank-you or a goodbye: a short friendly line, the topic kept."""
        lang = turn.lang
        if kind == "greeting":
            return answers.categories_reply(self.kb, lang, t("social:greeting", lang))
        key = "social:bye_after_risk" if kind == "bye" and turn.ctx.risk_seen else f"social:{kind}"
        return text_reply(lang, t(key, lang), kind="info")

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
            intro = "\n\n".join(
                (t("welcome", lang), t("scope", lang), t("can_do", lang), t("emergency", lang))
            )
            return answers.categories_reply(self.kb, lang, intro)
        if command == "help":
            tools = skill_help(self._skill_by_command, lang)
            return text_reply(
                lang,
                t("help", lang),
                *([tools] if tools else []),
                t("scope", lang),
                t("emergency", lang),
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
    def _press(
        self, chat: str, payload: str, now: datetime | None, lang_hint: str | None, group: bool
    ) -> Reply:
        turn = self._turn(chat, "", now, lang_hint, group)
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
        elif kind == answers.PART_PREFIX:
            reply = self._part(turn, rest)
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
                self.store.add_feedback(topic, value == "1", turn.chat_id)
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
                log_failure(log, "skill notice failed")
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
        if ctx.region and reply.kind in ("answer", "choose") and "region" not in ctx.notices:
            # Mainland guidance to someone writing from Hong Kong or Taiwan: say so, once.
            ctx.notices.add("region")
            note = Block("text", (t(f"region_{ctx.region}", reply.lang),))
            reply = below_lead(reply, note)  # under the one thing a follow-up asked
        self._track_context(ctx, reply)
        if reply.lang == "zh" and ctx.traditional:
            variant = ctx.region or "tw"
            reply = replace(reply.map_text(lambda s: to_traditional(s, variant)), traditional=True)
        return reply

    def _error_reply(self, chat: str, lang_hint: str | None) -> Reply:
        lang = _lang_from_code(lang_hint) or "zh"
        return text_reply(lang, t("error", lang), kind="error")


def sure_first(lead: Candidate, candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """`lead` first, then the other candidates (up to three in all)."""
    return (lead, *(c for c in candidates if c.topic != lead.topic))[:3]


def _detail_key(entry_id: str, found: DetailMatch) -> str:
    """How a chat remembers a detail it was shown under `entry_id`: "d:<id>" for the entry's
    own, "d:<owner>/<id>" for another entry's cross-reference (never taken for one of its own)."""
    own = found.entry.id == entry_id
    return f"d:{found.detail.id}" if own else f"d:{found.entry.id}/{found.detail.id}"


def _widest(kb: KnowledgeBase, entry_id: str) -> str:
    """The widest topic `entry_id` narrows through `broader:` (itself when none)."""
    seen = {entry_id}
    entry = kb.get(entry_id)
    while entry is not None and entry.broader and entry.broader not in seen:
        seen.add(entry.broader)
        entry_id = entry.broader
        entry = kb.get(entry_id)
    return entry_id


def default_intents() -> IntentLayer:
    """The intent table of bot/intent (imported here: it reaches into the skills' modules)."""
    from bot.intent.table import RULES

    return IntentLayer(RULES)


def _lang_from_code(code: str | None) -> Lang | None:
    if not code:
        return None
    code = code.lower()
    if code.startswith("zh"):
        return "zh"
    if code.startswith("en"):
        return "en"
    return None
