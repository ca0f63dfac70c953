"""The trained topic model (bot/topicmodel): shipped current, never trained on round 1's
holdout, deterministic, and heard by the follow-up reading as evidence beside the matcher."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot import followup
from bot.engine import Engine
from bot.kb import KnowledgeBase
from bot.matching import Matcher
from bot.topicmodel.model import TopicModel, fits, shipped_model
from bot.topicmodel.train import NEVER, Row, data_digest, fit, training_rows


@pytest.fixture(scope="module")
def matcher(shipped_kb: KnowledgeBase) -> Matcher:
    return Matcher(shipped_kb)


def test_the_shipped_model_is_current_and_never_saw_a_report_only_round(
    shipped_kb: KnowledgeBase,
) -> None:
    model = shipped_model()
    assert model is not None, "bot/topicmodel/model.npz missing or stale"
    assert fits(model, [e.id for e in shipped_kb.entries]) is model
    rows, files = training_rows(shipped_kb, previous=bool(model.meta.get("previous", True)))
    assert model.meta["data_sha256_16"] == data_digest(rows), (
        "retrain: python -m bot.topicmodel.train"
    )
    assert not NEVER & {*model.meta["files"], *(p.name for p in files)}


def test_the_model_reads_people_s_words_and_the_previous_topic(matcher: Matcher) -> None:
    model = shipped_model()
    assert model is not None
    norm = matcher.normalize
    best = max(model.probabilities(norm("催收打电话到我公司了")).items(), key=lambda x: x[1])
    assert best[0] == "employer-contacted"
    # A bare "can I complain? which number?" leans to complaints whatever came before.
    after = model.probabilities(norm("能投诉吗 打哪个号码"), "harassing-calls")
    assert max(after, key=after.__getitem__) == "file-complaint"
    assert sum(after.values()) == pytest.approx(1.0, abs=1e-4)


def test_training_is_deterministic_and_survives_a_save(
    shipped_kb: KnowledgeBase, matcher: Matcher, tmp_path: Path
) -> None:
    rows = [
        Row("催收打到我单位", "employer-contacted", None),
        Row("半夜还在打电话", "harassing-calls", None),
        Row("打哪个电话投诉", "file-complaint", "harassing-calls"),
        Row("not a topic", "no-such-topic", None),  # dropped
    ]
    a = fit(shipped_kb, rows, matcher.normalize, {"rows": 3})
    b = fit(shipped_kb, rows, matcher.normalize, {"rows": 3})
    assert np.array_equal(a.weights, b.weights) and np.array_equal(a.bias, b.bias)
    a.save(tmp_path / "m.npz")
    again = TopicModel.read(tmp_path / "m.npz")
    p, q = a.probabilities("单位"), again.probabilities("单位")
    assert max(p, key=p.__getitem__) == max(q, key=q.__getitem__) == "employer-contacted"
    assert p["employer-contacted"] == pytest.approx(q["employer-contacted"], abs=1e-2)
    assert fits(again, ["employer-contacted"]) is None  # another knowledge base: not used


def test_the_model_s_evidence_can_decide_a_close_call() -> None:
    own = {"harassing-calls": 0.3, "file-complaint": 0.35}
    context = {"harassing-calls": 0.12}
    assert followup.read("harassing-calls", 0, own, [], context)[0].topic == "harassing-calls"
    learned = {"harassing-calls": 0.1, "file-complaint": 0.8}
    readings = followup.read("harassing-calls", 0, own, [], context, learned=learned, w_learned=0.3)
    assert readings[0].topic == "file-complaint"
    assert readings[0].evidence == pytest.approx(0.35 + 0.3 * 0.8)
    # A topic only the model names is read too.
    named = followup.read("harassing-calls", 0, {}, [], {}, learned={"sued": 0.9}, w_learned=0.3)
    assert named[0].topic == "sued"


def _engine(kb: KnowledgeBase, store) -> Engine:  # type: ignore[no-untyped-def]
    """An engine over the shipped knowledge base, with the skills and the tests' clock."""
    from bot.bootstrap import build_skills
    from tests.conftest import NOW

    return Engine(kb, store, build_skills(store, kb), clock=lambda: NOW)


