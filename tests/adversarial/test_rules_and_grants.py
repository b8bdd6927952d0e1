"""Hostile rule packs, grants and profiles (issue 12 items 11, 12, 21, 23, 2): each is a clean
exit 2 naming file:line (or a working run), never a traceback, a hang or exit 4.

Every bomb is generated here and kept small; "bounded" is shown by finishing at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

RULE = """\
  - id: {pack}/{name}
    title: T
    match: {match}
    effect: {{ai-train: deny}}
    message: m
    examples: {{match: [{example!r}], no-match: ["nothing to see"]}}
"""


def pack_text(rules: str, pack: str = "adv", head: str = "") -> str:
    return f'{head}pack: {{id: {pack}, version: "1"}}\nrules:\n{rules}'


def rule(name: str, match: str, example: str = "ok", pack: str = "adv") -> str:
    return RULE.format(pack=pack, name=name, match=match, example=example)


def validate(run_cli, tmp_path: Path, text: str, *extra: str):
    path = tmp_path / "pack.yaml"
    path.write_text(text, "utf-8")
    result = run_cli("rules", "validate", "--rules", str(path), "--no-default-rules", *extra)
    assert "Traceback" not in result.output + result.stderr
    return path, result


# -- item 11: YAML alias bombs ------------------------------------------------------------


def billion_laughs(levels: int = 9) -> str:
    lines = ['l0: &l0 "lol"']
    for level in range(1, levels + 1):
        refs = ",".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("bomb", ["rules: &r [*r]\n", billion_laughs()], ids=["self", "laughs"])
def test_alias_bomb_in_rule_pack_is_refused_with_position(run_cli, tmp_path, bomb) -> None:
    path, result = validate(run_cli, tmp_path, bomb)
    assert len(bomb) < 1024
    assert result.exit_code == 2
    assert f"{path}:1:" in result.stderr and "anchors and aliases" in result.stderr


def test_alias_in_grants_and_profile_is_refused(run_cli, tmp_path: Path) -> None:
    grants = tmp_path / "grants.yaml"
    grants.write_text(
        "grants:\n  - &g {id: a, publisher: antara, granted_by: x, evidence: y}\n  - *g\n"
    )
    result = run_cli("check", "examples/antara-article.txt", "--grants", str(grants))
    assert result.exit_code == 2
    assert f"{grants}:2:" in result.stderr and "aliases" in result.stderr
    profile = tmp_path / "p.yaml"
    profile.write_text(billion_laughs())
    result = run_cli("check", "examples/antara-article.txt", "--profile", str(profile))
    assert result.exit_code == 2
    assert f"{profile}:1:" in result.stderr and "aliases" in result.stderr


# -- item 21: tags and constructor errors ------------------------------------------------


@pytest.mark.parametrize(
    ("head", "line"),
    [
        ("x: !!python/name:os.system ''\n", 1),
        ("? !!python/tuple [a, b]\n: 1\n", 1),
        ("<<: 5\n", 1),
        ('blob: !!binary "AAA"\n', 1),
        ("x: !custom 3\n", 1),
    ],
)
def test_unsafe_or_broken_yaml_tags_exit_2(run_cli, tmp_path, head, line) -> None:
    path, result = validate(run_cli, tmp_path, pack_text(rule("a", "{phrases: [okay]}"), head=head))
    assert result.exit_code == 2, result.output
    assert f"{path}:{line}:" in result.stderr


# -- item 23: grants ----------------------------------------------------------------------


GRANT = "grants:\n  - id: g1\n    publisher: {publisher}\n    granted_by: x\n    evidence: y\n"


def test_grant_with_impossible_date_is_a_clear_exit_2(run_cli, tmp_path: Path) -> None:
    grants = tmp_path / "grants.yaml"
    grants.write_text(GRANT.format(publisher="antara") + "    expires: 2099-13-01\n")
    result = run_cli("check", "examples/antara-article.txt", "--grants", str(grants))
    assert result.exit_code == 2
    assert f"{grants}:6:14:" in result.stderr and "2099-13-01" in result.stderr
    assert "internal error" not in result.stderr


def test_grant_for_unknown_pack_suggests_the_right_one(run_cli, tmp_path: Path) -> None:
    grants = tmp_path / "grants.yaml"
    grants.write_text(GRANT.format(publisher="antra"))
    result = run_cli("check", "examples/antara-article.txt", "--grants", str(grants))
    assert result.exit_code == 2
    assert f"{grants}:3:5:" in result.stderr
    assert "did you mean 'antara'?" in result.stderr


def test_grants_top_level_list_is_a_human_message(run_cli, tmp_path: Path) -> None:
    grants = tmp_path / "grants.yaml"
    grants.write_text("- id: g1\n  publisher: antara\n")
    result = run_cli("check", "examples/antara-article.txt", "--grants", str(grants))
    assert result.exit_code == 2
    assert f"{grants}:1:1:" in result.stderr and "not a list" in result.stderr
    assert "model_type" not in result.stderr and "GrantsFile" not in result.stderr
    assert "Input should be" not in result.stderr


# -- items 12 and 21: patterns too large for the engines -----------------------------------


def test_nested_counted_repeats_are_refused(run_cli, tmp_path: Path) -> None:
    bomb = "(?:(?:(?:a{100}){100}){100}){100}"
    assert len(bomb) < 40
    path, result = validate(run_cli, tmp_path, pack_text(rule("a", f"{{pattern: '{bomb}'}}")))
    assert result.exit_code == 2
    assert f"{path}:5:" in result.stderr and "regex too complex" in result.stderr
    assert "100,000,000" in result.stderr


def test_thousand_nested_groups_are_refused_not_a_recursion_error(run_cli, tmp_path) -> None:
    deep = "(?:" * 1200 + "ok" + ")" * 1200
    path, result = validate(run_cli, tmp_path, pack_text(rule("a", f"{{pattern: '{deep}'}}")))
    assert result.exit_code == 2
    assert f"{path}:5:" in result.stderr and "nested 1200 deep" in result.stderr


def test_phrase_of_zero_width_characters_is_refused(run_cli, tmp_path: Path) -> None:
    invisible = "\\u200b\\u200c\\u200d\\u2060\\ufeff"
    path, result = validate(
        run_cli, tmp_path, pack_text(rule("a", f'{{phrases: ["{invisible}"]}}'))
    )
    assert result.exit_code == 2
    assert f"{path}:5:" in result.stderr and "empty once invisible" in result.stderr


def test_many_wide_word_classes_give_a_working_run(run_cli, tmp_path: Path) -> None:
    """20 rules `q{i}[\\w]{1000}` once made the RE2 set fail to compile after validating."""
    rules = "".join(
        rule(f"q{i}", f"{{pattern: 'q{i}[\\w]{{1000}}'}}", example=f"q{i}" + "ब" * 1000)
        for i in range(20)
    )
    path, result = validate(run_cli, tmp_path, pack_text(rules))
    assert result.exit_code == 0, result.stderr
    page = tmp_path / "page.txt"
    page.write_text("Hindi: q7" + "क्ष" * 400 + "\n", "utf-8")
    result = run_cli(
        "check", str(page), "--rules", str(path), "--no-default-rules", "--format", "json"
    )
    assert result.exit_code == 1, result.output
    assert '"adv/q7"' in result.stdout


# -- item 2: the prefilter never misses what the exact pattern matches ---------------------


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("ab{,2}c", "abbc"),  # `{,n}` is a repeat in Python, literal text in RE2
        ("xb{,}c", "xbbbc"),
        ("no[\\w]+ज", "noहिन्दीज"),  # vowel signs are marks, inside \w for the exact engine
        ("নিষেধ[\\w]*", "নিষেধাজ্ঞা"),
        ("ห้าม[\\w]+", "ห้ามคัดลอก"),
        ("fi(?!x){2,}", "fi"),  # the quantifier of a dropped look-around went to `i`
        ("ok\\b+", "ok"),
        ("[[:alpha:]]+ban", "Verbotban"),
        ("[[:alpha:]]{3}", "שלום"),
        ("end$", "the end"),
    ],
)
def test_prefilter_is_a_superset_of_the_exact_pattern(pattern: str, text: str) -> None:
    import re2
    import regex

    from compliance.match.dialect import prepare_pattern, to_prefilter
    from compliance.match.matcher import Matcher
    from compliance.match.normalize import normalize

    prepared = prepare_pattern(pattern)
    normal = normalize(text).text
    assert regex.search(prepared, normal, regex.IGNORECASE | regex.V0)
    options = re2.Options()
    options.case_sensitive = False
    assert re2.compile(to_prefilter(prepared), options).search(normal), to_prefilter(prepared)
    assert Matcher([prepared]).scan(normal).spans


def test_rules_validate_refuses_a_prefilter_that_misses_an_example(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cross-check itself: a (simulated) prefilter bug is caught at the rule's line."""
    from compliance.match import dialect
    from compliance.rulepacks import crosscheck

    monkeypatch.setattr(crosscheck, "to_prefilter", lambda p: dialect.to_prefilter(p) + "zzz")
    path, result = validate(run_cli, tmp_path, pack_text(rule("a", "{phrases: [okay]}", "okay")))
    assert result.exit_code == 2
    assert f"{path}:3:1:" in result.stderr and "fast engine misses" in result.stderr
