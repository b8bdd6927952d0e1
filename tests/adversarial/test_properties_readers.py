"""Properties of every dataset reader (issue 12): it never raises, records in = entries out,
and nothing garbled passes as a document (fail closed).

Hypothesis generates the records (and mutates the files); the example budget is small
(`max_examples` 100 or fewer, no deadline) so that `make test` stays within its time.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.model import Document, ErrorEntry
from compliance.sources.datasets import FieldMap, read_records

BUDGET = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SMALL_BUDGET = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
FIELDS = FieldMap(max_record_bytes=4096)  # small, so generated lines also cross the limit

texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)
# One JSONL line: a record, a record without text, a non-object, or bytes that are not JSON.
json_lines = st.one_of(
    st.builds(lambda t: json.dumps({"text": t}).encode(), texts),
    st.builds(lambda t: json.dumps({"title": t}).encode(), texts),
    st.builds(lambda n: json.dumps(n).encode(), st.integers() | st.lists(st.booleans())),
    st.binary(min_size=1, max_size=200).filter(lambda b: b"\n" not in b and b.strip()),
    st.builds(lambda n: b'{"text": "' + b"x" * n + b'"}', st.integers(4000, 6000)),
)


def _compress(data: bytes, compression: str) -> bytes:
    if compression == "gz":
        return gzip.compress(data, mtime=0)
    if compression == "zst":
        import zstandard

        return zstandard.ZstdCompressor(write_checksum=True).compress(data)
    return data


def _read(name: str, data: bytes) -> list[Document | ErrorEntry | None]:
    """Read a file through the public reader; raising is the failure under test."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return [r.item for r in read_records([str(path)], FIELDS)]


def _checked(items: list[Document | ErrorEntry | None]) -> Iterator[Document | ErrorEntry]:
    for item in items:
        assert item is None or isinstance(item, Document | ErrorEntry)
        if item is not None:
            yield item


@pytest.mark.parametrize("compression", [None, "gz", "zst"])
@BUDGET
@given(lines=st.lists(json_lines, max_size=30), final_newline=st.booleans())
def test_jsonl_records_in_equal_entries_out(
    compression: str | None, lines: list[bytes], final_newline: bool
) -> None:
    data = b"\n".join(lines) + (b"\n" if final_newline and lines else b"")
    suffix = ".jsonl" + (f".{compression}" if compression else "")
    items = list(_checked(_read("d" + suffix, _compress(data, compression or ""))))
    assert len(items) == len(lines)
    assert [i.line for i in items if isinstance(i, ErrorEntry)] == [
        n for n, i in enumerate(items, 1) if isinstance(i, ErrorEntry)
    ]
    for line, item in zip(lines, items, strict=True):
        if isinstance(item, Document):  # a document is exactly the record's text
            assert item.text == json.loads(line)["text"]


def _mutations(draw: Callable[..., object], data: bytes) -> bytes:
    """Up to 8 bytes overwritten, maybe a cut; positions drawn independent of the length
    (WARC record ids are random, so the file length varies between runs)."""
    blob = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):  # type: ignore[call-overload]
        at = draw(st.integers(0, 1 << 20))  # type: ignore[call-overload]
        blob[at % len(blob)] = draw(st.integers(0, 255))  # type: ignore[call-overload]
    if draw(st.booleans()):
        del blob[draw(st.integers(0, 1 << 20)) % len(blob) :]  # type: ignore[call-overload]
    return bytes(blob)


ORIGINAL = [f"Record {i}: plain words, all of them the record's own." for i in range(60)]


@pytest.mark.parametrize("suffix", [".jsonl.gz", ".jsonl.zst", ".csv.gz"])
@BUDGET
@given(data=st.data())
def test_mutated_compressed_files_never_pass_garbled_records(
    suffix: str, data: st.DataObject
) -> None:
    if suffix.startswith(".csv"):
        buffer = io.StringIO()
        csv.writer(buffer).writerows([["text"], *([t] for t in ORIGINAL)])
        plain = buffer.getvalue().encode()
    else:
        plain = b"".join(json.dumps({"text": t}).encode() + b"\n" for t in ORIGINAL)
    packed = _compress(plain, suffix.rsplit(".", 1)[1])
    items = list(_checked(_read("d" + suffix, _mutations(data.draw, packed))))
    for item in items:
        if isinstance(item, Document):
            assert item.text in ORIGINAL  # verified or not at all: never a garbled record


@BUDGET
@given(rows=st.lists(st.lists(texts, min_size=2, max_size=2), max_size=20))
def test_csv_records_in_equal_entries_out(rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([["id", "text"], *rows])
    items = list(_checked(_read("d.csv", buffer.getvalue().encode())))
    assert len(items) == len(rows)  # every written row is a record (`,` too)
    for item in items:
        if isinstance(item, Document):
            assert any(item.text == row[1] for row in rows)


@pytest.mark.parametrize("name", ["d.jsonl", "d.csv", "d.warc", "d.warc.gz", "d.parquet"])
@BUDGET
@given(blob=st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(name: str, blob: bytes) -> None:
    list(_checked(_read(name, blob)))


@SMALL_BUDGET
@given(
    rows=st.lists(
        st.fixed_dictionaries({"id": st.text(max_size=10), "text": st.none() | texts}),
        max_size=30,
    )
)
def test_parquet_records_in_equal_entries_out(rows: list[dict[str, str | None]]) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    buffer = io.BytesIO()
    schema = pa.schema([("id", pa.string()), ("text", pa.string())])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer, row_group_size=7)
    items = list(_checked(_read("d.parquet", buffer.getvalue())))
    assert len(items) == len(rows)
    for row, item in zip(rows, items, strict=True):
        assert isinstance(item, Document) == (row["text"] is not None)


@pytest.mark.parametrize("gz", [False, True])
@SMALL_BUDGET
@given(bodies=st.lists(texts, min_size=1, max_size=6), data=st.data())
def test_warc_records_in_equal_entries_out(
    gz: bool, bodies: list[str], data: st.DataObject
) -> None:
    from test_datasets import build_warc

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("d.warc.gz" if gz else "d.warc")
        pages = [(f"https://a.example/{i}", [], f"<p>{b}</p>") for i, b in enumerate(bodies)]
        build_warc(path, pages, gz)
        intact = path.read_bytes()
    items = list(_checked(_read(path.name, intact)))
    assert [getattr(i, "url", None) for i in items] == [p[0] for p in pages]
    mutated = list(_checked(_read(path.name, _mutations(data.draw, intact))))
    if not gz:
        return  # a plain WARC has no checksum the reader verifies: only "never raises"
    for item in mutated:  # every .warc.gz record is a gzip member: its CRC is checked
        if isinstance(item, Document):
            assert (item.url, item.html) in {(p[0], p[2]) for p in pages}
