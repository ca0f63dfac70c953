"""Letter templates: `knowledge/letters/<id>.yaml`, loaded and validated all or nothing.

Operators edit them without code; `python -m bot kb check` and start-up refuse a broken
template with file, letter and field named (the same style as bot/kb/loader.py). A body
uses `{field}` placeholders and the built-in `{today}`. When an optional field is
skipped, its `default` text is used, or, without one, every body line naming it is left out.
A line that starts with `?{field=value} ` is kept only when that choice field has that value
(a sentence that holds for some creditors only). `checks` compare fields before the letter is
made (`covers`: one field's amount against the product of others) and warn the person.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.kb.loader import ID_RE, KnowledgeError, Problem, _read_yaml, _rel
from bot.kb.loader import _lines as _kb_lines
from bot.kb.loader import _text as _kb_text
from bot.kb.model import LANGS, Lang, Lines, Text
from bot.letters.fields import FIELD_TYPES, format_date, format_value, message, parse_value

LETTERS_DIR = "letters"
BUILTINS = ("today",)
REQUIRED_KEYS = ("id", "title", "when", "fields", "body", "notes")
OPTIONAL_KEYS = ("keywords", "sources", "order", "checks")
FIELD_KEYS = (
    "name",
    "type",
    "prompt",
    "example",
    "required",
    "choices",
    "default",
    "min",
    "max",
    "allow_future",
)
NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
VALUE_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
CONDITION_RE = re.compile(r"^\?\{([a-z][a-z0-9_]*)=([a-z0-9-]+)\} ?")


@dataclass(frozen=True)
class LetterProblem(Problem):
    """A Problem that names a letter rather than a topic entry."""

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.entry:
            parts.append(f"letter '{self.entry}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


@dataclass(frozen=True)
class Choice:
    value: str  # kebab-case, used in button payloads
    label: Text


@dataclass(frozen=True)
class LetterField:
    """One thing a letter asks for."""

    name: str
    type: str  # one of FIELD_TYPES
    prompt: Text
    example: Text
    required: bool = True
    choices: tuple[Choice, ...] = ()
    default: Text | None = None  # used in the body when an optional field is skipped
    min: Decimal | None = None
    max: Decimal | None = None
    allow_future: bool = False  # dates: accept dates after today


@dataclass(frozen=True)
class Cover:
    """`total` should be covered by the product of `parts` (monthly × months ≥ the debt)."""

    total: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    """One template in both languages."""

    id: str
    title: Text
    when: Text
    fields: tuple[LetterField, ...]
    body: Text
    notes: Lines
    keywords: Lines = Lines()
    sources: tuple[str, ...] = ()
    order: int = 100  # position in menus and lists (then by id)
    checks: tuple[Cover, ...] = ()
    path: str = ""

    def field(self, name: str) -> LetterField | None:
        return next((f for f in self.fields if f.name == name), None)

    def examples(self, lang: Lang) -> dict[str, str]:
        """Every field's example, as typed (used by tests and `letter --example`)."""
        return {f.name: f.example.get(lang) for f in self.fields}


@dataclass(frozen=True)
class LetterSet:
    letters: tuple[Letter, ...] = ()

    def get(self, letter_id: str) -> Letter | None:
        return next((x for x in self.letters if x.id == letter_id), None)

    def __iter__(self) -> Iterator[Letter]:
        return iter(self.letters)

    def __len__(self) -> int:
        return len(self.letters)

    def summary(self) -> str:
        names = ", ".join(x.id for x in self.letters) or "none"
        return f"letters: {len(self.letters)} ({names})"


class MissingFields(ValueError):
    """Required fields without a value; `names` lists them in template order."""

    def __init__(self, names: list[str]):
        self.names = names
        super().__init__("missing required field(s): " + ", ".join(names))


