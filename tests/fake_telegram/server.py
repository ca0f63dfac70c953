"""The fake Bot API over HTTP (aiohttp), on a free loopback port, in its own thread.

Requests are accepted as Telegram accepts them: query string, urlencoded form,
JSON body or multipart (files). When a webhook is set, pending updates are POSTed
to it one at a time with the X-Telegram-Bot-Api-Secret-Token header, as Telegram does.
"""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import aiohttp
from aiohttp import web

from tests.fake_telegram.api import Drop, FakeBotAPI, FileParts

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


class FakeTelegramServer:
    """`with FakeTelegramServer() as tg:` serves `tg.api` at `tg.base_url` until the block ends."""

    def __init__(self, api: FakeBotAPI | None = None, host: str = "127.0.0.1", port: int = 0):
        self.api = api or FakeBotAPI()
        self.host = host
        self.port = port  # 0: a free one
        self.webhook_posts: list[tuple[int, str | None]] = []  # (HTTP status, secret header sent)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None

    @property
    def base_url(self) -> str:
        """What TELEGRAM_BASE_URL should be: the token is appended to it, as with api.telegram.org/bot."""
        return f"http://{self.host}:{self.port}/bot"

    def __enter__(self) -> FakeTelegramServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="fake-telegram", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake Telegram server did not start")
        if self._error:
            raise RuntimeError("fake Telegram server failed to start") from self._error

    def stop(self) -> None:
        if self._loop and self._stop:
            self._loop.call_soon_threadsafe(self._stop.set)
        if self._thread:
            self._thread.join(10)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        try:
            self._loop.run_until_complete(self._serve())
        except BaseException as exc:  # surfaced by start()
            self._error = exc
            self._ready.set()
        finally:
            self._loop.close()

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self._ready.set()
        delivery = asyncio.create_task(self._deliver_webhooks())
        try:
            await self._stop.wait()
        finally:
            delivery.cancel()
            await runner.cleanup()

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        params: dict[str, Any] = dict(request.query)
        files: FileParts = {}
        ctype = request.content_type
        if request.method == "POST" and request.can_read_body:
            if ctype == "application/json":
                params.update(await request.json())
            elif ctype == "multipart/form-data":
                reader = await request.multipart()
                async for part in reader:
                    if part.filename is not None:  # type: ignore[union-attr]
                        content = await part.read()  # type: ignore[union-attr]
                        mime = part.headers.get("Content-Type", "application/octet-stream")
                        files[part.name or ""] = (part.filename, bytes(content), mime)  # type: ignore[union-attr]
                    else:
                        params[part.name or ""] = await part.text()  # type: ignore[union-attr]
            else:
                params.update(await request.post())
        try:
            status, body = await self.api.call(
                request.match_info["token"], request.match_info["method"], params, files
            )
        except Drop:
            assert request.transport is not None
            request.transport.close()  # the client sees the connection die without an answer
            return web.Response(status=500)
        return web.json_response(
            body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False)
        )

    async def _deliver_webhooks(self) -> None:
        """Telegram's side of a webhook: POST each pending update until it is acknowledged."""
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as session:
            while True:
                job = self.api.next_webhook_delivery()
                if job is None:
                    await asyncio.sleep(0.02)
                    continue
                url, secret, update = job
                headers = {SECRET_HEADER: secret} if secret else {}
                try:
                    async with session.post(url, json=update, headers=headers) as response:
                        self.webhook_posts.append((response.status, secret))
                        if 200 <= response.status < 300:
                            self.api.confirm_webhook(update["update_id"])
                            continue
                except (TimeoutError, aiohttp.ClientError):
                    pass
                await asyncio.sleep(0.2)  # the bot's server is not up yet, or failed: retry
