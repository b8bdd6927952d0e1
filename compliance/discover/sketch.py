"""Mining stage, counting: per-host lossy counters of block keys, mergeable and spillable.

Memory must stay bounded on any crawl. Each host keeps a lossy counter (Manku & Motwani's
lossy counting over the host's documents): every `width` documents, the keys seen too rarely
to reach the share that matters are dropped, so a host holds its recurring blocks plus at most
one window of one-off article blocks. A key's `count` is a lower bound of the documents that
carry it, `count + delta` an upper bound. When a shard's table grows past `max_entries`, the
whole table is written to a run file sorted by host and cleared (spilled); runs are merged
host by host on the driver, one host in memory at a time.

Every state here is a sum: merging two sketches of a host adds counts and deltas and keeps
the earliest samples and variants by document position, so shards may be merged in any
order and a local run, Ray and Spark give the same candidates from the same shards.
"""

from __future__ import annotations

import heapq
import itertools
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

Position = tuple[int, int]  # (shard index, record number in the shard): input order
SAMPLES = 5  # document ids kept per block
VARIANTS = 6  # distinct original wordings kept per block (dates and names vary)
ROBOTS_MAX_CHARS = 512 * 1024  # RFC 9309: parse at least 500 KiB


@dataclass(slots=True)
class Entry:
    """One recurring block of one host."""

    count: int
    delta: int
    first: Position
    samples: list[tuple[Position, str]] = field(default_factory=list)
    variants: dict[str, list[Any]] = field(default_factory=dict)  # text -> [docs, first]
    other: int = 0  # documents whose wording was not kept (past VARIANTS)

    def add(self, position: Position, doc_id: str, text: str) -> None:
        self.count += 1
        if len(self.samples) < SAMPLES:
            self.samples.append((position, doc_id))
        variant = self.variants.get(text)
        if variant is not None:
            variant[0] += 1
        elif len(self.variants) < VARIANTS:
            self.variants[text] = [1, position]
        else:
            self.other += 1

    def merge(self, other: Entry) -> None:
        self.count += other.count
        self.delta += other.delta
        self.first = min(self.first, other.first)
        self.samples = sorted(self.samples + other.samples)[:SAMPLES]
        merged: dict[str, list[Any]] = {t: list(v) for t, v in self.variants.items()}
        for text, (docs, first) in other.variants.items():
            if text in merged:
                merged[text][0] += docs
                merged[text][1] = min(merged[text][1], first)
            else:
                merged[text] = [docs, first]
        kept = sorted(merged.items(), key=lambda kv: (-kv[1][0], kv[1][1]))
        self.variants = dict(kept[:VARIANTS])
        self.other += other.other + sum(v[0] for _, v in kept[VARIANTS:])

    def to_state(self) -> tuple[Any, ...]:
        return (self.count, self.delta, self.first, self.samples, self.variants, self.other)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> Entry:
        count, delta, first, samples, variants, other = state
        return cls(count, delta, (first[0], first[1]), samples, variants, other)


@dataclass(slots=True)
class HostSketch:
    """What one host's documents repeat, with its document count and robots.txt."""

    documents: int = 0
    first: Position | None = None
    url: str | None = None  # the first document's URL (the explanation's page)
    robots: str | None = None  # robots.txt found in the dataset (its first copy)
    robots_first: Position | None = None
    entries: dict[int, Entry] = field(default_factory=dict)

    def note_document(self, position: Position, url: str | None) -> None:
        self.documents += 1
        if self.first is None:
            self.first, self.url = position, url

    def note_robots(self, position: Position, body: str) -> None:
        if self.robots_first is None or position < self.robots_first:
            self.robots, self.robots_first = body[:ROBOTS_MAX_CHARS], position

    def merge(self, other: HostSketch) -> None:
        self.documents += other.documents
        if other.first is not None and (self.first is None or other.first < self.first):
            self.first, self.url = other.first, other.url
        if other.robots_first is not None and other.robots is not None:
            self.note_robots(other.robots_first, other.robots)
        for key, entry in other.entries.items():
            mine = self.entries.get(key)
            if mine is None:
                self.entries[key] = entry
            else:
                mine.merge(entry)

    def to_state(self) -> tuple[Any, ...]:
        entries = {k: e.to_state() for k, e in self.entries.items()}
        return (self.documents, self.first, self.url, self.robots, self.robots_first, entries)

    @classmethod
    def from_state(cls, state: tuple[Any, ...]) -> HostSketch:
        documents, first, url, robots, robots_first, entries = state
        return cls(
            documents,
            first,
            url,
            robots,
            robots_first,
            {k: Entry.from_state(e) for k, e in entries.items()},
        )


