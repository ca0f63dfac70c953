"""Mask what a person should never have typed before anything they wrote is stored.

- Chinese resident ID numbers (18 characters, valid GB 11643 check digit);
- bank card numbers (16–19 digits, Luhn-valid; spaces or dashes allowed between groups);
- verification codes introduced as such (验证码 123456, code: 1234, CVV 123);
- passwords and PINs introduced as such (密码 abc123, PIN: 1234), masked whole.

Full-width digits (１１０１…, as Chinese input methods type them) are folded to ASCII first.
When the text says what a number is, the checksum is not required: an 18- or 15-character
number is masked where the text mentions 身份证 (a mistyped ID is still an ID), and a run of
12 or more digits where it mentions 账号/卡号 (account numbers have no checksum; 11-digit phone
numbers, which evidence notes need, stay).

ID and card numbers keep only their last four digits; codes and passwords keep nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bot import lazyre as re  # patterns compile on first use (start-up time)

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
# Optional spaces or dashes where people group ID numbers: region(6) birth date(8) rest(4).
_ID_RE = re.compile(r"(?<![0-9A-Za-z])([1-9]\d{5}[ -]?\d{8}[ -]?\d{3}[0-9Xx])(?![0-9A-Za-z])")
_CARD_RE = re.compile(r"(?<![\d])(\d(?:[ -]?\d){15,18})(?![\d])")
_CODE_RE = re.compile(
    r"(验证码|驗證碼|校验码|校驗碼|动态码|動態碼|短信码|verification code|security code|otp|code)"
    r"(\s*(?:是|为|為|:|：|is)?\s*)(\d{4,8})",
    re.IGNORECASE,
)
_CVV_RE = re.compile(
    r"(cvv2?|cvc|安全码|安全碼|背面三位数?|背面後三位|背面后三位)(\s*(?:是|为|為|:|：|is)?\s*)(\d{3,4})",
    re.IGNORECASE,
)
_PASSWORD_RE = re.compile(
    r"(?<![A-Za-z])(密码|密碼|口令|password|passcode|pin)(\s*(?:是|为|為|:|：|is)?\s*)([A-Za-z0-9!@#$%^&*._-]{4,32})(?![A-Za-z0-9])",
    re.IGNORECASE,
)

# Full-width digits, Ｘ, hyphen and the ideographic space, folded before anything is matched.
_FOLD = str.maketrans(
    {**{0xFF10 + i: str(i) for i in range(10)}, 0xFF38: "X", 0xFF58: "x", 0xFF0D: "-", 0x3000: " "}
)
_ID_CONTEXT_RE = re.compile(r"身份证|身份證|身分證|证件号|證件號|id card|id number", re.IGNORECASE)
_ID_SHAPE_RE = re.compile(
    r"(?<![0-9A-Za-z])(\d{6}[ -]?\d{8}[ -]?\d{3}[0-9Xx]|\d{15})(?![0-9A-Za-z])"
)
_ACCOUNT_CONTEXT_RE = re.compile(
    r"账号|帐号|賬號|帳號|账户|帐户|賬戶|帳戶|卡号|卡號|银行卡|銀行卡|account (?:number|no)|card (?:number|no)",
    re.IGNORECASE,
)
_ACCOUNT_RE = re.compile(r"(?<![\d*])(\d(?:[ -]?\d){11,29})(?![\d])")


def fold_digits(text: str) -> str:
    """Full-width digits (and Ｘ, －, the ideographic space) as their ASCII forms."""
    return text.translate(_FOLD)


def valid_id_number(value: str) -> bool:
    """True for an 18-character Chinese resident ID number with a correct check digit."""
    if not re.fullmatch(r"\d{17}[0-9Xx]", value):
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17].upper()


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by bank card numbers."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


@dataclass
class Redaction:
    text: str
    found: list[str] = field(default_factory=list)  # "id", "card", "account", "code", "password"

    @property
    def changed(self) -> bool:
        return bool(self.found)


def mask(digits: str, keep: int = 4) -> str:
    return "*" * max(0, len(digits) - keep) + digits[-keep:]


def redact(text: str) -> Redaction:
    """Mask ID numbers, card numbers and verification codes, keeping the last four digits."""
    found: list[str] = []

    def id_sub(m: re.Match[str]) -> str:
        value = re.sub(r"[ -]", "", m.group(1))
        if valid_id_number(value):
            found.append("id")
            return mask(value)
        return m.group(0)

    def card_sub(m: re.Match[str]) -> str:
        digits = re.sub(r"[ -]", "", m.group(1))
        if 16 <= len(digits) <= 19 and luhn_valid(digits):
            found.append("card")
            return mask(digits)
        return m.group(0)

    def hide(kind: str) -> Callable[[re.Match[str]], str]:
        def sub(m: re.Match[str]) -> str:
            if kind == "password" and not re.search(r"\d", m.group(3)):
                return m.group(0)  # "密码 reset" is a word, not a password
            found.append(kind)
            return m.group(1) + m.group(2) + "*" * len(m.group(3))

        return sub

    def any_sub(kind: str) -> Callable[[re.Match[str]], str]:
        def sub(m: re.Match[str]) -> str:
            found.append(kind)
            return mask(re.sub(r"[ -]", "", m.group(1)))

        return sub

    text = fold_digits(text)
    text = _ID_RE.sub(id_sub, text)
    if _ID_CONTEXT_RE.search(text):
        text = _ID_SHAPE_RE.sub(any_sub("id"), text)
    text = _CARD_RE.sub(card_sub, text)
    if _ACCOUNT_CONTEXT_RE.search(text):
        text = _ACCOUNT_RE.sub(any_sub("account"), text)
    text = _CODE_RE.sub(hide("code"), text)
    text = _CVV_RE.sub(hide("code"), text)
    text = _PASSWORD_RE.sub(hide("password"), text)
    return Redaction(text, found)
