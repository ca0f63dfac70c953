"""The bot's own words (not the knowledge base): welcome, help, fallbacks, labels."""

from __future__ import annotations

from collections.abc import Iterable

from bot.kb.model import Lang

MESSAGES: dict[str, dict[str, str]] = {
    "disclaimer": {
        "zh": "以上是一般性信息，不是法律意见；具体情况请咨询律师或拨打 12348 公共法律服务热线。",
        "en": "This is general information, not legal advice; for your own case, ask a lawyer "
        "or call the 12348 public legal service hotline.",
    },
    "welcome": {
        "zh": "你好，我是催收应对助手。遇到催收辱骂、上门、爆通讯录，想和银行协商分期，"
        "或者想知道自己的权利，都可以直接用自己的话问我。",
        "en": "Hello, I help people facing debt collection: abusive calls, collectors at the door, "
        "calls to your family, negotiating an instalment plan, your rights. Just ask in your own words.",
    },
    "can_do": {
        "zh": "我能做的：按步骤告诉你该怎么做、说什么、留什么证据、去哪里投诉。"
        "我不能做的：替你和银行谈判、提供个案法律意见、帮你逃避合法债务。",
        "en": "What I can do: tell you step by step what to do, what to say, what evidence to keep "
        "and where to complain. What I can't do: negotiate for you, give legal advice on your case, "
        "or help anyone avoid a lawful debt.",
    },
    "scope": {
        "zh": "本助手的内容以中国内地的法律和投诉渠道为准。",
        "en": "What I say is based on mainland China's law and complaint channels.",
    },
    "region_hk": {
        "zh": "看你的用词，你可能在香港：香港的法律和投诉渠道与内地不同，下面内地的做法不一定适用。"
        "有危险请打 999；情绪困扰可打 2389 2222（香港撒玛利亚防止自杀会，24小时）。"
        "具体问题请问当地律师或法律援助机构。",
        "en": "Your wording suggests you may be in Hong Kong: its law and complaint channels differ "
        "from the mainland's, so the mainland steps below may not apply there. In danger, call 999; "
        "for emotional support, 2389 2222 (Samaritan Befrienders Hong Kong, 24 hours). For your own "
        "case, ask a local lawyer or legal-aid service.",
    },
    "region_tw": {
        "zh": "看你的用词，你可能在台湾：台湾的法律和投诉渠道与内地不同，下面内地的做法不一定适用。"
        "有危险请打 110（消防、救护 119）；情绪困扰可打 1925 安心专线（24小时）。"
        "具体问题请问当地律师或法律援助机构。",
        "en": "Your wording suggests you may be in Taiwan: its law and complaint channels differ from "
        "the mainland's, so the mainland steps below may not apply there. In danger, call 110 (fire "
        "and ambulance 119); for emotional support, the 1925 line (24 hours). For your own case, ask "
        "a local lawyer or legal-aid service.",
    },
    "emergency": {
        "zh": "如果有人威胁你的人身安全，请立即拨打 110。",
        "en": "If anyone threatens your safety, call 110 (police) now.",
    },
    "help": {
        "zh": "直接用一句话描述你遇到的情况，例如“催收打电话骂我”“催收要上门”“想和银行协商分期”。\n"
        "命令：/topics 按类别看所有话题 · /lang 切换语言 · /reset 重新开始 · /privacy 隐私说明 · /forget 删除我的数据",
        "en": 'Describe what is happening in one sentence, e.g. "a collector is swearing at me", '
        '"collectors are coming to my home", "I want an instalment plan".\n'
        "Commands: /topics all topics by category · /lang language · /reset start over · "
        "/privacy what is stored · /forget delete my data",
    },
    "social:greeting": {
        "zh": "你好。直接用自己的话说说你遇到了什么就行，比如“催收打电话骂我”“催收说要上门”"
        "“想和银行协商分期”；也可以从下面的类别里选。",
        "en": 'Hello. Just tell me what is happening, in your own words, e.g. "a collector keeps '
        'insulting me", "collectors say they will come to my home", "I want an instalment plan"; '
        "or pick a category below.",
    },
    "social:thanks": {
        "zh": "不客气。还有想问的随时说；约好的还款日，我可以到时提醒你。",
        "en": "You're welcome. Ask any time; I can also remind you of the payment dates you agreed.",
    },
    "social:bye": {
        "zh": "保重。有需要随时回来找我。",
        "en": "Take care. Come back any time you need to.",
    },
    "social:bye_after_risk": {
        "zh": "保重。如果又觉得撑不下去，随时打 12356 心理援助热线（可匿名）；有危险请打 110 或 120。"
        "我一直在这里。",
        "en": "Take care. If it gets too much again, call the 12356 mental-health hotline (anonymous) "
        "any time; if you are in danger, call 110 or 120. I'm here whenever you need.",
    },
    "topics_intro": {"zh": "选择一个类别：", "en": "Pick a category:"},
    "category_intro": {"zh": "「{title}」下的话题：", "en": 'Topics under "{title}":'},
    "unknown": {
        "zh": "抱歉，这个问题我暂时回答不了。我只懂和催收、欠款、协商还款有关的事。"
        "可以换个说法，或者从下面的话题里选一个：",
        "en": "Sorry, I can't help with that one. I only know about debt collection, debts and "
        "repayment plans. Try rephrasing, or pick a topic below:",
    },
    "choose": {
        "zh": "我不太确定你问的是哪一个，你是想问：",
        "en": "I'm not quite sure which of these you mean:",
    },
    "also_consider": {"zh": "如果你问的是别的：", "en": "If you meant something else:"},
    "empty": {
        "zh": "我没有收到文字。请用一句话描述你遇到的情况，比如“催收打电话骂我怎么办”。",
        "en": "I didn't get any text. Please describe what is happening in a sentence, "
        'e.g. "a collector keeps insulting me".',
    },
    "no_text_content": {
        "zh": "我只看得懂文字。请用一句话描述你遇到的情况。",
        "en": "I can only read words. Please describe your situation in a sentence.",
    },
    "reset": {
        "zh": "好的，已经重新开始。有什么想问的？",
        "en": "Done, we're starting fresh. What would you like to ask?",
    },
    "unknown_command": {
        "zh": "我不认识这个命令。输入 /help 看看能做什么。",
        "en": "I don't know that command. Type /help to see what I can do.",
    },
    "stale_button": {
        "zh": "这个按钮已经失效了，请重新提问或输入 /topics。",
        "en": "That button has expired. Please ask again or type /topics.",
    },
    "steps": {"zh": "怎么做", "en": "What to do"},
    "all_steps": {"zh": "全部步骤", "en": "All steps"},
    "in_short": {"zh": "最要紧的一步", "en": "The main thing to do"},
    "legal_button": {"zh": "法律依据", "en": "Legal basis"},
    "repeat_pointer": {
        "zh": "「{title}」上面已经回答过了。想看哪一部分？",
        "en": '"{title}" is answered just above. Which part do you need?',
    },
    "notes": {"zh": "注意", "en": "Be careful"},
    "legal": {"zh": "依据", "en": "Legal basis"},
    "follow_ups": {"zh": "你可能还想问：", "en": "You may also want to know:"},
    "helpful": {"zh": "有帮助吗？", "en": "Was this helpful?"},
    "thanks_feedback": {"zh": "谢谢你的反馈！", "en": "Thanks for the feedback!"},
    "lang_set": {"zh": "好的，以后用中文回答。", "en": "OK, I'll answer in English from now on."},
    "lang_choose": {"zh": "请选择语言：", "en": "Choose a language:"},
    "privacy": {
        "zh": "隐私说明（这里写的就是实际保存的全部内容）：\n"
        "• 普通提问：不保存你发的文字；日志里只有话题编号和匹配分数。对话上下文（上一个话题，以及这次对话里是否提到过危险，只是“是/否”）只在内存里保留约 30 分钟。\n"
        "• 催收记录：你用“记一下”/log 记下的内容会保存，包括你写的那段文字"
        "（身份证号、银行卡号、账号只留后四位，验证码和密码整段遮盖），以及时间、方式、标签。\n"
        "• 还款提醒：日期、金额、时区和债权方名称（如“招行”）。\n"
        "• 设置：语言和时区。“有帮助吗”：每个话题记你一票（防止重复计票），总数不和你关联。\n"
        "• 写信时填的内容只在内存里，信生成后就不再保留。\n"
        "• 以上只在私聊里保存；群聊里这些功能不可用。\n"
        "• 输入 /forget 会删除与你有关的全部数据，并立即从数据库文件里抹掉。",
        "en": "Privacy (this is everything that is stored):\n"
        "• Questions: what you write is not stored; logs hold only topic ids and match scores. "
        "Conversation context (the last topic, and a yes/no for whether anything in this chat "
        "suggested danger) stays in memory for about 30 minutes.\n"
        '• Evidence log: what you log with "log:" or /log is stored, including the text you wrote '
        "(ID, card and account numbers cut to their last four digits, codes and passwords masked), "
        "with its time, kind and tags.\n"
        '• Payment reminders: date, amount, time zone and the creditor\'s name (e.g. "CMB").\n'
        '• Settings: language and time zone. "Helpful?": one vote per topic is kept for you '
        "(so it is counted once); the totals are not linked to you.\n"
        "• Letter answers stay in memory only until the letter is made.\n"
        "• All this is kept in private chats only; in groups these features are off.\n"
        "• /forget deletes everything stored about you and wipes it from the database files at once.",
    },
    "forget_confirm": {
        "zh": "确定要删除与你有关的全部数据吗（设置、提醒、记录）？删除后无法恢复。",
        "en": "Delete everything stored about you (settings, reminders, logs)? This cannot be undone.",
    },
    "forget_done": {
        "zh": "已删除与你有关的全部数据。",
        "en": "Everything stored about you has been deleted.",
    },
    "forget_cancelled": {"zh": "好的，什么都没删。", "en": "OK, nothing was deleted."},
    "yes_delete": {"zh": "确认删除", "en": "Yes, delete"},
    "no_keep": {"zh": "取消", "en": "Cancel"},
    "error": {
        "zh": "抱歉，出了点问题，请稍后再试。你的数据没有丢失。",
        "en": "Sorry, something went wrong. Please try again in a moment; nothing you saved was lost.",
    },
    "too_long": {
        "zh": "（你的消息很长，我只读了前面的部分。）",
        "en": "(Your message was very long; I read only the first part.)",
    },
    "flow_waits": {
        "zh": "（刚才的步骤还在等你回答：直接回复就能继续，回复“取消”可以停止。）",
        "en": "(The step before is still waiting for your answer: reply to go on, or “cancel” to stop.)",
    },
}


