"""Hits out of a total, with the misses kept for a report (the blind-set evaluations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tally:
    hits: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.hits += ok
        if not ok:
            self.misses.append(what)

    @property
    def rate(self) -> float | None:
        return self.hits / self.total if self.total else None

    def figure(self) -> dict[str, Any]:
        rate = round(self.hits / self.total, 3) if self.total else None
        return {"rate": rate, "hits": self.hits, "total": self.total}

    def text(self) -> str:
        """'0.950 (19/20)', or '—' when nothing was counted."""
        return f"{self.hits / self.total:.3f} ({self.hits}/{self.total})" if self.total else "—"
