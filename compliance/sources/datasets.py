"""Input stage for datasets: JSONL / CSV / Parquet / WARC records → Documents, streaming.

Every reader yields one `Record` per input record, in file order, holding either a `Document`
or an `ErrorEntry` naming the file and the line (JSONL, CSV), row (Parquet) or byte offset
(WARC) — a corrupt record never stops the scan (DESIGN.md §7: counts in = counts out).
Records also carry their exact input bytes when a split is requested, so `--split` can
write them out unchanged (WARC records stay byte-identical).

Work is cut into `Shard`s that a worker process opens and reads by itself: byte ranges of
plain JSONL files, row groups of Parquet files, whole files otherwise (gzip, zstd, CSV and WARC
cannot be entered in the middle). PERF-NOTES.md measured 1.81x on two cores this way, against
1.06x when one parent parses and pipes records to the workers.
"""

from __future__ import annotations

import csv
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Literal

import orjson

from compliance.errors import InputError
from compliance.model import Document, DocumentKind, ErrorEntry, Problem
from compliance.sources.decoding import decode
from compliance.sources.streams import LineReader

Format = Literal["jsonl", "csv", "parquet", "warc"]
Compression = Literal["gz", "zst"] | None

# Common crawl dumps (C4, RefinedWeb, FineWeb, Dolma, OSCAR ...) name their fields these ways.
DEFAULT_TEXT_FIELDS = ("text", "content", "raw_content", "body")
DEFAULT_HTML_FIELDS = ("html", "raw_html")
DEFAULT_URL_FIELDS = ("url", "source_url", "link", "WARC-Target-URI")
DEFAULT_ID_FIELDS = ("id", "doc_id", "uuid", "WARC-Record-ID")

_SUFFIXES: tuple[tuple[str, Format, Compression], ...] = (
    (".jsonl.gz", "jsonl", "gz"),
    (".ndjson.gz", "jsonl", "gz"),
    (".jsonl.zst", "jsonl", "zst"),
    (".ndjson.zst", "jsonl", "zst"),
    (".jsonl", "jsonl", None),
    (".ndjson", "jsonl", None),
    (".csv.gz", "csv", "gz"),
    (".csv", "csv", None),
    (".parquet", "parquet", None),
    (".warc.gz", "warc", "gz"),
    (".warc", "warc", None),
)
SUPPORTED = ", ".join(s for s, _, _ in _SUFFIXES)
_MIN_RANGE = 1 << 20  # smaller byte ranges cost more in scheduling than they save
# Larger ranges hold more results in flight at once: a shard's results travel back whole.
_MAX_RANGE = 16 << 20
_MAX_ROW_GROUPS = 2
_CHUNK = 1 << 20
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# The per-record bound (--max-record-bytes), the same default as check's --max-bytes: a record
# is a document. Without it one 10 GB line (a 10 MB .jsonl.gz) exhausted memory.
MAX_RECORD_BYTES = 64 << 20
_WARC_SLACK = 1 << 20  # WARC and HTTP header room on top of a record's block


@dataclass(frozen=True, slots=True)
class FieldMap:
    """How records are read: which fields hold the text, HTML, URL and id (first present one
    wins), and the most bytes one record may take (a longer one is an error entry)."""

    text: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    html: tuple[str, ...] = DEFAULT_HTML_FIELDS
    url: tuple[str, ...] = DEFAULT_URL_FIELDS
    id: tuple[str, ...] = DEFAULT_ID_FIELDS
    max_record_bytes: int = MAX_RECORD_BYTES


DEFAULT_FIELDS = FieldMap()


@dataclass(frozen=True, slots=True)
class Shard:
    """A piece of input one worker reads on its own: a byte range, row groups, or a file."""

    index: int
    path: str
    format: Format
    compression: Compression
    start: int = 0  # byte offset (plain JSONL) or first row group (Parquet)
    end: int | None = None  # exclusive; None = to the end of the file
    first_line: int = 1  # line number (JSONL) or row number (Parquet) of the first record
    size: int = 0  # bytes this shard covers, for the progress bar


@dataclass(slots=True)
class Record:
    """One input record: a Document, an ErrorEntry, or None for a skipped non-content record.

    `raw` holds the exact input bytes (JSONL line, CSV row lines, WARC record) and `row` a
    Parquet row, both only when the caller asked for them (`--split`).
    """

    item: Document | ErrorEntry | None
    raw: bytes | None = None
    row: dict[str, Any] | None = None
    header: bytes | None = field(default=None)  # CSV header line(s), for split writers


