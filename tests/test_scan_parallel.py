"""Parallel scans give the same results, in the same order, as one process (issue 6).

Workers read their own byte ranges / row groups; the parent only merges. No timing here:
the 1 → 2 worker speed-up is measured by `benchmarks/run.py`.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from compliance.engine import CheckerSpec
from compliance.scan import run_scan

NOTICE = "You may not use our content to train artificial intelligence models without our prior written permission."


def _records(n: int) -> list[dict[str, str]]:
    rows = []
    for i in range(n):
        text = f"Record {i}: Straße, ВСЕ ПРАВА, 市场 and plain words. " * 40
        if i % 7 == 0:
            text += "\n\n" + NOTICE
        rows.append({"id": f"r{i:05d}", "text": text})
    return rows


def _summary(outcome: object) -> list[tuple[str, str, tuple[str, ...]]]:
    results = outcome.results  # type: ignore[attr-defined]
    return [(r.id, r.gate, tuple(f.rule_id for f in r.findings)) for r in results]


@pytest.fixture(scope="module")
def spec() -> CheckerSpec:
    return CheckerSpec()


def test_jsonl_two_workers_equal_one(tmp_path: Path, spec: CheckerSpec) -> None:
    path = tmp_path / "big.jsonl"
    # > 1 MB so the file is cut into byte ranges (one per worker and more).
    with open(path, "w", encoding="utf-8") as handle:
        for row in _records(900):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 1 << 20
    checker = spec.build()
    one = run_scan([str(path)], spec, jobs=1, checker=checker)
    two = run_scan([str(path)], spec, jobs=2, checker=checker)
    assert _summary(one) == _summary(two)
    assert any(findings for _, _, findings in _summary(one))
    # The parent's objects are unfrozen again after the pool (gc.freeze before forking).
    assert gc.get_freeze_count() == 0


def test_parquet_two_workers_equal_one(tmp_path: Path, spec: CheckerSpec) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    rows = _records(300)
    path = tmp_path / "data.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=25)
    checker = spec.build()
    one = run_scan([str(path)], spec, jobs=1, checker=checker)
    two = run_scan([str(path)], spec, jobs=2, checker=checker)
    assert _summary(one) == _summary(two)
    assert [r.id for r in two.results] == [row["id"] for row in rows]
