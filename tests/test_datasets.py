"""Dataset readers: every format, field mapping, and every kind of corrupt record."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from compliance.model import Document, ErrorEntry
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, detect_format, read_records

ARTICLE = "Harga beras naik tipis minggu ini."


def _items(path: Path, fields: FieldMap = DEFAULT_FIELDS, keep_raw: bool = False) -> list:
    return [r for r in read_records([str(path)], fields, keep_raw=keep_raw) if r.item is not None]


def _lines(records: list[dict | str]) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", ("jsonl", None)),
        ("a.jsonl.gz", ("jsonl", "gz")),
        ("a.JSONL.ZST", ("jsonl", "zst")),
        ("a.csv", ("csv", None)),
        ("a.parquet", ("parquet", None)),
        ("a.warc.gz", ("warc", "gz")),
        ("a.warc", ("warc", None)),
    ],
)
def test_format_from_name(name: str, expected: tuple) -> None:
    assert detect_format(name) == expected


def test_jsonl_fields_and_corrupt_lines(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(
        _lines(
            [
                {"id": 7, "text": ARTICLE, "url": "https://a.example/1"},  # int id becomes "7"
                "{not json",  # malformed -> error at line 2
                "",  # a blank line is no record
                "[1, 2]",  # not an object -> error at line 4
                {"title": "no text"},  # no text field -> error at line 5
                {"html": "<p>x</p>"},  # html wins -> kind html, id from file:line
                {"text": 5},  # wrong type -> error at line 7
            ]
        )
    )
    items = [r.item for r in _items(path)]
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ErrorEntry)]
    assert [(d.id, d.kind, d.url) for d in docs] == [
        ("7", "text", "https://a.example/1"),
        (f"{path}:6", "html", None),
    ]
    assert docs[0].source == f"{path}:1"
    assert [(e.source, e.line) for e in errors] == [
        (str(path), 2),
        (str(path), 4),
        (str(path), 5),
        (str(path), 7),
    ]
    assert errors[0].message.startswith("malformed JSON")
    assert "no text or html field" in errors[2].message and "--text-field" in errors[2].message


def test_custom_field_mapping(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(_lines([{"body_text": ARTICLE, "link": "https://b.example/", "key": "k1"}]))
    fields = FieldMap(text=("body_text",), url=("link",), id=("key",))
    (record,) = _items(path, fields)
    assert (record.item.id, record.item.text, record.item.url) == (
        "k1",
        ARTICLE,
        "https://b.example/",
    )


def test_truncated_gzip_member_is_not_trusted_earlier_members_are(tmp_path: Path) -> None:
    """A member that never reaches its CRC is not verified (issue 12 item 3): its records are
    errors, numbered by line; an intact member before it still gives documents."""
    intact = _lines([{"id": f"a{i}", "text": ARTICLE} for i in range(20)])
    payload = _lines([{"id": str(i), "text": f"{ARTICLE} {i} " + "x" * 200} for i in range(200)])
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress(intact) + gzip.compress(payload)[:-30])
    items = [r.item for r in _items(path)]
    assert all(isinstance(i, Document) for i in items[:20])
    cut = items[20:-1]
    assert len(cut) > 100 and all(isinstance(i, ErrorEntry) for i in cut)
    assert [i.line for i in cut] == list(range(21, 21 + len(cut)))
    assert all("record not trusted: truncated gzip member" in i.message for i in cut)
    assert isinstance(items[-1], ErrorEntry)
    assert "truncated" in items[-1].message and items[-1].line == len(items)


def test_zstd_multi_frame_and_truncated(tmp_path: Path) -> None:
    zstandard = pytest.importorskip("zstandard")
    one, two = _lines([{"id": "a", "text": ARTICLE}]), _lines([{"id": "b", "text": ARTICLE}])
    path = tmp_path / "d.jsonl.zst"
    compressor = zstandard.ZstdCompressor()
    path.write_bytes(compressor.compress(one) + compressor.compress(two))
    assert [r.item.id for r in _items(path)] == ["a", "b"]
    path.write_bytes(compressor.compress(one + two)[:-5])
    (item,) = [r.item for r in _items(path)]
    # A cut zstd frame yields nothing silently in most readers; here it is an error entry.
    assert isinstance(item, ErrorEntry) and "truncated" in item.message


def test_csv_rows_raw_bytes_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    raw = (
        b"id,url,text\r\n"
        b'1,https://a.example/,"multi\nline, quoted"\r\n'
        b"2,https://a.example/2\r\n"  # two fields: bad row at line 4
        b"3,,plain\r\n"
        b'4,,"\xff\xfe"\r\n'  # invalid UTF-8 at line 6
    )
    path.write_bytes(raw)
    records = _items(path, keep_raw=True)
    items = [r.item for r in records]
    assert [i.id if isinstance(i, Document) else ("error", i.line) for i in items] == [
        "1",
        ("error", 4),
        "3",
        ("error", 6),
    ]
    assert items[0].text == "multi\nline, quoted" and items[0].source == f"{path}:2"
    assert records[0].raw == b'1,https://a.example/,"multi\nline, quoted"\r\n'
    assert records[0].header == b"id,url,text\r\n"
    assert "2 field(s), the header has 3" in items[1].message


def test_parquet_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table(
        {
            "id": [f"p{i}" for i in range(10)],
            "text": [ARTICLE if i != 4 else None for i in range(10)],
        }
    )
    path = tmp_path / "d.parquet"
    pq.write_table(table, path, row_group_size=3)
    from compliance.sources.datasets import plan_shards

    assert len(plan_shards([str(path)], 2)) > 1  # row groups are shards
    items = [r.item for r in _items(path)]
    assert len(items) == 10
    assert isinstance(items[4], ErrorEntry) and items[4].line == 5  # row 5 has no text
    assert items[9].id == "p9" and items[9].source == f"{path}#row=10"


def _http_headers(extra: list[tuple[str, str]]) -> object:
    from warcio.statusandheaders import StatusAndHeaders

    return StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), *extra], protocol="HTTP/1.1"
    )


def build_warc(
    path: Path, pages: list[tuple[str, list[tuple[str, str]], str]], gz: bool
) -> list[int]:
    """Write a WARC with a warcinfo record and one response per page; return record offsets."""
    pytest.importorskip("warcio")
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    offsets = []
    for url, headers, body in pages:
        offsets.append(buffer.tell())
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body.encode()), http_headers=_http_headers(headers)
        )
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return offsets


@pytest.mark.parametrize("gz", [False, True])
def test_warc_records_become_html_documents(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    offsets = build_warc(
        path,
        [
            (
                "https://a.example/1",
                [("X-Robots-Tag", "noai")],
                "<html><body><p>one</p></body></html>",
            ),
            ("https://a.example/2", [], "<html><body><p>two</p></body></html>"),
        ],
        gz,
    )
    records = list(read_records([str(path)], keep_raw=True))
    assert records[0].item is None  # warcinfo is not content
    docs = [r.item for r in records[1:]]
    assert [d.url for d in docs] == ["https://a.example/1", "https://a.example/2"]
    assert docs[0].kind == "html" and "one" in docs[0].html and docs[0].status == 200
    assert ("X-Robots-Tag", "noai") in docs[0].headers
    assert docs[0].id.startswith("<urn:uuid:") and docs[0].source == f"{path}@{offsets[0]}"
    data = path.read_bytes()
    assert records[1].raw == data[offsets[0] : offsets[1]]  # byte-identical record


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_record_is_an_error_with_offset(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("t.warc.gz" if gz else "t.warc")
    offsets = build_warc(
        path,
        [
            ("https://a.example/1", [], "<p>one</p>"),
            ("https://a.example/2", [], "<p>two " + "x" * 500 + "</p>"),
        ],
        gz,
    )
    path.write_bytes(path.read_bytes()[:-60])
    items = [r.item for r in read_records([str(path)]) if r.item is not None]
    assert isinstance(items[0], Document)
    assert isinstance(items[-1], ErrorEntry) and items[-1].offset == offsets[1]
    assert "broken WARC record" in items[-1].message


def test_not_a_warc_file_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"this is not a warc file\r\n" * 10)
    items = [r.item for r in read_records([str(path)]) if r.item is not None]
    assert len(items) == 1 and isinstance(items[0], ErrorEntry)


def test_warc_header_signals_are_applied(tmp_path: Path) -> None:
    """Acceptance: X-Robots-Tag: noai and tdm-reservation: 1 in a WARC response decide ai-train."""
    from compliance.engine import CheckerSpec
    from compliance.scan import run_scan

    path = tmp_path / "signals.warc.gz"
    build_warc(
        path,
        [
            (
                "https://pub.example/a",
                [("X-Robots-Tag", "noai"), ("tdm-reservation", "1")],
                "<html><body><p>An ordinary article.</p></body></html>",
            ),
            ("https://pub.example/b", [], "<html><body><p>An ordinary article.</p></body></html>"),
        ],
        gz=True,
    )
    spec = CheckerSpec(purposes="ai-train")
    outcome = run_scan([str(path)], spec, jobs=1, split_dir=tmp_path / "split")
    reserved, plain = outcome.results
    assert reserved.verdicts["ai-train"].verdict.value == "deny"
    rules = {f.rule_id for f in reserved.findings}
    assert "signals-headers/noai" in rules
    assert any(f.rule_id.startswith("signals-tdmrep/") for f in reserved.findings)
    assert plain.verdicts["ai-train"].verdict.value == "unknown" and plain.gate == "pass"
    assert outcome.skipped == 1  # the warcinfo record
    # --split keeps WARC records byte-identical: allowed + rejected = the two responses.
    split = tmp_path / "split"
    original = path.read_bytes()
    assert (split / "rejected.warc.gz").read_bytes() in original
    assert (split / "allowed.warc.gz").read_bytes() in original
    verdict = json.loads((split / "rejected.verdicts.jsonl").read_text())
    assert verdict["id"] == reserved.id and verdict["id"].startswith("<urn:uuid:")
