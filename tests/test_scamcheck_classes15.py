"""Scam-check classes of the fifteenth session (issue #14), both ways; every sentence our own.

A real court named after words that are not a stop ("受…法院委派", "上面写…法院") is still real; a
place's pinyin apostrophe ("Jing'an") and the courts' own case number in pinyin ("(2026) Su 0102
Min Chu 3321") are not red flags; links all on official domains leave the model nothing to flag;
money asked into the wallet of whoever asks or of someone of theirs is a private payee."""

import pytest

from bot.scamcheck import court, flags
from bot.scamcheck.model import check_all


def ids(text: str) -> set[str]:
    return {f.id for f in check_all(text)}


@pytest.mark.parametrize(
    "text",
    [
        "一个座机打来，说是受杭州市西湖区人民法院委派的诉前调解员，问我愿不愿意调解，可以拒绝",
        "收到的文书上面写福建省厦门市思明区人民法院，要我在期限内答辩",
    ],
)
def test_a_real_court_after_other_words_is_real(text: str) -> None:
    assert not court.fake_court_names(flags.normalise(text))


def test_a_pinyin_apostrophe_is_part_of_the_place() -> None:
    assert court.real_english_court_name("jing'an district")
    assert court.real_english_court_name("xi'an yanta district people's")


def test_the_courts_own_number_in_pinyin_is_well_formed() -> None:
    s = flags.normalise("Your case (2026) Su 0102 Min Chu 3321 has been accepted.")
    assert not court.bad_case_numbers(s)
    s = flags.normalise("Your case (2026)YW-0042 must be settled today")
    assert court.bad_case_numbers(s)  # letters no court's number holds


def test_official_links_leave_the_model_nothing_to_flag() -> None:
    text = "【郑州市金水区人民法院】您有一份法律文书已送达，请登录 https://sd.court.gov.cn 查看。"
    assert "unofficial-link" not in ids(text)
    assert "unofficial-link" in ids(
        "您有一份法律文书，请登录 https://sd-court-gov.cn.vip 查看并缴费"
    )


@pytest.mark.parametrize(
    "text",
    [
        "还款请直接转我本人支付宝，别走APP",
        "叫我即刻转三万蚊去佢哋书记员嘅微信，唔系就拉人",
        "转8000去佢老婆户口就可以唔使上庭",
        "他说只要私下给他转1万，案子就能撤",
        "交2600诉讼终止费就不用上法院，给你一个收款码，扫了就行",
        "pay the fee by scanning their WeChat QR code",
        "Pay to our firm's collection WeChat (ID huatai_law01) within 48 hours",
    ],
)
def test_money_into_their_own_wallet_is_a_private_payee(text: str) -> None:
    assert flags._private_payee(flags.normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "请通过招商银行App还款，不要转给任何个人",
        "他给我转了2000块，说是还上个月借的",
        "银行说可以去网点柜台还款",
    ],
)
def test_paying_the_lender_or_money_coming_in_is_not(text: str) -> None:
    assert not flags._private_payee(flags.normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "说我在外面欠了钱要坐牢，叫我妈先交1万保释金",
        "unless you pay bail today you will be detained",
        "交咗取保费就唔使拉人",
    ],
)
def test_a_fee_named_for_the_step_it_stops_is_a_fee_to_stop(text: str) -> None:
    assert "fee-to-stop" in ids(text)


def test_a_fee_said_not_to_be_charged_is_none() -> None:
    found = flags.check("法院提醒：撤诉不收取任何撤诉费，请勿相信他人")
    assert "fee-to-stop" not in {f.id for f in found}


@pytest.mark.parametrize(
    "text",
    [
        "有个男人话自己系「广州经侦」，要我将户口啲钱转去佢哋嘅「监管户口」",
        "公安部反诈中心将于48小时内对您实施刑事拘留，如需申诉请访问 gab-shensu.com 并填写验证码",
        "打电话的说自己是“国家金融监督执行总局”的，叫我把收到的验证码念给他",
        "URGENT from Shaoxing Public Security Bureau: you will be arrested unless you pay at 166xxxx",
    ],
)
def test_an_authority_claimed_that_asks_is_flagged(text: str) -> None:
    assert ids(text) & {"fake-court", "court-channel"}


def test_an_authoritys_own_warning_is_not() -> None:
    text = "【国家反诈中心】提醒您：公安机关不会通过电话要求转账到安全账户，如遇此类情况请拨打96110"
    assert not ids(text) & {"fake-court", "court-channel"}


@pytest.mark.parametrize(
    "text",
    [
        "让我先交两万和解金，收款人写的是王会计",
        "he says for 3,000 USDT he can get the lawsuit withdrawn",
        "pay the release fee at the counter of 'Mr. Chan' before friday",
        "要我先交5000蚊手续费去佢支付宝",
        "缴纳解除费800元即可移除，请加客服微信 kf_2026x 办理",
        "给了个账户让我先还一部分，户名是广州鑫达商贸",
    ],
)
def test_payees_that_are_people_or_go_betweens(text: str) -> None:
    assert flags._private_payee(flags.normalise(text))


def test_a_lender_saying_it_will_sue_but_not_arrest_is_no_arrest_threat() -> None:
    text = "兴业银行催收说再不还就上报征信、要起诉我，但是没说抓人，叫我在App里还"
    assert "arrest-threat" not in {f.id for f in flags.check(text)}
