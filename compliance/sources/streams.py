"""Input stage helper: dataset bytes → lines, bounded per record and verified per unit.

Two defences the dataset readers share (issue 12 items 3, 15, 22):

- A line is held only up to the per-record limit (`--max-record-bytes`): a longer one is
  skipped to its newline and reported by size, so one 10 GB line cannot exhaust memory.
- gzip checks a member's CRC, zstd a frame's checksum, only at its end, after the records
  decoded from it were handed out. So a compressed file is read twice: a first pass verifies
  every unit (output discarded), the second hands out lines and marks those that came from a
  unit that failed: their records become errors instead of documents (fail closed, §7).

Decompression output is bounded per call, so a bomb costs time in proportion to its size,
never memory.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

_CHUNK = 1 << 20
# zstd has no output bound per call: an RLE block turns 4 bytes into 128 KiB, so input is fed
# in small pieces (at most ~32 MiB out per call).
_ZSTD_PIECE = 1024


@dataclass(frozen=True, slots=True)
class Damage:
    """Decompressed bytes [start, end) came from a unit (gzip member, zstd frame) that failed
    verification; `end` None: the stream could not be read past it."""

    start: int
    end: int | None
    offset: int  # compressed byte offset of the unit
    why: str

    def describe(self) -> str:
        return f"{self.why} (compressed unit at byte {self.offset})"


@dataclass(frozen=True, slots=True)
class _Unit:
    """Event: a unit starts at this compressed offset, or (with `why`) the current one failed."""

    offset: int
    why: str | None = None
    fatal: bool = False


Event = bytes | _Unit


@dataclass(slots=True)
class Line:
    """One line: its bytes (None when over the record limit, not held), size and damage."""

    data: bytes | None
    size: int
    damage: Damage | None = None


class LineReader:
    """Lines of one (part of a) file; `fatal` says why reading stopped early, if it did."""

    def __init__(
        self,
        path: str,
        compression: str | None,
        limit: int,
        start: int = 0,
        end: int | None = None,
    ) -> None:
        self.path = path
        self.compression = compression
        self.limit = limit
        self.start = start
        self.end = end
        self.fatal: Damage | None = None

    def __iter__(self) -> Iterator[Line]:
        if self.compression is None:
            with open(self.path, "rb") as handle:
                handle.seek(self.start)
                yield from self._plain(handle)
            return
        units = _gzip_units if self.compression == "gz" else _zstd_units
        with open(self.path, "rb") as handle:
            damage = _survey(units(handle))
        fatal = [d for d in damage if d.end is None]
        with open(self.path, "rb") as handle:
            stream = io.BufferedReader(_Chunks(units(handle)), _CHUNK)
            yield from _marked(_bounded(stream, self.limit), damage)
        self.fatal = fatal[0] if fatal else None

    def _plain(self, handle: BinaryIO) -> Iterator[Line]:
        position = self.start
        for line in _bounded(handle, self.limit):
            if self.end is not None and position >= self.end:
                return  # a range owns the lines that start inside it
            position += line.size
            yield line


def _bounded(stream: BinaryIO, limit: int) -> Iterator[Line]:
    while True:
        data = stream.readline(limit + 1)
        if not data:
            return
        if len(data) <= limit or data.endswith(b"\n"):
            yield Line(data, len(data))
            continue
        size = len(data)  # over the limit: skip to the newline without holding it
        while data and not data.endswith(b"\n"):
            data = stream.readline(_CHUNK)
            size += len(data)
        yield Line(None, size)


def _marked(lines: Iterator[Line], damage: list[Damage]) -> Iterator[Line]:
    position = 0
    pending = iter(damage)
    current = next(pending, None)
    for line in lines:
        end = position + line.size
        while current is not None and current.end is not None and current.end <= position:
            current = next(pending, None)
        if current is not None and current.start < end:
            line.damage = current
        position = end
        yield line


def _survey(events: Iterator[Event]) -> list[Damage]:
    """First pass: where (in decompressed bytes) the units that failed put their output."""
    damage: list[Damage] = []
    position = unit_start = unit_offset = 0
    for event in events:
        if isinstance(event, bytes):
            position += len(event)
        elif event.why is None:
            unit_start, unit_offset = position, event.offset
        else:
            end = None if event.fatal else position
            damage.append(Damage(unit_start, end, unit_offset, event.why))
    return damage


class _Chunks(io.RawIOBase):
    """The decompressed bytes of an event stream as a raw file (events other than bytes are
    dropped): `readline(n)` of a BufferedReader on it bounds each line in C."""

    def __init__(self, events: Iterator[Event]) -> None:
        self._events = events
        self._rest = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._rest:
            event = next(self._events, None)
            if event is None:
                return 0
            if isinstance(event, bytes):
                self._rest = memoryview(event)
        count = min(len(buffer), len(self._rest))
        buffer[:count] = self._rest[:count]
        self._rest = self._rest[count:]
        return count


# -- gzip: members read by hand so each one's CRC and length are checked, and a failed member
# does not hide the members after it ---------------------------------------------------------


def _gzip_units(handle: BinaryIO) -> Iterator[Event]:
    while True:
        offset = handle.tell()
        head = handle.read(10)
        if not head:
            return
        yield _Unit(offset)
        if head[:3] != b"\x1f\x8b\x08" or len(head) < 10:
            if not head.strip(b"\x00") and _only_zeros(handle):
                return  # zero padding after the last member (tape archives, some writers)
            yield _Unit(offset, "not a gzip member (garbage or a truncated header)", fatal=True)
            return
        if not _skip_gzip_header(handle, head[3]):
            yield _Unit(offset, "truncated gzip member header", fatal=True)
            return
        inflater = zlib.decompressobj(-15)
        crc = size = 0
        while not inflater.eof:
            data = inflater.unconsumed_tail or handle.read(_CHUNK)
            if not data:
                yield _Unit(offset, "truncated gzip member", fatal=True)
                return
            try:
                out = inflater.decompress(data, _CHUNK)
            except zlib.error as exc:
                yield _Unit(offset, f"corrupt gzip member ({exc})", fatal=True)
                return
            if out:
                crc = zlib.crc32(out, crc)
                size += len(out)
                yield out
        handle.seek(-len(inflater.unused_data), io.SEEK_CUR)
        trailer = handle.read(8)
        if len(trailer) < 8:
            yield _Unit(offset, "truncated gzip member (no CRC)", fatal=True)
            return
        if struct.unpack("<II", trailer) != (crc, size & 0xFFFFFFFF):
            yield _Unit(offset, "gzip member failed its CRC/length check")


def _skip_gzip_header(handle: BinaryIO, flags: int) -> bool:
    """Skip FEXTRA, FNAME, FCOMMENT and FHCRC (RFC 1952 §2.3); False when cut short."""
    if flags & 4:
        size = handle.read(2)
        if len(size) < 2 or len(handle.read(int.from_bytes(size, "little"))) < int.from_bytes(
            size, "little"
        ):
            return False
    for flag in (8, 16):
        if flags & flag:
            while (byte := handle.read(1)) != b"\x00":
                if not byte:
                    return False
    return not (flags & 2) or len(handle.read(2)) == 2


def _only_zeros(handle: BinaryIO) -> bool:
    while chunk := handle.read(_CHUNK):
        if chunk.strip(b"\x00"):
            return False
    return True


# -- zstd: frame by frame, so a corrupt frame is named and frames before it stay trusted ------


def _zstd_units(handle: BinaryIO) -> Iterator[Event]:
    import zstandard

    offset = 0  # compressed offset of data[0]
    data = b""
    decompressor: zstandard.ZstdDecompressionObj | None = None
    frame = 0
    while True:
        if not data:
            data = handle.read(_CHUNK)
            if not data:
                break
        if decompressor is None:
            frame = offset
            yield _Unit(frame)
            decompressor = zstandard.ZstdDecompressor().decompressobj()
        piece, data = data[:_ZSTD_PIECE], data[_ZSTD_PIECE:]
        try:
            out = decompressor.decompress(piece)
        except zstandard.ZstdError as exc:
            yield _Unit(frame, f"corrupt zstd frame ({exc})", fatal=True)
            return
        if out:
            yield out
        offset += len(piece)
        if decompressor.eof:
            unused = decompressor.unused_data
            offset -= len(unused)
            data = unused + data
            decompressor = None
    if decompressor is not None:
        yield _Unit(frame, "zstd stream ends in the middle of a frame (truncated file)", True)
