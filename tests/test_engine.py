"""The dialogue engine on a small fixed knowledge base: commands, context, language, bad input."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.engine import Engine
from bot.render import render_text
from tests.conftest import NOW


def test_answers_with_steps_and_disclaimer(engine: Engine) -> None:
    reply = engine.handle(1, "催收员打电话骂我，说话特别难听")
    assert reply.topic == "abusive-caller" and reply.kind == "answer"
    text = render_text(reply)
    assert "1. 保持冷静" in text
    assert text.rstrip().splitlines()[-1 - len(reply.all_buttons()) - 1].startswith("ℹ️")
    assert "不是法律意见" in text
    payloads = [b.payload for b in reply.all_buttons()]
    assert "t:home-visit" in payloads and "fb:abusive-caller:1" in payloads


def test_english_question_gets_english_answer(engine: Engine) -> None:
    reply = engine.handle(2, "The collector was swearing and insulting me on the phone")
    assert reply.topic == "abusive-caller" and reply.lang == "en"
    assert "Stay calm" in render_text(reply) and "not legal advice" in render_text(reply)


def test_traditional_question_gets_traditional_answer(engine: Engine) -> None:
    reply = engine.handle(3, "收數佬打電話嚟辱罵我，講嘢好難聽")
    assert reply.topic == "abusive-caller"
    assert reply.traditional
    text = render_text(reply)
    assert "保持冷靜" in text and "保持冷静" not in text


def test_safety_wins_even_with_debt_words(engine: Engine) -> None:
    reply = engine.handle(4, "催收的人上门了，现在堵门不让我出去，还骂我")
    assert reply.topic == "physical-danger"
    text = render_text(reply)
    assert "110" in text[:350] and "你现在安全吗？" in text
    assert "ℹ️" not in text  # the crisis reply is short: no disclaimer


def test_off_topic_is_not_answered(engine: Engine) -> None:
    for text in ("今天天气怎么样", "what's the weather like"):
        reply = engine.handle(5, text)
        assert reply.topic is None, text
        assert reply.kind in ("unknown", "choose")
    hello = engine.handle(5, "你好")  # small talk: a welcome, still no topic (tests/test_social.py)
    assert hello.topic is None and hello.kind == "info"


def test_unknown_shows_the_topic_menu(engine: Engine) -> None:
    reply = engine.handle(5, "今天天气怎么样")
    assert reply.kind == "unknown"
    assert any(b.payload.startswith("c:") for b in reply.all_buttons())


def test_follow_up_uses_context(engine: Engine) -> None:
    first = engine.handle(6, "催收要上门来我家怎么办")
    assert first.topic == "home-visit"
    follow = engine.handle(6, "那他们骂人呢")
    assert follow.topic == "abusive-caller"


def test_context_expires(engine: Engine, mini_kb) -> None:
    engine.handle(7, "催收要上门来我家怎么办", now=NOW)
    ctx = engine.contexts.get("7", NOW)
    assert ctx.last_topic == "home-visit"
    later = NOW + timedelta(hours=2)
    assert engine.contexts.get("7", later).last_topic is None


def test_reset_clears_context(engine: Engine) -> None:
    engine.handle(8, "催收要上门来我家怎么办")
    reply = engine.handle(8, "/reset")
    assert reply.topic is None
    assert engine.contexts.get("8", NOW).last_topic is None


@pytest.mark.parametrize("command", ["/start", "/help", "/topics", "/privacy", "/lang"])
def test_commands_answer(engine: Engine, command: str) -> None:
    reply = engine.handle(9, command)
    assert reply.topic is None and render_text(reply)


def test_start_menu_and_deep_link(engine: Engine) -> None:
    menu = engine.handle(10, "/start")
    assert [b.payload for b in menu.all_buttons()][:2] == ["c:contact", "c:repay"]
    deep = engine.handle(10, "/start home-visit")
    assert deep.topic == "home-visit"


def test_number_picks_offered_button(engine: Engine) -> None:
    engine.handle(11, "/topics")
    category = engine.handle(11, "1")
    assert any(b.payload == "t:home-visit" for b in category.all_buttons())
    index = [b.payload for b in category.all_buttons()].index("t:home-visit") + 1
    assert engine.handle(11, str(index)).topic == "home-visit"


def test_buttons(engine: Engine) -> None:
    assert engine.press(12, "t:home-visit").topic == "home-visit"
    assert engine.press(12, "t:no-such").kind == "info"
    assert "expired" in render_text(engine.press(12, "garbage")) or "失效" in render_text(
        engine.press(12, "x")
    )
    assert engine.press(12, "x" * 500).topic is None


def test_feedback_counts_without_text(engine: Engine) -> None:
    engine.press(13, "fb:home-visit:1")
    engine.press(14, "fb:home-visit:1")
    engine.press(14, "fb:home-visit:0")  # one vote per chat and topic: 14 changed its mind
    engine.press(14, "fb:not-a-topic:1")
    assert engine.store.feedback() == {"home-visit": (1, 1)}


def test_lang_command_pins_language(engine: Engine) -> None:
    engine.handle(15, "/lang en")
    reply = engine.handle(15, "催收要上门来我家怎么办")
    assert reply.lang == "en" and reply.topic == "home-visit"


def test_forget_asks_then_deletes(engine: Engine) -> None:
    engine.handle(16, "/lang en")
    assert engine.store.get_setting(16, "lang") == "en"
    ask = engine.handle(16, "/forget")
    assert engine.store.get_setting(16, "lang") == "en"
    assert [b.payload for b in ask.all_buttons()] == ["forget:yes", "forget:no"]
    engine.press(16, "forget:yes")
    assert engine.store.get_setting(16, "lang") is None


@pytest.mark.parametrize(
    "answer, deleted", [("是", True), ("yes", True), ("不用", False), ("no", False)]
)
def test_a_typed_yes_or_no_answers_the_forget_question(
    engine: Engine, answer: str, deleted: bool
) -> None:
    """The question is asked with buttons, but a typed answer is an answer too."""
    engine.handle(17, "/lang en")
    engine.handle(17, "/forget")
    engine.handle(17, answer)
    assert (engine.store.get_setting(17, "lang") is None) is deleted


def test_a_typed_yes_deletes_nothing_once_the_question_has_passed(engine: Engine) -> None:
    engine.handle(18, "/lang en")
    engine.handle(18, "/forget")
    engine.handle(18, "催收要上门来我家怎么办")
    engine.handle(18, "ok")
    assert engine.store.get_setting(18, "lang") == "en"


BAD_INPUTS = [
    "",
    "   \t  ",
    "x" * 100_000,
    "\x00\x01\x02\x1b[31m",
    "😀",
    "🙂🙃😂",
    "\ud800broken surrogate",
    "مرحبا كيف حالك",
    "催收 collector 上门 ＡＢＣ！！！",
    "\u202eevil rtl\u202c",
    "/",
    "/nosuchcommand",
    "/start@SomeBot",
    "1",
    "99",
]


@pytest.mark.parametrize("text", BAD_INPUTS)
def test_bad_input_gets_a_polite_reply(engine: Engine, text: str) -> None:
    reply = engine.handle(17, text)
    assert reply.kind != "error"
    assert render_text(reply).strip()


def test_engine_failure_is_contained(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(engine.matcher, "match", boom)
    reply = engine.handle(18, "催收要上门")
    assert reply.kind == "error" and "出了点问题" in render_text(reply)
