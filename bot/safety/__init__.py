"""The safety stage: risk assessment of every message for self-harm and violence, before
anything else (issue #12). `bot.safety.assess.assess(text)` is the entry point; see
docs/safety.md for the design and its limits."""
