"""Payment reminders: understood from plain words, confirmed, stored, delivered at least once
(a repeat, at most one, is marked)."""
