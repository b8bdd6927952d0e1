"""The same option means the same thing in every command: `-o -` is stdout, a folder is
walked by `scan` as by `check`, and long checks show progress only on a terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_scan import ANTARA_FOOTER, make_record, scan

from compliance.cli import main


def test_check_dash_output_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Berita.\n\n{ANTARA_FOOTER}\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "a.txt", "-f", "json", "-o", "-", "-q"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["documents"] == 1
    assert not (tmp_path / "-").exists()


def test_baseline_create_dash_output_is_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d.jsonl"
    data.write_text(make_record(1) + "\n", "utf-8")
    scan(monkeypatch, tmp_path, str(data), "-p", "ai-train", "-j", "1", "-q", "-o", "r.json")
    created = CliRunner().invoke(
        main, ["baseline", "create", "r.json", "--reason", "r", "--owner", "o", "-o", "-"]
    )
    assert created.exit_code == 0, created.output
    assert len(json.loads(created.stdout)["entries"]) == 1
    assert not (tmp_path / "-").exists()


def test_scan_walks_a_folder_like_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "data"
    (root / "2026" / "12").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "a.jsonl").write_text(make_record(1) + "\n" + make_record(2) + "\n", "utf-8")
    (root / "2026" / "12" / "b.jsonl").write_text(make_record(3) + "\n", "utf-8")
    (root / ".cache" / "old.jsonl").write_text(make_record(5) + "\n", "utf-8")  # hidden
    (root / "README.txt").write_text("not a dataset\n", "utf-8")
    result = scan(
        monkeypatch, tmp_path, "data", "-p", "ai-train", "-j", "1", "-q",
        "--report-dir", "data/reports", "-o", "-",
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    sources = [d["source"] for d in json.loads(result.stdout)["documents"]]
    assert sources == ["data/2026/12/b.jsonl:1", "data/a.jsonl:1", "data/a.jsonl:2"]
    # A second run does not scan the first run's reports inside the folder.
    again = scan(monkeypatch, tmp_path, "data", "-p", "ai-train", "-j", "1", "-q",
                 "--report-dir", "data/reports")  # fmt: skip
    assert again.exit_code == 1 and list((root / "reports").glob("scan-*.json"))
    rerun = scan(monkeypatch, tmp_path, "data", "-p", "ai-train", "-j", "1", "-q", "-o", "-",
                 "--report-dir", "data/reports")  # fmt: skip
    assert len(json.loads(rerun.stdout)["documents"]) == 3


def test_scan_of_a_folder_without_datasets_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("hello\n", "utf-8")
    result = scan(monkeypatch, tmp_path, "docs", "-q")
    assert result.exit_code == 2
    assert "docs: no dataset files in this folder" in result.output
    assert "Traceback" not in result.output


def _check_on(tmp_path: Path, terminal: bool) -> str:
    """Run `compliance check` on 25 files with stderr on a pseudo-terminal or a pipe."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for i in range(25):
        (folder / f"{i:02d}.txt").write_text(f"Artikel {i}.\n", "utf-8")
    command = [sys.executable, "-m", "compliance", "check", str(folder), "-p", "ai-train"]
    if not terminal:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
        return done.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=follower) as proc:
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert proc.wait(timeout=300) == 0
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_long_check_shows_progress_on_a_terminal_only(tmp_path: Path) -> None:
    on_terminal = _check_on(tmp_path, terminal=True)
    assert "checking: " in on_terminal and "documents" in on_terminal
    assert "compliance: 25 document(s)" in on_terminal
    piped = _check_on(tmp_path, terminal=False)
    assert "checking:" not in piped and "\r" not in piped
    assert "compliance: 25 document(s)" in piped
