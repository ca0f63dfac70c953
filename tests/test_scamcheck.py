"""The scam check: red flags on real-looking scam messages, none on genuine bank messages."""

from __future__ import annotations

import pytest

from bot.bootstrap import build_skills
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.render import render_text
from bot.scamcheck.flags import check, collector_threat_only, link_flags, normalise, worth_checking
from bot.store import Store
from tests.conftest import NOW

SCAMS: list[tuple[str, set[str]]] = [
    ("收到短信说我已被法院立案，让我点链接处理", {"unofficial-link", "court-channel"}),
    ("对方让我把钱转到他个人账户", {"personal-account"}),
    (
        "【XX法院】您涉嫌恶意透支已立案，请24小时内联系承办人 13812345678 处理，否则将强制执行",
        {"court-channel", "fake-court"},  # a court unit that gives a mobile number
    ),
    (
        "【最高人民法院】您有一份电子传票，请点击 http://fy-susong.top/a1 查看",
        {"unofficial-link", "court-channel"},
    ),
    ("您的案件已立案，请登录 t.cn/A6xYz 处理", {"short-link", "court-channel"}),
    ("催收说我不还钱明天就来抓我坐牢", {"arrest-threat"}),
    ("他们让我去别的平台借钱先还上", {"borrow-to-repay"}),
    ("客服让我把手机收到的验证码报给他", {"credentials"}),
    ("对方要我下载腾讯会议共享屏幕", {"credentials"}),
    ("收到簡訊說我已被法院立案，讓我點鏈接處理", {"unofficial-link", "court-channel"}),
    ("对方说把钱转到安全帳戶就能撤销案件", {"personal-account", "court-channel"}),
    (
        "【法院通知】你的诉讼案件需缴纳保证金5000元至指定账户，加微信 fy12368 办理",
        {"personal-account", "court-channel"},
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
    ("Click this link to avoid a lawsuit: bit.ly/3xYz", {"short-link", "court-channel"}),
    (
        "The caller said to download a loan app and take out another loan to pay them",
        {"borrow-to-repay"},
    ),
    (
        "message says my case is registered at court, visit www.court-case-cn.com and pay the fee",
        {"unofficial-link", "court-channel"},
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
    assert reply.action == {"type": "scam-check", "flags": ["unofficial-link", "court-channel"]}
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
    assert reply.traditional and reply.action["flags"] == ["unofficial-link", "court-channel"]
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
    # checked (once per table row that names the scam check, when a patched check finds nothing)
    assert seen and set(seen) == {"对方让我把钱转到他个人账户"}


# -- issue #14: the most dangerous signs --------------------------------------------------------
FAKE_COURT_SMS = (
    "【北京市朝阳区人民法院】您的欠款案件已立案，请点击 t.cn/A6xYz 查看，"
    "并将欠款转入 张伟 6222 0212 3456 7890 账户，否则上门拘捕"
)


def test_fake_court_sms_with_a_private_account_and_an_arrest_threat() -> None:
    ids = {f.id for f in check(FAKE_COURT_SMS)}
    assert {"personal-account", "arrest-threat", "short-link", "court-channel"} <= ids


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("【中国金融法院执行局】您的欠款已进入强制执行程序", "fake-court"),
        ("短信说是“全国互联网金融仲裁法院”的，让我加QQ", "fake-court"),
        ("【北京市朝阳区人民法院执行中心专线】请速拨15601234567", "fake-court"),
        ("【2026】法字第8848号 您已被立案", "bad-case-number"),
        ("案号：京民2026-001，请速联系", "bad-case-number"),
        ("case number 2026-LAW-00917, pay the fee today", "bad-case-number"),
        ("缴纳撤诉费2800元即可撤销案件", "fee-to-stop"),
        ("交3000元服务费可以帮你消除不良记录", "fee-to-stop"),
        ("for 1500 he can get the bank to drop the lawsuit", "fee-to-stop"),
        ("请将收到的验证码回复给客服", "credentials"),
        ("对方说只要我把手机收到的6位数字告诉他就能停息挂账", "credentials"),
        ("让我把钱转到他们财务王丽的微信上", "personal-account"),
        (
            "户名 深圳市鑫达商务咨询有限公司 卡号4400 1234 5678 9012，说还到这里就行",
            "personal-account",
        ),
        ("pay into his personal alipay account instead of jiebei", "personal-account"),
        ("明日警察上門拘留", "arrest-threat"),
        ("對方話我唔還錢就會派人上門拉人去坐監", "arrest-threat"),
    ],
)
def test_new_red_flags(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【上海市浦东新区人民法院】您与平安普惠借款合同纠纷一案（2026）沪0115民初23456号已立案，"
        "相关文书已发送至人民法院送达平台，请登录 https://songda.court.gov.cn 查看。咨询请拨打12368。",
        "【杭州互联网法院】您涉及的金融借款合同纠纷（2026）浙0192民初4567号将于12月18日线上开庭。",
        "【北京市第一中级人民法院】（2026）京01民终456号案件已立案，详询12368。",
        "【广西壮族自治区南宁市青秀区人民法院】您有一份文书待查收，请登录人民法院在线服务。",
        "调解员说编号（2026）沪0104民诉前调1234号，全程没让我交钱",
        "【广州互联网法院】调解员将通过平台或12368与您联系，请勿向任何个人账户转账。",
        "还款只能通过招行App或者还到我自己的信用卡里",
    ],
)
def test_real_court_names_case_numbers_and_warnings_are_not_flagged(text: str) -> None:
    assert check(text) == []


def test_a_card_number_the_scammer_supplies_is_about_them_not_your_credentials() -> None:
    ids = {f.id for f in check("【法院】请将欠款转入以下账户：户名张伟，卡号6222021234567890")}
    assert "personal-account" in ids and "credentials" not in ids
    assert "credentials" in {f.id for f in check("客服让我提供银行卡号和验证码")}


def test_every_flag_says_how_to_verify() -> None:
    flags = check(FAKE_COURT_SMS + "，案号【2026】法字第1号，交撤诉费即可撤案")
    assert {"bad-case-number", "fee-to-stop"} <= {f.id for f in flags}
    for flag in flags:
        assert "核实" in flag.text("zh") and "verify" in flag.text("en")
    court = next(f for f in flags if f.id == "court-channel")
    assert "12368" in court.text("zh") and "官网" in court.text("zh")


def test_a_pasted_threat_is_checked_without_the_command(ev: Engine) -> None:
    reply = ev.handle(9, "请将欠款转入个人账户 张伟 6222021234567890，否则上门拘捕")
    assert reply.action["type"] == "scam-check"
    assert {"personal-account", "arrest-threat"} <= set(reply.action["flags"])


def test_a_collectors_arrest_threat_is_the_arrest_answer_not_a_scam_header(
    shipped_kb: KnowledgeBase, store: Store
) -> None:
    bot = Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)
    for chat, text in enumerate(
        ("催收说我不还钱明天就来抓我坐牢", "the collector said I will be arrested tomorrow")
    ):
        reply = bot.handle(chat, text)
        assert reply.topic == "arrest-threats", text
        assert (reply.action or {}).get("type") != "scam-check"
        assert "不要点链接" not in render_text(reply) and "Don't click" not in render_text(reply)
    pasted = bot.handle(9, "收到短信：你的网贷逾期已上报，若今天不处理明天警察上门带人")
    assert "arrest-threat" in pasted.action["flags"]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "【某某法院】请将欠款转入 张伟 6222 0212 3456 7890，否则上门拘捕",
            {"personal-account", "arrest-threat"},
        ),
        ("收到簡訊：繳交清除費即可刪除不良紀錄，請點擊 t.cn/Ab12", {"short-link", "fee-to-stop"}),
        (
            "a text says pay a 800 fee to have the lawsuit withdrawn, account Li Ming 6222 0000 1111 2222",
            {"personal-account", "fee-to-stop"},
        ),
    ],
)
def test_the_readme_examples(ev: Engine, text: str, flags: set[str]) -> None:
    reply = ev.handle(30, text)
    assert reply.action["type"] == "scam-check" and flags <= set(reply.action["flags"])


@pytest.mark.parametrize(
    "text",
    [
        "【建设银行】您的账户：工资入账5000元",
        "【招商银行】请于12月5日前将还款存入您尾号1234的还款账户",
        "【平安银行】请还到绑定的信用卡",
        "【人民法院】您的案件（2026）京0105民初123号已立案，请登录人民法院在线服务查看",
        "【上海金融法院】您的案件已受理，详询12368",
        "【北京市第二中级人民法院】（2026）京02民终3456号判决已生效，请登录 zxfw.court.gov.cn 查看",
        "【中国人民银行征信中心】如对信用报告有异议，可通过官网提出异议申请，不收取任何费用",
        "【民生银行】您的信用卡个性化分期申请已受理，无需缴纳任何费用，详询95568",
        "【建设银行】您的验证码为123456，请勿告诉他人，银行不会索要验证码",
        "【某区人民法院】您有一份电子送达文书，请登录 https://sd.gdcourts.gov.cn 查看，验证码请勿告诉他人。",
        "【建设银行】温馨提示：近期有不法分子冒充法院、公安要求转账至“安全账户”，请提高警惕。",
    ],
)
def test_genuine_messages_with_accounts_courts_and_fees_are_not_flagged(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("案号：京民2026-001，请于今日联系承办人13812345678", "bad-case-number"),
        ("请转账至：户名 王芳 卡号 6222 0000 1111 2222", "personal-account"),
    ],
)
def test_a_pasted_case_number_or_payee_alone_is_checked(ev: Engine, text: str, flag: str) -> None:
    reply = ev.handle(31, text)
    assert reply.action["type"] == "scam-check" and flag in reply.action["flags"]


