"""Scam-check classes of the sixteenth session (issue #14), both ways; every sentence our own.

Genuine: a court's own account for enforcement money ("本院执行款专户"); a body saying by what
channel it never asks ("不通过电话…要求"); "nothing about arrest"; a province's other name in a
case number (滇 for 云); an account named for the company itself ("户名就是公司全称").
Red flags: money to the caller himself ("先转3000给他"), to an account to unfreeze it, to a payee
named with 叫 or described by surname; detention at the border; a body named for the debts it
hears; a code given in Cantonese order ("俾个验证码佢"); a deposit with what not paying brings
("逾期将司法拘留"); a case number after "he gave:"; bail to a chat account; money to a relative
of the caller, in coins, or to an officer's card by name."""

import pytest

from bot.scamcheck.model import check_all


def ids(text: str) -> set[str]:
    return {f.id for f in check_all(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【杭州市西湖区人民法院】(2026)浙0106执2231号案件已立案执行，请登录 https://zxgk.court.gov.cn "
        "查看，执行款请按执行通知书载明的本院执行款专户缴纳。",
        "【某某银行】温馨提示：本行不通过电话、短信要求客户缴纳任何费用办理征信修复，请通过官方App办理业务。",
        "a collector from an agency for my bank called, gave his staff number and the bank hotline. "
        "nothing about arrest or any fee. is that fine?",
        "【昆明市五华区人民法院】案号(2026)滇0102民初1888号，您被诉借款合同纠纷一案定于12月20日开庭，详情拨打12368。",
        "资产管理公司来电说债权已转让，让我核实后通过他们公司的对公账户还款，户名就是公司全称。",
        # after rounds 30-31: a negation carried along a list, a provincial court's own site
        "银行客服来电提醒我信用卡逾期，让我用官方App还款，没有要我提供任何密码或验证码。",
        "【上海市黄浦区人民法院】(2026)沪0101民初9981号 已立案，请登录上海法院诉讼服务网 hshfy.sh.cn 查询。",
    ],
)
def test_genuine_messages_raise_nothing(text: str) -> None:
    assert ids(text) == set()


@pytest.mark.parametrize(
    "text,flag",
    [
        ("对方说先转5000给他，他就能让系统显示结清", "personal-account"),
        ("他说卡被冻结了，叫我转$6000去一个户口解冻", "fee-to-stop"),
        ("短信下面写着收款人叫刘大明的转数快", "personal-account"),
        ("佢叫我即刻过数，户口名系一个姓黄嘅人", "personal-account"),
        ("唔还就通知海关喺口岸扣你", "arrest-threat"),
        (
            "letter from the 'National Arbitration Centre for Online Lending': pay the fee today",
            "fake-court",
        ),
        ("佢叫我撳条link入去，再俾个验证码佢", "credentials"),
        ("请在24小时内缴纳执行保证金，逾期将司法拘留。", "fee-to-stop"),
        (
            "he says he is a lawyer and can get the case dropped. case number he sent: #SH20261201",
            "bad-case-number",
        ),
        ("说我弟被抓了，要交取保金，对方给的是个微信号", "personal-account"),
        ("he wants me to settle by sending money via alipay to his brother", "personal-account"),
        ("they say my record can be wiped if I pay in bitcoin today", "personal-account"),
        ("to stop the lawsuit pay 2000 to our case officer Wang Fang's card", "personal-account"),
        # after rounds 30-31: the person's own relative, a titled person of theirs, a masked payee
        ("催收说让我把这期的钱转到你姑姑的账户，他们那边会销账", "personal-account"),
        ("说交了保证金就不抓，钱打到他们所长的微信", "personal-account"),
        ("要交手续费，扫码付款，收款人显示“陈**”", "personal-account"),
        (
            "they want me to pay the whole overdue amount in USDT to avoid a lawsuit",
            "personal-account",
        ),
    ],
)
def test_red_flags_are_raised(text: str, flag: str) -> None:
    assert flag in ids(text)
