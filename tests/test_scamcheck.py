"""The scam check: red flags on real-looking scam messages, none on genuine bank messages."""

from __future__ import annotations

import pytest

from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.scamcheck.flags import check, link_flags, normalise, worth_checking
from bot.store import Store
from tests.conftest import NOW

SCAMS: list[tuple[str, set[str]]] = [
    ("收到短信说我已被法院立案，让我点链接处理", {"unofficial-link", "fake-court"}),
    ("对方让我把钱转到他个人账户", {"personal-account"}),
    (
        "【XX法院】您涉嫌恶意透支已立案，请24小时内联系承办人 13812345678 处理，否则将强制执行",
        {"fake-court"},
    ),
    (
        "【最高人民法院】您有一份电子传票，请点击 http://fy-susong.top/a1 查看",
        {"unofficial-link", "fake-court"},
    ),
    ("您的案件已立案，请登录 t.cn/A6xYz 处理", {"short-link", "fake-court"}),
    ("催收说我不还钱明天就来抓我坐牢", {"arrest-threat"}),
    ("他们让我去别的平台借钱先还上", {"borrow-to-repay"}),
    ("客服让我把手机收到的验证码报给他", {"credentials"}),
    ("对方要我下载腾讯会议共享屏幕", {"credentials"}),
    ("收到簡訊說我已被法院立案，讓我點鏈接處理", {"unofficial-link", "fake-court"}),
    ("对方说把钱转到安全帳戶就能撤销案件", {"personal-account", "fake-court"}),
    (
        "【法院通知】你的诉讼案件需缴纳保证金5000元至指定账户，加微信 fy12368 办理",
        {"personal-account", "fake-court"},
    ),
    (
        "自称公安的人打电话说我涉嫌诈骗，马上要逮捕我，让我提供身份证号和银行卡号",
        {"arrest-threat", "credentials"},
    ),
    (
        "I got a text saying I'll be arrested today unless I pay to a personal account",
        {"personal-account", "arrest-threat"},
    ),
    ("They asked me for the verification code they sent", {"credentials"}),
    ("Click this link to avoid a lawsuit: bit.ly/3xYz", {"short-link", "fake-court"}),
    (
        "The caller said to download a loan app and take out another loan to pay them",
        {"borrow-to-repay"},
    ),
    (
        "message says my case is registered at court, visit www.court-case-cn.com and pay the fee",
        {"unofficial-link", "fake-court"},
    ),
]

GENUINE = [
    "【招商银行】您尾号1234的信用卡本期账单已出，请于12月15日前还款，可通过掌上生活APP还款",
    "【中国银行】您的信用卡已逾期，请尽快还款，详询95566。",
    "【建设银行】验证码483920，您正在进行快捷支付，请勿泄露。",
    "【工商银行】本行不会向您索要验证码，请勿告诉他人。",
    "【平安银行】您的账单已出，登录平安口袋银行APP查看 https://b.pingan.com.cn/abc",
    "收到12368短信，说我被起诉了，链接是 https://sd.court.gov.cn/abc",
    "【招商銀行】您尾號1234的信用卡本期帳單已出，請於12月15日前還款",
    "Your card statement is ready. Please pay by 15 Dec in the app. Never share your code with anyone.",
    "【交通银行】温馨提示：谨防诈骗，不要将钱转入所谓安全账户。",
]


@pytest.mark.parametrize("text,flags", SCAMS, ids=[s[0][:20] for s in SCAMS])
def test_scam_examples_are_flagged(text: str, flags: set[str]) -> None:
    assert {f.id for f in check(text)} == flags


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_bank_messages_get_no_flags(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "url,flag",
    [
        ("https://sd.court.gov.cn/x", None),
        ("www.cmbchina.com/card", None),
        ("http://cmbchina.com.evil.top/x", "unofficial-link"),
        ("http://court.gov.cn.fake.xyz/a", "unofficial-link"),
        ("bit.ly/abc", "short-link"),
        ("t.cn/A6", "short-link"),
        ("http://fakecourt.cn/a", "unofficial-link"),
        ("https://www.gov.cn/zhengce", None),
    ],
)
def test_official_domains_only_by_real_suffix(url: str, flag: str | None) -> None:
    assert link_flags(normalise(f"短信链接 {url}")) == ([flag] if flag else [])


