"""Greetings, thanks and goodbyes: a friendly line, never "I can't answer" or a hotline line."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.render import render_text
from bot.social import social_kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("你好", "greeting"),
        ("您好！", "greeting"),
        ("在吗", "greeting"),
        ("hello there", "greeting"),
        ("谢谢", "thanks"),
        ("好的 谢谢你", "thanks"),
        ("多謝晒", "thanks"),
        ("thank you so much!", "thanks"),
        ("谢谢 再见", "bye"),  # thanks and a goodbye: the goodbye
        ("ok thanks bye", "bye"),
        ("拜拜", "bye"),
        # anything more is a message, not small talk
        ("你好 催收上门怎么办", None),
        ("谢谢你告诉我怎么投诉", None),
        ("thanks, but they called my mum again", None),
        ("好", None),  # a plain yes answers the bot; it is not small talk
        ("晚安", None),  # said by someone in crisis it can be a farewell: not taken as small talk
    ],
)
def test_small_talk_is_the_whole_message(text: str, kind: str | None) -> None:
    assert social_kind(text) == kind


@pytest.mark.parametrize("text", ["你好", "hi", "在吗"])
def test_a_greeting_gets_a_welcome_and_the_categories_not_a_refusal(
    full_engine: Engine, text: str
) -> None:
    reply = full_engine.handle("g", text)
    shown = render_text(reply)
    assert reply.kind == "info" and reply.topic is None
    assert "12356" not in shown  # no hotline line for a hello
    assert "暂时回答不了" not in shown and "can't help" not in shown
    assert len(reply.buttons) >= 3  # the categories, one tap away


def test_thanks_keeps_the_topic_for_the_next_follow_up(full_engine: Engine) -> None:
    full_engine.handle("plain", "催收要上门来我家怎么办")
    without = full_engine.handle("plain", "要出示什么证件")
    full_engine.handle("t", "催收要上门来我家怎么办")
    thanks = full_engine.handle("t", "谢谢")
    assert thanks.kind == "info" and "不客气" in render_text(thanks)
    assert "12356" not in render_text(thanks)
    after = full_engine.handle("t", "要出示什么证件")
    assert after.topic == without.topic == "home-visit"  # the thank-you ended nothing
    assert render_text(after) == render_text(without)


def test_goodbye_after_a_flagged_message_is_read_whole_and_leaves_the_numbers(
    full_engine: Engine,
) -> None:
    plain = full_engine.handle("b1", "再见")
    assert plain.kind == "info" and "12356" not in render_text(plain)
    full_engine.handle("b2", "还不上钱 活着好累")  # flagged: the possible line
    after_risk = render_text(full_engine.handle("b2", "再见"))
    assert "12356" in after_risk and "110" in after_risk
    full_engine.handle("b2", "/reset")
    assert "12356" not in render_text(full_engine.handle("b2", "再见"))
