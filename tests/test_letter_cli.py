"""`python -m bot letter`, `kb check` on letters, and letters through `chat --json`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_KB, ROOT, SHIPPED_KB

ID_NUMBER = "110101199003074514"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


@pytest.fixture
def kb_with_letters(tmp_path: Path) -> Path:
    """The fixture topics plus the shipped letters."""
    kb = tmp_path / "kb"
    shutil.copytree(FIXTURE_KB, kb)
    shutil.copytree(SHIPPED_KB / "letters", kb / "letters")
    return kb


def test_list() -> None:
    proc = run("letter", "--list", "--kb", str(SHIPPED_KB))
    assert proc.returncode == 0, proc.stderr
    assert (
        "negotiation-request" in proc.stdout
        and "creditor*, creditor_kind, amount*, monthly*, months*" in proc.stdout
    )
    assert proc.stdout.count("fields:") >= 5


def test_render_from_fields() -> None:
    proc = run(
        "letter",
        "negotiation-request",
        "--kb",
        str(SHIPPED_KB),
        "--lang",
        "en",
        "--now",
        "2026-11-22T10:00",
        "--field",
        "creditor=Example Bank",
        "--field",
        "amount=5万",
        "--field",
        "monthly=1,500",
        "--field",
        "months=36",
        "--field",
        f"id_last4={ID_NUMBER}",
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        "To: Example Bank" in proc.stdout
        and "CNY 50,000" in proc.stdout
        and "over 36 months" in proc.stdout
    )
    assert "ID number (last four characters): 4514" in proc.stdout and ID_NUMBER not in proc.stdout
    assert "Date: 22 November 2026" in proc.stdout
    assert "field 'id_last4'" in proc.stderr and "last four" in proc.stderr


def test_missing_and_bad_fields_are_named() -> None:
    proc = run(
        "letter",
        "negotiation-request",
        "--kb",
        str(SHIPPED_KB),
        "--field",
        "creditor=X",
        "--field",
        "amount=lots",
        "--field",
        "colour=blue",
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert "missing required field(s): monthly, months" in proc.stderr
    assert "field 'amount'" in proc.stderr and "unknown field 'colour'" in proc.stderr
    assert run("letter", "no-such", "--kb", str(SHIPPED_KB)).returncode == 2
    assert run("letter", "--kb", str(SHIPPED_KB)).returncode == 2
    bad = run("letter", "complaint", "--kb", str(SHIPPED_KB), "--field", "oops")
    assert bad.returncode == 2 and "NAME=VALUE" in bad.stderr


def test_kb_check_covers_letters(kb_with_letters: Path) -> None:
    ok = run("kb", "check", "--kb", str(kb_with_letters))
    assert ok.returncode == 0 and "letters: 10 (" in ok.stdout
    path = kb_with_letters / "letters" / "complaint.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("{evidence}", "{evidense}"), encoding="utf-8"
    )
    broken = run("kb", "check", "--kb", str(kb_with_letters))
    assert broken.returncode == 3
    assert "complaint.yaml" in broken.stderr and "letter 'complaint'" in broken.stderr
    assert "unknown placeholder '{evidense}'" in broken.stderr
    # A broken letter refuses to start the chat, as a broken topic does.
    chat = run(
        "chat",
        "--json",
        "--kb",
        str(kb_with_letters),
        "--db",
        str(kb_with_letters / "s.db"),
        stdin=b"hi\n",
    )
    assert chat.returncode == 3 and "evidense" in chat.stderr
    [line] = chat.stdout.splitlines()
    assert '"kind": "error"' in line and "evidense" in line  # --json: the error as a JSON line


def test_json_protocol_letter_and_deadline(kb_with_letters: Path, tmp_path: Path) -> None:
    lines = [
        "/letter debt-details-request zh",
        "某某消费金融公司",
        "很多",
        "36800",
        "跳过",
        "跳过",
        "跳过",
        ID_NUMBER,
        "跳过",
        "跳过",
        "今天收到法院传票和起诉状",
    ]
    proc = run(
        "chat",
        "--json",
        "--kb",
        str(kb_with_letters),
        "--db",
        str(tmp_path / "s.db"),
        "--out",
        str(tmp_path / "out"),
        "--now",
        "2026-11-22T10:00",
        stdin="".join(x + "\n" for x in lines).encode(),
    )
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    fields = [o["action"]["field"] for o in out[:10] if o["action"]["type"] == "letter-field"]
    assert fields == [
        "creditor",
        "amount_claimed",
        "amount_claimed",
        "claim_date",
        "name",
        "card_last4",
        "id_last4",
        "phone",
        "address",
    ]
    done = out[9]
    assert done["action"]["type"] == "letter" and done["action"]["id"] == "debt-details-request"
    assert ID_NUMBER not in proc.stdout
    (doc,) = done["documents"]
    saved = Path(doc["path"])
    assert (
        saved.parent == tmp_path / "out"
        and saved.read_text(encoding="utf-8") == done["action"]["text"]
    )
    assert "36,800 元" in saved.read_text(encoding="utf-8")
    assert out[10]["action"] == {
        "type": "deadline",
        "kind": "defence",
        "received": "2026-11-22",
        "due": "2026-12-07",
    }
