"""The intent layer: which feature a message is about, decided before the knowledge base.

One ordered table (bot/intent/table.py) of rules, read top to bottom like snips-nlu's
deterministic parser: each row names an intent, the skill that answers it, and a detector
(the skill's own detection, or None when the skill's `on_message` decides). The first row
whose skill answers wins; a message no row claims is a question for the knowledge base.
"""

from bot.intent.layer import Intent, IntentLayer, Probe, Rule

__all__ = ["Intent", "IntentLayer", "Probe", "Rule"]
