"""The Dockerfile, read as Docker reads it (no Docker engine runs here)."""

from __future__ import annotations

import fnmatch
import json
import shlex
from pathlib import Path

import pytest

from bot.cli import build_parser
from tests.conftest import ROOT

DOCKERFILE = ROOT / "Dockerfile"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with comments dropped and backslash continuations joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line, pending = pending + line, ""
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


@pytest.fixture(scope="module")
def steps() -> list[tuple[str, str]]:
    return instructions(DOCKERFILE.read_text(encoding="utf-8"))


def args_of(steps: list[tuple[str, str]], name: str) -> list[str]:
    return [rest for word, rest in steps if word == name]


def env_of(steps: list[tuple[str, str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for rest in args_of(steps, "ENV"):
        for pair in shlex.split(rest):
            key, _, value = pair.partition("=")
            env[key] = value
    return env


def test_slim_python_base(steps) -> None:
    [base] = args_of(steps, "FROM")
    image, _, tag = base.partition(":")
    assert image == "python" and tag.endswith("-slim")
    assert tuple(int(x) for x in tag.split("-")[0].split(".")[:2]) >= (3, 11)  # requires-python


def test_installs_the_package_and_ships_the_knowledge(steps) -> None:
    assert any("pip install ." in run for run in args_of(steps, "RUN"))
    copies = [c.split() for c in args_of(steps, "COPY")]
    assert ["knowledge", "./knowledge"] in copies
    env = env_of(steps)
    workdir = args_of(steps, "WORKDIR")[-1]
    assert env["HELPBOT_KNOWLEDGE"] == f"{workdir}/knowledge"
    ignored = [p for p in (ROOT / ".dockerignore").read_text().split() if p]
    for *sources, _ in copies:  # everything copied exists and is not excluded from the context
        for source in sources:
            assert (ROOT / source).exists(), source
            assert not any(fnmatch.fnmatch(source, pattern) for pattern in ignored), source


def test_runs_as_a_non_root_user(steps) -> None:
    users = args_of(steps, "USER")
    assert users and users[-1] not in ("root", "0")
    order = [word for word, _ in steps]
    assert order.index("USER") < order.index("CMD")
    assert any("useradd" in run and users[-1] in run for run in args_of(steps, "RUN"))


def test_database_is_on_a_volume_the_user_owns(steps) -> None:
    [volume] = args_of(steps, "VOLUME")
    [path] = json.loads(volume)
    db = Path(env_of(steps)["HELPBOT_DB"])
    assert db.parent == Path(path)
    assert any(f"chown helpbot:helpbot {path}" in run for run in args_of(steps, "RUN"))


def test_command_and_healthcheck_are_real_cli_commands(steps) -> None:
    [cmd] = args_of(steps, "CMD")
    assert json.loads(cmd) == ["python", "-m", "bot", "run"]
    [health] = args_of(steps, "HEALTHCHECK")
    options, _, command = health.partition("CMD ")
    assert "--interval=" in options and "--timeout=" in options
    argv = json.loads(command)
    assert argv[:3] == ["python", "-m", "bot"]
    parsed = build_parser().parse_args(
        argv[3:]
    )  # exits (SystemExit) if the subcommand did not exist
    assert parsed.func.__name__ == "cmd_health"
