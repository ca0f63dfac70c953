"""Time-zone names, absurd years and failures: a polite reply, and nothing the person typed
in any log line."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.letters.fields import find_date
from bot.parsing.dates import valid_date
from bot.render import render_text
from bot.store import Store
from bot.zones import safe_zone, valid_zone
from tests.conftest import NOW

LONG_NAME = "Zz" * 150  # 300 bytes: too long for a file name


@pytest.fixture
def bot(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, skills=build_skills(store, mini_kb), clock=lambda: NOW)


def test_zone_names_are_checked_against_the_database() -> None:
    assert valid_zone("asia/tokyo") == "Asia/Tokyo"
    assert valid_zone(" Europe/London ") == "Europe/London"
    for bad in ("America", "Europe", "Asia", LONG_NAME, "", "../../etc/passwd", "Mars/Base"):
        assert valid_zone(bad) is None
    assert str(safe_zone("America")) == "Asia/Shanghai"  # a stored bad name falls back
    assert str(safe_zone(LONG_NAME, "Europe/Paris")) == "Europe/Paris"


@pytest.mark.parametrize("name", ["America", "Europe", LONG_NAME])
def test_timezone_command_with_a_region_or_a_huge_name_gets_a_polite_reply(
    bot: Engine, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    reply = bot.handle(1, f"/timezone {name}", lang_hint="en")
    assert reply.kind != "error"
    assert "don't know the time zone" in render_text(reply)
    assert bot.timezone(1) == "Asia/Shanghai"  # nothing stored
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    "text",
    [
        "9999年12月31日还款3000提醒我",
        "0001年1月1日还款3000提醒我",
        "remind me to pay 100 on 31 Dec 9999 at 11pm",
        "记一下：9999年1月1日打了3个电话",
        "9999年1月1日收到起诉状",
    ],
)
def test_absurd_years_never_raise(bot: Engine, text: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    bot.handle(2, "/timezone America/Los_Angeles")  # 9999-12-31 23:00 here is past year 9999 in UTC
    reply = bot.handle(2, text)
    assert reply.kind != "error"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "9999" not in render_text(reply) and "0001" not in render_text(reply)


def test_years_outside_the_sane_range_are_not_dates() -> None:
    assert valid_date(9999, 12, 31) is None and valid_date(1, 1, 1) is None
    assert valid_date(2026, 12, 31) == date(2026, 12, 31)
    assert find_date("9999-12-31", date(2026, 11, 22)) is None
    assert find_date("9999年1月1日收到的", date(2026, 11, 22)) is None  # not 1月1日 of this year
    assert find_date("2025年9月20日收到的", date(2026, 11, 22)) == date(2025, 9, 20)


def test_a_failure_logs_its_type_and_place_but_never_the_text(
    bot: Engine, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "张伟的秘密 6222021234567890"

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError(f"could not read {secret}")  # a message that quotes the person

    monkeypatch.setattr(bot, "_handle", boom)
    caplog.set_level(logging.DEBUG)
    reply = bot.handle(3, secret)
    assert reply.kind == "error"
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError" in logged and "engine failed on a message" in logged
    assert secret not in logged and "张伟" not in logged
    assert all(r.exc_info is None for r in caplog.records)  # no formatter can add the message


def test_no_log_line_carries_what_the_person_typed(
    bot: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    marker = "秘密标记Qx7"
    caplog.set_level(logging.DEBUG)
    for text in (
        f"/timezone {marker}",
        f"/timezone America/{marker}",
        f"记一下：{marker} 昨晚打了8个电话还给我老板发了短信",
        f"/check {marker} 请转到安全账户 t.cn/abc",
        f"{marker}下周五还800提醒我",
        f"给{marker}银行写个协商还款申请",
        f"{marker} 9999年12月31日收到起诉状",
    ):
        bot.handle(4, text)
    for record in caplog.records:
        assert marker not in record.getMessage()
        assert marker not in (record.exc_text or "")
