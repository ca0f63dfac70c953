"""The letter conversation end to end through the engine: ask, re-ask, skip, cancel, hand back."""

from __future__ import annotations

import pytest

from bot.deadlines import DeadlineSkill
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.letters.skill import LetterSkill, wants_letter
from bot.letters.templates import load_letters
from bot.render import render_text
from bot.store import Store
from tests.conftest import NOW, SHIPPED_KB

ID_NUMBER = "110101199003074514"


@pytest.fixture
def bot(mini_kb: KnowledgeBase, store: Store) -> Engine:
    skills = [DeadlineSkill(), LetterSkill(load_letters(SHIPPED_KB))]
    return Engine(mini_kb, store, skills=skills, clock=lambda: NOW)


def field_of(reply) -> str | None:
    action = reply.action or {}
    return action.get("field") if action.get("type") == "letter-field" else None


def test_negotiation_letter_end_to_end(bot: Engine) -> None:
    first = bot.handle(1, "帮我写一封协商还款的申请")
    assert first.kind == "flow" and first.action == {
        "type": "letter-field",
        "id": "negotiation-request",
        "field": "creditor",
    }
    assert "例如：某某银行信用卡中心" in render_text(first)
    kind = bot.handle(
        1, "招商银行信用卡中心"
    )  # which kind of debt decides whether art. 70 is cited
    assert field_of(kind) == "creditor_kind" and "第七十条" in render_text(kind)
    assert field_of(bot.handle(1, "银行信用卡")) == "amount"

    bad = bot.handle(1, "很多很多")  # a bad amount is re-asked, with the reason
    assert field_of(bad) == "amount" and "金额我没看懂" in render_text(bad)
    assert field_of(bot.handle(1, "5万")) == "monthly"
    assert field_of(bot.handle(1, "1500元")) == "months"
    too_long = bot.handle(1, "80")
    assert field_of(too_long) == "months" and "1 到 60" in render_text(too_long)
    reason = bot.handle(1, "36")
    assert field_of(reason) == "reason"
    assert [b.payload for b in reason.all_buttons()] == ["letter:skip", "letter:cancel"]
    assert field_of(bot.handle(1, "跳过")) == "name"
    assert field_of(bot.handle(1, "李四")) == "card_last4"
    assert field_of(bot.press(1, "letter:skip")) == "id_last4"

    cut = bot.handle(1, ID_NUMBER)  # the full ID number: only the last four are kept, and why
    assert field_of(cut) == "phone" and "只保留了最后四位" in render_text(cut)
    assert field_of(bot.handle(1, "跳过")) == "address"
    done = bot.handle(1, "跳过")  # the sender block is optional; its lines are left out
    text = render_text(done)
    assert done.kind == "info" and done.action["type"] == "letter"
    assert done.action["id"] == "negotiation-request"
    letter = done.action["text"]
    assert ID_NUMBER not in text and ID_NUMBER not in letter
    assert "身份证号后四位：4514" in letter and "联系电话" not in letter
    assert "第七十条" in letter and "附件" in letter and "此致\n敬礼！" in letter
    assert (
        "招商银行信用卡中心" in letter
        and "50,000 元" in letter
        and "每月 1,500 元、共 36 期" in letter
    )
    assert "具体情况" not in letter  # the skipped reason's line is left out
    assert letter in text and "怎么用这封信" in text and "不是法律意见" in text
    (doc,) = done.documents
    assert doc.filename.endswith(".txt") and doc.content == letter
    # Nothing of what was typed is kept: the flow is gone and the database never saw it.
    assert bot.contexts.get("1", NOW).flow is None
    assert not _stored_anywhere(bot.store, "招商银行")
    assert not _stored_anywhere(bot.store, "4514")


def _stored_anywhere(store: Store, needle: str) -> bool:
    for table in [
        r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
    ]:
        for row in store.conn.execute(f"SELECT * FROM {table}"):
            if any(needle in str(v) for v in row):
                return True
    return False


def test_english_request_and_required_field_cannot_be_skipped(bot: Engine) -> None:
    first = bot.handle(2, "Can you write a letter to my bank asking for an instalment plan?")
    assert first.lang == "en" and field_of(first) == "creditor"
    refused = bot.handle(2, "skip")
    assert field_of(refused) == "creditor" and "needed" in render_text(refused)


