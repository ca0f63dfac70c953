"""The evidence log's own words and the one-line rendering of an entry (zh, en)."""

from __future__ import annotations

from datetime import datetime

from bot.evidence.rules import RULES
from bot.evidence.store import Entry
from bot.i18n import lookup
from bot.kb.model import Lang

KIND = {
    "call": {"zh": "电话", "en": "call"},
    "message": {"zh": "短信/消息", "en": "message"},
    "visit": {"zh": "上门", "en": "visit"},
    "third-party": {"zh": "联系第三方", "en": "contact with others"},
    "posting": {"zh": "公开张贴/发布", "en": "public posting"},
    "other": {"zh": "其他", "en": "other"},
}
ACT = {
    "insult": {"zh": "辱骂", "en": "insults"},
    "threat": {"zh": "威胁", "en": "threats"},
    "arrest-threat": {"zh": "威胁抓人/坐牢", "en": "arrest threats"},
    "impersonation": {"zh": "自称警察/法院", "en": "claimed to be police/court"},
    "private-account": {"zh": "要求转个人账户", "en": "asked to pay a private account"},
}
THIRD = {
    "family": {"zh": "家人", "en": "family"},
    "friend": {"zh": "朋友", "en": "friends"},
    "employer": {"zh": "单位/同事", "en": "employer/colleagues"},
    "contacts": {"zh": "通讯录联系人", "en": "phone contacts"},
    "neighbours": {"zh": "邻居/物业", "en": "neighbours"},
}
PERIOD = {
    "night": {"zh": "凌晨/深夜", "en": "at night"},
    "morning": {"zh": "上午", "en": "morning"},
    "noon": {"zh": "中午", "en": "midday"},
    "afternoon": {"zh": "下午", "en": "afternoon"},
    "evening": {"zh": "晚上", "en": "evening"},
}
_WEEKDAY_ZH = "一二三四五六日"

MESSAGES: dict[str, dict[str, str]] = {
    "prompt": {
        "zh": "请用一句话描述发生了什么，最好带上时间，例如：“昨晚11点20催收打电话骂我，还打给了我妈”。"
        "（发 /reset 取消）",
        "en": 'Describe what happened in one sentence, with the time if you can, e.g. "yesterday 11pm they '
        'called me 3 times and called my mum". (Send /reset to cancel.)',
    },
    "fix_prompt": {
        "zh": "请重新描述第 {seq} 条（带上时间），我会用它替换原来的记录。（发 /reset 取消）",
        "en": "Describe entry #{seq} again (with the time); it will replace the old one. (Send /reset to cancel.)",
    },
    "logged": {"zh": "已记录 #{seq}：{line}", "en": "Logged #{seq}: {line}"},
    "fixed": {"zh": "已更正 #{seq}：{line}", "en": "Corrected #{seq}: {line}"},
    "no_time": {
        "zh": "（没说时间，按现在记录；不对可以点“更正”。）",
        "en": "(No time given, so I used now; tap Correct if that's wrong.)",
    },
    "no_kind": {
        "zh": "（没看出是电话、短信还是上门；可以点“更正”补充。）",
        "en": "(I couldn't tell if it was a call, a message or a visit; tap Correct to add it.)",
    },
    "scam_hint": {
        "zh": "这条有诈骗迹象。可以发“/check 对方的原话”让我检查。",
        "en": 'This has signs of a scam. Send "/check <their exact words>" and I\'ll check it.',
    },
    "deleted": {"zh": "已删除 #{seq}。", "en": "Deleted #{seq}."},
    "not_found": {
        "zh": "找不到这条记录（可能已经删除）。",
        "en": "I can't find that entry (it may have been deleted).",
    },
    "empty_text": {"zh": "没有收到内容。", "en": "I didn't get a description."},
    "empty_log": {
        "zh": "你还没有记录。发“记一下：昨晚11点20催收打电话骂我”或 /log 开始记录。",
        "en": 'Nothing logged yet. Send "log: they called me 3 times last night" or /log to start.',
    },
    "full": {
        "zh": "记录已满（最多 {n} 条）。请先导出，再删除一些旧记录。",
        "en": "The log is full ({n} entries). Export it first, then delete some old entries.",
    },
    "list_head": {
        "zh": "你的催收记录（共 {n} 条，按时间顺序）：",
        "en": "Your log ({n} entries, in order):",
    },
    "list_cut": {
        "zh": "（只显示最近 {n} 条，完整记录请导出。）",
        "en": "(Showing the last {n}; export for the full log.)",
    },
    "counts": {"zh": "标记统计", "en": "Tags"},
    "entries_n": {"zh": "{n} 条", "en": "{n}"},
    "busiest": {"zh": "电话最多的一天：{day} 共 {n} 次", "en": "Most calls in a day: {n} on {day}"},
    "legend": {"zh": "标记依据", "en": "What the tags mean"},
    "tag_note": {
        "zh": "标记表示“按你的描述可能违反这条规定”，不是法律结论。",
        "en": 'A tag means "as you describe it, this may break the rule"; it is not a legal finding.',
    },
    "exported": {
        "zh": "已导出 {n} 条记录：一份文字报告（.txt）和一份表格（.csv），投诉时可以附上。"
        "请一定保留原始录音、截图和通话记录：导出的只是你的描述。需要写投诉信，可以用 /letter complaint。",
        "en": "Exported {n} entries: a text report (.txt) and a spreadsheet (.csv) to attach to a complaint. "
        "Keep the original recordings, screenshots and call logs: the export is only your description. "
        "For a complaint letter, use /letter complaint.",
    },
    "redacted": {
        "zh": "我已遮盖你发来的{what}，只保留后四位。这个机器人永远不需要你的身份证号、银行卡号、验证码或密码，请不要发给任何人。",
        "en": "I masked the {what} you sent, keeping only the last four digits. This bot never needs your ID "
        "number, card number, verification codes or passwords; don't send them to anyone.",
    },
    "offer": {
        "zh": "要我把这些记进你的催收记录吗？{what}",
        "en": "Shall I add this to your evidence log? {what}",
    },
    "offer_no": {"zh": "好的，没有记录。", "en": "OK, nothing logged."},
    "offer_expired": {
        "zh": "这个提议已经过期了。想记录的话，发“记一下：…”。",
        "en": 'That offer has expired. To log it, send "log: …".',
    },
    "btn_yes_log": {"zh": "好，记下来", "en": "Yes, log it"},
    "btn_no_log": {"zh": "不用", "en": "No"},
    "btn_fix": {"zh": "更正", "en": "Correct"},
    "btn_delete": {"zh": "删除", "en": "Delete"},
    "btn_list": {"zh": "查看全部记录", "en": "Show my log"},
    "btn_export": {"zh": "导出", "en": "Export"},
}
REDACTED_WHAT = {
    "id": {"zh": "身份证号", "en": "ID number"},
    "card": {"zh": "银行卡号", "en": "card number"},
    "code": {"zh": "验证码", "en": "verification code"},
    "password": {"zh": "密码", "en": "password"},
}


