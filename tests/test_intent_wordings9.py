"""Classes of wording blind round 8 found missing, each with new examples (not the blind rows):
把…还了 with "must" or "later today" is a payment to make, not one made; money sent over
(打过去/转过去 N); "不然又要逾期" is why the person pays, not a threat that undoes the plan;
Cantonese 分咗 N 期 is a plan agreed, not a payment done; "rent" naming a loan's kind; being
afraid of forgetting (我怕忘, "i'll forget") asks for the reminder; and 还款日 naming the day
does not outweigh "I already paid it".
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.intent_cases import assert_no_reminder, assert_payment, assert_plan


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
