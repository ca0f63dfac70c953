"""Logging a failure without the person's words.

An exception's message can quote what the person typed (ZoneInfo puts the zone name into a
file path; a parser may put a value into a ValueError), so only its type and where it happened
are logged, never its message.
"""

from __future__ import annotations

import logging
import sys
import traceback


def log_failure(log: logging.Logger, what: str) -> None:
    """Log the exception being handled: its type and the code lines it passed, at ERROR."""
    exc = sys.exc_info()[1]
    where = "".join(traceback.format_tb(exc.__traceback__)) if exc is not None else ""
    log.error("%s: %s (chat and text not logged)\n%s", what, type(exc).__name__, where)
