"""The Telegram adapter: python-telegram-bot wiring, handlers, HTML rendering, delivery jobs.

Thin by design: it turns updates into engine calls and engine replies into Bot API
calls. Everything it says comes from the core (bot.engine, bot.reply).
"""
