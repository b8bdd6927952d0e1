"""Mining stage, map: one shard's records → per-host block counts in sorted run files.

A worker (a local process, a Ray actor or a Spark task) reads its own shard with the dataset
readers of `compliance.sources.datasets`, segments every document into blocks with the
recogniser's segmentation, and counts each block's template key per host (`sketch.py`). It
needs no rules and no lexicons: explaining the few recurring blocks is the driver's job.
What comes back is small (counts, the first error entries, run file names); the counts
themselves are on disk, where the driver merges them.

Records that cannot be mined are error entries naming file and line: no URL (so no site),
no text, undecodable bytes, an HTML page over the parser's limits. A record whose URL path is
`/robots.txt` is that site's robots.txt, kept for the consistency check, not a page.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from compliance.discover.keys import MAX_BLOCK_CHARS, block_key
from compliance.discover.sketch import SiteTable
from compliance.model import Document, ErrorEntry
from compliance.notices.segment import segment
from compliance.sources.datasets import FieldMap, Shard, read_shard

ERRORS_KEPT = 100  # error entries a shard sends back in full; all are counted
MAX_BLOCKS = 512  # blocks considered per document: the first 128 and the last 384
_HEAD_BLOCKS = MAX_BLOCKS // 4
_PROGRESS_EVERY = 2000


@dataclass(frozen=True, slots=True)
class MineOptions:
    """How blocks are counted (plain data: shipped to every worker)."""

    min_share: float = 0.2
    max_entries: int = 200_000  # block counters a worker holds before it spills to disk
    site_field: bool = False  # the URL field holds a site key, not necessarily a URL

    @property
    def width(self) -> int:
        """Documents per lossy-counting window: epsilon = min_share / 4, so a block on at
        least min_share of a host's pages loses at most a quarter of its count."""
        return max(2, math.ceil(4 / self.min_share))


@dataclass(slots=True)
class ShardMined:
    """What a worker returns for one shard: counts, the first errors, its run files."""

    index: int
    runs: list[str] = field(default_factory=list)
    documents: int = 0
    robots: int = 0
    skipped: int = 0
    errors: int = 0
    error_entries: list[ErrorEntry] = field(default_factory=list)
    size: int = 0

    @property
    def records(self) -> int:
        return self.documents + self.robots + self.errors

    def error(self, entry: ErrorEntry) -> None:
        self.errors += 1
        if len(self.error_entries) < ERRORS_KEPT:
            self.error_entries.append(entry)

    def to_row(self) -> dict[str, Any]:
        """One JSON row for an engine to carry back to the driver."""
        data = {
            "index": self.index,
            "runs": self.runs,
            "documents": self.documents,
            "robots": self.robots,
            "skipped": self.skipped,
            "errors": self.errors,
            "error_entries": [e.model_dump(mode="json") for e in self.error_entries],
            "size": self.size,
        }
        return {"index": self.index, "mined": json.dumps(data, sort_keys=True)}

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ShardMined:
        data = json.loads(row["mined"])
        data["error_entries"] = [ErrorEntry(**e) for e in data["error_entries"]]
        return cls(**data)


def site_of(value: str | None, site_field: bool) -> str | None:
    """The site a record belongs to: its URL's host without `www.` (lower case), or with
    `--site-field` the field's value itself when it is not a URL."""
    if not value or not value.strip():
        return None
    value = value.strip()
    host = None
    if "://" in value:
        try:
            host = urlsplit(value).hostname
        except ValueError:
            host = None
    elif site_field:
        host = value.lower()
    if not host:
        return None
    return host[4:] if host.startswith("www.") and len(host) > 4 else host


def _is_robots(url: str | None) -> bool:
    if not url or "://" not in url:
        return False
    try:
        return urlsplit(url).path == "/robots.txt"
    except ValueError:
        return False


def _error_for(document: Document, message: str) -> ErrorEntry:
    """An error entry naming the record's file and line (row, offset) like the readers do."""
    source = document.source
    for mark, kind in ((":", "line"), ("#row=", "line"), ("@", "offset")):
        head, sep, tail = source.rpartition(mark)
        if sep and tail.isdigit():
            return ErrorEntry(source=head, message=message, **{kind: int(tail)})
    return ErrorEntry(source=source, message=message)


def visible_text(document: Document) -> tuple[str, str] | str:
    """(text, kind) of a document, or why it has none."""
    for problem in document.problems:
        if problem.code in ("undecodable", "unsupported-content"):
            return problem.message
    if document.kind == "html":
        from compliance.extract.html import extract_page

        view, _, problems = extract_page(document.html or document.text or "")
        if problems:
            return problems[0].message
        text = view.text
    else:
        text = document.text or ""
    if not text.strip():
        return "no text in the record"
    return text, document.kind


def document_blocks(text: str, kind: str) -> list[tuple[int, str]]:
    """(template key, clipped text) of each block; very long documents keep their head and
    their end, where headers and footers are."""
    blocks = segment(text, kind)
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[:_HEAD_BLOCKS] + blocks[-(MAX_BLOCKS - _HEAD_BLOCKS) :]
    out = []
    for block in blocks:
        raw = text[block.start : min(block.end, block.start + MAX_BLOCK_CHARS)]
        key = block_key(raw)
        if key is not None:
            out.append((key, " ".join(raw.split())))
    return out


def mine_shard(
    shard: Shard,
    fields: FieldMap,
    options: MineOptions,
    work: Path,
    *,
    progress: Callable[[int], None] | None = None,
) -> ShardMined:
    """Count the blocks of one shard per host; run files go to `work` (shared on a cluster).
    `progress` hears the records read so far every few thousand records."""
    mined = ShardMined(index=shard.index, size=shard.size)
    table = SiteTable(options.width, options.max_entries, work / f"{shard.index:08d}")
    looked = ", ".join(fields.url)
    for number, record in enumerate(read_shard(shard, fields)):
        item = record.item
        if item is None:
            mined.skipped += 1
            continue
        if isinstance(item, ErrorEntry):
            mined.error(item)
            continue
        site = site_of(item.url, options.site_field)
        if site is None:
            mined.error(
                _error_for(
                    item,
                    f"no site: no URL with a host (looked for {looked};"
                    " set --url-field or --site-field)",
                )
            )
            continue
        read = visible_text(item)
        if isinstance(read, str):
            mined.error(_error_for(item, read))
            continue
        text, kind = read
        position = (shard.index, number)
        if _is_robots(item.url):
            table.host(site).note_robots(position, text if kind == "text" else "")
            mined.robots += 1
            continue
        table.add_document(site, position, item.id, item.url, document_blocks(text, kind))
        mined.documents += 1
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(mined.records)
    table.spill()
    mined.runs = table.runs
    return mined


def mine_shard_rows(
    fields: FieldMap, options: MineOptions, work: str, rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Engine stage: shard rows (`compliance.batch.shard_rows`) in, one mined row out each."""
    from compliance.batch import shard_from_row

    return [mine_shard(shard_from_row(row), fields, options, Path(work)).to_row() for row in rows]


def mined_schema() -> Any:
    """The Arrow schema of `ShardMined.to_row` rows (engines declare their output with it)."""
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]

    return pa.schema([("index", pa.int64()), ("mined", pa.string())])