def msg(key: str, lang: Lang, **fmt: object) -> str:
    return lookup(MESSAGES, key, lang, **fmt)


def when_text(at: datetime, precision: str, lang: Lang, year: bool = False) -> str:
    """11月21日（周六）23:20 / Sat 21 Nov 23:20; only the day or part of day when that is all that was said."""
    if lang == "zh":
        day = (
            f"{at.year}年" if year else ""
        ) + f"{at.month}月{at.day}日（周{_WEEKDAY_ZH[at.weekday()]}）"
    else:
        day = at.strftime("%a %d %b %Y" if year else "%a %d %b")
    if precision == "time":
        return f"{day} {at:%H:%M}"
    if precision in PERIOD:
        return f"{day} {PERIOD[precision][lang]}"
    return day


def what_text(entry: Entry, lang: Lang) -> str:
    sep = "、" if lang == "zh" else ", "
    acts = [
        ACT[a][lang] for a in entry.acts if not (a == "threat" and "arrest-threat" in entry.acts)
    ]
    return sep.join(acts)


def third_text(entry: Entry, lang: Lang) -> str:
    sep = "、" if lang == "zh" else ", "
    return sep.join(THIRD[p][lang] for p in entry.third_parties)


def tags_text(tags: list[str], lang: Lang) -> str:
    if lang == "zh":
        return "".join(f"［{RULES[t].label[lang]}］" for t in tags)
    return " ".join(f"[{RULES[t].label[lang]}]" for t in tags)


def entry_line(entry: Entry, tags: list[str], lang: Lang) -> str:
    """One line: when · kind ×n · who · what · third parties · [tags]."""
    kind = KIND[entry.kind][lang]
    if entry.count > 1:
        kind += f" ×{entry.count}"
    if entry.kind == "visit" and entry.visitors:
        kind += f"（{entry.visitors}人）" if lang == "zh" else f" ({entry.visitors} people)"
    parts = [when_text(entry.at, entry.precision, lang), kind]
    if entry.who:
        parts.append(entry.who)
    what = what_text(entry, lang)
    if what:
        parts.append(what)
    third = third_text(entry, lang)
    if third:
        parts.append(("第三方：" if lang == "zh" else "others contacted: ") + third)
    line = " · ".join(parts)
    return f"{line} {tags_text(tags, lang)}".rstrip()
