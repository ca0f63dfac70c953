"""Scam-check classes of the seventeenth session (issue #14); every sentence our own.

Someone else's words quoted at length, after a colon or inside full quotes, are a pasted message
to check without /check, even when the person then asks a question about it ("got this: '…' is
this real?"); a few words in quotes ("转进“安全账户”") or a question of one's own are not."""

import pytest

from bot.scamcheck.flags import worth_checking


@pytest.mark.parametrize(
    "text",
    [
        "my uncle got this on whatsapp: 'Your niece has defaulted. Transfer 8,000 to the account of "
        "Zhao Lei, ICBC 6212 8800 to stop the lawsuit.' is this real?",
        "Is this legit: 'Sir, the High Court of Guangdong has a file on you. Wire 5,000 to the agent "
        "Wang Fei at 6228 4800 today to withdraw it.'?",
        "这样的能信吗：「閣下嘅欠款已經轉交律師行，今日之內過數去陳生戶口就唔使上庭」",
    ],
)
def test_quoted_message_is_checked_though_a_question_follows(text: str) -> None:
    assert worth_checking(text)


@pytest.mark.parametrize(
    "text",
    [
        "欠信用卡会坐牢吗？",
        "我朋友说“欠钱不还会坐牢”是真的吗",
        "can they really arrest me for a credit card debt?",
    ],
)
def test_own_question_or_short_quote_is_not_a_pasted_message(text: str) -> None:
    assert not worth_checking(text)
