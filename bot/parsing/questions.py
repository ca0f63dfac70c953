"""Whether a message asks something rather than tells or answers.

Question words and particles in Chinese (simplified, traditional and Cantonese: 吗, 呢 at the
end, 怎么, 点样, 系咪, A-not-A "合不合法", "正唔正常") and English (a question mark, how/what/
why…, "is it", "can I"). Used where a flow waits for a value: "要附什么证明" typed when a letter
asks whom it is to is a question to answer, not the recipient's name.
"""

from __future__ import annotations

from bot import lazyre as re  # patterns compile on first use (start-up time)

QUESTION_RE = re.compile(
    r"[?？]|吗|嘛|呢\s*$|怎么|怎麼|咋|如何|能不能|可不可以|可以不|是不是|有没有|有沒有|算不算|"
    r"为什么|為什麼|为啥|什么|什麼|啥|多少|几(?=[点个次天号时回通条岁]|多)|幾(?=[點個次天號時回通條歲]|多)|"
    r"谁|誰|哪|点算|點算|点样|點樣|系咪|係咪|得唔得|边个|邊個|"
    r"([\u4e00-\u9fff])[不唔]\1|"  # A-not-A: "正唔正常", "合不合法"
    r"\b(?:how|what|why|when|where|which|can|could|should|would|is\s+(?:it|that|this)|are\s+(?:they|these)|"
    r"do\s+i|does|did\s+they|am\s+i|any\s+way)\b",
    re.IGNORECASE,
)


def asks(text: str) -> bool:
    """Whether `text` reads as a question."""
    return QUESTION_RE.search(text) is not None
