"""Classes of wording blind round 8 found missing, each with new examples (not the blind rows):
把…还了 with "must" or "later today" is a payment to make, not one made; money sent over
(打过去/转过去 N); "不然又要逾期" is why the person pays, not a threat that undoes the plan;
Cantonese 分咗 N 期 is a plan agreed, not a payment done; "rent" naming a loan's kind; being
afraid of forgetting (我怕忘, "i'll forget") asks for the reminder; and 还款日 naming the day
does not outweigh "I already paid it".
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.reminders.parse import Proposal
from tests.intent_cases import (
    LAYER,
    SUNDAY,
    assert_no_reminder,
    assert_payment,
    assert_plan,
    reminder_store,
    sunday_engine,
)


@pytest.mark.parametrize(
    ("text", "intent", "due", "amount"),
    [
        # must / later today, with 把…还了: still to do
        ("今晚要把白条的350还了", "reminder-offer", date(2026, 11, 29), 350),
        ("今天之内必须把招联两千还了", "reminder-offer", date(2026, 11, 29), 2000),
        ("今天务必把网商贷的900还了 否则会上征信", "reminder-offer", date(2026, 11, 29), 900),
        # the person's own reason for paying on time does not undo the plan
        ("周三还花呗600 不然就要逾期了", "reminder-offer", date(2026, 12, 2), 600),
        # money sent over, the amount after the verb
        ("周五转过去两千给平安", "reminder-offer", date(2026, 12, 4), 2000),
        ("跟催收说好了 下周一打过去3500", "reminder-offer", date(2026, 11, 30), 3500),
        # afraid of forgetting asks for the reminder
        ("下周三还网商贷1500 怕到时候忘了", "reminder-set", date(2026, 12, 2), 1500),
        ("明天还白条300 我怕忘记", "reminder-set", date(2026, 11, 30), 300),
        ("paying amex 600 on friday, in case i forget", "reminder-set", date(2026, 12, 4), 600),
    ],
)
def test_payment_wordings(text: str, intent: str, due: date, amount: int) -> None:
    assert_payment(text, intent, due, amount)


def test_cantonese_plan_split_is_a_plan() -> None:
    assert_plan("渣打分咗12期 每期1800 每月20號過數", 20, 12, 1800)


def test_rent_naming_a_loan_keeps_the_amount() -> None:
    assert_plan("i pay 1600 rent loan every month on the 12th", 12, None, 1600)


@pytest.mark.parametrize(
    "text",
    [
        "明天还款日 不过我昨天已经还了",  # the day named, the payment already made
        "due date is friday but i already paid it",
        "今天还了招行3000",  # today, done
        "他们说周五之前打过去5000 否则上门",  # a demand with a threat
        "我朋友今天必须把他的借呗还了",  # someone else's debt
        "rent is 2000 a month due on the 1st",  # rent, not a debt repayment
    ],
)
def test_no_reminder_from_these(text: str) -> None:
    assert_no_reminder(text)


# --- managing reminders: every lender the payment cues know can name a reminder again ---


@pytest.fixture
def bot(shipped_kb, tmp_path):  # type: ignore[no-untyped-def]
    return sunday_engine(shipped_kb, tmp_path)


def _seed(bot, chat: str) -> None:  # type: ignore[no-untyped-def]
    add = reminder_store(bot).add
    for day, amount, note in ((4, 800, "度小满"), (8, 1200, "中信银行"), (12, 600, "Amex")):
        add(
            chat,
            Proposal(date(2026, 12, day), time(9), Decimal(amount), None, note),
            "Asia/Shanghai",
            SUNDAY,
        )


def _status(bot, chat: str) -> dict[int, str]:  # type: ignore[no-untyped-def]
    return {r.local_due.day: r.status for r in reminder_store(bot).all(chat)}


@pytest.mark.parametrize(
    ("text", "op", "day"),
    [
        ("度小满那个取消", "cancel", 4),
        ("有钱花的提醒不要了", "cancel", 4),  # another name of the same lender
        ("中信那笔已经还了", "paid", 8),
        ("scrap the amex reminder", "cancel", 12),
        ("american express one is paid", "paid", 12),
    ],
)
def test_any_known_lender_names_its_reminder(bot, text: str, op: str, day: int) -> None:  # type: ignore[no-untyped-def]
    _seed(bot, "m")
    before = _status(bot, "m")
    reply = bot.handle("m", text)
    assert reply.action is not None and reply.action["op"] == op
    after = _status(bot, "m")
    changed = {d for d in after if after[d] != before[d]}
    assert changed == {day}


@pytest.mark.parametrize(
    ("text", "new_amount", "old_amount"),
    [
        # the new value said first, the one it replaces after "instead of" / 而不是
        ("pay 650 on the citi one instead of 700", 650, 700),
        ("make the jiebei one 900 rather than 1000", 900, 1000),
        ("招行那个改成500而不是800", 500, 800),
        ("800的那个不是800 是900", 900, 800),  # the verb says which one is new
    ],
)
def test_the_new_amount_is_the_one_said_instead(
    text: str, new_amount: int, old_amount: int
) -> None:
    found = LAYER.classify(text, SUNDAY)
    assert found.name == "reminder-manage" and found.detail.op == "change"
    assert found.detail.new_amount == Decimal(new_amount)
    assert Decimal(old_amount) in found.detail.amounts


@pytest.mark.parametrize(
    ("text", "amount", "day"),
    [
        ("把招行那个更新成2000", 2000, None),
        ("平安那笔调成1600", 1600, None),
        ("招行那个设成周三", None, 2),
    ],
)
def test_more_change_words(text: str, amount: int | None, day: int | None) -> None:
    found = LAYER.classify(text, SUNDAY)
    assert found.name == "reminder-manage" and found.detail.op == "change"
    assert found.detail.new_amount == (Decimal(amount) if amount else None)
    assert (found.detail.new_due.day if found.detail.new_due else None) == day


@pytest.mark.parametrize(
    ("text", "days"), [("借呗那个晚一个礼拜", 7), ("招行那个推迟两个星期", 14)]
)
def test_a_shift_in_weeks_said_with_a_measure_word(text: str, days: int) -> None:
    found = LAYER.classify(text, SUNDAY)
    assert found.name == "reminder-manage" and found.detail.shift == days


@pytest.mark.parametrize(
    "text",
    ["my friend pays his card 3000 on the 9th", "my husband pays his own card 3000 on the 9th"],
)
def test_someone_elses_own_bill_is_not(text: str) -> None:
    assert_no_reminder(text)


@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("周五转给平安1500", date(2026, 12, 4), 1500),  # 转给 the payee, the amount after it
        ("下周三转账给老王两千", date(2026, 12, 2), 2000),
        ("后天要转给借呗三千", date(2026, 12, 1), 3000),  # a day to come: not "mark paid"
    ],
)
def test_a_transfer_to_the_payee_is_a_payment(text: str, due: date, amount: int) -> None:
    assert_payment(text, "reminder-offer", due, amount)


@pytest.mark.parametrize("text", ["他说周五转给我1500", "昨天转给平安1500了"])
def test_a_transfer_coming_in_or_done_is_not(text: str) -> None:
    assert_no_reminder(text)


@pytest.mark.parametrize(
    "text", ["i always forget my pin", "我怕忘了密码", "银行转给我1500", "老板转给我工资5000"]
)
def test_forgetting_something_else_or_money_coming_in_is_no_reminder_order(text: str) -> None:
    assert LAYER.classify(text, SUNDAY).name not in (
        "reminder-offer",
        "reminder-set",
        "reminder-manage",
    )


@pytest.mark.parametrize(
    ("text", "due", "amount"),
    [
        ("今晚一定要還咗借唄嗰800", date(2026, 11, 29), 800),  # Cantonese 咗 after "must": to do
        ("今晚要還咗借唄嗰800", date(2026, 11, 29), 800),
    ],
)
def test_must_with_a_done_marker(text: str, due: date, amount: int) -> None:
    assert_payment(text, "reminder-offer", due, amount)


@pytest.mark.parametrize("text", ["我朋友下周一还他的车贷2600", "我哥们下周一还他的车贷2600"])
def test_a_friends_bill_stays_his(text: str) -> None:
    assert_no_reminder(text)


def test_done_in_cantonese_is_still_mark_paid() -> None:
    found = LAYER.classify("招行嗰筆還咗", SUNDAY)
    assert found.name == "reminder-manage" and found.detail.op == "paid"
