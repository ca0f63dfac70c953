"""The scam check's small grammars (issue #14, classes read in rounds 13-15), both ways: who is
paid (a wallet number with its holder's name; a company account after the fee and amount), what
the fee buys (the case made to go away), how a "court" reaches one (a messaging app, a liaison
unit no court has). Every sentence is our own, not copied from a blind round."""

from __future__ import annotations

import pytest

from bot.scamcheck.flags import check

# (class, text, flag that must be raised)
MUST_FLAG = [
    ("holder after number", "还款请转到微信 139****5678 收款人 孙某", "personal-account"),
    ("holder after number", "打到支付宝 13812345678 实名：钱某某 马上处理", "personal-account"),
    ("holder after number", "转账至 6217 **** **** 3321 户名 郑晓", "personal-account"),
    (
        "company after fee",
        "想解除冻结 先缴纳解冻金8000 到 深圳市汇信商务咨询有限公司 账户",
        "personal-account",
    ),
    ("company after fee", "需要交服务费3000元至杭州恒达信息咨询中心的对公账户", "personal-account"),
    ("case made to go away", "交两千手续费 我们法务可以把官司摆平", "fee-to-stop"),
    ("case made to go away", "付800元就能帮你把起诉压住", "fee-to-stop"),
    ("case made to go away", "pay 2000 and our lawyer will bury the case", "fee-to-stop"),
    ("court on an app", "某某区人民法院通知：请添加法官微信 核对案件信息", "court-channel"),
    (
        "court on an app",
        "Shenzhen Futian court said to message the clerk on whatsapp today",
        "court-channel",
    ),
    (
        "court liaison unit",
        "msg from 'Hangzhou Xihu District Court Debtor Liaison Office' asking me to call back",
        "fake-court",
    ),
    ("court liaison unit", "【杭州市西湖区人民法院执行联络处】您的案件已移交", "fake-court"),
]

# (class, genuine text that must raise nothing)
MUST_NOT_FLAG = [
    ("holder after number", "【招商银行】您尾号3321的卡于11月29日入账5000元，户名：张伟"),
    ("holder after number", "我把自己的支付宝 13812345678 绑定了借呗自动还款"),
    (
        "company after fee",
        "【平安银行】请于12月5日前通过平安口袋银行App还款，勿向任何个人或公司账户转账",
    ),
    ("case made to go away", "律师说案子可以调解 不用交什么钱"),
    ("case made to go away", "法院短信：本案已调解结案，请按调解书约定于每月10日前还款"),
    (
        "court on an app",
        "【广州市天河区人民法院】请通过人民法院在线服务小程序查看案件，咨询请拨12368",
    ),
    (
        "court on an app",
        "bank app said i can chat with customer service on wechat official account",
    ),
]


@pytest.mark.parametrize(("cls", "text", "flag"), MUST_FLAG)
def test_flag_raised(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(("cls", "text"), MUST_NOT_FLAG)
def test_genuine_stays_clean(cls: str, text: str) -> None:
    assert check(text) == []