def test_cancel_by_word_and_by_command(bot: Engine) -> None:
    bot.handle(3, "/letter complaint zh")
    bot.handle(3, "某某银行")
    stopped = bot.handle(3, "取消")
    assert stopped.action is None and "已经停止" in render_text(stopped)
    assert bot.contexts.get("3", NOW).flow is None
    bot.handle(3, "/letter complaint zh")
    stopped = bot.handle(3, "/cancel")
    assert "已经停止" in render_text(stopped) and bot.contexts.get("3", NOW).flow is None
    # Outside a flow there is nothing to cancel: the engine's usual reply to an unknown command.
    assert "不认识这个命令" in render_text(bot.handle(3, "/cancel"))


def test_letter_menu_and_button_start(bot: Engine) -> None:
    menu = bot.handle(4, "/letter")
    payloads = [b.payload for b in menu.all_buttons()]
    assert payloads[0] == "letter:s:negotiation-request" and len(payloads) == len(
        load_letters(SHIPPED_KB)
    )
    started = bot.press(4, "letter:s:credit-report-objection")
    assert field_of(started) == "recipient"
    unknown = bot.handle(4, "/letter no-such-letter")
    assert "no letter" in render_text(unknown).lower() or "没有这个" in render_text(unknown)
    vague = bot.handle(5, "帮我写一封信")
    assert [b.payload for b in vague.all_buttons()] == payloads


def test_choice_by_button_and_by_number(bot: Engine) -> None:
    bot.handle(6, "/letter credit-report-objection zh")
    ask = bot.handle(6, "某某银行")
    assert field_of(ask) == "error_kind"
    assert [b.payload for b in ask.all_buttons()][:2] == ["letter:c:not-mine", "letter:c:repaid"]
    assert field_of(bot.press(6, "letter:c:repaid")) == "entry"
    bot.handle(7, "/letter credit-report-objection zh")
    bot.handle(7, "某某银行")
    assert field_of(bot.handle(7, "9")) == "error_kind"  # no option 9: asked again
    assert field_of(bot.handle(7, "1")) == "entry"


def test_stale_letter_buttons(bot: Engine) -> None:
    for payload in (
        "letter:skip",
        "letter:c:repaid",
        "letter:cancel",
        "letter:s:no-such",
        "letter:zzz",
    ):
        assert "失效" in render_text(bot.press(8, payload, lang_hint="zh")), payload


def test_safety_still_wins_mid_flow_and_the_flow_continues(bot: Engine) -> None:
    bot.handle(9, "/letter negotiation-request zh")
    danger = bot.handle(9, "催收的人上门了，现在堵门不让我出去")
    assert danger.topic == "physical-danger" and danger.action["type"] == "safety"
    assert field_of(bot.handle(9, "某某银行")) == "creditor_kind"


@pytest.mark.parametrize(
    "text",
    [
        "银行寄来的律师函是真的吗",
        "催收说要给我发律师函",
        "催收打电话骂我怎么办",
        "I got a letter from the bank asking me to pay",
        "is this lawyer's letter real",
    ],
)
def test_ordinary_questions_are_not_taken_for_letter_requests(text: str) -> None:
    assert not wants_letter(text)


@pytest.mark.parametrize(
    "text",
    [
        "答辩状怎么写，期限是多久",
        "法律援助中心能帮我写答辩状吗",
        "催收记录日志怎么写",
        "崔收录音怎么弄",
        "帮我写个信用卡还款计划",
    ],
)
def test_writing_questions_without_a_letter_go_to_the_knowledge_base(
    bot: Engine, text: str
) -> None:
    reply = bot.handle(11, text)
    assert reply.action is None and not any(
        b.payload.startswith("letter:") for b in reply.all_buttons()
    )


@pytest.mark.parametrize(
    "text",
    [
        "帮我写一封协商还款的申请",
        "幫我寫一封協商還款的申請",
        "征信异议申请怎么写",
        "有没有投诉信的模板",
        "please draft a complaint letter to the bank",
    ],
)
def test_letter_requests_are_recognised(text: str) -> None:
    assert wants_letter(text)


def test_traditional_request_gets_the_right_letter(bot: Engine) -> None:
    reply = bot.handle(10, "幫我寫一封協商還款的申請")
    assert reply.action["id"] == "negotiation-request" and reply.traditional


# -- issue #14: letters asked for in words, pre-filled; number picks --------------------------
LETTERS = load_letters(SHIPPED_KB)
ANSWERS = {
    "text": "招商银行信用卡中心",
    "money": "3000",
    "integer": "12",
    "date": "11月3日",
    "last4": "1234",
}