@pytest.mark.parametrize("text", ["户名是什么意思", "收款人写什么", "案号怎么查"])
def test_questions_about_account_names_and_case_numbers_are_not_scams(text: str) -> None:
    assert check(text) == []


def test_a_person_reporting_the_same_words_is_still_flagged() -> None:
    assert {"personal-account"} <= {f.id for f in check("有人冒充法院让我转到安全账户")}
    assert "credentials" in {f.id for f in check("对方要我把验证码告诉他，不然就冻结")}


# -- generalisation: English court names, arrest words, payees by structure -------------------
@pytest.mark.parametrize(
    "text",
    [
        "SMS: China Internet Finance Court: your case is filed, call 13912345678 today",
        "[National Financial Arbitration Court] You have been sued. Call 021-55556666 now",
        "Message from the Supreme Court of Online Lending: pay within 24 hours",
        "text from 'Chaoyang Court Enforcement Center Hotline': call 15800001111",
    ],
)
def test_english_fake_court_names_are_flagged(text: str) -> None:
    assert "fake-court" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "[Shenzhen Nanshan District People's Court] Case (2026)粤0305民初9999号 has been filed. Details via 12368.",
        "Beijing Financial Court notice: case (2026)京74民初100号, contact via 12368 only",
        "[Shanghai No. 1 Intermediate People's Court] hearing notice, call 12368 to check",
        "I'm worried about going to court over my card, what happens?",
    ],
)
def test_real_english_court_names_are_not_flagged(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("sms: you will be detained for 15 days unless you repay today", "arrest-threat"),
        ("短信：您涉嫌恶意逃债，公安将于明日对您实施拘传，请立即处理", "arrest-threat"),
        ("【催收通知】请速还款至 王磊 6217 0011 2233 4455", "personal-account"),
        ("got a text: transfer 3000 to Wang Fang 6222 0211 2233 4455 today", "personal-account"),
        ("pay into this account: Chen Jing, Bank of China 6217 8500 0000 1234", "personal-account"),
        ("transfer the money to my colleague's alipay, name Zhang Wei", "personal-account"),
    ],
)
def test_flags_read_from_structure(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_repaying_to_ones_own_card_is_no_payee_flag() -> None:
    assert "personal-account" not in {
        f.id
        for f in check("[CMB] repay to your credit card 6225 8812 3456 7890 by Dec 8 in the app")
    }


@pytest.mark.parametrize(
    "text",
    [
        "【北京市朝阳区人民法院】您的案件(2026)京0105民初1234号已立案，承办法官联系电话010-85991234。",
        "【深圳市福田区人民法院】您的调解申请已受理，如有疑问请拨打0755-83071234。",
        "[District Court of Hong Kong] Your hearing is scheduled for 10 Dec. See www.judiciary.hk.",
        "[HSBC] Your credit card payment of HKD 2,000 is due 10 Dec. Pay via www.hsbc.com.hk",
        "【國泰世華銀行】您的信用卡帳單金額NT$8,500，可至官網 www.cathaybk.com.tw 繳款。",
    ],
)
def test_genuine_notices_with_their_own_numbers_and_sites_raise_nothing(text: str) -> None:
    assert check(text) == []


def test_a_real_court_name_with_a_mobile_callback_is_still_suspicious() -> None:
    text = "【北京市朝阳区人民法院】您已被起诉，请立即联系承办人13912345678处理"
    assert "court-channel" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("they want me to read them the code from my SMS to 'verify' my identity", "credentials"),
        (
            "Your case number is BJ-2026-88888. Pay within 24 hours to avoid court.",
            "bad-case-number",
        ),
    ],
)
def test_more_phrasings_of_known_flags(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("催收让我扫他发的收款码还款", "personal-account"),
        ("案号(2026)京0105民初字第123号，请立即联系", "bad-case-number"),
        ("交2000元保证金就可以不起诉你", "fee-to-stop"),
        ("明天派人去你家把你带到派出所", "arrest-threat"),
        ("再不还就让你进去蹲几年", "arrest-threat"),
        ("【广东省网络金融仲裁院】已对您发起仲裁", "fake-court"),
    ],
)
def test_structural_flags_second_round(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】请于12月10日前还款3000元，我行将不上报征信。",
        "如按时还款2000元，我司将不再追究",
        "【上海国际仲裁中心】您的仲裁案件材料已送达",
    ],
)
def test_settling_the_debt_itself_is_not_a_fee_to_stop(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("對方叫我用轉數快入數去陳生個戶口", "personal-account"),
        ("請於今日內入數至以下戶口：黃大文 012-345-67890123", "personal-account"),
        ("對方話如果唔即刻還錢就會俾警察捉", "arrest-threat"),
        ("佢叫我講埋張卡背面嗰三個數字", "credentials"),
        ("交錢就可以清除TU記錄", "fee-to-stop"),
        ("【香港金融法院】閣下欠款案件已立案", "fake-court"),
        ("【台灣金融法院】您的案件已進入強制執行", "fake-court"),
        ("[Hong Kong Internet Court] your case is filed", "fake-court"),
        ("【香港特別行政區高等法院】閣下已被起訴，請即致電 5123 4567", "court-channel"),
    ],
)
def test_cantonese_and_taiwan_phrasings(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【香港特別行政區高等法院】聆訊通知",
        "【臺灣臺北地方法院】台端有支付命令事件，請至本院領取文書",
    ],
)
def test_hong_kong_and_taiwan_courts_are_real(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("pay to the account of Mr. Zhang at ICBC, 6212 2612 3456 7890", "personal-account"),
        ("transfer to account holder Wang Li, card 6228 4800 1234 5678", "personal-account"),
        ("send it to this Alipay: 13812345678 (Liu Fang)", "personal-account"),
        ("pay via the QR code I sent you", "personal-account"),
        ("a settlement fee of 800 will close the case", "fee-to-stop"),
        ("pay 1500 to get off the dishonest debtor list", "fee-to-stop"),
        ("pay 2000 and we'll stop the court proceedings", "fee-to-stop"),
        ("tell me the 6-digit number you received", "credentials"),
        ("we need your OTP to process the extension", "credentials"),
        ("you will be taken into custody tomorrow", "arrest-threat"),
        ("[Supreme People's Court Online Lending Tribunal] you have been sued", "fake-court"),
    ],
)
def test_english_phrasings_of_each_flag(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_paying_into_the_lenders_own_account_is_no_payee_flag() -> None:
    text = "[CMB] Please repay to the account of China Merchants Bank via the CMB app by Dec 4."
    assert "personal-account" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】您的信用卡已逾期90天，我行将依法提起诉讼，请立即还款。详询95555",
        "【建设银行】您的贷款已逾期，请于3日内还款，否则我行将依法起诉，咨询95533",
        "the bank called, said they might take me to court if I don't pay within 30 days",
    ],
)
def test_a_lender_saying_it_may_sue_is_not_a_court_claim(text: str) -> None:
    assert check(text) == []


def test_an_unknown_sender_announcing_a_lawsuit_with_a_mobile_still_is() -> None:
    assert "court-channel" in {f.id for f in check("您已被起诉，请立即联系13812345678处理")}


@pytest.mark.parametrize(
    "text",
    [
        "[District Court] Case No. DCCJ 1234/2026, hearing on 10 Dec.",
        "【公安部反诈中心】提醒：冒充公检法要求转账到安全账户的都是诈骗，公安机关不会电话逮捕。",
        "【国家反诈中心】警惕！凡是自称法院让您缴纳保证金撤诉的都是诈骗。",
        "[ICBC] Scam alert: ICBC will never ask you to pay a fee to remove a credit record.",
        "【平安银行】验证码：482913，您正在办理信用卡还款，请勿泄露给他人。",
    ],
)
def test_warnings_and_ordinary_notices_raise_nothing(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "pay to the account of Mr. Zhang at ICBC, 6212 2612 3456 7890",
        "對方叫我用轉數快入數去陳生個戶口",
        "wire the money to my personal WeChat",
        "交2000元保证金就可以不起诉你",
    ],
)
def test_a_bare_order_with_a_red_flag_is_worth_checking(text: str) -> None:
    assert worth_checking(text)


@pytest.mark.parametrize(
    "text",
    [
        "欠信用卡会坐牢吗",
        "will I go to jail for not paying my card?",
        "should I pay the fee to stop the lawsuit",
    ],
)
def test_a_question_in_own_words_is_not_checked(text: str) -> None:
    assert not worth_checking(text)


