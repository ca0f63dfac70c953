"""Settings from the environment: defaults, validation, and the token kept out of sight."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from bot.config import DEFAULT_BASE_URL, ConfigError, Settings
from tests.conftest import ROOT
from tests.fake_telegram import TOKEN


def test_defaults() -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "HELPBOT_DB": "/data/state.db"})
    assert s.base_url == DEFAULT_BASE_URL == "https://api.telegram.org/bot"
    assert not s.webhook and s.webhook_port == 8443 and s.webhook_listen == "127.0.0.1"
    assert s.outbox_sweep_seconds == 20 and s.poll_timeout == 30 and s.tz == "Asia/Shanghai"
    assert s.db_path == Path("/data/state.db") and s.heartbeat_path == Path(
        "/data/state.db.heartbeat"
    )
    assert s.knowledge is None


def test_token_never_in_repr() -> None:
    s = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "WEBHOOK_URL": "https://x.example/hook",
            "WEBHOOK_SECRET": "s3cr3t",
        }
    )
    assert TOKEN not in repr(s) and "s3cr3t" not in repr(s)


@pytest.mark.parametrize(
    "env, names",
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "hello"}, "TELEGRAM_BOT_TOKEN is malformed"),
        ({"TELEGRAM_BOT_TOKEN": "123:short"}, "TELEGRAM_BOT_TOKEN is malformed"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": "api.telegram.org"},
            "TELEGRAM_BASE_URL",
        ),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": "https://x.example/hook"},
            "WEBHOOK_SECRET is required",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "WEBHOOK_URL": "https://x/h",
                "WEBHOOK_SECRET": "bad secret!",
            },
            "WEBHOOK_SECRET",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_PORT": "http"}, "WEBHOOK_PORT must be a number"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "OUTBOX_SWEEP_SECONDS": "0"},
            "OUTBOX_SWEEP_SECONDS must be between",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "HELPBOT_TZ": "Mars/Olympus"}, "HELPBOT_TZ"),
    ],
)
def test_bad_settings_name_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(ConfigError, match=names):
        Settings.from_env(env)


def test_webhook_path_defaults_to_the_url_path() -> None:
    s = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "WEBHOOK_URL": "https://bot.example/tg/hook",
            "WEBHOOK_SECRET": "abc",
        }
    )
    assert s.webhook and s.webhook_path == "tg/hook"


@pytest.mark.parametrize("token", ["", "not-a-token", TOKEN[:-20]])
def test_run_exits_2_with_a_clear_message_and_no_token(token: str, tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "TELEGRAM_BOT_TOKEN": token,
        "HELPBOT_DB": str(tmp_path / "s.db"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in done.stderr
    assert not token or token not in done.stderr + done.stdout


def test_reminder_leads_default_to_the_reminder_store_defaults() -> None:
    from bot.reminders.store import DEFAULT_LEADS

    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert s.reminder_leads == DEFAULT_LEADS == (timedelta(days=3), timedelta(days=1), timedelta(0))


@pytest.mark.parametrize(
    "raw, leads",
    [
        ("2d, 0d", (timedelta(days=2), timedelta(0))),
        ("0d,12h,1d,1d", (timedelta(days=1), timedelta(hours=12), timedelta(0))),
        ("1D", (timedelta(days=1),)),
    ],
)
def test_reminder_leads_from_the_environment(raw: str, leads: tuple[timedelta, ...]) -> None:
    s = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "REMINDER_LEADS": raw})
    assert s.reminder_leads == leads


@pytest.mark.parametrize(
    "raw", ["3 days", "3d;1d", "-1d", "1.5d", "90d", "1d,,0d", "1w", "7d,6d,5d,4d,3d,2d,1d"]
)
def test_bad_reminder_leads_name_the_variable(raw: str) -> None:
    with pytest.raises(ConfigError, match="REMINDER_LEADS"):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "REMINDER_LEADS": raw})


def test_build_engine_passes_reminder_leads_to_the_reminders(tmp_path: Path) -> None:
    from bot.bootstrap import build_engine
    from bot.render import render_text
    from tests.conftest import FIXTURE_KB, NOW

    leads = (timedelta(days=2), timedelta(hours=2), timedelta(0))
    engine = build_engine(FIXTURE_KB, tmp_path / "s.db", clock=lambda: NOW, reminder_leads=leads)
    try:
        proposal = engine.handle(1, "我跟招行约好了12月15号还2000")
        assert "提前2天、2小时和当天9:00提醒你" in render_text(proposal)
        saved = engine.handle(1, "好")
        rows = engine.store.conn.execute(
            "SELECT lead_min FROM reminder_deliveries WHERE reminder_id = ? ORDER BY send_utc",
            (saved.reminder["id"],),
        ).fetchall()
        assert [r[0] for r in rows] == [2 * 24 * 60, 120, 0]
    finally:
        engine.store.close()
    default = build_engine(FIXTURE_KB, tmp_path / "d.db", clock=lambda: NOW)  # unchanged default
    try:
        assert "提前3天、1天和当天9:00提醒你" in render_text(
            default.handle(1, "12月15号提醒我还2000")
        )
    finally:
        default.store.close()


def test_log_level_defaults_to_info_and_is_validated() -> None:
    assert Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN}).log_level == "INFO"
    assert (
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "debug"}).log_level == "DEBUG"
    )
    with pytest.raises(ConfigError, match="LOG_LEVEL"):
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "LOG_LEVEL": "loud"})


def test_unwritable_database_is_one_clear_line(tmp_path: Path) -> None:
    # A root-owned bind mount on /data used to end in a raw sqlite3 traceback. (Tests run as
    # root here, so the unwritable place is a path under a regular file.)
    blocker = tmp_path / "data"
    blocker.write_text("", encoding="utf-8")
    env = {
        "PATH": "/usr/bin:/bin",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "HELPBOT_DB": f"{blocker}/state.db",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 4, done.stderr
    assert "Traceback" not in done.stderr and TOKEN not in done.stderr + done.stdout
    [line] = [x for x in done.stderr.splitlines() if x.startswith("error:")]
    assert f"cannot open the state database {blocker}/state.db" in line and "uid" in line


def test_health_does_not_load_the_engine(tmp_path: Path) -> None:
    code = (
        "import sys; from bot.cli import main; main(['health']); "
        "print(sorted(m for m in ('bot.engine', 'bot.matching', 'pypinyin', 'telegram') "
        "if m in sys.modules))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "HELPBOT_DB": str(tmp_path / "s.db"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr


def test_startup_line_says_version_mode_and_knowledge_size(tmp_path: Path) -> None:
    from bot import __version__
    from bot.bootstrap import build_engine, startup_line
    from tests.conftest import FIXTURE_KB

    engine = build_engine(FIXTURE_KB, tmp_path / "s.db")
    line = startup_line(engine, "polling")
    assert f"collections-helpbot {__version__} starting: mode=polling" in line
    assert f"({len(engine.kb.entries)} entries)" in line and str(FIXTURE_KB) in line
