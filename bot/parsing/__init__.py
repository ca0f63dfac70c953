"""Reusable parsers for what people type: amounts of money, dates and times.

Shared by reminders, letters (money and date fields) and deadlines. Every
function takes raw user text (simplified or traditional Chinese, English,
full-width characters) and normalises it itself; spans refer to `normalize(text)`.
"""

from __future__ import annotations

import unicodedata

from bot.text import to_simplified


def normalize(text: str) -> str:
    """NFKC (full-width to half-width, ￥ to ¥) and simplified script; case and length are kept."""
    return to_simplified(unicodedata.normalize("NFKC", text))
