"""Options the commands share: the policy (purposes, grants, profile, ...), the rules, and
how dataset records are read (`scan`, `discover`).

Both commands validate them the same way into one picklable CheckerSpec (exit 2 with a hint).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from compliance.cli.app import _fail_usage
from compliance.model import ALL_PURPOSES, PURPOSE_ALIASES, parse_purposes
from compliance.sources.datasets import MAX_RECORD_BYTES

F = TypeVar("F", bound=Callable[..., Any])

PURPOSE_HELP = (
    "Comma list of purposes: "
    + ", ".join(p.value for p in ALL_PURPOSES)
    + "; aliases: "
    + ", ".join(sorted(PURPOSE_ALIASES))
    + ". Default: all."
)


def rules_options(func: F) -> F:
    func = click.option(
        "--rules",
        "rules",
        multiple=True,
        type=click.Path(),
        metavar="DIR",
        help="Extra rule pack directory or file (repeatable); a pack with a bundled"
        " pack's id replaces it.",
    )(func)
    func = click.option("--no-default-rules", is_flag=True, help="Do not load the bundled packs.")(
        func
    )
    return func


def record_options(func: F) -> F:
    """--text-field, --html-field, --url-field, --id-field, --max-record-bytes."""
    for option in reversed(_RECORD_OPTIONS):
        func = option(func)
    return func


_RECORD_OPTIONS = (
    click.option(
        "--text-field",
        multiple=True,
        metavar="NAME",
        help="Record field with plain text (repeatable; default: text, content, raw_content,"
        " body).",
    ),
    click.option(
        "--html-field",
        multiple=True,
        metavar="NAME",
        help="Record field with HTML (repeatable; default: html, raw_html). HTML wins over text.",
    ),
    click.option(
        "--url-field",
        multiple=True,
        metavar="NAME",
        help="Record field with the URL (default: url, source_url, link, WARC-Target-URI).",
    ),
    click.option(
        "--id-field",
        multiple=True,
        metavar="NAME",
        help="Record field with the record id "
        "(default: id, doc_id, uuid, WARC-Record-ID; else file:line).",
    ),
    click.option(
        "--max-record-bytes",
        type=click.IntRange(min=1),
        default=MAX_RECORD_BYTES,
        show_default=True,
        metavar="N",
        help="A record (line, CSV row, WARC record) larger than this is an error entry, not read;"
        " the run goes on with the next record.",
    ),
)


def field_map(
    text_field: Sequence[str],
    html_field: Sequence[str],
    url_field: Sequence[str],
    id_field: Sequence[str],
    max_record_bytes: int,
) -> Any:
    """The FieldMap of the record options (each option's default when not given)."""
    from compliance.sources.datasets import (
        DEFAULT_HTML_FIELDS,
        DEFAULT_ID_FIELDS,
        DEFAULT_TEXT_FIELDS,
        DEFAULT_URL_FIELDS,
        FieldMap,
    )

    return FieldMap(
        text=tuple(text_field) or DEFAULT_TEXT_FIELDS,
        html=tuple(html_field) or DEFAULT_HTML_FIELDS,
        url=tuple(url_field) or DEFAULT_URL_FIELDS,
        id=tuple(id_field) or DEFAULT_ID_FIELDS,
        max_record_bytes=max_record_bytes,
    )


def policy_options(func: F) -> F:
    options = [
        click.option("--purpose", "-p", default="all", show_default=True, help=PURPOSE_HELP),
        click.option(
            "--agent", metavar="TOKEN", help="Evaluate robots.txt as this crawler product token."
        ),
        click.option(
            "--grants",
            type=click.Path(),
            metavar="FILE",
            help="grants.yaml: written permissions you hold.",
        ),
        click.option(
            "--accept",
            default="",
            metavar="LIST",
            help="Conditions you will meet, e.g. attribution,non-commercial.",
        ),
        click.option(
            "--profile",
            default="default",
            show_default=True,
            help="Gate profile: default, conservative, eu-tdm, permissive (or a YAML file).",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(["deny", "conditional", "unknown"]),
            help="Weakest verdict that fails the gate (default from the profile:"
            " conditional = deny or unmet conditions).",
        ),
        click.option(
            "--allow-undetermined",
            is_flag=True,
            help="Do not fail closed on documents that could not be checked.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return rules_options(func)


def checker_spec(
    rules: Sequence[str],
    no_default_rules: bool,
    purpose: str,
    agent: str | None,
    grants: str | None,
    accept: str,
    profile: str,
    fail_on: str | None,
    allow_undetermined: bool,
    clock: dt.datetime | None = None,
) -> Any:
    """Validate the policy options (exit 2 with a hint) into a picklable CheckerSpec."""
    from compliance.engine import CheckerSpec, run_clock
    from compliance.model import CONDITION_TOKENS

    try:
        parse_purposes(purpose)
    except ValueError as exc:
        _fail_usage(str(exc), "see `compliance check --help`")
    accepted = [a.strip() for a in accept.split(",") if a.strip()]
    unknown = [a for a in accepted if a not in CONDITION_TOKENS]
    if unknown:
        _fail_usage(
            f"unknown condition {unknown[0]!r} in --accept",
            "expected: " + ", ".join(sorted(CONDITION_TOKENS)),
        )
    if grants and not Path(grants).is_file():
        _fail_usage(f"grants file {grants!r} does not exist")
    return CheckerSpec(
        rules=tuple(rules),
        include_bundled=not no_default_rules,
        purposes=purpose,
        profile=profile,
        grants=grants,
        accept=tuple(accepted),
        fail_on=fail_on,
        allow_undetermined=allow_undetermined,
        agent=agent,
        # One clock for the run, so grant expiry agrees in every worker.
        clock=clock or run_clock(),
    )


POLICY_PARAMS = (
    "rules",
    "no_default_rules",
    "purpose",
    "agent",
    "grants",
    "accept",
    "profile",
    "fail_on",
    "allow_undetermined",
)


def spec_from_options(clock: dt.datetime | None = None) -> Any:
    """The CheckerSpec for the running command's `policy_options` (check and scan share them)."""
    params = click.get_current_context().params
    return checker_spec(**{name: params[name] for name in POLICY_PARAMS}, clock=clock)


def engine_options(engine_help: str, jobs_help: str) -> Callable[[F], F]:
    """--jobs, --engine, --address, --master: where the shards run (`scan`, `discover`)."""
    options = (
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help=jobs_help,
        ),
        click.option(
            "--engine",
            type=click.Choice(["local", "ray", "spark"]),
            default="local",
            show_default=True,
            help=engine_help,
        ),
        click.option(
            "--address",
            metavar="ADDR",
            help="Ray cluster to join (ray://host:10001 or auto); default: a local Ray on"
            " --jobs CPUs.",
        ),
        click.option(
            "--master",
            metavar="URL",
            help="Spark master (spark://host:7077, yarn, ...); default: local[--jobs].",
        ),
    )

    def apply(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func

    return apply


def report_location_options(name: str, output_help: str, dir_note: str = "") -> Callable[[F], F]:
    """--report-dir and --output: where a command's report goes (`scan`, `discover`)."""

    def apply(func: F) -> F:
        func = click.option(
            "--output",
            "-o",
            type=click.Path(dir_okay=False, allow_dash=True),
            help=output_help,
        )(func)
        return click.option(
            "--report-dir",
            default="reports",
            show_default=True,
            type=click.Path(file_okay=False),
            help=f"Where reports go, as {name}-<UTC timestamp>.<ext>.{dir_note}",
        )(func)

    return apply