def test_a_real_court_without_any_number_under_pressure_is_still_a_channel_flag() -> None:
    text = "短信开头写着某某市人民法院，说我已被立案，要求48小时内联系律师，否则强制执行"
    assert "court-channel" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "fake"),
    [
        ("【网贷法院】通知", True),
        ("【债务纠纷法院】您已被起诉", True),
        ("[Beijing Online Court] notice", True),
        ("【中华人民共和国最高人民法院】您的案件", False),
        ("[Shenzhen Intermediate Court] notice", False),
        ("【法院通知】您有案件", False),
    ],
)
def test_court_names_without_a_place(text: str, fake: bool) -> None:
    assert ("fake-court" in {f.id for f in check(text)}) is fake


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("[Court of Internet Finance Disputes] you have been sued", "fake-court"),
        ("Case Ref: BJ2026-001, pay today", "bad-case-number"),
        ("file no. 2026/123 respond now", "bad-case-number"),
    ],
)
def test_court_of_and_case_reference_phrasings(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


# -- round 3: named payees, places that do not exist, fees to make a case go away, codes ---------
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("请将款项转至经办人王磊的支付宝，今日内处理完毕", "personal-account"),
        ("本案承辦人陳志明，請於今日匯款至承辦人陳志明帳戶", "personal-account"),
        (
            "Please transfer the settlement to our officer Zhang Wei via his personal Alipay today.",
            "personal-account",
        ),
        ("直接转到他微信就行，他是我们法务部的刘经理", "personal-account"),
        ("Pay the balance to officer Li Qiang on WeChat, ID liqiang88", "personal-account"),
        (
            "【北京市朝阳区人民法院】您有一起诉讼案件待处理，请立即联系承办法官 13912345678",
            "fake-court",
        ),
        (
            "【深圳市南山区人民法院执行局】请今天下午5点前致电 15099998888 处理您的案件",
            "fake-court",
        ),
        ("【上海市朝阳区人民法院】您的网贷逾期案件已立案，请尽快处理", "fake-court"),
        ("【杭州市天河区人民法院】您涉及借贷纠纷，请于三日内到庭", "fake-court"),
        ("【东华市人民法院】您涉及借贷纠纷，请于三日内到庭", "fake-court"),
        (
            "Notice from Beijing Tianhe District People's Court: your loan case is filed, pay now",
            "fake-court",
        ),
        ("交保证金撤诉，今天之内办理", "fee-to-stop"),
        ("Pay 2,000 yuan and the case goes away.", "fee-to-stop"),
        ("Pay a 1500 processing fee today and the lawsuit will disappear.", "fee-to-stop"),
        ("你將收到嘅驗證碼講俾佢聽就得", "credentials"),
        ("Reply with the 6-digit code we just sent you to stop the enforcement.", "credentials"),
        ("信用修復中心：收費幫你刪除逾期紀錄，先付訂金800", "fee-to-stop"),
        ("交1000元手續費即可撤銷訴訟，請匯款至陳先生帳戶", "personal-account"),
        ("繳交保證金後案件即可註銷", "fee-to-stop"),
        ("驗證碼係咪收到？快啲講俾我聽", "credentials"),
        (
            "what's the 4-digit code in the text we sent? we need it to verify your identity",
            "credentials",
        ),
        ("個人信用修復中心：專業處理逾期記錄，收費1500元", "fee-to-stop"),
        ("法院執行庭李法官電話：0912-345-678，請今日回電", "fake-court"),
        ("請將款項存入經辦人林志明之帳戶", "personal-account"),
        ("钱转给我们的工作人员小刘就可以", "personal-account"),
    ],
)
def test_round3_red_flags_are_raised_and_picked_up_without_check(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}
    assert worth_checking(text)


@pytest.mark.parametrize(
    "text",
    [
        "【江苏省昆山市人民法院】您有一份法律文书待签收，请登录送达平台查看",
        "【重庆市渝北区人民法院】请于12月8日到庭",
        "【湖北省仙桃市人民法院】您的案件已受理，详询12368",
        "【广东省东莞市第一人民法院】您的案件已受理，详询12368",
        "【苏州工业园区人民法院】请登录人民法院在线服务查看文书",
        "【内蒙古自治区呼和浩特市新城区人民法院】请于12月15日到庭",
        "【某区人民法院】您有一份电子送达文书，请登录人民法院在线服务查看",
        "Guangzhou Tianhe District People's Court: your hearing is on 10 December, call 12368",
        "【深圳市福田区人民法院】诉前调解通知：调解员电话0755-83071234",
        "【上海市浦东新区人民法院】您的案件（2026）沪0115民初12345号将于12月15日开庭，详询021-12345678",
    ],
)
def test_courts_in_real_places_are_not_fake(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


def test_the_gazetteer_knows_which_district_is_in_which_city() -> None:
    from bot.scamcheck.places import place_exists

    assert place_exists("广东省深圳市南山区") and place_exists("上海市浦东新区")
    assert not place_exists("上海市朝阳区") and not place_exists("广州市浦东新区")
    assert place_exists("天津市滨海新区") and not place_exists("深圳市福海区")


def test_the_gazetteer_builder_reads_adcodes_by_prefix_and_skips_towns_and_placeholders() -> None:
    from bot.scamcheck.make_places import _from_adcodes

    table = (
        "adcode,name,longitude,latitude\n"
        "500000000000,重庆市,0,0\n500100000000,市辖区,0,0\n500112000000,渝北区,0,0\n"
        "420000000000,湖北省,0,0\n429000000000,省直辖县级行政区划,0,0\n429004000000,仙桃市,0,0\n"
        "440000000000,广东省,0,0\n440300000000,深圳市,0,0\n440305000000,南山区,0,0\n"
        "440305001000,南头街道,0,0\n"
    )
    got = {(p, c, d) for p, c, d, _, _ in _from_adcodes(table)}
    assert got == {
        ("重庆市", "重庆市", "渝北区"),
        ("湖北省", "仙桃市", ""),
        ("广东省", "深圳市", ""),
        ("广东省", "深圳市", "南山区"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "【工商银行】验证码123456，您正在进行转账操作，请勿泄露给他人。",
        "【中国银行】您的信用卡已逾期，请通过中国银行App或网点还款，勿向任何个人账户转账。",
        "【建设银行】提醒：我行工作人员不会要求您向个人账户转账，谨防诈骗。",
        "Your HSBC credit card payment is overdue. Please pay via the HSBC app or call 2233 3000.",
    ],
)
def test_genuine_bank_notices_raise_no_flag(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "请将证据材料交给法官",
        "如有疑问请打给我行法务部",
        "请于12月10日前将答辩状交给承办人",
        "打给陈先生问问",
    ],
)
def test_papers_handed_to_a_judge_and_a_call_to_someone_are_no_payee(text: str) -> None:
    assert "personal-account" not in {f.id for f in check(text)}


# Wordings the first tables missed (classes seen in round 3; the examples are new).
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # an account word between the payee's name and the card number
        ("请把调解费3000元汇至孙丽华账户6228 4800 1234 5678", "personal-account"),
        # the holder's name after the number, zh and en
        ("交处理费到 6222 0000 3333 4444 5555 赵磊", "personal-account"),
        ("send the fee to card 6217 1111 2222 3333 (Li Ming) by noon", "personal-account"),
        # a bank name between the name and the number
        ("收款账户：陈小军 农业银行 6228 1111 2222 3333", "personal-account"),
        # a surname-led name before 账户 with no number
        ("請即日將款項轉入 黃志明 戶口 否則後果自負", "personal-account"),
        # "户名是…" naming a company that is not the creditor
        ("让我打到户名是广州市恒通信息咨询有限公司的账户", "personal-account"),
        # an amount between the verb and "his WeChat"
        ("催收让我先转1500到他支付宝 说可以帮我停止起诉", "personal-account"),
        ("催收让我先转1500到他支付宝 说可以帮我停止起诉", "fee-to-stop"),
        ("付500块就帮你删掉逾期记录", "fee-to-stop"),
        ("pay a 2000 withdrawal fee today and the court will close your file", "fee-to-stop"),
        # "you not paying is fraud" is an accusation, not a warning about scams
        ("他们说我不还款就是诈骗 后天派出所会来带人", "arrest-threat"),
        ("對方叫我講俾佢收到嘅驗證碼", "credentials"),
    ],
)
def test_red_flags_in_other_wordings(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "已经把3000转到招行账户了，app里能看到",
        "我打算下个月转2000到我的信用卡",
        "这种说交钱就能消记录的都是诈骗，别信",
    ],
)
def test_own_payments_and_warnings_stay_unflagged(text: str) -> None:
    ids = {f.id for f in check(text)}
    assert not ids & {"personal-account", "fee-to-stop", "arrest-threat"}


def test_a_collectors_message_told_with_fa_weixin_is_checked() -> None:
    assert worth_checking("催收发微信说 把钱转到他同事的支付宝 交500手续费就给我消记录")


# Classes of round-2..4 misses, with new examples (skills5b).
@pytest.mark.parametrize(
    "text",
    [
        # place names whose polyphonic character is read otherwise than pypinyin's default
        "[Beijing Chaoyang District People's Court] hearing on 12 Jan, details via 12368",
        "Shanghai Minhang District People's Court: case (2026)沪0112民初88号, check via 12368",
        "Chongqing Yubei District People's Court notice, verify at 12368",
        "Hefei Changfeng County People's Court, call 12368 about your case",
    ],
)
def test_english_courts_in_places_read_with_their_other_reading_are_real(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


def test_the_gazetteer_keeps_every_reading_of_a_polyphonic_place_name() -> None:
    from bot.scamcheck.make_places import _pinyin
    from bot.scamcheck.places import gazetteer

    assert _pinyin("朝阳区").split("|")[:2] == ["zhaoyang", "chaoyang"]
    assert _pinyin("南山区") == "nanshan"  # no polyphone: one reading
    assert gazetteer().english_exists("beijing", "chaoyang")
    assert gazetteer().english_exists("beijing", "tianhe") is False


# A message told in reported speech other than 说/said: Cantonese 話, "they say", "he wants me to".
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("佢哋話俾2000蚊保證金就撤案", "fee-to-stop"),
        ("對方講要我將錢過數去佢老婆個戶口", "personal-account"),
        ("they say a 900 'record clearing fee' gets me off the blacklist", "fee-to-stop"),
        ("the agent wants me to send the money to his own wechat", "personal-account"),
        ("some guy keeps saying I must read him the code from the SMS", "credentials"),
    ],
)
def test_reported_speech_in_other_words_is_checked_without_the_command(
    ev: Engine, text: str, flag: str
) -> None:
    assert worth_checking(text)
    assert flag in {f.id for f in check(text)}
    assert ev.handle("rs", text).action["type"] == "scam-check"  # type: ignore[index]


# A paste recognised by its form: an English sender line, an imperative opening, an offer's time limit.
@pytest.mark.parametrize(
    "text",
    [
        "Message from Guangzhou Haizhu District Court Debt Office: contact clerk Wang 13612345678 now",
        "Final notice: transfer the balance to Mr. Huang 6217 0000 1111 2222 before 6pm",
        "添加客服微信 还款转入周敏个人卡 6222 0211 2233 4455 限时减免",
        "联系专员处理 转账至刘洋支付宝 13800001111 仅限今日",
    ],
)
def test_pastes_recognised_by_their_form(text: str) -> None:
    assert worth_checking(text)
    assert check(text)


