"""Spark stage: `compliance_udf` for `DataFrame.mapInArrow`, and `scan --engine spark`.

    from compliance.integrations.spark import compliance_udf, output_schema
    from compliance.engine import CheckerSpec

    spec = CheckerSpec(purposes="ai-train")
    df = spark.read.parquet("s3a://bucket/crawl/")
    checked = df.mapInArrow(compliance_udf(spec), output_schema(df.schema, spec))
    checked.where("compliance_gate = 'pass'").write.parquet("s3a://bucket/clean/")

The function ships a `CheckerSpec` (plain data); each Python worker builds the checker on its
first batch and keeps it for every later task (Spark reuses its Python workers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from compliance.batch import (
    EngineScan,
    added_columns,
    check_batches,
    scan_shard_batch,
    shard_rows,
    summed,
)
from compliance.engine import CheckerSpec
from compliance.integrations import require
from compliance.model import parse_purposes
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, Shard

ArrowFunction = Callable[[Iterable[Any]], Iterator[Any]]


def compliance_udf(spec: CheckerSpec, fields: FieldMap = DEFAULT_FIELDS) -> ArrowFunction:
    """Spark stage: the function `mapInArrow` calls with each partition's record batches."""

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        yield from check_batches(spec, batches, fields)

    return run


def output_schema(schema: Any, spec: CheckerSpec) -> Any:
    """The input schema plus the verdict columns (nullable strings), for `mapInArrow`."""
    types = require("pyspark.sql.types", "spark")
    out = types.StructType(list(schema.fields))
    for name in added_columns(parse_purposes(spec.purposes)):
        out = out.add(name, types.StringType(), nullable=True)
    return out


def session(master: str | None, workers: int) -> Any:
    """The active SparkSession, or a new one on `master` (default `local[workers]`)."""
    sql = require("pyspark.sql", "spark")
    builder = sql.SparkSession.builder.appName("compliance-scan")
    builder = builder.master(master or f"local[{workers}]")
    # Small result rows and one task per shard: the default 200 shuffle partitions and the
    # Arrow batch size only add scheduling here.
    builder = builder.config("spark.sql.shuffle.partitions", str(max(1, workers)))
    builder = builder.config("spark.ui.enabled", "false")
    return builder.getOrCreate()


def scan(
    shards: Sequence[Shard],
    spec: CheckerSpec,
    fields: FieldMap,
    parts: Path,
    *,
    master: str | None = None,
    workers: int = 2,
) -> EngineScan:
    """`compliance scan --engine spark`: one partition per shard through `mapInArrow`.

    Only one counts row per shard is collected; the report lines are written by the
    Python workers into `parts` (a shared filesystem on a real cluster).
    """
    types = require("pyspark.sql.types", "spark")
    spark = session(master, workers)
    rows = shard_rows(shards)
    schema = types.StructType(
        [
            types.StructField("index", types.LongType()),
            types.StructField("path", types.StringType()),
            types.StructField("format", types.StringType()),
            types.StructField("compression", types.StringType()),
            types.StructField("start", types.LongType()),
            types.StructField("end", types.LongType()),
            types.StructField("first_line", types.LongType()),
            types.StructField("size", types.LongType()),
        ]
    )
    # One slice per shard: a shard is the unit of work, like a task of the local pool.
    records = [tuple(row[f.name] for f in schema.fields) for row in rows]
    slices = spark.sparkContext.parallelize(records, max(1, len(rows)))
    frame = spark.createDataFrame(slices, schema)
    parts_name = str(parts)

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        for batch in batches:
            yield from scan_shard_batch(spec, fields, parts_name, batch).to_batches()

    counts = frame.mapInArrow(run, "index long, counts string")
    return summed(parts, (row.asDict() for row in counts.toLocalIterator()))
