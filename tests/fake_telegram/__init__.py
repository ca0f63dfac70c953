"""A fake Telegram Bot API for tests: the model (api), HTML parse mode (tghtml), HTTP and in-process transports."""

from tests.fake_telegram.api import BOT_ID, BOT_USERNAME, TOKEN, FakeBotAPI, Fault
from tests.fake_telegram.recording import RecordingRequest
from tests.fake_telegram.server import FakeTelegramServer

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "TOKEN",
    "FakeBotAPI",
    "FakeTelegramServer",
    "Fault",
    "RecordingRequest",
]