# An amount in English without "fee" or "yuan", and a payee named or unnamed before 's account.
@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("send another 600 and your record will be wiped", "fee-to-stop"),
        ("transfer 1500 to get the lawsuit dropped", "fee-to-stop"),
        ("pay into a woman called Chen's card, not the bank", "personal-account"),
        ("wire it to some lady's alipay they gave me", "personal-account"),
        ("move the money to someone named Zhou Lei's wechat", "personal-account"),
    ],
)
def test_english_fees_as_bare_amounts_and_payees_before_s(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "I paid 800 to my bank to close the account",
        "they say the bank will call again tomorrow",
        "Notice from ICBC: your card statement is ready in the app",
        "添加客服微信请认准官方App内的入口",
    ],
)
def test_forms_and_reported_speech_alone_raise_nothing(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # "把钱…打到" and a role named as the speaker's own ("我同事")
        ("把这笔钱直接转到我同事支付宝上", "personal-account"),
        ("把欠款打到我们经理微信就可以了", "personal-account"),
        # other English names for a one-time code
        ("Please read me the one-time passcode we just texted you", "credentials"),
        ("tell us the authentication code on your screen", "credentials"),
    ],
)
def test_payees_after_ba_and_one_time_passcodes(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_message_speaking_as_an_institution_is_worth_checking() -> None:
    assert worth_checking("本中心已接手此案，款项转至专员陈静个人卡 6228 1234 5678 9012")
    assert worth_checking("我方已受理，把钱打到我同事微信上即可")


def test_the_courts_wechat_service_is_no_fake_court() -> None:
    text = "【杭州互联网法院】（2026）浙0192民初555号案件将在线开庭，请登录杭州微法院参加"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Cantonese police (差人/差佬) and being "given to" the police
        ("佢話唔還錢就叫差佬拉你", "arrest-threat"),
        ("不处理就让公安把你带走", "arrest-threat"),
        ("you'll be jailed and your family will know", "arrest-threat"),
        # a court that asks you to scan a code or join a group
        ("【成都市武侯区人民法院】请扫码进入调解群处理", "court-channel"),
        # an account named for someone in English; a person named by 叫; "pay a guy called …"
        ("pay into the account named Golden Bridge Consulting by tonight", "personal-account"),
        ("钱汇到一个叫张丽的人的支付宝", "personal-account"),
        ("they asked me to pay a woman called Lin directly", "personal-account"),
    ],
)
def test_more_wordings_of_each_flag(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_case_reference_in_a_notice_is_checked_without_the_command(ev: Engine) -> None:
    text = "通知：您的案件编号为 SZ-2026-04411，已进入司法程序"
    assert worth_checking(text)
    assert ev.handle("cn", text).action["type"] == "scam-check"  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a fee to avoid arrest or a lawsuit
        ("pay a 3000 deposit now to avoid prosecution", "fee-to-stop"),
        ("交2000元保证金可避免被起诉", "fee-to-stop"),
        # a fee to be taken off a blacklist
        ("您已进入失信黑名单，交800元手续费即可申请移除", "fee-to-stop"),
        # police reports and officers arriving
        ("we have reported you to the police, officers will come tomorrow", "arrest-threat"),
        # 联络 as the verb before a court unit's mobile number
        ("【執行局】請即聯絡林書記員 0922-333-444", "fake-court"),
        # paying by a code the message supplies
        ("扫描下方二维码缴纳滞纳金", "personal-account"),
    ],
)
def test_fees_to_avoid_arrest_blacklists_police_reports_and_codes(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "最后通牒：再不还钱明天带人去你公司抓你",
        "我们已经报警了，警察今晚就去你家抓你",
        "We have reported you to the police. Officers will arrive tonight.",
    ],
)
def test_a_notice_heading_or_the_senders_voice_makes_a_threat_a_paste(text: str) -> None:
    flags = check(text)
    assert "arrest-threat" in {f.id for f in flags}
    assert worth_checking(text) and not collector_threat_only(text, flags)


def test_a_lenders_own_qr_code_in_its_app_is_no_payee() -> None:
    assert check("【广发银行】您可通过扫描二维码登录官方App还款") == []


@pytest.mark.parametrize(
    "text",
    [
        "调解员将通过杭州互联网法院诉讼平台联系您",
        "工作人员会经过广州市越秀区人民法院的诉讼服务中心通知你",
        "请向上海金融法院诉讼服务中心咨询",
    ],
)
def test_words_before_a_real_courts_name_are_not_part_of_it(text: str) -> None:
    assert "fake-court" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # personal wallets other than Alipay and WeChat
        (
            "Hi, this is Jason from the collections desk, pay the 1500 to my personal PayMe now",
            "personal-account",
        ),
        ("請轉去我個人轉數快 9876 5432", "personal-account"),
        # police said to be on their way
        ("Last warning: the police are on their way to your workplace", "arrest-threat"),
    ],
)
def test_wallets_and_police_on_the_way(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}
    assert worth_checking(text)


def test_borrowing_elsewhere_to_clear_the_debt_in_english() -> None:
    text = "install the FlashLoan app and borrow to pay this off tonight"
    assert "borrow-to-repay" in {f.id for f in check(text)}


def test_a_final_warning_heading_makes_a_threat_a_paste() -> None:
    text = "Final warning. Officers are coming to arrest you tomorrow."
    assert not collector_threat_only(text, check(text))


@pytest.mark.parametrize(
    "text",
    [
        "客服叫我下載AnyDesk遠端協助處理還款",
        "对方让我安装一个向日葵远程控制软件",
        "the agent asked me to install TeamViewer so he could fix my repayment",
    ],
)
def test_remote_access_apps_are_a_credentials_flag(text: str) -> None:
    assert "credentials" in {f.id for f in check(text)}
    assert worth_checking(text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("case file #2026/LN/4471 was passed to the enforcement bureau", "bad-case-number"),
        ("[National Online Lending Dispute Court of China] pay today", "fake-court"),
    ],
)
def test_english_case_references_and_long_bracketed_senders_are_pastes(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}
    assert worth_checking(text)


# Classes of round-5 misses, with new examples (not the blind rows).
@pytest.mark.parametrize(
    "text",
    [
        "【微粒贷】逾期未结清，请即刻汇款至受理人周海涛 6217 0031 2222 8888 跟进",
        "对方说把钱打给他们的催收员孙磊的支付宝就行",
        "客服让我转账给办理人陈晓东 6228 4800 1234 5678",
    ],
)
def test_a_payee_named_by_a_role_the_table_lacked(text: str) -> None:
    assert "personal-account" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "他们让我把欠款转到一个叫广州市恒信商务服务有限公司的账户",
        "说是代收方，要我汇款至杭州锐达信息咨询中心的对公账户",
    ],
)
def test_a_company_account_that_is_not_the_lender(text: str) -> None:
    assert "personal-account" in {f.id for f in check(text)}
    assert worth_checking(text)


def test_a_lenders_own_company_account_is_no_payee_flag() -> None:
    text = "【中邮消费金融】请将本期款项还至中邮消费金融有限公司的对公账户，详询官方客服"
    assert "personal-account" not in {f.id for f in check(text)}


def test_an_english_two_word_name_before_s() -> None:
    text = "the caller said to send 600 to li hua's wechat so the file gets closed"
    assert "personal-account" in {f.id for f in check(text)}


def test_a_court_unit_calling_back_on_a_mobile_with_a_name_between() -> None:
    text = "District Court Enforcement Division: please call Judge Chen Ming at 13612345678 today."
    assert "fake-court" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "【执行通知】请缴纳3000元押金解冻您的银行卡，否则强制执行",
        "交2000块保证金就可以解除限高",
        "pay an 800 fee and your frozen account will be unfrozen today",
    ],
)
def test_a_fee_to_lift_a_freeze_or_an_enforcement_measure(text: str) -> None:
    assert "fee-to-stop" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "建设银行打电话说我信用卡逾期了 让我在手机银行还 没有问我密码也没叫我转账",
        "The bank called, said my card is overdue; they didn't ask for any code.",
    ],
)
def test_a_code_said_not_to_be_asked_for_is_no_flag(text: str) -> None:
    assert "credentials" not in {f.id for f in check(text)}


def test_says_that_i_is_not_tell_me() -> None:
    text = "客服说我逾期了，提醒我别把验证码给别人"
    assert "credentials" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "有个人加我微信 说是法务 说交800的撤诉费就不起诉我",
        "昨天一个自称律所的联系我 说要先交清除费才能删掉逾期记录",
        "有個人話係銀行 叫我過數去佢個人賬戶",
    ],
)
def test_a_report_with_its_subject_dropped_is_checked(text: str) -> None:
    assert worth_checking(text)
    assert check(text)


def test_ordinary_questions_about_scams_stay_unchecked() -> None:
    for text in ("交保证金能撤诉吗", "欠网贷会坐牢吗", "what is a personal account"):
        assert not worth_checking(text) or not check(text), text


def test_a_collectors_threat_in_other_words_gets_the_arrest_answer(
    shipped_kb: KnowledgeBase, store: Store
) -> None:
    bot = Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)
    for chat, text in enumerate(
        ("催收打电话讲再唔还就叫警察上门捉我", "催收员说今晚就带几个人过来把我抓走")
    ):
        reply = bot.handle(chat, text)
        assert reply.topic == "arrest-threats", text
        assert (reply.action or {}).get("type") != "scam-check"
    # A court's own detention for not declaring assets stays the enforcement answer.
    reply = bot.handle(7, "法院让我申报财产 不报会被拘留吗")
    assert reply.topic != "arrest-threats"


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("the caller said I must pay into a designated escrow account today", "personal-account"),
        ("对方让我把3000转到微信号 lawyer_wu88 就不起诉", "personal-account"),
        ("pay 500 now to wechat id chen_court to stop it", "fee-to-stop"),
        ("短信说要先交2000诚意金才能撤销起诉", "fee-to-stop"),
        ("客服让我打开手机开屏幕共享 帮我操作还款", "credentials"),
        ("佢哋微信話唔還錢就報警拉我", "arrest-threat"),
    ],
)
def test_more_wordings_of_payees_fees_and_threats(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}
    assert worth_checking(text)


