"""Payment reminders: understood from plain words, confirmed, stored, delivered exactly once."""
