"""`compliance report render` and `compliance report diff` on saved JSON and JSONL reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_scan import ANTARA_FOOTER, make_record, scan

from compliance.cli import main


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("rep")
    old = root / "old.jsonl"
    old.write_text("".join(make_record(i) + "\n" for i in range(8)), "utf-8")
    # The same records later: r00000 gained an ANTARA footer, r00003 lost its noai meta.
    new = root / "new.jsonl"
    changed = [json.loads(make_record(i)) for i in range(8)]
    changed[0]["text"] += f"\n\nPewarta: Budi\n{ANTARA_FOOTER}"
    changed[3] = {"id": "r00003", "html": "<html><body><p>Page 3</p></body></html>"}
    new.write_text("".join(json.dumps(r) + "\n" for r in changed), "utf-8")
    monkeypatch = pytest.MonkeyPatch()
    try:
        for name, data in (("old", old), ("new", new)):
            result = scan(
                monkeypatch,
                root,
                str(data),
                "-p",
                "ai-train",
                "-j",
                "1",
                "-q",
                "-f",
                "json",
                "-f",
                "jsonl",
                "--report-dir",
                name,
            )
            assert result.exit_code == 1
    finally:
        monkeypatch.undo()
    out = {}
    for name in ("old", "new"):
        for path in (root / name).iterdir():
            out[f"{name}.{path.name.split('.', 1)[1]}"] = path
    return out


def _invoke(*args: str):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["html", "markdown", "sarif", "junit"])
@pytest.mark.parametrize("source", ["old.json", "old.jsonl"])
def test_render_saved_report(saved: dict[str, Path], fmt: str, source: str) -> None:
    result = _invoke("report", "render", str(saved[source]), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "antara/ai-and-crawling-reserved" in result.stdout


def test_render_json_roundtrip_is_identical(saved: dict[str, Path]) -> None:
    result = _invoke("report", "render", str(saved["old.json"]), "--format", "json")
    assert json.loads(result.stdout) == json.loads(saved["old.json"].read_text())


def test_diff_lists_changes_by_effect(saved: dict[str, Path]) -> None:
    result = _invoke(
        "report", "diff", str(saved["old.json"]), str(saved["new.jsonl"]), "-f", "json"
    )
    assert result.exit_code == 0
    changes = json.loads(result.stdout)
    assert [c["document"] for c in changes["more_restrictive"]] == ["r00000"]
    assert changes["more_restrictive"][0]["old"] == "unknown"
    assert changes["more_restrictive"][0]["new"].startswith("conditional")
    assert [(c["document"], c["old"], c["new"]) for c in changes["less_restrictive"]] == [
        ("r00003", "deny", "unknown")
    ]
    text = _invoke("report", "diff", str(saved["old.json"]), str(saved["new.json"]), "--exit-code")
    assert text.exit_code == 1  # consent narrowed for r00000
    assert "r00000  ai-train: unknown -> conditional" in text.stdout


def test_not_a_report_is_a_clean_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"documents": [{"nope": 1}],\n "x": 1}', "utf-8")
    result = _invoke("report", "render", str(bad))
    assert result.exit_code == 2
    assert "bad.json: not a compliance report" in result.output and "Traceback" not in result.output


def _report(tmp_path: Path, name: str, indexes: list[int]) -> Path:
    data = tmp_path / f"{name}.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in indexes), "utf-8")
    monkeypatch = pytest.MonkeyPatch()
    try:
        scan(
            monkeypatch,
            tmp_path,
            str(data),
            "-p",
            "ai-train",
            "-j",
            "1",
            "-q",
            "-o",
            f"{name}.json",
        )
    finally:
        monkeypatch.undo()
    return tmp_path / f"{name}.json"


def test_diff_exit_code_fails_on_added_failing_documents(tmp_path: Path) -> None:
    old = _report(tmp_path, "old", [0, 2])
    grown = _report(tmp_path, "grown", [0, 2, 4, 1])  # + clean r00004, + ANTARA r00001
    clean = _report(tmp_path, "clean", [0, 2, 4])  # + clean r00004 only
    result = _invoke("report", "diff", str(old), str(grown), "--exit-code")
    assert result.exit_code == 1, result.output  # no verdict narrowed, but r00001 fails
    assert "Documents added: 2 (1 failing the gate)" in result.stdout
    assert "  r00001  FAIL  ai-train: conditional (written-permission)" in result.stdout
    assert "  r00004  PASS  ai-train: unknown" in result.stdout
    data = json.loads(_invoke("report", "diff", str(old), str(grown), "-f", "json").stdout)
    assert data["added"][0] == {
        "document": "r00001",
        "gate": "fail",
        "verdicts": {"ai-train": "conditional (written-permission)"},
    }
    assert _invoke("report", "diff", str(old), str(clean), "--exit-code").exit_code == 0


def test_render_dash_output_is_stdout(saved: dict[str, Path], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = _invoke("report", "render", str(saved["old.json"]), "-f", "summary", "-o", "-")
    assert result.exit_code == 0 and result.stdout.startswith("compliance summary")
    assert not (tmp_path / "-").exists()
