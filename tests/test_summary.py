"""`-f summary` is a short table for people; `-f summary-json` keeps the machine summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_scan import make_record, scan

INPUTS = ["examples/antara-article.txt", "examples/cc-by-article.html"]


def test_check_summary_is_a_short_table(run_cli) -> None:
    result = run_cli("check", *INPUTS, "-f", "summary")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) < 30  # a screenful, not 250 lines of pack hashes
    assert "documents 2: 0 pass, 2 fail, 0 undetermined; unreadable records 0" in lines
    header = next(line for line in lines if line.startswith("purpose"))
    assert header.split() == ["purpose", "deny", "undetermined", "conditional", "allow", "unknown"]
    crawl = next(line for line in lines if line.startswith("crawl "))
    assert crawl.split()[1:] == ["0", "0", "1", "0", "1"]
    top = lines[lines.index("top notices (documents they decide):") + 1 :]
    assert any(t.split()[:2] == ["1", "antara/ai-and-crawling-reserved"] for t in top)
    assert not any("sha256" in line for line in lines)


def test_summary_json_is_the_machine_summary(run_cli) -> None:
    data = json.loads(run_cli("check", *INPUTS, "-f", "summary-json").stdout)
    assert data["summary"]["documents"] == 2 and "documents" not in data
    assert data["summary"]["gate"] == {"pass": 0, "fail": 2, "undetermined": 0}


def test_streamed_scan_summary_equals_in_memory_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With json the documents stream to disk and notices are counted from those lines; with
    markdown they are in memory. Both summaries must be the same text."""
    data = tmp_path / "mixed.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(60)), "utf-8")
    common = [str(data), "-p", "ai-train", "-j", "1", "-q", "-f", "summary"]
    scan(monkeypatch, tmp_path, *common, "-f", "json", "--report-dir", "streamed")
    scan(monkeypatch, tmp_path, *common, "-f", "markdown", "--report-dir", "memory")
    streamed = next((tmp_path / "streamed").glob("scan-*.summary.txt")).read_text("utf-8")
    memory = next((tmp_path / "memory").glob("scan-*.summary.txt")).read_text("utf-8")
    assert streamed == memory
    # 15 ANTARA articles (i % 4 == 1) and 15 noai pages (i % 4 == 3) among 60 records;
    # record 59 is noai, none is corrupt below 99.
    assert "      15  antara/ai-and-crawling-reserved" in streamed
    assert "      15  signals-headers/noai" in streamed
