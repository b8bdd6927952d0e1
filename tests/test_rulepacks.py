"""Rule packs: every problem at once with file:line:col, bundled packs valid and tested."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import yaml

from compliance.resources import bundled_rules_dir

BROKEN_PACK = """\
pack: {id: broken, version: "1"}
rules:
  - id: broken/one
    title: One
    match: {pattern: 'ok'}
    efect: {ai-train: deny}
    effect: {ai-train: deny}
    message: m
    examples: {match: ["ok"], no-match: ["no"]}
  - id: broken/two
    title: Two
    match: {pattern: 'unclosed (group'}
    effect: {ai-train: deny}
    message: m
    examples: {match: ["x"], no-match: ["y"]}
  - id: broken/three
    title: Three
    match: {phrases: ["alpha"]}
    effect: {ai-train: deny}
    message: m
    examples: {match: ["alpha"], no-match: ["beta"]}
  - id: broken/three
    title: Three again
    match: {phrases: ["gamma"]}
    effect: {ai-train: deny}
    message: m
    examples: {match: ["gamma"], no-match: ["beta"]}
"""


def test_broken_pack_lists_every_problem_with_location(run_cli, tmp_path: Path) -> None:
    pack = tmp_path / "broken.yaml"
    pack.write_text(BROKEN_PACK)
    result = run_cli("rules", "validate", "--rules", str(pack))
    assert result.exit_code == 2
    err = result.stderr
    assert f"{pack}:6:5: rules.0.efect: unknown key" in err
    assert f"{pack}:12:" in err and "invalid regex in broken/two" in err
    assert "duplicate rule id 'broken/three'" in err
    assert "Traceback" not in err


def test_check_with_broken_pack_exits_2_before_checking(run_cli, tmp_path: Path) -> None:
    pack = tmp_path / "broken.yaml"
    pack.write_text(BROKEN_PACK)
    result = run_cli("check", "examples/antara-article.txt", "--rules", str(pack))
    assert result.exit_code == 2
    assert "nothing was checked" in result.stderr
    assert result.stdout == ""


def test_invalid_yaml_is_located(run_cli, tmp_path: Path) -> None:
    pack = tmp_path / "bad.yaml"
    pack.write_text("pack: {id: x, version: 1\nrules: [\n")
    result = run_cli("rules", "validate", "--rules", str(pack))
    assert result.exit_code == 2
    assert f"{pack}:" in result.stderr and "invalid YAML" in result.stderr


def test_bundled_packs_validate_and_pass_their_examples(run_cli) -> None:
    assert run_cli("rules", "validate").exit_code == 0
    result = run_cli("rules", "test")
    assert result.exit_code == 0, result.stdout
    assert " 0 failed" in result.stdout


def test_rules_test_fails_on_a_wrong_example(run_cli, tmp_path: Path) -> None:
    pack = tmp_path / "wrong.yaml"
    pack.write_text(
        'pack: {id: wrong, version: "1"}\nrules:\n  - id: wrong/x\n    title: X\n'
        "    match: {phrases: [forbidden]}\n    effect: {ai-train: deny}\n    message: m\n"
        '    examples: {match: ["allowed"], no-match: ["forbidden"], todo-match: ["x"]}\n'
    )
    result = run_cli("rules", "test", "--rules", str(pack), "--pack", "wrong")
    assert result.exit_code == 1
    assert "wrong/x did not match its match example" in result.stdout
    assert "wrong/x matched its no-match example" in result.stdout
    assert "1 known gap(s)" in result.stdout


def test_schema_validates_every_bundled_pack(run_cli) -> None:
    result = run_cli("rules", "schema")
    schema = json.loads(result.stdout)
    files = [
        p
        for sub in ("publishers", "notices", "signals")
        for p in (bundled_rules_dir() / sub).glob("*.yaml")
    ]
    assert files
    for path in files:
        jsonschema.validate(yaml.safe_load(path.read_text("utf-8")), schema)
    # And it rejects an unknown key.
    bad = yaml.safe_load((bundled_rules_dir() / "publishers" / "antara.yaml").read_text("utf-8"))
    bad["rules"][0]["efect"] = {}
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("schema accepted an unknown key")


def test_user_pack_replaces_bundled_pack_with_same_id(run_cli, tmp_path: Path) -> None:
    pack = tmp_path / "antara.yaml"
    pack.write_text(
        'pack: {id: antara, version: "99", publisher: ANTARA}\nrules:\n  - id: antara/x\n'
        "    title: X\n    match: {phrases: [zzzz-never]}\n    effect: {ai-train: deny}\n"
        '    message: m\n    examples: {match: ["zzzz-never"], no-match: ["no"]}\n'
    )
    result = run_cli("check", "examples/antara-article.txt", "--rules", str(pack), "-f", "json")
    report = json.loads(result.stdout)
    antara = [p for p in report["packs"] if p["id"] == "antara"]
    assert antara == [antara[0]] and antara[0]["version"] == "99" and antara[0]["replaces_bundled"]


def test_rules_list_filters_and_explain(run_cli) -> None:
    listed = run_cli("rules", "list", "--publisher", "antara")
    assert listed.stdout.split() and all(
        line.startswith("antara/") for line in listed.stdout.splitlines()
    )
    explained = run_cli("rules", "explain", "antara/ai-and-crawling-reserved")
    assert "What it does:" in explained.stdout and "written-permission" in explained.stdout
    missing = run_cli("rules", "explain", "nope/nothing")
    assert missing.exit_code == 2
