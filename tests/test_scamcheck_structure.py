"""Scam-check and evidence-log classes read by structure (issue #14, round 17's misses), both ways.

Every sentence is our own, written for the class it stands for (none copied from a corpus): the
thing paid, what a fee buys, what is threatened, a court parsed into place + level + ordinal. Each
class has messages that must raise its flag and genuine bank (95555, 95588) and court (12368)
messages that must raise none.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.evidence.extract import extract_all
from bot.scamcheck.court import fake_court_names, fake_english_court_names
from bot.scamcheck.flags import check, worth_checking

NOW = datetime(2026, 11, 30, 12, 0)

# (class, text, flag that must be raised)
MUST_FLAG = [
    # money to a relative's or an acquaintance's card, an amount between the verb and the card
    ("relative's card", "催收让我把3000转到他小舅子的银行卡 说走对公太慢", "personal-account"),
    ("relative's card", "他叫我还2000给他表哥的支付宝", "personal-account"),
    ("relative's card", "对方让我先打800到他媳妇的农行卡上", "personal-account"),
    # a personal QR code as payee
    ("personal QR code", "直接扫他发来的个人收款码付就行", "personal-account"),
    (
        "personal QR code",
        "they said to settle it by scanning a personal QR code on wechat",
        "personal-account",
    ),
    # a fee whose purpose is stopping a proceeding, in any wording
    ("fee stops a proceeding", "对方说交3800元保证金就可以不予立案", "fee-to-stop"),
    ("fee stops a proceeding", "只要缴纳程序终止费3000元 就停止审理", "fee-to-stop"),
    ("fee stops a proceeding", "书记员说交一笔押金就不开庭了", "fee-to-stop"),
    ("fee stops a proceeding", "付1500块即可取消立案", "fee-to-stop"),
    (
        "fee stops a proceeding",
        "pay the 2000 yuan suspension fee and the hearing will be called off",
        "fee-to-stop",
    ),
    ("fee stops a proceeding", "transfer 1500 to get the case dropped", "fee-to-stop"),
    # courts whose ordinal does not exist: only Beijing 1-4, Shanghai/Tianjin 1-3, Chongqing 1-5
    ("numbered court", "【重庆市第六中级人民法院】您涉嫌恶意逾期", "fake-court"),
    ("numbered court", "【成都市第一中级人民法院】限你今日还款", "fake-court"),
    ("numbered court", "收到个信息说是云南省大理市第三中级人民法院的", "fake-court"),
    (
        "numbered court",
        "notice from Tianjin No. 4 Intermediate People's Court, call 13812345678",
        "fake-court",
    ),
    ("numbered court", "Shenzhen 3rd Intermediate People's Court says pay today", "fake-court"),
    (
        "numbered court",
        "a letter from the 'Shanghai Fifth Intermediate Court' about my loan",
        "fake-court",
    ),
    # an English case number not in the court format, after filler words
    (
        "English case number",
        "the case number they gave is just 'No. 77120-2026'",
        "bad-case-number",
    ),
    (
        "English case number",
        "the summons says case ref: No. 8812-2026 from Beijing No. 2 Intermediate Court",
        "bad-case-number",
    ),
    # a code seen during screen sharing
    (
        "code on a shared screen",
        "对方叫我开会议软件分享屏幕 然后看一下我收到的动态码",
        "credentials",
    ),
    (
        "code on a shared screen",
        "he asked me to share screen and then show him the verification code from the bank",
        "credentials",
    ),
    ("code on a shared screen", "客服说要看你手机上的验证码才能确认", "credentials"),
    # the police sent to one's home or workplace, handcuffs
    ("police sent", "自称执行局的人说明天派警察到你单位", "arrest-threat"),
    ("police sent", "催收说要叫派出所的人上我单位来", "arrest-threat"),
    ("police sent", "他们说今晚就来把我铐起来", "arrest-threat"),
    ("police sent", "they said they'd send police to my workplace tomorrow", "arrest-threat"),
]

# (class, genuine message that must raise nothing)
MUST_NOT_FLAG = [
    ("bank 95588", "【中国工商银行】您尾号1234的卡于11月29日还款3000元成功。如有疑问请致电95588。"),
    (
        "bank code warning",
        "【建设银行】验证码：556677，您正在进行转账操作，切勿告知他人，包括自称银行工作人员。",
    ),
    (
        "bank 95555",
        "【招商银行】您的信用卡本期账单已出，请通过掌上生活或95555还款，请勿向任何个人账户转账。",
    ),
    (
        "bank screen-share warning",
        "【招商银行】您正在登录手机银行，验证码 882211，请勿在共享屏幕时展示。",
    ),
    (
        "bank screen-share warning",
        "【工商银行】验证码123456，切勿告知他人，谨防屏幕共享诈骗。95588",
    ),
    (
        "12368 warning",
        "12368提醒：法院不会以电话、短信要求您转账汇款，不会索要验证码，谨防屏幕共享诈骗。",
    ),
    (
        "real numbered court",
        "【北京市第二中级人民法院】您有一条新的送达文书，请登录人民法院在线服务查看，咨询12368。",
    ),
    ("real numbered court", "【天津市第三中级人民法院】您的案件已受理，详情请登录人民法院在线服务"),
    (
        "real numbered court",
        "【上海市第一中级人民法院】（2026）沪01民终1234号案件将于12月10日开庭，请准时到庭。",
    ),
    ("real numbered court", "【重庆市第五中级人民法院】您的材料已签收，查询请拨打12368。"),
    (
        "hearing moved",
        "the bank's letter: the hearing was postponed to 12 Dec, court fees are paid via the court's own platform",
    ),
    ("own card", "我自己先还500到我的信用卡上了"),
    (
        "court hotline",
        "received a message from 12368 court hotline saying i have documents to view at zxfw.court.gov.cn",
    ),
]


@pytest.mark.parametrize(("cls", "text", "flag"), MUST_FLAG)
def test_flag_raised(cls: str, text: str, flag: str) -> None:
    flags = check(text)
    assert flag in {f.id for f in flags}, cls
    raised = next(f for f in flags if f.id == flag)
    assert raised.reason and raised.verify  # each flag says why and how to check


@pytest.mark.parametrize(("cls", "text"), MUST_NOT_FLAG)
def test_genuine_clean(cls: str, text: str) -> None:
    assert check(text) == [], cls


@pytest.mark.parametrize(
    ("name", "real"),
    [
        ("北京市第四中级人民法院", True),
        ("北京市第五中级人民法院", False),
        ("上海市第三中级人民法院", True),
        ("上海市第四中级人民法院", False),
        ("重庆市第五中级人民法院", True),
        ("广州市第二中级人民法院", False),
        ("海南省第一中级人民法院", True),  # a province numbers its own
    ],
)
def test_numbered_intermediate_court(name: str, real: bool) -> None:
    assert (fake_court_names(name) == []) is real


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("beijing no. 3 intermediate people's court", True),
        ("beijing 5th intermediate court", False),
        ("chongqing fourth intermediate people's court", True),
        ("wuhan 2nd intermediate court", False),
    ],
)
def test_numbered_intermediate_court_english(text: str, real: bool) -> None:
    assert (fake_english_court_names(text) == []) is real


def test_handcuffs_in_chinese_pass_the_gate() -> None:
    # a collector's threat told in the person's words reaches the check at all
    assert worth_checking("催收说今天不还就去我厂里把我铐走")


# (class, text, (kind, count) pairs)
EVIDENCE = [
    (
        "visit carried out",
        "昨天微信说今天要上门 结果下午果然找上门了",
        [("message", 1), ("visit", 1)],
    ),
    (
        "visit carried out",
        "texted that they'd come by tonight and then they actually showed up at 10pm",
        [("message", 1), ("visit", 1)],
    ),
    ("not a visit", "他们发短信说要来 后来真来了电话", [("message", 1), ("call", 1)]),
    ("asked for the boss", "店里座机被打了3次 点名要找我们老板", [("third-party", 3)]),
    ("asked for the boss", "打了我公司前台电话两次 说要找我主管", [("third-party", 2)]),
    ("another post", "在抖音发视频挂我 小红书上也发了一条", [("posting", 2)]),
    ("another post", "朋友圈发了我照片 微博也有一篇", [("posting", 2)]),
    ("a text is no post", "在微博发帖骂我 也发了一条短信给我", [("posting", 1), ("message", 1)]),
    ("workplace found", "他们查到我单位 打了3次电话给我领导", [("third-party", 3)]),
    ("workplace found", "他们打听到我公司 打了2次电话给我老板", [("third-party", 2)]),
    ("a visit to work", "催收来我单位找了两次", [("visit", 2)]),
    # a kind said not to have happened counts nothing (tenth session, round 18's class)
    ("none of a kind", "昨天没有电话 只有短信 上午一条 晚上一条", [("message", 2)]),
    ("none of a kind", "no calls today, just 4 texts", [("message", 4)]),
]


@pytest.mark.parametrize(("cls", "text", "want"), EVIDENCE)
def test_evidence_kinds_and_counts(cls: str, text: str, want: list[tuple[str, int]]) -> None:
    assert [(e.kind, e.count) for e in extract_all(text, NOW)] == want, cls


@pytest.mark.parametrize(
    "name, real",
    [
        # a city written without its 市 before a real district (as court texts often are)
        ("杭州西湖区人民法院", True),
        ("成都武侯区人民法院", True),
        ("杭州市西湖区人民法院", True),
        # the same shape with a district the city does not have stays fake
        ("杭州朝阳区人民法院", False),
    ],
)
def test_a_city_without_its_suffix_before_a_district(name: str, real: bool) -> None:
    assert (fake_court_names(f"【{name}】您的案件已立案，请登录官方平台查看") == []) is real
