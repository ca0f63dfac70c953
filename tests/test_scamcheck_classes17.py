"""Scam-check classes of the seventeenth session (issue #14); every sentence our own.

Someone else's words quoted at length, after a colon or inside full quotes, are a pasted message
to check without /check, even when the person then asks a question about it ("got this: '…' is
this real?"); a few words in quotes ("转进“安全账户”") or a question of one's own are not.

The model adds no flag its text leaves nothing to point at, the same test at run time and when
its thresholds are chosen (so such a genuine message no longer raises a threshold): no private
account when the only one named is the creditor's or the court's own, or when money is only said
not to have been asked for; no code wanted when the text warns its code is for no one."""

import pytest

from bot.scamcheck.flags import check, normalise, worth_checking
from bot.scamcheck.model import vetoed


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


# The model's heads have nothing to point at, at run time and when thresholds are chosen
# (model.vetoed): the only account named is the creditor's or court's own, or money is only
# said not to have been asked; the text warns that its code is for no one.
@pytest.mark.parametrize(
    "head,text",
    [
        ("personal-account", "资产公司让我直接还到原银行自己的还款账户，别的账户一律不认"),
        (
            "personal-account",
            "the agency said to pay only into the creditor's account through its app",
        ),
        ("personal-account", "调解员只是约时间谈方案，没让我交钱，也没要我转账"),
        ("credentials", "【某银行】验证码382910，您正在登录手机银行，切勿向他人泄露。"),
        (
            "credentials",
            "Your code is 552013. Do not share this code with anyone, not even bank staff.",
        ),
    ],
)
def test_model_head_vetoed_where_nothing_points_at_it(head: str, text: str) -> None:
    assert vetoed(head, normalise(text), [f.id for f in check(text)])


@pytest.mark.parametrize(
    "head,text",
    [
        ("personal-account", "对方让我把钱转到他们经理的私人账户，说对公账户要等三天"),
        ("personal-account", "they said pay the lender, but to a personal account of their agent"),
        ("credentials", "客服说把刚收到的验证码念给他听，就能帮我延期"),
        # an official-sounding account held by a person is a person's
        ("personal-account", "他们给了个账号 6222 0000 1111 2222 户名王秀芝，说是公司对公账户"),
    ],
)
def test_model_head_kept_where_something_points_at_it(head: str, text: str) -> None:
    assert not vetoed(head, normalise(text), [f.id for f in check(text)])


def test_english_bail_and_named_fees_are_fees_to_stop() -> None:
    # "bail" and "settlement fee" as whole words (the pattern once held backspaces for \b)
    assert "fee-to-stop" in {f.id for f in check("pay the bail of 5000 today or stay in custody")}
    assert "fee-to-stop" in {
        f.id
        for f in check("Pay the settlement fee at http://x-pay.cc within 24h to close the case")
    }
