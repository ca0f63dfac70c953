"""`python -m bot chat --json` end to end through a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.console import json_line
from tests.conftest import FIXTURE_KB, ROOT

FIELDS = {"topic", "candidates", "reply", "reminder", "action"}


def run_bot(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """`python -m bot ARGS` in the repository, with `stdin` as its input."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def chat(
    lines: list[str | bytes], tmp_path: Path, *extra: str, kb: Path = FIXTURE_KB
) -> list[dict]:
    data = b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in lines)
    args = ["chat", "--json", "--kb", str(kb), "--db", str(tmp_path / "s.db")]
    proc = run_bot(*args, "--out", str(tmp_path / "out"), *extra, stdin=data)
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    return [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]


def test_one_object_per_line_in_order(tmp_path: Path) -> None:
    out = chat(
        ["催收要上门来我家怎么办", "/reset", "", "collectors came to my house", "你好"], tmp_path
    )
    assert len(out) == 5
    for obj in out:
        assert FIELDS <= obj.keys()
        assert obj["reminder"] is None
        assert isinstance(obj["reply"], str) and obj["reply"]
    assert out[0]["topic"] == "home-visit"
    assert out[0]["candidates"][0] == {
        "topic": "home-visit",
        "score": out[0]["candidates"][0]["score"],
    }
    assert len(out[0]["candidates"]) <= 3
    assert out[1]["topic"] is None and out[2]["topic"] is None
    assert out[3]["topic"] == "home-visit" and "110" in out[3]["reply"]
    assert out[4]["topic"] is None


def test_reset_clears_context_in_protocol(tmp_path: Path) -> None:
    with_context = chat(["催收要上门来我家怎么办", "那他们骂人呢"], tmp_path)
    assert with_context[1]["topic"] == "abusive-caller"
    assert "t:abusive-caller" in [b["payload"] for b in with_context[0]["buttons"]]


def test_binary_junk_and_huge_lines(tmp_path: Path) -> None:
    junk = b"\xed\xb3\xbf\x00\x07" + "垃".encode() * 100_000
    out = chat([junk, "😀", "\u202e", "催收 上门"], tmp_path)
    assert len(out) == 4
    assert out[3]["topic"] == "home-visit"


def test_invalid_utf8_bytes(tmp_path: Path) -> None:
    proc = run_bot(
        "chat",
        "--json",
        "--kb",
        str(FIXTURE_KB),
        "--db",
        str(tmp_path / "s.db"),
        stdin=b"\xff\xfe\xfa broken\n\xe5\x82\xac\xe6\x94\xb6\xe4\xb8\x8a\xe9\x97\xa8\n",
    )
    assert proc.returncode == 0
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2 and json.loads(lines[1])["topic"] == "home-visit"


def test_broken_knowledge_refuses_to_start(tmp_path: Path) -> None:
    import shutil

    kb = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, kb)
    (kb / "topics" / "home-visit.yaml").write_text("id: home-visit\nsteps: [", encoding="utf-8")
    proc = run_bot(
        "chat", "--json", "--kb", str(kb), "--db", str(tmp_path / "s.db"), stdin=b"hello\n"
    )
    assert proc.returncode == 3
    err = proc.stderr.decode()
    assert "home-visit.yaml" in err and "YAML syntax error" in err and "Traceback" not in err
    [line] = proc.stdout.decode("utf-8").splitlines()  # and one JSON line saying so
    obj = json.loads(line)
    assert obj["kind"] == "error" and obj["error"]["code"] == "knowledge"
    assert obj["error"]["exit"] == 3 and "home-visit.yaml" in obj["reply"]
    assert FIELDS <= obj.keys()


def test_every_fatal_error_is_one_json_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    cases = [
        (["--now", "yesterday"], 2, "usage", "ISO-8601"),
        (["--tz", "Mars/Base"], 2, "usage", "Mars/Base"),
        (["--no-such-option"], 2, "usage", "--no-such-option"),
        (["--kb", str(tmp_path / "missing")], 3, "knowledge", "not found"),
        (["--db", str(blocker / "s.db")], 4, "storage", "cannot open the state database"),
        (["--db", str(blocker)], 4, "storage", "file is not a database"),
    ]
    for extra, code, kind, words in cases:
        proc = run_bot("chat", "--json", "--kb", str(FIXTURE_KB), *extra, stdin=b"hello\n")
        assert proc.returncode == code, (extra, proc.stderr.decode())
        assert b"Traceback" not in proc.stderr
        lines = proc.stdout.decode("utf-8").splitlines()
        assert len(lines) == 1, (extra, lines)
        obj = json.loads(lines[0])
        assert obj["kind"] == "error" and obj["error"]["code"] == kind, extra
        assert words in obj["error"]["message"] and words in proc.stderr.decode(), extra
    assert blocker.read_text(encoding="utf-8") == "not a directory"  # nothing was overwritten


def test_line_separators_are_escaped() -> None:
    # U+2028/U+2029 are valid inside JSON strings but end a line in JavaScript and in many
    # line readers, which would split one object in two (a letter field can carry them).
    obj = {"reply": "第一行\u2028第二行\u2029完", "kind": "answer"}
    line = json_line(obj)
    assert "\u2028" not in line and "\u2029" not in line
    assert line.endswith("\n") and line.count("\n") == 1 and len(line.splitlines()) == 1
    assert json.loads(line) == obj
