"""Time-zone names checked against the IANA database before they reach ZoneInfo.

ZoneInfo("America") opens a directory and a 300-byte name is too long for the file system:
both raise OSError, not ZoneInfoNotFoundError. Checking against `available_timezones()`
first turns every such name into a plain "unknown" without touching the file system.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import ZoneInfo, available_timezones

DEFAULT_ZONE = "Asia/Shanghai"
MAX_NAME_CHARS = 64  # the longest IANA name is 32 characters


@cache
def _by_lower() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def valid_zone(name: str) -> str | None:
    """The database's spelling of `name` ("asia/tokyo" → "Asia/Tokyo"), or None if unknown."""
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS:
        return None
    return _by_lower().get(name.lower())


def safe_zone(name: str | None, default: str = DEFAULT_ZONE) -> ZoneInfo:
    """The zone `name` if it is known, else `default` (never raises for a stored bad name)."""
    known = valid_zone(name or "")
    return ZoneInfo(known or valid_zone(default) or DEFAULT_ZONE)
