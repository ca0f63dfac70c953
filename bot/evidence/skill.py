"""The evidence log in the dialogue: /log, "记一下：…", "log: …", /evidence, export.

Everything the person typed is redacted before it is stored, and they are told once
per session that the bot never needs ID or card numbers, codes or passwords. Buttons
carry the chat's own entry number only; every lookup is scoped to the pressing chat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.assent import yes_or_no
from bot.evidence.rules import RULES, calls_per_day, tag_all, tag_counts
from bot.evidence.store import MAX_ENTRIES_PER_CHAT, Entry, EvidenceStore, LogFull
from bot.evidence.texts import KIND, REDACTED_WHAT, entry_line, msg, when_text
from bot.kb.model import Lang
from bot.redact import redact
from bot.reply import Button, Reply, ReplyBuilder, offer_under, text_reply
from bot.skills import BaseSkill, Turn
from bot.store import Store
from bot.text import has_content, to_simplified

# The extractor and the export are large and serve only a message that logs or exports: they
# are imported there, not on every start (bot/startup.py measures the first answer).
if TYPE_CHECKING:
    from bot.evidence.extract import Extraction

NAME = "evidence"
LIST_LIMIT = 30
# Matched on the original text (both scripts spelled out) so the note keeps the person's own words.
_LOG_RE = re.compile(
    r"^\s*(?:[帮幫]我|[请請])?(?:[记記]一下|[记記][录錄]一下|[记記]下[来來]|[记記]下|[记記]一[笔筆]|[记記][个個]|[记記][着著])"
    r"\s*[:：,，]?\s*(?P<body>.+)$"
    r"|^\s*(?:[记記][录錄]|[记記])\s*[:：]\s*(?P<body2>.+)$"
    r"|^\s*(?:log|note)\s*[:：]\s*(?P<body3>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_BARE_LOG_RE = re.compile(
    r"^\s*(?:[帮幫]我)?(?:[记記]一下|[记記]下[来來]?|[记記][录錄]一下)\s*[:：]?\s*$|^\s*log\s*:?\s*$",
    re.IGNORECASE,
)
_EXPORT_RE = re.compile(
    r"^\s*(?:导出|导出记录|导出证据|导出我的记录|export|export (?:my )?(?:log|evidence|records))\s*[。.!！]?\s*$",
    re.IGNORECASE,
)
_LIST_RE = re.compile(
    r"^\s*(?:我的记录|查看记录|看看记录|证据记录|show (?:my )?(?:log|evidence)|my log)\s*[。.?？]?\s*$",
    re.IGNORECASE,
)
_CANCEL_RE = re.compile(
    r"^\s*(?:取消|算了|不记了|cancel|never ?mind)\s*[。.!！]?\s*$", re.IGNORECASE
)


class EvidenceSkill(BaseSkill):
    name = NAME
    commands = ("log", "evidence")

    def __init__(self, store: Store):
        self.log = EvidenceStore(store)

    # -- hooks -----------------------------------------------------------------------------
    def on_message(self, turn: Turn) -> Reply | None:
        flow = turn.ctx.flow
        if flow is not None and flow.owner == NAME and "offer" in flow.state:
            return self._offer_answer(turn, flow.state, yes_or_no(turn.text))
        if flow is not None and flow.owner == NAME:
            turn.end_flow()
            if _CANCEL_RE.match(to_simplified(turn.text)):
                return text_reply(
                    turn.lang,
                    "好的，没有记录。" if turn.lang == "zh" else "OK, nothing logged.",
                    kind="flow",
                )
            seq = flow.state.get("fix")
            m = _LOG_RE.match(turn.text)  # "记一下：…" typed again after the prompt
            body = (m.group("body") or m.group("body2") or m.group("body3")) if m else turn.text
            return self._record(turn, body, seq if isinstance(seq, int) else None)
        if _BARE_LOG_RE.match(turn.text):
            turn.start_flow(NAME)
            return text_reply(turn.lang, msg("prompt", turn.lang), kind="flow")
        m = _LOG_RE.match(turn.text)
        if m:
            return self._record(turn, m.group("body") or m.group("body2") or m.group("body3"))
        text = to_simplified(turn.text)
        if _EXPORT_RE.match(text):
            return self._export(turn)
        if _LIST_RE.match(text):
            return self._list(turn)
        return None

    def claims(self, turn: Turn) -> bool:
        """Whether `on_message` would take this message (outside a flow), without acting on it."""
        text = to_simplified(turn.text)
        return bool(
            _BARE_LOG_RE.match(turn.text)
            or _LOG_RE.match(turn.text)
            or _EXPORT_RE.match(text)
            or _LIST_RE.match(text)
        )

    def on_command(self, turn: Turn, command: str, args: str) -> Reply | None:
        if command == "log":
            if not args:
                turn.start_flow(NAME)
                return text_reply(turn.lang, msg("prompt", turn.lang), kind="flow")
            return self._record(turn, args)
        if command == "evidence":
            if args.lower() in ("export", "导出"):
                return self._export(turn)
            return self._list(turn)
        return None

    def on_intent(self, turn: Turn, intent: Any) -> Reply | None:
        """The intent table's rows: a tally told in passing gets an offer; the rest is
        on_message's (explicit "记一下：…", exports, the list)."""
        if intent.name == "evidence-offer":
            return self._offer(turn, intent.detail)
        return self.on_message(turn)

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        parts = payload.split(":")
        if parts == [NAME, "list"]:
            return self._list(turn)
        if parts in ([NAME, "ok"], [NAME, "no"]):
            flow = turn.ctx.flow
            if flow is None or flow.owner != NAME or "offer" not in flow.state:
                return text_reply(turn.lang, msg("offer_expired", turn.lang), kind="flow")
            return self._offer_answer(turn, flow.state, "yes" if parts[1] == "ok" else "no")
        if parts == [NAME, "export"]:
            return self._export(turn)
        if len(parts) != 3 or not re.fullmatch(r"[0-9]{1,9}", parts[2]):
            return None
        action, seq = parts[1], int(parts[2])
        lang = turn.lang
        if action == "del":
            if not self.log.delete(turn.chat_id, seq):
                return text_reply(lang, msg("not_found", lang), kind="flow")
            return text_reply(lang, msg("deleted", lang, seq=seq), kind="flow")
        if action == "fix":
            if self.log.get(turn.chat_id, seq) is None:
                return text_reply(lang, msg("not_found", lang), kind="flow")
            turn.start_flow(NAME, fix=seq)
            return text_reply(lang, msg("fix_prompt", lang, seq=seq), kind="flow")
        return None

    # -- the offer ---------------------------------------------------------------------------
    def _offer(self, turn: Turn, items: list[Extraction]) -> Reply:
        """A tally told in passing: ask whether to log it (the text, redacted, waits in the
        chat's short-lived context, never in the store, until Yes)."""
        lang = turn.lang
        turn.start_flow(NAME, offer=redact(turn.text.strip()).text)
        b = ReplyBuilder(lang).add("text", msg("offer", lang, what=_tally_text(items, lang)))
        b.row(
            Button(msg("btn_yes_log", lang), f"{NAME}:ok"),
            Button(msg("btn_no_log", lang), f"{NAME}:no"),
        )
        action = {
            "type": "evidence-offer",
            "entries": [{"kind": e.kind, "count": e.count} for e in items],
        }
        return _after_answer(turn, b.build(kind="flow", action=action))

    def _offer_answer(self, turn: Turn, state: dict[str, Any], answer: str | None) -> Reply | None:
        """Yes logs the tally as told; No logs nothing; anything else is a new message."""
        turn.end_flow()
        if answer == "yes":
            return self._record(turn, str(state["offer"]))
        if answer == "no":
            return text_reply(turn.lang, msg("offer_no", turn.lang), kind="flow")
        return None

    # -- actions ---------------------------------------------------------------------------
    def _record(self, turn: Turn, body: str, seq: int | None = None) -> Reply:
        lang = turn.lang
        cleaned = redact(body.strip())
        if not has_content(cleaned.text):
            turn.start_flow(NAME, **({"fix": seq} if seq else {}))
            return text_reply(lang, msg("empty_text", lang), msg("prompt", lang), kind="flow")
        from bot.evidence.extract import extract_all

        items = extract_all(cleaned.text, turn.now)
        item = items[0]
        entries: list[Entry] = []
        try:
            if seq is not None:
                replaced = self.log.replace(turn.chat_id, seq, item)
                if replaced is None:
                    return text_reply(lang, msg("not_found", lang), kind="flow")
                entries.append(replaced)
            # "called 8 times and texted my boss": one entry per kind, each tagged on its own.
            for extra in items[len(entries) :]:
                entries.append(self.log.add(turn.chat_id, extra, turn.now))
        except LogFull:
            if not entries:
                return text_reply(lang, msg("full", lang, n=MAX_ENTRIES_PER_CHAT), kind="flow")
        all_tags = tag_all(self.log.entries(turn.chat_id))
        entry = entries[0]
        tags = all_tags[entry.seq]
        b = ReplyBuilder(lang)
        for i, e in enumerate(entries):
            b.add(
                "text",
                msg(
                    "logged" if seq is None or i > 0 else "fixed",
                    lang,
                    seq=e.seq,
                    line=entry_line(e, all_tags[e.seq], lang),
                ),
            )
        hints = []
        if item.when.default:
            hints.append(msg("no_time", lang))
        if entry.kind == "other":
            hints.append(msg("no_kind", lang))
        if {"impersonation", "private-account"} & set(entry.acts):
            hints.append(msg("scam_hint", lang))
        b.add("text", *hints)
        self._redaction_notice(turn, b, cleaned.found)
        b.row(
            Button(msg("btn_fix", lang), f"{NAME}:fix:{entry.seq}"),
            Button(msg("btn_delete", lang), f"{NAME}:del:{entry.seq}"),
        )
        b.row(Button(msg("btn_list", lang), f"{NAME}:list"))
        action = {
            "type": "evidence",
            "at": entry.at.isoformat(),
            "kind": entry.kind,
            "tags": tags,
            "entries": [
                {"seq": e.seq, "kind": e.kind, "count": e.count, "tags": all_tags[e.seq]}
                for e in entries
            ],
        }
        return b.build(kind="flow", action=action)

    def _redaction_notice(self, turn: Turn, b: ReplyBuilder, found: list[str]) -> None:
        if not found or "redact" in turn.ctx.notices:
            return
        turn.ctx.notices.add("redact")
        sep = "、" if turn.lang == "zh" else ", "
        what = sep.join(REDACTED_WHAT[k][turn.lang] for k in dict.fromkeys(found))
        b.add("text", msg("redacted", turn.lang, what=what))

    def _list(self, turn: Turn) -> Reply:
        lang = turn.lang
        entries = self.log.entries(turn.chat_id)
        if not entries:
            return text_reply(lang, msg("empty_log", lang), kind="flow")
        tags = tag_all(entries)
        shown = entries[-LIST_LIMIT:]
        b = ReplyBuilder(lang).add("text", msg("list_head", lang, n=len(entries)))
        b.add("bullets", *(f"#{e.seq} {entry_line(e, tags[e.seq], lang)}" for e in shown))
        if len(entries) > len(shown):
            b.add("text", msg("list_cut", lang, n=LIST_LIMIT))
        b.add("bullets", *_count_lines(entries, tags, lang), heading=msg("counts", lang))
        used = list(tag_counts(tags))
        if used:
            b.add(
                "notes",
                *(RULES[t].text(lang) for t in used),
                msg("tag_note", lang),
                heading=msg("legend", lang),
            )
        b.row(Button(msg("btn_export", lang), f"{NAME}:export"))
        return b.build(kind="info")

    def _export(self, turn: Turn) -> Reply:
        lang = turn.lang
        entries = self.log.entries(turn.chat_id)
        if not entries:
            return text_reply(lang, msg("empty_log", lang), kind="flow")
        from bot.evidence import export

        docs = export.documents(entries, lang, turn.now)
        return text_reply(
            lang,
            msg("exported", lang, n=len(entries)),
            kind="info",
            documents=docs,
            action={"type": "evidence-export", "entries": len(entries)},
        )


