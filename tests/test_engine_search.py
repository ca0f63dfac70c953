"""Engine.search (inline mode's answers to share) and deep links, on the fixture knowledge base."""

from __future__ import annotations

from bot.engine import Engine
from bot.render import render_text


def test_search_finds_the_topic_with_full_guidance_and_no_buttons(engine: Engine) -> None:
    [found] = engine.search("上门")
    assert found.topic == "home-visit" and found.lang == "zh"
    assert found.buttons == ()  # a shared message has no chat to press buttons in
    text = render_text(found)
    assert "1. 不要开门" in text and "不是法律意见" in text
    assert engine.contexts.get("anyone", engine.clock()).last_topic is None


def test_search_follows_the_script_and_language(engine: Engine) -> None:
    [traditional] = engine.search("催收上門")
    assert traditional.traditional and "不要開門" in render_text(traditional)
    english = engine.search("collector swearing at me on the phone")
    assert english[0].topic == "abusive-caller" and english[0].lang == "en"


def test_search_puts_safety_first_and_limits(engine: Engine) -> None:
    found = engine.search("催收上门堵门")
    assert [r.topic for r in found][:2] == ["physical-danger", "home-visit"]
    everything = engine.search("", limit=10)
    assert [r.topic for r in everything] == [
        e.id for e in engine.kb.entries if e.category == "contact"
    ]
    assert len(engine.search("", limit=2)) == 2
    assert engine.search("今天天气怎么样") == []


def test_deep_link_keeps_the_persons_language(engine: Engine) -> None:
    reply = engine.handle(9, "/start home-visit", lang_hint="zh-hans")
    assert reply.topic == "home-visit" and reply.lang == "zh"
    reply = engine.handle(10, "/start home-visit", lang_hint="en")
    assert reply.lang == "en"
