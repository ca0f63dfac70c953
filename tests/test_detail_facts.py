"""The questions people ask next get their fact on the first screen: whether a threat is
allowed, what a spending restriction is, whom to call about a credit report, whether a
collection fee may be added (details added for what no detail answered)."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import first_screen, has_need


@pytest.mark.parametrize(
    "opener,follow_up,topic,needs",
    [
        (
            "催收打电话说我再不还就让派出所来抓我",
            "他们拿坐牢吓唬人 这样合法吗",
            "arrest-threats",
            ["不合法"],
        ),
        ("法院把我银行卡冻结了", "限高是什么意思 会影响我什么", "frozen-account", ["飞机", "高铁"]),
        (
            "我的征信上有一笔逾期不是我的",
            "机构不改 征信的事打哪个电话投诉",
            "credit-record",
            ["12363"],
        ),
        (
            "my lender wants a penalty waiver request",
            "can they charge me a collection fee on top of that",
            "waive-fees",
            ["extra collection fees are banned"],
        ),
    ],
)
def test_the_fact_asked_next_is_on_the_first_screen(
    full_engine: Engine, opener: str, follow_up: str, topic: str, needs: list[str]
) -> None:
    full_engine.handle("c", opener)
    reply = full_engine.handle("c", follow_up)
    assert reply.topic == topic
    assert has_need(first_screen(reply), needs)


def test_whether_the_court_admits_a_recording_is_said_first(full_engine: Engine) -> None:
    full_engine.handle("c", "催收电话我想录下来当证据")
    reply = full_engine.handle("c", "录音在法院管用吗")
    assert "一般会采纳" in first_screen(reply)
