"""Report lines spooled in part files, and the per-shard counts that go with them.

A local scan with a spool (`compliance.scan`) and a distributed one (`compliance.batch`) write
the same layout: `parts/docs/<shard>.jsonl` and `parts/errors/<shard>.jsonl`, one JSONL report
line per document or error, plus small per-shard counts summed on the driver. Both import it
from here, so neither imports the other for it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from compliance.model import DocumentResult, ErrorEntry, Gate, Report


def report_line(entry: DocumentResult | ErrorEntry) -> str:
    """One line of the JSONL report, byte for byte what `formats.json_format` writes."""
    return json.dumps(entry.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


@dataclass(slots=True)
class ShardCounts:
    """What a worker returns for one shard: counts only, the lines are already on disk."""

    index: int
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    allowed: int = 0
    gates: dict[str, int] = field(default_factory=dict)
    by_purpose: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "counts": json.dumps(
                {
                    "documents": self.documents,
                    "errors": self.errors,
                    "skipped": self.skipped,
                    "allowed": self.allowed,
                    "gates": self.gates,
                    "by_purpose": self.by_purpose,
                },
                sort_keys=True,
            ),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ShardCounts:
        data = json.loads(row["counts"])
        return cls(index=int(row["index"]), **data)


@dataclass(slots=True)
class EngineScan:
    """A finished distributed scan: summed counts and where the report lines are."""

    parts: Path
    documents: int = 0
    errors: int = 0
    skipped: int = 0
    allowed: int = 0
    gates: dict[Gate, int] = field(
        default_factory=lambda: {"pass": 0, "fail": 0, "undetermined": 0}
    )
    by_purpose: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return self.documents + self.errors

    @property
    def rejected(self) -> int:
        return self.documents - self.allowed

    def add(self, counts: ShardCounts) -> None:
        self.documents += counts.documents
        self.errors += counts.errors
        self.skipped += counts.skipped
        self.allowed += counts.allowed
        for gate, n in counts.gates.items():
            self.gates[gate] += n  # type: ignore[index]
        for purpose, tally in counts.by_purpose.items():
            mine = self.by_purpose.setdefault(purpose, {})
            for verdict, n in tally.items():
                mine[verdict] = mine.get(verdict, 0) + n


def summed(parts: Path, rows: Iterable[dict[str, Any]]) -> EngineScan:
    """Driver side: add up the per-shard count rows (one small row per shard)."""
    scan = EngineScan(parts)
    for row in rows:
        scan.add(ShardCounts.from_row(row))
    return scan


def _part_files(scan: EngineScan, kind: str) -> list[Path]:
    return sorted((scan.parts / kind).glob("*.jsonl"))


def write_jsonl(scan: EngineScan, out: IO[str]) -> None:
    """The JSONL report: every shard's document lines in order, then every error line."""
    for kind in ("docs", "errors"):
        for part in _part_files(scan, kind):
            with open(part, encoding="utf-8") as handle:
                shutil.copyfileobj(handle, out)


def write_json(report: Report, scan: EngineScan, out: IO[str]) -> None:
    """The JSON report, byte for byte `formats.json_format.render`, streamed from the parts.

    The report without documents renders `"documents": []`; each list is written in its
    place one element at a time, indented as `json.dumps(indent=2)` nests it.
    """
    from compliance.formats.json_format import render

    head = render(report)
    cursor = 0
    for key, kind in (("documents", "docs"), ("errors", "errors")):
        marker = f'\n  "{key}": [],'
        at = head.index(marker, cursor)
        out.write(head[cursor:at] + f'\n  "{key}": [')
        first = True
        for part in _part_files(scan, kind):
            with open(part, encoding="utf-8") as handle:
                for line in handle:
                    element = json.dumps(
                        json.loads(line), ensure_ascii=False, sort_keys=True, indent=2
                    )
                    out.write(("\n" if first else ",\n") + _indent(element, "    "))
                    first = False
        out.write("]," if first else "\n  ],")
        cursor = at + len(marker)
    out.write(head[cursor:])


def _indent(text: str, prefix: str) -> str:
    # JSON strings escape their newlines, so every newline here is between tokens.
    return prefix + text.replace("\n", "\n" + prefix)
