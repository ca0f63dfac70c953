"""The reminder parser as a table: every date, time, amount and recurrence form, and non-requests.

"Now" is Sunday 2026-11-22 10:00 in Shanghai unless a case says otherwise.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.dates import find_date, find_time
from bot.parsing.numbers import find_amounts, parse_amount
from bot.reminders.parse import extract, looks_like_request, parse_request, proposal
from tests.conftest import NOW

WED = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Wednesday
FRI = datetime(2026, 11, 27, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Friday
DEC15 = datetime(2026, 12, 15, 8, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def rec(day: int, count: int | None) -> dict:
    return {"every": "month", "day": day, "count": count}


# (message, expected subset of the `reminder` JSON, now) — expected None: not a reminder request.
CASES: list[tuple[str, dict | None, datetime]] = [
    # the issue's own example and absolute dates
    (
        "我跟招行约好了12月15号还2000",
        {"due": "2026-12-15", "time": "09:00", "amount": 2000, "recurring": None},
        NOW,
    ),
    ("提醒我12月15日还款", {"due": "2026-12-15", "amount": None}, NOW),
    ("提醒我12/15还款", {"due": "2026-12-15"}, NOW),
    ("提醒我15/12还款", {"due": "2026-12-15"}, NOW),
    ("提醒我2026-12-15还款", {"due": "2026-12-15"}, NOW),
    ("提醒我2026年12月15日还款", {"due": "2026-12-15"}, NOW),
    ("提醒我2027/1/8还款", {"due": "2027-01-08"}, NOW),
    ("remind me to pay on Dec 15", {"due": "2026-12-15"}, NOW),
    ("remind me to pay on 15 December", {"due": "2026-12-15"}, NOW),
    ("remind me to pay on December 1st", {"due": "2026-12-01"}, NOW),
    ("remind me to pay on the 15th of December", {"due": "2026-12-15"}, NOW),
    ("remind me to pay on Dec 15, 2027", {"due": "2027-12-15"}, NOW),
    ("提醒我明年3月1号还款", {"due": "2027-03-01"}, NOW),
    ("提醒我明年1月1号还款", {"due": "2027-01-01"}, NOW),
    ("提醒我1月5日还款", {"due": "2027-01-05"}, NOW),  # said in late November: next January
    ("提醒我十二月十五号还款", {"due": "2026-12-15"}, NOW),
    ("提醒我12月15还款", {"due": "2026-12-15"}, NOW),
    ("提醒我2月29日还款", {"due": "2028-02-29"}, NOW),  # waits for a leap year
    ("remind me to pay on Dec 15", {"due": "2026-12-15"}, DEC15),  # today counts
    ("提醒我15号还款", {"due": "2026-12-15"}, NOW),  # the 15th has passed this month
    ("提醒我25号还款", {"due": "2026-11-25"}, NOW),
    ("remind me to pay on the 28th", {"due": "2026-11-28"}, NOW),
    # relative dates
    ("提醒我今天还款", {"due": "2026-11-22"}, NOW),
    ("提醒我明天还款", {"due": "2026-11-23"}, NOW),
    ("提醒我后天还款", {"due": "2026-11-24"}, NOW),
    ("提醒我大后天还款", {"due": "2026-11-25"}, NOW),
    ("提醒我3天后还款", {"due": "2026-11-25"}, NOW),
    ("提醒我三天以后还款", {"due": "2026-11-25"}, NOW),
    ("提醒我两周后还款", {"due": "2026-12-06"}, NOW),
    ("提醒我一个月后还款", {"due": "2026-12-22"}, NOW),
    ("提醒我月底还款", {"due": "2026-11-30"}, NOW),
    ("提醒我这个月底还款", {"due": "2026-11-30"}, NOW),
    ("提醒我下个月底还款", {"due": "2026-12-31"}, NOW),
    ("提醒我月初还款", {"due": "2026-12-01"}, NOW),
    ("提醒我下个月5号还款", {"due": "2026-12-05"}, NOW),
    ("提醒我下月20日还款", {"due": "2026-12-20"}, NOW),
    ("remind me to pay in 3 days", {"due": "2026-11-25"}, NOW),
    ("remind me to pay in two weeks", {"due": "2026-12-06"}, NOW),
    ("remind me to pay in a month", {"due": "2026-12-22"}, NOW),
    ("remind me to pay tomorrow", {"due": "2026-11-23"}, NOW),
    ("remind me to pay the day after tomorrow", {"due": "2026-11-24"}, NOW),
    ("remind me to pay at the end of the month", {"due": "2026-11-30"}, NOW),
    ("remind me to pay at the end of next month", {"due": "2026-12-31"}, NOW),
    # weekdays: 周五/星期五/礼拜五 = the next upcoming one (today counts), 下周五 = next week's
    ("提醒我周五还款", {"due": "2026-11-27"}, NOW),
    ("提醒我星期五还款", {"due": "2026-11-27"}, NOW),
    ("提醒我礼拜五还款", {"due": "2026-11-27"}, NOW),
    (
        "提醒我下周五还款",
        {"due": "2026-11-27"},
        NOW,
    ),  # from Sunday, next week's Friday is the next one
    ("提醒我周五还款", {"due": "2026-11-27"}, WED),
    ("提醒我下周五还款", {"due": "2026-12-04"}, WED),
    ("提醒我周五还款", {"due": "2026-12-04"}, FRI),  # said on a Friday: next Friday (今天 is today)
    ("提醒我下下周一还款", {"due": "2026-11-30"}, NOW),
    ("提醒我礼拜天还款", {"due": "2026-11-29"}, NOW),
    ("remind me to pay next Friday", {"due": "2026-11-27"}, NOW),
    ("remind me to pay next Friday", {"due": "2026-12-04"}, FRI),
    ("remind me to pay on Friday", {"due": "2026-11-27"}, WED),
    # times
    ("提醒我明天晚上8点还款", {"due": "2026-11-23", "time": "20:00"}, NOW),
    ("提醒我明天上午9点半还款", {"due": "2026-11-23", "time": "09:30"}, NOW),
    ("提醒我12月15号20:00还款", {"due": "2026-12-15", "time": "20:00"}, NOW),
    ("remind me to pay on Dec 15 at 9am", {"due": "2026-12-15", "time": "09:00"}, NOW),
    ("remind me to pay on Dec 15 at 8:30pm", {"due": "2026-12-15", "time": "20:30"}, NOW),
    ("提醒我后天下午3点15分还款", {"due": "2026-11-24", "time": "15:15"}, NOW),
    ("提醒我后天中午1点还款", {"due": "2026-11-24", "time": "13:00"}, NOW),
    ("提醒我后天下午两点还款", {"due": "2026-11-24", "time": "14:00"}, NOW),
    ("提醒我周五晚上九点半还款", {"due": "2026-11-27", "time": "21:30"}, NOW),
    ("提醒我明早8点还钱", {"due": "2026-11-23", "time": "08:00"}, NOW),
    ("提醒我今晚8点还钱", {"due": "2026-11-22", "time": "20:00"}, NOW),
    (
        "提醒我晚上8点还钱",
        {"due": "2026-11-22", "time": "20:00"},
        NOW,
    ),  # a time alone: its next occurrence
    ("提醒我早上8点还钱", {"due": "2026-11-23", "time": "08:00"}, NOW),  # 8:00 today has passed
    ("remind me at noon tomorrow to pay", {"due": "2026-11-23", "time": "12:00"}, NOW),
    # amounts
    ("提醒我12月15号还2,000", {"amount": 2000}, NOW),
    ("提醒我12月15号还2000元", {"amount": 2000}, NOW),
    ("提醒我12月15号还2000块", {"amount": 2000}, NOW),
    ("提醒我12月15号还2000块钱", {"amount": 2000}, NOW),
    ("提醒我12月15号还2000rmb", {"amount": 2000}, NOW),
    ("提醒我12月15号还¥2000", {"amount": 2000}, NOW),
    ("提醒我12月15号还￥2000", {"amount": 2000}, NOW),
    ("提醒我12月15号还两千", {"amount": 2000}, NOW),
    ("提醒我12月15号还两千五", {"amount": 2500}, NOW),
    ("提醒我12月15号还一万二", {"amount": 12000}, NOW),
    ("提醒我12月15号还3千", {"amount": 3000}, NOW),
    ("提醒我12月15号还3k", {"amount": 3000}, NOW),
    ("提醒我12月15号还3.5万", {"amount": 35000}, NOW),
    ("提醒我12月15号还1万2", {"amount": 12000}, NOW),
    ("提醒我12月15号还2500.50元", {"amount": 2500.5}, NOW),
    ("remind me to pay RMB 2000 on Dec 15", {"amount": 2000}, NOW),
    ("remind me to pay 2,000 yuan on Dec 15", {"amount": 2000}, NOW),
    ("remind me on Dec 15 to pay 1500", {"amount": 1500}, NOW),
    (
        "提醒我明天给95588打电话",
        {"due": "2026-11-23", "amount": None},
        NOW,
    ),  # a phone number is not money
    ("提醒我12月15号还第2期", {"due": "2026-12-15", "amount": None}, NOW),
    # recurrence
    ("每月15号还1000 共12期", {"due": "2026-12-15", "amount": 1000, "recurring": rec(15, 12)}, NOW),
    (
        "我跟银行约好了每月10号还2000，一共24期",
        {"due": "2026-12-10", "amount": 2000, "recurring": rec(10, 24)},
        NOW,
    ),
    (
        "每月25号还两千五，分6期",
        {"due": "2026-11-25", "amount": 2500, "recurring": rec(25, 6)},
        NOW,
    ),
    ("每个月月底还3000，共3期", {"due": "2026-11-30", "recurring": rec(31, 3)}, NOW),
    ("每月5号还两千", {"due": "2026-12-05", "recurring": rec(5, None)}, NOW),
    (
        "提醒我从12月20号开始每月还1000，共10期",
        {"due": "2026-12-20", "recurring": rec(20, 10)},
        NOW,
    ),
    (
        "remind me every month on the 10th for 12 months to pay 3k",
        {"due": "2026-12-10", "amount": 3000, "recurring": rec(10, 12)},
        NOW,
    ),
    (
        "remind me monthly on the 5th, 6 payments of 800",
        {"due": "2026-12-05", "recurring": rec(5, 6)},
        NOW,
    ),
    (
        "remind me to pay 500 on the 1st of every month for 3 months",
        {"due": "2026-12-01", "recurring": rec(1, 3)},
        NOW,
    ),
    # traditional Chinese and other phrasings
    ("我跟銀行約好了下週五還兩千五", {"due": "2026-11-27", "amount": 2500}, NOW),
    ("記得提醒我12月15號還款", {"due": "2026-12-15"}, NOW),
    ("每個月15號還1000，共12期", {"due": "2026-12-15", "recurring": rec(15, 12)}, NOW),
    ("到时候叫我，月底还1万2", {"due": "2026-11-30", "amount": 12000}, NOW),
    ("下个月5号记得提醒我还花呗3000", {"due": "2026-12-05", "amount": 3000}, NOW),
    ("帮我设个提醒，12月15号还款", {"due": "2026-12-15"}, NOW),
    ("别让我忘了12月15号还2000", {"due": "2026-12-15", "amount": 2000}, NOW),
    ("I agreed with CMB to pay 2,000 on Dec 15", {"due": "2026-12-15", "amount": 2000}, NOW),
    ("set a reminder for next Friday 9am", {"due": "2026-11-27", "time": "09:00"}, NOW),
    (
        "能不能提醒我12月15号还款？",
        {"due": "2026-12-15"},
        NOW,
    ),  # a question addressed to the bot still asks
    # not reminder requests, though they mention dates or money
    ("我逾期了3个月怎么办", None, NOW),
    ("12月以后催收会不会更凶", None, NOW),
    ("催收说明天上门", None, NOW),
    ("银行发短信提醒我明天还款", None, NOW),
    ("催收说好了明天还不上就起诉", None, NOW),
    ("我明天要还2000怎么办", None, NOW),
    ("不用提醒我了", None, NOW),
    ("我跟银行约好了12月15号还2000，但是还不上怎么办？", None, NOW),
    ("每月15号要还1000，我还不起了怎么办", None, NOW),
    ("催收威胁我下周五之前还5000", None, NOW),
    ("记得上次催收打电话是12月15号", None, NOW),
    ("我12月15号还了2000", None, NOW),
    ("他们每个月都打电话来催", None, NOW),
    ("my bank reminded me to pay 2000 tomorrow", None, NOW),
    ("how do I agree a payment plan for 12 months?", None, NOW),
    ("the collector said they will come tomorrow", None, NOW),
    ("I promised myself to stop borrowing", None, NOW),
]


@pytest.mark.parametrize(("text", "expected", "now"), CASES, ids=[c[0] for c in CASES])
def test_reminder_request_table(text: str, expected: dict | None, now: datetime) -> None:
    parsed = parse_request(text, now)
    if expected is None:
        assert parsed is None
        return
    assert parsed is not None
    found = proposal(parsed)
    assert found is not None
    got = found.as_json()
    assert {k: got[k] for k in expected} == expected


def test_table_is_large_and_has_negatives() -> None:
    assert len(CASES) >= 80
    assert sum(1 for _, expected, _ in CASES if expected is None) >= 15


def test_request_without_a_date_is_still_a_request() -> None:
    parsed = parse_request("提醒我还款", NOW)
    assert parsed is not None and parsed.due is None and proposal(parsed) is None
    assert parse_request("remind me to pay 2000", NOW).amount == Decimal(2000)


def test_plain_statement_needs_an_agreement_and_a_date() -> None:
    assert parse_request("我跟招行约好了还款", NOW) is None  # no date: not a reminder
    assert parse_request("我跟招行约好了明天还款", NOW) is not None


def test_creditor_note_is_short_and_masked() -> None:
    assert parse_request("我跟招行约好了12月15号还2000", NOW).note == "招行"
    assert parse_request("I agreed with China Merchants Bank to pay 2000 on Dec 15", NOW).note == (
        "China Merchants Bank"
    )
    assert parse_request("提醒我12月15号还2000", NOW).note is None


def test_precheck_is_cheap_and_catches_traditional() -> None:
    assert not looks_like_request("催收要上门来我家怎么办")
    assert not looks_like_request("12月15号还2000")  # no trigger word: the full parser never runs
    assert looks_like_request("記得提醒我")
    assert looks_like_request("我跟銀行約好了")


# -- the reusable parsers on their own -------------------------------------------------------------
AMOUNTS = [
    ("2000", 2000, False),
    ("2,000", 2000, False),
    ("2000元", 2000, True),
    ("2000块", 2000, True),
    ("2000rmb", 2000, True),
    ("¥2000", 2000, True),
    ("两千", 2000, True),
    ("两千五", 2500, True),
    ("一万二", 12000, True),
    ("3千", 3000, True),
    ("3k", 3000, True),
    ("3.5万", 35000, True),
    ("3万5000", 35000, True),
    ("欠了五百块", 500, True),
    ("1,234.5元", Decimal("1234.5"), True),
]


@pytest.mark.parametrize(("text", "value", "explicit"), AMOUNTS)
def test_amounts(text: str, value: int | Decimal, explicit: bool) -> None:
    found = parse_amount(text)
    assert found is not None and found.value == value and found.explicit is explicit


@pytest.mark.parametrize(
    "text",
    [
        "12月15号",
        "逾期3个月",
        "共12期",
        "第2期",
        "晚上8点",
        "20:00",
        "9am",
        "in 3 days",
        "Dec 15",
        "15 December",
        "一下",
        "十二月",
        "13812345678",
        "6222020200112233445",
    ],
)
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


TIMES = [
    ("晚上8点", (20, 0)),
    ("上午9点半", (9, 30)),
    ("20:00", (20, 0)),
    ("9am", (9, 0)),
    ("9 p.m.", (21, 0)),
    ("12am", (0, 0)),
    ("12pm", (12, 0)),
    ("10点一刻", (10, 15)),
    ("凌晨1点", (1, 0)),
    ("7 o'clock", (7, 0)),
    ("下午三点", (15, 0)),
    ("晚上十点", (22, 0)),
]


@pytest.mark.parametrize(("text", "hm"), TIMES)
def test_times(text: str, hm: tuple[int, int]) -> None:
    found = find_time(text)
    assert found is not None and (found.hour, found.minute) == hm


@pytest.mark.parametrize("text", ["多还一点", "有点难", "25:00", "差一点", "12月15号"])
def test_not_times(text: str) -> None:
    assert find_time(text) is None


def test_most_specific_date_wins() -> None:
    found = find_date("今天我跟银行约好了12月15号还", NOW)
    assert found is not None and found.value.isoformat() == "2026-12-15"


def test_invalid_dates_are_not_dates() -> None:
    assert find_date("2月30日", NOW) is None
    assert find_date("13/13", NOW) is None
    assert find_date("2026-02-30", NOW) is None


def test_relative_dates_follow_now_across_a_year_end() -> None:
    late = NOW.replace(month=12, day=30)
    assert find_date("后天", late).value.isoformat() == "2027-01-01"
    assert find_date("下个月5号", late).value.isoformat() == "2027-01-05"
    assert find_date("12月15日", late).value.isoformat() == "2027-12-15"
    assert find_date("1月5日", late).value == (late + timedelta(days=6)).date()


# -- the plan's length, read by one grammar -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "day", "count"),
    [
        ("每月15号还800 还半年", 15, 6),
        ("每月5号还招行1500 还一年半", 5, 18),
        ("每月25号还车贷3000，还有两年", 25, 24),
        ("招行分期 每月8号 1200 共十二个月", 8, 12),
        ("每月10号还1000 还12回", 10, 12),
        ("每月18号还网贷1000，还剩十期", 18, 10),
        ("Pay Citi 500 every month on the 15th for a year", 15, 12),
        ("I pay HSBC 300 on the 3rd of each month for six months", 3, 6),
        ("I have to pay 1500 to CMB monthly on the 9th for twelve months", 9, 12),
        ("every month on the 25th I pay the car loan 3000, 2 years left", 25, 24),
        ("I pay Citi 700 every month on the 12th, twenty-four payments", 12, 24),
        ("每月底还花呗500", 31, None),
        ("paying 800 at the end of every month to Jiebei", 31, None),
    ],
)
def test_recurrence_grammar(text: str, day: int, count: int | None) -> None:
    rec = extract(text, NOW).recurring
    assert rec is not None and (rec.day, rec.count) == (day, count)


def test_a_count_of_monthly_payments_is_not_the_amount() -> None:
    assert extract("I agreed to 12 monthly payments of 250 to Chase on the 5th", NOW).amount == 250


# -- plans: a count of instalments or months makes a plan monthly, wherever it is said ----------
@pytest.mark.parametrize(
    ("text", "due", "day", "count"),
    [
        (
            "12月20号开始还工行，一个月还2000，分十期",
            "2026-12-20",
            20,
            10,
        ),  # no 每月: 分十期 says it
        ("paying Citi 500 a month on the 12th for 10 months", "2026-12-12", 12, 10),
        ("每月還玉山信用卡3000，每月6號，還廿四期", "2026-12-06", 6, 24),  # 廿四 = 24
        ("每月10号 还款1200 期数：12", "2026-12-10", 10, 12),
        ("from January, 1,500 to HSBC on the 5th of every month for 2 years", "2027-01-05", 5, 24),
    ],
)
def test_plans_in_many_forms(text: str, due: str, day: int, count: int) -> None:
    now = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    parsed = extract(text, now)
    assert parsed.due is not None and parsed.due.isoformat() == due
    assert parsed.recurring is not None
    assert (parsed.recurring.day, parsed.recurring.count) == (day, count)


def test_a_month_named_before_a_payment_is_not_a_plan() -> None:
    now = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert extract("上个月还了500 这个月20号再还800给借呗", now).recurring is None
    assert extract("周六还美团月付1000", now).recurring is None


def test_a_number_before_the_count_of_instalments_is_still_money() -> None:
    assert [a.value for a in find_amounts("还款1200 期数：12")][:1] == [Decimal(1200)]
    assert [a.value for a in find_amounts("Ping An: 800 every month")] == [Decimal(800)]


def test_weekday_abbreviations_that_are_no_plain_words_are_days() -> None:
    now = datetime(2026, 11, 29, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert find_date("fri reminder - cancel pls", now) is not None
    assert find_date("tues one", now) is not None
    assert find_date("the sun is out", now) is None and find_date("c'mon", now) is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("remind me every month on the 9th to pay 700 to citi, 14 times", 14),
        ("每月9号提醒我还花旗700 还14次", 14),
        ("set a reminder: monthly 9th, 700 yuan, citi loan, eleven times", 11),
    ],
)
def test_a_monthly_plans_times_are_its_count(text: str, count: int) -> None:
    parsed = parse_request(text, NOW)
    assert parsed is not None
    found = proposal(parsed)
    assert found is not None and found.as_json()["recurring"] == rec(9, count)


def test_times_a_month_are_not_a_count() -> None:
    parsed = parse_request(
        "remind me every month on the 9th to pay citi 700, they call 3 times a day", NOW
    )
    assert parsed is not None
    found = proposal(parsed)
    assert found is not None and found.as_json()["recurring"] == rec(9, None)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("今晚还花呗 提醒我八点", 20),
        ("今晚要还借呗 9:30提醒我", 21),
        ("tonight i pay jd, remind me 7点", 19),
        ("今晚还花呗 明早八点提醒我", 8),  # the morning is named: not tonight's hour
        ("提醒我八点还花呗", 8),
    ],
)
def test_a_bare_hour_in_a_message_about_tonight_is_in_the_evening(text: str, hour: int) -> None:
    found = find_time(text)
    assert found is not None and found.hour == hour
