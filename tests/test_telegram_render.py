"""Telegram HTML rendering: structure, escaping, and safe splitting below 4096 characters."""

from __future__ import annotations

import random

import pytest

from bot.reply import Block, Button, Reply
from bot.telegram.render import MAX_MESSAGE, keyboard, render_html, tg_len
from tests.fake_telegram import tghtml


def visible(messages: list[str]) -> str:
    return "".join(tghtml.parse(m)[0] for m in messages)


def test_blocks_get_their_markup_and_text_is_escaped() -> None:
    reply = Reply(
        blocks=(
            Block("title", ("A <b> & C",)),
            Block("steps", ("first", "second"), heading="What to do"),
            Block("legal", ("Art. 68",), heading="Legal basis"),
            Block("disclaimer", ("not legal advice",)),
        ),
        lang="en",
    )
    [html] = render_html(reply)
    assert html.startswith("<b>A &lt;b&gt; &amp; C</b>")
    assert "<b>What to do</b>\n1. first\n2. second" in html
    assert "<blockquote><i>Legal basis</i>\nArt. 68</blockquote>" in html
    assert html.endswith("<i>ℹ️ not legal advice</i>")
    text, entities = tghtml.parse(html)
    assert text.startswith("A <b> & C")


@pytest.mark.parametrize("seed", range(12))
def test_long_replies_split_into_balanced_pieces_that_keep_every_word(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "催收上门录音投诉 abc&<>\"'😀，。" + "x" * 5

    def line(n: int) -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    blocks = []
    for _ in range(rng.randint(1, 8)):
        kind = rng.choice(["title", "steps", "notes", "legal", "disclaimer", "text", "code"])
        lines = tuple(line(rng.choice([5, 80, 900, 5000])) for _ in range(rng.randint(1, 6)))
        blocks.append(Block(kind, lines, heading=rng.choice([None, "标题"])))
    reply = Reply(blocks=tuple(blocks), lang="zh")
    messages = render_html(reply)
    for m in messages:
        assert 0 < tg_len(m) <= MAX_MESSAGE
        tghtml.parse(m)  # raises on unbalanced or unescaped markup, as Telegram would refuse it
    shown = "".join(visible(messages).split())
    position = 0
    for b in blocks:  # every line's text survives, in order (whitespace aside)
        for x in b.lines:
            squeezed = "".join(x.split())
            found = shown.find(squeezed, position)
            assert found >= 0
            position = found + len(squeezed)


def test_short_reply_is_one_message_and_split_prefers_block_boundaries() -> None:
    blocks = tuple(Block("text", ("字" * 1500,)) for _ in range(3))
    messages = render_html(Reply(blocks=blocks, lang="zh"))
    assert [tg_len(m) for m in messages] == [1500 * 2 + 2, 1500]


def test_emoji_count_as_two_units() -> None:
    messages = render_html(Reply(blocks=(Block("text", ("😀" * 3000,)),), lang="zh"))
    assert len(messages) == 2 and all(tg_len(m) <= MAX_MESSAGE for m in messages)


def test_keyboard_keeps_rows_and_drops_invalid_payloads() -> None:
    reply = Reply(
        blocks=(Block("text", ("x",)),),
        lang="zh",
        buttons=(
            (Button("A", "t:a"), Button("B", "t:b")),
            (Button("too long", "t:" + "x" * 70),),
            (Button("👍", "fb:a:1"),),
        ),
    )
    markup = keyboard(reply)
    assert markup is not None
    rows = [[b.callback_data for b in row] for row in markup.inline_keyboard]
    assert rows == [["t:a", "t:b"], ["fb:a:1"]]
    assert keyboard(Reply(blocks=(), lang="zh")) is None
