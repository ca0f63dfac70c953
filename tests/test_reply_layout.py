"""The short-first layout: a first screen, the rest as parts one press away, follow-ups
answered by a topic's details, never the same full answer twice."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answers import FIRST_SCREEN, entry_parts, pointer_reply
from bot.console import reply_json
from bot.engine import Engine
from bot.kb import KnowledgeBase, load
from bot.render import render_text
from bot.reply import Reply
from bot.store import Store
from tests.conftest import FIXTURE_KB, NOW, ROOT
from tests.test_console_json import chat

LAYOUT = ROOT / "tests" / "fixtures" / "kb_layout"


@pytest.fixture(scope="session")
def layout_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture knowledge base with home-visit in the short-first layout."""
    root = tmp_path_factory.mktemp("kb") / "kb"
    shutil.copytree(FIXTURE_KB, root)
    shutil.copy(LAYOUT / "home-visit.yaml", root / "topics" / "home-visit.yaml")
    return root


@pytest.fixture(scope="session")
def layout_kb(layout_root: Path) -> KnowledgeBase:
    return load(layout_root)


@pytest.fixture
def eng(layout_kb: KnowledgeBase, store: Store) -> Engine:
    return Engine(layout_kb, store, clock=lambda: NOW)


def payloads(reply: Reply) -> list[str]:
    return [b.payload for b in reply.all_buttons()]


def test_first_screen_is_title_summary_and_three_steps(eng: Engine) -> None:
    reply = eng.handle("c", "催收要上门来我家怎么办")
    text = render_text(reply, numbered_buttons=False)
    assert reply.topic == "home-visit"
    assert text.startswith("【催收上门怎么办】\n\n不开门，先核实身份；对方不走就报警。")
    assert "3. 如果对方不肯离开，拨打110。" in text
    assert "4." not in text and "事后向发卡行投诉" not in text  # the fourth step waits
    assert "上门至少两人" not in text  # the legal basis is folded away...
    [legal] = [b for b in reply.blocks if b.kind == "legal"]
    assert legal.folded and legal.part == "p:home-visit:legal"  # ...behind its button
    assert payloads(reply)[:4] == [
        "p:home-visit:steps",
        "p:home-visit:legal",
        "p:home-visit:d:wont-leave",
        "p:home-visit:d:night-visit",
    ]
    assert "p:home-visit:d:how-many" not in payloads(reply)  # two detail questions at most
    assert "t:physical-danger" in payloads(reply) and "fb:home-visit:1" in payloads(reply)
    assert [p.id for p in reply.parts] == [
        "steps",
        "legal",
        "d:wont-leave",
        "d:night-visit",
        "d:how-many",
    ]
    body = "".join(x for b in reply.blocks if b.kind != "disclaimer" for x in b.lines)
    assert len(body) <= FIRST_SCREEN["zh"]


def test_parts_are_one_press_away(eng: Engine) -> None:
    eng.handle("c", "催收要上门来我家怎么办")
    steps = render_text(eng.press("c", "p:home-visit:steps"))
    assert "4. 事后向发卡行投诉，保留录像。" in steps and "不要动手" in steps
    assert "p:home-visit:steps" not in payloads(eng.press("c", "p:home-visit:steps"))
    legal = eng.press("c", "p:home-visit:legal")
    assert "行业指引：上门至少两人。" in render_text(legal)
    detail = eng.press("c", "p:home-visit:d:how-many")
    assert detail.topic == "home-visit" and "至少两人" in render_text(detail)
    stale = eng.press("c", "p:home-visit:d:no-such-detail")
    assert "按钮已经失效" in render_text(stale)


def test_follow_up_gets_the_detail_alone(eng: Engine) -> None:
    eng.handle("c", "催收要上门来我家怎么办")
    reply = eng.handle("c", "那他们不走呢")
    text = render_text(reply, numbered_buttons=False)
    assert reply.topic == "home-visit" and reply.kind == "answer"
    assert "打110" in text and "不要开门" not in text  # the one thing asked, not the topic again
    # Under it, the topic's one thing to do (the summary), in case the detail misses it.
    assert text.index("打110") < text.index("最要紧的一步") < text.index("不开门，先核实身份")
    assert payloads(reply)[0] == "p:home-visit:steps"
    assert "p:home-visit:d:wont-leave" not in payloads(reply)


def test_english_follow_up_gets_the_detail(eng: Engine) -> None:
    eng.handle("c", "collectors came to my house")
    reply = eng.handle("c", "can they come at night?")
    assert "22:00" in render_text(reply) and reply.topic == "home-visit"


def test_the_same_full_answer_is_never_sent_twice(eng: Engine) -> None:
    first = render_text(eng.handle("c", "催收要上门来我家怎么办"))
    again = eng.handle("c", "催收要上门来我家怎么办")
    assert render_text(again) != first
    assert again.topic == "home-visit"
    again_text = render_text(again, numbered_buttons=False)
    assert len(again_text) < len(first) and "不要开门" not in again_text  # not the steps again
    assert "p:home-visit:steps" in payloads(again)  # the whole answer stays one press away
    eng.handle("c", "/reset")
    assert render_text(eng.handle("c", "催收要上门来我家怎么办")) == first


def test_a_pointer_back_repeats_the_one_thing_to_do(layout_kb: KnowledgeBase) -> None:
    entry = layout_kb.get("home-visit")
    assert entry is not None
    text = render_text(pointer_reply(entry, "zh", seen=["first"]), numbered_buttons=False)
    assert "上面已经回答过了" in text and "不开门，先核实身份" in text
    assert "1. " not in text  # not the steps again