# -- loading ---------------------------------------------------------------------------------
def load_letters(kb_root: str | Path) -> LetterSet:
    """Every template under `<kb_root>/letters/` (none if absent); raises KnowledgeError."""
    folder = Path(kb_root) / LETTERS_DIR
    if not folder.is_dir():
        return LetterSet()
    problems: list[Problem] = []
    letters: list[Letter] = []
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = _read_yaml(path, problems)
        if data is None:
            continue
        letter = _parse_letter(data, path, problems)
        if letter is None:
            continue
        if letter.id in seen:
            problems.append(
                LetterProblem(
                    _rel(path), f"duplicate id (also in {seen[letter.id]})", letter.id, "id"
                )
            )
            continue
        seen[letter.id] = _rel(path)
        letters.append(letter)
    if problems:
        raise KnowledgeError(problems)
    return LetterSet(tuple(sorted(letters, key=lambda x: (x.order, x.id))))


def _parse_letter(item: Any, path: Path, problems: list[Problem]) -> Letter | None:
    file = _rel(path)
    if not isinstance(item, dict):
        problems.append(LetterProblem(file, "a letter must be a mapping of fields"))
        return None
    lid = item.get("id")
    name = lid if isinstance(lid, str) else None
    before = len(problems)
    local: list[Problem] = []

    for key in REQUIRED_KEYS:
        if key not in item or item[key] in (None, "", [], {}):
            local.append(LetterProblem(file, "missing required field", name, key))
    for key in item:
        if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            local.append(LetterProblem(file, "unknown field", name, str(key)))
    if local:
        problems.extend(local)
        return None

    if not isinstance(lid, str) or not ID_RE.match(lid):
        local.append(LetterProblem(file, "id must be kebab-case (a-z, 0-9, '-')", name, "id"))
    elif path.stem != lid:
        local.append(LetterProblem(file, f"id must match the file name '{path.stem}'", name, "id"))
    title = _text(item["title"], file, name, "title", local)
    when = _text(item["when"], file, name, "when", local)
    body = _text(item["body"], file, name, "body", local)
    notes = _lines(item["notes"], file, name, "notes", local)
    keywords = (
        _lines(item["keywords"], file, name, "keywords", local) if "keywords" in item else Lines()
    )
    sources = item.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s.strip() for s in sources):
        local.append(LetterProblem(file, "must be a list of non-empty strings", name, "sources"))
        sources = []
    order = item.get("order", 100)
    if not isinstance(order, int) or isinstance(order, bool):
        local.append(LetterProblem(file, "must be a whole number", name, "order"))
        order = 100
    fields = _fields(item["fields"], file, name, local)
    if body is not None and fields is not None:
        _check_placeholders(body, fields, file, name, local)
    checks = _checks(item.get("checks", []), fields or [], file, name, local)
    problems.extend(local)
    if len(problems) > before or None in (title, when, body, notes, fields):
        return None
    assert title and when and body and notes is not None and fields is not None
    return Letter(
        id=lid,  # type: ignore[arg-type]
        title=title,
        when=when,
        fields=tuple(fields),
        body=body,
        notes=notes,
        keywords=keywords or Lines(),
        sources=tuple(s.strip() for s in sources),
        order=order,
        checks=checks,
        path=file,
    )


def _checks(
    raw: Any, fields: list[LetterField], file: str, letter: str | None, problems: list[Problem]
) -> tuple[Cover, ...]:
    numeric = {f.name for f in fields if f.type in ("money", "integer")}
    if not isinstance(raw, list):
        problems.append(LetterProblem(file, "must be a list of {covers, by}", letter, "checks"))
        return ()
    out = []
    for i, item in enumerate(raw):
        total = item.get("covers") if isinstance(item, dict) else None
        parts = item.get("by") if isinstance(item, dict) else None
        names = [total, *parts] if isinstance(parts, list) and parts else [None]
        if not all(isinstance(n, str) and n in numeric for n in names):
            problems.append(
                LetterProblem(
                    file,
                    "needs covers: <money/integer field> and by: [<money/integer fields>]",
                    letter,
                    f"checks[{i}]",
                )
            )
            continue
        out.append(Cover(str(total), tuple(str(p) for p in parts)))  # type: ignore[union-attr]
    return tuple(out)


def shortfalls(letter: Letter, values: Mapping[str, str]) -> list[tuple[Cover, Decimal, Decimal]]:
    """(check, total, product) for each check whose parts do not cover the total."""
    found = []
    for cover in letter.checks:
        try:
            total = Decimal(values[cover.total])
            product = Decimal(1)
            for part in cover.parts:
                product *= Decimal(values[part])
        except (KeyError, InvalidOperation):
            continue  # a field left out: nothing to compare
        if product < total:
            found.append((cover, total, product))
    return found


