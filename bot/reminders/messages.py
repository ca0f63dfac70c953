"""What the reminder feature says, in Chinese and English, and how it writes dates and money."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from bot.i18n import lookup
from bot.kb.model import Lang

_WEEKDAYS_ZH = "一二三四五六日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TEXT: dict[str, dict[str, str]] = {
    "confirm_one": {
        "zh": "{date}还款{amount}{note} — {leads}，对吗？",
        "en": "Payment{amount} due {date}{note} — I'll remind you {leads}. Is that right?",
    },
    "confirm_plan": {
        "zh": "每月{day}日还款{amount}{note}，{count}，第一期{date} — 每期{leads}，对吗？",
        "en": "Monthly payment{amount} on day {day}{note}, {count}, first one {date} — "
        "I'll remind you {leads} each time. Is that right?",
    },
    "offer_one": {
        "zh": "📅 {date}要还款{amount}{note}。要我在{date}提醒你吗？（{leads}）",
        "en": "📅 A payment{amount} due {date}{note}. Shall I remind you on {date}? ({leads})",
    },
    "offer_plan": {
        "zh": "📅 每月{day}日还款{amount}{note}，{count}，第一期{date}。要我每期提醒你吗？（{leads}）",
        "en": "📅 Monthly payment{amount} on day {day}{note}, {count}, first one {date}. "
        "Shall I remind you each time? ({leads})",
    },
    "offer_yes": {"zh": "✅ 好，提醒我", "en": "✅ Yes, remind me"},
    "offer_no": {"zh": "✖ 不用", "en": "✖ No"},
    "manage_none": {
        "zh": "你现在没有待办的还款提醒。可以直接说“12月15号提醒我还2000”。",
        "en": 'You have no open payment reminders. Just say "remind me to pay 2000 on Dec 15".',
    },
    "manage_nomatch": {
        "zh": "没有找到对得上的提醒。你现在的提醒：",
        "en": "None of your reminders fits that. Your reminders:",
    },
    "manage_which": {
        "zh": "你说的是哪一个？",
        "en": "Which one do you mean?",
    },
    "manage_need_new": {
        "zh": "要改成哪天或多少钱？比如“改到12月20号”或“改成1000”。",
        "en": 'Change it to what date or amount? E.g. "move it to Dec 20" or "make it 1000".',
    },
    "changed": {
        "zh": "已改好：{what}。",
        "en": "Changed: {what}.",
    },
    "cancelled_all": {"zh": "已取消全部{n}条提醒。", "en": "All {n} reminders are cancelled."},
    "paid_all": {
        "zh": "已记录：{n}笔都已还款。分期的下一期会照常提醒。记得保留还款凭证。",
        "en": "Noted: {n} payments are paid. Instalment plans keep reminding you of the next one. Keep the receipts.",
    },
    "op_cancel": {"zh": "取消", "en": "Cancel"},
    "op_paid": {"zh": "已还", "en": "Paid"},
    "op_snooze": {"zh": "稍后提醒", "en": "Snooze"},
    "op_change": {"zh": "修改", "en": "Change"},
    "count": {"zh": "共{n}期", "en": "{n} payments"},
    "count_open": {"zh": "没说期数，先安排{n}期", "en": "no count given, so {n} payments for now"},
    "yes": {"zh": "✅ 确认", "en": "✅ Yes"},
    "no": {"zh": "✖ 不用了", "en": "✖ No"},
    "saved": {
        "zh": "好的，提醒已设好：{what}。输入 /reminders 可以查看或取消。",
        "en": "Done, the reminder is set: {what}. Type /reminders to see or cancel it.",
    },
    "saved_plan": {
        "zh": "好的，{n}期提醒已设好，第一期{what}。输入 /reminders 可以查看或取消。",
        "en": "Done, {n} reminders are set, the first {what}. "
        "Type /reminders to see or cancel them.",
    },
    "declined": {"zh": "好的，没有设提醒。", "en": "OK, no reminder was set."},
    "expired": {
        "zh": "这个确认已经过期了，请把还款日期再发一次。",
        "en": "That confirmation has expired; please send the due date again.",
    },
    "need_date": {
        "zh": "好的，哪天还款？比如“12月15号还2000”或“每月15号还1000 共12期”。",
        "en": 'Sure. When is the payment due? For example "Dec 15, 2000 yuan" or '
        '"every month on the 15th, 1000, for 12 months".',
    },
    "past": {
        "zh": "这个时间已经过去了，请告诉我以后的日期或时间，比如“明天晚上8点”。",
        "en": "That time has already passed; please give me a later date or time, "
        'e.g. "tomorrow 8pm".',
    },
    "far": {
        "zh": "这个日期太远了，我只能设10年以内的提醒。请再说一次还款日期，比如“12月15号”。",
        "en": "That date is too far ahead; I can only set reminders within 10 years. "
        'Please send the due date again, e.g. "Dec 15".',
    },
    "list_head": {"zh": "你的还款提醒：", "en": "Your payment reminders:"},
    "list_empty": {
        "zh": "你还没有设置还款提醒。可以直接说“12月15号提醒我还2000”。",
        "en": 'You have no payment reminders yet. Just say "remind me to pay 2000 on Dec 15".',
    },
    "list_more": {"zh": "（还有{n}条没列出）", "en": "({n} more not shown)"},
    "cancel_one": {"zh": "✖ 取消 {date}", "en": "✖ Cancel {date}"},
    "cancel_plan": {"zh": "✖ 取消余下{n}期", "en": "✖ Cancel the remaining {n}"},
    "instalment": {"zh": "第{seq}/{total}期", "en": "payment {seq} of {total}"},
    "tz_choose": {
        "zh": "现在的时区是 {tz}。请选择你所在的时区（也可以输入 /timezone Europe/London 这样的名字）：",
        "en": "Your time zone is {tz}. Pick yours (or type a name, e.g. /timezone Europe/London):",
    },
    "tz_set": {
        "zh": "好的，时区已设为 {tz}。之后设的提醒按这个时区；已经设好的提醒时间不变。",
        "en": "OK, your time zone is now {tz}. New reminders use it; "
        "existing ones keep their times.",
    },
    "tz_unknown": {
        "zh": "我不认识“{tz}”这个时区。请从按钮里选，或者输入像 Asia/Shanghai 这样的名字。",
        "en": 'I don\'t know the time zone "{tz}". '
        "Pick one of the buttons or type a name like Asia/Shanghai.",
    },
    "due_head": {"zh": "⏰ 还款提醒", "en": "⏰ Payment reminder"},
    # On a resend after a send whose outcome was unknown (a timeout, a crash mid-send).
    "repeat_marker": {
        "zh": "（如已收到，请忽略这条重复提醒）",
        "en": "(If you already got this reminder, please ignore this repeat.)",
    },
    "due_line": {
        "zh": "{when} 还款{amount}{note}{part}",
        "en": "{when}: payment{amount}{note}{part}",
    },
    "in_days": {"zh": "还有{n}天。", "en": "{n} days to go."},
    "tomorrow": {"zh": "明天就是还款日。", "en": "It is due tomorrow."},
    "today": {"zh": "今天是还款日。", "en": "It is due today."},
    "again": {"zh": "按你的要求，再提醒你一次。", "en": "Reminding you again, as you asked."},
    "due_tip": {
        "zh": "还款后请保留转账凭证，并点“已还款”。如果还不上，尽早主动联系对方说明情况、协商方案。",
        "en": 'After paying, keep the transfer receipt and tap "Paid". '
        "If you can't pay, contact them "
        "before the due date to explain and agree on a plan.",
    },
    "paid_button": {"zh": "✅ 已还款", "en": "✅ Paid"},
    "snooze_button": {"zh": "⏰ 明天再提醒", "en": "⏰ Snooze"},
    "cancel_button": {"zh": "✖ 取消", "en": "✖ Cancel"},
    "paid": {
        "zh": "已记录：{date}这笔已还款。记得保留还款凭证。",
        "en": "Noted: the payment due {date} is paid. Keep the receipt.",
    },
    "next": {
        "zh": "下一期：{date}{amount}，到时会照常提醒你。",
        "en": "Next payment: {date}{amount}; I'll remind you as usual.",
    },
    "snoozed": {"zh": "好的，{when}再提醒你。", "en": "OK, I'll remind you again {when}."},
    "cancelled": {"zh": "已取消{date}的提醒。", "en": "The reminder for {date} is cancelled."},
    "cancelled_plan": {
        "zh": "已取消余下的{n}期提醒。",
        "en": "The remaining {n} reminders are cancelled.",
    },
    "closed": {
        "zh": "这个提醒已经处理过了（已还款或已取消）。",
        "en": "That reminder is already closed (paid or cancelled).",
    },
    "not_found": {
        "zh": "找不到这个提醒，可能已经删除了。输入 /reminders 查看现有的提醒。",
        "en": "I can't find that reminder; it may have been deleted. Type /reminders to see yours.",
    },
    "undelivered": {
        "zh": "⚠️ 这些还款提醒可能没有送到你这里：{what}。请留意还款时间；已经还了就不用管这条。",
        "en": "⚠️ These payment reminders may not have reached you: {what}. "
        "Please keep the due date in mind; if it is paid, ignore this note.",
    },
    "missed": {
        "zh": "⚠️ 抱歉，我有一段时间没能运行，没有按时提醒你：{what}。如果还没还，请尽快联系对方说明情况；已经还了就不用管这条。",
        "en": "⚠️ Sorry, I was offline for a while and missed reminding you: {what}. "
        "If it isn't paid yet, "
        "contact them soon to explain; if it is, ignore this note.",
    },
}


def tr(key: str, lang: Lang, **fmt: object) -> str:
    return lookup(TEXT, key, lang, **fmt)


def fmt_date(day: date, lang: Lang, today: date | None = None) -> str:
    """12月15日（周二） / Tue 15 Dec; the year is shown when it is not this year."""
    show_year = today is not None and day.year != today.year
    if lang == "zh":
        year = f"{day.year}年" if show_year else ""
        return f"{year}{day.month}月{day.day}日（周{_WEEKDAYS_ZH[day.weekday()]}）"
    year = f" {day.year}" if show_year else ""
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]}{year}"


def fmt_time(at: time) -> str:
    return f"{at.hour}:{at.minute:02d}"


def fmt_amount(amount: Decimal | None, lang: Lang) -> str:
    """' ¥2,000' (with a leading space) or '' when there is no amount."""
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    return f" ¥{int(amount):,}" if whole else f" ¥{amount:,.2f}"


def fmt_note(note: str | None, lang: Lang) -> str:
    if not note:
        return ""
    return f"（{note}）" if lang == "zh" else f" ({note})"


def fmt_leads(leads: Sequence[timedelta], at: time, lang: Lang) -> str:
    """提前3天、1天和当天9:00提醒你 / 3 days and 1 day before, and on the day at 9:00."""
    before = [lead for lead in leads if lead > timedelta(0)]
    on_day = any(lead == timedelta(0) for lead in leads)
    clock = fmt_time(at)
    if lang == "zh":
        parts = [
            f"{lead.days}天"
            if lead.days and not lead.seconds
            else f"{lead.total_seconds() / 3600:g}小时"
            for lead in before
        ]
        if not parts:
            return f"当天{clock}提醒你"
        head = "提前" + "、".join(parts)
        return f"{head}和当天{clock}提醒你" if on_day else f"{head}（{clock}）提醒你"
    words = [_en_lead(lead) for lead in before]
    if not words:
        return f"on the day at {clock}"
    joined = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return (
        f"{joined} before, and on the day at {clock}" if on_day else f"{joined} before, at {clock}"
    )


def _en_lead(lead: timedelta) -> str:
    if lead.days and not lead.seconds:
        return f"{lead.days} day" + ("s" if lead.days != 1 else "")
    hours = lead.total_seconds() / 3600
    return f"{hours:g} hour" + ("s" if hours != 1 else "")


def fmt_when(day: date, at: time, lang: Lang, today: date | None = None) -> str:
    """12月15日（周二）9:00 / Tue 15 Dec, 9:00."""
    sep = "" if lang == "zh" else ", "
    return f"{fmt_date(day, lang, today)}{sep}{fmt_time(at)}"


def fmt_moment(moment: datetime, lang: Lang, today: date | None = None) -> str:
    return fmt_when(moment.date(), moment.time(), lang, today)
