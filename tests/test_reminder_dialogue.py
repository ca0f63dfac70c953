"""The reminder dialogue through the engine: propose, confirm, correct, leave, list, buttons."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.engine import Engine
from bot.reminders.skill import RemindersSkill
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW


@pytest.fixture
def skill(store: Store) -> RemindersSkill:
    return RemindersSkill(store)


@pytest.fixture
def bot(mini_kb, store: Store, skill: RemindersSkill) -> Engine:
    return Engine(mini_kb, store, [skill], clock=lambda: NOW, outboxes=[skill])


def stored(skill: RemindersSkill, chat: str) -> list:
    return skill.reminders.all(chat)


def test_proposal_shows_what_was_understood_and_waits(bot: Engine, skill: RemindersSkill) -> None:
    reply = bot.handle(1, "提醒我12月15号还招行2000")
    assert reply.kind == "flow"
    assert reply.reminder == {
        "due": "2026-12-15",
        "time": "09:00",
        "amount": 2000,
        "recurring": None,
    }
    text = render_text(reply)
    assert "12月15日（周二）还款 ¥2,000" in text and "提前3天、1天和当天9:00提醒你，对吗？" in text
    assert [b.payload for b in reply.all_buttons()] == ["rem:ok", "rem:no"]
    assert "不是法律意见" not in text  # a step of the exchange, not guidance
    assert stored(skill, "1") == []  # nothing is stored before the person confirms


def test_a_stated_payment_gets_an_offer_not_a_reminder(bot: Engine, skill: RemindersSkill) -> None:
    reply = bot.handle(1, "我跟招行约好了12月15号还2000")
    assert reply.reminder == {
        "due": "2026-12-15",
        "time": "09:00",
        "amount": 2000,
        "recurring": None,
        "offer": True,
    }
    text = render_text(reply)
    assert "要我在12月15日（周二）提醒你吗？" in text
    assert [b.payload for b in reply.all_buttons()] == ["rem:ok", "rem:no"]
    assert stored(skill, "1") == []  # an offer, never a silent reminder


@pytest.mark.parametrize("answer", ["好", "确认", "对", "是的", "ok", "Yes", "好的。", "对吧"])
def test_confirm_by_word_stores_it(bot: Engine, skill: RemindersSkill, answer: str) -> None:
    bot.handle(2, "我跟招行约好了12月15号还2000")
    reply = bot.handle(2, answer)
    rows = stored(skill, "2")
    assert len(rows) == 1
    assert rows[0].amount == 2000 and rows[0].note == "招行" and rows[0].status == "scheduled"
    assert rows[0].local_due.isoformat() == "2026-12-15T09:00:00+08:00"
    assert reply.reminder["id"] == rows[0].id
    assert bot.contexts.get("2", NOW).flow is None


def test_confirm_by_button_and_by_number(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(3, "提醒我12月15号还2000")
    bot.press(3, "rem:ok")
    bot.handle(4, "提醒我12月15号还2000")
    bot.handle(4, "1")  # the terminal's way to press the first button
    assert len(stored(skill, "3")) == 1 and len(stored(skill, "4")) == 1


def test_refuse_stores_nothing(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(5, "提醒我12月15号还2000")
    assert "没有设提醒" in render_text(bot.handle(5, "不用了"))
    bot.handle(5, "提醒我12月16号还2000")
    bot.press(5, "rem:no")
    assert stored(skill, "5") == []
    assert "过期" in render_text(bot.press(5, "rem:ok"))  # a stale confirm button does nothing
    assert stored(skill, "5") == []


def test_correction_changes_the_proposal(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(6, "我跟招行约好了12月15号还2000")
    reply = bot.handle(6, "不对，是16号晚上8点")
    assert reply.reminder == {
        "due": "2026-12-16",
        "time": "20:00",
        "amount": 2000,
        "recurring": None,
    }
    bot.handle(6, "对")
    assert stored(skill, "6")[0].local_due.isoformat() == "2026-12-16T20:00:00+08:00"


def test_unrelated_message_leaves_the_flow_and_is_answered(
    bot: Engine, skill: RemindersSkill
) -> None:
    bot.handle(7, "提醒我12月15号还2000")
    reply = bot.handle(7, "催收要上门来我家怎么办")
    assert reply.topic == "home-visit"
    assert bot.contexts.get("7", NOW).flow is None
    bot.handle(7, "好")  # no longer an answer to anything
    assert stored(skill, "7") == []


def test_a_new_topic_with_a_date_in_it_is_not_a_correction(
    bot: Engine, skill: RemindersSkill
) -> None:
    bot.handle(27, "我跟招行约好了12月15号还2000")
    reply = bot.handle(27, "催收说明天上门")
    assert reply.topic == "home-visit" and reply.reminder is None
    assert bot.contexts.get("27", NOW).flow is None
    bot.handle(27, "好")
    assert stored(skill, "27") == []


def test_not_a_request_goes_to_the_knowledge_base(bot: Engine, skill: RemindersSkill) -> None:
    for text in ("催收说明天上门", "12月以后催收会不会更凶", "我逾期了3个月怎么办"):
        reply = bot.handle(8, text)
        assert reply.reminder is None and reply.kind != "flow", text
    assert bot.handle(8, "催收说明天上门").topic == "home-visit"
    assert stored(skill, "8") == []


def test_remind_command_and_missing_date(bot: Engine, skill: RemindersSkill) -> None:
    ask = bot.handle(9, "/remind 还招行2000")
    assert ask.reminder is None and "哪天" in render_text(ask)
    proposal = bot.handle(9, "12月15号")
    assert proposal.reminder == {
        "due": "2026-12-15",
        "time": "09:00",
        "amount": 2000,
        "recurring": None,
    }
    bot.handle(9, "ok")
    assert len(stored(skill, "9")) == 1
    english = bot.handle(10, "/remind Dec 20 8pm 1500")
    assert english.reminder["due"] == "2026-12-20" and english.reminder["time"] == "20:00"
    assert bot.handle(10, "/remind").kind == "flow"


def test_english_proposal(bot: Engine) -> None:
    reply = bot.handle(11, "remind me to pay 2000 on Dec 15")
    assert reply.lang == "en"
    text = render_text(reply)
    assert "Payment ¥2,000 due Tue 15 Dec" in text
    assert "3 days and 1 day before, and on the day at 9:00" in text


def test_past_time_is_refused_and_today_moves_to_the_next_hour(bot: Engine) -> None:
    assert "已经过去" in render_text(bot.handle(12, "提醒我今天早上8点还款"))
    today = bot.handle(13, "提醒我今天还2000")  # 9:00 has passed at 10:00: remind at 11:00
    assert today.reminder["due"] == "2026-11-22" and today.reminder["time"] == "11:00"
    assert "当天11:00" in render_text(today) and "提前" not in render_text(today)


def test_only_future_lead_times_are_promised(bot: Engine) -> None:
    reply = bot.handle(14, "提醒我后天还2000")
    assert "提前1天和当天9:00" in render_text(reply)


def test_instalment_plan(bot: Engine, skill: RemindersSkill) -> None:
    reply = bot.handle(15, "每月15号还1000 共12期")
    assert reply.reminder["recurring"] == {"every": "month", "day": 15, "count": 12}
    assert "每月15日还款 ¥1,000，共12期" in render_text(reply)
    bot.handle(15, "确认")
    rows = stored(skill, "15")
    assert [r.seq for r in rows] == list(range(1, 13))
    assert rows[0].local_due.date().isoformat() == "2026-12-15"
    assert rows[-1].local_due.date().isoformat() == "2027-11-15"
    assert len({r.plan_id for r in rows}) == 1


def test_month_end_plan_clamps_short_months(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(16, "每个月月底还3000，共4期")
    bot.handle(16, "好")
    days = [r.local_due.date().isoformat() for r in stored(skill, "16")]
    assert days == ["2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28"]


def test_traditional_chinese_is_answered_in_traditional(bot: Engine, skill: RemindersSkill) -> None:
    reply = bot.handle(17, "我跟銀行約好了12月15號還兩千")
    assert "還款" in render_text(reply) and "对吗" not in render_text(reply)
    bot.handle(17, "對")
    assert stored(skill, "17")[0].traditional


def test_list_and_cancel_from_the_list(bot: Engine, skill: RemindersSkill) -> None:
    assert "还没有设置" in render_text(bot.handle(18, "/reminders"))
    bot.handle(18, "提醒我12月15号还2000")
    bot.handle(18, "好")
    bot.handle(18, "每月20号还500 共3期")
    bot.handle(18, "好")
    listing = bot.handle(18, "/reminders")
    text = render_text(listing)
    assert "12月15日（周二）9:00 ¥2,000" in text and "第1/3期" in text
    payloads = [b.payload for b in listing.all_buttons()]
    assert len(payloads) == 2 and any(p.startswith("rem:xp:") for p in payloads)
    one = next(p for p in payloads if p.startswith("rem:x:"))
    bot.press(18, one)
    plan = next(p for p in payloads if p.startswith("rem:xp:"))
    assert "3期" in render_text(bot.press(18, plan))
    assert {r.status for r in stored(skill, "18")} == {"cancelled"}
    assert "还没有设置" in render_text(bot.handle(18, "/reminders"))


def test_callbacks_from_another_chat_are_refused(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(19, "提醒我12月15号还2000")
    bot.handle(19, "好")
    rid = stored(skill, "19")[0].id
    for action in ("paid", "snz", "x", "xp"):
        reply = bot.press(666, f"rem:{action}:{rid}")
        assert "找不到" in render_text(reply)
    row = stored(skill, "19")[0]
    assert row.status == "scheduled"
    assert all(
        d["status"] == "pending" and d["kind"] == "lead" for d in skill.reminders.deliveries(rid)
    )


def test_paid_on_an_instalment_keeps_the_next_one(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(20, "每月15号还1000 共3期")
    bot.handle(20, "好")
    first, second, _ = stored(skill, "20")
    reply = bot.press(20, f"rem:paid:{first.id}")
    assert "下一期：2027年1月15日（周五） ¥1,000" in render_text(reply)
    statuses = [r.status for r in stored(skill, "20")]
    assert statuses == ["paid", "scheduled", "scheduled"]
    assert {d["status"] for d in skill.reminders.deliveries(first.id)} == {"skipped"}
    assert {d["status"] for d in skill.reminders.deliveries(second.id)} == {"pending"}
    assert "已经处理过" in render_text(bot.press(20, f"rem:paid:{first.id}"))


def test_snooze_adds_one_delivery_tomorrow(bot: Engine, skill: RemindersSkill) -> None:
    bot.handle(21, "提醒我明天晚上8点还2000")
    bot.handle(21, "好")
    rid = stored(skill, "21")[0].id
    reply = bot.press(21, f"rem:snz:{rid}")
    assert "11月23日（周一）20:00" in render_text(reply)
    bot.press(21, f"rem:snz:{rid}")  # pressed twice: still one pending snooze
    snoozes = [
        d
        for d in skill.reminders.deliveries(rid)
        if d["kind"] == "snooze" and d["status"] == "pending"
    ]
    assert len(snoozes) == 1 and snoozes[0]["send_utc"] == "2026-11-23T12:00:00Z"


def test_timezone_choice_changes_new_reminders(
    bot: Engine, skill: RemindersSkill, store: Store
) -> None:
    menu = bot.handle(22, "/timezone")
    assert "rem:tz:Europe/London" in [b.payload for b in menu.all_buttons()]
    bot.press(22, "rem:tz:Europe/London")
    assert store.get_setting("22", "tz") == "Europe/London"
    bot.handle(22, "remind me to pay on Dec 15 at 9am")
    bot.handle(22, "yes")
    row = stored(skill, "22")[0]
    assert row.tz == "Europe/London" and row.due.isoformat() == "2026-12-15T09:00:00+00:00"
    assert "don't know" in render_text(bot.handle(22, "/timezone Mars/Base"))
    assert store.get_setting("22", "tz") == "Europe/London"
    assert "America/New_York" in render_text(bot.handle(22, "/timezone america/new_york"))


def test_missed_reminder_is_mentioned_once_at_next_contact(
    bot: Engine, skill: RemindersSkill
) -> None:
    bot.handle(23, "提醒我明天还2000")
    bot.handle(23, "好")
    skill.recover(NOW + timedelta(days=3))  # the bot was down for three days
    assert stored(skill, "23")[0].status == "missed"
    later = NOW + timedelta(days=3)
    first = render_text(bot.handle(23, "催收要上门来我家怎么办", now=later))
    assert "没有按时提醒你：11月23日（周一） ¥2,000" in first and "不要开门" in first
    assert "没有按时提醒" not in render_text(bot.handle(23, "催收要上门来我家怎么办", now=later))


def test_forget_deletes_reminders(bot: Engine, skill: RemindersSkill, store: Store) -> None:
    bot.handle(24, "提醒我12月15号还2000")
    bot.handle(24, "好")
    bot.handle(25, "提醒我12月15号还2000")
    bot.handle(25, "好")
    bot.press(24, "forget:yes")
    assert stored(skill, "24") == [] and len(stored(skill, "25")) == 1
    assert (
        store.conn.execute(
            "SELECT COUNT(*) FROM reminder_deliveries WHERE chat_id = '24'"
        ).fetchone()[0]
        == 0
    )
    assert (
        store.conn.execute(
            "SELECT COUNT(*) FROM reminder_deliveries WHERE chat_id = '25'"
        ).fetchone()[0]
        == 3
    )


def test_bad_buttons_are_polite(bot: Engine) -> None:
    for payload in (
        "rem:paid:abc",
        "rem:x:",
        "rem:zzz",
        "rem:paid:99999999999999999999",
        "rem:tz:Not/AZone",
    ):
        reply = bot.press(26, payload)
        assert reply.kind != "error" and render_text(reply)
