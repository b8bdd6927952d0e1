"""Golden files for every output format of `compliance check` (text, json, jsonl, markdown).

They run on frozen packs (tests/data/golden-rules) with a fixed clock. After an intended
format change: `make golden` (UPDATE_GOLDEN=1), then review `git diff tests/golden`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
INPUTS = [
    "examples/antara-article.txt",
    "examples/ai-discussion-article.txt",
    "examples/cc-by-article.html",
]


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown", "summary"])
def test_output_matches_golden(run_cli, fmt: str) -> None:
    result = run_cli(
        "check",
        *INPUTS,
        "--no-default-rules",
        "--rules",
        "tests/data/golden-rules",
        "--grants",
        "examples/grants.yaml",
        "-f",
        fmt,
    )
    assert result.exit_code == 1
    suffix = {"markdown": "md", "text": "txt"}.get(fmt, fmt)
    golden = GOLDEN / f"check.{suffix}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(result.stdout, "utf-8")
    assert result.stdout == golden.read_text("utf-8"), (
        f"regenerate with `make golden` if intended: {golden}"
    )
