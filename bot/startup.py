"""How long a fresh process takes to give its first answer, against a bare `import telegram`.

`python -m bot chat --json` is started with one question on stdin and timed until its first
JSON line; `python -c "import telegram"` is timed the same way, alternately, on the same machine,
so the ratio holds across machines where the seconds do not (`bot bench` reports both).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTION = "催收要上门来我家怎么办\n".encode()


def first_json_line_s(kb_root: str | None, db: Path) -> float:
    command = [sys.executable, "-m", "bot", "chat", "--json", "--db", str(db)]
    if kb_root:
        command += ["--kb", kb_root]
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(QUESTION)
    proc.stdin.flush()
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait(60)
    if not line.startswith(b"{"):
        raise RuntimeError("chat --json gave no JSON line")
    return elapsed


def import_telegram_s() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import telegram"], check=True)
    return time.perf_counter() - start


def measure(kb_root: str | None = None, runs: int = 7) -> dict[str, float]:
    """Medians over `runs` alternating runs of each, and their ratio (target ≤ 2.5)."""
    answer, baseline = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(runs):
            answer.append(first_json_line_s(kb_root, Path(tmp) / f"s{n}.db"))
            baseline.append(import_telegram_s())
    first, bare = statistics.median(answer), statistics.median(baseline)
    return {
        "first_json_line_s": round(first, 3),
        "import_telegram_s": round(bare, 3),
        "ratio": round(first / bare, 2),
    }
