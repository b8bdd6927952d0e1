"""The `compliance baseline` commands: record accepted findings from a saved report, show them.

`compliance scan --baseline FILE` then fails the gate only on findings not in the file
(see compliance/baseline.py for the format and the rules).
"""

from __future__ import annotations

import datetime as dt

import click

from compliance.cli.app import _emit, _fail_usage, guarded


@click.group("baseline")
def baseline_group() -> None:
    """Accept known findings so CI fails only on new ones."""


@baseline_group.command("create")
@click.argument("report", type=click.Path())
@click.option(
    "--output",
    "-o",
    default="compliance-baseline.json",
    show_default=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Baseline file to write (- is stdout).",
)
@click.option("--reason", required=True, help="Why these findings are accepted (kept per entry).")
@click.option("--owner", required=True, help="Who accepted them (a person or team).")
@click.option("--expires", metavar="YYYY-MM-DD", help="After this date the entries stop counting.")
@click.option("--rule", "rule_ids", multiple=True, help="Only findings of this rule (repeatable).")
@click.option(
    "--all-findings", is_flag=True, help="Accept every finding, not only those that fail the gate."
)
@guarded
def create_command(
    report: str,
    output: str,
    reason: str,
    owner: str,
    expires: str | None,
    rule_ids: tuple[str, ...],
    all_findings: bool,
) -> None:
    """Record the findings of a saved report (JSON or JSONL) as accepted."""
    from compliance.baseline import entries_from_report, render_baseline
    from compliance.cli.report import load_report_data
    from compliance.engine import run_clock
    from compliance.resources import tool_version

    expiry = None
    if expires:
        try:
            expiry = dt.date.fromisoformat(expires)
        except ValueError:
            _fail_usage(f"--expires must be an ISO date like 2027-06-30 (got {expires!r})")
    documents, _ = load_report_data(report)
    entries = entries_from_report(
        documents,
        reason=reason,
        owner=owner,
        expires=expiry,
        rules=rule_ids,
        failing_only=not all_findings,
    )
    created = run_clock().strftime("%Y-%m-%dT%H:%M:%SZ")
    _emit(render_baseline(entries, created_at=created, version=tool_version()), output)
    shown = "stdout" if output == "-" else output
    click.echo(f"baseline: {len(entries)} accepted finding(s) written to {shown}", err=True)


@baseline_group.command("show")
@click.argument("baseline", type=click.Path())
@guarded
def show_command(baseline: str) -> None:
    """List a baseline's entries; expired ones are marked."""
    from compliance.baseline import load_baseline
    from compliance.engine import run_clock

    loaded = load_baseline(baseline, run_clock().date())
    expired = {e.fingerprint for e in loaded.expired}
    for entry in loaded.entries:
        state = "EXPIRED" if entry.fingerprint in expired else "active"
        click.echo(
            f"{state:<8} {entry.fingerprint} {entry.rule_id} {entry.document}"
            f" owner={entry.owner} expires={entry.expires or '-'}"
        )
    click.echo(f"{len(loaded.entries)} entr(y/ies), {len(expired)} expired", err=True)
