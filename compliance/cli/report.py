"""The `compliance report` commands: re-render a saved report, or diff two of them.

Both accept the full JSON report or the JSONL stream (docs/report-format.md). A JSONL file has
no run metadata, so its report is rebuilt from the lines: summary and exit code are
recomputed, and the packs and profile are unknown (shown as such).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from pydantic import ValidationError

from compliance.cli.app import ExitCode, _emit, guarded
from compliance.errors import InputError

if TYPE_CHECKING:
    from compliance.discover.model import DiscoverReport
from compliance.model import (
    ALL_PURPOSES,
    RESTRICTIVENESS,
    DocumentResult,
    ErrorEntry,
    Report,
    RunInfo,
    Summary,
    ToolInfo,
    VerdictValue,
)

RENDER_FORMATS = [
    "html",
    "markdown",
    "sarif",
    "junit",
    "json",
    "jsonl",
    "summary",
    "summary-json",
    "text",
]
# A document added since the old report counts against --exit-code unless it passes.
FAILING_GATES = ("fail", "undetermined")


def load_report_data(path: str) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """(documents, the whole JSON object or None for JSONL) as plain data."""
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    stripped = text.lstrip()
    if stripped.startswith("{") and "\n" in stripped.rstrip() and not path.endswith(".jsonl"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
        if not isinstance(data, dict) or "documents" not in data:
            raise InputError(f"{path}: not a compliance JSON report (no 'documents')")
        return list(data["documents"]), data
    documents: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: invalid JSON line: {exc.msg}") from None
        if isinstance(item, dict) and "gate" in item:
            documents.append(item)
    return documents, None


def load_report(path: str) -> Report:
    """A Report from a JSON report or a JSONL stream; InputError names the file otherwise."""
    from compliance.decide import exit_code_for

    documents, whole = load_report_data(path)
    try:
        if whole is not None:
            return Report.model_validate(whole)
        errors: list[ErrorEntry] = []
        for line in Path(path).read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item, dict) and "gate" not in item:
                    errors.append(ErrorEntry.model_validate(item))
        results = [DocumentResult.model_validate(d) for d in documents]
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"])
        raise InputError(f"{path}: not a compliance report: {where}: {first['msg']}") from None
    seen = {p for r in results for p in r.verdicts}
    purposes = tuple(p for p in ALL_PURPOSES if p in seen)
    by_purpose = {p: {v: 0 for v in VerdictValue} for p in purposes}
    gates = {"pass": 0, "fail": 0, "undetermined": 0}
    for result in results:
        gates[result.gate] += 1
        for purpose, verdict in result.verdicts.items():
            by_purpose[purpose][verdict.verdict] += 1
    return Report(
        tool=ToolInfo(version="unknown"),
        generated_at="unknown",
        run=RunInfo(),
        packs=(),
        purposes=purposes,
        profile="unknown",
        documents=tuple(results),
        errors=tuple(errors),
        summary=Summary(
            documents=len(results),
            errors=len(errors),
            by_purpose=by_purpose,
            gate=gates,
        ),
        exit_code=exit_code_for([r.gate for r in results], len(errors), False),
    )


@click.group("report")
def report_group() -> None:
    """Re-render saved reports and compare two runs."""


@report_group.command("render")
@click.argument("path", type=click.Path())
@click.option(
    "--format", "-f", "fmt", type=click.Choice(RENDER_FORMATS), default="html", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write here instead of stdout (- is stdout).",
)
@click.option(
    "--baseline",
    type=click.Path(),
    metavar="FILE",
    help="Mark the findings this baseline accepts (sarif suppressions, text and markdown notes).",
)
@click.option(
    "--discover",
    "discover_path",
    type=click.Path(),
    metavar="FILE",
    help="Add the notices of a `compliance discover` JSON report as a section (html, markdown).",
)
@guarded
def render_command(
    path: str, fmt: str, output: str | None, baseline: str | None, discover_path: str | None
) -> None:
    """Render a saved report (JSON or JSONL) as html, markdown, sarif, junit, ...

    With --discover, the HTML or Markdown report gets a "Notices discovered" section: the
    recurring notices of the crawl and whether the rules explain them.
    """
    from compliance.baseline import load_baseline
    from compliance.engine import run_clock
    from compliance.formats import render

    marks = load_baseline(baseline, run_clock().date()).reasons() if baseline else None
    report = load_report(path)
    if discover_path is None:
        _emit(render(report, fmt, marks), output)
    elif fmt == "html":
        from compliance.formats import html_discover, html_report

        _emit(
            html_report.render(report, [html_discover.embedded(_discovered(discover_path))]), output
        )
    elif fmt == "markdown":
        from compliance.discover import markdown as discover_markdown

        notes = discover_markdown.render(_discovered(discover_path)).replace("# ", "## ", 1)
        _emit(render(report, fmt, marks).rstrip("\n") + "\n\n" + notes, output)
    else:
        raise click.UsageError("--discover adds a section to the html and markdown formats only")
    if output and output != "-":
        click.echo(f"report: {output}", err=True)


def _discovered(path: str) -> DiscoverReport:
    """A `compliance discover` JSON report; InputError names the file otherwise."""
    from compliance.discover.model import DiscoverReport

    try:
        return DiscoverReport.model_validate_json(Path(path).read_bytes())
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InputError(
            f"{path}: not a compliance discover JSON report ({where}: {first['msg']})"
        ) from None


def _key(doc: dict[str, Any]) -> str:
    return str(doc.get("id") or doc.get("source"))


def _verdict(doc: dict[str, Any], purpose: str) -> dict[str, Any] | None:
    value = doc.get("verdicts", {}).get(purpose)
    return value if isinstance(value, dict) else None


def _show(verdict: dict[str, Any] | None) -> str:
    if verdict is None:
        return "-"
    extra = verdict.get("unmet") or verdict.get("conditions") or []
    return str(verdict["verdict"]) + (f" ({', '.join(extra)})" if extra else "")


def _added(key: str, doc: dict[str, Any]) -> dict[str, Any]:
    verdicts = doc.get("verdicts", {})
    return {
        "document": key,
        "gate": doc.get("gate", "undetermined"),
        "verdicts": {p: _show(_verdict(doc, p)) for p in sorted(verdicts)},
    }


def diff_reports(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Changes by effect: more / less restrictive, conditions changed, added (with their gate
    and verdicts, since a new document is as much a change as a narrowed one), removed."""
    before = {_key(d): d for d in old}
    after = {_key(d): d for d in new}
    changes: dict[str, list[Any]] = {
        "more_restrictive": [],
        "less_restrictive": [],
        "conditions_changed": [],
        "added": [_added(k, after[k]) for k in sorted(after) if k not in before],
        "removed": sorted(k for k in before if k not in after),
    }
    for key in sorted(set(before) & set(after)):
        purposes = sorted(
            set(before[key].get("verdicts", {})) | set(after[key].get("verdicts", {}))
        )
        for purpose in purposes:
            a, b = _verdict(before[key], purpose), _verdict(after[key], purpose)
            rank_a = RESTRICTIVENESS[VerdictValue(a["verdict"])] if a else -1
            rank_b = RESTRICTIVENESS[VerdictValue(b["verdict"])] if b else -1
            entry = {"document": key, "purpose": purpose, "old": _show(a), "new": _show(b)}
            if rank_b > rank_a:
                changes["more_restrictive"].append(entry)
            elif rank_b < rank_a:
                changes["less_restrictive"].append(entry)
            elif _show(a) != _show(b):
                changes["conditions_changed"].append(entry)
    return changes


