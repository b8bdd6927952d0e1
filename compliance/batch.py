"""Batch stage: Arrow record batches in, the same batches with verdict columns out.

This is the one place distributed engines (Ray Data, Spark, datatrove) call into the core
(DESIGN.md §6 "Past one machine"). Two entry points share one per-process checker cache:

- `check_batch(checker, table, fields)`: a pipeline *stage* over the user's own rows. It
  appends `compliance_gate`, one `compliance_<purpose>` verdict column per purpose, a compact
  JSON of the active findings and `compliance_error` (a row that is not a document), and never
  touches the input columns or their order.
- `scan_shard_batch(...)`: the *scan* stage behind `compliance scan --engine ray|spark`. It
  runs on the same `Shard`s as the local scan (byte ranges, row groups, files), so sources
  (`file:line`), ids and error entries are exactly those of a local run, writes each shard's
  report lines next to the other shards' from the worker, and returns only per-shard counts.
  `assemble_report` then sums the counts on the driver and the writers of `compliance.parts`
  concatenate the lines in shard order: no document row is ever collected there.

`Checker` holds a compiled RE2 set and is not picklable; engines ship a `CheckerSpec`
(plain data) and every worker process builds the checker once, on first use (`checker_for`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compliance.decide import exit_code_for
from compliance.engine import Checker, CheckerSpec
from compliance.model import (
    DocumentResult,
    ErrorEntry,
    Gate,
    Purpose,
    Report,
    Summary,
    VerdictValue,
)
from compliance.parts import EngineScan, ShardCounts, report_line
from compliance.scan import check_shard
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, Shard, record_document

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

PREFIX = "compliance_"
GATE_COLUMN = f"{PREFIX}gate"
FINDINGS_COLUMN = f"{PREFIX}findings"
ERROR_COLUMN = f"{PREFIX}error"
RESULT_COLUMN = f"{PREFIX}result"

# One checker per distinct spec per process: compiling ~200 rules takes about a second, so it
# happens once per worker, never once per batch (a small LRU like engine.compiled_matcher).
_CHECKERS: dict[CheckerSpec, Checker] = {}


def checker_for(spec: CheckerSpec | Checker) -> Checker:
    """The process's Checker for a spec, built on first use (a Checker passes through)."""
    if isinstance(spec, Checker):
        return spec
    found = _CHECKERS.get(spec)
    if found is None:
        if len(_CHECKERS) >= 4:
            _CHECKERS.pop(next(iter(_CHECKERS)))
        found = _CHECKERS[spec] = spec.build()
    return found


def purpose_column(purpose: Purpose) -> str:
    """`compliance_ai_train` for ai-train: column names SQL engines accept unquoted."""
    return PREFIX + purpose.value.replace("-", "_")


def added_columns(purposes: Sequence[Purpose], *, full: bool = False) -> list[str]:
    """The names `check_batch` appends, in order (engines declare output schemas from it)."""
    names = [GATE_COLUMN, *(purpose_column(p) for p in purposes), FINDINGS_COLUMN, ERROR_COLUMN]
    return [*names, RESULT_COLUMN] if full else names


