"""The Dockerfile's properties, read as Docker reads it (no Docker engine runs here).

These check what must hold whatever the layout: a base pinned by digest, dependencies from a
lock file with hashes, installed before the code, a runtime stage without pip or the source
tree, a non-root user, a health check that is a real CLI command, no secrets.
"""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from bot.cli import build_parser
from tests.conftest import ROOT

DOCKERFILE = ROOT / "Dockerfile"
DIGEST_RE = re.compile(r"@sha256:[0-9a-f]{64}$")
SECRET_WORDS = re.compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY", re.IGNORECASE)


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with comments dropped and backslash continuations joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


@dataclass
class Stage:
    base: str  # the image (global ARGs substituted) or an earlier stage's name
    name: str
    steps: list[tuple[str, str]] = field(default_factory=list)

    def args(self, word: str) -> list[str]:
        return [rest for w, rest in self.steps if w == word]

    def env(self) -> dict[str, str]:
        env: dict[str, str] = {}
        for rest in self.args("ENV"):
            for pair in shlex.split(rest):
                key, _, value = pair.partition("=")
                env[key] = value
        return env


def stages(text: str) -> tuple[dict[str, str], list[Stage]]:
    """Global ARG defaults, and the build stages in order."""
    global_args: dict[str, str] = {}
    found: list[Stage] = []
    for word, rest in instructions(text):
        if word == "FROM":
            parts = rest.split()
            image = re.sub(r"\$\{(\w+)\}", lambda m: global_args[m.group(1)], parts[0])
            name = parts[2] if len(parts) == 3 and parts[1].upper() == "AS" else str(len(found))
            found.append(Stage(image, name))
        elif not found and word == "ARG":
            key, _, value = rest.partition("=")
            global_args[key] = value
        elif found:
            found[-1].steps.append((word, rest))
    return global_args, found


@pytest.fixture(scope="module")
def parsed() -> tuple[dict[str, str], list[Stage]]:
    return stages(DOCKERFILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def runtime(parsed) -> Stage:
    return parsed[1][-1]


def test_every_external_base_is_pinned_by_digest(parsed) -> None:
    _, found = parsed
    names = {s.name for s in found}
    external = [s.base for s in found if s.base not in names]
    assert external
    for base in external:
        assert DIGEST_RE.search(base), f"{base} is not pinned by digest"
        image, _, tag = base.split("@")[0].partition(":")
        assert image == "python" and "slim" in tag
        major, minor = (int(x) for x in tag.split("-")[0].split(".")[:2])
        assert (major, minor) >= (3, 11)  # requires-python


def test_dependencies_come_from_the_lock_with_hashes_before_the_code(parsed) -> None:
    _, found = parsed
    runs = [(s, i, rest) for s in found for i, (w, rest) in enumerate(s.steps) if w == "RUN"]
    [(stage, index, install)] = [r for r in runs if "requirements.lock" in r[2]]
    assert "--require-hashes" in install and "--only-binary=:all:" in install
    # No step of that stage (or before it) copies the code: a code change keeps this layer.
    copied = " ".join(rest for w, rest in stage.steps[:index] if w in ("COPY", "ADD"))
    assert "bot" not in copied.split() and "knowledge" not in copied
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^([A-Za-z0-9_.-]+)==(\S+) \\$", lock, re.MULTILINE)
    blocks = re.split(r"^(?=[A-Za-z0-9_.-]+==)", lock, flags=re.MULTILINE)[1:]
    assert len(pins) == len(blocks) and all("--hash=sha256:" in b for b in blocks)
    # Every runtime dependency of pyproject.toml is locked at a version it accepts.
    locked = {re.sub(r"[-_.]+", "-", n).lower(): v for n, v in pins}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for spec in project["dependencies"]:
        req = Requirement(spec)
        name = re.sub(r"[-_.]+", "-", req.name).lower()
        assert name in locked, f"{name} missing from requirements.lock"
        assert req.specifier.contains(locked[name]), f"{name}=={locked[name]} vs {spec}"


def test_runtime_stage_has_no_pip_and_no_source(parsed, runtime: Stage) -> None:
    _, found = parsed
    assert len(found) >= 2 and runtime.base not in {s.name for s in found}  # a clean base
    runs = " ".join(runtime.args("RUN"))
    assert "pip install" not in runs and "pip wheel" not in runs
    assert "/usr/local/bin/pip" in runs and "site-packages/pip" in runs  # removed from the base
    for rest in runtime.args("COPY") + runtime.args("ADD"):
        assert rest.startswith("--from="), f"runtime copies from the build context: {rest}"
    copied_from = [rest.split()[0].removeprefix("--from=") for rest in runtime.args("COPY")]
    assert copied_from and all(name in {s.name for s in found} for name in copied_from)


def test_everything_copied_from_the_context_exists_and_is_not_ignored(parsed) -> None:
    _, found = parsed
    ignored = [p for p in (ROOT / ".dockerignore").read_text().split() if p]
    for stage in found:
        for rest in stage.args("COPY"):
            if rest.startswith("--from="):
                continue
            *sources, _ = rest.split()
            for source in sources:
                assert (ROOT / source).exists(), source
                assert not any(fnmatch.fnmatch(source, pattern) for pattern in ignored), source


def test_runs_as_a_non_root_user(runtime: Stage) -> None:
    users = runtime.args("USER")
    assert users and users[-1] not in ("root", "0")
    order = [word for word, _ in runtime.steps]
    assert order.index("USER") < order.index("CMD")
    [useradd] = [run for run in runtime.args("RUN") if "useradd" in run]
    assert users[-1] in useradd and "--uid 10001" in useradd  # README: chown 10001


def test_database_is_on_a_volume_the_user_owns(runtime: Stage) -> None:
    [volume] = runtime.args("VOLUME")
    [path] = json.loads(volume)
    db = Path(runtime.env()["HELPBOT_DB"])
    assert db.parent == Path(path)
    assert any(f"chown helpbot:helpbot {path}" in run for run in runtime.args("RUN"))


def test_logs_at_info_by_default(runtime: Stage) -> None:
    assert runtime.env()["LOG_LEVEL"] == "INFO"


def test_command_and_healthcheck_are_real_cli_commands(runtime: Stage) -> None:
    [cmd] = runtime.args("CMD")
    assert json.loads(cmd) == ["python", "-m", "bot", "run"]
    [health] = runtime.args("HEALTHCHECK")
    options, _, command = health.partition("CMD ")
    assert "--interval=" in options and "--timeout=" in options
    argv = json.loads(command)
    assert argv[:3] == ["python", "-m", "bot"]
    parsed = build_parser().parse_args(argv[3:])  # raises if the subcommand did not exist
    assert parsed.func.__name__ == "cmd_health"


def test_no_secrets_in_the_image(parsed) -> None:
    global_args, found = parsed
    for stage in found:
        for key, value in stage.env().items():
            assert not SECRET_WORDS.search(key) or not value, f"ENV {key} has a value"
        for rest in stage.args("ARG"):
            assert not SECRET_WORDS.search(rest), f"ARG {rest}: secrets are not build arguments"
    assert not any(SECRET_WORDS.search(k) for k in global_args)
    ignored = (ROOT / ".dockerignore").read_text().split()
    for pattern in (".env", "*.db", ".git"):
        assert pattern in ignored, f".dockerignore must exclude {pattern}"


def test_license_file_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"  # an SPDX expression
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
