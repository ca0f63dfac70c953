"""Plain yes and no: the replies that confirm or refuse what the bot just offered ("好", "嗯嗯",
"ok", "不用了"). The reminder flows read them; the safety stage knows a bare "好" is no cry for help.
"""

from __future__ import annotations

import re

from bot.text import clean

YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "ok",
    "okay",
    "sure",
    "confirm",
    "correct",
    "right",
    "是",
    "是的",
    "对",
    "对的",
    "好",
    "好的",
    "嗯",
    "嗯嗯",
    "确认",
    "确定",
    "行",
    "可以",
    "没错",
    "没问题",
    "对对",
    "好滴",
}
NO = {
    "no",
    "n",
    "nope",
    "cancel",
    "不",
    "不是",
    "不对",
    "不用",
    "不要",
    "取消",
    "算了",
    "错了",
    "别",
    "不用了",
}
_PARTICLES = re.compile(r"[吧啊呀哈了的啦]+$")


def yes_or_no(text: str, cleaned: str | None = None) -> str | None:
    """'yes' / 'no' when the message is a plain confirmation or refusal. `cleaned`: clean(text),
    when the caller has it already."""
    words = (clean(text) if cleaned is None else cleaned).replace(" ", "")
    for candidate in (words, _PARTICLES.sub("", words)):
        if candidate in YES:
            return "yes"
        if candidate in NO:
            return "no"
    return None
