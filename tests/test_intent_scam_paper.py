"""A court paper with a scam's signs is checked before any deadline is counted on it."""

from __future__ import annotations

import pytest

from tests.intent_cases import LAYER, SUNDAY


@pytest.mark.parametrize(
    "text",
    [
        # a 传票 asking for a password, at a look-alike site
        "【某某区人民法院】您的传票已生成 请登录 www.fayuan-sd.net 输入银行卡密码签收",
        # a summons paid to a person's account
        "收到传票说要在3天内答辩 先把诉讼费转到书记员王强的支付宝",
        # a fee to make the case go away
        "短信说我被起诉了 传票已发出 交2000撤诉费就撤案",
    ],
)
def test_fake_court_papers_are_checked_not_counted(text: str) -> None:
    assert LAYER.classify(text, SUNDAY).name == "scam-check-paper"


@pytest.mark.parametrize(
    "text",
    [
        "我昨天收到法院传票 让我15天内答辩 怎么算",
        "收到判决书了 上诉期是几天",
    ],
)
def test_real_papers_still_get_a_deadline(text: str) -> None:
    assert LAYER.classify(text, SUNDAY).name == "deadline"


@pytest.mark.parametrize(
    "text",
    [
        # the other side's order to pay a person, relayed: not the person asking for a reminder
        "they sent me a text saying pay 2000 to account name Li Ming by tomorrow or police will arrest me",
        "收到短信说明天之前把5000转到王刚的银行卡 不然就上门抓人",
    ],
)
def test_a_relayed_demand_is_checked_not_set_as_a_reminder(text: str) -> None:
    names = [i.name for i in LAYER.intents(text, SUNDAY)]
    assert "reminder-set" not in names and "scam-check" in names


def test_asking_for_a_reminder_to_pay_someone_is_still_a_reminder() -> None:
    assert LAYER.classify("提醒我明天还招行3000", SUNDAY).name == "reminder-set"
