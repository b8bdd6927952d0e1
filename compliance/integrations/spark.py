"""Spark stage: `compliance_udf` for `DataFrame.mapInArrow`, and `scan --engine spark`.

    from compliance.integrations.spark import compliance_udf, output_schema
    from compliance.discover.mine import MineOptions, ShardMined, mine_shard_rows, mined_schema
from compliance.engine import CheckerSpec

    spec = CheckerSpec(purposes="ai-train")
    df = spark.read.parquet("s3a://bucket/crawl/")
    checked = df.mapInArrow(compliance_udf(spec), output_schema(df.schema, spec))
    checked.where("compliance_gate = 'pass'").write.parquet("s3a://bucket/clean/")

The function ships a `CheckerSpec` (plain data); each Python worker builds the checker on its
first batch and keeps it for every later task (Spark reuses its Python workers).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from compliance.batch import (
    added_columns,
    check_batches,
    scan_shard_batch,
    shard_rows,
)
from compliance.discover.mine import MineOptions, ShardMined, mine_shard_rows, mined_schema
from compliance.engine import CheckerSpec
from compliance.errors import ComplianceError
from compliance.integrations import require
from compliance.model import parse_purposes
from compliance.parts import EngineScan, summed
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, Shard

T = TypeVar("T")

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
    """The active SparkSession, or a new one on `master` (default `local[workers]`).

    In local mode the Python workers run this very interpreter: PySpark's default is
    whatever `python3` is first on PATH, which need not have compliance installed.
    """
    sql = require("pyspark.sql", "spark")
    master = master or f"local[{workers}]"
    builder = sql.SparkSession.builder.appName("compliance-scan")
    builder = builder.master(master)
    if _is_local(master):
        builder = builder.config("spark.pyspark.python", sys.executable)
        # PySpark reads PYSPARK_PYTHON once, when the context starts; set it for that moment.
        with _environment("PYSPARK_PYTHON", sys.executable):
            return _configured(builder, workers).getOrCreate()
    return _configured(builder, workers).getOrCreate()


def _is_local(master: str) -> bool:
    return master == "local" or master.startswith("local[")


@contextlib.contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


def _configured(builder: Any, workers: int) -> Any:
    # Small result rows and one task per shard: the default 200 shuffle partitions and the
    # Arrow batch size only add scheduling here.
    builder = builder.config("spark.sql.shuffle.partitions", str(max(1, workers)))
    return builder.config("spark.ui.enabled", "false")


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
    frame = _shard_frame(shards, master, workers)
    parts_name = str(parts)

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        for batch in batches:
            yield from scan_shard_batch(spec, fields, parts_name, batch).to_batches()

    counts = frame.mapInArrow(run, "index long, counts string")
    return _collected(lambda: summed(parts, (row.asDict() for row in counts.toLocalIterator())))


def discover(
    shards: Sequence[Shard],
    fields: FieldMap,
    options: MineOptions,
    work: Path,
    *,
    master: str | None = None,
    workers: int = 2,
) -> list[ShardMined]:
    """`compliance discover --engine spark`: the map stage, one partition per shard through
    `mapInArrow`; the Python workers write run files into `work` (a shared filesystem on a
    real cluster) and only one small row per shard is collected."""
    frame = _shard_frame(shards, master, workers)
    work_name = str(work)

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

        for batch in batches:
            out = mine_shard_rows(fields, options, work_name, batch.to_pylist())
            yield from pa.Table.from_pylist(out, schema=mined_schema()).to_batches()

    mined = frame.mapInArrow(run, "index long, mined string")
    return _collected(
        lambda: [ShardMined.from_row(row.asDict()) for row in mined.toLocalIterator()]
    )


def _shard_frame(shards: Sequence[Shard], master: str | None, workers: int) -> Any:
    """A DataFrame of shard rows, one partition per shard: a shard is the unit of work, like
    a task of the local pool."""
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
    records = [tuple(row[f.name] for f in schema.fields) for row in rows]
    slices = spark.sparkContext.parallelize(records, max(1, len(rows)))
    return spark.createDataFrame(slices, schema)


def _collected(collect: Callable[[], T]) -> T:
    """Run the job that `collect` pulls; an executor that cannot import compliance is a
    usage error with what to do, not a Java traceback."""
    try:
        return collect()
    except Exception as exc:
        hint = missing_package_hint(exc)
        if hint is None:
            raise
        raise ComplianceError(hint) from None


def missing_package_hint(exc: BaseException) -> str | None:
    """A usage message when the executors' Python cannot import compliance, else None."""
    if "No module named 'compliance'" not in str(exc):
        return None
    return (
        "the Spark executors' Python cannot import compliance (No module named 'compliance'):"
        " install compliance[spark] in the executors' environment, ship it with"
        " `spark-submit --py-files compliance-<version>-py3-none-any.whl` (or"
        " spark.submit.pyFiles / spark.archives with a packed environment), or point"
        " spark.pyspark.python / PYSPARK_PYTHON at an interpreter that has it"
    )
