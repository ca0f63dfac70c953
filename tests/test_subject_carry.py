"""A short follow-up ("多久内", "怎么改") is read with what the conversation was about: the
last longer message's coverage of the details (numbers only, no text: DetailIndex.subject)."""

from __future__ import annotations

import pytest

from bot.details import CARRY_SHARE, DetailIndex
from bot.kb import KnowledgeBase
from bot.matching import Matcher


@pytest.fixture(scope="module")
def index(shipped_kb: KnowledgeBase) -> DetailIndex:
    return DetailIndex(shipped_kb, Matcher(shipped_kb).normalize)


def test_a_longer_message_becomes_the_subject_and_a_short_one_keeps_it(index: DetailIndex) -> None:
    first = index.subject("判决书上写着一审终审 我不服 还能申请再审吗", None)
    assert first is not None and first.max() > 0
    kept = index.subject("多久内", first)
    assert kept is first
    other = index.subject("征信报告上那笔逾期记录是错的 想申请更正", first)
    assert other is not None and other is not first


def test_the_subject_raises_the_detail_it_was_about(index: DetailIndex) -> None:
    subject = index.subject("判决书上写着一审终审 我不服 还能申请再审吗", None)
    plain = {m.detail.id: m.score for m in index.scores("sued", "多久内")}
    carried = {m.detail.id: m.score for m in index.scores("sued", "多久内", carry=subject)}
    # The detail about appeals and retrial gains; the payment-order detail, which the message
    # before never touched, does not.
    assert carried["appeal"] > plain["appeal"]
    assert carried["payment-order"] == pytest.approx(plain["payment-order"], abs=0.02)
    assert max(carried[i] - plain[i] for i in plain) <= CARRY_SHARE + 1e-6


def test_a_message_with_a_subject_of_its_own_is_not_carried(index: DetailIndex) -> None:
    subject = index.subject("判决书上写着一审终审 我不服 还能申请再审吗", None)
    text = "收到法院的支付令 有异议的话要多久之内提出来"
    plain = {m.detail.id: m.score for m in index.scores("sued", text)}
    carried = {m.detail.id: m.score for m in index.scores("sued", text, carry=subject)}
    assert carried == plain
