"""The scam check's trained model (bot/scamcheck/model.py) beside its grammars: it adds the
flags the grammars miss in new words, with the grammar's reason and way to verify, keeps genuine
bank and court messages clean, and is retrained reproducibly from the blind rounds it may read."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.engine import Engine
from bot.render import render_text
from bot.scamcheck import train
from bot.scamcheck.flags import REASONS, VERIFY, check
from bot.scamcheck.model import HEADS, ModelFlag, check_all, model_flags, shipped_model
from tests.conftest import NOW

# Our own wordings (none from a corpus), each of a class the grammars miss in these words.
MODEL_ONLY = [
    ("he asked what my bank password was so he could check the loan", "credentials"),
    ("佢話俾5000蚊手續費件事就搞掂，唔會再有麻煩", "fee-to-stop"),
]

GENUINE = [
    "【招商银行】您尾号1234的信用卡本期账单已出，应还金额3,200.00元，最后还款日12月8日，请按时还款，详询95555。",
    "【工商银行】您尾号5678的卡于11月28日入账工资8,500.00元，余额12,300.00元。详询95588【工商银行】",
    "【招商银行】您的信用卡已逾期，请尽快通过招商银行App或掌上生活还款，如有困难可致电95555协商分期。",
    "【人民法院】您有一份（2026）京0105民初123号案件的诉讼文书，请登录人民法院送达平台查收，咨询请拨打12368。",
    "【北京市朝阳区人民法院】（2026）京0105民初4521号案件定于12月15日上午9时开庭，地址见传票，咨询12368。",
    "ICBC: your card ending 5678 received a payment of 3,000.00 on Nov 28. Questions: call 95588.",
    # A collector's lawful messages: no scam header either.
    "【XX消费金融】您的借款已逾期3天，请通过官方App或对公账户还款，如有困难可致电官方客服协商分期。",
    "催收员来电：您在平安普惠的借款已逾期，我司可能依法提起诉讼，请通过官方渠道还款，详询95511。",
]


def test_the_shipped_model_is_read_and_matches_this_code() -> None:
    model = shipped_model()
    assert model is not None, (
        "bot/scamcheck/model.npz missing or stale: python -m bot.scamcheck.train"
    )
    assert set(model.thresholds) == set(HEADS)
    assert all(0.5 <= t <= 1.01 for t in model.thresholds.values())


def test_the_shipped_model_is_current_and_never_saw_a_report_only_round() -> None:
    """The weights were trained on exactly today's training rows, labels and grammar flags
    (a change to the rounds or to flags.py that moves a training row's flags calls for a
    retrain), and never on the holdout or a round still to be reported."""
    model = shipped_model()
    assert model is not None
    rows = train.load_rows()
    assert model.meta["data_sha256_16"] == train.data_digest(rows), (
        "retrain: python -m bot.scamcheck.train"
    )
    files = [str(f) for f in model.meta["files"]]  # type: ignore[attr-defined]
    assert files == [p.name for p in train.round_files()]
    assert not any("holdout" in f for f in files)
    assert {r["round"] for r in rows}.isdisjoint(train.NEVER)


@pytest.mark.parametrize(("text", "flag"), MODEL_ONLY)
def test_the_model_raises_a_flag_the_grammar_misses_with_its_reason(text: str, flag: str) -> None:
    assert flag not in {f.id for f in check(text)}
    added = {f.id: f for f in model_flags(text, check(text))}
    assert flag in added
    raised = added[flag]
    assert isinstance(raised, ModelFlag)
    assert raised.reason == REASONS[flag] and raised.verify == VERIFY[flag]
    assert raised.words  # the words that weighed most are named ...
    for lang in ("zh", "en"):
        shown = raised.text(lang)  # ... after the grammar's reason and way to verify
        assert shown.startswith(REASONS[flag][lang])
        assert VERIFY[flag][lang] in shown
        assert all(w in shown for w in raised.words)
    assert flag in {f.id for f in check_all(text)}


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_bank_and_court_messages_stay_unflagged(text: str) -> None:
    assert check_all(text) == []


def test_where_the_grammar_fires_its_own_flag_stands_once() -> None:
    """The model only adds: a flag the grammar raised is the grammar's (no model words), once."""
    text = "【某某法院】请将欠款转入 张伟 6222 0212 3456 7890，否则上门拘捕"
    grammar = check(text)
    both = check_all(text)
    assert {"personal-account", "arrest-threat"} <= {f.id for f in grammar}
    assert len({f.id for f in both}) == len(both)
    assert [f for f in both if f.id in {g.id for g in grammar}] == grammar
    assert not any(isinstance(f, ModelFlag) for f in grammar)


