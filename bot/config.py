"""Settings of the Telegram bot, read once from the environment into a frozen object.

Nothing here runs at import time: `Settings.from_env()` is called by `python -m bot run`
(and `python -m bot health`), and everything downstream receives the object.
Every variable and its default is listed in README ("Running on Telegram").
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from bot.clock import DEFAULT_TZ
from bot.store import default_db_path
from bot.zones import valid_zone

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
# "<bot id>:<secret>" as issued by @BotFather (the secret is 35 characters today; be lenient).
TOKEN_RE = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{30,100}$")
# Bot API setWebhook: secret_token is 1-256 characters of A-Z, a-z, 0-9, _ and -.
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Reminder lead times: "3d,1d,0d" = 3 days before, 1 day before and on the day (at the due time).
DEFAULT_REMINDER_LEADS = "3d,1d,0d"
LEAD_RE = re.compile(r"^(\d{1,3})([dh])$")
MAX_LEAD = timedelta(days=60)
MAX_LEADS = 6
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable, never a secret value."""


@dataclass(frozen=True)
class Settings:
    token: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    db_path: Path = field(default_factory=default_db_path)
    knowledge: Path | None = None  # None: the loader's default (./knowledge)
    tz: str = DEFAULT_TZ
    poll_timeout: float = 30.0  # seconds a getUpdates long poll may wait
    http_timeout: float = 10.0  # read/write/connect timeout of every other Bot API call
    send_attempts: int = 3  # tries per send on network errors; also 429 retries by the rate limiter
    outbox_sweep_seconds: float = 20.0
    heartbeat_seconds: float = 30.0
    reminder_leads: tuple[timedelta, ...] = field(
        default_factory=lambda: parse_leads(DEFAULT_REMINDER_LEADS)
    )
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_path: str = ""
    webhook_secret: str | None = field(default=None, repr=False)
    log_level: str = "INFO"  # LOG_LEVEL: DEBUG, INFO, WARNING or ERROR (never text or token)

    @property
    def webhook(self) -> bool:
        return self.webhook_url is not None

    @property
    def heartbeat_path(self) -> Path:
        """The file the running bot touches, beside the database (read by `bot health`)."""
        return self.db_path.with_name(self.db_path.name + ".heartbeat")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read and validate every variable; raise ConfigError naming the first bad one."""
        source = os.environ if env is None else env

        def get(name: str) -> str:
            return (source.get(name) or "").strip()

        token = get("TELEGRAM_BOT_TOKEN")
        if not token:
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather and export it"
            )
        if not TOKEN_RE.match(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN is malformed: expected '<digits>:<letters, digits, _ or ->' "
                "as issued by @BotFather"
            )
        base_url = get("TELEGRAM_BASE_URL") or DEFAULT_BASE_URL
        if urlsplit(base_url).scheme not in ("http", "https") or not urlsplit(base_url).netloc:
            raise ConfigError(f"TELEGRAM_BASE_URL must be an http(s) URL, got {base_url!r}")
        tz = get("HELPBOT_TZ") or DEFAULT_TZ
        if valid_zone(tz) is None:
            raise ConfigError(f"HELPBOT_TZ is not a known time zone: {tz!r}")

        webhook_url = get("WEBHOOK_URL") or None
        secret = get("WEBHOOK_SECRET") or None
        path = get("WEBHOOK_PATH")
        if webhook_url:
            parts = urlsplit(webhook_url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ConfigError(f"WEBHOOK_URL must be an https URL, got {webhook_url!r}")
            if not secret:
                raise ConfigError(
                    "WEBHOOK_SECRET is required with WEBHOOK_URL, so only Telegram can post updates"
                )
            path = path or parts.path
        if secret and not SECRET_RE.match(secret):
            raise ConfigError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")

        return cls(
            token=token,
            base_url=base_url,
            db_path=Path(get("HELPBOT_DB")) if get("HELPBOT_DB") else default_db_path(),
            knowledge=Path(get("HELPBOT_KNOWLEDGE")) if get("HELPBOT_KNOWLEDGE") else None,
            tz=tz,
            poll_timeout=_number(get, "TELEGRAM_POLL_TIMEOUT", 30.0, 0, 600),
            http_timeout=_number(get, "TELEGRAM_HTTP_TIMEOUT", 10.0, 0.1, 600),
            send_attempts=int(_number(get, "TELEGRAM_SEND_ATTEMPTS", 3, 1, 20)),
            outbox_sweep_seconds=_number(get, "OUTBOX_SWEEP_SECONDS", 20.0, 0.1, 86400),
            heartbeat_seconds=_number(get, "HEARTBEAT_SECONDS", 30.0, 0.1, 3600),
            reminder_leads=parse_leads(get("REMINDER_LEADS") or DEFAULT_REMINDER_LEADS),
            webhook_url=webhook_url,
            webhook_listen=get("WEBHOOK_LISTEN") or "127.0.0.1",
            webhook_port=int(_number(get, "WEBHOOK_PORT", 8443, 1, 65535)),
            webhook_path=path.strip("/"),
            webhook_secret=secret,
            log_level=_log_level(get("LOG_LEVEL") or "INFO"),
        )


def _log_level(value: str) -> str:
    level = value.upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {value!r}")
    return level


def parse_leads(text: str) -> tuple[timedelta, ...]:
    """Lead times from e.g. '3d,1d,0d' (3 days, 1 day, 0), longest first; ConfigError if bad."""
    leads: set[timedelta] = set()
    for item in text.replace(" ", "").lower().split(","):
        found = LEAD_RE.match(item)
        if found is None:
            raise ConfigError(
                f"REMINDER_LEADS must be a comma-separated list like '3d,1d,0d' "
                f"(days 'd' or hours 'h' before the due time), got {text!r}"
            )
        number, unit = int(found.group(1)), found.group(2)
        lead = timedelta(days=number) if unit == "d" else timedelta(hours=number)
        if lead > MAX_LEAD:
            raise ConfigError(f"REMINDER_LEADS: {item!r} is more than {MAX_LEAD.days} days ahead")
        leads.add(lead)
    if len(leads) > MAX_LEADS:
        raise ConfigError(f"REMINDER_LEADS: at most {MAX_LEADS} lead times, got {text!r}")
    return tuple(sorted(leads, reverse=True))


def _number(get: Callable[[str], str], name: str, default: float, low: float, high: float) -> float:
    raw = get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from exc
    if not low <= value <= high:
        raise ConfigError(f"{name} must be between {low:g} and {high:g}, got {raw!r}")
    return value
