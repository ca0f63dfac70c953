"""A follow-up that may be asking one of two details of its topic gets the lead of the second
one under the first (DetailIndex.second): both readings reach the first screen, the whole of
the second is one press away, and nothing already shown in the chat comes back."""

from __future__ import annotations

from bot import details as details_mod
from bot.answers import lead_sentences
from bot.engine import Engine
from bot.evaluation import first_screen
from bot.reply import Reply
from tests.test_reply_layout import eng, layout_kb, layout_root  # noqa: F401 (fixtures)


def _headings(reply: Reply) -> list[str]:
    return [b.heading for b in reply.blocks if b.kind == "text" and b.heading]


def test_two_questions_in_one_follow_up_both_reach_the_first_screen(eng: Engine) -> None:  # noqa: F811
    eng.handle("c", "催收要上门来我家怎么办")
    reply = eng.handle("c", "几点以后不能上门 要几个人")
    screen = first_screen(reply)
    assert reply.topic == "home-visit"
    assert "至少两人" in screen and "22:00" in screen  # the night rule, and how many
    assert screen.index("22:00") < screen.index("至少两人")  # the better fit first


def test_the_second_detail_is_the_first_detail_button(eng: Engine) -> None:  # noqa: F811
    eng.handle("c", "催收要上门来我家怎么办")
    reply = eng.handle("c", "几点以后不能上门 要几个人")
    detail_buttons = [b.payload for b in reply.all_buttons() if ":d:" in b.payload]
    assert detail_buttons[0] == "p:home-visit:d:how-many"
    assert "p:home-visit:d:night-visit" not in detail_buttons  # shown in full already


def test_an_opening_question_gets_one_detail_only(eng: Engine) -> None:  # noqa: F811
    reply = eng.handle("c", "几点以后不能上门 要几个人")
    assert len([h for h in _headings(reply) if h != "最要紧的一步"]) <= 1


def test_a_detail_seen_earlier_in_the_chat_is_not_offered_again(eng: Engine) -> None:  # noqa: F811
    eng.handle("c", "催收要上门来我家怎么办")
    eng.handle("c", "上门要几个人")  # how many, in full
    reply = eng.handle("c", "几点以后不能上门 要几个人")
    assert "22:00" in first_screen(reply)
    assert "至少两人" not in first_screen(reply)


def test_no_second_detail_when_the_rest_fit_far_worse(eng: Engine) -> None:  # noqa: F811
    index = eng.details
    assert index.second("home-visit", "今天天气不错") is None
    top = index.scores("home-visit", "那他们不走呢")[0]
    assert top.detail.id == "wont-leave"
    assert index.second("home-visit", "那他们不走呢", "wont-leave", top.score) is None
    # A close runner-up is the second reading; below SECOND_SHARE of the best it is not.
    text = "几点以后不能上门 要几个人"
    ranked = index.scores("home-visit", text)
    assert ranked[1].score >= details_mod.SECOND_SHARE * ranked[0].score
    found = index.second("home-visit", text, ranked[0].detail.id)
    assert found is not None and found.id == ranked[1].detail.id
    assert index.second("home-visit", text, ranked[0].detail.id, 10.0) is None


def test_the_lead_of_a_second_detail_is_its_first_sentences() -> None:
    text = "可以。先打官方客服核实，记下工单号，再投诉到12378。不处理的，向当地的地方金融管理部门投诉，威胁的打110。别往个人账户转钱。"
    lead = lead_sentences(text, "zh")
    assert lead.startswith("可以。先打官方客服核实") and "12378" in lead
    assert lead.endswith("…")  # more follows, one press away
    assert lead_sentences("No.", "en") == "No."


def test_after_a_reply_that_answered_no_topic_a_question_is_a_follow_up(eng: Engine) -> None:  # noqa: F811
    # The first message named no topic; the second is no opening question any more: both of
    # its readings reach the screen, as after a topic (an opening question gets one only).
    first = eng.handle("c", "我有点事想问问")
    assert first.topic is None
    reply = eng.handle("c", "几点以后不能上门 要几个人")
    screen = first_screen(reply)
    assert reply.topic == "home-visit"
    assert "至少两人" in screen and "22:00" in screen
    alone = first_screen(eng.handle("fresh", "几点以后不能上门 要几个人"))
    assert not ("至少两人" in alone and "22:00" in alone)