# The skills' commands, as /help lists them (only those of skills the engine has).
SKILL_COMMANDS: dict[str, dict[str, str]] = {
    "remind": {"zh": "设还款提醒（如 /remind 12月15号还2000）", "en": "set a payment reminder"},
    "reminders": {"zh": "查看或取消提醒", "en": "see or cancel reminders"},
    "timezone": {"zh": "设置时区", "en": "your time zone"},
    "letter": {
        "zh": "写信（协商分期、投诉、征信异议等）",
        "en": "write a letter (instalment request, complaint, credit-report objection...)",
    },
    "log": {"zh": "记录一次催收（时间、方式、说了什么）", "en": "log a collection contact"},
    "evidence": {"zh": "查看和导出催收记录", "en": "see and export your log"},
    "check": {"zh": "检查可疑短信或电话是不是诈骗", "en": "check a suspicious message for scams"},
}
SKILL_HELP_HEAD = {"zh": "还可以：", "en": "Tools:"}


def skill_help(commands: Iterable[str], lang: Lang) -> str | None:
    """The /help paragraph on the skills' commands that are available, in a fixed order."""
    available = set(commands)
    items = [f"/{c} {texts[lang]}" for c, texts in SKILL_COMMANDS.items() if c in available]
    return "\n".join([SKILL_HELP_HEAD[lang], *items]) if items else None


Catalog = dict[str, dict[str, str]]


def lookup(catalog: Catalog, key: str, lang: str, **fmt: object) -> str:
    """`key` in `lang` from a feature's own table of messages, formatted with `fmt`."""
    text = catalog[key][lang]
    return text.format(**fmt) if fmt else text


def t(key: str, lang: Lang, **fmt: object) -> str:
    """The bot's own message `key` in `lang`, formatted with `fmt`."""
    return lookup(MESSAGES, key, lang, **fmt)
