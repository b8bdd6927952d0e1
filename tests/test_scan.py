"""Acceptance of `compliance scan` (issue 5): 10,000 generated records, split, gate, --jobs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

ANTARA_FOOTER = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)
CLOCK = "1798761600"  # 2027-01-01T00:00:00Z


def make_record(i: int) -> str:
    """Record i of the deterministic mix: 1 % corrupt, then clean / ANTARA / CC / noai HTML."""
    if i % 100 == 99:
        return f'{{"id": "r{i:05d}", "text": "broken record'  # unterminated string
    kind = i % 4
    rec: dict[str, str] = {"id": f"r{i:05d}", "url": f"https://news{i % 7}.example/{i}"}
    if kind == 0:
        rec["text"] = (
            f"Artikel {i}: harga beras di pasar induk naik tipis.\nPedagang berharap pasokan membaik."
        )
    elif kind == 1:
        rec["url"] = f"https://www.antaranews.com/berita/{i}"
        rec["text"] = (
            f"Berita {i}: pemerintah mengumumkan kebijakan baru.\n\nPewarta: Budi\nEditor: Sari\n{ANTARA_FOOTER}"
        )
    elif kind == 2:
        rec["text"] = (
            f"Essay {i} on open data.\n\nThis work is licensed under a Creative Commons Attribution 4.0 International License."
        )
    else:
        rec["html"] = (
            f'<html><head><meta name="robots" content="noai"></head><body><p>Page {i}</p></body></html>'
        )
    return json.dumps(rec)


def make_dataset(path: Path, count: int) -> Path:
    path.write_text("".join(make_record(i) + "\n" for i in range(count)), "utf-8")
    return path


def scan(monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str):
    from compliance.cli import main

    monkeypatch.chdir(cwd)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", CLOCK)
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dataset(tmp_path_factory.mktemp("big") / "mixed.jsonl", 10_000)


def _count_lines(path: Path) -> int:
    return sum(1 for _ in path.open("rb"))


def test_10k_records_scan_to_10k_entries_and_split_adds_up(
    big: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = scan(
        monkeypatch,
        tmp_path,
        str(big),
        "--purpose",
        "ai-train",
        "--jobs",
        "2",
        "--split",
        "out",
        "--report-dir",
        "reports",
        "-f",
        "json",
    )
    # ANTARA footers and noai pages fail the gate, so the exit code is 1 (DESIGN §6).
    assert result.exit_code == 1, result.output
    report = json.loads(next((tmp_path / "reports").glob("scan-*.json")).read_text())
    assert len(report["documents"]) + len(report["errors"]) == 10_000
    assert len(report["errors"]) == 100
    assert report["errors"][0] == {
        "source": str(big),
        "line": 100,
        "offset": None,
        "message": report["errors"][0]["message"],
    }
    assert report["errors"][0]["message"].startswith("malformed JSON")
    assert f"{big}:100: error: malformed JSON" in result.output  # file:line on stderr
    docs = {d["id"]: d for d in report["documents"]}
    # Which rule decided which record, not only how many.
    assert docs["r00001"]["verdicts"]["ai-train"]["verdict"] == "conditional"
    assert "antara/ai-and-crawling-reserved" in {f["rule_id"] for f in docs["r00001"]["findings"]}
    assert docs["r00003"]["verdicts"]["ai-train"]["verdict"] == "deny"
    assert "signals-headers/noai" in {f["rule_id"] for f in docs["r00003"]["findings"]}
    assert docs["r00000"]["gate"] == "pass" and docs["r00002"]["gate"] == "pass"

    out = tmp_path / "out"
    allowed, rejected = _count_lines(out / "allowed.jsonl"), _count_lines(out / "rejected.jsonl")
    errors = _count_lines(out / "errors.jsonl")
    assert allowed + rejected + errors == 10_000
    assert errors == 100
    assert rejected == _count_lines(out / "rejected.verdicts.jsonl")
    assert rejected == report["summary"]["gate"]["fail"]
    counts = json.loads((out / "counts.json").read_text())
    assert counts["records_read"] == 10_000
    # Records are written unchanged: every output line is an input line.
    source_lines = set(big.read_bytes().splitlines())
    first_allowed = (out / "allowed.jsonl").read_bytes().splitlines()[0]
    assert first_allowed in source_lines
    first_error = json.loads((out / "errors.jsonl").read_text().splitlines()[0])
    assert first_error["file"] == str(big) and first_error["line"] == 100
    import base64

    assert base64.b64decode(first_error["raw_base64"]).rstrip(b"\n") in source_lines

    # --jobs 1 in-process gives the identical report (run metadata aside), while --jobs 2
    # above read the file as several byte ranges on two processes.
    from compliance.engine import CheckerSpec
    from compliance.scan import run_scan
    from compliance.sources.datasets import plan_shards

    assert len(plan_shards([str(big)], 2)) > 1

    spec = CheckerSpec(purposes="ai-train", clock=None)
    checker = spec.build()
    serial = run_scan(
        [str(big)], CheckerSpec(purposes="ai-train", clock=checker.clock), jobs=1, checker=checker
    )
    serial_report = json.loads(checker.report(serial.results, serial.errors).model_dump_json())
    for key in ("documents", "errors", "summary", "exit_code"):
        assert serial_report[key] == report[key], key


def test_exit_code_follows_gate_clean_data_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "clean.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in (0, 4, 8, 2)), "utf-8")
    result = scan(
        monkeypatch,
        tmp_path,
        str(data),
        "-p",
        "ai-train",
        "-j",
        "1",
        "-o",
        "-",
        "-f",
        "summary-json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["documents"] == 4


def test_corrupt_records_alone_are_undetermined_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "some-bad.jsonl"
    data.write_text(make_record(0) + "\n" + make_record(99) + "\n", "utf-8")
    result = scan(monkeypatch, tmp_path, str(data), "-p", "ai-train", "-j", "1", "-q")
    assert result.exit_code == 3  # errors fail closed
    result = scan(
        monkeypatch, tmp_path, str(data), "-p", "ai-train", "-j", "1", "-q", "--allow-undetermined"
    )
    assert result.exit_code == 0


def test_usage_errors_exit_2_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = scan(monkeypatch, tmp_path, "missing.jsonl")
    assert result.exit_code == 2 and "missing.jsonl: no such file" in result.output
    odd = tmp_path / "data.xlsx"
    odd.write_bytes(b"x")
    result = scan(monkeypatch, tmp_path, str(odd))
    assert result.exit_code == 2 and "unsupported dataset type" in result.output
    assert "Traceback" not in result.output


def test_streamed_json_report_equals_the_in_memory_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """json alone streams from a spool on disk (bounded memory); with markdown beside it the
    run is held in memory. Both must write the same JSON, byte for byte."""
    data = make_dataset(tmp_path / "d.jsonl", 300)
    streamed = tmp_path / "streamed"
    held = tmp_path / "held"
    scan(monkeypatch, tmp_path, str(data), "-f", "json", "--report-dir", str(streamed), "-q")
    scan(
        monkeypatch,
        tmp_path,
        str(data),
        "-f",
        "json",
        "-f",
        "markdown",
        "--report-dir",
        str(held),
        "-q",
    )
    one = next(streamed.glob("*.json")).read_text()
    two = next(held.glob("*.json")).read_text()
    assert json.loads(one)["summary"]["documents"] + json.loads(one)["summary"]["errors"] == 300
    assert one == two
    assert not list(streamed.glob(".spool-*"))  # the spool is removed


@pytest.mark.parametrize(
    ("first", "second", "suffix"),
    [
        ('{"id": "a", "text": "one"}', '{"id": "b", "text": "two"}\n', "jsonl"),
        ("id,text\na,one", "id,text\nb,two\n", "csv"),
    ],
)
def test_split_keeps_a_record_without_final_newline_apart_from_the_next_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first: str, second: str, suffix: str
) -> None:
    """Issue 12 item 17: the first input's last line has no newline; both records survive."""
    (tmp_path / f"a.{suffix}").write_text(first, "utf-8")
    (tmp_path / f"b.{suffix}").write_text(second, "utf-8")
    result = scan(
        monkeypatch, tmp_path, f"a.{suffix}", f"b.{suffix}", "-j", "1", "--split", "out", "-q"
    )
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out" / f"allowed.{suffix}").read_text("utf-8").splitlines()
    if suffix == "jsonl":
        assert [json.loads(line)["id"] for line in lines] == ["a", "b"]
    else:
        assert lines == ["id,text", "a,one", "b,two"]


def test_output_file_leaves_no_reports_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 12 item 20: with -o FILE the spool lives beside FILE and is removed."""
    (tmp_path / "a.jsonl").write_text('{"id": "a", "text": "one"}\n', "utf-8")
    result = scan(monkeypatch, tmp_path, "a.jsonl", "-o", "report.json", "-q")
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "report.json").read_text("utf-8"))["summary"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "report.json"]
