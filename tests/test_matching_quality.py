"""Matching on the shipped knowledge base: the eval regression guard and the hard cases
(long rambling messages, traditional Chinese and Cantonese, typos, follow-ups, safety)."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.evaluation import evaluate, load_set
from bot.kb import KnowledgeBase
from bot.matching import Matcher
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW, ROOT


@pytest.fixture(scope="module")
def matcher(shipped_kb: KnowledgeBase) -> Matcher:
    return Matcher(shipped_kb)


@pytest.fixture
def kb_engine(shipped_kb: KnowledgeBase, matcher: Matcher) -> Engine:
    from bot.bootstrap import build_skills

    store = Store(":memory:")
    return Engine(
        shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW, matcher=matcher
    )


@pytest.fixture(scope="module")
def dev_report(shipped_kb: KnowledgeBase) -> dict:
    return evaluate(shipped_kb, load_set(ROOT / "tests" / "data" / "eval.yaml")).summary()


def test_regression_guard_issue_floors(dev_report: dict) -> None:
    # The knowledge-base issue's floors; the matching issue's targets are checked below.
    assert dev_report["top1"] >= 0.90
    assert dev_report["top3"] >= 0.97
    assert dev_report["offtopic_rejection"] >= 0.90
    assert dev_report["follow_ups"] >= 0.80


def test_matching_targets_per_language(dev_report: dict) -> None:
    for lang in ("zh-Hans", "zh-Hant", "en"):
        assert dev_report["by_lang"][lang]["top1"] >= 0.95, lang
        assert dev_report["by_lang"][lang]["top3"] >= 0.99, lang
    assert dev_report["offtopic_rejection"] >= 0.95
    assert dev_report["follow_ups"] >= 0.90


def answer(matcher: Matcher, text: str) -> str | None:
    m = matcher.match(text)
    return m.best if m.outcome == "answer" else None


LONG = [
    (
        "我是做小生意的，今年生意一直不好，三张信用卡加起来欠了八万多，已经逾期四个月了。"
        "前几天我妈突然打电话问我是不是欠钱了，原来催收把电话打到了我老家，"
        "还跟我妈说不还钱就要让我坐牢，我妈吓得一晚上没睡。他们可以随便打给我家里人吗？",
        "contacts-called",
    ),
    (
        "So here's the thing, I lost my job in March and fell behind on two cards. The bank's "
        "people have been decent actually, and they mentioned I could maybe pay in smaller monthly "
        "amounts over a few years. How do I ask them for an instalment plan like that?",
        "negotiate-instalments",
    ),
    (
        "去年借了一个网贷，当时说借一万，结果到手只有七千五，说是扣了服务费和保险，"
        "现在每个月还要还一千多，算下来年化高得吓人。这样被先扣掉的钱我也要还吗？",
        "illegal-interest",
    ),
]


@pytest.mark.parametrize("text,topic", LONG)
def test_long_messages_find_the_buried_question(matcher: Matcher, text: str, topic: str) -> None:
    assert answer(matcher, text) == topic


@pytest.mark.parametrize(
    "text,topic",
    [
        ("收數佬成日打去我公司搵我老細，搞到我好尷尬", "employer-contacted"),
        ("追數公司話要上門搵我，我應該點做", "home-visit"),
        ("銀行說要對我提告，我的卡債還不出來怎麼辦", "sued"),
        ("催收半夜三更都打電話嚟，一日打幾十次，點算", "harassing-calls"),
        ("我想同銀行傾分期還卡數，點樣開口好", "negotiate-instalments"),
    ],
)
def test_traditional_chinese_and_regional_words(matcher: Matcher, text: str, topic: str) -> None:
    assert answer(matcher, text) == topic


@pytest.mark.parametrize(
    "text,topic",
    [
        ("崔收天天打电话给我妈和我姐", "contacts-called"),
        ("逾期了正信多久才能恢复", "credit-record"),
        ("我能申请个人破残吗", "personal-bankruptcy"),
        ("花贝逾期了会怎么样", "huabei-jiebei"),
        ("the colector keeps calling my mum about my debt", "contacts-called"),
    ],
)
def test_typos_and_homophones(matcher: Matcher, text: str, topic: str) -> None:
    assert answer(matcher, text) == topic


@pytest.mark.parametrize(
    "first,first_topic,follow,follow_topic",
    [
        (
            "想跟银行申请个性化分期",
            "negotiate-instalments",
            "要是银行不同意呢",
            "negotiate-instalments",
        ),
        (
            "I want to ask my bank for a payment plan",
            "negotiate-instalments",
            "what if they say no?",
            "negotiate-instalments",
        ),
        ("催收说要来我家上门", "home-visit", "那他们赖在门口不让我出去呢", "physical-danger"),
        ("催收打电话给我爸妈了", "contacts-called", "那我爸妈需要替我还吗", "family-liability"),
        # No subject word, and the budget is not among the stress topic's follow-ups, but the
        # turn's own best match is clear: it leaves the conversation's topics.
        (
            "欠了一身债，压力大到整晚失眠",
            "emotional-crisis",
            "那每个月到底该拿多少出来还才够吃饭？",
            "assess-ability",
        ),
        # A bare question pointing back is about the topic just discussed, even when its one
        # content word ("legal") is a word of another topic (legal aid).
        (
            "collectors turned up at my flat yesterday",
            "home-visit",
            "is that even legal?",
            "home-visit",
        ),
        ("催收把我的照片发到群里了", "public-shaming", "is this illegal?", "public-shaming"),
        # A bare 这 before the predicate ("这违法吧") points back as 这样 does.
        ("催收打电话给我爸妈了", "contacts-called", "这违法吧", "contacts-called"),
        ("催收打電話給我爸媽", "contacts-called", "這算違法嗎", "contacts-called"),
        (
            "the collector keeps insulting me on the phone",
            "abusive-caller",
            "is he allowed to do that?",
            "abusive-caller",
        ),
        # A keyword the conversation had not named (请律师) is a change of subject.
        ("银行起诉我了，下周开庭", "sued", "一定要请律师吗 我没钱", "legal-aid"),
        # A question mark makes a subject-less turn a follow-up.
        ("想申请个人破产", "personal-bankruptcy", "外地户口也可以？", "personal-bankruptcy"),
    ],
)
def test_follow_ups_use_context(
    kb_engine: Engine, first: str, first_topic: str, follow: str, follow_topic: str
) -> None:
    assert kb_engine.handle("c", first).topic == first_topic
    assert kb_engine.handle("c", follow).topic == follow_topic


def test_context_does_not_answer_greetings(kb_engine: Engine) -> None:
    assert kb_engine.handle("g", "催收说要来我家上门").topic == "home-visit"
    assert kb_engine.handle("g", "好的谢谢").topic is None


@pytest.mark.parametrize(
    "text,safety",
    [
        ("欠了网贷还不上，催收的人现在堵在我家门口不让我出门", "physical-danger"),
        (
            "The collectors are outside and threatened to beat me up if I don't pay today",
            "physical-danger",
        ),
        ("信用卡欠太多了还不上，真的不想活了", "emotional-crisis"),
        ("i owe so much on my cards i just want to end it all", "emotional-crisis"),
    ],
)
def test_safety_comes_first_even_with_debt_words(kb_engine: Engine, text: str, safety: str) -> None:
    reply = kb_engine.handle("s", text)
    assert reply.topic == safety
    assert reply.candidates[0].topic == safety


def test_staff_asking_about_a_customers_crisis_gets_staff_guidance_with_emergency_first(
    kb_engine: Engine,
) -> None:
    reply = kb_engine.handle("staff", "我是做催收的，客户在电话里说要跳楼，我该怎么处理")
    assert reply.topic == "collector-difficult-debtor"
    text = render_text(reply)
    assert "12356" in text.split("\n")[0] or "110" in text.split("\n")[0]


@pytest.mark.parametrize(
    "text",
    [
        "你好",
        "在吗",
        "信用卡积分可以换什么",
        "怎么提高我的信用额度",
        "今天天气怎么样",
        "what's a good credit card for travel rewards",
        "tell me a joke",
        "红烧肉怎么做",
    ],
)
def test_off_topic_is_not_answered(matcher: Matcher, text: str) -> None:
    assert answer(matcher, text) is None


def test_scam_flags_sit_on_top_of_the_knowledge_base_answer(kb_engine: Engine) -> None:
    reply = kb_engine.handle("x", "有人说是银行委托的催收，让我把钱转到他的个人账户上，靠谱吗")
    assert reply.topic == "verify-collector"
    assert reply.action and reply.action["type"] == "scam-check"
    assert "personal-account" in reply.action["flags"]


def test_matching_is_deterministic(shipped_kb: KnowledgeBase) -> None:
    a, b = Matcher(shipped_kb), Matcher(shipped_kb)
    for text in ["催收上门", "collector at my door", "收數佬打俾我老細"]:
        assert a.match(text) == b.match(text)


def test_same_answers_in_every_process() -> None:
    """Python salts string hashes per process; nothing in matching may depend on set order."""
    import json
    import os
    import subprocess
    import sys

    lines = (
        "催收天天打电话\n收數佬打俾我老細\n崔收说要上门\nthe colector swore at me\n正信多久恢复\n"
    )
    outputs = []
    for seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "chat", "--json", "--db", ":memory:"],
            input=lines.encode(), capture_output=True, cwd=ROOT, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr.decode()
        outputs.append(
            [(o["topic"], o["candidates"]) for o in map(json.loads, proc.stdout.splitlines())]
        )
    assert outputs[0] == outputs[1] and len(outputs[0]) == 5