def detect_format(path: str) -> tuple[Format, Compression]:
    """The dataset format a file name implies; InputError names the file otherwise."""
    name = path.lower()
    for suffix, fmt, compression in _SUFFIXES:
        if name.endswith(suffix):
            return fmt, compression
    raise InputError(f"{path}: unsupported dataset type (expected one of {SUPPORTED})")


def output_suffix(fmt: Format, compression: Compression) -> str:
    """The file suffix `--split` uses for records of this format: the input's own."""
    return f".{fmt}" + (f".{compression}" if compression else "")


def plan_shards(paths: Iterable[str], jobs: int) -> list[Shard]:
    """Cut the inputs into shards, in input order; byte ranges start at line starts."""
    shards: list[Shard] = []
    for path in paths:
        fmt, compression = detect_format(path)
        size = os.path.getsize(path)
        if fmt == "jsonl" and compression is None and jobs > 1 and size > _MIN_RANGE:
            shards.extend(_jsonl_ranges(path, size, jobs, len(shards)))
        elif fmt == "parquet":
            shards.extend(_parquet_shards(path, size, jobs, len(shards)))
        else:
            shards.append(Shard(len(shards), path, fmt, compression, size=size))
    return shards


def _jsonl_ranges(path: str, size: int, jobs: int, first_index: int) -> list[Shard]:
    """Split a plain JSONL file into ~4 ranges per job, counting lines to number them.

    Counting newlines is one sequential pass at memory speed; it gives every record its
    absolute line number (the id and fingerprint of a record without an id field use it).
    """
    target = min(max(_MIN_RANGE, size // (jobs * 4) + 1), _MAX_RANGE)
    bounds = [0]
    with open(path, "rb") as handle:
        while bounds[-1] + target < size:
            position = _next_line_start(handle, bounds[-1] + target)
            if position >= size:
                break
            bounds.append(position)
        bounds.append(size)
        shards = []
        line = 1
        for i in range(len(bounds) - 1):
            start, end = bounds[i], bounds[i + 1]
            shards.append(
                Shard(first_index + i, path, "jsonl", None, start, end, line, end - start)
            )
            handle.seek(start)
            remaining = end - start
            while remaining > 0:
                chunk = handle.read(min(_CHUNK, remaining))
                if not chunk:
                    break
                line += chunk.count(b"\n")
                remaining -= len(chunk)
    return shards


def _next_line_start(handle: BinaryIO, position: int) -> int:
    """The offset just past the first newline at or after `position` (EOF if none), read in
    chunks: one giant line must not be read into memory to find where it ends."""
    handle.seek(position)
    while chunk := handle.read(_CHUNK):
        newline = chunk.find(b"\n")
        if newline >= 0:
            return position + newline + 1
        position += len(chunk)
    return position


def _parquet_shards(path: str, size: int, jobs: int, first_index: int) -> list[Shard]:
    import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception:
        return [Shard(first_index, path, "parquet", None, size=size)]
    groups = meta.num_row_groups
    per_shard = max(1, min(groups // max(1, jobs * 4), _MAX_ROW_GROUPS))
    shards: list[Shard] = []
    row = 1
    for start in range(0, max(groups, 1), per_shard):
        end = min(groups, start + per_shard)
        rows = sum(meta.row_group(g).num_rows for g in range(start, end))
        share = size * (end - start) // max(groups, 1)
        shards.append(
            Shard(first_index + len(shards), path, "parquet", None, start, end, row, share)
        )
        row += rows
    return shards


def read_shard(shard: Shard, fields: FieldMap, *, keep_raw: bool = False) -> Iterator[Record]:
    """Every record of one shard, in order; never raises on the data."""
    if shard.format == "jsonl":
        yield from _read_jsonl(shard, fields, keep_raw)
    elif shard.format == "csv":
        yield from _read_csv(shard, fields, keep_raw)
    elif shard.format == "parquet":
        yield from _read_parquet(shard, fields, keep_raw)
    else:
        yield from _read_warc(shard, keep_raw, fields.max_record_bytes)


def read_records(
    paths: Iterable[str], fields: FieldMap = DEFAULT_FIELDS, *, keep_raw: bool = False
) -> Iterator[Record]:
    """Every record of every input, in order (one process; the scan engine shards)."""
    for shard in plan_shards(paths, 1):
        yield from read_shard(shard, fields, keep_raw=keep_raw)


# -- mapping a record to a Document ----------------------------------------------------------


def record_document(
    data: dict[str, Any], fields: FieldMap, *, source: str, fallback_id: str
) -> Document | str:
    """A Document from a record's fields, or the reason why the record is unusable."""
    html = _field(data, fields.html)
    text = _field(data, fields.text)
    url = _field(data, fields.url)
    ident = _field(data, fields.id)
    for name, value in (("html", html), ("text", text), ("url", url)):
        if value is not None and not isinstance(value[1], str):
            return f"field {value[0]!r} is {type(value[1]).__name__}, expected a string ({name})"
    if html is None and text is None:
        looked = ", ".join((*fields.text, *fields.html))
        return f"no text or html field (looked for {looked}; set --text-field/--html-field)"
    kind: DocumentKind = "html" if html is not None else "text"
    doc_id = fallback_id
    if ident is not None and isinstance(ident[1], str | int) and not isinstance(ident[1], bool):
        doc_id = str(ident[1])
    return Document(
        id=doc_id,
        source=source,
        kind=kind,
        url=url[1] if url else None,
        html=html[1] if html else None,
        text=text[1] if html is None and text else None,
    )


def _field(data: dict[str, Any], names: tuple[str, ...]) -> tuple[str, Any] | None:
    for name in names:
        value = data.get(name)
        if value is not None:
            if isinstance(value, bytes):
                # Parquet binary columns: decode strictly, like every other input (§7).
                try:
                    value = value.decode("utf-8")
                except UnicodeDecodeError:
                    return name, value
            return name, value
    return None


# -- JSONL ------------------------------------------------------------------------------------


def _read_jsonl(shard: Shard, fields: FieldMap, keep_raw: bool) -> Iterator[Record]:
    path = shard.path
    limit = fields.max_record_bytes
    line_no = shard.first_line - 1
    lines = LineReader(path, shard.compression, limit, shard.start, shard.end)
    try:
        for line in lines:
            line_no += 1
            data = line.data
            if data is None:
                yield _error(path, line_no, _oversize(line.size, limit), None)
                continue
            if line.damage is not None:
                # Decoded from a unit that failed its check: garbled text could hide a notice.
                yield _error(path, line_no, f"record not trusted: {line.damage.describe()}", data)
                continue
            if not data.strip():
                continue  # a blank line is not a record
            yield _jsonl_record(path, line_no, data, fields, keep_raw)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield _rest_unreadable(path, line_no + 1, _describe(exc))
        return
    if lines.fatal is not None:
        # A truncated or corrupt compressed stream: nothing after this point can be read.
        yield _rest_unreadable(path, line_no + 1, lines.fatal.describe())


def _jsonl_record(path: str, line_no: int, line: bytes, fields: FieldMap, keep_raw: bool) -> Record:
    source = f"{path}:{line_no}"
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return _error(path, line_no, f"malformed JSON: {exc}", line)
    if not isinstance(data, dict):
        return _error(path, line_no, f"expected a JSON object, got {type(data).__name__}", line)
    made = record_document(data, fields, source=source, fallback_id=source)
    if isinstance(made, str):
        return _error(path, line_no, made, line)
    return Record(made, line if keep_raw else None)


def _rest_unreadable(path: str, line: int, why: str) -> Record:
    return Record(
        ErrorEntry(
            source=path,
            line=line,
            message=f"unreadable from line {line} on ({why}); the rest of the file was not scanned",
        )
    )


def _oversize(size: int, limit: int) -> str:
    return (
        f"record is {size} bytes, over the limit of {limit} (--max-record-bytes);"
        " not read, the scan went on with the next record"
    )


def _error(path: str, line: int, message: str, raw: bytes | None) -> Record:
    return Record(ErrorEntry(source=path, line=line, message=message), raw)


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if isinstance(exc, EOFError):
        return f"truncated compressed stream: {text}"
    return text


# -- CSV --------------------------------------------------------------------------------------


def _read_csv(shard: Shard, fields: FieldMap, keep_raw: bool) -> Iterator[Record]:
    path = shard.path
    limit = fields.max_record_bytes
    consumed: list[bytes] = []
    # Per row being read: its first line, and why it cannot be trusted (an over-long line, a
    # compressed unit that failed its check) even if the csv module parses it.
    state: dict[str, Any] = {"line": 0, "flaw": None}
    reader_lines = LineReader(path, shard.compression, limit)

    def lines() -> Iterator[str]:
        # Decode line by line, keeping the bytes: a record's raw text is exactly the lines the
        # csv module consumed for it, so --split writes it out unchanged.
        for line in reader_lines:
            state["line"] += 1
            if line.data is None:
                state["flaw"] = state["flaw"] or _oversize(line.size, limit)
                yield "\n"  # keeps the csv state machine in step; the row becomes an error
                continue
            if line.damage is not None:
                state["flaw"] = state["flaw"] or f"row not trusted: {line.damage.describe()}"
            consumed.append(line.data)
            yield line.data.decode("utf-8", "surrogateescape")

    # A field over the record limit is a csv.Error for its row, not a memory problem.
    csv.field_size_limit(limit)
    try:
        reader = csv.reader(lines(), strict=True)
        header: list[str] | None = None
        header_raw = b""
        bad_header: str | None = None
        while True:
            start_line = state["line"] + 1
            consumed.clear()
            state["flaw"] = None
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield _error(path, start_line, f"bad CSV row: {exc}", b"".join(consumed))
                continue
            raw = b"".join(consumed)
            flaw = state["flaw"]
            if header is None:
                header, header_raw = row, raw
                if flaw or _has_surrogates(row):
                    bad_header = flaw or "the header is not valid UTF-8"
                    yield _error(
                        path,
                        start_line,
                        f"{bad_header}: the rest of the file was not scanned"
                        " (each row below is reported as an error)",
                        raw,
                    )
                continue
            if bad_header is not None:
                # Without a usable header no field can be found: every row is still counted.
                if row or flaw:
                    yield _error(path, start_line, f"row not scanned ({bad_header})", raw)
                continue
            if flaw:
                yield _error(path, start_line, flaw, raw if len(raw) <= limit else None)
                continue
            if not row:
                continue  # an empty line
            yield _csv_record(path, start_line, header, header_raw, row, raw, fields, keep_raw)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield _rest_unreadable(path, state["line"] + 1, _describe(exc))
        return
    if reader_lines.fatal is not None:
        yield _rest_unreadable(path, state["line"] + 1, reader_lines.fatal.describe())


def _csv_record(
    path: str,
    line: int,
    header: list[str],
    header_raw: bytes,
    row: list[str],
    raw: bytes,
    fields: FieldMap,
    keep_raw: bool,
) -> Record:
    if len(row) != len(header):
        return _error(
            path, line, f"bad CSV row: {len(row)} field(s), the header has {len(header)}", raw
        )
    if _has_surrogates(row):
        return _error(path, line, "invalid UTF-8 in the row", raw)
    source = f"{path}:{line}"
    made = record_document(
        dict(zip(header, row, strict=True)), fields, source=source, fallback_id=source
    )
    if isinstance(made, str):
        return _error(path, line, made, raw)
    return Record(made, raw if keep_raw else None, header=header_raw if keep_raw else None)


def _has_surrogates(row: list[str]) -> bool:
    return any(not cell.isascii() and any("\udc80" <= c <= "\udcff" for c in cell) for cell in row)


# -- Parquet ----------------------------------------------------------------------------------


def _read_parquet(shard: Shard, fields: FieldMap, keep_raw: bool) -> Iterator[Record]:
    import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

    path = shard.path
    row_no = shard.first_line
    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:
        yield Record(ErrorEntry(source=path, message=f"unreadable Parquet file: {exc}"))
        return
    end = shard.end if shard.end is not None else parquet.metadata.num_row_groups
    for group in range(shard.start, end):
        group_rows = parquet.metadata.row_group(group).num_rows
        try:
            batches = list(parquet.iter_batches(batch_size=2048, row_groups=[group]))
        except Exception as exc:
            # One unreadable row group loses its rows, not the file: each row gets an entry
            # so that counts in = counts out.
            for _ in range(group_rows):
                yield Record(
                    ErrorEntry(
                        source=path,
                        line=row_no,
                        message=f"row {row_no}: row group {group} unreadable: {exc}",
                    )
                )
                row_no += 1
            continue
        for batch in batches:
            for data in batch.to_pylist():
                source = f"{path}#row={row_no}"
                size = sum(len(v) for v in data.values() if isinstance(v, str | bytes))
                if size > fields.max_record_bytes:
                    message = _oversize(size, fields.max_record_bytes)
                    yield Record(
                        ErrorEntry(source=path, line=row_no, message=f"row {row_no}: {message}")
                    )
                    row_no += 1
                    continue
                made = record_document(data, fields, source=source, fallback_id=source)
                if isinstance(made, str):
                    yield Record(
                        ErrorEntry(source=path, line=row_no, message=f"row {row_no}: {made}")
                    )
                else:
                    yield Record(made, row=data if keep_raw else None)
                row_no += 1


# -- WARC -------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Pending:
    """A WARC record parsed by fastwarc, waiting for the next record's offset (its end)."""

    offset: int
    record_type: str
    warc_headers: dict[str, str]
    http_headers: tuple[tuple[str, str], ...]
    status: int | None
    payload: bytes
    content_length: int
    oversize: bool = False


def _read_warc(shard: Shard, keep_raw: bool, limit: int = MAX_RECORD_BYTES) -> Iterator[Record]:
    path = shard.path
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        resume: int | None = 0
        found = False
        while resume is not None:
            start = resume
            resume = None
            for item in _warc_from(path, handle, start, size, keep_raw, limit):
                if isinstance(item, _Broken):
                    # The record at this offset is broken: name it, and go on with the next
                    # record start after it instead of losing the rest of the file.
                    resume = _next_warc_record(handle, item.offset + 1, size)
                    if item.offset == 0 and resume is None and not found:
                        message = f"not a WARC file: {item.why}"
                    else:
                        message = f"broken WARC record: {item.why}"
                    yield Record(ErrorEntry(source=path, offset=item.offset, message=message))
                    found = True  # reported: the file is not silently empty
                else:
                    found = True
                    yield item
        if not found and size:
            yield Record(ErrorEntry(source=path, offset=0, message="no WARC record found"))


@dataclass(frozen=True, slots=True)
class _Broken:
    """The WARC record at this offset could not be parsed."""

    offset: int
    why: str


def _warc_from(
    path: str, handle: Any, start: int, size: int, keep_raw: bool, limit: int
) -> Iterator[Record | _Broken]:
    from fastwarc.warc import ArchiveIterator

    fd = handle.fileno()
    handle.seek(start)
    pending: _Pending | None = None
    try:
        for record in ArchiveIterator(handle, parse_http=True, auto_decode="all"):
            declared = _declared_length(record.headers.get("Content-Length"))
            payload = b"" if declared > limit else record.reader.read(limit + 1)
            current = _Pending(
                offset=record.stream_pos,  # absolute, also after a seek
                record_type=(record.headers.get("WARC-Type") or "").lower(),
                warc_headers=dict(record.headers.items()),
                http_headers=tuple(record.http_headers.items()) if record.http_headers else (),
                status=record.http_headers.status_code if record.http_headers else None,
                payload=payload,
                content_length=declared,
                oversize=declared > limit or len(payload) > limit,
            )
            if pending is not None:
                yield _warc_record(path, fd, pending, current.offset, keep_raw, limit)
            pending = current
    except OSError as exc:
        if pending is None:
            yield _Broken(start, str(exc))
            return
        # fastwarc fails on the record *after* the last good one: find where that one ends.
        end = _warc_record_end(fd, pending, size, limit)
        yield _warc_record(path, fd, pending, end, keep_raw, limit)
        yield _Broken(end, str(exc))
        return
    if pending is not None:
        yield _warc_record(path, fd, pending, size, keep_raw, limit)


def _warc_record_end(fd: int, rec: _Pending, size: int, limit: int) -> int:
    """Where a record ends (a gzip member's end, or header + block + CRLF CRLF)."""
    head = os.pread(fd, min(size - rec.offset, limit + _WARC_SLACK), rec.offset)
    if head[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(47)
        try:
            inflater.decompress(head, limit + _WARC_SLACK)
        except zlib.error:
            return rec.offset + 1
        return rec.offset + len(head) - len(inflater.unused_data) if inflater.eof else size
    header_end = head.find(b"\r\n\r\n")
    if header_end < 0:
        return rec.offset + 1
    return min(size, rec.offset + header_end + 4 + rec.content_length + 4)


def _next_warc_record(handle: Any, start: int, size: int) -> int | None:
    """The offset of the next record start at or after `start` (a gzip member holding a
    WARC header, or a `WARC/1.` line), or None when there is none."""
    position = start
    handle.seek(position)
    carry = b""
    while position < size:
        chunk: bytes = carry + handle.read(_CHUNK)
        base = position - len(carry)
        for marker in (b"\x1f\x8b\x08", b"WARC/1."):
            at = chunk.find(marker)
            while at >= 0:
                offset = base + at
                if _is_warc_start(handle, offset, marker, chunk, at):
                    return offset
                at = chunk.find(marker, at + 1)
        position = base + len(chunk)
        carry = chunk[-8:]
        if not chunk:
            break
    return None


def _is_warc_start(handle: Any, offset: int, marker: bytes, chunk: bytes, at: int) -> bool:
    if marker == b"WARC/1.":
        return at == 0 or chunk[at - 1 : at] == b"\n"
    saved = handle.tell()
    handle.seek(offset)
    head = handle.read(4096)
    handle.seek(saved)
    try:
        return zlib.decompressobj(47).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _declared_length(value: str | None) -> int:
    """The WARC block length the record declares (fastwarc's own excludes HTTP headers)."""
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _warc_record(path: str, fd: int, rec: _Pending, end: int, keep_raw: bool, limit: int) -> Record:
    if rec.oversize or end - rec.offset > limit + _WARC_SLACK:
        size = max(rec.content_length, len(rec.payload), end - rec.offset)
        return Record(ErrorEntry(source=path, offset=rec.offset, message=_oversize(size, limit)))
    raw = os.pread(fd, end - rec.offset, rec.offset)
    complete, why = _warc_complete(raw, rec.content_length, limit)
    if not complete:
        # fastwarc hands out what it could read of a truncated record; half a page could
        # lose the footer notice, so the record is an error, not a document.
        return Record(
            ErrorEntry(source=path, offset=rec.offset, message=f"broken WARC record: {why}"), raw
        )
    if rec.record_type != "response":
        return Record(None)  # warcinfo, request, metadata ...: not content
    source = f"{path}@{rec.offset}"
    record_id = rec.warc_headers.get("WARC-Record-ID") or source
    url = rec.warc_headers.get("WARC-Target-URI")
    content_type = next((v for k, v in rec.http_headers if k.lower() == "content-type"), "")
    media = content_type.split(";")[0].strip().lower()
    base: dict[str, Any] = {
        "id": record_id,
        "source": source,
        "url": url,
        "headers": rec.http_headers,
        "status": rec.status,
    }
    if media in _HTML_TYPES or (not media and rec.payload.lstrip()[:1] == b"<"):
        text, problem = decode(rec.payload, html=True, content_type=content_type or None)
        doc = Document(kind="html", html=text, problems=(problem,) if problem else (), **base)
    elif media.startswith("text/") or not rec.payload:
        text, problem = decode(rec.payload, content_type=content_type or None)
        doc = Document(kind="text", text=text, problems=(problem,) if problem else (), **base)
    else:
        # Fail closed (DESIGN.md §7): a PDF or an image may carry a notice we cannot read.
        problem = Problem(
            code="unsupported-content",
            message=f"payload is {media}: only its HTTP headers were checked",
        )
        doc = Document(kind="text", problems=(problem,), **base)
    return Record(doc, raw if keep_raw else None)


def _warc_complete(raw: bytes, content_length: int, limit: int) -> tuple[bool, str]:
    """Whether the raw bytes hold a whole record (gzip member complete, block not cut)."""
    data = raw
    if raw[:2] == b"\x1f\x8b":
        inflater = zlib.decompressobj(47)
        try:
            # Bounded: a member may inflate to far more than its block declares.
            data = inflater.decompress(raw, limit + _WARC_SLACK)
        except zlib.error as exc:
            return False, f"corrupt gzip member ({exc})"
        if inflater.unconsumed_tail:
            return False, f"gzip member inflates past the limit of {limit} bytes"
        if not inflater.eof:
            return False, "truncated gzip member"
    header_end = data.find(b"\r\n\r\n")
    if header_end < 0:
        return False, "WARC header block not terminated"
    have = len(data) - header_end - 4
    if have < content_length:
        return False, f"block cut short ({have} of {content_length} bytes)"
    return True, ""
