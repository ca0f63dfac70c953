"""The real bot process for end-to-end tests: `python -m bot -v run` against the fake Bot API.

Started with a clean environment (no proxies, no TELEGRAM_/WEBHOOK_/HELPBOT_ variables of the
machine), a temporary database and the fixture knowledge base; output goes to a log file.
Whoever starts one stops it (`stop`, or `kill` for a crash), also when a test fails.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURE_KB, ROOT
from tests.fake_telegram import TOKEN

QUICK = {
    "TELEGRAM_POLL_TIMEOUT": "1",  # short long-polls keep shutdown and fault recovery quick
    "TELEGRAM_HTTP_TIMEOUT": "2",
    "HEARTBEAT_SECONDS": "0.3",
    "OUTBOX_SWEEP_SECONDS": "1",
}


class BotProcess:
    """`python -m bot -v run` with a clean environment; output goes to a log file."""

    def __init__(self, tmp: Path, base_url: str, token: str = TOKEN, **env: str):
        self.tmp = tmp
        self.db = tmp / "state.db"
        self.log_path = tmp / "bot.log"
        base = {
            k: v
            for k, v in os.environ.items()
            if "proxy" not in k.lower() and not k.startswith(("TELEGRAM_", "WEBHOOK_", "HELPBOT_"))
        }
        self.env = {
            **base,
            **QUICK,
            "TELEGRAM_BOT_TOKEN": token,
            "TELEGRAM_BASE_URL": base_url,
            "HELPBOT_DB": str(self.db),
            "HELPBOT_KNOWLEDGE": str(FIXTURE_KB),
            "NO_PROXY": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> BotProcess:
        """Start (again): a restart on the same database appends to the same log."""
        self.log = open(self.log_path, "ab")  # noqa: SIM115 - closed by stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "-v", "run"],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        return self

    def kill(self) -> None:
        """SIGKILL: the process dies at once, as in a crash or an OOM kill."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
        return self.proc.returncode

    def logs(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def health(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "health"],
            check=False,
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def buttons(message: dict) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b.get("callback_data") or b.get("url") for row in rows for b in row]
