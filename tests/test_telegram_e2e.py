"""End to end: the real `python -m bot run` process against the fake Telegram Bot API over HTTP.

The fake server runs on a free loopback port; the bot is pointed at it with
TELEGRAM_BASE_URL, a temporary HELPBOT_DB and the fixture knowledge base. Tests act
as users and read what the bot sent, also while faults are injected. Every process
started here is stopped in fixture teardown, also when a test fails.
"""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from tests.bot_process import BotProcess, buttons, free_port
from tests.fake_telegram import TOKEN, FakeTelegramServer


@pytest.fixture(scope="module")
def tg() -> Iterator[FakeTelegramServer]:
    with FakeTelegramServer() as server:
        yield server


@pytest.fixture(scope="module")
def bot(tg: FakeTelegramServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    process = BotProcess(tmp_path_factory.mktemp("bot"), tg.base_url).start()
    try:
        tg.api.wait(lambda: tg.api.calls_of("getUpdates"), 30, "the bot to start polling")
        yield process
    finally:
        process.stop()


@pytest.fixture(autouse=True)
def no_leftover_faults(tg: FakeTelegramServer) -> Iterator[None]:
    yield
    with tg.api.lock:
        tg.api.faults.clear()


def test_start_up_registers_commands_and_polls(tg, bot) -> None:
    assert tg.api.calls_of("getMe") and tg.api.calls_of("deleteWebhook")
    assert {"start", "forget"} <= {c["command"] for c in tg.api.commands[("default", "zh")]}
    polls = tg.api.calls_of("getUpdates")
    assert json.loads(polls[-1]["allowed_updates"]) == ["message", "callback_query", "inline_query"]
    assert polls[-1]["timeout"] == "1"


def test_a_person_asks_follows_up_presses_buttons_and_forgets(tg, bot) -> None:
    api, chat = tg.api, 701
    api.send_text(chat, "/start")
    [welcome] = api.wait_messages(chat, 1)
    assert "催收应对助手" in welcome["text"] and "c:contact" in buttons(welcome)

    api.send_text(chat, "催收要上门来我家怎么办")
    answer = api.wait_messages(chat, 2)[1]
    assert answer["text"].startswith("催收上门怎么办") and "1. 不要开门" in answer["text"]

    api.send_text(chat, "那他们骂人呢")  # a follow-up in words
    followed = api.wait_messages(chat, 3)[2]["text"]
    # The safety stage may put one hotline line above the answer (a "possible" risk).
    assert "催收电话辱骂你" in followed.split("\n\n")[:2]

    query = api.press(chat, answer["message_id"], "t:physical-danger")
    pressed = api.wait_messages(chat, 4)[3]
    assert api.wait(lambda: api.callbacks[query], what="the callback to be answered") is not None
    assert pressed["text"] == pressed["text"].strip() and "110" in pressed["text"]

    vote = api.press(chat, answer["message_id"], "fb:home-visit:1")
    assert "谢谢" in api.wait(lambda: api.callbacks[vote], what="the vote's toast")["text"]

    api.send_text(chat, "/lang en")  # something stored about this chat
    api.wait_messages(chat, 5)
    with sqlite3.connect(bot.db) as db:
        assert db.execute("SELECT lang FROM chats WHERE chat_id = ?", (str(chat),)).fetchall() == [
            ("en",)
        ]
        assert db.execute("SELECT up FROM feedback WHERE topic = 'home-visit'").fetchone() == (1,)

    api.send_text(chat, "/forget")
    confirm = api.wait_messages(chat, 6)[5]
    api.press(chat, confirm["message_id"], "forget:yes", language_code="en")
    api.wait(
        lambda: "deleted" in api.bot_messages(chat)[5]["text"],
        what="the confirmation to become the result",
    )
    with sqlite3.connect(bot.db) as db:
        assert db.execute("SELECT * FROM chats WHERE chat_id = ?", (str(chat),)).fetchall() == []


def test_inline_query_shares_guidance(tg, bot) -> None:
    query = tg.api.inline(702, "上门")
    answer = tg.api.wait(lambda: tg.api.inline_answers[query], what="the inline answer")
    ids = [r["id"] for r in answer["results"]]
    assert ids[0] == "home-visit"
    assert "不要开门" in answer["results"][0]["input_message_content"]["message_text"]


def test_flood_control_is_waited_out(tg, bot) -> None:
    tg.api.fail(
        "sendMessage",
        status=429,
        description="Too Many Requests: retry after 1",
        retry_after=1,
        chat_id=703,
    )
    tg.api.send_text(703, "催收要上门来我家怎么办")
    [message] = tg.api.wait_messages(703, 1)
    assert message["text"].startswith("催收上门怎么办")
    assert ("sendmessage", 429, "Too Many Requests: retry after 1") in tg.api.errors
    assert len(tg.api.bot_messages(703)) == 1


def test_server_errors_and_dropped_polls_are_survived(tg, bot) -> None:
    bad_gateway = tg.api.fail("getUpdates", status=502, description="Bad Gateway")
    dropped = tg.api.fail("getUpdates", drop=True)
    tg.api.wait(
        lambda: bad_gateway.times == 0 and dropped.times == 0, 15, "both polling faults to hit"
    )
    tg.api.fail("sendMessage", status=500, chat_id=704)
    tg.api.send_text(704, "催收要上门来我家怎么办")
    [message] = tg.api.wait_messages(704, 1, timeout=15)
    assert message["text"].startswith("催收上门怎么办")
    assert ("sendmessage", 500, "Internal Server Error") in tg.api.errors and bot.alive()


def test_slow_responses_time_out_and_are_retried(tg, bot) -> None:
    tg.api.fail(
        "sendMessage", status=None, delay=3, chat_id=705
    )  # longer than TELEGRAM_HTTP_TIMEOUT
    tg.api.send_text(705, "催收打电话骂我怎么办")
    messages = tg.api.wait_messages(705, 1, timeout=15)
    assert messages[0]["text"].startswith("催收电话辱骂你")
    tg.api.send_text(705, "/help")  # and the bot keeps answering
    tg.api.wait(
        lambda: any("/topics" in m["text"] for m in tg.api.bot_messages(705)), what="the help text"
    )


def test_a_blocked_user_does_not_affect_others(tg, bot) -> None:
    tg.api.block(706)
    tg.api.send_text(706, "催收要上门来我家怎么办")
    tg.api.send_text(707, "催收要上门来我家怎么办")
    [message] = tg.api.wait_messages(707, 1)
    assert message["text"].startswith("催收上门怎么办")
    tg.api.wait(
        lambda: ("sendmessage", 403, "Forbidden: bot was blocked by the user") in tg.api.errors
    )
    tg.api.send_text(708, "/help")
    tg.api.wait_messages(708, 1)
    assert tg.api.bot_messages(706) == [] and bot.alive()


def test_health_check_passes_while_running(tg, bot) -> None:
    tg.api.wait(lambda: (bot.db.parent / "state.db.heartbeat").exists(), what="the first heartbeat")
    result = bot.health()
    assert result.returncode == 0, result.stderr
    assert "database readable" in result.stdout


def test_logs_hold_neither_message_text_nor_token(tg, bot) -> None:
    phrase = "催收上门了我邻居都知道了怎么办XQZ"
    tg.api.send_text(709, phrase)
    tg.api.wait_messages(709, 1)
    tg.api.send_text(709, "/start")
    tg.api.wait_messages(709, 2)
    logs = bot.logs()
    assert "reply kind=answer topic=home-visit" in logs  # topic ids and scores are logged...
    assert phrase not in logs and "XQZ" not in logs  # ...what people wrote is not
    assert TOKEN not in logs and TOKEN.split(":")[1] not in logs


def test_start_up_is_one_info_line_without_the_token(tg, bot) -> None:
    tg.api.wait(lambda: "starting: mode=polling" in bot.logs(), what="the start-up line")
    [line] = [x for x in bot.logs().splitlines() if "starting: mode=polling" in x]
    assert " INFO " in line and "collections-helpbot " in line and "entries" in line
    assert TOKEN not in line and TOKEN.split(":")[1] not in line


def test_rejected_token_exits_2_without_showing_it(tg, tmp_path) -> None:
    other = "987654321:AAHsomeoneELSEStokenSOMEONEelse_x-99"
    process = BotProcess(tmp_path, tg.base_url, token=other).start()
    try:
        assert process.proc is not None
        process.proc.wait(30)
    finally:
        code = process.stop()
    assert code == 2
    assert "rejected TELEGRAM_BOT_TOKEN" in process.logs()
    assert other.split(":")[1] not in process.logs()


def test_webhook_mode_checks_the_secret(tmp_path) -> None:
    port = free_port()
    with FakeTelegramServer() as tg:
        process = BotProcess(
            tmp_path,
            tg.base_url,
            WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(port),
            WEBHOOK_SECRET="s3cret-Token_1",
        ).start()
        try:
            hook = tg.api.wait(lambda: tg.api.webhook, 30, "setWebhook")
            assert hook == {
                "url": f"http://127.0.0.1:{port}/telegram",
                "secret_token": "s3cret-Token_1",
            }
            assert tg.api.calls_of("getUpdates") == []

            # Telegram delivers with the secret header: answered.
            tg.api.send_text(801, "催收要上门来我家怎么办")
            [message] = tg.api.wait_messages(801, 1, timeout=20)
            assert message["text"].startswith("催收上门怎么办")

            # Anyone else posting to the webhook is refused and nothing is sent.
            forged = {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": 802, "type": "private"},
                    "from": {"id": 802, "is_bot": False, "first_name": "X"},
                    "text": "/start",
                },
            }
            for headers in ({"X-Telegram-Bot-Api-Secret-Token": "wrong"}, {}):
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/telegram",
                    data=json.dumps(forged).encode(),
                    headers={"Content-Type": "application/json", **headers},
                    method="POST",
                )
                with pytest.raises(urllib.error.HTTPError) as refused:
                    urllib.request.urlopen(request, timeout=5)
                assert refused.value.code == 403
            tg.api.wait(lambda: (tmp_path / "state.db.heartbeat").exists(), what="the heartbeat")
            assert process.health().returncode == 0
        finally:
            code = process.stop()
        assert code == 0  # a clean shutdown on SIGTERM
        assert tg.api.bot_messages(802) == []
        assert process.health().returncode == 1  # stopped: the heartbeat is gone
