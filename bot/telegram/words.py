"""The Telegram adapter's own words: the command menu and inline-mode labels, in zh and en."""

from __future__ import annotations

from bot.kb.model import Lang

# The command menu registered with setMyCommands, in menu order; a command is only
# registered when the engine answers it (a skill's commands only when the skill is wired).
COMMANDS: tuple[tuple[str, dict[Lang, str]], ...] = (
    ("start", {"zh": "开始：能做什么、话题目录", "en": "Start: what I can do, topic menu"}),
    ("topics", {"zh": "按类别浏览全部话题", "en": "Browse all topics by category"}),
    ("help", {"zh": "怎么提问", "en": "How to ask"}),
    ("remind", {"zh": "设还款提醒", "en": "Set a payment reminder"}),
    ("reminders", {"zh": "查看或取消还款提醒", "en": "See or cancel your reminders"}),
    (
        "letter",
        {
            "zh": "写信：协商分期、投诉、征信异议等",
            "en": "Write a letter: instalments, complaint...",
        },
    ),
    ("log", {"zh": "记录一次催收", "en": "Log a collection contact"}),
    ("evidence", {"zh": "查看和导出催收记录", "en": "See and export your log"}),
    ("check", {"zh": "检查可疑短信是不是诈骗", "en": "Check a suspicious message"}),
    ("timezone", {"zh": "设置时区", "en": "Set your time zone"}),
    ("lang", {"zh": "切换语言（中文 / English）", "en": "Language (中文 / English)"}),
    ("privacy", {"zh": "保存了什么、怎么删除", "en": "What is stored and how to delete it"}),
    ("forget", {"zh": "删除与我有关的全部数据", "en": "Delete everything stored about me"}),
    ("reset", {"zh": "重新开始对话", "en": "Start the conversation over"}),
)

WORDS: dict[str, dict[Lang, str]] = {
    "open_in_bot": {"zh": "问问催收应对助手", "en": "Ask the helper"},
    "inline_empty": {
        "zh": "没有找到相关话题，点这里私聊提问",
        "en": "No matching topic: ask me privately",
    },
}


def word(key: str, lang: Lang) -> str:
    return WORDS[key][lang]
