"""The scam check read by structure, one class of miss at a time (issue #14), both ways.

Every sentence here is our own, written for the class it stands for (none is copied from a
blind round): a flag that must be raised, and a genuine message that must stay clean.
"""

from __future__ import annotations

import pytest

from bot.scamcheck.flags import check

# (class, text, flag that must be raised)
MUST_FLAG = [
    # links glued to the Chinese around them
    ("link glued", "点这里t.cn/Zq81领取减免名额", "short-link"),
    ("link glued", "详情请访问zhengxin-help.top/repair查询", "unofficial-link"),
    ("link glued", "打開bit.ly/9xQw填資料", "short-link"),
    # a code asked to be typed in
    ("code typed", "对方说下好app以后输一下短信验证码就行", "credentials"),
    # a tribunal named for a line of business, which sits nowhere
    ("made-up tribunal", "来电的说是杭州市网络借贷法庭 要我今天去处理", "fake-court"),
    ("made-up tribunal", "【江苏省债务清欠法庭】您已被立案", "fake-court"),
    ("made-up tribunal", "有人自称成都市在线金融法庭的书记员", "fake-court"),
]

# (class, genuine text that must raise nothing)
MUST_NOT_FLAG = [
    ("link glued", "工行短信说登录icbc.com.cn或者打95588查询分期"),
    ("link glued", "法院短信让我登录zxfw.court.gov.cn查看文书"),
    # a court's own tribunal and a town's dispatched tribunal
    ("tribunal", "通知我去朝阳区人民法院金融审判庭开庭 是真的吗"),
    ("tribunal", "传票上写的是永和人民法庭 这是哪个法院"),
    ("tribunal", "要是被起诉了 我是不是得上法庭"),
    # a place whose name holds a character read as a cut ("让", "和", "个", "自", "从", "那")
    ("place with a stop character", "收到法院寄的传票 大庆市让胡路区人民法院 案号(2026)黑0604民初77号"),
    ("place with a stop character", "收到个旧市人民法院的传票 让我下周去"),
    ("place with a stop character", "自流井区人民法院寄来传票"),
    ("place with a stop character", "收到从化区人民法院的短信 说是诉前调解"),
    ("place with a stop character", "收到那曲市色尼区人民法院的传票"),
]


@pytest.mark.parametrize("cls,text,flag", MUST_FLAG, ids=[f"{c}: {t[:16]}" for c, t, _ in MUST_FLAG])
def test_each_class_raises_its_flag(cls: str, text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}, cls


@pytest.mark.parametrize("cls,text", MUST_NOT_FLAG, ids=[f"{c}: {t[:16]}" for c, t in MUST_NOT_FLAG])
def test_genuine_messages_of_each_class_stay_clean(cls: str, text: str) -> None:
    assert [f.id for f in check(text)] == [], cls
