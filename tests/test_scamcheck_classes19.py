"""Scam-check classes of the nineteenth session (issue #14); every sentence our own.

- A body for clearing or mediating loans under a province's or city's name, Hong Kong's Department
  of Justice, or "across the strait" is no authority; nor is a bare loan-clearing office signing in
  brackets with no lender's name; nor an English "… Credit Bureau of China" or national debt
  committee. The real ones stay clean: the PBoC's credit reference centre and its branches' credit
  offices, a lender's own card centre, a trade association.
- Arrest as what follows ("入境就会被抓"), and the Taiwanese warrant (拘票), are arrest threats.
- A case number quoted as it was given keeps its quotes out of the format check.
"""

import pytest

from bot.scamcheck.flags import check, worth_checking


def ids(text: str) -> set[str]:
    return {f.id for f in check(text)}


@pytest.mark.parametrize(
    "text",
    [
        "来电的人说自己是“甘肃省网贷清理中心”的工作人员，让我今天处理",
        "对方自称湖南省征信修复办公室，说我的记录可以帮忙处理",
        "有人话自己系「香港律政司欠债追讨组」，叫我即刻联络佢",
        "一个自称“海峡两岸债务调解委员会”的人加了我",
        "【逾期债务清理办公室】您名下的借款已进入处置程序",
        "Message from the 'Consumer Loan Bureau of China': your file is open",
        "caller said he works for the National Credit Supervision Committee",
    ],
)
def test_made_up_debt_bodies_are_fake(text: str) -> None:
    assert "fake-court" in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "【中国人民银行征信中心】您本年度第一次免费查询已完成",
        "人民银行成都分行征信管理处提醒：征信查询请认准官方渠道",
        "Credit Card Center of China Merchants Bank: your statement is ready",
        "【招商银行信用卡中心】您的账单已出，最低还款额560元",
        "四川省互联网金融行业协会提示：谨防代理退保骗局",
    ],
)
def test_real_bodies_are_not(text: str) -> None:
    assert "fake-court" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "對方話唔還錢嘅話，你返大陸一過關就會被抓",
        "簡訊說桃園地方法院已對我開出拘票，要我先匯款",
    ],
)
def test_arrest_as_what_follows_is_a_threat(text: str) -> None:
    assert "arrest-threat" in ids(text)


def test_someone_arrested_in_the_past_is_no_threat() -> None:
    assert "arrest-threat" not in ids("听说隔壁村有个放贷的被抓了")


@pytest.mark.parametrize(
    "text",
    [
        "来电说案号系「(2026)粤0306民初4471号」，叫我自己上网查",
        "通知上的案号是“(2025)京0105民初2231号”",
    ],
)
def test_a_quoted_well_formed_case_number_is_fine(text: str) -> None:
    assert "bad-case-number" not in ids(text)


def test_a_quoted_malformed_case_number_still_is_bad() -> None:
    assert "bad-case-number" in ids("案号是「2026民字第0088号」，请速处理")


@pytest.mark.parametrize(
    "text",
    [
        "对方说欠款可以用泰达币还，让我先买币再转到他发的地址",
        "佢話可以用比特幣還返啲錢，仲平過還現金",
        "the agent said i can settle it in bitcoin and he'd send me the address",
    ],
)
def test_a_debt_repaid_in_coins_is_money_to_no_creditor(text: str) -> None:
    assert "personal-account" in ids(text)
    assert worth_checking(text)  # told in one's own words, it is still checked without /check


@pytest.mark.parametrize(
    "text",
    ["本行不会要求客户用虚拟币还款，请通过官方渠道还款", "我钱包丢了，里面有信用卡"],
)
def test_a_warning_about_coins_or_a_lost_wallet_is_not(text: str) -> None:
    assert "personal-account" not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "通知：案件即将移交执行，如需暂缓，请今日内缴纳暂缓执行费800元到经办人账户",
        "佢話交三千蚊暫緩起訴費就唔會告我",
        "专业处理征信，逾期记录可删，先交两千定金",
    ],
)
def test_a_fee_to_put_off_a_case_or_to_delete_a_record(text: str) -> None:
    assert "fee-to-stop" in ids(text)


def test_a_court_saying_a_stay_costs_nothing_is_no_fee() -> None:
    assert "fee-to-stop" not in ids("你可以向本院申请暂缓执行，依法无需缴费，详询12368")
