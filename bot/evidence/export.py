"""The log as files a person can attach to a complaint: a plain-text report and a CSV.

Both open with a header that explains the tags (with the rules they cite), says the
tags are not legal findings, and tells the person to keep the original recordings and
screenshots. They are returned as reply Documents: Telegram sends them as files, the
console saves them under --out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from bot.evidence.rules import RULES, calls_per_day, tag_all, tag_counts
from bot.evidence.store import Entry
from bot.evidence.texts import KIND, msg, tags_text, third_text, what_text, when_text
from bot.kb.model import Lang
from bot.reply import Document

_HEADER: dict[str, list[str]] = {
    "zh": [
        "这是你本人对每次催收联系的描述，由机器人按时间整理。",
        "请保留原始证据：通话录音、短信和微信截图、通话记录、上门时的照片或视频。投诉时以原始证据为准，这份记录只是索引。",
        (
            "投诉：先向债权方（银行、平台）的官方客服投诉；不解决的，银行和消费金融公司可拨打 12378；"
            "有人威胁你的人身安全，请拨打 110。写投诉信可以用机器人的 /letter complaint。"
        ),
        "标记表示“按你的描述可能违反这条规定”，不是法律结论。标记含义：",
    ],
    "en": [
        "This is your own description of each collection contact, put in order by the bot.",
        (
            "Keep the original evidence: call recordings, screenshots of texts and chats, call logs, photos or "
            "video of visits. A complaint rests on the originals; this log is an index to them."
        ),
        (
            "To complain: first the lender's own complaint channel; if that fails, 12378 for banks and "
            "consumer-finance companies; if anyone threatens your safety, call 110. For a complaint letter, "
            "use the bot's /letter complaint."
        ),
        'A tag means "as you describe it, this may break the rule"; it is not a legal finding. The tags:',
    ],
}
_TITLE = {"zh": "催收联系记录", "en": "Debt collection contact log"}
_FIELDS = {
    "zh": (
        "编号",
        "日期时间",
        "方式",
        "次数",
        "上门人数",
        "对方",
        "内容",
        "被联系的第三方",
        "标记",
        "原话（已遮盖敏感号码）",
    ),
    "en": (
        "no",
        "when",
        "kind",
        "attempts",
        "visitors",
        "who",
        "what",
        "others contacted",
        "tags",
        "own words (numbers masked)",
    ),
}
_DISCLAIMER = {
    "zh": "以上是一般性信息，不是法律意见。",
    "en": "General information, not legal advice.",
}


def _legend(lang: Lang, used: Sequence[str]) -> list[str]:
    return [f"[{RULES[t].label[lang]}] {RULES[t].rule[lang]}" for t in used]


def _generated(now: datetime, lang: Lang) -> str:
    stamp = f"{now:%Y-%m-%d %H:%M} ({now.tzname()})"
    return f"生成时间：{stamp}" if lang == "zh" else f"Generated: {stamp}"


def report_text(entries: Sequence[Entry], lang: Lang, now: datetime) -> str:
    """The plain-text report: header, legend, each entry in full, then counts."""
    tags = tag_all(entries)
    counts = tag_counts(tags)
    f = _FIELDS[lang]
    out = [
        _TITLE[lang],
        _generated(now, lang),
        ("共 {n} 条记录" if lang == "zh" else "{n} entries").format(n=len(entries)),
        "",
    ]
    out += [f"• {line}" for line in _HEADER[lang][:-1]]
    out.append(f"• {_HEADER[lang][-1]}")
    out += [f"  {line}" for line in _legend(lang, list(RULES))]
    out.append("")
    for e in entries:
        out.append(f"#{e.seq}  {when_text(e.at, e.precision, lang, year=True)}")
        rows = [
            (f[2], KIND[e.kind][lang]),
            (f[3], str(e.count) if e.count > 1 else ""),
            (f[4], str(e.visitors) if e.visitors else ""),
            (f[5], e.who or ""),
            (f[6], what_text(e, lang)),
            (f[7], third_text(e, lang)),
            (f[8], tags_text(tags[e.seq], lang)),
            (f[9], e.note),
        ]
        out += [
            f"    {name}：{value}" if lang == "zh" else f"    {name}: {value}"
            for name, value in rows
            if value
        ]
        out.append("")
    out.append(msg("counts", lang))
    for tag, n in counts.items():
        out.append(
            f"• {RULES[tag].label[lang]}：{n} 条"
            if lang == "zh"
            else f"• {RULES[tag].label[lang]}: {n}"
        )
    for day, n in calls_per_day(entries).items():
        over = n > 6
        if lang == "zh":
            out.append(f"• {day:%Y-%m-%d} 电话 {n} 次" + ("（超过每天6次）" if over else ""))
        else:
            out.append(f"• {day:%Y-%m-%d}: {n} calls" + (" (more than 6)" if over else ""))
    out += ["", _DISCLAIMER[lang]]
    return "\n".join(out) + "\n"


def _cell(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def report_csv(entries: Sequence[Entry], lang: Lang, now: datetime) -> str:
    """The CSV: '#' header rows (explanation and legend), then one row per entry."""
    tags = tag_all(entries)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([f"# {_TITLE[lang]} · {_generated(now, lang)}"])
    for line in _HEADER[lang]:
        w.writerow([f"# {line}"])
    for line in _legend(lang, list(RULES)):
        w.writerow([f"# {line}"])
    w.writerow(_FIELDS[lang])
    sep = "; "
    for e in entries:
        w.writerow(
            [
                e.seq,
                when_text(e.at, e.precision, lang, year=True),
                KIND[e.kind][lang],
                e.count,
                e.visitors or "",
                _cell(e.who or ""),
                what_text(e, lang),
                third_text(e, lang),
                sep.join(RULES[t].label[lang] for t in tags[e.seq]),
                _cell(e.note),
            ]
        )
    return "\ufeff" + buf.getvalue()  # BOM: spreadsheet programs then read the Chinese as UTF-8


def documents(entries: Sequence[Entry], lang: Lang, now: datetime) -> tuple[Document, Document]:
    stem = f"evidence-log-{now:%Y%m%d-%H%M}"
    return (
        Document(f"{stem}.txt", report_text(entries, lang, now), "text/plain"),
        Document(f"{stem}.csv", report_csv(entries, lang, now), "text/csv"),
    )
