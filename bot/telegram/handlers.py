"""Update → engine → rendered reply. No matching or dialogue logic lives here.

Every callback takes the chat id, the text (or button payload) and the user's
Telegram language out of the update, asks the engine, and sends what it says.
Nothing a person wrote is logged: only the reply's kind, topic and score.
"""

from __future__ import annotations

import logging
import traceback

from telegram import (
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.answers import PART_PREFIX
from bot.engine import Engine
from bot.i18n import t
from bot.kb.model import Lang
from bot.reply import Reply
from bot.telegram.filters import strip_mention
from bot.telegram.render import esc, first_text, keyboard, render_html
from bot.telegram.send import send_reply, with_retries
from bot.telegram.words import word

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

# Buttons that settle a question once (confirm deletion, pick a language): the answer
# replaces the question in place, so the buttons cannot be pressed twice.
ONE_SHOT = ("forget", "lang")
# "All steps" under a short answer grows that message in place: the first steps become all
# of them, and the rest of the conversation stays where it was.
EXPANDS = (f"{PART_PREFIX}:", ":steps")
FEEDBACK = "fb"
INLINE_RESULTS = 10


class Handlers:
    """The adapter's callbacks, bound to one engine."""

    def __init__(self, engine: Engine, send_attempts: int = 3):
        self.engine = engine
        self.attempts = send_attempts

    # -- messages ---------------------------------------------------------------
    async def on_command(self, update: Update, context: Context) -> None:
        """/start, /help, /topics, ... and skills' commands: the engine implements them all."""
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or not message.text:
            return
        reply = self.engine.handle(
            chat.id, message.text, lang_hint=_code(user), group=_is_group(chat)
        )
        await self._send(chat.id, reply, context)

    async def on_text(self, update: Update, context: Context) -> None:
        """A question in words (in groups, only when it mentions or replies to the bot)."""
        message, chat, user = update.effective_message, update.effective_chat, update.effective_user
        if message is None or chat is None or message.text is None:
            return
        text = strip_mention(message.text, context.bot.username)
        reply = self.engine.handle(chat.id, text, lang_hint=_code(user), group=_is_group(chat))
        await self._send(chat.id, reply, context)

    async def on_non_text(self, update: Update, context: Context) -> None:
        """Stickers, photos, voice, files: the engine's polite request for words."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            return
        reply = self.engine.handle(chat.id, "", lang_hint=_code(user), group=_is_group(chat))
        await self._send(chat.id, reply, context)

    # -- buttons ----------------------------------------------------------------
    async def on_button(self, update: Update, context: Context) -> None:
        """A button press: answer the callback (the spinner stops), then show the engine's reply."""
        query = update.callback_query
        if query is None:
            return
        lang_hint = _code(query.from_user)
        message = query.message
        if (
            message is None
        ):  # a button under a shared (inline) message: there is no chat to answer in
            await self._quietly(query.answer(t("stale_button", _lang(lang_hint))))
            return
        payload = query.data if isinstance(query.data, str) else ""
        reply = self.engine.press(
            message.chat.id, payload, lang_hint=lang_hint, group=_is_group(message.chat)
        )
        kind = payload.partition(":")[0]
        log.info("button kind=%s reply=%s topic=%s", kind or "-", reply.kind, reply.topic or "-")

        if kind == FEEDBACK:
            # The thanks is a toast; the 👍/👎 row goes away so one answer gets one vote.
            await self._quietly(query.answer(first_text(reply)))
            markup = getattr(message, "reply_markup", None)
            if markup is not None and _without_feedback(markup) != markup:
                await self._quietly(query.edit_message_reply_markup(_without_feedback(markup)))
            return
        await self._quietly(query.answer())  # too old to answer (a backlog after downtime): go on
        expands = payload.startswith(EXPANDS[0]) and payload.endswith(EXPANDS[1])
        if (kind in ONE_SHOT or expands) and await self._edit_in_place(query, reply):
            return
        await self._send(message.chat.id, reply, context)

    async def _edit_in_place(self, query, reply: Reply) -> bool:  # type: ignore[no-untyped-def]
        chunks = render_html(reply)
        if len(chunks) != 1 or reply.documents:
            return False
        try:
            await with_retries(
                lambda: query.edit_message_text(chunks[0], reply_markup=keyboard(reply)),
                self.attempts,
            )
        except BadRequest:  # too old to edit, or already showing this: say it in a new message
            return False
        return True

    # -- inline mode --------------------------------------------------------------
    async def on_inline_query(self, update: Update, context: Context) -> None:
        """`@bot 上门` in any chat: matching topics, each sharing its guidance as a message."""
        query = update.inline_query
        if query is None:
            return
        lang_hint = _code(query.from_user)
        replies = self.engine.search(query.query, lang_hint=lang_hint, limit=INLINE_RESULTS)
        username = context.bot.username
        results = []
        for reply in replies:
            assert reply.topic is not None
            link = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            word("open_in_bot", reply.lang),
                            url=f"https://t.me/{username}?start={reply.topic}",
                        )
                    ]
                ]
            )
            results.append(
                InlineQueryResultArticle(
                    id=reply.topic,
                    title=first_text(reply, 100),
                    description=_first_step(reply),
                    input_message_content=InputTextMessageContent(_shareable(reply)),
                    reply_markup=link,
                )
            )
        button = None
        if not results:
            button = InlineQueryResultsButton(
                text=word("inline_empty", _lang(lang_hint)), start_parameter="inline"
            )
        log.info("inline query results=%d", len(results))
        # Personal: the results follow the asker's language (and a cache shared across users
        # would hand a Chinese speaker English results).
        await query.answer(results, cache_time=60, is_personal=True, button=button)

    # -- errors -----------------------------------------------------------------------
    async def on_error(self, update: object, context: Context) -> None:
        """Log the failure (type and where, never message text or tokens) and tell the person."""
        error = context.error
        if isinstance(error, Forbidden):
            log.info("a chat has blocked the bot or removed it; skipped")
            return
        if update is None and isinstance(error, NetworkError):
            log.warning("network problem while fetching updates: %s", type(error).__name__)
            return
        if isinstance(error, RetryAfter) or (
            isinstance(error, NetworkError) and not isinstance(error, BadRequest)
        ):
            # The reply could not be sent after its retries (or may have arrived, twice at
            # most): an apology would be one more message down the same failing path.
            log.warning("reply not sent: %s", type(error).__name__)
            return
        where = "".join(traceback.format_tb(error.__traceback__)) if error else ""
        detail = str(error) if isinstance(error, TelegramError) else ""
        update_id = update.update_id if isinstance(update, Update) else None
        log.error(
            "unhandled %s %s on update %s\n%s", type(error).__name__, detail, update_id, where
        )
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            return
        user = update.effective_user if isinstance(update, Update) else None
        lang = _lang(_code(user))
        try:
            await context.bot.send_message(chat.id, esc(t("error", lang)))  # HTML by Defaults
        except TelegramError:
            pass  # nothing more we can do for this person; the bot carries on

    # -- helpers ------------------------------------------------------------------------
    async def _send(self, chat_id: int, reply: Reply, context: Context) -> None:
        score = reply.candidates[0].score if reply.candidates else 0.0
        log.info("reply kind=%s topic=%s score=%.3f", reply.kind, reply.topic or "-", score)
        try:
            await send_reply(context.bot, chat_id, reply, self.attempts)
        except Forbidden:
            log.info("a chat has blocked the bot; reply dropped")

    async def _quietly(self, call) -> None:  # type: ignore[no-untyped-def]
        try:
            await call
        except BadRequest:
            pass  # e.g. the keyboard was already removed, or the query is too old to answer


def _code(user: object) -> str | None:
    return getattr(user, "language_code", None)


def _lang(code: str | None) -> Lang:
    return "en" if code and code.lower().startswith("en") else "zh"


def _without_feedback(markup: InlineKeyboardMarkup) -> InlineKeyboardMarkup:
    rows = [
        [b for b in row if not str(b.callback_data or "").startswith(f"{FEEDBACK}:")]
        for row in markup.inline_keyboard
    ]
    return InlineKeyboardMarkup([r for r in rows if r])


def _first_step(reply: Reply) -> str:
    steps = next((b for b in reply.blocks if b.kind == "steps"), None)
    return steps.lines[0][:120] if steps and steps.lines else ""


def _shareable(reply: Reply) -> str:
    """One message of guidance: in full if it fits, else without notes and legal basis."""
    chunks = render_html(reply)
    if len(chunks) > 1:
        short = Reply(
            blocks=tuple(b for b in reply.blocks if b.kind not in ("notes", "legal")),
            lang=reply.lang,
        )
        chunks = render_html(short)
    return chunks[0]


def _is_group(chat: Chat) -> bool:
    """Groups, supergroups and channels: several people share the chat (see bot/private.py)."""
    return chat.type != ChatType.PRIVATE
