"""Formatters: pure functions from a `Report` to text. One module each, one registry."""

from __future__ import annotations

from collections.abc import Callable

from compliance.model import Report

Formatter = Callable[[Report], str]


def registry() -> dict[str, Formatter]:
    """Every output format by name (imported lazily: heavy formats load only when used)."""
    from compliance.formats import html_report, json_format, junit, markdown, sarif, text

    return {
        "text": text.render,
        "json": json_format.render,
        "jsonl": json_format.render_jsonl,
        "summary": json_format.render_summary,
        "markdown": markdown.render,
        "sarif": sarif.render,
        "junit": junit.render,
        "html": html_report.render,
    }


def render(report: Report, fmt: str) -> str:
    formats = registry()
    if fmt not in formats:
        raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(sorted(formats))})")
    return formats[fmt](report)
