"""Scam-check classes of the thirteenth session (from the misses of intents rounds 22 and 23 and
of the blind training sets), both ways. Every sentence is our own, written for its class.
"""

from __future__ import annotations

import pytest

from bot.scamcheck.court import fake_court_names
from bot.scamcheck.flags import check, normalise
from bot.skills_eval import STRICT, _raised

# (class, text, flag that must be raised)
MUST_FLAG = [
    # money into the private account of whoever handles the case buys its going away
    ("official's own account", "说案子要结 先交两千诉讼保全费到承办法官个人账户", "fee-to-stop"),
    (
        "official's own account",
        "对方让我把钱打到书记员私人微信上 说这样案子就不往下走",
        "fee-to-stop",
    ),
    (
        "official's own account",
        "he wants the fee paid into the clerk's personal wechat",
        "fee-to-stop",
    ),
    # kept off the defaulters' list for money
    ("spared the blacklist", "仲裁那边的人说交了五千就不上失信名单", "fee-to-stop"),
    (
        "spared the blacklist",
        "pay 800 today and you won't be put on the blacklist, the judge said",
        "fee-to-stop",
    ),
    # a go-between clearing every debt for a fee
    (
        "debt cleared by a go-between",
        "有个中介说能一次性结清我所有网贷 收服务费三千",
        "fee-to-stop",
    ),
    # a fee named before its pay verb, as the condition of a threat
    ("fee first", "请将解冻金6000元转至专员账户，否则明天上门查封", "fee-to-stop"),
    ("lift the listing", "pay 2,000 to lift the listing on the court website", "fee-to-stop"),
    # the caller himself paid, by pronoun
    (
        "paid to him",
        "an officer called and said to pay 900 to him so my account opens again",
        "personal-account",
    ),
    # a role and a name own the account
    ("role and name", "叫我把钱转到他们经理陈刚的农行卡", "personal-account"),
    ("role and name", "让我付3000元手续费到对接人刘梅的支付宝", "personal-account"),
    # coin wallets by the form of their address, and wallets logged in by e-mail
    ("coin address", "剩下的用币还 地址 TXk2m9Qp7LrB4sWz8nC5vD 三天内转", "personal-account"),
    (
        "coin address",
        "send it to this address bc1qz8m2k4p9r7w3 and the case closes",
        "personal-account",
    ),
    ("e-mail wallet", "执行款请付至支付宝账户 zhixing_2026@126.com", "personal-account"),
    # Cantonese: a transfer said 转数, a wallet after 个, a code read back
    ("Cantonese transfer", "佢叫我转数去「李生」个微信", "personal-account"),
    ("code read back", "话等阵有个验证码 收到就念返俾佢听", "credentials"),
    # a court on a mobile, told rather than quoted
    ("court on a mobile", "对方说自己是法院的 可是打来的是个手机号 说不给钱就来带人", "fake-court"),
    (
        "court on a mobile",
        "someone claiming to be the county court rang me from a mobile number",
        "fake-court",
    ),
    (
        "court's text from a mobile",
        "got a text from 13911112222 signed Haidian District People's Court",
        "fake-court",
    ),
    # authorities with a unit for debts, in any language
    ("authority's debt unit", "说是公安部逾期清查中心的 要我配合", "fake-court"),
    ("authority's debt unit", "自称国家反诈中心催收部 要我先交担保金", "fake-court"),
    ("authority's debt unit", "【人民银行征信修复办公室】您的逾期可付费消除", "fake-court"),
    ("police unit for loans", "对方说他是南京市公安局网贷侦查大队的", "fake-court"),
    ("office across the strait", "說是大陸法院駐台辦事處打來的", "fake-court"),
    (
        "English debt authority",
        "a letter from the National Debt Enforcement Authority says I must pay",
        "fake-court",
    ),
    (
        "English debt authority",
        "email from the Bureau of Loan Crimes, Shanghai: you will be arrested",
        "fake-court",
    ),
    # an authority claimed, then money or a code asked for
    ("regulator claimed", "对方自称银保监会的 让我把验证码告诉他帮我注销账户", "court-channel"),
    (
        "regulator claimed",
        "he said he was from the central bank and I must pay a fee to his colleague",
        "court-channel",
    ),
]

# (class, genuine text that must raise nothing)
MUST_NOT_FLAG = [
    # the court named first in full, then again as the subject of what it did
    (
        "court as subject",
        "调解员说她是海淀区人民法院的，说我和银行的纠纷法院委派她调解，可以打12368核实，没说要钱",
    ),
    (
        "nothing charged",
        "The court's mediator said it is voluntary, I can check on 12368, and there's no fee.",
    ),
    ("credit bureau", "the bank said my late payment may be reported to the credit bureau"),
    ("credit reference centre", "逾期信息会报送中国人民银行征信中心，请按时还款。"),
    ("anti-fraud warning", "国家反诈中心提醒：自称法院要求转账的都是诈骗。"),
    ("FPS wallet", "請用轉數快付款至本行賬戶"),
]


@pytest.mark.parametrize(
    "cls,text,flag", MUST_FLAG, ids=[f"{c}: {t[:14]}" for c, t, _ in MUST_FLAG]
)
def test_each_class_raises_its_flag(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize("cls,text", MUST_NOT_FLAG, ids=[c for c, _ in MUST_NOT_FLAG])
def test_genuine_messages_of_each_class_stay_clean(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls


def test_the_real_credit_reference_centre_is_no_made_up_agency() -> None:
    assert fake_court_names(normalise("中国人民银行征信中心")) == []
    assert fake_court_names(normalise("中国人民银行征信修复中心")) != []


def test_the_corpora_fake_court_is_met_by_the_channel_flag_and_reported_strictly_too() -> None:
    # the brief's fake-court covers a real court's name on a mobile: court-channel says that
    assert _raised("fake-court", {"court-channel"})
    assert not (STRICT["fake-court"] & {"court-channel"})
    assert not _raised("fake-court", {"personal-account"})
