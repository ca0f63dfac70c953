"""The kind of fact a follow-up asks for (bot/asking.py), and the detail that states it."""

from __future__ import annotations

import pytest

from bot import asking
from bot.details import DetailIndex
from bot.kb import KnowledgeBase
from bot.matching import Matcher


@pytest.mark.parametrize(
    "text,kind",
    [
        ("那我该打哪个电话求助", "number"),
        ("their hotline, what number is it", "number"),
        ("佢哋話要嚟 我打幾號報警", "number"),
        ("申请复议要多久之内提", "duration"),
        ("how long do i have to answer the court", "duration"),
        ("一般派几个人过来", "count"),
        ("how many people are they allowed to send", "count"),
        ("半夜发短信也合法吗", "rule"),
        ("is it even allowed to message my boss", "rule"),
    ],
)
def test_a_question_asks_for_a_kind_of_fact(text: str, kind: str) -> None:
    assert kind in asking.asked(text)


@pytest.mark.parametrize("text", ["我好累", "thanks, that helps", "他们今天又来了"])
def test_most_messages_ask_for_no_kind(text: str) -> None:
    assert asking.asked(text) == frozenset()


@pytest.mark.parametrize(
    "answer,kind",
    [
        ("可以拨打12378投诉。", "number"),
        ("call 110 at once", "number"),
        ("收到起诉状15日内答辩", "duration"),
        ("within 6 months of the ruling", "duration"),
        ("上门至少两名催收人员", "count"),
        ("at most 6 attempts a day", "count"),
        ("催收不得联系无关的第三人", "rule"),
        ("that is not allowed", "rule"),
    ],
)
def test_an_answer_states_a_kind_of_fact(answer: str, kind: str) -> None:
    assert kind in asking.stated(answer)


def test_the_detail_stating_the_kind_asked_gains_the_bonus(shipped_kb: KnowledgeBase) -> None:
    index = DetailIndex(shipped_kb, Matcher(shipped_kb).normalize)
    text = "那个再审最晚要在多久以内去申请"
    with_kind = {m.detail.id: m.score for m in index.scores("sued", text)}
    index.kind_bonus = 0.0
    index._last.clear()
    without = {m.detail.id: m.score for m in index.scores("sued", text)}
    appeal = next(d for d in shipped_kb.get("sued").details if d.id == "appeal")  # type: ignore[union-attr]
    assert "duration" in asking.stated(appeal.answer.zh)
    assert with_kind["appeal"] == pytest.approx(without["appeal"] + 0.1)
    # A detail with no duration in its answer gains nothing.
    plain = [
        d.id
        for d in shipped_kb.get("sued").details  # type: ignore[union-attr]
        if "duration" not in asking.stated(f"{d.answer.zh} {d.answer.en}")
    ]
    assert plain and all(with_kind[i] == pytest.approx(without[i]) for i in plain if i in without)


@pytest.mark.parametrize(
    "text,kind",
    [
        ("那最多能罚多少钱", "penalty"),
        ("報咗警佢會唔會坐監", "penalty"),
        ("could the collector end up in jail for this", "penalty"),
        ("这个要我自己去申请吗", "apply"),
        ("do i need to apply or is it done for me", "apply"),
        ("欠多少钱才会被立案", "amount"),
        ("how much does it have to be before it's a crime", "amount"),
        ("我婆婆又没签字 她也得还吗", "liable"),
        ("my uncle never signed anything, does he owe anything", "liable"),
        ("我姑姑也不欠他们钱 凭啥天天打给她", "liable"),
        ("把欠款人名字贴到小区里 合规吗", "rule"),
        ("is that ok to do as an agency", "rule"),
    ],
)
def test_new_kinds_of_fact_asked(text: str, kind: str) -> None:
    assert kind in asking.asked(text)


@pytest.mark.parametrize(
    "answer,kind",
    [
        ("情节较重的处五至十日拘留", "penalty"),
        ("a fine of up to 1,000 yuan", "penalty"),
        ("符合条件的记录自动不再展示，无需申请", "apply"),
        ("it happens automatically", "apply"),
        ("数额较大的起点是5万元", "amount"),
        ("the threshold is 50,000 yuan of principal", "amount"),
        ("紧急联系人和债务无关，没有义务替人还", "liable"),
        ("an emergency contact owes nothing", "liable"),
    ],
)
def test_new_kinds_of_fact_stated(answer: str, kind: str) -> None:
    assert kind in asking.stated(answer)


@pytest.mark.parametrize("text", ["他们明天还来吗", "能不能帮我写封信", "how do i check my report"])
def test_new_kinds_leave_plain_questions_alone(text: str) -> None:
    assert not asking.asked(text) & {"penalty", "apply", "amount", "liable"}


def test_within_a_topic_the_kind_counts_without_shared_words(shipped_kb: KnowledgeBase) -> None:
    """A short follow-up asking for a fine: within the topic, the detail that states a fine gains
    KIND_UNCOVERED even when no word of the message reaches it; across every topic it does not."""
    index = DetailIndex(shipped_kb, Matcher(shipped_kb).normalize)
    text = "最多罚多少"
    assert "penalty" in asking.asked(text)
    with_kind = {m.detail.id: m.score for m in index.scores("frozen-account", text)}
    index.kind_uncovered = 0.0
    index._last.clear()
    without = {m.detail.id: m.score for m in index.scores("frozen-account", text)}
    entry = shipped_kb.get("frozen-account")
    assert entry is not None
    fines = [
        d.id for d in entry.details if "penalty" in asking.stated(f"{d.answer.zh} {d.answer.en}")
    ]
    assert fines
    gained = [i for i in fines if with_kind.get(i, 0) > without.get(i, 0)]
    assert gained and all(with_kind[i] - without[i] == pytest.approx(0.1) for i in gained)
    others = [i for i in with_kind if i not in fines]
    assert all(with_kind[i] == pytest.approx(without[i]) for i in others)
