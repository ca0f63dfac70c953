"""Load and validate `knowledge/`: all or nothing, with messages that name file, entry and field."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from bot import lazyre as re  # patterns compile on first use (start-up time)
from bot.kb import yamlcache
from bot.kb.model import (
    AUDIENCES,
    LANGS,
    PRIORITIES,
    Category,
    Detail,
    Entry,
    KnowledgeBase,
    Lines,
    Text,
)

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED = ("id", "audience", "category", "title", "questions", "steps", "follow_ups", "sources")
OPTIONAL = (
    "keywords",
    "triggers",
    "notes",
    "legal",
    "priority",
    "summary",
    "details",
    "within_current",
    "broader",
)
DETAIL_FIELDS = ("id", "title", "questions", "answer")
DETAIL_OPTIONAL = ("about",)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the knowledge base."""

    file: str
    message: str
    entry: str | None = None
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.entry:
            parts.append(f"entry '{self.entry}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) + f": {self.message}"


class KnowledgeError(Exception):
    """The knowledge base cannot be used; `problems` says why, every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"knowledge base has {len(problems)} error(s):\n{lines}")


def default_root() -> Path:
    """`$HELPBOT_KNOWLEDGE`; else the `knowledge/` of the source checkout the package runs from;
    else `./knowledge`; else the copy shipped inside the installed package (`bot/knowledge`)."""
    env = os.environ.get("HELPBOT_KNOWLEDGE")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[2] / "knowledge"
    if checkout.is_dir():
        return checkout
    here = Path.cwd() / "knowledge"
    if here.is_dir():
        return here
    return packaged_root() or here


def packaged_root() -> Path | None:
    """The knowledge base shipped as package data in the wheel (setup.py maps `knowledge/` to
    `bot/knowledge`); None in a source checkout, where it lives at the top of the repository."""
    shipped = resources.files("bot") / "knowledge"
    # Wheels install as plain files; a zipped install would need extracting, which we never do.
    return shipped if isinstance(shipped, Path) and shipped.is_dir() else None


def load(root: str | Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base under `root`; raise KnowledgeError listing every problem."""
    root = Path(root) if root is not None else default_root()
    problems: list[Problem] = []
    if not root.is_dir():
        raise KnowledgeError([Problem(str(root), "knowledge directory not found")])

    categories = _load_categories(root, problems)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    # Ids present in files even when their entry is broken: follow-ups to them are not a second error.
    declared: set[str] = (
        {p.stem for p in (root / "topics").glob("*.yaml")} if (root / "topics").is_dir() else set()
    )
    topic_files = sorted((root / "topics").glob("*.yaml")) if (root / "topics").is_dir() else []
    if not topic_files:
        problems.append(Problem(str(root / "topics"), "no topic files (*.yaml) found"))
    for path in topic_files:
        data = _read_yaml(path, problems)
        if data is None:
            continue
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                declared.add(item["id"])
            entry = _parse_entry(item, path, {c.id for c in categories}, problems)
            if entry is None:
                continue
            if entry.id in seen:
                problems.append(
                    Problem(_rel(path), f"duplicate id (also in {seen[entry.id]})", entry.id, "id")
                )
                continue
            seen[entry.id] = _rel(path)
            entries.append(entry)

    for entry in entries:
        for target in entry.follow_ups:
            if target not in seen and target not in declared:
                problems.append(
                    Problem(
                        entry.path,
                        f"follow-up '{target}' is not a known id",
                        entry.id,
                        "follow_ups",
                    )
                )
        if entry.broader is not None and entry.broader not in seen:
            problems.append(
                Problem(
                    entry.path,
                    f"broader topic '{entry.broader}' is not a known id",
                    entry.id,
                    "broader",
                )
            )
        for i, detail in enumerate(entry.details):
            if detail.about is not None and detail.about not in seen:
                problems.append(
                    Problem(
                        entry.path,
                        f"detail '{detail.id}' is about '{detail.about}', not a known id",
                        entry.id,
                        f"details[{i}].about",
                    )
                )
    problems.extend(_broader_cycles(entries))
    synonyms = _load_synonyms(root, problems)
    offtopic = _load_offtopic(root, problems)
    domain = _load_domain(root, problems)
    if problems:
        raise KnowledgeError(problems)
    return KnowledgeBase(
        entries=tuple(entries),
        categories=tuple(categories),
        synonyms=synonyms,
        offtopic=offtopic,
        domain=domain,
        root=str(root),
    )


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _parse_yaml(text: str) -> Any:
    # Imported here: with every file in the cache (bot/kb/yamlcache.py) nothing is parsed.
    import yaml

    # libyaml's safe loader parses the knowledge base five times faster than the pure-Python one.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def _read_yaml(path: Path, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(_rel(path), f"cannot read file: {exc}"))
        return None
    try:
        data = yamlcache.parsed(text, _parse_yaml)
    except Exception as exc:
        import yaml

        if not isinstance(exc, yaml.YAMLError):
            raise
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Problem(_rel(path), f"YAML syntax error: {reason}", line=line))
        return None
    if data is None:
        problems.append(Problem(_rel(path), "file is empty"))
    return data


