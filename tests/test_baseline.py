"""Baselines: accepted findings stop failing the gate; new and expired ones still do."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_scan import make_record, scan


def _write(path: Path, indexes: list[int]) -> Path:
    path.write_text("".join(make_record(i) + "\n" for i in indexes), "utf-8")
    return path


def test_baseline_accepts_known_findings_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _write(tmp_path / "d.jsonl", [0, 3, 7])  # clean, noai page 3, noai page 7
    result = scan(
        monkeypatch,
        tmp_path,
        str(data),
        "-p",
        "ai-train",
        "-j",
        "1",
        "-q",
        "-f",
        "json",
        "-o",
        "first.json",
    )
    assert result.exit_code == 1

    from click.testing import CliRunner

    from compliance.cli import main

    created = CliRunner().invoke(
        main,
        [
            "baseline",
            "create",
            "first.json",
            "-o",
            "baseline.json",
            "--reason",
            "licensed feed",
            "--owner",
            "data-team",
            "--expires",
            "2027-06-30",
        ],
        catch_exceptions=False,
    )
    assert created.exit_code == 0, created.output
    baseline = json.loads((tmp_path / "baseline.json").read_text())
    assert baseline["format_version"] == 1
    assert {e["rule_id"] for e in baseline["entries"]} == {"signals-headers/noai"}
    assert all(
        e["owner"] == "data-team" and e["expires"] == "2027-06-30" for e in baseline["entries"]
    )

    # Same data with the baseline: the gate passes.
    result = scan(
        monkeypatch,
        tmp_path,
        str(data),
        "-p",
        "ai-train",
        "-j",
        "1",
        "--baseline",
        "baseline.json",
        "-f",
        "json",
        "-o",
        "second.json",
    )
    assert result.exit_code == 0, result.output
    assert "accepted finding(s) applied" in result.output
    report = json.loads((tmp_path / "second.json").read_text())
    # Verdicts are not rewritten (audit record); only the gate moved.
    assert {d["id"]: d["verdicts"]["ai-train"]["verdict"] for d in report["documents"]}[
        "r00003"
    ] == "deny"

    # A new finding (an ANTARA footer) still fails.
    more = _write(tmp_path / "more.jsonl", [0, 3, 7, 1])
    result = scan(
        monkeypatch,
        tmp_path,
        str(more),
        "-p",
        "ai-train",
        "-j",
        "1",
        "-q",
        "--baseline",
        "baseline.json",
        "-o",
        "-",
        "-f",
        "summary-json",
    )
    assert result.exit_code == 1
    assert json.loads(result.stdout)["summary"]["gate"] == {"pass": 3, "fail": 1, "undetermined": 0}


def test_expired_entries_stop_counting_and_are_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _write(tmp_path / "d.jsonl", [3])
    scan(monkeypatch, tmp_path, str(data), "-p", "ai-train", "-j", "1", "-q", "-o", "r.json")
    report = json.loads((tmp_path / "r.json").read_text())
    fingerprint = report["documents"][0]["findings"][0]["fingerprint"]
    (tmp_path / "old.json").write_text(
        json.dumps(
            {
                "format_version": 1,
                "entries": [
                    {
                        "fingerprint": fingerprint,
                        "rule_id": "signals-headers/noai",
                        "reason": "trial",
                        "owner": "alice",
                        "expires": "2026-01-31",
                    }
                ],
            }
        ),
        "utf-8",
    )
    result = scan(
        monkeypatch,
        tmp_path,
        str(data),
        "-p",
        "ai-train",
        "-j",
        "1",
        "--baseline",
        "old.json",
        "-o",
        "-",
        "-f",
        "summary-json",
    )
    assert result.exit_code == 1  # the clock is 2027-01-01: the entry has expired
    assert (
        f"expired 2026-01-31: {fingerprint} signals-headers/noai owner=alice (still found)"
        in result.output
    )


def test_invalid_baseline_exits_2_with_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _write(tmp_path / "d.jsonl", [0])
    (tmp_path / "b.json").write_text('{"format_version": 1,\n "entries": [\n', "utf-8")
    result = scan(monkeypatch, tmp_path, str(data), "--baseline", "b.json")
    assert result.exit_code == 2 and "b.json:3:" in result.output
    (tmp_path / "b.json").write_text(
        '{"format_version": 1, "entries": [{"fingerprint": "x", "expires": "soon"}]}'
    )
    result = scan(monkeypatch, tmp_path, str(data), "--baseline", "b.json")
    assert result.exit_code == 2 and "'expires' must be an ISO date" in result.output


def _baseline_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: Path) -> None:
    from click.testing import CliRunner

    from compliance.cli import main

    scan(monkeypatch, tmp_path, str(data), "-p", "ai-train", "-j", "1", "-q", "-o", "first.json")
    created = CliRunner().invoke(
        main,
        [
            "baseline",
            "create",
            "first.json",
            "-o",
            "baseline.json",
            "--reason",
            "licensed feed",
            "--owner",
            "data-team",
        ],
        catch_exceptions=False,
    )
    assert created.exit_code == 0, created.output


def test_text_and_summary_mark_accepted_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _write(tmp_path / "d.jsonl", [0, 3])  # clean, noai page 3
    _baseline_for(tmp_path, monkeypatch, data)
    more = _write(tmp_path / "more.jsonl", [0, 3, 1])  # + an ANTARA footer, not accepted
    text = scan(
        monkeypatch, tmp_path, str(more), "-p", "ai-train", "-j", "1", "-q",
        "--baseline", "baseline.json", "-f", "text", "-o", "-",
    )  # fmt: skip
    assert text.exit_code == 1
    blocks = text.stdout.split(f"{more}:")
    page3 = next(b for b in blocks if b.startswith("2: PASS"))
    assert "ai-train  deny  [accepted by baseline: licensed feed]" in page3
    assert "(accepted by baseline: licensed feed)" in page3  # on its evidence line
    antara = next(b for b in blocks if b.startswith("3: FAIL"))
    assert "accepted by baseline" not in antara
    summary = scan(
        monkeypatch, tmp_path, str(more), "-p", "ai-train", "-j", "1", "-q",
        "--baseline", "baseline.json", "-f", "summary", "-o", "-",
    )  # fmt: skip
    assert "documents 3: 2 pass, 1 fail, 0 undetermined" in summary.stdout
    assert "findings accepted in 1 document(s)" in summary.stdout


def test_report_render_with_baseline_marks_markdown_and_sarif(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from compliance.cli import main

    data = _write(tmp_path / "d.jsonl", [3, 7])
    _baseline_for(tmp_path, monkeypatch, data)
    runner = CliRunner()
    md = runner.invoke(
        main, ["report", "render", "first.json", "-f", "markdown", "--baseline", "baseline.json"]
    )
    assert md.exit_code == 0, md.output
    assert md.stdout.count("*accepted by baseline: licensed feed*") == 2
    sarif = runner.invoke(
        main, ["report", "render", "first.json", "-f", "sarif", "--baseline", "baseline.json"]
    )
    states = [r["baselineState"] for r in json.loads(sarif.stdout)["runs"][0]["results"]]
    assert states and set(states) == {"unchanged"}


def test_show_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    """Issue 12 item 24: `baseline show F | head` is not an internal error.

    The listing is far larger than a pipe buffer, so the writer meets the closed pipe.
    """
    import subprocess
    import sys

    entries = [
        {"fingerprint": f"{i:064x}", "rule_id": "antara/ai", "document": f"d{i}", "owner": "t"}
        for i in range(5000)
    ]
    baseline = tmp_path / "b.json"
    baseline.write_text(json.dumps({"format_version": 1, "entries": entries}), "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "compliance", "baseline", "show", str(baseline)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, stderr
    assert first.startswith(b"active")
    assert "internal error" not in stderr and "Traceback" not in stderr
