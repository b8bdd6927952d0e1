"""Markdown report for reviewers: summary table per purpose, then each document's findings.

Evidence is quoted text from the checked content, often HTML (`<meta name="robots" ...>`,
`<a rel="license" ...>`), so every excerpt is escaped for CommonMark: rendered, it shows as
written and never becomes markup or a live link. Each finding carries its rule message and
one quote; a sentence already quoted in the document is referred to, not repeated, and
superseded findings (a publisher rule won) are folded into one `<details>` list of ids.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from compliance.formats.text import accepted_note, describe
from compliance.model import DocumentResult, Evidence, Finding, Report, VerdictValue

# Inline punctuation CommonMark/GFM could read as markup; `\\x` renders x literally.
_INLINE = re.compile(r"([\\`*_\[\]<>&|~!])")
# GFM turns bare `https://...` and `www.` into links; an escaped `:` / `.` renders the same.
_AUTOLINK = re.compile(r"(?<=[a-z]):(?=//)|(?<=\bwww)\.", re.IGNORECASE)
# What opens a block (heading, list item, setext underline) at the start of a line.
_BLOCK_MARK = re.compile(r"^([#+\-=])")
_ORDERED = re.compile(r"^(\d+)([.)])")


def _inline(text: str) -> str:
    return _AUTOLINK.sub(
        lambda m: "\\" + m.group(0), _INLINE.sub(r"\\\1", re.sub(r"\s+", " ", text))
    )


def _line_start(text: str) -> str:
    return _ORDERED.sub(r"\1\\\2", _BLOCK_MARK.sub(r"\\\1", text.strip()))


def escape(text: str) -> str:
    """One line of literal text: whitespace folded, markup characters backslash-escaped."""
    return _line_start(_inline(text.strip()))


def message(text: str) -> str:
    """A rule message: its `code` spans kept (balanced backticks only), the rest escaped."""
    parts = text.split("`")
    if len(parts) % 2 == 0 or not all(p.strip() for p in parts[1::2]):
        return escape(text)
    return _line_start(
        "".join(f"`{' '.join(p.split())}`" if i % 2 else _inline(p) for i, p in enumerate(parts))
    )


def _place(ev: Evidence) -> str:
    where = []
    if ev.line is not None:
        where.append(f"line {ev.line}" + (f":{ev.column}" if ev.column else ""))
    if ev.path:
        where.append(ev.path)
    return escape(", ".join(where) or ev.kind)


def _finding(finding: Finding, quoted: dict[str, str], accepted: Mapping[str, str]) -> list[str]:
    head = (
        f"- **{escape(finding.rule_id)}** ({escape(finding.pack_id)} v"
        f"{escape(finding.pack_version)}, {finding.confidence.value}): {message(finding.message)}"
    )
    if finding.fingerprint in accepted:
        head += f" — *accepted by baseline: {escape(accepted[finding.fingerprint])}*"
    lines = [head]
    if finding.evidence:
        ev = finding.evidence[0]
        more = len(finding.evidence) - 1
        extra = f" (and {more} more place(s))" if more else ""
        key = " ".join(ev.excerpt.split())
        if key in quoted:
            lines.append(
                f"  evidence, {_place(ev)}{extra}: the sentence quoted for"
                f" {escape(quoted[key])} above"
            )
        else:
            quoted[key] = finding.rule_id
            lines += [f"  evidence, {_place(ev)}{extra}:", "", f"  > {escape(ev.excerpt)}", ""]
    return lines


def _deciding(doc: DocumentResult, fingerprints: tuple[str, ...]) -> str:
    rules = {f.fingerprint: f.rule_id for f in doc.findings}
    return ", ".join(dict.fromkeys(escape(rules.get(fp, fp)) for fp in fingerprints)) or "-"


def _document(doc: DocumentResult, accepted: Mapping[str, str]) -> list[str]:
    out = [
        "",
        f"### {escape(doc.source)} — {doc.gate}",
        "",
        "| purpose | verdict | decided by |",
        "|---|---|---|",
    ]
    for purpose, verdict in doc.verdicts.items():
        note = accepted_note(verdict, accepted)
        shown = escape(describe(verdict)) + (f" — {escape(note)}" if note else "")
        out.append(f"| {purpose.value} | {shown} | {_deciding(doc, verdict.findings)} |")
    if doc.problems:
        out.append("")
    for problem in doc.problems:
        out.append(f"- problem {escape(problem.code)}: {escape(problem.message)}")
    active = [f for f in doc.findings if not f.superseded_by]
    if active:
        out.append("")
    quoted: dict[str, str] = {}
    for finding in active:
        out += _finding(finding, quoted, accepted)
    superseded = dict.fromkeys(
        f"{escape(f.rule_id)} (superseded by {escape(f.superseded_by or '')})"
        for f in doc.findings
        if f.superseded_by
    )
    if superseded:
        out += [
            "",
            f"<details><summary>{len(superseded)} superseded finding(s): a publisher rule"
            " decided instead</summary>",
            "",
            *(f"- {item}" for item in superseded),
            "",
            "</details>",
        ]
    return out


def render(report: Report, accepted: Mapping[str, str] | None = None) -> str:
    accepted = accepted or {}
    out = [
        "# Compliance report",
        "",
        f"Generated {escape(report.generated_at)} by {escape(report.tool.name)}"
        f" {escape(report.tool.version)}; profile {escape(report.profile)};"
        f" exit code {report.exit_code}.",
        "",
        f"Packs: {', '.join(f'{escape(p.id)} v{escape(p.version)}' for p in report.packs)}.",
    ]
    if report.grants:
        out.append(f"Grants: {escape(report.grants.path)} (sha256 {report.grants.sha256[:12]}).")
        if report.grants.expired:
            out.append(f"Expired grants (not applied): {escape(', '.join(report.grants.expired))}.")
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
        out += _document(doc, accepted)
    if report.errors:
        out += ["", "## Errors", ""]
        for error in report.errors:
            where = f":{error.line}" if error.line else ""
            out.append(f"- {escape(error.source + where)}: {escape(error.message)}")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)) + "\n"
