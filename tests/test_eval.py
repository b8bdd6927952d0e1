"""The accuracy command: pure scoring functions, the click command, and the dev corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli.eval import eval_command
from compliance.evaluate import (
    Case,
    Prediction,
    condition_recall_of,
    score,
    score_cell,
)

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"


def _case(cid: str, expected: dict[str, str], **kw: object) -> Case:
    full = {p: "unknown" for p in ("crawl", "search-index", "ai-train", "ai-input", "republish")}
    full.update(expected)
    return Case(
        id=cid, language=str(kw.pop("language", "en")), kind="text", content="", expected=full, **kw
    )  # type: ignore[arg-type]


def test_score_cell_definitions() -> None:
    case = _case("a", {"ai-train": "deny"}, also_acceptable={"ai-train": ("conditional",)})
    assert score_cell(case, "ai-train", "deny").correct
    accepted = score_cell(case, "ai-train", "conditional")
    assert accepted.correct and not accepted.missed
    missed = score_cell(case, "ai-train", "unknown")
    assert not missed.correct and missed.missed and missed.restrictive_label
    false = score_cell(case, "crawl", "deny")
    assert false.false_restriction and not false.correct
    # a wrong restrictive verdict on a restrictive label is neither missed nor false
    wrong = score_cell(_case("b", {"crawl": "deny"}), "crawl", "conditional")
    assert not wrong.correct and not wrong.missed and not wrong.false_restriction


def test_rates_and_accuracy() -> None:
    cases = [
        _case("a", {"ai-train": "deny", "republish": "conditional"}),
        _case("b", {}),
    ]
    preds = {
        "a": Prediction("a", {"ai-train": "deny", "republish": "unknown"}),
        "b": Prediction("b", {"crawl": "deny"}),
    }
    s = score(cases, preds)
    assert s.overall.cells == 10
    assert s.overall.correct == 8
    assert s.overall.accuracy == pytest.approx(0.8)
    assert s.overall.missed_rate == pytest.approx(1 / 2)
    assert s.overall.false_rate == pytest.approx(1 / 8)
    assert s.by_purpose["republish"].missed == 1
    assert {(c.case_id, c.purpose) for c in s.wrong} == {("a", "republish"), ("b", "crawl")}


def test_condition_recall_families() -> None:
    case = _case("a", {"republish": "conditional"}, condition=("written-permission", "attribution"))
    pred = Prediction("a", {"republish": "conditional"}, {"republish": ("licence",)})
    assert condition_recall_of(case, pred) == pytest.approx(0.5)
    both = Prediction("a", {}, {"ai-train": ("permission",), "republish": ("attribution",)})
    assert condition_recall_of(case, both) == pytest.approx(1.0)
    assert condition_recall_of(_case("b", {}), both) is None
    assert score([case], {"a": pred}).condition_recall == pytest.approx(0.5)


def test_trap_denies_are_listed() -> None:
    case = _case("t", {}, trap=True)
    s = score([case], {"t": Prediction("t", {"ai-train": "deny"})})
    assert [c.purpose for c in s.restricted_traps] == ["ai-train"]


CASES = {
    "001-en-ban.yaml": """id: 001-en-ban
language: en
kind: text
content: |
  Scraping of this website is prohibited.
expected: {crawl: deny, search-index: unknown, ai-train: unknown, ai-input: unknown, republish: unknown}
condition: null
""",
    "002-en-cc.yaml": """id: 002-en-cc
language: en
kind: text
content: |
  Licensed under a Creative Commons Attribution-NonCommercial 4.0 International License.
expected: {crawl: unknown, search-index: unknown, ai-train: unknown, ai-input: unknown,
  republish: conditional}
condition: attribution+non-commercial
""",
    "003-html-noindex.yaml": """id: 003-html-noindex
language: zxx
kind: html
content: |
  <html><head><meta name="robots" content="noindex"></head><body>Hi</body></html>
expected: {crawl: unknown, search-index: deny, ai-train: unknown, ai-input: unknown, republish: unknown}
""",
    "004-broken.yaml": "id: 004-broken\nkind: text\ncontent: [unclosed\n",
}


def _write_cases(tmp_path: Path) -> Path:
    for name, text in CASES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_command_text_report_and_broken_file(tmp_path: Path) -> None:
    directory = _write_cases(tmp_path)
    result = CliRunner().invoke(eval_command, [str(directory)])
    assert result.exit_code == 0, result.output
    assert "cell accuracy" in result.output
    assert "missed-restriction rate" in result.output
    assert "per language" in result.output and "per kind" in result.output
    assert "004-broken.yaml" in result.output  # error line names the file, run continues
    assert "cases: 3" in result.output


def test_command_json_and_predictions(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    directory = _write_cases(tmp_path / "cases")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        eval_command, [str(directory), "--format", "json", "--predictions", str(out)]
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output[result.output.index("{") :])
    assert payload["cases"] == 3 and len(payload["errors"]) == 1
    assert set(payload["by_purpose"]) == {
        "crawl",
        "search-index",
        "ai-train",
        "ai-input",
        "republish",
    }
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["001-en-ban", "002-en-cc", "003-html-noindex"]
    for line in lines:
        assert set(line) == {"id", "verdicts", "conditions"}
        assert "search-index" in line["verdicts"] and "search" not in line["verdicts"]
    by_id = {line["id"]: line for line in lines}
    assert by_id["001-en-ban"]["verdicts"]["crawl"] == "deny"
    assert by_id["002-en-cc"]["verdicts"]["republish"] == "conditional"
    assert "non-commercial" in by_id["002-en-cc"]["conditions"]["republish"]


def test_command_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(tmp_path / "missing")])
    assert result.exit_code == 2


@pytest.mark.skipif(not DEV.is_dir(), reason="dev corpus ../shared/corpus/dev not present")
def test_dev_corpus_accuracy(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(DEV), "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output[result.output.index("{") :])
    # The bar of issue 11 (accuracy >= 0.97 with <= 0.02 missed and false restrictions),
    # reached by mechanisms; condition recall is the floor reached.
    assert payload["accuracy"] >= 0.97
    assert payload["false_restriction_rate"] <= 0.02
    assert payload["missed_restriction_rate"] <= 0.02
    assert payload["condition_recall"] >= 0.83
    # A deny on a trap or Creative Commons case is the worst error: this is the known one
    # (a jokey "don't copy" on a CC page); no new one may appear.
    known = {"047-html-es-cc-byncnd-link-text-trap"}
    assert {t["id"] for t in payload["denied_traps"]} <= known
