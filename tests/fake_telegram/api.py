"""A fake Telegram Bot API: state and methods, independent of the transport.

Follows https://core.telegram.org/bots/api for the methods the bot uses: results
wrapped as {"ok": true, "result": ...}, errors as {"ok": false, "error_code": N,
"description": "...", "parameters": {"retry_after": N}} with Telegram's wording.
Tests act as users (text, commands with entities, button presses, inline queries),
read what the bot sent, and inject faults. Served over HTTP by server.py, or
in-process by recording.py. Thread-safe: the transport may run in another thread.

Known simplifications: one bot; http:// webhook URLs are accepted for loopback hosts
(so tests need no TLS); only the HTML parse mode is understood.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

from tests.fake_telegram import tghtml

T = TypeVar("T")
Result = tuple[int, dict[str, Any]]
FileParts = dict[str, tuple[str, bytes, str]]  # field -> (filename, content, mime type)

TOKEN = "123456789:AAHfakeTOKENfakeTOKENfakeTOKEN_x-12"
BOT_ID = 123456789
BOT_USERNAME = "collections_helpbot"
MAX_TEXT = 4096
SENDING = {"sendmessage", "senddocument", "editmessagetext", "editmessagereplymarkup"}
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
UPDATE_TYPES = ("message", "edited_message", "callback_query", "inline_query")
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)


def ok(result: Any) -> Result:
    return 200, {"ok": True, "result": result}


def error(code: int, description: str, **parameters: Any) -> Result:
    body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return code, body


class ApiError(Exception):
    def __init__(self, code: int, description: str, **parameters: Any):
        super().__init__(description)
        self.result = error(code, description, **parameters)


class Drop(Exception):
    """The transport closes the connection without answering."""


@dataclass
class Fault:
    """An injected failure for the next `times` matching calls (None: until cleared)."""

    method: str | None = None  # Bot API method name; None matches every method
    status: int | None = 500  # None: no error (a pure delay)
    description: str = "Internal Server Error"
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    # The request is carried out (e.g. the message is delivered), then the answer comes this
    # many seconds late: what a bot sees when Telegram accepted a send but the reply is lost.
    respond_after: float = 0.0
    chat_id: int | None = None
    times: int | None = 1

    def matches(self, method: str, params: dict[str, Any]) -> bool:
        if self.method is not None and self.method.lower() != method:
            return False
        if self.chat_id is not None and _as_int(params.get("chat_id")) != self.chat_id:
            return False
        return self.times is None or self.times > 0


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FakeBotAPI:
    def __init__(self, token: str = TOKEN, username: str = BOT_USERNAME, bot_id: int = BOT_ID):
        self.token = token
        self.me = {
            "id": bot_id,
            "is_bot": True,
            "first_name": "Collections Helpbot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.errors: list[tuple[str, int, str]] = []  # (method, error_code, description) answered
        self.updates: list[dict[str, Any]] = []
        self.allowed_updates: list[str] | None = None
        self._update_ids = itertools.count(10_000)
        self._ids = itertools.count(1)
        self.chats: dict[int, dict[str, Any]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._message_ids: dict[int, itertools.count[int]] = {}
        self.sent: list[
            dict[str, Any]
        ] = []  # bot messages as sent (Message objects + "html", "content")
        self.edits: list[tuple[str, dict[str, Any]]] = []
        self.callbacks: dict[str, dict[str, Any] | None] = {}  # id -> the answer, None while open
        self.inline_answers: dict[str, dict[str, Any] | None] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.chat_actions: list[tuple[int, str]] = []
        self.webhook: dict[str, Any] | None = None
        self.blocked: set[int] = set()
        self.faults: list[Fault] = []
        self.broadcast_limit: int | None = None  # messages per second, all chats together
        self._send_times: deque[float] = deque()

    # == transport entry point ==============================================================
    async def call(
        self, token: str, method: str, params: dict[str, Any], files: FileParts | None = None
    ) -> Result:
        """Answer one Bot API request (params as sent: strings, or JSON-decoded values)."""
        method = method.lower()
        with self.lock:
            self.calls.append((method, dict(params)))
            self.changed.notify_all()
            if token != self.token:
                return self._failed(method, error(401, "Unauthorized"))
            fault = next((f for f in self.faults if f.matches(method, params)), None)
            if fault is not None and fault.times is not None:
                fault.times -= 1
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.drop:
            raise Drop()
        if fault is not None and fault.status is not None:
            extra = {"retry_after": fault.retry_after} if fault.retry_after is not None else {}
            return self._failed(method, error(fault.status, fault.description, **extra))
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            return self._failed(method, error(404, "Not Found"))
        if method == "getupdates":
            return await self._get_updates(params)
        try:
            with self.lock:
                if method in SENDING:
                    self._check_rate()
                result = handler(params, files or {})
                self.changed.notify_all()
        except ApiError as exc:
            return self._failed(method, exc.result)
        if fault is not None and fault.respond_after:
            await asyncio.sleep(fault.respond_after)
        return ok(result)

    def _failed(self, method: str, result: Result) -> Result:
        with self.lock:
            self.errors.append((method, result[0], result[1]["description"]))
            self.changed.notify_all()
        return result

    def _check_rate(self) -> None:
        if self.broadcast_limit is None:
            return
        now = time.monotonic()
        while self._send_times and now - self._send_times[0] >= 1.0:
            self._send_times.popleft()
        if len(self._send_times) >= self.broadcast_limit:
            raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
        self._send_times.append(now)

    # == test side: acting as users ==========================================================
    def user(
        self, user_id: int, language_code: str | None = "zh", first_name: str = "Test"
    ) -> dict[str, Any]:
        with self.lock:
            user = {"id": user_id, "is_bot": False, "first_name": first_name}
            if language_code:
                user["language_code"] = language_code
            self.users[user_id] = user
            return user

    def private_chat(self, user_id: int) -> dict[str, Any]:
        with self.lock:
            user = self.users.get(user_id) or self.user(user_id)
            chat = {"id": user_id, "type": "private", "first_name": user["first_name"]}
            self.chats[user_id] = chat
            return chat

    def group_chat(self, chat_id: int, title: str = "Test group") -> dict[str, Any]:
        with self.lock:
            chat = {"id": chat_id, "type": "supergroup", "title": title}
            self.chats[chat_id] = chat
            return chat

    def send_text(
        self,
        chat_id: int,
        text: str,
        user_id: int | None = None,
        language_code: str | None = "zh",
        reply_to: int | None = None,
    ) -> dict[str, Any]:
        """A person writes `text` (commands and @mentions get their entities, as Telegram adds them)."""
        entities = []
        for m in re.finditer(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?", text):
            entities.append(
                {
                    "type": "bot_command",
                    "offset": _u16(text[: m.start()]),
                    "length": _u16(m.group(0)),
                }
            )
        for m in re.finditer(r"(?<![\w@])@[A-Za-z0-9_]{5,32}", text):
            entities.append(
                {"type": "mention", "offset": _u16(text[: m.start()]), "length": _u16(m.group(0))}
            )
        extra: dict[str, Any] = {"text": text}
        if entities:
            extra["entities"] = sorted(entities, key=lambda e: e["offset"])
        return self._user_message(chat_id, user_id, language_code, extra, reply_to)

    def send_sticker(
        self, chat_id: int, user_id: int | None = None, language_code: str | None = "zh"
    ) -> dict[str, Any]:
        sticker = {
            "file_id": f"sticker-{next(self._ids)}",
            "file_unique_id": "s1",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        return self._user_message(chat_id, user_id, language_code, {"sticker": sticker}, None)

    def edit_text(self, chat_id: int, message_id: int, text: str) -> dict[str, Any]:
        """A person edits a message they sent: an `edited_message` update."""
        with self.lock:
            message = dict(
                self.messages[(chat_id, message_id)], text=text, edit_date=int(time.time())
            )
            self.messages[(chat_id, message_id)] = message
            self._push("edited_message", message)
            return message

    def press(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        user_id: int | None = None,
        language_code: str | None = "zh",
    ) -> str:
        """A person taps an inline button under a bot message; returns the callback query id."""
        with self.lock:
            user = self._user_for(chat_id, user_id, language_code)
            query_id = str(next(self._ids) * 7919)
            query = {
                "id": query_id,
                "from": user,
                "message": self.messages[(chat_id, message_id)],
                "chat_instance": f"ci{chat_id}",
                "data": data,
            }
            self.callbacks[query_id] = None
            self._push("callback_query", query)
            return query_id

    def inline(self, user_id: int, query: str, language_code: str | None = "zh") -> str:
        """A person types `@bot <query>` in any chat; returns the inline query id."""
        with self.lock:
            user = self.users.get(user_id) or self.user(user_id, language_code)
            query_id = str(next(self._ids) * 104729)
            self.inline_answers[query_id] = None
            self._push(
                "inline_query",
                {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": "sender"},
            )
            return query_id

    def _user_for(
        self, chat_id: int, user_id: int | None, language_code: str | None
    ) -> dict[str, Any]:
        uid = user_id if user_id is not None else chat_id
        user = self.users.get(uid)
        if user is None or user.get("language_code") != language_code:
            user = self.user(uid, language_code)
        if chat_id not in self.chats:
            if chat_id > 0:
                self.private_chat(chat_id)
            else:
                self.group_chat(chat_id)
        return user

    def _user_message(
        self,
        chat_id: int,
        user_id: int | None,
        language_code: str | None,
        content: dict[str, Any],
        reply_to: int | None,
    ) -> dict[str, Any]:
        with self.lock:
            user = self._user_for(chat_id, user_id, language_code)
            message = {
                "message_id": self._next_message_id(chat_id),
                "from": user,
                "chat": self.chats[chat_id],
                "date": int(time.time()),
                **content,
            }
            if reply_to is not None:
                message["reply_to_message"] = self.messages[(chat_id, reply_to)]
            self.messages[(chat_id, message["message_id"])] = message
            self._push("message", message)
            return message

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, kind: payload})
        self.changed.notify_all()
        return update_id

    def _next_message_id(self, chat_id: int) -> int:
        counter = self._message_ids.setdefault(chat_id, itertools.count(1))
        return next(counter)

    # == test side: faults and reading ==========================================================
    def fail(self, method: str | None = None, **fault: Any) -> Fault:
        """Inject a fault (see Fault); e.g. fail("sendMessage", status=429, retry_after=1, description=...)."""
        with self.lock:
            rule = Fault(method=method, **fault)
            self.faults.append(rule)
            return rule

    def block(self, chat_id: int) -> None:
        """The person blocks the bot: sends to their chat answer 403."""
        with self.lock:
            self.blocked.add(chat_id)

    def bot_messages(self, chat_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [m for m in self.sent if m["chat"]["id"] == chat_id]

    def wait(
        self, predicate: Callable[[], T], timeout: float = 10.0, what: str = "a condition"
    ) -> T:
        """Block until `predicate()` is truthy (re-checked on every change); fail after `timeout`."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
                self.changed.wait(min(remaining, 0.2))

    def wait_messages(
        self, chat_id: int, count: int, timeout: float = 10.0
    ) -> list[dict[str, Any]]:
        """The first `count` bot messages in the chat, once that many have been sent."""
        found = self.wait(
            lambda: len(self.bot_messages(chat_id)) >= count and self.bot_messages(chat_id),
            timeout,
            f"{count} bot message(s) in chat {chat_id}",
        )
        return found[:count]

    def calls_of(self, method: str) -> list[dict[str, Any]]:
        with self.lock:
            return [p for m, p in self.calls if m == method.lower()]

    # == webhook delivery (used by the HTTP transport) ================================================
    def next_webhook_delivery(self) -> tuple[str, str | None, dict[str, Any]] | None:
        with self.lock:
            if not self.webhook or not self.updates:
                return None
            return self.webhook["url"], self.webhook.get("secret_token"), self.updates[0]

    def confirm_webhook(self, update_id: int) -> None:
        with self.lock:
            self.updates = [u for u in self.updates if u["update_id"] != update_id]
            self.changed.notify_all()

    # == Bot API methods ==================================================================================
    def _m_getme(self, params: dict[str, Any], files: FileParts) -> Any:
        return self.me

    def _m_close(self, params: dict[str, Any], files: FileParts) -> Any:
        return True

    def _m_logout(self, params: dict[str, Any], files: FileParts) -> Any:
        return True

    def _m_getupdates(
        self, params: dict[str, Any], files: FileParts
    ) -> Any:  # dispatched to _get_updates
        raise AssertionError("getUpdates is asynchronous")

    async def _get_updates(self, params: dict[str, Any]) -> Result:
        """Long polling: confirm updates below `offset`, wait up to `timeout` s for new ones."""
        offset = _as_int(params.get("offset"))
        limit = min(max(_as_int(params.get("limit")) or 100, 1), 100)
        timeout = max(_as_int(params.get("timeout")) or 0, 0)
        allowed = _json(params.get("allowed_updates"))
        with self.lock:
            if self.webhook:
                return self._failed(
                    "getupdates",
                    error(
                        409,
                        "Conflict: can't use getUpdates method while webhook is active; "
                        "use deleteWebhook to delete the webhook first",
                    ),
                )
            if allowed is not None:
                self.allowed_updates = allowed or None  # an empty list means "all types"
            if offset is not None and offset < 0:
                self.updates = self.updates[offset:]
            elif offset is not None:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            self.changed.notify_all()
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                if self.allowed_updates is not None:
                    self.updates = [u for u in self.updates if _kind(u) in self.allowed_updates]
                if self.updates or time.monotonic() >= deadline:
                    return ok(self.updates[:limit])
            await asyncio.sleep(0.02)

    def _m_deletewebhook(self, params: dict[str, Any], files: FileParts) -> Any:
        self.webhook = None
        if _bool(params.get("drop_pending_updates")):
            self.updates = []
        return True

    def _m_setwebhook(self, params: dict[str, Any], files: FileParts) -> Any:
        url = str(params.get("url") or "")
        if not url:
            return self._m_deletewebhook(params, files)
        parts = urlsplit(url)
        loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            raise ApiError(
                400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"
            )
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError(400, "Bad Request: secret token contains unallowed characters")
        allowed = _json(params.get("allowed_updates"))
        if allowed is not None:
            self.allowed_updates = allowed or None
        if _bool(params.get("drop_pending_updates")):
            self.updates = []
        self.webhook = {"url": url, "secret_token": secret}
        return True

    def _m_getwebhookinfo(self, params: dict[str, Any], files: FileParts) -> Any:
        info: dict[str, Any] = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates),
        }
        if self.allowed_updates:
            info["allowed_updates"] = self.allowed_updates
        return info

    def _m_setmycommands(self, params: dict[str, Any], files: FileParts) -> Any:
        commands = _json(params.get("commands"))
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be an array of at most 100 BotCommand")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise ApiError(400, "Bad Request: command description must be 1-256 characters")
        lang = str(params.get("language_code") or "")
        if lang and not re.fullmatch(r"[a-z]{2}", lang):
            raise ApiError(400, "Bad Request: invalid language code specified")
        scope = _json(params.get("scope")) or {"type": "default"}
        self.commands[(scope["type"], lang)] = commands
        return True

    def _m_getmycommands(self, params: dict[str, Any], files: FileParts) -> Any:
        scope = _json(params.get("scope")) or {"type": "default"}
        return self.commands.get((scope["type"], str(params.get("language_code") or "")), [])

    def _m_deletemycommands(self, params: dict[str, Any], files: FileParts) -> Any:
        scope = _json(params.get("scope")) or {"type": "default"}
        self.commands.pop((scope["type"], str(params.get("language_code") or "")), None)
        return True

    def _m_sendchataction(self, params: dict[str, Any], files: FileParts) -> Any:
        chat = self._target_chat(params)
        action = str(params.get("action") or "")
        if action not in CHAT_ACTIONS:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        self.chat_actions.append((chat["id"], action))
        return True

    def _m_sendmessage(self, params: dict[str, Any], files: FileParts) -> Any:
        chat = self._target_chat(params)
        if "text" not in params:
            raise ApiError(400, "Bad Request: message text is empty")
        text, entities = self._formatted(str(params["text"]), params.get("parse_mode"))
        markup = self._markup(params.get("reply_markup"))
        message = self._bot_message(chat, {"text": text}, entities, markup)
        message_record = dict(message, html=str(params["text"]))
        self.sent.append(message_record)
        return message

    def _m_senddocument(self, params: dict[str, Any], files: FileParts) -> Any:
        chat = self._target_chat(params)
        if "document" in files:
            filename, content, mime = files["document"]
        elif isinstance(params.get("document"), str) and params["document"]:
            filename, content, mime = "file", b"", "application/octet-stream"
        else:
            raise ApiError(400, "Bad Request: there is no document in the request")
        extra: dict[str, Any] = {
            "document": {
                "file_id": f"doc-{next(self._ids)}",
                "file_unique_id": f"u{next(self._ids)}",
                "file_name": filename,
                "mime_type": mime,
                "file_size": len(content),
            }
        }
        entities: list[dict[str, Any]] = []
        if params.get("caption"):
            caption, entities = self._formatted(
                str(params["caption"]), params.get("parse_mode"), limit=1024
            )
            extra["caption"] = caption
        message = self._bot_message(
            chat, extra, entities, self._markup(params.get("reply_markup")), "caption_entities"
        )
        self.sent.append(dict(message, content=content))
        return message

    def _m_editmessagetext(self, params: dict[str, Any], files: FileParts) -> Any:
        if params.get("inline_message_id"):
            self._formatted(str(params.get("text", "")), params.get("parse_mode"))
            self.edits.append(("editmessagetext", params))
            return True
        message = self._own_message(params)
        text, entities = self._formatted(str(params.get("text", "")), params.get("parse_mode"))
        markup = self._markup(params.get("reply_markup"))
        if (
            message.get("text") == text
            and message.get("entities", []) == entities
            and message.get("reply_markup") == markup
        ):
            raise ApiError(400, NOT_MODIFIED)
        edited = {k: v for k, v in message.items() if k not in ("entities", "reply_markup")}
        edited.update(text=text, edit_date=int(time.time()))
        if entities:
            edited["entities"] = entities
        if markup:
            edited["reply_markup"] = markup
        return self._store_edit("editmessagetext", params, edited)

    def _m_editmessagereplymarkup(self, params: dict[str, Any], files: FileParts) -> Any:
        if params.get("inline_message_id"):
            self.edits.append(("editmessagereplymarkup", params))
            return True
        message = self._own_message(params)
        markup = self._markup(params.get("reply_markup"))
        if message.get("reply_markup") == markup:
            raise ApiError(400, NOT_MODIFIED)
        edited = {k: v for k, v in message.items() if k != "reply_markup"}
        edited["edit_date"] = int(time.time())
        if markup:
            edited["reply_markup"] = markup
        return self._store_edit("editmessagereplymarkup", params, edited)

    def _m_answercallbackquery(self, params: dict[str, Any], files: FileParts) -> Any:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self.callbacks or self.callbacks[query_id] is not None:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        if len(str(params.get("text") or "")) > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        self.callbacks[query_id] = dict(params)
        return True

    def _m_answerinlinequery(self, params: dict[str, Any], files: FileParts) -> Any:
        query_id = str(params.get("inline_query_id") or "")
        if query_id not in self.inline_answers or self.inline_answers[query_id] is not None:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        results = _json(params.get("results"))
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen = set()
        for r in results:
            rid = str(r.get("id", ""))
            if not 1 <= len(rid.encode()) <= 64:
                raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
            if rid in seen:
                raise ApiError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(rid)
            if r.get("type") == "article":
                content = r.get("input_message_content") or {}
                if not r.get("title") or "message_text" not in content:
                    raise ApiError(400, "Bad Request: RESULT_INVALID")
                self._formatted(str(content["message_text"]), content.get("parse_mode"))
            if r.get("reply_markup"):
                self._markup(r["reply_markup"])
        self.inline_answers[query_id] = dict(params, results=results)
        return True

    # == helpers ===========================================================================================
    def _target_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _as_int(params.get("chat_id"))
        if chat_id is None or chat_id not in self.chats:
            raise ApiError(400, "Bad Request: chat not found")
        if chat_id in self.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return self.chats[chat_id]

    def _own_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._target_chat(params)
        message = self.messages.get((chat["id"], _as_int(params.get("message_id")) or 0))
        if message is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        if message["from"]["id"] != self.me["id"]:
            raise ApiError(400, "Bad Request: message can't be edited")
        return message

    def _store_edit(
        self, method: str, params: dict[str, Any], edited: dict[str, Any]
    ) -> dict[str, Any]:
        key = (edited["chat"]["id"], edited["message_id"])
        self.messages[key] = edited
        for i, sent in enumerate(self.sent):
            if (sent["chat"]["id"], sent["message_id"]) == key:
                self.sent[i] = dict(edited, html=params.get("text", sent.get("html")))
        self.edits.append((method, dict(params)))
        return edited

    def _formatted(
        self, source: str, parse_mode: Any, limit: int = MAX_TEXT
    ) -> tuple[str, list[dict[str, Any]]]:
        if parse_mode in (None, ""):
            text, entities = source, []
        elif str(parse_mode).upper() == "HTML":
            try:
                text, entities = tghtml.parse(source)
            except tghtml.ParseError as exc:
                raise ApiError(400, f"Bad Request: {exc}") from None
        else:
            raise ApiError(
                400, f"Bad Request: the fake server understands only HTML, not {parse_mode}"
            )
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if _u16(text) > limit:
            raise ApiError(400, "Bad Request: message is too long")
        return text, entities

    def _markup(self, raw: Any) -> dict[str, Any] | None:
        markup = _json(raw)
        if not markup:
            return None
        if "inline_keyboard" not in markup:
            return markup  # reply keyboards are not used by this bot; pass them through
        for row in markup["inline_keyboard"]:
            for button in row:
                if not button.get("text"):
                    raise ApiError(
                        400, "Bad Request: text buttons are unallowed in the inline keyboard"
                    )
                if (
                    "callback_data" in button
                    and not 1 <= len(str(button["callback_data"]).encode()) <= 64
                ):
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
                if "url" in button and urlsplit(str(button["url"])).scheme not in (
                    "http",
                    "https",
                    "tg",
                ):
                    raise ApiError(400, "Bad Request: BUTTON_URL_INVALID")
        return markup

    def _bot_message(
        self,
        chat: dict[str, Any],
        content: dict[str, Any],
        entities: list[dict[str, Any]],
        markup: dict[str, Any] | None,
        entities_field: str = "entities",
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat["id"]),
            "from": {k: self.me[k] for k in ("id", "is_bot", "first_name", "username")},
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        if entities:
            message[entities_field] = entities
        if markup:
            message["reply_markup"] = markup
        self.messages[(chat["id"], message["message_id"])] = message
        return message


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _bool(value: Any) -> bool:
    return value in (True, "true", "True", "1", 1)


def _kind(update: dict[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")
