"""Ray Data stage: `ComplianceBatches` for `Dataset.map_batches`, and `scan --engine ray`.

    import ray
    from compliance.integrations.ray import ComplianceBatches
    from compliance.discover.mine import MineOptions, ShardMined, mine_shard_rows, mined_schema
from compliance.engine import CheckerSpec

    spec = CheckerSpec(purposes="ai-train")
    ds = ray.data.read_parquet("s3://bucket/crawl/")
    checked = ds.map_batches(
        ComplianceBatches,
        fn_constructor_args=(spec,),
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=4),
    )
    checked.filter(expr="compliance_gate == 'pass'").write_parquet("s3://bucket/clean/")

A callable class runs as a pool of actors, so each actor compiles the rules once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from compliance.batch import (
    check_batch,
    checker_for,
    scan_shard_batch,
    shard_rows,
)
from compliance.discover.mine import MineOptions, ShardMined, mine_shard_rows, mined_schema
from compliance.engine import CheckerSpec
from compliance.integrations import require
from compliance.parts import EngineScan, summed
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, Shard


class ComplianceBatches:
    """Ray Data stage: a pyarrow batch in, the same rows plus the verdict columns out."""

    def __init__(
        self,
        spec: CheckerSpec,
        fields: FieldMap = DEFAULT_FIELDS,
        source_column: str | None = None,
    ) -> None:
        self.spec = spec
        self.fields = fields
        self.source_column = source_column
        checker_for(spec)  # compile in the actor's constructor, not on its first batch

    def __call__(self, batch: Any) -> Any:
        return check_batch(self.spec, batch, self.fields, source_column=self.source_column)


class _ShardScanner:
    """Ray Data scan stage: shard rows in, per-shard count rows out (lines go to `parts`)."""

    def __init__(self, spec: CheckerSpec, fields: FieldMap, parts: str) -> None:
        self.spec, self.fields, self.parts = spec, fields, parts
        checker_for(spec)

    def __call__(self, batch: Any) -> Any:
        return scan_shard_batch(self.spec, self.fields, self.parts, batch)


def scan(
    shards: Sequence[Shard],
    spec: CheckerSpec,
    fields: FieldMap,
    parts: Path,
    *,
    address: str | None = None,
    workers: int = 2,
) -> EngineScan:
    """`compliance scan --engine ray`: one task per shard on a pool of `workers` actors.

    Connects to `address` (a running cluster, or "auto"); without one, starts a local Ray
    with `workers` CPUs. Only one counts row per shard comes back to the driver.
    """
    counts = _per_shard(shards, _ShardScanner, (spec, fields, str(parts)), address, workers)
    return summed(parts, counts)


class _ShardMiner:
    """Ray Data discover stage: shard rows in, one mined row per shard out (counts on disk)."""

    def __init__(self, fields: FieldMap, options: MineOptions, work: str) -> None:
        self.fields, self.options, self.work = fields, options, work

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

        rows = mine_shard_rows(self.fields, self.options, self.work, batch.to_pylist())
        return pa.Table.from_pylist(rows, schema=mined_schema())


def discover(
    shards: Sequence[Shard],
    fields: FieldMap,
    options: MineOptions,
    work: Path,
    *,
    address: str | None = None,
    workers: int = 2,
) -> list[ShardMined]:
    """`compliance discover --engine ray`: the map stage, one task per shard on `workers`
    actors; each writes its run files into `work` and returns one small row. The driver
    merges the runs (`compliance.discover.run.reduce`), as after a local run."""
    mined = _per_shard(shards, _ShardMiner, (fields, options, str(work)), address, workers)
    return [ShardMined.from_row(row) for row in mined]


def _per_shard(
    shards: Sequence[Shard],
    stage: type,
    stage_args: tuple[Any, ...],
    address: str | None,
    workers: int,
) -> Iterator[dict[str, Any]]:
    """The rows `stage` returns for each shard, one task per shard on a pool of `workers`
    actors. Connects to `address` (a running cluster, or "auto"); without one, starts a
    local Ray with `workers` CPUs."""
    ray = require("ray", "ray")
    require("ray.data", "ray")
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    rows = shard_rows(shards)
    # One block per shard, so the shards spread over the actors instead of riding together.
    dataset = ray.data.from_items(rows, override_num_blocks=max(1, len(rows)))
    mapped = dataset.map_batches(
        stage,
        fn_constructor_args=stage_args,
        batch_format="pyarrow",
        batch_size=1,
        compute=ray.data.ActorPoolStrategy(size=max(1, min(workers, len(rows)))),
    )
    return iter(mapped.iter_rows())
