"""Redaction of ID numbers, card numbers and verification codes (valid and invalid examples)."""

from __future__ import annotations

import pytest

from bot.redact import luhn_valid, redact, valid_id_number

VALID_ID = "11010519491231002X"  # GB 11643 sample with a correct check digit
INVALID_ID = "110105194912310021"  # same digits, wrong check digit
VALID_CARD = "6222021234567890128"  # 19 digits, Luhn-valid
INVALID_CARD = "6222021234567890127"


def test_checksums() -> None:
    assert valid_id_number(VALID_ID) and not valid_id_number(INVALID_ID)
    assert luhn_valid(VALID_CARD) and not luhn_valid(INVALID_CARD)
    assert luhn_valid("4111111111111111")


def test_masks_valid_id_keeping_last_four() -> None:
    r = redact(f"我的身份证号是{VALID_ID}，请帮我写信")
    assert VALID_ID not in r.text and "002X" in r.text and r.found == ["id"]


def test_leaves_invalid_id_alone() -> None:
    r = redact(f"编号 {INVALID_ID}")
    assert INVALID_ID in r.text and not r.changed


@pytest.mark.parametrize("card", [VALID_CARD, "4111 1111 1111 1111", "4111-1111-1111-1111"])
def test_masks_card_numbers(card: str) -> None:
    r = redact(f"card {card} please")
    digits = card.replace(" ", "").replace("-", "")
    assert digits not in r.text.replace(" ", "") and digits[-4:] in r.text and r.found == ["card"]


def test_leaves_non_luhn_and_short_numbers() -> None:
    for text in (f"单号 {INVALID_CARD}", "欠了 20000 元", "电话 13800138000", "2026-12-15"):
        assert redact(text).text == text


@pytest.mark.parametrize(
    "text,code",
    [
        ("验证码是 483920", "483920"),
        ("驗證碼：1234", "1234"),
        ("my verification code is 778899", "778899"),
        ("OTP 5521", "5521"),
    ],
)
def test_masks_verification_codes(text: str, code: str) -> None:
    r = redact(text)
    assert code not in r.text and r.found == ["code"]


def test_amounts_next_to_code_words_unchanged_when_not_codes() -> None:
    assert redact("我还了2000块").text == "我还了2000块"


def test_masks_id_numbers_written_in_groups() -> None:
    r = redact("身份证 110105 19491231 002X 谢谢")
    assert "19491231" not in r.text and "002X" in r.text and r.found == ["id"]
    assert (
        redact("编号 110105 19491231 0021").text == "编号 110105 19491231 0021"
    )  # bad check digit


@pytest.mark.parametrize(
    "text,secret",
    [
        ("密码是abc123", "abc123"),
        ("我的支付密码：123456", "123456"),
        ("PIN 4321", "4321"),
        ("password: hunter22", "hunter22"),
    ],
)
def test_masks_passwords_whole(text: str, secret: str) -> None:
    r = redact(text)
    assert secret not in r.text and secret[-4:] not in r.text and r.found == ["password"]


@pytest.mark.parametrize(
    "text", ["password reset please", "忘记密码怎么办", "opinion 2024", "spinning 12345"]
)
def test_password_words_without_a_password_stay(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize("text,code", [("CVV 123", "123"), ("卡背面后三位是 456", "456")])
def test_masks_card_security_codes(text: str, code: str) -> None:
    r = redact(text)
    assert code not in r.text and r.found == ["code"]


FULL_WIDTH_ID = VALID_ID.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))


def test_full_width_id_number_is_masked() -> None:
    # Chinese input methods type full-width digits; they used to be stored unmasked.
    r = redact(f"我的身份证号是{FULL_WIDTH_ID}")
    assert FULL_WIDTH_ID not in r.text and VALID_ID not in r.text
    assert r.text.endswith("002X") and r.found == ["id"]


def test_full_width_card_and_code_are_masked() -> None:
    card = VALID_CARD.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    r = redact(f"卡 {card} 验证码：４８３９２０")
    assert VALID_CARD not in r.text and "483920" not in r.text and "０" not in r.text
    assert sorted(r.found) == ["card", "code"]


def test_wrong_check_digit_is_masked_when_text_says_id_card() -> None:
    for text in (f"身份证号 {INVALID_ID}", f"身份證：{INVALID_ID}", "身份证 110105 19491231 0021"):
        r = redact(text)
        assert "19491231" not in r.text and "0021" in r.text and r.found == ["id"], text
    assert redact(f"订单号 {INVALID_ID}").text == f"订单号 {INVALID_ID}"


def test_long_account_numbers_masked_when_text_says_account() -> None:
    account = "110060149018800012345"  # 21 digits, no checksum to rely on
    r = redact(f"催收让我转到这个账号 {account}，他的电话13800138000")
    assert account not in r.text and account[-4:] in r.text and r.found == ["account"]
    assert "13800138000" in r.text  # the collector's phone number is evidence: kept
    assert redact(f"卡号 {INVALID_CARD}").found == ["account"]
    assert redact(f"单号 {account}").text == f"单号 {account}"