def spec_of(reply):
    action = reply.action or {}
    letter = LETTERS.get(action.get("id", ""))
    if letter is None or "field" not in action:
        return None
    return next(f for f in letter.fields if f.name == action["field"])


def run_to_the_end(bot: Engine, chat: int, reply, optional: str = "跳过"):
    """Answer every question: required ones with a valid value, optional ones with `optional`."""
    asked: list[str] = []
    for _ in range(30):
        spec = spec_of(reply)
        if spec is None:
            return reply, asked
        asked.append(spec.name)
        if spec.type == "choice":
            answer = "1"
        elif spec.required or spec.type in ("money", "integer", "last4"):
            answer = ANSWERS[spec.type]
        else:
            answer = optional
        reply = bot.handle(chat, answer)
    raise AssertionError("the letter never finished")


def test_a_letter_to_stop_calling_family_asked_for_in_english(bot: Engine) -> None:
    reply = bot.handle(20, "I need a letter asking the bank to stop calling my mother and my boss")
    assert reply.action["id"] == "stop-third-party-contact"
    assert "my mother and my boss" in render_text(reply)  # shown as already filled
    final, asked = run_to_the_end(bot, 20, reply, optional="skip")
    assert "contacted" not in asked and "creditor" in asked  # "the bank" names no creditor
    assert "my mother and my boss" in final.action["text"]


def test_the_creditor_named_in_the_request_is_filled_in(bot: Engine) -> None:
    reply = bot.handle(21, "给招行写个协商还款申请")
    assert reply.action["id"] == "negotiation-request" and field_of(reply) != "creditor"
    final, asked = run_to_the_end(bot, 21, reply)
    assert "creditor" not in asked and "招商银行" in final.action["text"]


def test_amount_monthly_and_months_are_filled_from_the_request(bot: Engine) -> None:
    reply = bot.handle(22, "给招行写个协商还款申请，欠了5万，每月能还1500，分36期")
    final, asked = run_to_the_end(bot, 22, reply)
    assert not {"creditor", "amount", "monthly", "months"} & set(asked)
    text = final.action["text"]
    assert "50,000" in text and "1,500" in text and "36" in text


def test_a_typed_number_picks_the_skip_button_in_a_letter_flow(bot: Engine) -> None:
    reply = bot.handle(23, "帮我写一封协商还款的申请")
    final, asked = run_to_the_end(bot, 23, reply, optional="1")  # [1] is 跳过 on optional fields
    optional = [f.name for f in LETTERS.get("negotiation-request").fields if not f.required]
    assert set(optional) & set(asked)
    text = final.action["text"]
    assert "：1\n" not in text and "：1，" not in text and "：1。" not in text


def test_a_field_that_needs_a_number_says_so_and_takes_the_number(bot: Engine) -> None:
    reply = bot.handle(24, "帮我写一封协商还款的申请")
    while field_of(reply) != "amount":
        spec = spec_of(reply)
        reply = bot.handle(24, "1" if spec.type == "choice" else ANSWERS[spec.type])
    assert "这一项要填数字" in render_text(reply)
    after = bot.handle(24, "1")  # an amount of 1 yuan, not a pick of a button
    assert after.action["type"] == "letter-field" and field_of(after) != "amount"


def test_a_question_at_a_step_is_answered_and_the_step_waits(bot: Engine) -> None:
    assert field_of(bot.handle(7, "帮我写一封协商还款的申请")) == "creditor"
    asked = bot.handle(7, "要附什么证明？")
    text = render_text(asked)
    # answered by the rest of the bot, not stored as the letter's recipient
    assert field_of(asked) is None and "还在等你回答" in text
    # the step still waits: the next message is its answer
    assert field_of(bot.handle(7, "招商银行信用卡中心")) == "creditor_kind"


@pytest.mark.parametrize(
    "answer",
    [
        "招商银行信用卡中心",
        # a longer answer with a question word inside, not closed as a question, is a value
        "不知道为什么多收了两千多服务费，要求核实后退还给我",
    ],
)
def test_an_answer_is_still_taken_as_the_value(bot: Engine, answer: str) -> None:
    bot.handle(8, "帮我写一封协商还款的申请")
    assert field_of(bot.handle(8, answer)) == "creditor_kind"
