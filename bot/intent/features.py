"""Questions about the bot itself ("提醒功能怎么用", "what can you do"): answered with what
the bot can do and how to say it, never with a knowledge-base topic."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot import lazyre as re  # patterns compiled on first use, and kept (start-up time)
from bot.i18n import skill_help, t
from bot.parsing import normalize
from bot.reply import Reply, text_reply

if TYPE_CHECKING:
    from bot.skills import Turn

_FEATURE = re.compile(
    r"(?:提醒|记录|证据|写信|信件|模板|查诈骗|诈骗检查|机器人|这个bot|你)(?:功能)?\s?(?:要|该|应该)?"
    r"(?:怎么|如何|咋)(?:用|使用|设置?|设定|弄|操作|改|取消|删)|"
    r"(?:怎么|如何|咋)(?:用|设置?|设定|开|取消|删除|查看|看)(?:还款)?(?:提醒|记录|你)|"
    r"你(?:能|可以|会)(?:帮我)?(?:做|干)?(?:什么|啥|哪些|些什么)|你有(?:什么|哪些|啥)功能|"
    r"有(?:什么|哪些|啥)功能|(?:提醒|记录)功能|"
    r"\bwhat\s+can\s+you\s+do\b|\bwhat\s+do\s+you\s+do\b|\bwhat\s+are\s+your\s+features\b|"
    r"\bhow\s+do(?:es)?\s+(?:i|you|the)\s+(?:use|set\s+up|set|cancel|see)\s+(?:a\s+|the\s+|my\s+)?"
    r"(?:reminders?|log|letters?|bot|you)\b|\bhow\s+do\s+reminders\s+work\b",
    re.IGNORECASE,
)

SAY: dict[str, str] = {
    "zh": "可以直接这样说：\n"
    "• 提醒：“下周五还800提醒我”“每月15号还1000 共12期”；说一笔要还的款（“后天要还借呗600”），我会问要不要提醒\n"
    "• 管理提醒：“我设了哪些提醒”“把周五那个800的提醒取消掉”“借呗那个改到20号”“花呗那笔已经还了”“明天再提醒我”\n"
    "• 记录催收：“记一下：昨晚11点催收打了5个电话”；导出：“导出”\n"
    "• 写信：“帮我写一封协商还款的信”\n"
    "• 查诈骗：把可疑短信原样发给我，或 /check",
    "en": "You can say things like:\n"
    '• Reminders: "remind me to pay 800 next Friday", "every month on the 15th, 1000, 12 months"; '
    'mention a payment ("paying Citi 900 on the 8th") and I\'ll offer a reminder\n'
    '• Your reminders: "what reminders do I have", "cancel the CMB one", '
    '"move the Jiebei one to the 20th", "paid the Huabei one", "remind me later"\n'
    '• Logging contacts: "log: 5 calls after 11pm"; "export"\n'
    '• Letters: "write a letter asking for an instalment plan"\n'
    "• Scam check: paste the suspicious message, or /check",
}


_HINT = re.compile(r"怎么|如何|咋|什么|啥|哪些|功能|\bwhat\b|\bhow\b", re.IGNORECASE)


def asks_about_features(text: str, normalized: bool = False) -> bool:
    s = text if normalized else normalize(text)
    return bool(_HINT.search(s)) and bool(_FEATURE.search(s))


def feature_reply(turn: Turn, intent: Any) -> Reply:
    """What the bot can do and how to say it."""
    lang = turn.lang
    commands = [c for skill in turn.engine.skills for c in skill.commands]
    tools = skill_help(commands, lang)
    return text_reply(lang, t("can_do", lang), SAY[lang], *([tools] if tools else []))
