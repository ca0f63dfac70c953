"""`bot eval --skills`: how the scam-check and evidence-log figures are counted."""

from __future__ import annotations

import argparse
import json

import pytest

from bot.skills_eval import DATA, Report, evidence, load, main, scam


def test_scam_figures_map_the_sets_flag_names_and_count_false_flags() -> None:
    rows = [
        {"text": "点击 t.cn/A6xY 处理", "genuine": False, "flags": ["unofficial-link"]},
        {"text": "让我把钱转到他个人账户", "genuine": False, "flags": ["private-account"]},
        {"text": "请将收到的验证码回复给客服", "genuine": False, "flags": ["verification-code"]},
        {"text": "对方说明天天气很好", "genuine": False, "flags": ["arrest-threat"]},  # a miss
        {"text": "【招商银行】本期账单800元，详询95555。", "genuine": True, "flags": []},
        {"text": "请把钱转到安全账户", "genuine": True, "flags": []},  # flagged: a false flag
    ]
    report = Report()
    scam(rows, report)
    figures = report.figures()
    assert figures["flags"] == {"rate": 0.75, "hits": 3, "total": 4}
    assert figures["false_flags"] == {"rate": 0.5, "hits": 1, "total": 2}
    assert report.flags.misses == ["arrest-threat: 对方说明天天气很好"]


def test_evidence_figures_compare_kinds_and_counts_as_multisets() -> None:
    rows = [
        {"text": "今天打了8个电话还给我老板发了短信", "night": False,
         "events": [{"kind": "third-party", "count": 1}, {"kind": "call", "count": 8}]},
        {"text": "凌晨两点打了3个电话", "night": True, "events": [{"kind": "call", "count": 4}]},
    ]  # fmt: skip
    report = Report()
    evidence(rows, report)
    assert report.kinds.hits == 2 and report.counts.hits == 1 and report.night.hits == 2


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_the_shipped_sets_are_split_and_readable(split: str) -> None:
    for name in ("scam", "evidence"):
        rows = load(name, split)
        assert rows and all("text" in r for r in rows)
    dev = {r["text"] for r in load("scam", "dev")}
    assert not dev & {r["text"] for r in load("scam", "holdout")}
    assert (DATA / "split.py").is_file()


def test_main_prints_json_figures(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(skills="dev", json=True, skill_misses=False)
    assert main(args, None) == 0
    figures = json.loads(capsys.readouterr().out)
    assert {"flags", "false_flags", "kinds", "counts"} <= set(figures)


def test_any_split_with_files_is_accepted_and_an_unknown_one_is_a_clear_error(
    tmp_path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot import evalsets
    from bot.cli import main as cli_main

    assert {"dev", "holdout", "round2"} <= set(evalsets.available())
    (tmp_path / "scam.round3.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("", encoding="utf-8")
    assert evalsets.available(tmp_path) == ["round3"]
    monkeypatch.setattr(evalsets, "DATA", tmp_path)
    assert evalsets.split_name("round3") == "round3"
    with pytest.raises(argparse.ArgumentTypeError, match="round4"):
        evalsets.split_name("round4")
    monkeypatch.undo()
    for flag in ("--split", "--skills"):
        args = (
            ["eval", "--intents", flag, "round99"]
            if flag == "--split"
            else ["eval", flag, "round99"]
        )
        assert cli_main(args) == 2
        err = capsys.readouterr().err
        assert "unknown split 'round99'" in err and "dev" in err and "Traceback" not in err