class _Certain:
    """A stand-in model sure of one topic, whatever the message."""

    def __init__(self, topic: str) -> None:
        self.topic = topic
        self.previous: list[str | None] = []

    def probabilities(self, norm: str, previous: str | None = None) -> dict[str, float]:
        self.previous.append(previous)
        return {self.topic: 1.0}

    def readings(
        self, norm: str, previous: str | None
    ) -> tuple[dict[str, float], dict[str, float]]:
        return self.probabilities(norm, previous), self.probabilities(norm, None)


def test_the_engine_hears_the_model_on_follow_ups_only(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    def chat(weight: float) -> tuple[str | None, str | None, _Certain]:
        engine = _engine(shipped_kb, store)
        fake = _Certain("file-complaint")
        engine.topic_model = fake  # type: ignore[assignment]
        engine.topic_weight = weight
        engine.topic_opener_weight = 0.0  # openers: test_the_model_re_ranks_an_opener_s_candidates
        first = engine.handle(f"c{weight}", "催收天天半夜打电话骚扰我").topic
        second = engine.handle(f"c{weight}", "晚上几点以后就不能打了").topic
        return first, second, fake

    first, second, fake = chat(0.0)
    assert (first, second) == ("harassing-calls", "harassing-calls") and fake.previous == []
    first, second, fake = chat(2.0)
    assert first == "harassing-calls"  # the opener is the matcher's (no opener weight)
    assert second == "file-complaint" and fake.previous[0] == "harassing-calls"
    # ... and, to see whether the words alone name a new topic (MODEL_AGREE_AT), without it.
    assert set(fake.previous[1:]) <= {None}


def test_a_switch_cue_is_read_as_words_alone(matcher: Matcher) -> None:
    from bot.topicmodel.model import switch_cue

    norm = matcher.normalize
    assert switch_cue(norm("I can't afford a lawyer though"))
    assert switch_cue(norm("主管又一直壓業績，這行到底值不值得繼續做"))  # folded to 这行
    assert not switch_cue(norm("那他们不走呢"))
    assert not switch_cue(norm("我那个换个手机号行不行"))


def test_a_cued_switch_leaves_the_previous_topic(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    def second(cues: bool) -> str | None:
        engine = _engine(shipped_kb, store)
        engine.topic_switch_cues = cues
        chat = f"cue{cues}"
        assert engine.handle(chat, "My bank is suing me over credit card debt").topic == "sued"
        return engine.handle(chat, "I can't afford a lawyer though").topic

    # Without the cue the previous-topic feature kept this turn on the lawsuit (eval.yaml).
    assert second(True) == "legal-aid"


def test_the_model_weighs_families_not_a_narrower_topic_within_one() -> None:
    root = {"small-claims": "sued", "online-arbitration": "sued", "sued": "sued"}
    learned = {"sued": 0.5, "small-claims": 0.1, "online-arbitration": 0.1, "legal-aid": 0.3}
    family = followup.by_family(learned, root)
    assert family["sued"] == family["small-claims"] == pytest.approx(0.7)
    assert family["legal-aid"] == pytest.approx(0.3)  # a topic without a family keeps its own


def test_the_model_re_ranks_an_opener_s_candidates(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    story = "法院的判决书寄来了，上面写着小额诉讼程序，我不服，还能上诉吗"
    salary = "判决书上写着小额诉讼，我不服，工资卡会不会被冻结"

    def opener(
        text: str, sure_of: str | None, by_family: bool = True, sure: float = 1.0
    ) -> tuple[str | None, list[str]]:
        engine = _engine(shipped_kb, store)
        engine.topic_model = _Certain(sure_of) if sure_of else None  # type: ignore[assignment]
        engine.topic_by_family = by_family
        engine.topic_opener_sure = sure  # 1.0: the re-ranking alone
        reply = engine.handle(f"o{len(text)}{sure_of}{by_family}{sure}", text)
        return reply.topic, [c.topic for c in reply.candidates]

    alone, candidates = opener(story, None)
    assert alone == "small-claims" and "sued" in candidates
    assert opener(salary, None) == (
        "small-claims",
        ["small-claims", "frozen-account", "online-arbitration"],
    )
    # A model sure of another family's topic among the matcher's candidates moves the opener...
    assert opener(salary, "frozen-account")[0] == "frozen-account"
    # ... one sure of the wider topic leaves the choice within the family to the matcher (the
    # blind rounds label a small-claims story "sued": their writers cannot name the narrower) ...
    assert opener(story, "sued")[0] == "small-claims"
    assert opener(story, "sued", by_family=False)[0] == "sued"
    # ... and a topic the matcher does not consider is not answered for it by the re-ranking,
    # only by a model sure of it on a close call (test_an_opener_goes_to_a_family_the_model_...).
    assert opener(story, "collector-pay")[0] == "small-claims"
    assert opener(story, "sued", sure=followup.MODEL_OPENER_SURE)[0] == "small-claims"


def test_a_follow_up_is_also_trained_after_the_wrong_answer_the_bot_may_have_given(
    tmp_path: Path,
) -> None:
    from bot.topicmodel.train import dialogue_rows

    turns = [
        {"q": "催收打到我公司前台去了", "topic": "employer-contacted"},
        {"q": "那一天能打几次", "topic": "harassing-calls"},
        {"q": "我想投诉", "topic": "file-complaint"},
    ]
    path = tmp_path / "dialogues.x.jsonl"
    path.write_text(json.dumps({"turns": turns}, ensure_ascii=False) + "\n", encoding="utf-8")
    # The matcher's guess for each text alone: wrong for the opener, right for the second turn.
    guess = {turns[0]["q"]: "contacts-called", turns[1]["q"]: "harassing-calls"}.get
    rows = dialogue_rows([path], 2.0, guess, 0.5)
    after = [(r.text, r.previous, r.weight) for r in rows if r.topic == "harassing-calls"]
    # After the true previous topic in full, and after the wrong guess at half weight, so its
    # own words still win when the bot got the turn before wrong (a cascade) ...
    assert after == [
        ("那一天能打几次", "employer-contacted", 2.0),
        ("那一天能打几次", "contacts-called", 1.0),
    ]
    # ... but not twice after a guess that was right.
    assert [r.previous for r in rows if r.topic == "file-complaint"] == ["harassing-calls"]
    assert len(dialogue_rows([path], 2.0, guess, 0.0)) == 3


def test_a_story_opener_is_read_for_its_point_and_the_follow_up_goes_on_from_there(
    shipped_kb: KnowledgeBase, store
) -> None:  # type: ignore[no-untyped-def]

    story = "我在工地开塔吊的，网贷逾期三个月了，催收现在打到我们项目经理那里去了"

    def dialogue(weight: float) -> list[str | None]:
        engine = _engine(shipped_kb, store)
        engine.topic_opener_weight = weight
        chat = f"site{weight}"
        return [engine.handle(chat, q).topic for q in (story, "他们打给经理合法吗")]

    # The matcher alone reads the building site as a place they come to; the trained model hears
    # calls to the person's manager, and the follow-up then stays with the workplace.
    assert dialogue(0.0)[0] != "employer-contacted"
    assert dialogue(followup.W_MODEL_OPENER) == ["employer-contacted", "employer-contacted"]


def test_a_clear_opener_does_not_read_the_model(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    engine = _engine(shipped_kb, store)
    fake = _Certain("sued")
    engine.topic_model = fake  # type: ignore[assignment]
    # Far ahead of its runner-up: no probability could change the order, so no model is read
    # (it is loaded once per process, on the first message that needs it).
    assert engine.handle("clear", "花呗逾期了怎么办").topic == "huabei-jiebei"
    assert fake.previous == []


def test_an_opener_goes_to_a_family_the_model_is_sure_of(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    # A close call for the matcher (instalments, or a fake notice, or ...): the model decides.
    opener = "催收说可以给我分24期 让我在微信上回个同意就行"

    def first(sure_of: str, at: float) -> str | None:
        engine = _engine(shipped_kb, store)
        engine.topic_model = _Certain(sure_of)  # type: ignore[assignment]
        engine.topic_opener_sure = at
        return engine.handle(f"{sure_of}{at}", opener).topic

    assert first("credit-record", 1.0) == "negotiate-instalments"  # not a candidate: no say
    assert first("credit-record", followup.MODEL_OPENER_SURE) == "credit-record"
    # Never a safety topic raised by the model, sure or not.
    assert first("physical-danger", followup.MODEL_OPENER_SURE) == "negotiate-instalments"


def test_a_sure_family_needs_most_of_the_probability() -> None:
    root = {"sued": "sued", "small-claims": "sued", "credit-record": "credit-record"}
    # Two members of one family add up; the family is named by its widest topic.
    assert followup.sure_family({"sued": 0.45, "small-claims": 0.4}, root, 0.8) == "sued"
    assert followup.sure_family({"sued": 0.45, "credit-record": 0.55}, root, 0.8) is None
    assert followup.sure_family({"credit-record": 0.99}, root, 1.0) is None  # 1.0: never


def test_a_coarse_rounds_wider_label_does_not_teach_against_its_narrower_topics(
    shipped_kb: KnowledgeBase, matcher: Matcher, tmp_path: Path
) -> None:
    """A round none of whose labels is a narrower topic labelled a small-claims turn "sued":
    trained as "sued or a topic narrowing it", it leaves small claims where the all-topics
    round's label puts it; trained as "sued" alone, it pulls the turn away from small claims."""
    from bot.topicmodel.train import dialogue_rows, narrower_topics

    narrower = narrower_topics(shipped_kb)
    assert "small-claims" in narrower["sued"]
    fine = tmp_path / "fine.jsonl"
    fine.write_text(
        json.dumps({"turns": [{"q": "小额诉讼能上诉吗", "topic": "small-claims"}]}) + "\n",
        encoding="utf-8",
    )
    coarse = tmp_path / "coarse.jsonl"
    coarse.write_text(
        "".join(
            json.dumps({"turns": [{"q": q, "topic": "sued"}]}) + "\n"
            for q in ("小额诉讼判了能上诉吗", "小额诉讼能不能上诉", "小额诉讼一审终审吗")
        ),
        encoding="utf-8",
    )
    rows = dialogue_rows([fine, coarse], narrower=narrower)
    assert [r.also for r in rows] == [(), *[narrower["sued"]] * 3]  # only the coarse round's
    plain = [Row(r.text, r.topic, r.previous, r.weight) for r in rows]
    text = matcher.normalize("小额诉讼判了还能上诉吗")
    with_sets = fit(shipped_kb, rows, matcher.normalize, {}).probabilities(text, None)
    without = fit(shipped_kb, plain, matcher.normalize, {}).probabilities(text, None)
    assert with_sets["small-claims"] > with_sets["sued"]
    assert without["small-claims"] < without["sued"]


def test_a_turn_without_a_subject_of_its_own_moves_where_the_model_is_sure(
    shipped_kb: KnowledgeBase, store
) -> None:  # type: ignore[no-untyped-def]
    """The matcher finds no subject in "can they do that" and reads it only within the
    conversation's topics; the model, reading it after the current topic, may be sure of another
    (followup.MODEL_LEAVES_AT), and then that topic is read too."""

    def second(leaves_at: float) -> str | None:
        engine = _engine(shipped_kb, store)
        engine.topic_model = _Certain("sue-collector")  # type: ignore[assignment]
        engine.topic_opener_weight = 0.0
        engine.topic_leaves_at = leaves_at
        chat = f"w{leaves_at}"
        assert engine.handle(chat, "催收天天半夜打电话骂我").topic == "harassing-calls"
        assert engine.matcher.match("can they do that", "harassing-calls", ()).within
        return engine.handle(chat, "can they do that").topic

    assert second(followup.MODEL_LEAVES_AT) == "sue-collector"
    assert second(1.0) == "harassing-calls"  # never: only the conversation's topics


@pytest.mark.parametrize(
    "opener,follow,topic",
    [
        # No subject of its own for the matcher; the model reads the time gone by.
        ("网贷逾期半年了", "过了这么多年还要还吗", "debt-limitation"),
        # The hand-weighted sum keeps the frozen account; the model is sure of the next step.
        (
            "the bank froze my salary account",
            "how am I supposed to pay rent and buy food now",
            "enforcement-duties",
        ),
    ],
)
def test_the_shipped_model_moves_a_follow_up_it_is_sure_of(
    shipped_kb: KnowledgeBase, store, opener: str, follow: str, topic: str
) -> None:  # type: ignore[no-untyped-def]

    def second(at: float) -> str | None:
        engine = _engine(shipped_kb, store)
        engine.topic_leaves_at = engine.topic_sure_at = at
        chat = f"s{at}"
        engine.handle(chat, opener)
        return engine.handle(chat, follow).topic

    assert second(followup.MODEL_SURE_AT) == topic
    assert second(1.0) != topic


@pytest.mark.parametrize(
    "opener,follow,never",
    [
        # The model would take the turn after a crisis answer to a lawsuit, and a calm
        # question after a signing answer to physical danger: the safety stage decides danger.
        ("债务压得我喘不过气，感觉活着没意思", "不去会怎样", "sued"),
        ("谈好了分期要签协议吗", "they are still here", "physical-danger"),
        # ... and a debtor's turn to a topic written for collections staff.
        (
            "被催收跟踪了",
            "any tips for people who scream at me on the phone",
            "collector-difficult-debtor",
        ),
    ],
)
def test_the_model_moves_no_turn_from_or_to_safety_or_the_other_audience(
    full_engine: Engine, opener: str, follow: str, never: str
) -> None:
    full_engine.handle("guard", opener)
    assert full_engine.handle("guard", follow).topic != never


class _Leaning(_Certain):
    """A stand-in model that gives one topic `p` and the rest to another, whatever the message."""

    def __init__(self, topic: str, p: float, other: str) -> None:
        super().__init__(topic)
        self.p, self.other = p, other

    def probabilities(self, norm: str, previous: str | None = None) -> dict[str, float]:
        self.previous.append(previous)
        return {self.topic: self.p, self.other: 1.0 - self.p}


@pytest.mark.parametrize(
    "follow", ["晚上几点以后就不能打了", "what time do they have to stop calling"]
)
def test_a_model_sure_of_a_move_takes_the_turn(
    shipped_kb: KnowledgeBase, store, follow: str
) -> None:  # type: ignore[no-untyped-def]
    """A model leaning (0.6) to complaints takes the turn from the calls answer's own detail,
    which the hand-weighted sum keeps."""

    def second(sure_at: float) -> str | None:
        engine = _engine(shipped_kb, store)
        engine.topic_model = _Leaning("file-complaint", 0.6, "harassing-calls")  # type: ignore[assignment]
        engine.topic_opener_weight = 0.0
        engine.topic_sure_at = sure_at
        chat = f"m{sure_at}"
        assert engine.handle(chat, "催收天天半夜打电话骚扰我").topic == "harassing-calls"
        return engine.handle(chat, follow).topic

    assert second(followup.MODEL_SURE_AT) == "file-complaint"
    assert second(1.0) == "harassing-calls"


def test_which_moves_the_model_may_make(shipped_kb: KnowledgeBase, store) -> None:  # type: ignore[no-untyped-def]

    engine = _engine(shipped_kb, store)

    def move(previous: dict[str, float], current: str, domain: bool = True) -> str | None:
        return engine._model_move(previous, current, {"collector-job"}, domain, 0.5)

    assert move({"file-complaint": 0.55, "harassing-calls": 0.45}, "harassing-calls") == (
        "file-complaint"
    )
    assert move({"file-complaint": 0.45, "harassing-calls": 0.55}, "harassing-calls") is None
    assert move({"harassing-calls": 0.9}, "harassing-calls") is None  # staying: not a move
    assert move({"physical-danger": 0.9}, "home-visit") is None  # to a safety topic
    assert move({"sued": 0.9}, "emotional-crisis") is None  # from one
    assert move({"collector-job": 0.9}, "harassing-calls") is None  # the other audience
    # A message with no word of the domain needs MODEL_BARE_AT.
    assert move({"file-complaint": 0.55}, "harassing-calls", domain=False) is None
    assert move({"file-complaint": 0.65}, "harassing-calls", domain=False) == "file-complaint"
    assert move({}, "harassing-calls") is None  # no model
