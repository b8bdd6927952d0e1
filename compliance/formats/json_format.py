"""JSON, JSONL and summary output: the Report of DESIGN.md §3, deterministic byte for byte.

Keys are sorted and the clock is injectable (`SOURCE_DATE_EPOCH`), so golden files and
`report diff` work.
"""

from __future__ import annotations

import json
from typing import Any

from compliance.model import Report


def _dumps(value: Any, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=indent)


def render(report: Report) -> str:
    return _dumps(report.model_dump(mode="json")) + "\n"


def render_jsonl(report: Report) -> str:
    """One `documents[]` or `errors[]` element per line, no header line."""
    data = report.model_dump(mode="json")
    lines = [_dumps(doc, None) for doc in data["documents"]]
    lines += [_dumps(err, None) for err in data["errors"]]
    return "".join(line + "\n" for line in lines)


def render_summary(report: Report) -> str:
    """The report without `documents` and `errors`."""
    return _dumps(report.model_dump(mode="json", exclude={"documents", "errors"})) + "\n"