@pytest.mark.parametrize(
    "text",
    [
        "【交通银行】您的账户因长期未使用已被冻结，请本人携带身份证到网点办理解冻，详询95559。",
        "【马上消费金融】请于12月8日前还款至马上消费金融股份有限公司对公账户。",
        "【中信银行】您的信用卡已逾期，如需办理分期请致电95558，我行工作人员不会让您开屏幕共享。",
    ],
)
def test_genuine_messages_with_the_new_words_stay_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "您好 这里是鼎盛资产管理 你的欠款明天上报公安 速回电13900002222",
        "你好，我是某某消费金融的法务专员，今天不处理就移交到公安",
    ],
)
def test_a_sender_introducing_itself_is_a_paste(text: str) -> None:
    assert "arrest-threat" in {f.id for f in check(text)}
    assert worth_checking(text)
    assert not collector_threat_only(text, check(text))


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # Taiwan: a court clerk's own account, 拘提, the prosecutors' office, LINE
        (
            "【臺灣新北地方法院】請即匯款至書記官陳小姐帳戶 700-0012345678，否則拘提到案",
            "personal-account",
        ),
        (
            "【臺灣新北地方法院】請即匯款至書記官陳小姐帳戶 700-0012345678，否則拘提到案",
            "arrest-threat",
        ),
        ("您的案件已送交地檢署，請加LINE：fw2026 處理", "court-channel"),
        # a petition withdrawn for a fee; an FPS id that is a mobile number
        ("pay a 3000 handling fee and the winding-up petition will be withdrawn", "fee-to-stop"),
        ("settle today by FPS 6123 4567 to avoid a court case", "personal-account"),
        # borrowing on another app to pay this one
        ("客服叫我去其他的借款平台上借一笔 先还掉这期", "borrow-to-repay"),
    ],
)
def test_taiwan_and_hong_kong_wordings(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_genuine_taiwan_bank_bill_stays_clean() -> None:
    text = "【台北富邦銀行】您的信用卡本期應繳金額NT$12,300，請於12/15前透過富邦行動銀行或ATM轉帳繳款。"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a company account named after the account word, not the creditor
        (
            "招联金融 逾期协商 请汇款至收款单位：广州市恒通信息咨询有限公司 6217 8800 1234 5678",
            "personal-account",
        ),
        # a person's name after "to account" / "to the card of"
        ("send 1500 to account Li Ming 6228 4800 1234 5678 by noon", "personal-account"),
        ("transfer the balance into the card of Chen Jie 6217 0000 2222 3333", "personal-account"),
        # a fee named for ending the matter
        ("本院通知：缴纳止诉费800元后案件即刻终止", "fee-to-stop"),
        ("逾期记录可以帮你处理 交清档费500", "fee-to-stop"),
        # a court unit's contact person with a mobile number
        ("杭州互联网法院执行科 联系人 王法官 手机 13987654321", "fake-court"),
        ("Shanghai Pudong Court, contact officer Li 13812345678 before 5pm", "fake-court"),
        # links on the newer word domains, without http
        ("您的借呗额度已冻结 请登录 alipay-jb.support/login 解冻", "unofficial-link"),
        ("Citi: confirm your card at citi-secure.finance/confirm", "unofficial-link"),
    ],
)
def test_new_writers_classes_raise_their_flags(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # an advert with a handle to add, a notice headed by its sender, a contact line
        "网贷逾期可协商停催 专业团队代办 只收300手续费即可清除记录 微信hs2026",
        "北京市朝阳区人民法院 执行通知 联络人 张书记员 电话 13500001111",
    ],
)
def test_pastes_without_a_command_word_are_checked(text: str) -> None:
    assert worth_checking(text)
    assert check(text)


@pytest.mark.parametrize(
    "text",
    [
        # questions and the person's own words stay with the knowledge base
        "加微信让我交手续费的是不是骗子",
        "法院的通知一般是怎么送达的",
        "联系人是我妈 他们会打给她吗",
    ],
)
def test_questions_near_the_new_forms_stay_unchecked(text: str) -> None:
    assert not worth_checking(text) or not check(text)


@pytest.mark.parametrize(
    "text",
    [
        # a lender's own account named as payee; a numbered list is no link
        "【招商银行】请于15日前将本期账单还款至您名下招行储蓄卡，户名：招商银行股份有限公司信用卡中心",
        "步骤：1.help 打开官方App 2.cash 选择还款",
    ],
)
def test_genuine_forms_near_the_new_classes_stay_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the old 字 form alone in a post-2016 number
        ("案号（2025）粤0304民初字5521号 请立即处理", "bad-case-number"),
        # a court asking to add a clerk's WeChat, with the role between
        ("【武汉市江岸区人民法院】请添加执行员微信 zx20261 办理", "court-channel"),
        # an agent as payee; fees for clearance or release; stopping enforcement for a fee
        ("pay 2000 to our agent today and your file is closed", "personal-account"),
        ("a release fee of 1500 is required to lift the blacklist", "fee-to-stop"),
        ("pay 3000 handling fee to stop enforcement against you", "fee-to-stop"),
    ],
)
def test_more_new_writer_classes(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "交通银行：您可申请停催协商 请拨打官方客服95559",
        "Your repayment agent at Citi can be reached on 400-820-1212",
        "【上海市浦东新区人民法院】您有一份诉讼文书 请通过人民法院送达平台 zxfw.court.gov.cn 查收 联系电话021-58881234",
    ],
)
def test_genuine_messages_near_the_newer_classes_stay_clean(text: str) -> None:
    assert check(text) == []


def test_a_person_named_with_a_title_before_an_alipay_is_a_payee() -> None:
    text = (
        "your WeBank account is frozen, pay an unfreezing fee of 600 to our clerk Wang Min's Alipay"
    )
    assert "personal-account" in {f.id for f in check(text)}
    assert "personal-account" not in {f.id for f in check("transfer to our company's account")}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # sound-alike typos of the words a flag is read from (pinyin input)
        ("客服让我把手机收到的验症码报给他", "credentials"),
        ("对方说交了保正金就能撤诉", "fee-to-stop"),
        # a city with districts, or a province, with no level names no basic court
        ("【南宁市人民法院】您已被起诉 请尽快处理", "fake-court"),
        ("湖南省人民法院通知：你的案件已进入执行", "fake-court"),
        ("a notice from Shenzhen People's Court says my case is filed", "fake-court"),
        # a court unit giving a mobile written in groups
        ("自称杭州中院法官 留了手机 138 2233 4455 让我回电", "fake-court"),
        # a case number in English with the year in brackets
        ("they quoted case (2025) no. 88 and asked me to pay today", "bad-case-number"),
        # the payee's name after the channel, a surname with a title, a name before the bank
        ("让我转到微信 实名：周丽 再截图给他", "personal-account"),
        ("交1000就撤诉 转给王主任的建行卡", "personal-account"),
        ("叫我汇款去 刘建华 中信银行账户", "personal-account"),
        ("pay it to account name Chen Jing at CCB", "personal-account"),
        ("send the fee to the wechat of a lady called Xu", "personal-account"),
    ],
)
def test_typos_level_less_courts_and_payees_named_otherwise(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # real basic courts: a county-level city, a city without districts, a district
        "【义乌市人民法院】您有一份诉讼文书 请通过人民法院送达平台查收",
        "【东莞市第一人民法院】您的案件已受理 请登录人民法院在线服务查看",
        "【嘉峪关市人民法院】提醒您 开庭时间为12月3日",
        # a bank named after a place that starts like a surname is no person
        "请将本期还款转到张家港农商银行账户",
        "还款至杨凌农商银行账户即可",
        # a typo fixer that must not invent words
        "今天去银行排队排了好久",
    ],
)
def test_real_courts_and_banks_near_those_classes_stay_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a code named by where it came, not by the word 验证码
        ("他让我把短信里的数字念给他听", "credentials"),
        # asked to give a secret: 叫我给 …
        ("对方叫我拍身份证正反面发过去", "credentials"),
        ("客服要我开个屏幕分享", "credentials"),
        # a payee named before a trust bank or a credit union, with a grouped account number
        ("請匯款至 陳美華 國泰信託 帳號 013-5566-7788-99", "personal-account"),
        ("pay the 500 release fee to their clerk today", "personal-account"),
        # taken off a list in other verbs
        ("交800手续费就能把你从失信名单上弄掉", "fee-to-stop"),
        # police of other names coming, a criminal investigation, a warrant
        ("说已经转刑侦了 民警明天上门", "arrest-threat"),
        ("pay today or a warrant will be issued", "arrest-threat"),
        # a loan from another app
        ("they told me to get a loan from another lender to pay this off", "borrow-to-repay"),
    ],
)
def test_secrets_payees_lists_police_and_loans_said_otherwise(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # questions in the person's own words are not checked without /check
        "欠信用卡不还会坐牢吗",
        "如果民警上门我该怎么办",
        "Is it true that a warrant can be issued for credit card debt?",
        "我的案子什么时候开庭",
    ],
)
def test_questions_about_the_new_words_are_not_picked_up(text: str) -> None:
    assert not worth_checking(text)


