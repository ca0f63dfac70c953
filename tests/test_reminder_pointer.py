"""A question about the debt that points ("那个错的记录", "这个裁决") with a verb the reminders
also use (改, 删掉, 撤销) is not an order about reminders in a chat that has none: the knowledge
base answers it. Saying 提醒 still reaches the reminders, which say there are none."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import first_screen
from bot.reminders import messages as m


@pytest.mark.parametrize(
    "opener,follow_up,topic",
    [
        (
            "征信报告上有一条逾期记录是错的",
            "那个记录银行一直不给改 我该去哪里投诉",
            "file-complaint",
        ),
        (
            "征信上多了一笔我没借过的网贷",
            "那个平台我听都没听过 能让他们把这条删掉吗",
            # (since the nineteenth session's retrain, with rounds 31/32 where "能让平台删掉吗" asks
            # a platform to delete one's data, the model reads this as the data-rights answer,
            # which covers correcting and deleting what a platform holds: a knowledge-base answer)
            "credit-record check-debt personal-info-rights",
        ),
    ],
)
def test_a_pointing_question_about_the_debt_gets_the_knowledge_base(
    full_engine: Engine, opener: str, follow_up: str, topic: str
) -> None:
    full_engine.handle("c", opener)
    reply = full_engine.handle("c", follow_up)
    assert reply.topic in topic.split()  # either topic answers it; the reminders do not
    assert m.tr("manage_none", "zh") not in first_screen(reply)


def test_naming_a_reminder_with_none_stored_still_says_there_are_none(full_engine: Engine) -> None:
    full_engine.handle("c", "征信报告上有一条逾期记录是错的")
    reply = full_engine.handle("c", "把那个提醒取消掉")
    assert m.tr("manage_none", "zh") in first_screen(reply)