def _count_lines(entries: list[Entry], tags: dict[int, list[str]], lang: Lang) -> list[str]:
    lines = [
        f"{RULES[t].label[lang]}：{msg('entries_n', lang, n=n)}"
        if lang == "zh"
        else f"{RULES[t].label[lang]}: {n}"
        for t, n in tag_counts(tags).items()
    ]
    per_day = calls_per_day(entries)
    if per_day:
        day, n = max(per_day.items(), key=lambda kv: (kv[1], kv[0]))
        label = f"{day.month}月{day.day}日" if lang == "zh" else day.strftime("%d %b")
        lines.append(msg("busiest", lang, day=label, n=n))
    return lines


def _tally_text(items: list[Extraction], lang: Lang) -> str:
    """ "11月29日（周日）：电话 ×8、短信/消息 ×2" / "Sun 29 Nov: call ×6, message ×2"."""
    sep = "、" if lang == "zh" else ", "
    kinds = sep.join(KIND[e.kind][lang] + (f" ×{e.count}" if e.count > 1 else "") for e in items)
    first = items[0]
    if first.when.default:
        return kinds
    when = when_text(first.at, first.when.precision, lang)
    return f"{when}：{kinds}" if lang == "zh" else f"{when}: {kinds}"


def _after_answer(turn: Turn, offer: Reply) -> Reply:
    """The knowledge base's answer to the same message first, if it has one, the offer under
    it ("今天打了8个电话" still gets what to do about call bombing). Unlike a payment, whose
    words often lean to a wrong topic (bot/reminders/skill.py asks for 0.9), a tally of
    contacts is what the contact topics are about, so any answer stands."""
    match = turn.match
    if match is None or match.outcome != "answer" or not match.best:
        return offer
    engine = turn.engine
    entry = engine.kb.get(match.best)
    # the detail the tally asks about ("12个电话" → how many calls a day are allowed), as the
    # knowledge base's own answer would show it (not for a safety entry: its steps matter)
    detail = (
        None if entry is None or entry.is_safety else engine.details.best(match.best, turn.text)
    )
    answer = engine.answer_topic(turn, match.best, match.candidates, detail=detail)
    if answer is None:
        return offer
    return offer_under(answer, offer)