@report_group.command("diff")
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option(
    "--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--exit-code",
    is_flag=True,
    help="Exit 1 when any verdict became more restrictive (consent was withdrawn) or an"
    " added document fails the gate (or is undetermined).",
)
@guarded
def diff_command(old: str, new: str, fmt: str, exit_code: bool) -> None:
    """List documents whose verdicts changed between two reports, by effect."""
    changes = diff_reports(load_report_data(old)[0], load_report_data(new)[0])
    if fmt == "json":
        click.echo(json.dumps(changes, indent=2, sort_keys=True))
    else:
        titles = {
            "more_restrictive": "More restrictive (consent narrowed)",
            "less_restrictive": "Less restrictive (consent widened)",
            "conditions_changed": "Same verdict, conditions changed",
        }
        for name, title in titles.items():
            click.echo(f"{title}: {len(changes[name])}")
            for c in changes[name]:
                click.echo(f"  {c['document']}  {c['purpose']}: {c['old']} -> {c['new']}")
        failing = [a for a in changes["added"] if a["gate"] in FAILING_GATES]
        click.echo(f"Documents added: {len(changes['added'])} ({len(failing)} failing the gate)")
        for added in changes["added"]:
            shown = ", ".join(f"{p}: {v}" for p, v in added["verdicts"].items())
            click.echo(f"  {added['document']}  {added['gate'].upper()}  {shown}")
        click.echo(f"Documents removed: {len(changes['removed'])}")
        for key in changes["removed"]:
            click.echo(f"  {key}")
    added_failing = any(a["gate"] in FAILING_GATES for a in changes["added"])
    if exit_code and (changes["more_restrictive"] or added_failing):
        sys.exit(ExitCode.GATE_FAILED)