def shortfall_notes(letter: Letter, values: Mapping[str, str], lang: Lang) -> list[str]:
    """A warning for each check that fails: a plan that does not pay the debt off is usually
    refused, so the person should see the gap before sending the letter."""
    notes = []
    for cover, total, product in shortfalls(letter, values):
        spec = letter.field(cover.total)
        shown = {"total": format_value(spec, values[cover.total], lang) if spec else str(total)}
        shown["product"] = format_value(spec, str(product), lang) if spec else str(product)
        parts = [letter.field(p) for p in cover.parts]
        shown["parts"] = " × ".join(
            format_value(f, values[f.name], lang) for f in parts if f is not None
        )
        if lang == "zh":
            notes.append(
                f"请注意：{shown['parts']} = {shown['product']}，少于欠款总额 {shown['total']}。"
                "方案还不清全部欠款，对方多半不会同意：请核对数字；如果确实只能还这么多，"
                "可以在信里说明，并请对方核实能否减免部分利息和费用。"
            )
        else:
            notes.append(
                f"Please note: {shown['parts']} = {shown['product']}, less than the total owed, "
                f"{shown['total']}. A plan that does not pay off the whole debt is usually refused: "
                "check the figures; if this really is all you can pay, say so in the letter and ask "
                "whether some interest and fees can be waived."
            )
    return notes


def _as_letter_problems(found: list[Problem]) -> list[Problem]:
    return [LetterProblem(p.file, p.message, p.entry, p.field, p.line) for p in found]


def _text(
    value: Any, file: str, letter: str | None, fld: str, problems: list[Problem]
) -> Text | None:
    found: list[Problem] = []
    text = _kb_text(value, file, letter, fld, found)
    problems.extend(_as_letter_problems(found))
    return text


def _lines(
    value: Any, file: str, letter: str | None, fld: str, problems: list[Problem]
) -> Lines | None:
    found: list[Problem] = []
    lines = _kb_lines(value, file, letter, fld, found)
    problems.extend(_as_letter_problems(found))
    return lines


def _fields(
    value: Any, file: str, letter: str | None, problems: list[Problem]
) -> list[LetterField] | None:
    if not isinstance(value, list):
        problems.append(
            LetterProblem(file, "must be a list of field definitions", letter, "fields")
        )
        return None
    result: list[LetterField] = []
    names: set[str] = set()
    ok = True
    for i, raw in enumerate(value):
        fname = raw.get("name") if isinstance(raw, dict) else None
        if isinstance(fname, str) and (fname in names or fname in BUILTINS):
            what = "a built-in placeholder" if fname in BUILTINS else "a duplicate field name"
            problems.append(LetterProblem(file, f"'{fname}' is {what}", letter, f"fields.{fname}"))
            ok = False
            continue
        if isinstance(fname, str):
            names.add(fname)
        spec = _field(raw, i, file, letter, problems)
        if spec is None:
            ok = False
            continue
        result.append(spec)
    return result if ok else None