def test_asked_again_gets_the_next_detail_not_yet_shown(eng: Engine) -> None:
    eng.handle("c", "催收要上门来我家怎么办")
    first = eng.handle("c", "上门的人不走，晚上也来")
    assert "22:00" in render_text(first)  # the best-fitting detail
    again = eng.handle("c", "上门的人不走，晚上也来")
    # Its best detail was shown: the next one that fits, not a pointer back.
    assert again.topic == "home-visit" and "打110" in render_text(again)
    assert "22:00" not in render_text(again)


def test_entries_without_the_layout_still_answer(eng: Engine) -> None:
    reply = eng.handle("c", "催收打电话骂我怎么办")
    text = render_text(reply)
    assert reply.topic == "abusive-caller" and "1. 保持冷静，不要对骂。" in text
    assert [p.id for p in reply.parts] == ["steps"]


def test_json_reply_is_the_first_screen_and_lists_the_parts(eng: Engine) -> None:
    reply = eng.handle("c", "催收要上门来我家怎么办")
    obj = reply_json(reply, full=eng.full_answer(reply))
    assert {"topic", "candidates", "reply", "reminder", "action", "lang", "kind"} <= obj.keys()
    assert {"buttons", "documents"} <= obj.keys()
    assert "上门至少两人" not in obj["reply"] and "事后向发卡行投诉" not in obj["reply"]
    assert obj["parts"][0] == {
        "id": "steps",
        "label": "全部步骤",
        "payload": "p:home-visit:steps",
    }
    assert "4. 事后向发卡行投诉" in obj["full"] and "上门至少两人" in obj["full"]
    help_reply = eng.handle("c", "/help")
    plain = reply_json(help_reply, full=eng.full_answer(help_reply))
    assert plain["parts"] == [] and plain["full"] is None


def test_traditional_chinese_gets_traditional_parts(eng: Engine) -> None:
    reply = eng.handle("c", "催收要上門來我家怎麼辦")
    assert reply.traditional
    assert reply.parts[0].label == "全部步驟"
    full = eng.full_answer(reply)
    assert full is not None and "上門至少兩人" in full


def test_every_shipped_part_fits_telegram_callback_data(shipped_kb: KnowledgeBase) -> None:
    for entry in shipped_kb.entries:
        every = {
            "steps",
            "legal" if entry.legal else "steps",
            *(f"d:{d.id}" for d in entry.details),
        }
        parts = entry_parts(entry, "zh")
        assert {p.id for p in parts} == every, entry.id  # none dropped for length
        assert all(len(p.payload.encode()) <= 64 for p in parts)


def test_console_numbers_pick_parts(eng: Engine) -> None:
    first = eng.handle("c", "催收要上门来我家怎么办")
    assert "[1] 全部步骤" in render_text(first)
    assert "4. 事后向发卡行投诉" in render_text(eng.handle("c", "1"))


def test_json_protocol_end_to_end(layout_root: Path, tmp_path: Path) -> None:
    out = chat(
        ["催收要上门来我家怎么办", "1", "那他们不走呢", "催收要上门来我家怎么办"],
        tmp_path,
        kb=layout_root,
    )
    first, steps, detail, again = out
    assert first["kind"] == "answer" and "1. 不要开门" in first["reply"]
    assert "4. 事后向发卡行投诉" not in first["reply"] and "4. 事后向发卡行投诉" in first["full"]
    assert [p["id"] for p in first["parts"]][:2] == ["steps", "legal"]
    assert first["buttons"][0] == {"label": "全部步骤", "payload": "p:home-visit:steps"}
    assert "4. 事后向发卡行投诉" in steps["reply"]  # typing 1 pressed "All steps"
    assert detail["topic"] == "home-visit" and "打110" in detail["reply"]
    assert again["reply"] != first["reply"] and again["topic"] == "home-visit"


def test_detail_index_ranks_a_topics_details(eng: Engine) -> None:
    ranked = eng.details.scores("home-visit", "半夜上门合法吗")
    assert ranked[0].detail.id == "night-visit" and ranked[0].score > ranked[1].score
    assert eng.details.scores("abusive-caller", "半夜上门合法吗") == []  # no details there
    anywhere = eng.details.scores(None, "他们赖着不走怎么办")
    assert (anywhere[0].entry.id, anywhere[0].detail.id) == ("home-visit", "wont-leave")
    assert eng.details.best("home-visit", "今天天气怎么样") is None


def test_a_detail_can_answer_the_first_message(eng: Engine) -> None:
    reply = eng.handle("c", "催收上门了，晚上能来吗")
    text = render_text(reply, numbered_buttons=False)
    assert reply.topic == "home-visit"
    assert "22:00" in text and "不开门，先核实身份" in text  # the summary, then the detail
    assert "1. 不要开门" not in text


def test_no_detail_out_of_nowhere_without_domain_evidence(eng: Engine) -> None:
    # "晚上能来吗" is one of the night-visit detail's own questions, but alone it names nothing
    # about debt collection: a fresh chat is not answered with that detail.
    assert eng.handle("fresh", "晚上能来吗").topic is None
    eng.handle("ctx", "催收要上门来我家怎么办")
    assert "22:00" in render_text(eng.handle("ctx", "晚上能来吗"))  # within the topic it is


def test_a_follow_up_leaves_for_a_detail_that_fits_far_better(shipped_kb: KnowledgeBase) -> None:
    eng = Engine(shipped_kb, Store(":memory:"), clock=lambda: NOW)
    assert eng.handle("c", "做催收压力太大了 天天被骂").topic == "collector-stress"
    # The stress topic has a detail about targets, but the question is about pay rules.
    reply = eng.handle("c", "公司考核只看回款率 合规不")
    assert reply.topic == "collector-pay"
    assert "不得仅以回款" in render_text(reply, numbered_buttons=False)
