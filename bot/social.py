"""Small talk: a message that is only a greeting, a thank-you or a goodbye ("你好", "多謝晒",
"ok thanks", "谢谢 拜拜"). It gets a short friendly reply instead of "I can't answer that", and the
safety stage does not read a bare "你好" as a cry for help (its trained model gave short messages
with no signal the weight of the short cries it was trained on).

A message is small talk when it is made of nothing but these words, assent ("好的", "ok") and a
few fillers: "你好 我想问下催收上门怎么办" is a question and goes on to the knowledge base.
"""

from __future__ import annotations

from typing import Literal

from bot.assent import YES
from bot.text import clean

Kind = Literal["greeting", "thanks", "bye"]

# Written simplified and lower-case: messages are folded by bot.text.clean first.
_WORDS: dict[Kind, str] = {
    "greeting": "你好, 您好, 你们好, 大家好, 哈喽, 哈啰, 哈罗, 嗨, 早上好, 早安, 上午好, 中午好, 下午好, 晚上好,"
    " 在吗, 在不在, 有人吗, 喂, 早晨, hello, hi, hey, hiya, yo, good morning, good afternoon,"
    " good evening, morning, anyone there",
    "thanks": "谢谢, 谢了, 谢啦, 多谢, 多谢晒, 唔该, 唔该晒, 感谢, 感恩, 辛苦了, 辛苦晒, 麻烦你了, thanks,"
    " thank you, thank u, thx, ty, tks, cheers, much appreciated, appreciate it, many thanks",
    "bye": "再见, 拜拜, 拜, 下次见, 回头见, 88, 886, bye, byebye, bye bye, goodbye, see you, see ya, cya",
}
# Words that may sit beside them: particles, "you", "so much", "bot".
_FILLERS = (
    "啊, 呀, 啦, 哈, 哈哈, 哦, 喔, 噢, 嘛, 哟, 了, 的, 呢, 吧, 很, 非常, 太, 真的, 你, 您, 你们, 机器人, 助手, 先,"
    " 那, 那就, 收到, 明白, 明白了, 知道了, so much, very much, a lot, again, there, bot, for now, all,"
    " guys, everyone, you, so"
)
_MAX_CHARS = 24  # longer messages always carry something more
_RANK: tuple[Kind, ...] = ("bye", "thanks", "greeting")  # "谢谢 再见" is a goodbye


def _phrases() -> list[tuple[str, str]]:
    """(phrase, kind) longest first, kinds "filler" and "yes" included."""
    found: list[tuple[str, str]] = [
        (w.strip(), k) for k, words in _WORDS.items() for w in words.split(",")
    ]
    found += [(w.strip(), "filler") for w in _FILLERS.split(",")] + [(w, "yes") for w in YES]
    return sorted({p for p in found if p[0]}, key=lambda p: len(p[0]), reverse=True)


_PHRASES = _phrases()
# The phrases by first character, each list in _PHRASES' order: only they can start a text.
_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
for _phrase, _kind in _PHRASES:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _kind))


def social_kind(text: str, cleaned: str | None = None) -> Kind | None:
    """The kind of small talk the whole message is, or None when it says anything else.
    `cleaned`: clean(text), when the caller has it already."""
    words = clean(text) if cleaned is None else cleaned
    if not words or len(words) > _MAX_CHARS:
        return None
    kinds: set[str] = set()
    rest = words
    while rest:
        rest = rest.lstrip(" ")
        if not rest:
            break
        for phrase, kind in _BY_FIRST.get(rest[0], ()):
            ascii_word = phrase.isascii()
            if rest.startswith(phrase) and (
                not ascii_word or len(rest) == len(phrase) or not rest[len(phrase)].isalnum()
            ):
                kinds.add(kind)
                rest = rest[len(phrase) :]
                break
        else:
            return None
    return next((k for k in _RANK if k in kinds), None)
