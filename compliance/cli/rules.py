"""`compliance rules`: list, validate, test, explain rule packs and print their schema."""

from __future__ import annotations

import json
import sys

import click

from compliance.cli.app import ExitCode, _fail_usage, guarded
from compliance.cli.options import rules_options
from compliance.errors import ConfigError


@click.group()
def rules() -> None:
    """List, validate, test and explain rule packs."""


@rules.command("list")
@rules_options
@click.option("--language", help="Only rules for this language (e.g. id, en, zh).")
@click.option("--publisher", help="Only rules of this publisher pack (pack id or publisher name).")
@click.option("--pack", "pack_id", help="Only rules of this pack id.")
@guarded
def rules_list(
    rules: tuple[str, ...],
    no_default_rules: bool,
    language: str | None,
    publisher: str | None,
    pack_id: str | None,
) -> None:
    """List the loaded rules: id, language, where, and effect per purpose."""
    from compliance.rulepacks.loader import load_packs

    ruleset = load_packs(rules, include_bundled=not no_default_rules)
    shown = 0
    for pack, rule in ruleset.rules():
        if pack_id and pack.meta.id != pack_id:
            continue
        if publisher and not pack.is_publisher:
            continue
        if publisher and publisher.lower() not in (
            pack.meta.id.lower(),
            (pack.meta.publisher or "").lower(),
        ):
            continue
        langs = rule.languages() or _as_list(pack.meta.language)
        if language and not any(
            code == language or code.startswith(language + "-") for code in langs
        ):
            continue
        effects = ", ".join(f"{p.value}={v}" for p, v in rule.effect.items()) or "(informational)"
        click.echo(f"{rule.id:<52} {','.join(langs) or '-':<10} {rule.where:<8} {effects}")
        shown += 1
    lexicon_lines: list[str] = []
    if not publisher and (not pack_id or pack_id.startswith("notices-")):
        from compliance.notices.lexicon import load_lexicons
        from compliance.notices.selfcheck import list_lines

        lexicons = load_lexicons(rules, include_bundled=not no_default_rules)
        lexicon_lines = [
            line
            for line in list_lines(lexicons, language)
            if not pack_id or line.split()[0] == pack_id
        ]
        for line in lexicon_lines:
            click.echo(line)
    click.echo(
        f"{shown} rule(s) in {len(ruleset.packs)} pack(s), {len(lexicon_lines)} lexicon(s)",
        err=True,
    )


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@rules.command("validate")
@rules_options
@guarded
def rules_validate(rules: tuple[str, ...], no_default_rules: bool) -> None:
    """Load every pack and lint it; every problem is listed as file:line:col (exit 2)."""
    from compliance.notices.selfcheck import lexicon_problems
    from compliance.rulepacks.lint import lint

    problems, warnings = lint(rules, include_bundled=not no_default_rules)
    problems = [*problems, *lexicon_problems(rules, not no_default_rules)]
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if problems:
        raise ConfigError(
            problems, hint="fix the listed rules, then run `compliance rules validate` again"
        )
    click.echo("rules: valid", err=True)


@rules.command("test")
@rules_options
@click.option("--pack", "pack_ids", multiple=True, help="Only test these pack ids.")
@click.option("--verbose", "-v", is_flag=True, help="List passing examples too.")
@guarded
def rules_test(
    rules: tuple[str, ...], no_default_rules: bool, pack_ids: tuple[str, ...], verbose: bool
) -> None:
    """Run every rule's match / no-match examples; todo-match gaps are listed, never fail."""
    from compliance.engine import Checker
    from compliance.rulepacks.selftest import run_examples

    checker = Checker.from_rules(rules, include_bundled=not no_default_rules)
    from compliance.notices.selfcheck import example_failures

    outcomes = run_examples(checker, set(pack_ids) if pack_ids else None)
    lexicon_checked, lexicon_failed = example_failures(checker.lexicons)
    if pack_ids:
        lexicon_failed = [f for f in lexicon_failed if any(p in f.location.path for p in pack_ids)]
    for failure in lexicon_failed:
        click.echo(f"FAIL {failure.location}")
    failed = [o for o in outcomes if not o.passed and o.expectation != "todo-match"]
    todo_open = [o for o in outcomes if o.expectation == "todo-match" and not o.passed]
    todo_fixed = [o for o in outcomes if o.expectation == "todo-match" and o.passed]
    for o in failed:
        what = "did not match" if o.expectation == "match" else "matched"
        click.echo(
            f"FAIL {o.location}: {o.rule_id} {what} its {o.expectation} example:"
            f" {o.example[:120]!r}"
        )
    for o in todo_fixed:
        click.echo(
            f"TODO-FIXED {o.location}: {o.rule_id} now matches a todo-match example;"
            f" move it to match: {o.example[:80]!r}"
        )
    if verbose:
        for o in outcomes:
            if o.passed and o.expectation != "todo-match":
                click.echo(f"ok   {o.rule_id} {o.expectation}: {o.example[:80]!r}")
    total = len(outcomes) - len(todo_open) - len(todo_fixed) + lexicon_checked
    failures = len(failed) + len(lexicon_failed)
    click.echo(
        f"{total - failures} passed, {failures} failed, {len(todo_open)} known gap(s) (todo-match)",
    )
    sys.exit(ExitCode.GATE_FAILED if failures else ExitCode.PASS)


