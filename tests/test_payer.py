"""Who pays (bot/reminders/payer.py): a payment someone else makes is theirs, so the bot offers
no reminder; asked for ("…提醒我"), the reminder is set with the day and amount read all the same.
The person paying for someone, or paying them, is still the person's own payment.

Every sentence is our own, written to the convention the blind briefs have used since round 23
("someone else's payment" is a non-payment)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.reminders.payer import someone_else_pays
from tests.intent_cases import assert_no_reminder, assert_payment

SOMEONE_ELSE = [
    "我妈说她后天帮我还农行那笔两千五",  # the speaker pays for me
    "老公下礼拜帮我还张卡 3000",  # kin as the subject, 帮我 after it
    "我姐说 周三帮我把花呗还了 900",  # the subject said before a typed space, with 帮我
    "阿强话佢听日会帮我还招行 五千",  # a name with 阿 that speaks
    "我老公下周一还他的车贷2600",  # family paying their own bill
    "我阿妈听日帮佢自己还信用卡 3000",  # 自己 after 佢 is her
    "my husband will pay the 3k to the bank tomorrow",
    "dad's paying his card 900 on friday",
    "mom says she'll cover my huabei 1500 on the 5th",
]

MINE = [
    ("周六帮我妈还花呗 300", date(2026, 12, 5), 300),  # paying for mum: 我妈 after 帮
    ("每月10号还我姐1000", date(2026, 12, 10), 1000),  # paying her: after 还
    ("跟老公说好了 周五还招行1500", date(2026, 12, 4), 1500),  # said to him: after 跟
    ("老婆的信用卡下周二要还5000 我来还", date(2026, 12, 1), 5000),  # her card, I pay
    ("我妈住院了 明天还招行2000", date(2026, 11, 30), 2000),  # a sentence about her, then mine
    ("i told my wife i'd pay the cmb 3000 on friday", date(2026, 12, 4), 3000),
]


@pytest.mark.parametrize("text", SOMEONE_ELSE)
def test_a_payment_someone_else_makes_gets_no_offer(text: str) -> None:
    assert_no_reminder(text)


@pytest.mark.parametrize(("text", "due", "amount"), MINE)
def test_the_person_paying_for_or_to_someone_is_their_own_payment(
    text: str, due: date, amount: int
) -> None:
    assert_payment(text, "reminder-offer", due, amount)


@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("我妈说她后天帮我还农行那笔两千五 提醒我", date(2026, 12, 1), 2500),
        ("我爸后天去镇上农商行还2w 提醒他一下", date(2026, 12, 1), 20000),
        ("my husband pays the anyihua 1.6k on dec 21, remind me", date(2026, 12, 21), 1600),
    ],
)
def test_asked_for_the_reminder_is_set_with_the_fields_read(
    text: str, due: date, amount: int
) -> None:
    assert_payment(text, "reminder-set", due, amount)


def test_the_subject_is_the_last_person_before_the_verb_who_is_not_an_object() -> None:
    s = "我妈说她后天帮我还"
    assert someone_else_pays(s, s.index("还"))
    s = "我妈说我后天自己还"
    assert not someone_else_pays(s, s.index("还"))
    # carried over a typed space only with nothing or a speech verb between
    assert someone_else_pays("后天帮我还", 4, lead="我妈 ")
    assert not someone_else_pays("明天还招行", 2, lead="我妈住院了 ")
    # her words to the person, nothing done for them: the person pays
    assert not someone_else_pays("下周四必须把钱还了", 7, lead="我老婆说了 ")