def _load_categories(root: Path, problems: list[Problem]) -> list[Category]:
    path = root / "categories.yaml"
    if not path.exists():
        problems.append(Problem(_rel(path), "missing: categories.yaml lists the category ids"))
        return []
    data = _read_yaml(path, problems)
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(Problem(_rel(path), "must be a list of {id, title: {zh, en}}"))
        return []
    result = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            problems.append(Problem(_rel(path), f"item {i + 1} needs an 'id'"))
            continue
        title = _text(item.get("title"), _rel(path), item["id"], "title", problems)
        if title:
            result.append(Category(item["id"], title))
    return result


def _load_synonyms(root: Path, problems: list[Problem]) -> tuple[tuple[str, ...], ...]:
    path = root / "synonyms.yaml"
    if not path.exists():
        return ()
    data = _read_yaml(path, problems)
    groups = data.get("groups") if isinstance(data, dict) else None
    if not isinstance(groups, list):
        problems.append(
            Problem(_rel(path), "must have 'groups': a list of lists of terms", field="groups")
        )
        return ()
    result = []
    for i, group in enumerate(groups):
        if (
            not isinstance(group, list)
            or len(group) < 2
            or not all(isinstance(t, str) and t.strip() for t in group)
        ):
            problems.append(
                Problem(_rel(path), f"group {i + 1} must list 2+ non-empty terms", field="groups")
            )
            continue
        result.append(tuple(t.strip() for t in group))
    return tuple(result)


def _load_offtopic(root: Path, problems: list[Problem]) -> tuple[str, ...]:
    path = root / "offtopic.yaml"
    if not path.exists():
        return ()
    data = _read_yaml(path, problems)
    examples = data.get("examples") if isinstance(data, dict) else None
    if not isinstance(examples, list) or not all(isinstance(x, str) for x in examples):
        problems.append(
            Problem(_rel(path), "must have 'examples': a list of strings", field="examples")
        )
        return ()
    return tuple(x for x in examples if x.strip())


def _load_domain(root: Path, problems: list[Problem]) -> tuple[str, ...]:
    path = root / "domain.yaml"
    if not path.exists():
        return ()
    data = _read_yaml(path, problems)
    terms = data.get("terms") if isinstance(data, dict) else None
    if not isinstance(terms, dict) or not all(
        isinstance(v, list) and all(isinstance(t, str) and t.strip() for t in v)
        for v in terms.values()
    ):
        problems.append(
            Problem(_rel(path), "must have 'terms': {zh: [...], en: [...]}", field="terms")
        )
        return ()
    return tuple(t.strip() for v in terms.values() for t in v)