def test_a_payee_given_after_the_account_word_without_a_colon() -> None:
    text = "需要交3000保证金才能撤案 账户 赵敏 6228 4800 0000 1111"
    assert "personal-account" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the customer's own name on a receipt, and "本人账户": no money asked to anyone else
        "【农业银行】户名：张三 账号：6228 4800 1234 5678 本期还款已入账，感谢使用。",
        "【招商银行】您的信用卡还款可转入本人账户 6225 8812 3456 7890，或使用掌上生活App。",
    ],
)
def test_ones_own_name_and_account_on_a_bank_message_stay_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # an abbreviated account label before a person's name and card
        ("final notice: pay to acct: li na 6217 2222 3333 4444 today", "personal-account"),
        # a wallet id after "via", further from the verb
        (
            "settle the 200 service fee via wechat id: kefu_pay66",
            "personal-account",
        ),
        # sending the police
        ("pay by 6pm or we are sending officers to your workplace", "arrest-threat"),
    ],
)
def test_abbreviated_labels_wallets_via_and_sending_police(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # another lender named any way, and borrowing to repay "him"
        ("他叫我去另一家小贷公司借点钱先还上", "borrow-to-repay"),
        ("催收話叫我問朋友借錢還佢", "borrow-to-repay"),
        # money sent to the caller himself, or a private chat app
        ("對方叫我加他私人LINE 之後轉賬給他", "personal-account"),
    ],
)
def test_other_lenders_and_money_to_the_caller(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_judge_claiming_to_detain_is_picked_up_without_check() -> None:
    assert worth_checking("對方自稱是法官 說不還錢明天就拘提我")


@pytest.mark.parametrize(
    "text",
    [
        # Taiwan's and Hong Kong's own case numbers are no misused mainland format
        "【臺灣臺北地方法院】開庭通知：案號113年度訴字第1234號，請於12月5日上午9時到庭。",
        "High Court notice: case no. HCA 1234/2026, hearing on 3 December.",
        # money to a company through its own channel
        "我已经转账给他们公司的对公账户了",
    ],
)
def test_other_courts_formats_and_company_payments_stay_clean(text: str) -> None:
    assert check(text) == []


def test_a_debt_handed_to_a_department_is_no_payee() -> None:
    flags = {f.id for f in check("你好，你的欠款已经转到法务部，今天不处理明天直接拘留")}
    assert "personal-account" not in flags
    assert "arrest-threat" in flags
    assert "personal-account" in {f.id for f in check("请把欠款转到我们法务的支付宝")}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # prison in other words; handed to the police station
        ("他说再拖下去就把你关进去吃牢饭", "arrest-threat"),
        ("说我已经涉嫌诈骗 要移送派出所处理", "arrest-threat"),
        # the debt itself made to go away for a fee, also paid in gift cards
        ("对方说交一笔手续费 欠款就全部清零", "fee-to-stop"),
        ("buy 300 in itunes gift cards and your loan will be written off", "fee-to-stop"),
        # one's money moved out "to be checked" is a safe-account scam
        ("让我把卡里的钱全部转出来核实", "personal-account"),
        # a login asked for
        ("he asked me for my online banking login", "credentials"),
    ],
)
def test_prison_words_debts_wiped_money_moved_out_and_logins(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_court_asking_for_papers_outside_its_channels() -> None:
    flags = {f.id for f in check("说是法院的 要我把身份证和银行卡拍照发过去")}
    assert {"credentials", "court-channel"} <= flags


@pytest.mark.parametrize(
    "text",
    [
        "【招商银行】您可登录掌上生活App查看账单，还款后欠款即可结清。",
        "the bank said once I finish the plan my balance will be cleared",
        "HSBC: log in to the HSBC HK app to view your statement.",
    ],
)
def test_genuine_settling_and_logging_in_stay_clean(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a real court as people say it, without 人民
        "12368发来的 说鼓楼区法院受理了 我明天去趟法院问问",
        "我查了下 是武侯区法院立的案 案号(2026)川0107民初2231号",
        # a province's court abbreviation: 黔 for Guizhou, 陕 for Shaanxi
        "传票上写着案号(2026)黔0103民初1520号 开庭在下个月",
        "收到(2026)陕0113民初889号的起诉状副本",
    ],
)
def test_spoken_court_names_and_every_province_abbreviation_are_not_flagged(text: str) -> None:
    assert [f.id for f in check(text)] == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the spoken form of a place that names no court is still fake
        ("【朝阳省法院】您已被起诉 请速处理", "fake-court"),
        # an old 字第 number from Guizhou is still malformed
        ("案号(2026)黔0103执字第88号 速交执行费", "bad-case-number"),
    ],
)
def test_spoken_names_and_new_abbreviations_do_not_hide_fakes(text: str, flag: str) -> None:
    assert flag in [f.id for f in check(text)]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # the record named first, then what is done to it, for a fee
        ("有个中介说可以把我的不良记录抹干净 收2000", "fee-to-stop"),
        ("他说征信上的逾期能清除掉 只要收1500服务费", "fee-to-stop"),
        ("逾期记录他们能处理掉 要交3000", "fee-to-stop"),
        ("先打3000到他助理的卡里", "personal-account"),
        # a person of theirs: a colleague's, a boss's account
        ("说交800就不上门 转他老板支付宝就行", "personal-account"),
        ("叫我先转到她财务的卡上", "personal-account"),
        # a company that is not a lender, paid by its registered name without "账户"
        ("让我把钱汇到深圳市华盈商务咨询有限公司", "personal-account"),
        ("they want it paid to the wechat pay of ms zhou", "personal-account"),
        # arrest said in Cantonese or colloquially
        ("佢话唔还钱就喺公司门口拉你", "arrest-threat"),
        # a secret entered in other words, a code "they need"
        ("短信叫我撳链接 入埋身份证同密码", "credentials"),
        ("the caller needs the 4 digit code from my phone", "credentials"),
    ],
)
def test_records_people_of_theirs_companies_and_entered_secrets_are_flagged(
    text: str, flag: str
) -> None:
    assert flag in [f.id for f in check(text)]


@pytest.mark.parametrize(
    "text",
    [
        "拉我进群的是我同事 不是催收",
        "还款请转到招商银行信用卡中心 官方App也可以",
        "我在贵州 贵阳的法院寄来的传票是真的吗",
    ],
)
def test_those_wordings_do_not_flag_ordinary_messages(text: str) -> None:
    ids = {f.id for f in check(text)}
    assert not ids & {"personal-account", "arrest-threat", "fee-to-stop"}


@pytest.mark.parametrize(
    ("text", "fake"),
    [
        # a municipality's numbered intermediate court beyond those it has
        ("【上海市第四中级人民法院】您的案件已立案", True),
        ("【天津市第三中级人民法院】您的案件已立案 详询12368", False),
        # a real court's name with a department no court has
        ("自称是杭州市中级人民法院征信修复中心的 要我交钱", True),
        ("最高人民法院债务处理办公室来电", True),
        # a bare 法院 talked about is no department
        ("法院催收是真的吗", False),
    ],
)
def test_numbered_courts_and_loan_departments(text: str, fake: bool) -> None:
    assert ("fake-court" in [f.id for f in check(text)]) is fake


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # a secret asked *of* one, in other words
        ("客服找我拿手机验证码 说帮我提额", "credentials"),
        ("他向我索取了支付密码", "credentials"),
        # money put into the other side's wallet or card, by any verb
        ("把钱汇到他微信就行", "personal-account"),
        ("存到她的银行卡上", "personal-account"),
        # an account said to be a named person's, also in shorthand
        ("please send the money to wechat account under zhang min", "personal-account"),
        ("pay to the a/c of Liu Yang at ICBC", "personal-account"),
        # the police coming to one's place; Cantonese 拉 with a new clause after it
        ("officers are going to show up at your workplace", "arrest-threat"),
        ("今晚就拉你 识做就入数", "arrest-threat"),
        ("催收说不还钱明天就让派出所的人来拷我", "arrest-threat"),
        ("佢話交五千蚊保證金就唔會告我", "fee-to-stop"),
        ("有人話係財務公司 叫我俾三千蚊手續費就幫我清晒TU記錄", "fee-to-stop"),
        # a bank named between the owner and the card; taken to the police station; a meeting
        # app to share the screen; "sent to the police"
        ("让我把钱打到他同事刘洋的建行卡", "personal-account"),
        ("明天就派人带我去派出所", "arrest-threat"),
        ("对方说只要我下载一个会议软件开个共享就能帮我查账", "credentials"),
        ("my case will be sent to the police station unless i pay today", "arrest-threat"),
        # one's money taken out and handed over "to be kept"; Taiwan's 紀錄 for a record
        ("對方叫我把存款領出來交給他們的專員保管", "personal-account"),
        ("有人說可以幫我消除聯徵紀錄 只要先付5000元", "fee-to-stop"),
        # money to be spared court, or to have the case closed
        ("交1500手续费就不用去法院了 我们是朝阳法院的", "fee-to-stop"),
        ("付清服务费后即可结案", "fee-to-stop"),
        # a numbered basic court in a district; a case code after 案件 or "your case"
        ("【杭州市西湖区第三人民法院】你的案件已立案", "fake-court"),
        ("您的案件HZ2026-7781即将开庭", "bad-case-number"),
        ("your case SZ-2026-118 will go to trial", "bad-case-number"),
    ],
)
def test_flags_in_wordings_new_writers_use(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "东莞市第一人民法院通知：请于12月3日到庭",  # a districtless city's numbered court
        "客服没有要我的密码，只是提醒还款",
        "建设银行95533打来 冇问我要验证码 只系提我还款",  # 冇: Cantonese "didn't"
        "[CMB] Please repay to the account of China Merchants Bank via the CMB app",
        "您的案件（2026）京0105民初123号已结案，可登录人民法院在线服务查看",
        # a hearing held on a meeting app is no request to share a screen
        "本案将于12月10日通过腾讯会议在线开庭，请提前下载腾讯会议，会议号123456789",
    ],
)
def test_those_new_wordings_do_not_flag_genuine_messages(text: str) -> None:
    ids = {f.id for f in check(text)}
    assert not ids & {"fake-court", "credentials", "personal-account", "bad-case-number"}


