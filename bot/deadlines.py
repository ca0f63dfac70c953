"""Court deadlines: "今天收到法院传票和起诉状" → the last day to act, as a date.

民事诉讼法 (2023): 15 days to file a defence after receiving the complaint (第128条), 15 days
to appeal a judgment (第171条; not in small claims, 第165条), 15 days to object in writing to a payment order (第227条).

Counting rule (the law's rule for periods in days): the day of receipt is not counted, so
day 1 is the next day and the period ends on receipt + 15 days; a period ending on a
non-working day runs to the next working day. Non-working days are the PRC's official holidays
and weekends, with make-up working days (调休) counted as working, from `chinese-calendar`; for a
year it has no data for, only weekends are known, and the person is told holidays may move it
further. Either way the court's own papers prevail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import chinese_calendar

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.answers import topic_button
from bot.i18n import lookup
from bot.kb.model import Lang
from bot.letters.fields import find_date, format_date
from bot.reply import Button, Reply, ReplyBuilder
from bot.skills import BaseSkill, Turn

NAME = "deadline"
PERIOD_DAYS = 15
REMIND_DAYS_BEFORE = 2
REMIND_AT = time(9, 0)
KINDS = ("defence", "appeal", "payment-order")
# Knowledge-base topics offered as buttons after a deadline, when the base has them.
RELATED_TOPICS = ("sued", "fake-legal-notice", "legal-aid")


@dataclass(frozen=True)
class Deadline:
    kind: str  # one of KINDS
    received: date
    nominal: date  # receipt + 15 days, before rolling past a weekend or holiday
    due: date
    holidays_known: bool = True  # chinese-calendar knew every day counted over

    @property
    def rolled(self) -> bool:
        return self.due != self.nominal

    def as_action(self) -> dict[str, str]:
        return {
            "type": "deadline",
            "kind": self.kind,
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
        }


def is_working_day(day: date) -> bool | None:
    """True/False from the official calendar (holidays and make-up workdays); None for a year
    `chinese-calendar` has no data for."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except (NotImplementedError, ValueError, KeyError):
        return None


def next_working_day(day: date) -> date:
    """`day` itself if it is a working day, else the next one: official holidays and weekends
    are skipped where the calendar knows the year, weekends alone where it does not."""
    for _ in range(60):  # the longest PRC holiday run is 8-9 days; this only bounds the loop
        working = is_working_day(day)
        if working is None:
            working = day.weekday() < 5
        if working:
            return day
        day += timedelta(days=1)
    return day


