"""A paper the other side wants signed, or a 写 in another clause, is no request to write a
letter: the knowledge base answers; a request to write one still gets the letters."""

from __future__ import annotations

import pytest

from bot.letters.skill import wants_letter


@pytest.mark.parametrize(
    "text",
    [
        "催收员拿来一张纸让我签字确认欠款 说签了能给我打折 纸上写着还款承诺",
        "the agency wants me to sign a letter saying I accept the full balance",
        "他说可以给我减免 我看单子上写着最后通牒",
    ],
)
def test_their_paper_is_not_a_letter_request(text: str) -> None:
    assert not wants_letter(text)


@pytest.mark.parametrize(
    "text",
    [
        "帮我给招行写一封申请分期的信",
        "给银行写信要欠款明细",
        "can you help me write a letter to my bank asking for a payment plan",
    ],
)
def test_a_request_to_write_still_is(text: str) -> None:
    assert wants_letter(text)
