"""What the person said (amounts, months, creditor) put into one sentence of arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.repayment import plan_sentence, read_situation
from bot.store import Store
from tests.conftest import NOW


@pytest.mark.parametrize(
    ("text", "total", "monthly", "months", "creditor"),
    [
        ("欠招行5万，每月只能还1500", 50000, 1500, None, "招行"),
        ("欠工行20万 每月还1000", 200000, 1000, None, "工行"),
        ("1500一个月能还，欠了6万", 60000, 1500, None, None),
        ("信用卡欠了12万，想分60期", 120000, None, 60, None),
        ("欠款3万，逾期3个月了", 30000, None, None, None),  # overdue months are not a plan
        ("每月能还2000", None, 2000, None, None),
        ("i owe CMB 50000 and can pay 1500 a month", 50000, 1500, None, "CMB"),
        ("卡债欠了十几万", None, None, None, None),  # no figure we can use
    ],
)
def test_reads_what_was_said(
    text: str, total: int | None, monthly: int | None, months: int | None, creditor: str | None
) -> None:
    s = read_situation(text)
    assert s.total == (Decimal(total) if total else None)
    assert s.monthly == (Decimal(monthly) if monthly else None)
    assert s.months == months and s.creditor == creditor


def test_sentences() -> None:
    assert plan_sentence("欠招行5万，每月只能还1500", "zh") == (
        "欠招行5万元 ÷ 1500元/月 ≈ 34个月，在个性化分期最长5年（60个月）的范围内。"
    )
    over = plan_sentence("欠工行20万 每月还1000", "zh")
    assert over is not None and "200个月" in over and "超过" in over and "3334元" in over
    en = plan_sentence("i owe CMB 50000 and can pay 1500 a month", "en")
    assert en is not None and en.startswith("CMB: 50,000 yuan ÷ 1,500 yuan/month ≈ 34 months")
    assert plan_sentence("信用卡逾期了怎么办", "zh") is None


def test_the_negotiation_answer_uses_the_figures(shipped_kb: KnowledgeBase, store: Store) -> None:
    engine = Engine(shipped_kb, store, clock=lambda: NOW)
    reply = engine.handle("c", "欠招行5万，每月只能还1500，怎么跟银行协商分期")
    assert reply.topic == "negotiate-instalments"
    text = render_text(reply, numbered_buttons=False)
    assert "欠招行5万元 ÷ 1500元/月 ≈ 34个月" in text[:350]  # on the first screen
    other = engine.handle("d", "欠招行5万，催收打电话骂我怎么办")
    assert other.topic != "negotiate-instalments" and "÷" not in render_text(other)