def _parse_entry(
    item: Any, path: Path, category_ids: set[str], problems: list[Problem]
) -> Entry | None:
    file = _rel(path)
    if not isinstance(item, dict):
        problems.append(Problem(file, "an entry must be a mapping of fields"))
        return None
    eid = item.get("id")
    name = eid if isinstance(eid, str) else None
    before = len(problems)

    for key in REQUIRED:
        if key not in item or item[key] in (None, "", [], {}):
            problems.append(Problem(file, "missing required field", name, key))
    for key in item:
        if key not in REQUIRED and key not in OPTIONAL:
            problems.append(Problem(file, "unknown field", name, str(key)))
    if len(problems) > before:
        return None

    if not isinstance(eid, str) or not ID_RE.match(eid):
        problems.append(Problem(file, "id must be kebab-case (a-z, 0-9, '-')", name, "id"))
    elif path.stem != eid and path.stem not in category_ids:
        problems.append(Problem(file, f"id must match the file name '{path.stem}'", name, "id"))
    if item["audience"] not in AUDIENCES:
        problems.append(Problem(file, f"must be one of {', '.join(AUDIENCES)}", name, "audience"))
    if category_ids and item["category"] not in category_ids:
        problems.append(
            Problem(
                file,
                f"unknown category (known: {', '.join(sorted(category_ids))})",
                name,
                "category",
            )
        )
    priority = item.get("priority", "normal")
    if priority not in PRIORITIES:
        problems.append(Problem(file, f"must be one of {', '.join(PRIORITIES)}", name, "priority"))
    within_current = item.get("within_current", False)
    if not isinstance(within_current, bool):
        problems.append(Problem(file, "must be true or false", name, "within_current"))

    title = _text(item["title"], file, name, "title", problems)
    questions = _lines(item["questions"], file, name, "questions", problems)
    steps = _lines(item["steps"], file, name, "steps", problems)
    notes = _lines(item["notes"], file, name, "notes", problems) if "notes" in item else Lines()
    legal: list[Text] = []
    if "legal" in item:
        if not isinstance(item["legal"], list):
            problems.append(Problem(file, "must be a list of {zh, en}", name, "legal"))
        else:
            for i, law in enumerate(item["legal"]):
                text = _text(law, file, name, f"legal[{i}]", problems)
                if text:
                    legal.append(text)
    follow_ups = _strings(item["follow_ups"], file, name, "follow_ups", problems)
    sources = _strings(item["sources"], file, name, "sources", problems)
    keywords = _strings(
        item.get("keywords", []), file, name, "keywords", problems, allow_empty=True
    )
    triggers = _strings(
        item.get("triggers", []), file, name, "triggers", problems, allow_empty=True
    )
    summary = _text(item["summary"], file, name, "summary", problems) if "summary" in item else None
    details = _details(item.get("details", []), file, name, problems)
    if name and name in follow_ups:
        problems.append(Problem(file, "an entry cannot follow up to itself", name, "follow_ups"))
    broader = item.get("broader")
    if broader is not None and (not isinstance(broader, str) or not broader or broader == name):
        problems.append(Problem(file, "must be the id of another topic", name, "broader"))
        broader = None
    if len(problems) > before or title is None or questions is None or steps is None:
        return None
    return Entry(
        id=str(eid),
        audience=item["audience"],
        category=item["category"],
        priority=priority,
        within_current=within_current is True,
        title=title,
        questions=questions,
        steps=steps,
        notes=notes or Lines(),
        legal=tuple(legal),
        follow_ups=tuple(follow_ups),
        sources=tuple(sources),
        keywords=tuple(keywords),
        triggers=tuple(triggers),
        summary=summary,
        details=details,
        broader=broader,
        path=file,
    )


def _broader_cycles(entries: list[Entry]) -> list[Problem]:
    """A topic may not, through `broader`, end up narrowing itself."""
    parent = {e.id: e.broader for e in entries}
    problems = []
    for entry in entries:
        at, steps = entry.broader, 0
        while at is not None and at != entry.id and steps <= len(parent):
            at, steps = parent.get(at), steps + 1
        if at == entry.id:
            problems.append(
                Problem(entry.path, "broader topics go round in a circle", entry.id, "broader")
            )
    return problems


