"""Made-up authorities with a unit for debts (fourteenth session, blind round 25): Interpol and
the (immigration) police have no unit that collects anyone's debts, in Chinese or in English."""

import pytest

from bot.scamcheck import court, flags


@pytest.mark.parametrize(
    "text",
    [
        "自称国际刑警中国分部债务组的人打电话说要引渡我",
        "佢話係國際刑警澳門分部追債組，要我即刻還錢",
        "A man said he was from the Shenzhen Immigration Police Debt Department",
        "they said the Public Security Loan Recovery Unit will arrest me",
    ],
)
def test_an_authority_unit_for_debts_is_made_up(text: str) -> None:
    assert court.made_up_agencies(flags.normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "国际刑警组织发布了红色通缉令的新闻",  # Interpol itself, no unit for debts
        "the immigration police checked my visa at the airport",
        "my bank's debt collection department called me",  # a lender's own department
    ],
)
def test_real_bodies_and_a_lenders_department_are_not(text: str) -> None:
    assert not court.made_up_agencies(flags.normalise(text))
