"""The default time zone and the real clock: shared by the engine and the light entry points
(`health`, argument parsing), which must not import the engine to know them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

DEFAULT_TZ = "Asia/Shanghai"
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)