def test_every_flag_has_a_reason_in_both_languages() -> None:
    for text, _ in SCAMS:
        for flag in check(text):
            assert flag.text("zh") and flag.text("en")


def test_pre_check_is_cheap_and_narrow() -> None:
    assert not worth_checking("催收打电话骂我怎么办")
    assert not worth_checking("欠信用卡会坐牢吗")
    assert not worth_checking("what can I do about abusive calls")
    assert worth_checking("对方让我把钱转到他个人账户")


@pytest.fixture
def ev(mini_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(mini_kb, store, build_skills(store, mini_kb), clock=lambda: NOW)


def test_pasted_scam_gets_flags_and_advice(ev: Engine) -> None:
    reply = ev.handle(1, "收到短信说我已被法院立案，让我点链接处理")
    assert reply.action == {"type": "scam-check", "flags": ["unofficial-link", "fake-court"]}
    text = render_text(reply)
    assert "12368" in text and "110" in text and "不要点链接" in text and "官方" in text
    assert "不是法律意见" in text


def test_english_scam_check(ev: Engine) -> None:
    reply = ev.handle(2, "They asked me for the verification code they sent")
    assert reply.lang == "en" and reply.action["flags"] == ["credentials"]
    assert "report the fraud" in render_text(reply)


def test_ordinary_questions_reach_the_knowledge_base(ev: Engine) -> None:
    for text in ("催收打电话骂我怎么办", "催收要上门来我家怎么办", "欠信用卡会坐牢吗"):
        reply = ev.handle(3, text)
        assert reply.action is None, text
    assert ev.handle(3, "催收要上门来我家怎么办").topic == "home-visit"


def test_genuine_reminder_pasted_is_not_flagged(ev: Engine) -> None:
    reply = ev.handle(4, GENUINE[0])
    assert reply.action is None


def test_check_command(ev: Engine) -> None:
    reply = ev.handle(5, "/check 对方让我把钱转到他个人账户")
    assert reply.action == {"type": "scam-check", "flags": ["personal-account"]}
    clean = ev.handle(5, f"/check {GENUINE[0]}")
    assert clean.action == {"type": "scam-check", "flags": []} and "12368" in render_text(clean)
    ask = ev.handle(5, "/check")
    assert ask.action is None
    reply = ev.handle(5, "请点击 bit.ly/abc 领取退款")
    assert reply.action == {"type": "scam-check", "flags": ["short-link"]}


def test_traditional_scam_reply_is_traditional(ev: Engine) -> None:
    reply = ev.handle(6, "收到簡訊說我已被法院立案，讓我點鏈接處理")
    assert reply.traditional and reply.action["flags"] == ["unofficial-link", "fake-court"]
    assert "不要點" in render_text(reply) and "詐騙" in render_text(reply)


def test_nothing_pasted_is_stored(ev: Engine, store: Store) -> None:
    ev.handle(7, "/check 客服让我把验证码 483920 报给他")
    tables = store.chat_tables()
    assert all(
        store.conn.execute(f"SELECT COUNT(*) FROM {t} WHERE chat_id = '7'").fetchone()[0] == 0
        for t in tables
    )


def test_ordinary_messages_skip_the_full_check(ev: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.scamcheck import skill

    seen: list[str] = []
    monkeypatch.setattr(skill, "check", lambda text: seen.append(text) or [])
    for text in ("催收打电话骂我怎么办", "collectors are at my door", "想和银行协商分期"):
        ev.handle(8, text)
    assert seen == []
    ev.handle(8, "对方让我把钱转到他个人账户")
    assert seen == ["对方让我把钱转到他个人账户"]
