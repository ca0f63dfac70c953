"""Genuine notices the scam check must leave alone (twentieth session, after round 39's false
flags); every sentence our own.

- A notice that says no one is to be paid ("无需向任何个人转账", "不用给第三方缴费") asks for no money:
  the pay word is negated through its recipient, as it already was right before it.
- "Loan app" alone names the person's own lender, not a push to borrow elsewhere: borrowing to
  repay is another, a new or a second loan app, or one downloaded to pay.
"""

import pytest

from bot.scamcheck.flags import check


def ids(text: str) -> set[str]:
    return {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "北京互联网法院提醒：您的案件(2026)京0491民初5521号已立案，可登录人民法院在线服务查看，无需向任何个人转账。",
        "法院短信說案件已經受理，請用12368查詢，不用給任何人付款，這是真的嗎",
        "上海金融法院通知：请通过移动微法院查看文书，诉讼费按通知缴纳至法院账户，不需要向第三方缴费。",
    ],
)
def test_a_notice_saying_no_one_is_to_be_paid_asks_for_no_money(text: str) -> None:
    assert not ids(text) & {"court-channel", "personal-account", "fee-to-stop"}


@pytest.mark.parametrize(
    "text",
    [
        "法院通知你的案件已受理，不需要去法院，马上转账到张伟的个人账户结案",
        "自称法院的人说不用向法院交钱，直接付款给他本人就能撤诉",
    ],
)
def test_money_asked_after_a_negated_errand_is_still_asked(text: str) -> None:
    assert ids(text) & {"court-channel", "personal-account", "fee-to-stop", "fake-court"}


@pytest.mark.parametrize(
    "text",
    [
        "My loan app sent a reminder: the instalment is due Friday, pay in the app or call the number on its website.",
        "the loan app I used last year says I can ask support for a two-week extension, is that normal?",
    ],
)
def test_the_persons_own_loan_app_is_not_borrowing_to_repay(text: str) -> None:
    assert "borrow-to-repay" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The collector told me to get another loan app and use it to clear this debt today.",
        "They said download a new lending app, borrow 3000 there and pay them back tonight.",
        "催收让我去别的平台借钱先把这笔还了",
    ],
)
def test_another_loan_app_to_pay_is_borrowing_to_repay(text: str) -> None:
    assert "borrow-to-repay" in ids(text)