def _details(
    value: Any, file: str, entry: str | None, problems: list[Problem]
) -> tuple[Detail, ...]:
    """`details`: a list of {id, title: {zh, en}, questions: {zh: [...], en: [...]}, answer: {zh, en}}."""
    if not isinstance(value, list):
        problems.append(Problem(file, "must be a list of details", entry, "details"))
        return ()
    result: list[Detail] = []
    seen: set[str] = set()
    for i, item in enumerate(value):
        where = f"details[{i}]"
        if not isinstance(item, dict):
            problems.append(Problem(file, "must be a mapping", entry, where))
            continue
        missing = [k for k in DETAIL_FIELDS if k not in item]
        unknown = [str(k) for k in item if k not in (*DETAIL_FIELDS, *DETAIL_OPTIONAL)]
        if missing or unknown:
            what = "; ".join(
                ([f"missing {', '.join(missing)}"] if missing else [])
                + ([f"unknown {', '.join(unknown)}"] if unknown else [])
            )
            problems.append(Problem(file, what, entry, where))
            continue
        did = item["id"]
        if not isinstance(did, str) or not ID_RE.match(did):
            problems.append(Problem(file, "id must be kebab-case", entry, f"{where}.id"))
            continue
        if did in seen:
            problems.append(Problem(file, f"duplicate detail id '{did}'", entry, f"{where}.id"))
            continue
        seen.add(did)
        title = _text(item["title"], file, entry, f"{where}.title", problems)
        questions = _lines(item["questions"], file, entry, f"{where}.questions", problems)
        answer = _text(item["answer"], file, entry, f"{where}.answer", problems)
        about = item.get("about")
        if about is not None and (not isinstance(about, str) or not ID_RE.match(about)):
            problems.append(Problem(file, "about must be a topic id", entry, f"{where}.about"))
            continue
        if about is not None and about == entry:
            problems.append(
                Problem(file, "about names the detail's own topic", entry, f"{where}.about")
            )
            continue
        if title and questions and answer:
            result.append(Detail(did, title, questions, answer, about))
    return tuple(result)


def _text(
    value: Any, file: str, entry: str | None, fld: str, problems: list[Problem]
) -> Text | None:
    if not isinstance(value, dict):
        problems.append(Problem(file, "must be a mapping with 'zh' and 'en'", entry, fld))
        return None
    ok = True
    for lang in LANGS:
        if not isinstance(value.get(lang), str) or not value[lang].strip():
            problems.append(
                Problem(file, f"language '{lang}' is missing or empty", entry, f"{fld}.{lang}")
            )
            ok = False
    return Text(value["zh"].strip(), value["en"].strip()) if ok else None


def _lines(
    value: Any, file: str, entry: str | None, fld: str, problems: list[Problem]
) -> Lines | None:
    if not isinstance(value, dict):
        problems.append(Problem(file, "must be a mapping with 'zh' and 'en' lists", entry, fld))
        return None
    ok = True
    for lang in LANGS:
        items = value.get(lang)
        if not isinstance(items, list) or not items:
            problems.append(
                Problem(file, f"language '{lang}' is missing or empty", entry, f"{fld}.{lang}")
            )
            ok = False
            continue
        for i, line in enumerate(items):
            if not isinstance(line, str) or not line.strip():
                problems.append(
                    Problem(file, "must be a non-empty string", entry, f"{fld}.{lang}[{i}]")
                )
                ok = False
    if not ok:
        return None
    return Lines(tuple(s.strip() for s in value["zh"]), tuple(s.strip() for s in value["en"]))


def _strings(
    value: Any,
    file: str,
    entry: str | None,
    fld: str,
    problems: list[Problem],
    allow_empty: bool = False,
) -> list[str]:
    if not isinstance(value, list) or (not value and not allow_empty):
        problems.append(Problem(file, "must be a non-empty list of strings", entry, fld))
        return []
    bad = [i for i, v in enumerate(value) if not isinstance(v, (str, int)) or not str(v).strip()]
    if bad:
        problems.append(Problem(file, f"item {bad[0] + 1} must be a non-empty string", entry, fld))
        return []
    return [str(v).strip() for v in value]