def _field(
    raw: Any, index: int, file: str, letter: str | None, problems: list[Problem]
) -> LetterField | None:
    if not isinstance(raw, dict):
        problems.append(
            LetterProblem(
                file,
                "must be a mapping (name, type, prompt, example, ...)",
                letter,
                f"fields[{index}]",
            )
        )
        return None
    fname = raw.get("name")
    where = f"fields.{fname}" if isinstance(fname, str) and fname else f"fields[{index}]"
    before = len(problems)
    for key in ("name", "type", "prompt", "example"):
        if key not in raw or raw[key] in (None, "", [], {}):
            problems.append(LetterProblem(file, "missing required field", letter, f"{where}.{key}"))
    for key in raw:
        if key not in FIELD_KEYS:
            problems.append(LetterProblem(file, "unknown field", letter, f"{where}.{key}"))
    if len(problems) > before:
        return None
    if not isinstance(fname, str) or not NAME_RE.match(fname):
        problems.append(
            LetterProblem(
                file, "name must be lower_snake_case (a-z, 0-9, '_')", letter, f"{where}.name"
            )
        )
    ftype = raw["type"]
    if ftype not in FIELD_TYPES:
        problems.append(
            LetterProblem(
                file, f"type must be one of {', '.join(FIELD_TYPES)}", letter, f"{where}.type"
            )
        )
    required = raw.get("required", True)
    if not isinstance(required, bool):
        problems.append(LetterProblem(file, "must be true or false", letter, f"{where}.required"))
    allow_future = raw.get("allow_future", False)
    if not isinstance(allow_future, bool):
        problems.append(
            LetterProblem(file, "must be true or false", letter, f"{where}.allow_future")
        )
    prompt = _text(raw["prompt"], file, letter, f"{where}.prompt", problems)
    example_raw = raw["example"]
    if isinstance(example_raw, (str, int, float)):
        example_raw = {"zh": str(example_raw), "en": str(example_raw)}
    example = _text(example_raw, file, letter, f"{where}.example", problems)
    default = None
    if "default" in raw:
        if required is True:
            problems.append(
                LetterProblem(
                    file, "only optional fields can have a default", letter, f"{where}.default"
                )
            )
        default = _text(raw["default"], file, letter, f"{where}.default", problems)
    choices = _choices(raw.get("choices"), ftype, file, letter, where, problems)
    low, high = (
        _bound(raw, "min", file, letter, where, problems),
        _bound(raw, "max", file, letter, where, problems),
    )
    if ("min" in raw or "max" in raw) and ftype not in ("money", "integer"):
        problems.append(
            LetterProblem(file, "min/max apply only to money and integer fields", letter, where)
        )
    if len(problems) > before or prompt is None or example is None:
        return None
    spec = LetterField(
        name=fname,  # type: ignore[arg-type]
        type=ftype,
        prompt=prompt,
        example=example,
        required=required,
        choices=choices,
        default=default,
        min=low,
        max=high,
        allow_future=allow_future,
    )
    for lang in LANGS:
        parsed = parse_value(spec, example.get(lang), date.today())
        if parsed.error not in (None, "future_date"):
            problems.append(
                LetterProblem(
                    file,
                    f"example {example.get(lang)!r} is not a valid {ftype} ({parsed.error})",
                    letter,
                    f"{where}.example.{lang}",
                )
            )
            return None
    return spec


def _choices(
    raw: Any, ftype: Any, file: str, letter: str | None, where: str, problems: list[Problem]
) -> tuple[Choice, ...]:
    if ftype != "choice":
        if raw is not None:
            problems.append(
                LetterProblem(file, "only choice fields have choices", letter, f"{where}.choices")
            )
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        problems.append(
            LetterProblem(
                file,
                "a choice field needs a list of 2+ {value, zh, en}",
                letter,
                f"{where}.choices",
            )
        )
        return ()
    result = []
    for i, item in enumerate(raw):
        value = item.get("value") if isinstance(item, dict) else None
        if not isinstance(value, str) or not VALUE_RE.match(value) or len(value) > 24:
            problems.append(
                LetterProblem(
                    file,
                    "value must be kebab-case, at most 24 characters",
                    letter,
                    f"{where}.choices[{i}].value",
                )
            )
            continue
        label = _text(
            {k: item.get(k) for k in LANGS}, file, letter, f"{where}.choices[{i}]", problems
        )
        if label is not None:
            result.append(Choice(value, label))
    return tuple(result)


def _bound(
    raw: Mapping[str, Any],
    key: str,
    file: str,
    letter: str | None,
    where: str,
    problems: list[Problem],
) -> Decimal | None:
    if key not in raw:
        return None
    try:
        if isinstance(raw[key], bool):
            raise InvalidOperation
        return Decimal(str(raw[key]))
    except InvalidOperation:
        problems.append(LetterProblem(file, "must be a number", letter, f"{where}.{key}"))
        return None


