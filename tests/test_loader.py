"""The loader refuses a broken knowledge base with messages naming file, entry and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from bot.kb import KnowledgeError, load
from tests.conftest import FIXTURE_KB


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, target)
    return target


def edit(kb_dir: Path, entry_id: str, change) -> Path:
    path = kb_dir / "topics" / f"{entry_id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def problems(kb_dir: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as info:
        load(kb_dir)
    return [str(p) for p in info.value.problems]


def test_fixture_loads(kb_dir: Path) -> None:
    kb = load(kb_dir)
    assert {e.id for e in kb.entries} == {"home-visit", "abusive-caller", "physical-danger"}
    assert kb.get("physical-danger").is_safety
    assert kb.synonyms[0][0] == "催收"


def test_yaml_syntax_error_names_file_and_line(kb_dir: Path) -> None:
    path = kb_dir / "topics" / "home-visit.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, "questions: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    found = problems(kb_dir)
    assert len(found) == 1
    assert "home-visit.yaml:" in found[0] and "YAML syntax error" in found[0]
    line = int(found[0].split("home-visit.yaml:")[1].split(":")[0])
    assert 4 <= line <= 6


def test_missing_field(kb_dir: Path) -> None:
    edit(kb_dir, "home-visit", lambda d: d.pop("sources"))
    (msg,) = problems(kb_dir)
    assert "home-visit.yaml" in msg and "entry 'home-visit'" in msg and "field 'sources'" in msg
    assert "missing" in msg


def test_empty_steps(kb_dir: Path) -> None:
    edit(kb_dir, "abusive-caller", lambda d: d["steps"].update(en=[]))
    (msg,) = problems(kb_dir)
    assert "entry 'abusive-caller'" in msg and "field 'steps.en'" in msg


def test_missing_language(kb_dir: Path) -> None:
    edit(kb_dir, "abusive-caller", lambda d: d["title"].pop("zh"))
    (msg,) = problems(kb_dir)
    assert "field 'title.zh'" in msg and "language 'zh'" in msg


def test_duplicate_id(kb_dir: Path) -> None:
    src = kb_dir / "topics" / "home-visit.yaml"
    data = yaml.safe_load(src.read_text(encoding="utf-8"))
    (kb_dir / "topics" / "contact.yaml").write_text(
        yaml.safe_dump([data], allow_unicode=True), encoding="utf-8"
    )
    (msg,) = problems(kb_dir)
    assert "duplicate id" in msg and "entry 'home-visit'" in msg


def test_unknown_follow_up(kb_dir: Path) -> None:
    edit(kb_dir, "home-visit", lambda d: d["follow_ups"].append("no-such-topic"))
    (msg,) = problems(kb_dir)
    assert "'no-such-topic'" in msg and "field 'follow_ups'" in msg and "entry 'home-visit'" in msg


def test_bad_values(kb_dir: Path) -> None:
    edit(
        kb_dir,
        "home-visit",
        lambda d: d.update(audience="banker", category="nope", id="Home Visit"),
    )
    found = " | ".join(problems(kb_dir))
    assert "field 'audience'" in found and "field 'category'" in found and "kebab-case" in found


def test_every_problem_reported_at_once(kb_dir: Path) -> None:
    edit(kb_dir, "home-visit", lambda d: d.pop("title"))
    edit(kb_dir, "abusive-caller", lambda d: d.pop("steps"))
    found = problems(kb_dir)
    assert len(found) == 2


def test_cli_kb_check_fails_cleanly(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import EXIT_KB, main

    edit(kb_dir, "home-visit", lambda d: d.pop("steps"))
    assert main(["kb", "check", "--kb", str(kb_dir)]) == EXIT_KB
    err = capsys.readouterr().err
    assert "field 'steps'" in err and "Traceback" not in err


def test_broader_names_a_known_topic_and_never_goes_round(kb_dir: Path) -> None:
    edit(kb_dir, "physical-danger", lambda d: d.update(broader="home-visit"))
    kb = load(kb_dir)
    assert kb.within("physical-danger", "home-visit")  # the narrower one counts as the wider
    assert not kb.within("home-visit", "physical-danger")  # ... not the other way round
    assert kb.within("home-visit", "home-visit") and not kb.within(None, "home-visit")
    edit(kb_dir, "home-visit", lambda d: d.update(broader="physical-danger"))
    assert any("circle" in p for p in problems(kb_dir))
    edit(kb_dir, "home-visit", lambda d: d.update(broader="no-such-topic"))
    assert any("broader topic 'no-such-topic' is not a known id" in p for p in problems(kb_dir))
    edit(kb_dir, "home-visit", lambda d: d.update(broader="home-visit"))
    assert any("must be the id of another topic" in p for p in problems(kb_dir))
