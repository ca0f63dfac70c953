"""Follow-ups whose fact no detail stated (issue #13's needed fact): each new detail answers
the question people ask next, with the fact on the first screen, in the topic under way."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import first_screen, has_need


@pytest.mark.parametrize(
    "opener,follow_up,topic,needs",
    [
        (
            "我们催收团队的合规要求有哪些",
            "公司想把律师函贴到欠款人家门口 这个可以吗",
            "collector-compliance",
            ["禁止"],
        ),
        (
            "what compliance rules do our collectors have to follow",
            "can our agents only be ranked by how much they recover",
            "collector-compliance collector-pay",
            ["not solely"],
        ),
        (
            "我被银行起诉了 收到了法院传票",
            "法院让调解 我不想调解行不行",
            "sued",
            ["自愿"],
        ),
        (
            "催收打电话给我通讯录里的朋友",
            "我想过段时间再报案 隔几个月还来得及吗",
            "contacts-called",
            ["6个月"],
        ),
        (
            "催收录音能当证据吗",
            "我能把这些录音发到网上让大家看看吗",
            "record-evidence",
            ["隐私"],
        ),
        (
            "借了高利贷 他们派人上门要钱",
            "他们上门闹算不算犯罪",
            "home-visit",
            ["催收非法债务"],
        ),
    ],
)
def test_the_new_detail_answers_the_follow_up(
    full_engine: Engine, opener: str, follow_up: str, topic: str, needs: list[str]
) -> None:
    full_engine.handle("c", opener)
    reply = full_engine.handle("c", follow_up)
    assert reply.topic in topic.split()  # either topic answers a pay-and-targets question
    assert has_need(first_screen(reply), needs)


def test_a_vague_fine_question_gets_the_detail_stating_the_fine(full_engine: Engine) -> None:
    """A three-word follow-up shares no word with the detail that states the fine; what it
    asks for (a penalty) picks it within the topic under way."""
    full_engine.handle("c", "法院让我申报财产 我不想报")
    reply = full_engine.handle("c", "最多罚多少")
    assert full_engine.kb.within(reply.topic, "frozen-account")  # or enforcement-duties under it
    assert has_need(first_screen(reply), ["10万", "十万", "15日"])
