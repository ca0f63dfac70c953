"""The fake Bot API in-process, on PTB's public `BaseRequest` seam: no sockets at all.

`RecordingRequest(api)` is handed to `ApplicationBuilder.request(...)`; every call the
bot makes is answered by the same FakeBotAPI the HTTP server uses, and recorded there
(`api.calls`), so unit tests assert on exactly what the bot asked Telegram to do.
"""

from __future__ import annotations

import json

from telegram.request import BaseRequest, RequestData

from tests.fake_telegram.api import Drop, FakeBotAPI


class RecordingRequest(BaseRequest):
    def __init__(self, api: FakeBotAPI):
        self.api = api

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        token_part, _, endpoint = url.rpartition("/")
        token = token_part.rpartition("/bot")[2]
        params = dict(request_data.json_parameters) if request_data else {}
        files = {}
        if request_data and request_data.contains_files:
            for name, (filename, content, mime) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[name] = (filename, data, mime)
        try:
            status, body = await self.api.call(token, endpoint, params, files)
        except Drop:
            raise ConnectionResetError("connection closed without a response") from None
        return status, json.dumps(body).encode()
