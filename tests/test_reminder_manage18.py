"""Reminder management in words (issue #14), eighteenth session: an order with its reason in
another clause, what is still to pay asked to be shown, a question about one reminder, a
change "from A to B", a while from now, and 提醒 typed as a homophone. Sentences written for
these tests, not taken from a blind round."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from bot.reminders.manage import read
from bot.reminders.typos import fix_typos

NOW = datetime(2026, 12, 1, 10, 0)  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "微粒贷那个提醒删掉吧 我朋友帮我还清了",
        "remove the citi reminder, my sister paid it off",
        "分期乐的提醒关掉 跟他们谈好延期了",
        "花旗那个提醒不要了 我想一次性还清",  # a plan to pay: no payment made
    ],
)
def test_an_order_about_a_reminder_wins_over_its_reason(text: str) -> None:
    cmd = read(text, NOW)
    assert cmd is not None and cmd.op == "cancel"


def test_a_payment_said_alone_is_still_paid() -> None:
    cmd = read("微粒贷那笔我朋友帮我还了", NOW)
    assert cmd is not None and cmd.op == "paid"


@pytest.mark.parametrize(
    "text", ["招行那个已经还了 不用提醒了", "the cmb one is paid, no more reminders"]
)
def test_a_payment_with_an_order_in_its_own_clause_stays_paid(text: str) -> None:
    # both clauses name the reminder: the earlier rule (paid before cancel) decides
    cmd = read(text, NOW)
    assert cmd is not None and cmd.op == "paid"


@pytest.mark.parametrize(
    "text",
    [
        "帮我列下这周要还的",
        "下周都有什么要还的",
        "我还有哪些该还的 给我看看",
        "show me the bills due",
    ],
)
def test_what_is_still_to_pay_asked_to_be_shown_is_the_list(text: str) -> None:
    cmd = read(text, NOW)
    assert cmd is not None and cmd.op == "list"


@pytest.mark.parametrize(
    "text", ["我有哪些要还的欠款该怎么处理", "下周要还多少利息", "下周五要还招行3000"]
)
def test_advice_amounts_and_payments_are_not_the_list(text: str) -> None:
    cmd = read(text, NOW)
    assert cmd is None or cmd.op != "list"


@pytest.mark.parametrize(
    "text", ["招行那个提醒是几号来着", "what day is the citi one", "how much is the huabei one"]
)
def test_a_question_about_one_reminder_shows_the_list(text: str) -> None:
    cmd = read(text, NOW)
    assert cmd is not None and cmd.op == "list"


def test_a_question_pointing_at_no_reminder_is_not_one() -> None:
    assert read("那个催收说我欠多少来着", NOW) is None


def test_change_from_one_amount_to_another_takes_the_second() -> None:
    cmd = read("update the huabei 1200 to 1500", NOW)
    assert cmd is not None and cmd.op == "change"
    assert cmd.new_amount == Decimal(1500) and Decimal(1200) in cmd.amounts


def test_change_from_one_day_to_another_takes_the_second() -> None:
    cmd = read("move the citi reminder from the 12th to the 20th", NOW)
    assert cmd is not None and cmd.op == "change"
    assert cmd.new_due == date(2026, 12, 20)


def test_change_from_one_day_to_another_in_chinese() -> None:
    cmd = read("把花旗那个从12号改到20号", NOW)
    assert cmd is not None and cmd.op == "change"
    assert cmd.new_due == date(2026, 12, 20) and cmd.monthdays == (12,)


@pytest.mark.parametrize(
    "text", ["花呗那个过三个小时再说", "过半个钟先提我招行嗰个", "迟啲先提我花旗"]
)
def test_a_while_from_now_is_a_snooze(text: str) -> None:
    cmd = read(text, NOW)
    assert cmd is not None and cmd.op == "snooze"


def test_paid_with_ji_as_the_done_word() -> None:
    cmd = read("花旗1200已缴", NOW)
    assert cmd is not None and cmd.op == "paid"


def test_paid_early_is_paid_even_before_its_day() -> None:
    cmd = read("周五花旗那1200我提前还了", NOW)
    assert cmd is not None and cmd.op == "paid"


@pytest.mark.parametrize(
    ("typed", "meant"), [("别题醒我了", "别提醒我了"), ("把招行的取销", "把招行的取消")]
)
def test_reminder_words_typed_as_homophones_are_read(typed: str, meant: str) -> None:
    assert fix_typos(typed) == meant


@pytest.mark.parametrize("text", ["体型不好", "题目太难", "提心吊胆"])
def test_words_that_only_sound_alike_are_left(text: str) -> None:
    assert fix_typos(text) == text


def test_no_need_for_a_reminder_said_without_for() -> None:
    cmd = read("no need the huabei reminder any more", NOW)
    assert cmd is not None and cmd.op == "cancel"