def test_check_shows_the_model_s_flag_with_its_reason(full_engine: Engine) -> None:
    text, flag = MODEL_ONLY[0]
    reply = full_engine.handle("m1", f"/check {text}", now=NOW)
    assert reply.action is not None and flag in reply.action["flags"]
    shown = render_text(reply)
    assert REASONS[flag]["en"] in shown
    assert "password" in shown


def _write_round(directory: Path, name: str, rows: list[dict[str, object]]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    (directory / f"scam.{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_retraining_is_reproducible_and_skips_report_only_rounds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(train, "ITERATIONS", 40)  # the same code path, fewer steps
    scam = {"part": "scam", "lang": "zh", "genuine": False}
    real = {"part": "scam", "lang": "zh", "genuine": True, "flags": []}
    _write_round(
        tmp_path,
        "round2",
        [
            {**scam, "text": "对方让我把钱转到他个人账户", "flags": ["private-account"]},
            {**scam, "text": "客服让我把手机收到的验证码报给他", "flags": ["verification-code"]},
            {**real, "text": "【招商银行】您的账单已出，请按时还款，详询95555。"},
        ],
    )
    _write_round(
        tmp_path,
        "round3",
        [
            {**scam, "text": "催收说不还钱明天就来抓我坐牢", "flags": ["arrest-threat"]},
            {**real, "text": "【工商银行】您的卡入账工资8,500.00元。详询95588"},
        ],
    )
    _write_round(tmp_path, "holdout", [{**scam, "text": "留出的", "flags": ["fake-court"]}])
    first = train.train(tmp_path, report=False)
    second = train.train(tmp_path, report=False)
    assert np.array_equal(first.weights, second.weights)
    assert np.array_equal(first.bias, second.bias)
    assert first.thresholds == second.thresholds
    assert first.meta == second.meta
    assert first.meta["rows"] == 5  # not the holdout
    assert first.meta["files"] == ["scam.round2.jsonl", "scam.round3.jsonl"]
    # Written and read back, the weights are the same (as float16).
    path = tmp_path / "model.npz"
    first.save(path)
    again = type(first).read(path)
    assert np.allclose(again.weights, first.weights.astype(np.float16), atol=1e-3)
    assert again.thresholds == first.thresholds


def test_a_well_formed_case_number_leaves_the_model_nothing_to_call_bad() -> None:
    """A model that reads every court-sounding message as a bad case number (bias high on that
    head): it stays silent where the text holds a number in the courts' own format and the
    grammar finds none bad, and still speaks where the only number is made up."""
    from bot.scamcheck import model as m

    real = shipped_model()
    assert real is not None
    k = HEADS.index("bad-case-number")
    bias = real.bias.copy()
    bias[k] = 10.0
    eager = m.Model(real.weights, bias, real.thresholds, real.meta)
    genuine = "【北京市朝阳区人民法院】（2026）京0105民初4521号案件定于12月15日开庭，咨询12368。"
    made_up = "【北京市朝阳区人民法院】您的案件编号BJ-2026-4521，定于12月15日开庭。"
    assert "bad-case-number" not in {f.id for f in model_flags(genuine, check(genuine), eager)}
    assert "bad-case-number" in {f.id for f in check_all(made_up, eager)}
