"""Messages the bot sends on its own (reminders): the seam between the core and an adapter.

The core decides what is due and records every attempt; an adapter (Telegram's
JobQueue sweep, or the console's `reminders due`) delivers and reports back.
Delivery is at-least-once with at most one visible duplicate, and rests on this
order: `claim_due` leases the item *before* anything is sent, `delivered` marks it
sent with the message id. A send whose outcome the adapter cannot know (a timeout,
a lost answer) is reported `failed(unknown=True)`; such a send, or a lease a crash
left open, is handed out once more, marked as a possible repeat, and never a third
time. So an adapter claims each delivery right before sending it (limit=1): a crash
then leaves in doubt only the send under way, not a batch of claimed-but-unsent ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from bot.reply import Reply


@dataclass(frozen=True)
class Outgoing:
    key: str  # stable idempotency key of this one delivery, e.g. "reminder:17:lead-1d"
    chat_id: str
    reply: Reply


class Outbox(Protocol):
    def claim_due(self, now: datetime, limit: int = 100) -> list[Outgoing]:
        """Deliveries due at `now`, each recorded as attempted before it is returned."""

    def delivered(self, key: str, message_id: int | None, now: datetime) -> None:
        """The adapter's send was accepted (Telegram returned this message id)."""

    def failed(
        self,
        key: str,
        now: datetime,
        permanent: bool = False,
        unknown: bool = False,
        retry_after: timedelta | None = None,
    ) -> None:
        """The send failed: retry later (after `retry_after` for flood control), stop this
        chat's sends (`permanent`: the person blocked the bot), or, when it may have arrived
        (`unknown`: a timeout), resend once with a repeat marker."""

    def recover(self, now: datetime) -> None:
        """At start-up: settle attempts a crash left open and deliveries missed while down."""