def next_weekday(day: date) -> date:
    """`day` itself on Monday–Friday, else the following Monday."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def compute(kind: str, received: date, days: int = PERIOD_DAYS) -> Deadline:
    """The deadline for papers received on `received`: the receipt day is not counted."""
    nominal = received + timedelta(days=days)
    due = next_working_day(nominal)
    known = all(
        is_working_day(nominal + timedelta(days=i)) is not None
        for i in range((due - nominal).days + 1)
    )
    return Deadline(kind, received, nominal, due, holidays_known=known)


def reminder_moment(deadline: Deadline, now: datetime) -> datetime | None:
    """When a reminder should fire: 09:00 two days before the deadline, in `now`'s time zone;
    None if that moment has already passed."""
    moment = datetime.combine(
        deadline.due - timedelta(days=REMIND_DAYS_BEFORE), REMIND_AT, tzinfo=now.tzinfo
    )
    return moment if moment > now else None


# -- recognising a message about papers received ----------------------------------------------
_PRECHECK_RE = re.compile(
    r"传票|傳票|起诉状|起訴狀|起诉书|起訴書|应诉通知|應訴通知|判决书|判決書|支付令"
    r"|court papers|summons|statement of claim|lawsuit papers|judg(?:e)?ment|payment order|served",
    re.IGNORECASE,
)
_RECEIVED_RE = re.compile(
    r"收到|送到|送达|送達|寄到|寄来|寄來|拿到|接到|签收|簽收|到了|来了|來了"
    r"|receiv|got|served|arrived|delivered|came|handed",
    re.IGNORECASE,
)
# Whether papers are genuine, or a collector's threat of them, is the knowledge base's question
# (how to check with 12368); so is whether to accept delivery at all.
_DOUBT_RE = re.compile(
    r"真的吗|真的嗎|是真|真假|假的|骗|騙|核实|核實|怎么查|怎麼查|诈骗|詐騙|短信"
    r"|催收说|催收說|对方说|對方說|他们说|他們說|说要|說要|说有|說有|明天|要不要|该不该|該不該|会不会|會不會"
    r"|\breal\b|\bfake\b|scam|genuine|legit|verify|\bsms\b|text message|threat|said|says|going to"
    r"|\bwill\b|should i accept",
    re.IGNORECASE,
)
_KIND_RES = (
    ("payment-order", re.compile(r"支付令|payment order", re.IGNORECASE)),
    ("appeal", re.compile(r"判决书|判決書|一审判决|判决了|判決了|judg(?:e)?ment", re.IGNORECASE)),
    (
        "defence",
        re.compile(
            r"传票|傳票|起诉状|起訴狀|起诉书|起訴書|应诉通知|應訴通知"
            r"|court papers|summons|statement of claim|lawsuit papers|served",
            re.IGNORECASE,
        ),
    ),
)


NEAR = 16  # characters between "received" and the paper it refers to
# Small claims (民事诉讼法 第165条) run on other clocks: no appeal (final at first instance), and
# a defence period only on request, at most 15 days (解释 第275条). Offer no date; the knowledge
# base's small-claims topic explains what applies instead.
_FINAL_RE = re.compile(r"小额|小額|一审终审|一審終審|small[- ]claims?", re.IGNORECASE)


def detect_kind(text: str) -> str | None:
    """Which clock a message about received court papers starts; None if it is not one.
    The receiving must be said of the paper itself ("收到传票", "judgment arrived"), not of
    something else in the same message ("got frozen because of a judgment")."""
    if not _PRECHECK_RE.search(text) or _DOUBT_RE.search(text):
        return None
    received = [m.start() for m in _RECEIVED_RE.finditer(text)]
    for kind, pattern in _KIND_RES:
        for m in pattern.finditer(text):
            if any(abs(r - m.start()) <= NEAR for r in received):
                return None if kind != "payment-order" and _FINAL_RE.search(text) else kind
    return None


# -- the person's words -----------------------------------------------------------------------
MESSAGES: dict[str, dict[str, str]] = {
    "title.defence": {"zh": "提交答辩状的期限：{due}", "en": "Deadline to file a defence: {due}"},
    "title.appeal": {"zh": "上诉期限：{due}", "en": "Deadline to appeal: {due}"},
    "title.payment-order": {
        "zh": "对支付令提出书面异议的期限：{due}",
        "en": "Deadline to object to the payment order: {due}",
    },
    "doc.defence": {"zh": "起诉状（应诉材料）", "en": "the court papers (statement of claim)"},
    "doc.appeal": {"zh": "判决书", "en": "the judgment"},
    "doc.payment-order": {"zh": "支付令", "en": "the payment order"},
    "rule.defence": {
        "zh": "《民事诉讼法》第128条：收到起诉状副本之日起15日内提出答辩状",
        "en": "Civil Procedure Law Art. 128: a defence within 15 days of receiving the complaint",
    },
    "rule.appeal": {
        "zh": "《民事诉讼法》第171条：不服判决的，判决书送达之日起15日内上诉"
        "（第165条：小额诉讼一审终审，不能上诉）",
        "en": "Civil Procedure Law Art. 171: an appeal within 15 days of the judgment being served "
        "(Art. 165: small-claims judgments are final, with no appeal)",
    },
    "rule.payment-order": {
        "zh": "《民事诉讼法》第227条：收到支付令之日起15日内提出书面异议",
        "en": "Civil Procedure Law Art. 227: a written objection within 15 days of "
        "receiving the payment order",
    },
    "count": {
        "zh": "你说{received}收到了{doc}。依据{rule}。收到的当天不算，从第二天算第1天，第15天是{no"
        "minal}。",
        "en": "You received {doc} on {received}. The rule: {rule}. The day of receipt is not count"
        "ed: "
        "day 1 is the next day, and day 15 is {nominal}.",
    },
    "rolled": {
        "zh": "这一天是周末，期限顺延到下一个工作日：{due}。",
        "en": "That is a weekend, so the deadline moves to the next working day: {due}.",
    },
    "rolled_holiday": {
        "zh": "这一天是法定节假日或休息日，期限顺延到节后第一个工作日：{due}。",
        "en": "That falls on an official holiday or rest day, so the deadline moves to the first "
        "working day after it: {due}.",
    },
    "holidays_counted": {
        "zh": "（已按国家公布的法定节假日和调休计算；一切以法院送达的文书上写明的期限为准。"
        "不要拖到最后一天，邮寄的请用能查到寄出日期的方式并保存凭证。）",
        "en": "(Official holidays and make-up working days are counted; the date on the court's own "
        "papers always prevails. Don't leave it to the last day; if you post anything, use a service "
        "that records the sending date and keep the receipt.)",
    },
    "assumed": {
        "zh": "（我按今天收到计算。如果是更早收到的，告诉我日期，例如“12月3日收到的起诉状”。）",
        "en": '(I counted from today. If you got them earlier, tell me the date, e.g. "I got the '
        'summons on 3 December".)',
    },
    "left": {"zh": "从今天算还有 {n} 天。", "en": "That is {n} days from today."},
    "today": {"zh": "今天就是最后一天，请今天就去办。", "en": "Today is the last day: act today."},
    "passed": {
        "zh": "按这个日期计算，期限可能已经过了。请马上打 12368 或联系法院、律师，问清楚现在还能做"
        "什么。",
        "en": "Counted this way the deadline may already have passed. Call 12368 or the court, or "
        "a lawyer, "
        "straight away to ask what you can still do.",
    },
    "caveat": {
        "zh": "如果中间遇到国庆、春节等法定节假日，期限还可能再往后顺延；一切以法院送达的文书上写"
        "明的期限为准。"
        "不要拖到最后一天，邮寄的请用能查到寄出日期的方式并保存凭证。",
        "en": "Official holidays (National Day, Spring Festival, ...) can move it further; the dat"
        "e on the "
        "court's own papers always prevails. Don't leave it to the last day; if you post anything,"
        " use a "
        "service that records the sending date and keep the receipt.",
    },
    "steps": {"zh": "在期限前要做的事", "en": "What to do before then"},
    "remind_offer": {
        "zh": "要我在{when}（截止前两天）提醒你吗？",
        "en": "Shall I remind you on {when} (two days before)?",
    },
    "remind_note": {
        "zh": "建议在日历上设一个提醒：{when}（截止前两天）。",
        "en": "Put a reminder in your calendar for {when} (two days before).",
    },
    "remind_button": {"zh": "⏰ 截止前两天提醒我", "en": "⏰ Remind me two days before"},
}

STEPS: dict[str, dict[str, tuple[str, ...]]] = {
    "defence": {
        "zh": (
            "先核实文书是真的：打 12368 或法院的官方电话，或直接去法院问；不要打文书或短信里留的陌"
            "生号码。",
            "看清传票上的开庭时间和地点，按时出庭。没有正当理由不到庭，法院可以缺席判决。",
            "在期限内向法院提交答辩状：写明你对欠款本金、利息和费用的意见和理由，附上还款记录等证"
            "据。"
            "不交答辩状，案件也会照常审理。",
            "如果认为这个法院不该管这个案子（管辖权异议），也要在答辩期内提出。",
            "法院通常会先调解：可以准备一个你真正能承受的分期方案。",
            "免费法律咨询：打 12348 或找当地法律援助中心，也可以请律师帮你写答辩状。",
        ),
        "en": (
            "First check the papers are real: call 12368 or the court's official number, or go to "
            "the court; "
            "never call a number given in the papers or a text message.",
            "Note the hearing date and place on the summons and attend. If you stay away without g"
            "ood reason, "
            "the court can decide without you.",
            "File a defence with the court before the deadline: say what you accept or dispute abo"
            "ut the "
            "principal, interest and fees, and why, with evidence such as payment records. If you "
            "file none, "
            "the case goes ahead anyway.",
            "If you think this court should not hear the case (jurisdiction), object within the sa"
            "me period.",
            "The court usually tries mediation first: prepare an instalment plan you can really af"
            "ford.",
            "Free legal advice: call 12348 or the local legal-aid centre; a lawyer can also draft "
            "the defence.",
        ),
    },
    "appeal": {
        "zh": (
            "先核实判决书是真的：打 12368 或法院的官方电话。",
            "再看判决书和之前的开庭通知：写明适用“小额诉讼程序”或“一审终审”的，不能上诉；认为有法定"
            "再审事由的，在判决生效后6个月内向作出判决的法院申请再审。",
            "不服一审判决的，在期限内提交上诉状，按判决书上写明的上诉方式提交，写清楚不服哪部分和"
            "理由。",
            "过了期限不上诉，判决就生效了；不履行的，对方可以申请强制执行（冻结、扣划工资和存款等"
            "，但会给你留下生活必需）。",
            "如果接受判决但一次还不上，可以主动和对方协商分期履行。有能力履行而拒不履行、隐藏财产"
            "是违法的，甚至可能构成犯罪。",
            "免费法律咨询：打 12348 或找当地法律援助中心。",
        ),
        "en": (
            "First check the judgment is real: call 12368 or the court's official number.",
            "Then check the judgment and the earlier hearing notice: if they say small-claims "
            "procedure (小额诉讼程序) or final at first instance (一审终审), there is no appeal; "
            "if you have a statutory ground for retrial, apply to the same court within 6 months.",
            "If you disagree with the first-instance judgment, file an appeal before the deadline,"
            " in the way "
            "the judgment itself describes, saying which parts you dispute and why.",
            "Without an appeal in time the judgment takes effect; if it isn't paid the creditor ca"
            "n apply for "
            "enforcement (freezing or deducting wages and accounts, though living necessities must"
            " be left).",
            "If you accept the judgment but can't pay at once, propose instalments to the creditor"
            ". Refusing to "
            "pay when able, or hiding assets, is unlawful and can be a crime.",
            "Free legal advice: call 12348 or the local legal-aid centre.",
        ),
    },
    "payment-order": {
        "zh": (
            "先核实支付令是真的：打 12368 或发出支付令的法院的官方电话。",
            "如果你对欠款金额、利息或费用有异议，在期限内向发出支付令的法院提交书面异议，写明理由"
            "。",
            "期限内不提出异议又不还款的，债权人可以申请法院强制执行。",
            "如果你认可欠款但一次还不上，也可以直接和债权人协商分期，并要求书面协议。",
            "免费法律咨询：打 12348 或找当地法律援助中心。",
        ),
        "en": (
            "First check the payment order is real: call 12368 or the official number of the issui"
            "ng court.",
            "If you dispute the amount, interest or fees, send a written objection to the issuing "
            "court before "
            "the deadline, giving your reasons.",
            "If you neither object in time nor pay, the creditor can ask the court to enforce it.",
            "If you accept the debt but can't pay at once, negotiate instalments with the creditor"
            " and ask for a "
            "written agreement.",
            "Free legal advice: call 12348 or the local legal-aid centre.",
        ),
    },
}


def _t(key: str, lang: Lang, **fmt: object) -> str:
    return lookup(MESSAGES, key, lang, **fmt)


# What a deadline reminder says it is for.
DEADLINE_NOTES: dict[str, dict[str, str]] = {
    "defence": {"zh": "答辩状截止", "en": "deadline to file your defence"},
    "appeal": {"zh": "上诉截止", "en": "deadline to appeal"},
    "payment-order": {"zh": "支付令书面异议截止", "en": "deadline to object to the payment order"},
}

# Called when the person accepts the reminder offer; wired to the reminders feature when present.
ReminderHook = Callable[[Turn, Deadline, datetime], Reply | None]


class DeadlineSkill(BaseSkill):
    """Recognises court papers received and answers with the deadline as a date."""

    name = NAME
    commands: tuple[str, ...] = ()

    def __init__(self, remind: ReminderHook | None = None):
        self.remind = remind

    def on_message(self, turn: Turn) -> Reply | None:
        kind = detect_kind(turn.text)
        if kind is None:
            return None
        today = turn.now.date()
        received = find_date(turn.text, today)
        assumed = received is None or received > today
        deadline = compute(kind, today if assumed else received)  # type: ignore[arg-type]
        # "收到传票了，要不要出庭" is also the knowledge base's "being sued".
        return turn.engine.on_top_of_answer(turn, self.reply(turn, deadline, assumed))

    def on_button(self, turn: Turn, payload: str) -> Reply | None:
        parts = payload.split(":")
        if len(parts) != 4 or parts[1] != "remind" or parts[2] not in KINDS or self.remind is None:
            return None
        try:
            received = date.fromisoformat(parts[3])
        except ValueError:
            return None
        deadline = compute(parts[2], received)
        moment = reminder_moment(deadline, turn.now)
        return self.remind(turn, deadline, moment) if moment else None

    def reply(self, turn: Turn, deadline: Deadline, assumed: bool = False) -> Reply:
        lang = turn.lang
        today = turn.now.date()
        kind = deadline.kind
        due = format_date(deadline.due, lang, weekday=True)
        b = ReplyBuilder(lang).add("title", _t(f"title.{kind}", lang, due=due))
        lines = [
            _t(
                "count",
                lang,
                received=format_date(deadline.received, lang),
                doc=_t(f"doc.{kind}", lang),
                rule=_t(f"rule.{kind}", lang),
                nominal=format_date(deadline.nominal, lang, weekday=True),
            )
        ]
        if deadline.rolled:
            weekend_only = next_weekday(deadline.nominal) == deadline.due
            lines.append(_t("rolled" if weekend_only else "rolled_holiday", lang, due=due))
        if assumed:
            lines.append(_t("assumed", lang))
        left = (deadline.due - today).days
        lines.append(
            _t("passed", lang)
            if left < 0
            else _t("today", lang)
            if left == 0
            else _t("left", lang, n=left)
        )
        lines.append(_t("holidays_counted" if deadline.holidays_known else "caveat", lang))
        b.add("text", *lines)
        b.add("steps", *STEPS[kind][lang], heading=_t("steps", lang))
        moment = reminder_moment(deadline, turn.now)
        if moment is not None:
            when = format_date(moment.date(), lang, weekday=True)
            if self.remind is not None:
                b.add("text", _t("remind_offer", lang, when=when))
                b.row(
                    Button(
                        _t("remind_button", lang),
                        f"{NAME}:remind:{kind}:{deadline.received.isoformat()}",
                    )
                )
            else:
                b.add("text", _t("remind_note", lang, when=when))
        for topic in RELATED_TOPICS:
            button = topic_button(turn.engine.kb, topic, lang)
            if button is not None:
                b.row(button)
        return b.build(kind="info", action=deadline.as_action())