def test_a_case_closed_after_mediation_is_no_fee_to_stop() -> None:
    # closing a case after a settlement is ordinary; paying *for* the closing is the sign
    assert "fee-to-stop" not in {
        f.id for f in check("调解员说达成调解后就可以结案 需要我交调解费吗")
    }
    assert "fee-to-stop" in {f.id for f in check("交1200调解费就能直接结案")}


@pytest.mark.parametrize(
    "text",
    [
        # chat shorthand for the words a paste is known by: msg, txt, pls, u
        'msg from "Shenzhen Nanshan Court": pay 3000 deposit to avoid arrest, transfer to Chen Lei 6217 0000 1111 2222',
        "txt from court: pls pay 800 fee to acct of Li Ming and u wont be sued",
        # another platform's money to pay this one (平台 now passes the gate)
        "催收让我用另一个平台的钱先还他们",
        "自稱檢察官的人叫我把存款領出來交給他的專員保管",
        "有人說可以幫我消除聯徵紀錄 只要先付5000元",
    ],
)
def test_shorthand_pastes_and_other_platforms_are_checked(text: str) -> None:
    assert worth_checking(text) and check(text)


@pytest.mark.parametrize(
    "text,flag",
    [
        # a code named only by its digits ("4位码", "六位的码"), read out or sent
        ("客服叫我把短信里那个4位码念出来给他核对", "credentials"),
        ("自称平安的人要我报一下手机收到的六位的码", "credentials"),
        # stopping a lawsuit said with its object between ("停止对您的诉讼", "撤回对你提起的起诉")
        ("缴纳2000元担保金后即可撤回对你提起的起诉", "fee-to-stop"),
        ("先付800服务费 我们就终止对您的诉讼", "fee-to-stop"),
        # a court with a debt or collections unit (no court has one), abbreviated or not
        ("this is Shanghai Pudong Court loan recovery unit, settle 3000 today", "fake-court"),
        ("caller said he is from Shenzhen Futian Court collections desk", "fake-court"),
        # being taken to the police station, said in English chat shorthand or not
        ("pay by 6pm or our officers take u to the police station", "arrest-threat"),
        ("they said they will drag me down to the station if i dont pay", "arrest-threat"),
        ("u will be escorted to the police station by our officers", "arrest-threat"),
        ("if u dont pay today the cops will pick you up at your house", "arrest-threat"),
        # the list named before its removal; a tribunal for debts
        ("you are on the dishonest debtor list, pay 900 today to get delisted", "fee-to-stop"),
        ("Notice from Guangzhou Online Loan Arbitration Commission: settle now", "fake-court"),
        ("ur file is at the Beijing Civil Debt Tribunal, pay 2000 to close it", "fake-court"),
        ("对方让我把验证短信里的4位数报给他", "credentials"),
        ("他们让我把手机上收到的那个数字发过去 说是核实身份用的", "credentials"),
        ("someone says they r from court and need my online banking login", "credentials"),
        # a fee asked beside a "free" service is still a fee
        ("客服说交500手续费就能免费帮我修复征信", "fee-to-stop"),
    ],
)
def test_flags_in_the_classes_round11_missed(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_code_named_by_its_digits_is_picked_up_without_check() -> None:
    assert worth_checking("有人打电话说是银行的 让我把收到的6位码告诉他")
    assert worth_checking("客服要我把手机上收到的那串号码读给他听")
    assert worth_checking("if u dont pay today the cops will pick you up at your house")
    # a question about the police is no message to check
    assert not worth_checking("can the cops arrest me for credit card debt?")


@pytest.mark.parametrize(
    "text",
    [
        # an official body saying it charges nothing, on its own site outside gov.cn
        "【征信中心】信用报告可在 www.pbccrc.org.cn 免费查询，本中心不会收取任何修复费用",
        "官方提醒：撤诉无需缴纳任何费用，法院不另收费，详见 www.chinacourt.org",
        "本行不收取任何减免手续费，请通过官方App办理分期",
        # the refusal said further back in the clause than the fee word
        "【招商银行】本行不会以任何名义收取征信修复费用，请认准官方客服95555",
        "We never charge a fee to remove a record from your credit report.",
        # an arbitration commission's own numbering (字第 is its form) and site
        "【北京仲裁委员会】您的仲裁案件（2026）京仲案字第0456号已受理，详见 www.bjac.org.cn",
        # a warning phrased "均为诈骗"
        "【深圳市中级人民法院】提醒：凡自称本院法官要求转账汇款的，一律是诈骗。",
        # a court's own fee procedure: paid through its service, "deemed withdrawn" if unpaid,
        # the filing fee halved on a withdrawal; 消费 is no fee
        "【北京市海淀区人民法院】您的案件(2026)京0108民初3456号，请于7日内通过人民法院在线服务缴纳诉讼费，逾期按撤诉处理。",
        "【上海市静安区人民法院】原告已申请撤诉，本院裁定准许，案件受理费减半收取。",
        "【法院执行局】被执行人履行完毕后，本院将依法解除限制消费措施，不收取任何费用。",
        # a credit-card centre or a licensed lender on its own site
        "【中信银行】您的信用卡账单已出，详情请登录 creditcard.ecitic.com 或中信银行App查询",
        "【招联金融】您本期应还800元，请通过招联App或 www.mucfc.com 还款",
    ],
)
def test_a_body_saying_it_charges_nothing_is_not_flagged(text: str) -> None:
    assert check(text) == []


def test_a_made_up_arbitration_number_is_still_a_bad_case_number() -> None:
    # a commission's number is a city and 仲案/仲受/仲裁; "京金仲字" is neither
    assert "bad-case-number" in {
        f.id for f in check("【金融仲裁法院】您的案件(2026)京金仲字第338号即将开庭")
    }


def test_real_tribunals_are_not_fake_courts() -> None:
    assert "fake-court" not in {
        f.id for f in check("Small Claims Tribunal hearing notice: please attend on 3 Dec")
    }


def test_a_fee_named_beside_the_courts_procedure_is_still_a_fee() -> None:
    ids = {
        f.id
        for f in check("【人民法院】您的案件需缴纳撤诉费2000元，请通过人民法院在线服务缴纳后撤诉")
    }
    assert "fee-to-stop" in ids
    assert "fee-to-stop" in {f.id for f in check("交钱就帮你解除限制消费 先转3000")}


def test_a_fee_is_still_a_fee_after_a_refusal_to_pay() -> None:
    # "不交钱就起诉" is no statement that nothing is charged
    assert "fee-to-stop" in {f.id for f in check("不交钱就起诉你 交500撤诉费就撤销")}


@pytest.mark.parametrize(
    "text,flag",
    [
        # an enforcement measure named first, lifted after, for a fee
        ("你已被列为被执行人 限制消费 交800元服务费马上可以解除", "fee-to-stop"),
        ("账户冻结了 对方说付个手续费600就能帮你撤销", "fee-to-stop"),
        # the amount after the one who takes it, and a record "deleted" in other words
        ("那个中介说转他3500 征信上的逾期记录就删光了", "fee-to-stop"),
        ("对方讲交给他们1800 不良记录全清了", "fee-to-stop"),
        # a payee's name in quotation marks
        ('they want me to send it to account name "Zhao Min" at ABC bank', "personal-account"),
        ("请把钱汇到“刘建军”的账户", "personal-account"),
    ],
)
def test_fees_to_lift_measures_amounts_to_a_taker_and_quoted_payees(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a court named as people say it: a city and a district, their suffixes dropped
        "深圳南山法院打电话来 让我自己上 zxfw.court.gov.cn 查 没要钱",
        "杭州西湖法院的传票 案号(2026)浙0106民初2231号 叫我去法院领",
        "佢話係北京朝陽法院 叫我自己打12368問",
        # what a judgment orders paid lifts the measures for real: no fee
        "请于本月底前缴纳执行款9800元，履行完毕后本院依法解除限制高消费措施",
    ],
)
def test_spoken_court_names_and_judgment_money_are_not_flagged(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "杭州天河法院通知你 交保证金",  # 天河 is in 广州, not 杭州
        "广州天河中级法院通知",  # a district has no intermediate court
    ],
)
def test_spoken_court_names_still_need_real_places(text: str) -> None:
    assert "fake-court" in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text,flag",
    [
        # a fee to stop the collection itself
        ("交599元会员费 我们帮你屏蔽所有催收电话", "fee-to-stop"),
        ("pay a 300 fee and we stop the collectors calling you", "fee-to-stop"),
        # the debt "counted as settled" for a fee; a case that "gets dropped"
        ("付800元证明办理费 这笔贷款就算结清", "fee-to-stop"),
        ("a 2,000 processing fee and your lawsuit gets dropped", "fee-to-stop"),
        ("they can erase my late payment history at the credit bureau for 1500", "fee-to-stop"),
        # years in jail, the detention house
        ("催收说再拖就让你去坐三年牢", "arrest-threat"),
        ("說要把你送去看守所", "arrest-threat"),
        # a screen shared, in Taiwan's word
        ("對方要我開螢幕分享 幫我看帳戶", "credentials"),
        # a wallet that is a phone number, "to" between
        ("send it by wechat to 139 8765 4321", "personal-account"),
        # a national body for loans signing like a court's enforcement
        ("落款是 中国互联网债务处置中心", "fake-court"),
    ],
)
def test_fees_to_stop_collection_jail_terms_screens_wallets_and_national_bodies(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a real court's own notices: fees through its own channels, pressure in days
        "【成都市武侯区人民法院】诉讼费请通过四川微法院缴纳，缴纳后本院依法审理。",
        "请在人民法院在线服务缴纳案件受理费，缴费后案件进入审理",
        "【南京市鼓楼区人民法院】请于5日内履行生效判决，否则本院将依法采取强制措施。",
        # a lender saying collection reminders stop once repaid: no fee
        "【兴业银行】您的信用卡已逾期，请尽快还款，还款后将停止催收提醒。",
    ],
)
def test_real_courts_own_money_and_days_and_stopping_reminders_after_repaying_raise_nothing(
    text: str,
) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text,flag",
    [
        # named deposits are fees; not being heard is a lawsuit avoided
        ("話交3000蚊「調解金」就唔使上庭", "fee-to-stop"),
        ("要我先汇4000元担保金 案子就不会进入审理", "fee-to-stop"),
        # amounts written 3k / 2千
        ("they said send 5k and you're off the blacklist", "fee-to-stop"),
        # an agent's fee for what the lender does for free; the collectors stop, subject first
        ("有个代办机构说能帮我办停息挂账 要先交2000服务费", "fee-to-stop"),
        ("for 800 they said the collectors would stop calling me", "fee-to-stop"),
        # the collector's own wallet
        ("催收讲 支付宝直接转给他就得", "personal-account"),
        # the police coming, in Cantonese
        ("佢話差佬聽朝嚟搵你", "arrest-threat"),
        # a "national" arbitration body
        ("国家网络仲裁委员会通知你", "fake-court"),
    ],
)
def test_named_deposits_amounts_in_k_agents_wallets_and_national_arbitration(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_bank_telling_of_a_court_freeze_does_not_speak_as_a_court() -> None:
    text = "【农业银行】您的账户已被法院冻结，详情请联系执行法院或致电95599。"
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # told in the person's words by a go-between or a collector who "asks"
        ("有个代办公司说 先交2500服务费 就能帮我把逾期记录清掉", "fee-to-stop"),
        ("催收要求我转账到 李海军 农业银行 6228 4800 1111 2222 333", "personal-account"),
        # a named deposit to not go to court; detention in English
        ("對方話俾2000蚊「保證金」就唔使出庭", "fee-to-stop"),
    ],
)
def test_described_by_a_go_between_or_named_deposits_are_checked_without_the_command(
    ev: Engine, text: str, flag: str
) -> None:
    reply = ev.handle(41, text)
    assert reply.action["type"] == "scam-check" and flag in reply.action["flags"]


