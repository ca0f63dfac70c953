"""`chat --json` end to end: evidence and scam-check actions, exports saved as files under --out."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.test_console_json import chat


def test_log_export_and_scam_check_over_the_protocol(tmp_path: Path) -> None:
    out = chat(
        [
            "记一下：昨晚11点20催收打电话骂我，还打给了我妈",
            "log: this morning at 7 two men came to my house",
            "导出",
            "收到短信说我已被法院立案，让我点链接处理",
            "/evidence",
        ],
        tmp_path,
        "--now",
        "2026-11-22T10:00:00+08:00",
    )
    assert out[0]["action"] == {
        "type": "evidence",
        "at": "2026-11-21T23:20:00+08:00",
        "kind": "call",
        "tags": ["night", "insult"],
        "entries": [
            {"seq": 1, "kind": "call", "count": 1, "tags": ["night", "insult"]},
            {"seq": 2, "kind": "third-party", "count": 1, "tags": ["night", "third-party"]},
        ],
    }
    assert out[0]["documents"] == [] and out[0]["reminder"] is None
    assert out[1]["action"]["kind"] == "visit" and out[1]["action"]["tags"] == ["night"]
    assert {b["payload"] for b in out[0]["buttons"]} >= {"evidence:fix:1", "evidence:del:1"}

    docs = out[2]["documents"]
    assert [Path(d["filename"]).suffix for d in docs] == [".txt", ".csv"]
    for d in docs:
        path = Path(d["path"])
        assert path.parent == tmp_path / "out" and path.is_file()
    report = Path(docs[0]["path"]).read_text(encoding="utf-8")
    assert (
        "保留原始证据" in report
        and "昨晚11点20催收打电话骂我" in report
        and "［联系第三方］" in report
    )
    table = Path(docs[1]["path"]).read_text(encoding="utf-8-sig")
    rows = [r for r in csv.reader(io.StringIO(table)) if r and not r[0].startswith("#")]
    assert len(rows) == 4  # header + 3 entries (the first message told of two kinds)

    assert out[3]["action"] == {"type": "scam-check", "flags": ["unofficial-link", "court-channel"]}
    assert "共 3 条" in out[4]["reply"]


def test_the_log_survives_a_restart(tmp_path: Path) -> None:
    chat(["记一下：昨晚11点打电话骂我"], tmp_path, "--now", "2026-11-22T10:00:00+08:00")
    out = chat(["/evidence"], tmp_path, "--now", "2026-11-23T10:00:00+08:00")
    assert "共 1 条" in out[0]["reply"] and "23:00" in out[0]["reply"]
