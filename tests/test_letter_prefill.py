"""What a request for a letter already says is filled in before the first question."""

from __future__ import annotations

from datetime import date

import pytest

from bot.letters.prefill import creditor, prefill
from bot.letters.skill import pick_letter, wants_letter
from bot.letters.templates import load_letters
from tests.conftest import SHIPPED_KB

LETTERS = load_letters(SHIPPED_KB)
TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("text", "letter_id"),
    [
        (
            "I need a letter asking the bank to stop calling my mother and my boss",
            "stop-third-party-contact",
        ),
        ("给招行写个协商还款申请", "negotiation-request"),
        ("帮我写一封信让建行别再打给我妈和我老板", "stop-third-party-contact"),
        ("I want a letter to Citi for a payment plan", "negotiation-request"),
        ("I want to write to my bank to ask for the breakdown of my debt", "debt-details-request"),
        ("幫我寫封信叫招行唔好再打俾我老婆", "stop-third-party-contact"),
    ],
)
def test_requests_in_words_pick_the_letter(text: str, letter_id: str) -> None:
    assert wants_letter(text)
    letter = pick_letter(LETTERS, text)
    assert letter is not None and letter.id == letter_id


@pytest.mark.parametrize(
    "text",
    ["I got a letter asking me to pay", "银行给我写了一封信", "给招行打电话没人接"],
)
def test_letters_received_or_other_talk_are_not_requests(text: str) -> None:
    assert not (wants_letter(text) and pick_letter(LETTERS, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("给招行写个协商还款申请", "招商银行"),
        ("建行信用卡", "中国建设银行"),
        ("给宁波银行写信", "宁波银行"),
        ("write to CMB", "China Merchants Bank"),
        ("asking the bank to stop", None),
        ("能帮我给银行写个要求停止骚扰家人的函吗", None),
        ("给这家银行写信", None),
    ],
)
def test_creditor_names(text: str, name: str | None) -> None:
    assert creditor(text) == name


def test_negotiation_fields_from_one_sentence() -> None:
    letter = LETTERS.get("negotiation-request")
    values = prefill(letter, "给招行写个协商还款申请，欠了5万，每月能还1500，分36期", TODAY)
    assert values["creditor"] == "招商银行"
    assert values["amount"] == "50000.00" and values["monthly"] == "1500.00"
    assert values["months"] == "36"


def test_english_amounts_and_months() -> None:
    letter = LETTERS.get("negotiation-request")
    text = "write a letter to Citi for a payment plan, I owe 58,000 and can pay 1500 a month over 36 months"
    values = prefill(letter, text, TODAY)
    assert values == {
        "creditor": "Citibank",
        "amount": "58000.00",
        "monthly": "1500.00",
        "months": "36",
    }


def test_who_is_being_called() -> None:
    letter = LETTERS.get("stop-third-party-contact")
    values = prefill(
        letter, "I need a letter asking the bank to stop calling my mother and my boss", TODAY
    )
    assert values == {"contacted": "my mother and my boss"}
    zh = prefill(letter, "帮我写一封信让建行别再打给我妈和我老板", TODAY)
    assert zh["contacted"] == "我妈和我老板" and zh["creditor"] == "中国建设银行"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("帮我写一封信让他们别再打给我表哥和我小姨", "我表哥和我小姨"),
        (
            "write a letter telling them to stop calling my cousin and my mother-in-law",
            "my cousin and my mother-in-law",
        ),
    ],
)
def test_relatives_named_many_ways_are_filled_in(text: str, who: str) -> None:
    assert prefill(LETTERS.get("stop-third-party-contact"), text, TODAY)["contacted"] == who


def test_values_a_field_would_refuse_are_left_to_the_question() -> None:
    letter = LETTERS.get("negotiation-request")
    values = prefill(letter, "给招行写个协商还款申请，分99期", TODAY)  # months max is 60
    assert "months" not in values and values["creditor"] == "招商银行"


def test_the_kind_of_creditor_when_the_words_settle_it() -> None:
    from dataclasses import replace

    from bot.kb.model import Text
    from bot.letters.templates import Choice, LetterField

    kind = LetterField(
        "creditor_kind",
        "choice",
        Text("哪一类？", "What kind?"),
        Text("", ""),
        required=False,
        choices=(
            Choice("bank-card", Text("银行信用卡", "a bank credit card")),
            Choice("other", Text("网贷或其他贷款", "an online loan or other loan")),
        ),
    )
    base = LETTERS.get("negotiation-request")
    letter = replace(base, fields=(*(f for f in base.fields if f.name != "creditor_kind"), kind))
    assert prefill(letter, "给招行信用卡写个协商还款申请", TODAY)["creditor_kind"] == "bank-card"
    assert prefill(letter, "帮我给花呗写个协商还款申请", TODAY)["creditor_kind"] == "other"
    assert "creditor_kind" not in prefill(
        letter, "给招行写个协商还款申请", TODAY
    )  # a loan or a card
