"""Payment statements read by structure (issue #14, the classes read in rounds 11-16), both ways.

Every sentence is our own, written for the class it stands for (none is copied from a blind
round): what is owed as the thing paid (还…的利息, 交欠的…, "pay off the 2k i owe"), a 把 phrase
split by typed spaces and closed with 了 for a day still to come, Cantonese "give back" (畀返),
"no matter what" asking nothing, "手头紧 不过…我会还", a will-do 咗, and "N every month".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import LAYER, SUNDAY, assert_no_reminder, assert_payment, assert_plan

OFFER = "reminder-offer"

# (class, text, due, amount)
PAYMENTS = [
    ("owed as object", "周三还工行的信用卡利息 一千二", date(2026, 12, 2), 1200),
    ("owed as object", "下周一还同事借我的钱 八百", date(2026, 11, 30), 800),
    ("owed as object", "后天交欠的物业费 六百", date(2026, 12, 1), 600),
    ("owed as object", "on friday i'll pay off the 1.5k i owe on jd", date(2026, 12, 4), 1500),
    ("owed as object", "next monday i clear the huabei balance 900", date(2026, 11, 30), 900),
    ("把 phrase", "下周二 把 借呗的 两千 还了", date(2026, 12, 1), 2000),
    ("把 phrase", "20号 把欠老王的 五百 还了", date(2026, 12, 20), 500),
    ("把 phrase", "周五把招行的利息 四百五 交上", date(2026, 12, 4), 450),
    ("give back", "星期五 畀返 阿哥 3千", date(2026, 12, 4), 3000),
    ("no matter what", "on the 12th i pay hsbc 2500 no matter what", date(2026, 12, 12), 2500),
    ("no matter what", "不管怎么样 周四还花呗一千", date(2026, 12, 3), 1000),
    (
        "own promise after hardship",
        "最近生意差 手头紧 但是15号我会还建行两千",
        date(2026, 12, 15),
        2000,
    ),
    # 万一 after a numeral is ten thousand and one thousand, not "in case" (tenth session)
    ("万一 as a number", "周四 还 工行 两万一", date(2026, 12, 3), 21000),
]

# (class, text): must not be offered a reminder
NOT_PAYMENTS = [
    ("owed as object", "我还欠招行五万 利息每个月一千多"),  # 还欠: still owes
    ("owed as object", "借呗的利息太高了 年化18%"),  # a rate, no payment
    ("owed as object", "他借我的三千 说下周五还我"),  # money coming in
    ("把 phrase", "昨天 把 花呗的 三千 还了"),  # done
    ("把 phrase", "上周五 把借呗 两千 还了"),  # done
    ("把 phrase", "下周 把 材料 交上去 给法院"),  # papers handed in, no payment
    ("rent", "下个月1号交房租2800"),  # the monthly rent
    ("rent", "pay rent 2800 on the 1st"),
    ("hardship", "手头紧 15号的两千肯定还不上"),
]


@pytest.mark.parametrize(("cls", "text", "due", "amount"), PAYMENTS)
def test_payment_read_by_structure(cls: str, text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)


@pytest.mark.parametrize(("cls", "text"), NOT_PAYMENTS)
def test_not_a_payment(cls: str, text: str) -> None:
    assert_no_reminder(text)


def test_every_month_is_a_plan() -> None:
    assert_plan("split into 4 payments, 750 every month on the 9th", 9, 4, 750)


# Someone else's demand with a red flag of its own is no order about a reminder; the person's
# own orders still are.
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("他们说是平安的 让我把验证码发过去 就能帮我把还款延期", "scam-check-paper"),
        ("对方讲系中信银行 要我转去私人账户先可以取消逾期", "scam-check-paper"),
        ("招行那个提醒延期两天", "reminder-manage"),
        ("花呗的提醒取消掉", "reminder-manage"),
    ],
)
def test_their_demand_is_no_command(text: str, intent: str) -> None:
    assert LAYER.classify(text, SUNDAY).name == intent


# The due date is the one said with the repayment verb, not one in a clause that pays nothing.
@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("国庆前忙死了 20号会还工行八千", date(2026, 12, 20), 8000),
        ("今天周日 大后天还借呗 一千", date(2026, 12, 2), 1000),
    ],
)
def test_the_paying_clause_gives_the_day(text: str, due: date, amount: int) -> None:
    assert_payment(text, OFFER, due, amount)


# A request put as "in advance", "wake me", "keep it in mind for me", or with 提醒 typed 提星:
# the reminder is set as asked, not merely offered (tenth session, our own sentences).
@pytest.mark.parametrize(
    "text",
    [
        "下周三还平安 一千六 提前一天叫我",
        "周五还京东白条 九百 叫醒我",
        "15号还农行 三千 帮我记住",
        "周四还花呗 六百 記得提星我",
        "喊我一下 周五还网商贷 1500",
    ],
)
def test_a_request_in_other_words_sets_the_reminder(text: str) -> None:
    assert LAYER.classify(text, SUNDAY).name == "reminder-set"