@rules.command("explain")
@click.argument("rule_id")
@rules_options
@guarded
def rules_explain(rule_id: str, rules: tuple[str, ...], no_default_rules: bool) -> None:
    """What a rule detects, why it matters, its examples and references."""
    from compliance.rulepacks.loader import load_packs

    ruleset = load_packs(rules, include_bundled=not no_default_rules)
    found = ruleset.find(rule_id)
    if found is None and "/" not in rule_id:
        from compliance.notices.lexicon import load_lexicons
        from compliance.notices.selfcheck import explain_lexicon, find_lexicon

        lexicon = find_lexicon(load_lexicons(rules, include_bundled=not no_default_rules), rule_id)
        if lexicon is not None:
            click.echo(explain_lexicon(lexicon))
            return
    if found is None:
        close = [r.id for _, r in ruleset.rules() if rule_id.split("/")[-1] in r.id][:5]
        _fail_usage(
            f"no rule {rule_id!r}",
            "similar: " + ", ".join(close) if close else "see `compliance rules list`",
        )
    pack, rule = found
    path, line = ruleset.rule_line(rule.id)
    out = [
        f"{rule.id} — {rule.title}",
        f"  pack: {pack.meta.id} v{pack.meta.version}"
        + (f" ({pack.meta.publisher})" if pack.meta.publisher else ""),
        f"  defined at: {path}:{line}",
        f"  language: {', '.join(rule.languages() or _as_list(pack.meta.language)) or '-'}"
        f"    where: {rule.where}    confidence: {rule.confidence.value}",
        "",
        "What it does:",
        f"  {rule.message}",
        "",
        "Effect:",
    ]
    for purpose, value in rule.effect.items():
        out.append(
            f"  {purpose.value}: {value}"
            + (f" ({', '.join(rule.conditions)})" if value == "conditional" else "")
        )
    if not rule.effect:
        out.append("  none (informational finding)")
    for purpose, value in rule.conservative.items():
        out.append(f"  {purpose.value}: {value} (conservative profile only)")
    out += [
        "",
        "Match:",
        "  "
        + json.dumps(rule.match.model_dump(by_alias=True, exclude_none=True), ensure_ascii=False),
    ]
    for label, examples in (
        ("Matches", rule.examples.match),
        ("Does not match", rule.examples.no_match),
        ("Known gaps (todo)", rule.examples.todo_match),
    ):
        if examples:
            out += ["", f"{label}:"]
            out += [f"  - {e if isinstance(e, str) else e.content!r}" for e in examples]
    refs = rule.references or pack.meta.references
    if refs:
        out += ["", "References:"] + [f"  - {r}" for r in refs]
    click.echo("\n".join(out))


@rules.command("schema")
@click.option("--lexicon", is_flag=True, help="The schema of a lexicon (rules/lexicon/*.yaml).")
def rules_schema(lexicon: bool) -> None:
    """Print the JSON Schema of a rule pack, or of a lexicon (for editors and CI)."""
    if lexicon:
        from compliance.notices.selfcheck import lexicon_json_schema

        click.echo(json.dumps(lexicon_json_schema(), indent=2, sort_keys=True))
        return
    from compliance.rulepacks.schema import pack_json_schema

    click.echo(json.dumps(pack_json_schema(), indent=2, sort_keys=True))
