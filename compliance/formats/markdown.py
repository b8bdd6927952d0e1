"""Markdown report for reviewers: summary table per purpose, then each document's evidence."""

from __future__ import annotations

from compliance.formats.text import describe
from compliance.model import Report, VerdictValue


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    out = [
        "# Compliance report",
        "",
        f"Generated {report.generated_at} by {report.tool.name} {report.tool.version};"
        f" profile `{report.profile}`; exit code {report.exit_code}.",
        "",
        f"Packs: {', '.join(f'`{p.id}` v{p.version}' for p in report.packs)}.",
    ]
    if report.grants:
        out.append(f"Grants: `{report.grants.path}` (sha256 `{report.grants.sha256[:12]}`).")
        if report.grants.expired:
            out.append(f"Expired grants (not applied): {', '.join(report.grants.expired)}.")
    verdicts = list(VerdictValue)
    out += ["", "## Summary", "", "| purpose | " + " | ".join(v.value for v in verdicts) + " |"]
    out.append("|---|" + "---:|" * len(verdicts))
    for purpose, counts in report.summary.by_purpose.items():
        out.append(
            f"| {purpose.value} | " + " | ".join(str(counts.get(v, 0)) for v in verdicts) + " |"
        )
    gate = report.summary.gate
    out += [
        "",
        f"Documents: {report.summary.documents} ({gate.get('pass', 0)} pass,"
        f" {gate.get('fail', 0)} fail, {gate.get('undetermined', 0)} undetermined);"
        f" errors: {report.summary.errors}.",
        "",
        "## Documents",
    ]
    for doc in report.documents:
        out += [
            "",
            f"### `{_cell(doc.source)}` — {doc.gate}",
            "",
            "| purpose | verdict |",
            "|---|---|",
        ]
        for purpose, verdict in doc.verdicts.items():
            out.append(f"| {purpose.value} | {_cell(describe(verdict))} |")
        for problem in doc.problems:
            out.append(f"\n- problem `{problem.code}`: {_cell(problem.message)}")
        if doc.findings:
            out.append("")
        for finding in doc.findings:
            note = f" (superseded by `{finding.superseded_by}`)" if finding.superseded_by else ""
            for ev in finding.evidence[:3]:
                place = f"line {ev.line}" if ev.line else (ev.path or ev.kind)
                out.append(f"- `{finding.rule_id}`{note}, {place}: > {_cell(ev.excerpt)}")
    if report.errors:
        out += ["", "## Errors", ""]
        for error in report.errors:
            where = f":{error.line}" if error.line else ""
            out.append(f"- `{_cell(error.source)}{where}`: {_cell(error.message)}")
    return "\n".join(out) + "\n"