def test_a_collectors_jail_threat_gets_the_arrest_answer_even_when_the_match_is_only_a_guess(
    shipped_kb: KnowledgeBase, store: Store
) -> None:
    bot = Engine(shipped_kb, store, build_skills(store, shipped_kb), clock=lambda: NOW)
    reply = bot.handle(1, "催收讲要送我进看守所 坐两年牢")
    assert reply.topic == "arrest-threats"
    assert (reply.action or {}).get("type") != "scam-check"


def test_detention_and_jail_in_other_words_pass_the_cheap_gate() -> None:
    assert worth_checking("message: failure to pay results in detention by public security")
    assert worth_checking("他们说要把我送进看守所")


@pytest.mark.parametrize(
    "text,flag",
    [
        # off a list in English; paused enforcement; a record not reported, for a fee
        ("a 300 fee gets you struck off the national defaulters list", "fee-to-stop"),
        ("交2000保证金就能中止强制执行", "fee-to-stop"),
        ("先交3000诚意金 就不上报征信", "fee-to-stop"),
        # the holder's name in brackets after a wallet
        ("transfer to this wechat: lw_8899 (Liu Wei)", "personal-account"),
        ("还款转到支付宝 138****1234（陈静）", "personal-account"),
        # a card shown to a camera; a code to "reply" with
        ("让我开视频 把身份证正反面对着镜头", "credentials"),
        ("请回复短信中的校验码完成核验", "credentials"),
    ],
)
def test_lists_paused_enforcement_unreported_records_bracketed_holders_and_cameras(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "请于本月15日前还款至您本人尾号1234的信用卡（招商银行）",
        "pay to your own card (China Merchants Bank) in the app",
    ],
)
def test_a_bank_in_brackets_is_no_payee(text: str) -> None:
    assert "personal-account" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text,flag",
    [
        # a person's name right before a card or account number, wherever money is sent
        ("钱打到 刘志伟 建行卡 6217 0000 1234 5678 就行", "personal-account"),
        ("入數去 何家明 中銀 012-345678-901", "personal-account"),
        ("pay Zhang Hua, ICBC card 6222 0012 3456 7890, today", "personal-account"),
        ("请今日转入 持卡人周敏 6228 4800 9999 8888", "personal-account"),
        ("they said to remit it to a man called Gao Feng", "personal-account"),
        # an intermediate court in a district; a loan tribunal under a real court's name
        ("【上海市静安区中级人民法院】您的案件已立案", "fake-court"),
        ("notice from Guangzhou Tianhe District Intermediate People's Court", "fake-court"),
        ("最高人民法院网贷执行庭通知你", "fake-court"),
    ],
)
def test_names_before_card_numbers_district_intermediate_courts_and_loan_tribunals(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # the person's own name and card in a bank's notice; intermediate courts of new areas and
        # prefectures are real
        "您好张伟 您的信用卡 6225 8812 3456 7890 本期应还2300元，请通过手机银行还款",
        "【河北雄安新区中级人民法院】您的案件（2026）冀96民初123号已受理，请登录人民法院在线服务查看",
        "【喀什地区中级人民法院】开庭通知已送达，请登录人民法院在线服务查看",
    ],
)
def test_own_cards_and_real_intermediate_courts_raise_nothing(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text,flag",
    [
        # a repair fee to restore a score; money spent (花钱, 只要8000) to wash a record
        ("pay a 499 restoration fee to restore your credit score", "fee-to-stop"),
        ("征信记录花点钱就能洗掉 只要6000", "fee-to-stop"),
        # a summons cancelled; a freeze lifted with words between
        ("交800行政费 就可以取消法院的传唤", "fee-to-stop"),
        ("缴纳2000元保证金即可解除对你银行卡的冻结", "fee-to-stop"),
        # a person named by 叫, alone; the holder's romanised name after the number
        ("让我转给一个叫林先生的人", "personal-account"),
        ("pay to BOC 012-345678-901, Wong Ka Yan", "personal-account"),
        ("transfer to 6217 0000 1111 2222 peter lam", "personal-account"),
        # the police taking one out
        ("the collector said police will drag you out of your flat", "arrest-threat"),
    ],
)
def test_repair_fees_money_spent_summons_freezes_named_people_and_being_dragged_out(
    text: str, flag: str
) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # a card number then English words that name nobody
        "Please repay to your card 6222 1234 5678 9012 before the due date via the app",
        "pay to card 6217 0000 1111 2222 by tomorrow in the official app",
    ],
)
def test_words_after_a_card_number_that_name_nobody_are_no_payee(text: str) -> None:
    assert "personal-account" not in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "收款卡号6217000011112222 持卡人何伟 请今日转入",  # a holder labelled, an order to pay in
        "说我已经被通缉了 叫我去投案",  # wanted, told to turn oneself in
    ],
)
def test_holders_orders_to_pay_in_and_being_wanted_pass_the_gate(text: str) -> None:
    assert worth_checking(text) and check(text)


@pytest.mark.parametrize(
    "text,flag",
    [
        # the debt made to go away for a fee, in English
        ("send a 400 handling fee and we will wipe your loan balance", "fee-to-stop"),
        ("pay our 250 service fee, after that no need to repay anything", "fee-to-stop"),
    ],
)
def test_a_fee_to_make_the_debt_go_away_in_english(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        # paying off the debt itself stops collection for real; a waived fee is no fee asked
        "The bank told me once I repay the outstanding balance the collection calls will stop.",
        "Good news: you don't need to pay the annual fee this year.",
    ],
)
def test_paying_off_the_debt_or_a_waived_fee_is_no_fee_to_stop(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text,flag",
    [
        ("交199会员费 逾期就不上征信", "fee-to-stop"),  # not reported, for a fee
        ("佢叫我轉數快去 6234 5678", "personal-account"),  # FPS to a mobile, 去 between
        ("客服要我讀出手機收到的OTP", "credentials"),  # OTP inside Chinese
        ("叫我開Zoom分享畫面俾佢睇", "credentials"),  # the screen in HK/TW words
        ("he wanted my id photo and the pin for my bank card", "credentials"),
        ("【香港高等法院債務部】", "fake-court"),  # a debt department no court has
        ("【台中地方法院網路借貸專庭】", "fake-court"),
    ],
)
def test_taiwan_and_hong_kong_wordings_of_each_flag(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}


def test_a_taiwan_courts_own_enforcement_department_is_real() -> None:
    assert "fake-court" not in {f.id for f in check("【臺灣臺北地方法院民事執行處】請至本院辦理")}


@pytest.mark.parametrize(
    "text",
    [
        "催收凌晨发短信骂我 /check",  # 短信骂 is no typo of 短信码
        "导师发劳务费了 后天还分期乐两千 先把逾期那笔清了",  # a debt paid off, and a fee earned
    ],
)
def test_insults_by_text_and_a_paid_off_debt_are_no_flags(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    "text,flag",
    [
        ("for 2500 he can make the judgment go away", "fee-to-stop"),
        ("a 1000 deposit and they stop the lawsuit", "fee-to-stop"),
        ("pay 400 to remove the late payment mark from your credit file", "fee-to-stop"),
        ("pay into an account in someone else's name, Sun Qiang", "personal-account"),
        ("just pay it to me via alipay, I'll pass it to the company", "personal-account"),
        ("they asked me to give them remote access to my phone", "credentials"),
        ("signed Beijing Chaoyang District People's Court, Loan Recovery Division", "fake-court"),
    ],
)
def test_more_english_phrasings_of_each_flag(text: str, flag: str) -> None:
    assert flag in {f.id for f in check(text)}
