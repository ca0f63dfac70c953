"""Letter templates: the shipped ones render in both languages; broken ones are refused clearly."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from bot.kb import KnowledgeError
from bot.letters.fields import parse_value
from bot.letters.templates import MissingFields, load_letters, render
from tests.conftest import SHIPPED_KB

TODAY = date(2026, 11, 22)
LETTERS = load_letters(SHIPPED_KB)
NAMED_IN_ISSUE = {
    "negotiation-request",
    "stop-third-party-contact",
    "complaint",
    "credit-report-objection",
    "debt-details-request",
}


def example_values(letter_id: str, lang: str) -> dict[str, str]:
    letter = LETTERS.get(letter_id)
    assert letter is not None
    values = {}
    for spec in letter.fields:
        parsed = parse_value(spec, spec.example.get(lang), TODAY)  # type: ignore[arg-type]
        assert parsed.error is None, (letter_id, spec.name, parsed.error)
        values[spec.name] = parsed.value
    return values


def test_the_five_letters_are_shipped() -> None:
    assert NAMED_IN_ISSUE <= {x.id for x in LETTERS}
    fields = {f.name: f for f in LETTERS.get("negotiation-request").fields}  # type: ignore[union-attr]
    assert {
        n: (fields[n].type, fields[n].required) for n in ("creditor", "amount", "monthly", "months")
    } == {
        "creditor": ("text", True),
        "amount": ("money", True),
        "monthly": ("money", True),
        "months": ("integer", True),
    }
    assert not fields["name"].required and not fields["reason"].required


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("letter_id", sorted(x.id for x in LETTERS))
def test_every_template_renders_with_its_examples(letter_id: str, lang: str) -> None:
    letter = LETTERS.get(letter_id)
    assert letter is not None
    text = render(letter, lang, example_values(letter_id, lang), TODAY)  # type: ignore[arg-type]
    assert "{" not in text and "}" not in text
    assert ("2026年11月22日" if lang == "zh" else "22 November 2026") in text
    for spec in letter.fields:
        if spec.type == "text":
            assert spec.example.get(lang) in text, spec.name  # type: ignore[arg-type]
    # The other language's words do not leak in.
    if lang == "en":
        assert not re.search(r"[\u4e00-\u9fff]", text)
    assert not re.search(r"\d{15,}", text)  # no full ID or card number can appear
    assert letter.notes.get(lang) and letter.when.get(lang)  # type: ignore[arg-type]


def test_usage_notes_say_how_to_send_and_what_the_letter_does_not_do() -> None:
    for letter in LETTERS:
        zh = " ".join(letter.notes.zh)
        en = " ".join(letter.notes.en).lower()
        assert "官方" in zh and "副本" in zh and "不能做到" in zh, letter.id
        assert "official" in en and "copy" in en and "does not do" in en, letter.id


def test_negotiation_letter_asks_in_writing_and_does_not_claim_a_right() -> None:
    letter = LETTERS.get("negotiation-request")
    assert letter is not None
    text = render(letter, "zh", example_values(letter.id, "zh"), TODAY)
    assert "每月 1,500 元、共 40 期" in text and "58,000 元" in text
    assert "书面" in text and "是否继续计收" in text
    notes = " ".join(letter.notes.zh)
    assert (
        "不是你的法定权利" in notes and "5 年" not in text
    )  # the cap is in the prompt, not claimed


def test_skipped_optional_field_uses_default_or_drops_its_line() -> None:
    letter = LETTERS.get("negotiation-request")
    assert letter is not None
    values = example_values(letter.id, "zh")
    for name in ("name", "reason", "card_last4", "id_last4"):
        del values[name]
    text = render(letter, "zh", values, TODAY)
    assert "具体情况" not in text and "身份证号后四位" not in text  # dropped lines
    assert "申请人：________________" in text  # the name's default leaves a blank to sign
    assert "某某银行信用卡中心" in text


def test_render_refuses_missing_required_fields() -> None:
    letter = LETTERS.get("negotiation-request")
    assert letter is not None
    with pytest.raises(MissingFields) as err:
        render(letter, "en", {"creditor": "X Bank", "amount": "100.00"}, TODAY)
    assert err.value.names == ["monthly", "months"]


# -- validation ----------------------------------------------------------------------------------
def _write(root: Path, name: str, data: object) -> Path:
    folder = root / "letters"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _base() -> dict:
    return {
        "id": "sample",
        "title": {"zh": "样例", "en": "Sample"},
        "when": {"zh": "测试时", "en": "In tests"},
        "fields": [
            {
                "name": "creditor",
                "type": "text",
                "prompt": {"zh": "写给谁", "en": "To whom"},
                "example": {"zh": "某银行", "en": "A bank"},
            },
            {
                "name": "amount",
                "type": "money",
                "prompt": {"zh": "多少", "en": "How much"},
                "example": "100",
            },
        ],
        "body": {
            "zh": "{creditor}：欠款 {amount}\n{today}",
            "en": "To {creditor}: {amount}\n{today}",
        },
        "notes": {"zh": ["留副本"], "en": ["Keep a copy"]},
    }


def _problems(root: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as err:
        load_letters(root)
    return [str(p) for p in err.value.problems]


def test_a_valid_sample_loads(tmp_path: Path) -> None:
    _write(tmp_path, "sample", _base())
    letters = load_letters(tmp_path)
    assert [x.id for x in letters] == ["sample"]
    assert load_letters(tmp_path / "nowhere").letters == ()  # no letters folder: no letters


def test_unknown_placeholder_names_file_letter_and_field(tmp_path: Path) -> None:
    data = _base()
    data["body"]["en"] = "To {creditor}: {amount} {ammount}"
    _write(tmp_path, "sample", data)
    (problem,) = _problems(tmp_path)
    assert (
        "sample.yaml" in problem and "letter 'sample'" in problem and "field 'body.en'" in problem
    )
    assert "unknown placeholder '{ammount}'" in problem


def test_unused_field_and_unmatched_brace(tmp_path: Path) -> None:
    data = _base()
    data["body"]["zh"] = "{creditor}：欠款 {today"
    _write(tmp_path, "sample", data)
    problems = _problems(tmp_path)
    assert any("field 'amount' is never used" in p and "body.zh" in p for p in problems)
    assert any("unmatched" in p for p in problems)


def test_missing_language_and_missing_keys(tmp_path: Path) -> None:
    data = _base()
    del data["title"]["en"]
    del data["fields"][1]["prompt"]
    del data["notes"]
    _write(tmp_path, "sample", data)
    problems = _problems(tmp_path)
    assert any("field 'notes': missing required field" in p for p in problems)
    data = _base()
    del data["title"]["en"]
    del data["fields"][1]["prompt"]
    _write(tmp_path, "sample", data)
    problems = _problems(tmp_path)
    assert any("field 'title.en': language 'en' is missing" in p for p in problems)
    assert any("field 'fields.amount.prompt': missing required field" in p for p in problems)


def test_bad_type_bad_example_and_duplicate_field(tmp_path: Path) -> None:
    data = _base()
    data["fields"][0]["type"] = "string"
    data["fields"][1]["example"] = "lots"
    data["fields"].append(dict(data["fields"][1], example="5"))
    _write(tmp_path, "sample", data)
    problems = _problems(tmp_path)
    assert any("fields.creditor.type" in p and "text, money, date" in p for p in problems)
    assert any("fields.amount.example.zh" in p and "not a valid money" in p for p in problems)
    assert any("duplicate field name" in p for p in problems)


def test_choice_fields_need_choices_and_defaults_only_on_optional(tmp_path: Path) -> None:
    data = _base()
    data["fields"].append(
        {
            "name": "kind",
            "type": "choice",
            "prompt": {"zh": "哪种", "en": "Which"},
            "example": "a",
            "choices": [{"value": "a", "zh": "甲", "en": "A"}],
        }
    )
    data["fields"][0]["default"] = {"zh": "某", "en": "some"}
    data["body"]["zh"] += "{kind}"
    data["body"]["en"] += "{kind}"
    _write(tmp_path, "sample", data)
    problems = _problems(tmp_path)
    assert any("fields.kind.choices" in p and "2+" in p for p in problems)
    assert any("fields.creditor.default" in p and "only optional" in p for p in problems)


def test_optional_field_sharing_a_line_with_a_required_one(tmp_path: Path) -> None:
    data = _base()
    data["fields"].append(
        {
            "name": "note",
            "type": "text",
            "required": False,
            "prompt": {"zh": "备注", "en": "Note"},
            "example": "x",
        }
    )
    data["body"]["en"] = "To {creditor}: {amount} {note}\n{today}"
    data["body"]["zh"] = "{creditor}：{amount}\n{note}"
    _write(tmp_path, "sample", data)
    (problem,) = _problems(tmp_path)
    assert "body.en" in problem and "optional 'note'" in problem and "split the line" in problem


def test_duplicate_ids_and_file_name(tmp_path: Path) -> None:
    _write(tmp_path, "sample", _base())
    other = _write(tmp_path, "zz-copy", _base())
    problems = _problems(tmp_path)
    assert any(str(other.name) in p and "must match the file name" in p for p in problems)
    shutil.rmtree(tmp_path / "letters")
    _write(tmp_path, "sample", [_base()])
    assert any("must be a mapping" in p for p in _problems(tmp_path))


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "broken.yaml").write_text("id: broken\ntitle: [\n", encoding="utf-8")
    (problem,) = _problems(tmp_path)
    assert "broken.yaml:" in problem and "YAML syntax error" in problem
