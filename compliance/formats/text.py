"""Terminal output: a line per document with its gate, its verdicts, then the evidence.

Short and readable on a terminal; the JSON report is the complete record.
"""

from __future__ import annotations

from collections.abc import Mapping

from compliance.model import DocumentResult, Evidence, Report, Verdict, VerdictValue

_GATE_MARK = {"pass": "PASS", "fail": "FAIL", "undetermined": "UNDETERMINED"}


def describe(verdict: Verdict) -> str:
    """`conditional (written-permission)`, `allow (by grant antara-2026)`, ..."""
    text = verdict.verdict.value
    if verdict.verdict is VerdictValue.CONDITIONAL:
        text += f" ({', '.join(verdict.unmet or verdict.conditions)})"
    elif verdict.verdict is VerdictValue.UNDETERMINED and verdict.reasons:
        text += f" ({', '.join(verdict.reasons)})"
    if verdict.changed_by:
        text += f"  [changed by {', '.join(verdict.changed_by)}]"
    return text


def accepted_note(verdict: Verdict, accepted: Mapping[str, str]) -> str:
    """`accepted by baseline: <reason>` when a baseline accepts every deciding finding."""
    if not verdict.findings or not all(f in accepted for f in verdict.findings):
        return ""
    reasons = ", ".join(dict.fromkeys(accepted[f] for f in verdict.findings))
    return f"accepted by baseline: {reasons}"


def render_document(doc: DocumentResult, accepted: Mapping[str, str] | None = None) -> list[str]:
    accepted = accepted or {}
    lines = [f"{doc.source}: {_GATE_MARK[doc.gate]}"]
    width = max((len(p.value) for p in doc.verdicts), default=0)
    for purpose, verdict in doc.verdicts.items():
        note = accepted_note(verdict, accepted)
        lines.append(
            f"  {purpose.value:<{width}}  {describe(verdict)}" + (f"  [{note}]" if note else "")
        )
    for problem in doc.problems:
        lines.append(f"  problem: {problem.message}")
    superseded = [f for f in doc.findings if f.superseded_by]
    for finding in doc.findings:
        if finding.superseded_by:
            continue
        for ev in finding.evidence[:1]:
            mark = (
                f" (accepted by baseline: {accepted[finding.fingerprint]})"
                if finding.fingerprint in accepted
                else ""
            )
            lines.append(f"  evidence: {finding.rule_id}{_place(ev)}{mark}")
            lines.append(f'    "{_clip(ev.excerpt)}"')
    if superseded:
        ids = ", ".join(dict.fromkeys(f.rule_id for f in superseded))
        lines.append(f"  superseded (publisher rule wins): {ids}")
    return lines


def _place(ev: Evidence) -> str:
    where = []
    if ev.line is not None:
        where.append(f"line {ev.line}:{ev.column}" if ev.column else f"line {ev.line}")
    if ev.path:
        where.append(ev.path)
    return f" [{', '.join(where)}]" if where else ""


def _clip(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(report: Report, accepted: Mapping[str, str] | None = None) -> str:
    lines: list[str] = []
    for doc in report.documents:
        lines.extend(render_document(doc, accepted))
    for error in report.errors:
        where = f":{error.line}" if error.line else (f"@{error.offset}" if error.offset else "")
        lines.append(f"{error.source}{where}: ERROR {error.message}")
    if report.grants and report.grants.expired:
        lines.append(f"note: expired grant(s) not applied: {', '.join(report.grants.expired)}")
    return "\n".join(lines) + ("\n" if lines else "")


def summary_line(report: Report) -> str:
    """The one-line summary printed on stderr."""
    gate = report.summary.gate
    parts = [f"{report.summary.documents} document(s)"]
    parts.append(
        f"{gate.get('pass', 0)} pass, {gate.get('fail', 0)} fail,"
        f" {gate.get('undetermined', 0)} undetermined"
    )
    if report.summary.errors:
        parts.append(f"{report.summary.errors} error(s)")
    parts.append(f"exit {report.exit_code}")
    return "compliance: " + " · ".join(parts)
