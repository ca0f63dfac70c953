"""collections-helpbot: calm, lawful guidance for people facing debt collection."""

__version__ = "0.1.0"
