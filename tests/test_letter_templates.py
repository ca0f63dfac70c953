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
            example = spec.example.get(lang)  # type: ignore[arg-type]
            # English lines start with a capital, a typed answer included.
            assert example in text or example[:1].upper() + example[1:] in text, spec.name
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


# -- form: what a reader of a formal letter expects ------------------------------------------
NEW_IN_ISSUE_15 = {
    "defence-statement",
    "payment-order-objection",
    "living-expenses-request",
    "personal-info-request",
    "settlement-certificate-request",
}
ROLE_LINE = re.compile(r"^(申请人|投诉人|异议人|答辩人)：\{name\}$", re.M)


def test_the_new_templates_are_shipped() -> None:
    assert NEW_IN_ISSUE_15 <= {x.id for x in LETTERS}


@pytest.mark.parametrize("letter_id", sorted(x.id for x in LETTERS))
def test_closing_salutation_and_signer_follow_the_forms(letter_id: str) -> None:
    letter = LETTERS.get(letter_id)
    assert letter is not None
    zh, en = letter.body.zh, letter.body.en
    to_court = "{court}" in zh
    # 此致 is always followed by 敬礼！ in a letter, or by the court's name in a court filing.
    after = zh.split("此致\n", 1)[1].splitlines()[0]
    assert after == ("{court}" if to_court else "敬礼！")
    if to_court:
        assert "To: {court}" in en and "Dear Sir or Madam" not in en
    else:
        assert "\nDear Sir or Madam,\n" in en and "\nYours faithfully,\n" in en
    # One signer role per letter, the same at the top and under the signature.
    roles = set(ROLE_LINE.findall(zh))
    assert len(roles) == 1, roles


@pytest.mark.parametrize("letter_id", sorted(x.id for x in LETTERS))
def test_every_letter_has_an_optional_sender_block(letter_id: str) -> None:
    letter = LETTERS.get(letter_id)
    assert letter is not None
    for name in ("phone", "address"):
        spec = letter.field(name)
        assert spec is not None and not spec.required, name
    values = example_values(letter_id, "zh")
    with_sender = render(letter, "zh", values, TODAY)
    assert "138 0000 0000" in with_sender
    without = {k: v for k, v in values.items() if k not in ("phone", "address")}
    assert "联系电话" not in render(letter, "zh", without, TODAY)


def _negotiation(kind: str | None, monthly: str, months: str, lang: str = "zh") -> str:
    letter = LETTERS.get("negotiation-request")
    assert letter is not None
    values = {"creditor": "某某", "amount": "50000", "monthly": monthly, "months": months}
    if kind:
        values["creditor_kind"] = kind
    return render(letter, lang, values, TODAY)  # type: ignore[arg-type]


def test_article_70_is_cited_for_bank_credit_cards_only() -> None:
    assert "第七十条" in _negotiation("bank-card", "1500", "36")
    assert "Article 70" in _negotiation("bank-card", "1500", "36", "en")
    for kind in ("other", None):
        text = _negotiation(kind, "1500", "36")
        assert "第七十条" not in text and "为此，本人申请：" in text
    assert "附件" in _negotiation("other", "1500", "36")


def test_a_plan_that_does_not_cover_the_debt_is_warned_about() -> None:
    from bot.letters.templates import shortfall_notes

    letter = LETTERS.get("negotiation-request")
    assert letter is not None
    short = {"amount": "50000", "monthly": "1000", "months": "40"}
    (note,) = shortfall_notes(letter, short, "zh")
    assert "40,000 元" in note and "50,000 元" in note
    assert shortfall_notes(letter, {**short, "months": "50"}, "en") == []
    assert shortfall_notes(letter, {"amount": "50000"}, "zh") == []  # nothing to compare yet


def test_a_typed_answer_that_starts_an_english_line_starts_with_a_capital() -> None:
    letter = LETTERS.get("complaint")
    assert letter is not None
    values = example_values("complaint", "en")
    values["request"] = "stop calling my mother"
    assert "What I ask:\nStop calling my mother" in render(letter, "en", values, TODAY)


def test_the_defence_outline_warns_about_small_claims() -> None:
    letter = LETTERS.get("defence-statement")
    assert letter is not None
    assert any("小额诉讼" in n and "不能上诉" in n for n in letter.notes.zh)
    assert any("small claims" in n and "no appeal" in n for n in letter.notes.en)


def test_a_condition_on_an_unknown_value_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(SHIPPED_KB, root)
    path = root / "letters" / "negotiation-request.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "?{creditor_kind=bank-card}", "?{creditor_kind=bank}"
        ),
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as err:
        load_letters(root)
    assert "creditor_kind" in str(err.value) or "condition" in str(err.value)