def _check_placeholders(
    body: Text, fields: list[LetterField], file: str, letter: str | None, problems: list[Problem]
) -> None:
    names = {f.name for f in fields}
    choices = {f.name: {c.value for c in f.choices} for f in fields if f.type == "choice"}
    for lang in LANGS:
        text = body.get(lang)
        for line in text.splitlines():
            cond = CONDITION_RE.match(line)
            if line.startswith("?{") and (
                cond is None or cond.group(2) not in choices.get(cond.group(1), ())
            ):
                problems.append(
                    LetterProblem(
                        file,
                        f"condition in {line[:30]!r} must be ?{{choice_field=one_of_its_values}}",
                        letter,
                        f"body.{lang}",
                    )
                )
        text = "\n".join(CONDITION_RE.sub("", line) for line in text.splitlines())
        used = set(PLACEHOLDER_RE.findall(text))
        for unknown in sorted(used - names - set(BUILTINS)):
            problems.append(
                LetterProblem(
                    file,
                    f"unknown placeholder '{{{unknown}}}' (fields: {', '.join(sorted(names))})",
                    letter,
                    f"body.{lang}",
                )
            )
        conditioned = {
            m.group(1) for m in map(CONDITION_RE.match, body.get(lang).splitlines()) if m
        }
        for unused in sorted(names - used - conditioned):
            problems.append(
                LetterProblem(
                    file, f"field '{unused}' is never used in the body", letter, f"body.{lang}"
                )
            )
        by_name = {f.name: f for f in fields}
        for number, line in enumerate(text.splitlines(), start=1):
            here = [by_name[n] for n in PLACEHOLDER_RE.findall(line) if n in by_name]
            droppable = [f.name for f in here if not f.required and f.default is None]
            kept = [f.name for f in here if f.required]
            if droppable and kept:
                problems.append(
                    LetterProblem(
                        file,
                        f"body line {number} uses optional '{droppable[0]}' (no default) with "
                        f"required '{kept[0]}': skipping the first would drop the second; "
                        "split the line",
                        letter,
                        f"body.{lang}",
                    )
                )
        if "{" in PLACEHOLDER_RE.sub("", text) or "}" in PLACEHOLDER_RE.sub("", text):
            problems.append(LetterProblem(file, "unmatched '{' or '}'", letter, f"body.{lang}"))


# -- rendering -------------------------------------------------------------------------------
def render(letter: Letter, lang: Lang, values: Mapping[str, str], today: date) -> str:
    """The letter in `lang` from canonical values (see bot.letters.fields); raises MissingFields."""
    missing = [f.name for f in letter.fields if f.required and not values.get(f.name)]
    if missing:
        raise MissingFields(missing)
    filled: dict[str, str | None] = {"today": format_date(today, lang)}
    for spec in letter.fields:
        value = values.get(spec.name)
        if value:
            filled[spec.name] = format_value(spec, value, lang)
        else:
            filled[spec.name] = spec.default.get(lang) if spec.default else None
    lines = []
    for line in letter.body.get(lang).splitlines():
        cond = CONDITION_RE.match(line)
        if cond:
            if values.get(cond.group(1)) != cond.group(2):
                continue  # a sentence for another kind of creditor
            line = line[cond.end() :]
        names = PLACEHOLDER_RE.findall(line)
        if any(filled.get(n) is None for n in names):
            continue  # an optional field was skipped and has no default: the line goes
        line = PLACEHOLDER_RE.sub(lambda m: str(filled[m.group(1)]), line).rstrip()
        if lang == "en" and line[:1].islower():
            line = line[0].upper() + line[1:]  # a typed answer that starts a line starts a sentence
        lines.append(line)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def check_values(
    letter: Letter, raw: Mapping[str, str], today: date
) -> tuple[dict[str, str], list[str]]:
    """Parse typed values for `letter`: (canonical values, error lines naming each bad field)."""
    values: dict[str, str] = {}
    errors: list[str] = []
    known = {f.name for f in letter.fields}
    for name in raw:
        if name not in known:
            errors.append(
                f"unknown field '{name}' (fields: {', '.join(f.name for f in letter.fields)})"
            )
    for spec in letter.fields:
        if spec.name not in raw:
            continue
        parsed = parse_value(spec, raw[spec.name], today)
        if parsed.error:
            errors.append(
                f"field '{spec.name}': {message(parsed.error, 'en', **parsed.error_args)}"
            )
        elif parsed.value is not None:
            values[spec.name] = parsed.value
    return values, errors
