"""Formatters: pure functions from a `Report` to text. One module each, one registry.

`accepted` maps the fingerprints a baseline accepts to the baseline's reason. The report
itself does not record them (it is the audit record of what was found), so the formats that
show acceptance (text, markdown, summary, sarif) take it beside the report.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from compliance.model import Report

Formatter = Callable[[Report], str]
Accepted = Mapping[str, str]
AcceptingFormatter = Callable[[Report, Accepted], str]


def registry() -> dict[str, Formatter]:
    """Every output format by name (imported lazily: heavy formats load only when used)."""
    from compliance.formats import html_report, json_format, junit, markdown, sarif, summary, text

    return {
        "text": text.render,
        "json": json_format.render,
        "jsonl": json_format.render_jsonl,
        "summary": summary.render,
        "summary-json": json_format.render_summary,
        "markdown": markdown.render,
        "sarif": sarif.render,
        "junit": junit.render,
        "html": html_report.render,
    }


def _accepting() -> dict[str, AcceptingFormatter]:
    from compliance.formats import markdown, sarif, summary, text

    return {
        "text": text.render,
        "summary": summary.render,
        "markdown": markdown.render,
        "sarif": sarif.render,
    }


def render(report: Report, fmt: str, accepted: Accepted | None = None) -> str:
    formats = registry()
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(sorted(formats))})")
    if accepted is not None:
        with_baseline = _accepting()
        if fmt in with_baseline:
            return with_baseline[fmt](report, accepted)
    return formats[fmt](report)
