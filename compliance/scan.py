"""Scan stage: dataset shards → checked records, in input order, on N processes.

Each worker builds its `Checker` once (in the pool initializer) and reads its own shards —
byte ranges, row groups or whole files — so records are never piped through the parent
(PERF-NOTES.md: 1.81x on two cores this way, 1.06x when the parent parses). Results come
back per shard and are merged in shard order with a bounded look-ahead, so memory stays
bounded by `jobs * LOOKAHEAD` shards, and `--jobs 1` (in-process) gives the identical report.

`--split` output (allowed / rejected / errors) is written here, in the input's format, from
the records' exact bytes: allowed + rejected + errors = records read.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import gzip
import json
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from compliance.engine import Checker, CheckerSpec
from compliance.model import Document, DocumentResult, ErrorEntry
from compliance.sources.datasets import (
    DEFAULT_FIELDS,
    Compression,
    FieldMap,
    Format,
    Shard,
    output_suffix,
    plan_shards,
    read_shard,
)

LOOKAHEAD = 2  # shards in flight per worker: enough to keep workers busy, bounded memory


@dataclass(slots=True)
class Item:
    """One record after checking: a result, an error, or None (a skipped WARC record)."""

    outcome: DocumentResult | ErrorEntry | None
    raw: bytes | None = None
    row: dict[str, Any] | None = None
    header: bytes | None = None


@dataclass(slots=True)
class ShardOutcome:
    shard: Shard
    items: list[Item]
    final: bool = True  # False for all but the last chunk of a shard checked in chunks


# A shard read in the parent (sequential scans; whole compressed files) is checked and handed
# on in chunks of this many records, so memory does not grow with the file.
_CHUNK_RECORDS = 2000
# Whole-file shards (gzip, zstd, CSV, WARC cannot be entered mid-stream) larger than this are
# read in the parent in chunks rather than by a worker that would hold all their results.
_STREAM_IN_PARENT = 64 << 20


# -- workers ----------------------------------------------------------------------------------

_WORKER: tuple[Checker, FieldMap, bool] | None = None
# The parent's Checker, inherited by forked workers: compiling the rules again in every worker
# would cost seconds per process for an identical object.
_INHERITED: Checker | None = None


def _init_worker(spec: CheckerSpec, fields: FieldMap, keep_raw: bool) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group: only the parent handles it and stops the pool
    # (workers dying on their own left the parent waiting forever). SIGTERM from the pool's
    # terminate() must end a worker at once, not run the parent's inherited handler.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # blocked by _start_pool
    _WORKER = (_INHERITED if _INHERITED is not None else spec.build(), fields, keep_raw)


def _run_in_worker(shard: Shard) -> ShardOutcome:
    assert _WORKER is not None, "worker used before its initializer ran"
    checker, fields, keep_raw = _WORKER
    return _compact(check_shard(checker, shard, fields, keep_raw))


@dataclass(frozen=True, slots=True)
class _Silent:
    """A document nothing spoke about, as shipped from a worker: a few strings, not a model.

    Most records of a real dataset have no finding; pickling their full pydantic results
    (seven Verdict models each) and unpickling them in the parent cost as much as checking
    them, which ate the second core's gain (PERF-NOTES.md "Parallelism").
    """

    id: str
    source: str
    url: str | None
    kind: str
    gate: str
    verdicts: dict[Any, Any]


def _compact(outcome: ShardOutcome) -> ShardOutcome:
    shared: dict[tuple[Any, ...], dict[Any, Any]] = {}
    items = []
    for item in outcome.items:
        result = item.outcome
        if isinstance(result, DocumentResult) and not result.findings and not result.problems:
            key = tuple((p, v.verdict) for p, v in result.verdicts.items())
            verdicts = shared.setdefault(key, result.verdicts)  # pickled once per shard
            slim = _Silent(result.id, result.source, result.url, result.kind, result.gate, verdicts)
            items.append(Item(slim, item.raw, item.row, item.header))  # type: ignore[arg-type]
        else:
            items.append(item)
    return ShardOutcome(outcome.shard, items)


def _expand(outcome: ShardOutcome) -> ShardOutcome:
    for item in outcome.items:
        slim = item.outcome
        if isinstance(slim, _Silent):
            # Built without validation: the worker already validated these values.
            item.outcome = DocumentResult.model_construct(
                id=slim.id,
                source=slim.source,
                url=slim.url,
                kind=slim.kind,
                gate=slim.gate,
                verdicts=slim.verdicts,
                findings=(),
                problems=(),
            )
    return outcome


def check_shard(checker: Checker, shard: Shard, fields: FieldMap, keep_raw: bool) -> ShardOutcome:
    """Read and check every record of one shard."""
    items: list[Item] = []
    for chunk in check_shard_chunks(checker, shard, fields, keep_raw, size=None):
        items.extend(chunk.items)
    return ShardOutcome(shard, items)


def check_shard_chunks(
    checker: Checker, shard: Shard, fields: FieldMap, keep_raw: bool, size: int | None
) -> Iterator[ShardOutcome]:
    """Check one shard, handing on its results `size` records at a time (None: all at once)."""
    items: list[Item] = []
    for record in read_shard(shard, fields, keep_raw=keep_raw):
        item = record.item
        outcome = checker.check(item) if isinstance(item, Document) else item
        items.append(Item(outcome, record.raw, record.row, record.header))
        if size is not None and len(items) >= size:
            yield ShardOutcome(shard, items, final=False)
            items = []
    yield ShardOutcome(shard, items)


def scan_shards(
    shards: Sequence[Shard],
    spec: CheckerSpec,
    fields: FieldMap,
    *,
    jobs: int,
    keep_raw: bool,
    checker: Checker | None = None,
) -> Iterator[ShardOutcome]:
    """Shard outcomes in input order; `jobs` > 1 runs them on a process pool."""
    if jobs <= 1 or len(shards) <= 1:
        local = checker or spec.build()
        for shard in shards:
            yield from check_shard_chunks(local, shard, fields, keep_raw, _CHUNK_RECORDS)
        return
    global _INHERITED
    method = "fork" if os.name == "posix" else "spawn"
    context = multiprocessing.get_context(method)
    _INHERITED = checker if method == "fork" else None
    # Forked workers share the parent's heap copy-on-write, but the cyclic GC walks (and so
    # writes to) every inherited object: shards ran 3-6x slower in workers than in the
    # parent, and two workers were slower than one (benchmarks/run.py). Freezing moves the
    # parent's objects out of the collector's reach before forking.
    gc.freeze()
    try:
        yield from _pooled(
            context, shards, spec, fields, jobs=jobs, keep_raw=keep_raw, checker=checker
        )
    finally:
        gc.unfreeze()


_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


@contextlib.contextmanager
def _start_pool(context: Any, jobs: int, initargs: tuple[Any, ...]) -> Iterator[Any]:
    """A worker pool whose processes are born with SIGINT / SIGTERM blocked.

    A Ctrl-C that reached a worker before its initializer ran killed it, the pool's thread
    forked a replacement, and that orphan kept the run from ending. Workers (also those the
    pool's threads fork later: threads inherit the mask) unblock only once they ignore SIGINT.
    The parent unblocks inside `with pool`, so a pending Ctrl-C always terminates the pool.
    """
    if not hasattr(signal, "pthread_sigmask"):
        with context.Pool(jobs, initializer=_init_worker, initargs=initargs) as pool:
            yield pool
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool = context.Pool(jobs, initializer=_init_worker, initargs=initargs)
    except BaseException:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        raise
    with pool:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        yield pool


def _pooled(
    context: Any,
    shards: Sequence[Shard],
    spec: CheckerSpec,
    fields: FieldMap,
    *,
    jobs: int,
    keep_raw: bool,
    checker: Checker | None = None,
) -> Iterator[ShardOutcome]:
    """Shard outcomes from a process pool, in order, with `jobs * LOOKAHEAD` in flight.

    A big whole-file shard is read in the parent, in chunks, when its turn comes (the pool
    keeps working on the shards after it meanwhile): memory stays bounded either way.
    """
    local: Checker | None = checker
    with _start_pool(context, jobs, (spec, fields, keep_raw)) as pool:
        pending: deque[tuple[Shard, Any]] = deque()
        queue = iter(shards)

        def submit() -> bool:
            shard = next(queue, None)
            if shard is None:
                return False
            in_parent = shard.end is None and shard.start == 0 and shard.size > _STREAM_IN_PARENT
            task = None if in_parent else pool.apply_async(_run_in_worker, (shard,))
            pending.append((shard, task))
            return True

        while len(pending) < jobs * LOOKAHEAD and submit():
            pass
        while pending:
            shard, task = pending.popleft()
            submit()
            if task is None:
                local = local or spec.build()
                yield from check_shard_chunks(local, shard, fields, keep_raw, _CHUNK_RECORDS)
            else:
                yield _expand(task.get())


# -- the whole scan ---------------------------------------------------------------------------


@dataclass(slots=True)
class ScanResult:
    """What a scan produced. With a spool, `results` stays empty (the documents are on disk)
    and `errors` keeps only the first few, for the terminal; the counts are always whole."""

    results: list[DocumentResult] = field(default_factory=list)
    errors: list[ErrorEntry] = field(default_factory=list)
    skipped: int = 0
    allowed: int = 0
    rejected: int = 0
    documents: int = 0
    error_count: int = 0
    spooled: Any = None  # compliance.parts.EngineScan when the report lines were spooled

    @property
    def records(self) -> int:
        return self.documents + self.error_count


# Errors kept in memory for the terminal when the report is spooled to disk.
_ERRORS_KEPT = 100


class _Spool:
    """Report lines written to disk as they come, counts kept in memory: bounded memory on
    datasets far larger than RAM (the layout `compliance.batch` assembles reports from)."""

    def __init__(self, parts: Path, allow_undetermined: bool) -> None:
        from compliance.parts import EngineScan, ShardCounts

        (parts / "docs").mkdir(parents=True, exist_ok=True)
        (parts / "errors").mkdir(parents=True, exist_ok=True)
        self.scan = EngineScan(parts)
        self.counts = ShardCounts(index=0)
        self.allow_undetermined = allow_undetermined
        self._docs = open(parts / "docs" / "00000000.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        self._errors = open(parts / "errors" / "00000000.jsonl", "w", encoding="utf-8")  # noqa: SIM115

    def document(self, result: DocumentResult) -> None:
        from compliance.parts import report_line

        counts = self.counts
        counts.documents += 1
        counts.gates[result.gate] = counts.gates.get(result.gate, 0) + 1
        for purpose, verdict in result.verdicts.items():
            tally = counts.by_purpose.setdefault(purpose.value, {})
            tally[verdict.verdict.value] = tally.get(verdict.verdict.value, 0) + 1
        self._docs.write(report_line(result) + "\n")

    def error(self, entry: ErrorEntry) -> None:
        from compliance.parts import report_line

        self.counts.errors += 1
        self._errors.write(report_line(entry) + "\n")

    def close(self, outcome: ScanResult) -> Any:
        self._docs.close()
        self._errors.close()
        self.counts.skipped = outcome.skipped
        self.counts.allowed = outcome.allowed
        self.scan.add(self.counts)
        return self.scan


Progress = Callable[[int, int], None]  # (records so far, bytes so far)
Gate = Callable[[DocumentResult], DocumentResult]


def run_scan(
    paths: Sequence[str],
    spec: CheckerSpec,
    fields: FieldMap = DEFAULT_FIELDS,
    *,
    jobs: int = 1,
    split_dir: Path | None = None,
    allow_undetermined: bool = False,
    checker: Checker | None = None,
    adjust: Gate | None = None,
    progress: Progress | None = None,
    spool: Path | None = None,
) -> ScanResult:
    """Scan the inputs; write the split when asked. `adjust` may re-gate a result (baseline).

    With `spool`, report lines go to files under that directory instead of memory.
    """
    shards = plan_shards(paths, jobs)
    keep_raw = split_dir is not None
    outcome = ScanResult()
    splitter = Splitter(split_dir) if split_dir is not None else None
    spooler = _Spool(spool, allow_undetermined) if spool is not None else None
    done_bytes = 0
    completed = False
    try:
        for shard_outcome in scan_shards(
            shards, spec, fields, jobs=jobs, keep_raw=keep_raw, checker=checker
        ):
            shard = shard_outcome.shard
            for item in shard_outcome.items:
                result = item.outcome
                if result is None:
                    outcome.skipped += 1
                    continue
                if isinstance(result, ErrorEntry):
                    outcome.error_count += 1
                    if spooler is None or len(outcome.errors) < _ERRORS_KEPT:
                        outcome.errors.append(result)
                    if spooler is not None:
                        spooler.error(result)
                    if splitter:
                        splitter.error(result, item.raw)
                    continue
                if adjust is not None:
                    result = adjust(result)
                outcome.documents += 1
                if spooler is not None:
                    spooler.document(result)
                else:
                    outcome.results.append(result)
                allowed = result.gate == "pass" or (
                    result.gate == "undetermined" and allow_undetermined
                )
                if allowed:
                    outcome.allowed += 1
                else:
                    outcome.rejected += 1
                if splitter:
                    splitter.record(shard.format, shard.compression, item, result, allowed)
            if shard_outcome.final:
                done_bytes += shard.size
            if progress:
                progress(outcome.records, done_bytes)
        completed = True
    finally:
        if splitter:
            # An interrupted scan writes no counts.json: its absence marks the split partial.
            splitter.close(outcome if completed else None)
        if spooler is not None:
            outcome.spooled = spooler.close(outcome)
    return outcome


# -- split output -----------------------------------------------------------------------------


class _Writer:
    """Appends records of one format to one output file (compressed like the input)."""

    def __init__(self, path: Path, fmt: Format, compression: Compression) -> None:
        self.path = path
        self.format = fmt
        self.rows: list[dict[str, Any]] = []
        self.count = 0
        self._parquet: Any = None
        self._schema: Any = None
        self._stream: IO[bytes] | None = None
        self._raw: IO[bytes] | None = None
        if fmt == "parquet":
            return
        self._raw = open(path, "wb")  # noqa: SIM115 - closed in close()
        if compression == "gz" and fmt != "warc":
            self._stream = gzip.GzipFile(fileobj=self._raw, mode="wb", mtime=0)  # type: ignore[assignment]
        elif compression == "zst":
            import zstandard

            self._stream = zstandard.ZstdCompressor().stream_writer(self._raw, closefd=False)
        else:
            # .warc.gz records are gzip members already: copying them keeps them identical.
            self._stream = self._raw

    def write(self, raw: bytes) -> None:
        assert self._stream is not None
        self._stream.write(raw)
        self.count += 1

    def write_row(self, row: dict[str, Any], schema: Any) -> None:
        self._schema = schema
        self.rows.append(row)
        self.count += 1
        if len(self.rows) >= 4096:
            self._flush_rows()

    def _flush_rows(self) -> None:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self.path, self._schema)
        if self.rows:
            self._parquet.write_table(pa.Table.from_pylist(self.rows, schema=self._schema))
        self.rows = []

    def close(self) -> None:
        if self.format == "parquet":
            if self._schema is not None:
                self._flush_rows()
                self._parquet.close()
            return
        if self._stream is not None and self._stream is not self._raw:
            self._stream.close()
        if self._raw is not None:
            self._raw.close()


class Splitter:
    """Writes OUTDIR/allowed.*, rejected.*, rejected.verdicts.jsonl, errors.jsonl, counts.json."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        _remove_earlier_split(directory)
        self.writers: dict[tuple[str, Any], _Writer] = {}
        self.names: set[str] = set()
        self.verdicts = open(directory / "rejected.verdicts.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        self.errors = open(directory / "errors.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        self._schemas: dict[str, Any] = {}

    def _writer(self, side: str, fmt: Format, compression: Compression, key: Any) -> _Writer:
        wanted = (side, (fmt, compression, key))
        writer = self.writers.get(wanted)
        if writer is None:
            # Files of one format share one output unless their CSV header or Parquet schema
            # differ; then the next one is numbered (allowed.2.csv) rather than mixed.
            suffix = output_suffix(fmt, compression)
            name = f"{side}{suffix}"
            number = 2
            while name in self.names:
                name = f"{side}.{number}{suffix}"
                number += 1
            self.names.add(name)
            writer = _Writer(self.directory / name, fmt, compression)
            self.writers[wanted] = writer
        return writer

    def record(
        self,
        fmt: Format,
        compression: Compression,
        item: Item,
        result: DocumentResult,
        allowed: bool,
    ) -> None:
        side = "allowed" if allowed else "rejected"
        if fmt == "parquet":
            assert item.row is not None
            schema = self._schema_for(result.source)
            writer = self._writer(side, fmt, compression, str(schema))
            writer.write_row(item.row, schema)
        else:
            writer = self._writer(side, fmt, compression, item.header)
            if writer.count == 0 and item.header:
                assert writer._stream is not None
                writer._stream.write(_line_ended(item.header))
            raw = item.raw or b""
            # The last record of a file may lack its newline; written as is, it would merge
            # with the next input's first record (JSONL and CSV are line formats).
            writer.write(raw if fmt == "warc" else _line_ended(raw))
        if not allowed:
            self.verdicts.write(
                json.dumps(_verdict_line(result), ensure_ascii=False, sort_keys=True) + "\n"
            )

    def _schema_for(self, source: str) -> Any:
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

        path = source.rsplit("#row=", 1)[0]
        if path not in self._schemas:
            self._schemas[path] = pq.ParquetFile(path).schema_arrow
        return self._schemas[path]

    def error(self, error: ErrorEntry, raw: bytes | None) -> None:
        line: dict[str, Any] = {"file": error.source, "reason": error.message}
        if error.line is not None:
            line["line"] = error.line
        if error.offset is not None:
            line["offset"] = error.offset
        line["raw_base64"] = base64.b64encode(raw).decode("ascii") if raw is not None else None
        self.errors.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")

    def close(self, outcome: ScanResult | None) -> None:
        """Close the outputs; write counts.json (last, atomically) unless the scan stopped."""
        for writer in self.writers.values():
            writer.close()
        self.verdicts.close()
        self.errors.close()
        if outcome is None:
            return
        counts = {
            "records_read": outcome.records,
            "allowed": outcome.allowed,
            "rejected": outcome.rejected,
            "errors": outcome.error_count,
            "skipped_non_response_warc_records": outcome.skipped,
            "files": sorted(w.path.name for w in self.writers.values()),
        }
        temporary = self.directory / ".counts.json.tmp"
        temporary.write_text(json.dumps(counts, indent=2, sort_keys=True) + "\n", "utf-8")
        os.replace(temporary, self.directory / COUNTS)


COUNTS = "counts.json"


def _line_ended(raw: bytes) -> bytes:
    return raw if not raw or raw.endswith(b"\n") else raw + b"\n"


def _remove_earlier_split(directory: Path) -> None:
    """Remove an earlier run's counts.json (first) and the files it lists.

    A counts.json beside this run's files would vouch for output it does not describe; an
    earlier run's numbered file (allowed.2.csv) this run does not write would linger.
    """
    counts = directory / COUNTS
    try:
        listed = json.loads(counts.read_text("utf-8")).get("files", [])
    except (OSError, ValueError, AttributeError):
        listed = []
    counts.unlink(missing_ok=True)
    for name in listed if isinstance(listed, list) else []:
        # Only plain names inside the directory: counts.json is not trusted with paths.
        if isinstance(name, str) and name == Path(name).name and not name.startswith("."):
            (directory / name).unlink(missing_ok=True)


def _verdict_line(result: DocumentResult) -> dict[str, Any]:
    """Why a record was rejected: verdicts per purpose and the deciding rules' messages."""
    active = [f for f in result.findings if not f.superseded_by]
    return {
        "id": result.id,
        "source": result.source,
        "url": result.url,
        "gate": result.gate,
        "verdicts": {
            p.value: {
                "verdict": v.verdict.value,
                "conditions": list(v.conditions),
                "unmet": list(v.unmet),
                "reasons": list(v.reasons),
            }
            for p, v in result.verdicts.items()
        },
        "findings": [
            {"rule_id": f.rule_id, "fingerprint": f.fingerprint, "message": f.message}
            for f in active
        ],
        "problems": [{"code": p.code, "message": p.message} for p in result.problems],
    }