def findings_json(result: DocumentResult) -> str:
    """The active (not superseded) findings as compact JSON: rule id, fingerprint, effects."""
    active = [
        {
            "rule_id": f.rule_id,
            "fingerprint": f.fingerprint,
            "effects": {p.value: v.value for p, v in f.effects.items()},
        }
        for f in result.findings
        if not f.superseded_by
    ]
    return json.dumps(active, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _columns(
    outcomes: Sequence[DocumentResult | str],
    purposes: Sequence[Purpose],
    full: bool,
) -> dict[str, list[str | None]]:
    """Column values for results (DocumentResult) and rejected rows (their reason)."""
    columns: dict[str, list[str | None]] = {name: [] for name in added_columns(purposes, full=full)}
    for outcome in outcomes:
        if isinstance(outcome, str):
            for name, values in columns.items():
                values.append(outcome if name == ERROR_COLUMN else None)
            continue
        columns[GATE_COLUMN].append(outcome.gate)
        for purpose in purposes:
            verdict = outcome.verdicts.get(purpose)
            columns[purpose_column(purpose)].append(verdict.verdict.value if verdict else None)
        columns[FINDINGS_COLUMN].append(findings_json(outcome))
        columns[ERROR_COLUMN].append(None)
        if full:
            columns[RESULT_COLUMN].append(report_line(outcome))
    return columns


def check_batch(
    checker: Checker | CheckerSpec,
    table: pa.Table | pa.RecordBatch,
    fields: FieldMap = DEFAULT_FIELDS,
    *,
    source_column: str | None = None,
    full: bool = False,
) -> pa.Table:
    """Batch stage: the input rows unchanged plus the verdict columns of `added_columns`.

    Rows map to documents exactly as in a dataset scan (`fields`: first present field wins,
    HTML over text). A row's source and fallback id come from `source_column` when given
    (engines that know file and line), else from its position in this batch (`row:N`).
    A row that is not a document gets null verdicts and its reason in `compliance_error`.
    `full=True` adds `compliance_result`, the row's line of the JSONL report.
    """
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    resolved = checker_for(checker)
    if isinstance(table, pa.RecordBatch):
        table = pa.Table.from_batches([table])
    # Only the columns a Document needs are converted to Python objects; wide rows (embeddings,
    # token ids) stay in Arrow.
    wanted = {*fields.text, *fields.html, *fields.url, *fields.id}
    if source_column:
        wanted.add(source_column)
    present = [name for name in table.column_names if name in wanted]
    rows = table.select(present).to_pylist()
    outcomes: list[DocumentResult | str] = []
    for index, row in enumerate(rows):
        source = str(row.get(source_column) or f"row:{index}") if source_column else f"row:{index}"
        made = record_document(row, fields, source=source, fallback_id=source)
        outcomes.append(made if isinstance(made, str) else resolved.check(made))
    for name, values in _columns(outcomes, resolved.policy.purposes, full).items():
        # Appending never rewrites the input columns: the stage is a pure addition.
        table = table.append_column(name, pa.array(values, type=pa.string()))
    return table


def check_batches(
    spec: CheckerSpec, batches: Iterable[pa.RecordBatch], fields: FieldMap = DEFAULT_FIELDS
) -> Iterator[pa.RecordBatch]:
    """`check_batch` over a stream of record batches (Spark's `mapInArrow` shape)."""
    for batch in batches:
        yield from check_batch(spec, batch, fields).to_batches()


# -- the distributed scan -------------------------------------------------------------------

SHARD_FIELDS = ("index", "path", "format", "compression", "start", "end", "first_line", "size")


def shard_rows(shards: Sequence[Shard]) -> list[dict[str, Any]]:
    """Shards as plain rows, for an engine to distribute (one shard per task)."""
    return [{name: getattr(s, name) for name in SHARD_FIELDS} for s in shards]


def shard_from_row(row: dict[str, Any]) -> Shard:
    return Shard(**{name: row[name] for name in SHARD_FIELDS})


def scan_shard(spec: CheckerSpec, fields: FieldMap, parts: Path, shard: Shard) -> ShardCounts:
    """Scan stage on a worker: check one shard, write its report lines, return its counts.

    Writes `parts/docs/<index>.jsonl` and `parts/errors/<index>.jsonl` (zero-padded, so a
    sorted listing is input order). `parts` must be visible to the driver (a shared
    filesystem on a real cluster).
    """
    checker = checker_for(spec)
    counts = ShardCounts(index=shard.index)
    name = f"{shard.index:08d}.jsonl"
    (parts / "docs").mkdir(parents=True, exist_ok=True)
    (parts / "errors").mkdir(parents=True, exist_ok=True)
    outcome = check_shard(checker, shard, fields, keep_raw=False)
    with (
        open(parts / "docs" / name, "w", encoding="utf-8") as docs,
        open(parts / "errors" / name, "w", encoding="utf-8") as errors,
    ):
        for item in outcome.items:
            result = item.outcome
            if result is None:
                counts.skipped += 1
            elif isinstance(result, ErrorEntry):
                counts.errors += 1
                errors.write(report_line(result) + "\n")
            else:
                counts.documents += 1
                counts.gates[result.gate] = counts.gates.get(result.gate, 0) + 1
                if result.gate == "pass" or (
                    result.gate == "undetermined" and spec.allow_undetermined
                ):
                    counts.allowed += 1
                for purpose, verdict in result.verdicts.items():
                    tally = counts.by_purpose.setdefault(purpose.value, {})
                    tally[verdict.verdict.value] = tally.get(verdict.verdict.value, 0) + 1
                docs.write(report_line(result) + "\n")
    return counts


def scan_shard_batch(
    spec: CheckerSpec, fields: FieldMap, parts: str, batch: pa.Table | pa.RecordBatch
) -> pa.Table:
    """`scan_shard` over a batch of shard rows; one counts row out per shard row in."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    rows = [
        scan_shard(spec, fields, Path(parts), shard_from_row(row)).to_row()
        for row in batch.to_pylist()
    ]
    return pa.Table.from_pylist(rows, schema=counts_schema())


def counts_schema() -> pa.Schema:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    return pa.schema([("index", pa.int64()), ("counts", pa.string())])


def assemble_report(
    checker: Checker, scan: EngineScan, *, argv: Sequence[str] = (), duration_s: float = 0.0
) -> Report:
    """The run's Report without documents and errors (they stay in the part files).

    Its summary and exit code are what `Checker.report` computes on a local run, from the
    summed counts; `write_jsonl` streams the documents and errors of the same report.
    """
    base = checker.report([], [], argv=argv, duration_s=duration_s)
    by_purpose = {
        p: {v: scan.by_purpose.get(p.value, {}).get(v.value, 0) for v in VerdictValue}
        for p in checker.policy.purposes
    }
    gates: list[Gate] = [g for g in ("fail", "undetermined") if scan.gates.get(g)]
    summary = Summary(
        documents=scan.documents, errors=scan.errors, by_purpose=by_purpose, gate=scan.gates
    )
    exit_code = exit_code_for(gates, scan.errors, checker.policy.allow_undetermined)
    return base.model_copy(update={"summary": summary, "exit_code": exit_code})