class SiteTable:
    """A shard's hosts and their lossy counters; spills sorted runs past `max_entries`."""

    def __init__(self, width: int, max_entries: int, run_prefix: Path) -> None:
        self.width = width  # documents per lossy-counting window (1 / epsilon)
        self.max_entries = max_entries
        self.run_prefix = run_prefix
        self.hosts: dict[str, HostSketch] = {}
        self.entries = 0
        self.runs: list[str] = []

    def host(self, name: str) -> HostSketch:
        sketch = self.hosts.get(name)
        if sketch is None:
            sketch = self.hosts[name] = HostSketch()
        return sketch

    def add_document(
        self,
        host: str,
        position: Position,
        doc_id: str,
        url: str | None,
        blocks: Iterable[tuple[int, str]],
    ) -> None:
        """Count one document's blocks (key, clipped original text) once each."""
        sketch = self.host(host)
        sketch.note_document(position, url)
        window = -(-sketch.documents // self.width)  # the current window, 1-based
        entries = sketch.entries
        seen: set[int] = set()
        for key, text in blocks:
            if key in seen:
                continue
            seen.add(key)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = Entry(0, window - 1, position)
                self.entries += 1
            entry.add(position, doc_id, text)
        if sketch.documents % self.width == 0:
            self._prune(sketch, window)
        if self.entries > self.max_entries:
            self.spill()

    def _prune(self, sketch: HostSketch, window: int) -> None:
        """Drop the keys that cannot reach one document per window (lossy counting)."""
        rare = [k for k, e in sketch.entries.items() if e.count + e.delta <= window]
        for key in rare:
            del sketch.entries[key]
        self.entries -= len(rare)

    def spill(self) -> None:
        """Write every host, sorted by name, to a new run file; start empty."""
        if not self.hosts:
            return
        path = Path(f"{self.run_prefix}-{len(self.runs):04d}.run")
        with open(path, "wb") as out:
            for name in sorted(self.hosts):
                pickle.dump((name, self.hosts[name].to_state()), out, pickle.HIGHEST_PROTOCOL)
        self.runs.append(str(path))
        self.hosts.clear()
        self.entries = 0


def _read_run(path: str, order: int) -> Iterator[tuple[str, int, tuple[Any, ...]]]:
    """(host, run order, state) for every host of one run file, in host order."""
    with open(path, "rb") as handle:
        stream: BinaryIO = handle
        while True:
            try:
                name, state = pickle.load(stream)  # our own run files, never user input
            except EOFError:
                return
            yield name, order, state


def merged_hosts(runs: list[str]) -> Iterator[tuple[str, HostSketch]]:
    """Every host of every run, merged across runs, in host order (one host in memory).

    `runs` are in input order (shard, then spill); each host's pieces merge in that order.
    """
    streams = [_read_run(path, order) for order, path in enumerate(runs)]
    merged = heapq.merge(*streams, key=lambda item: (item[0], item[1]))
    for name, pieces in itertools.groupby(merged, key=lambda item: item[0]):
        sketch: HostSketch | None = None
        for _, _, state in pieces:
            piece = HostSketch.from_state(state)
            if sketch is None:
                sketch = piece
            else:
                sketch.merge(piece)
        assert sketch is not None
        yield name, sketch
