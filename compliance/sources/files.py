"""Files, directories and stdin → Documents (kind from `--kind` or the file name).

Unreadable paths become error entries naming the path; a file that cannot be decoded becomes a
document whose purposes are `undetermined`, so every input gets exactly one line in the report.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from compliance.model import Document, DocumentKind, ErrorEntry, Problem
from compliance.sources.decoding import decode

MAX_BYTES_DEFAULT = 64 << 20
_BY_SUFFIX: dict[str, DocumentKind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".headers": "headers",
    ".http": "headers",
}
# Files a directory walk picks up; anything else in a folder is not content to check.
CHECKABLE = set(_BY_SUFFIX)


def kind_for(path: Path) -> DocumentKind:
    """The document kind a file name implies (robots.txt by name, others by extension)."""
    name = path.name.lower()
    if name == "robots.txt" or name.endswith(".robots.txt"):
        return "robots"
    return _BY_SUFFIX.get(path.suffix.lower(), "text")


def iter_paths(paths: Sequence[str]) -> Iterator[Path | str]:
    """Expand directories recursively (sorted, checkable files only); `-` stays `-`."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if found.is_file() and (
                    found.suffix.lower() in CHECKABLE or kind_for(found) == "robots"
                ):
                    yield found
        else:
            yield path


def read_documents(
    paths: Sequence[str],
    *,
    kind: DocumentKind | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Document | ErrorEntry]:
    """One Document (or ErrorEntry) per input file, in the order given."""
    for item in iter_paths(paths):
        if item == "-":
            data = _read_bounded(sys.stdin.buffer, max_bytes)
            if data is None:
                yield _too_large("<stdin>", kind or "text", url, max_bytes)
            else:
                yield _document(data, "<stdin>", kind or "text", url)
            continue
        assert isinstance(item, Path)
        shown = str(item)
        try:
            info = item.stat()
            mode = info.st_mode
            if not stat.S_ISREG(mode):
                # A FIFO without a writer blocks forever and /dev/zero never ends: only
                # regular files (and stdin, bounded) are read.
                yield ErrorEntry(
                    source=shown,
                    message=f"not a regular file ({_file_type(mode)}): not read;"
                    " pipe it to stdin (`-`) to check it, bounded by --max-bytes",
                )
                continue
            if info.st_size > max_bytes:
                yield _too_large(shown, kind or kind_for(item), url, max_bytes)
                continue
            # O_NONBLOCK: a regular file never blocks, and a path swapped for a FIFO after
            # the check above fails to open instead of waiting for a writer.
            fd = os.open(item, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as handle:
                data = _read_bounded(handle, max_bytes)
        except FileNotFoundError:
            yield ErrorEntry(source=shown, message="no such file or directory")
            continue
        except OSError as exc:
            yield ErrorEntry(
                source=shown, message=f"cannot read: {os.strerror(exc.errno or 0) or exc}"
            )
            continue
        if data is None:
            yield _too_large(shown, kind or kind_for(item), url, max_bytes)
        else:
            yield _document(data, shown, kind or kind_for(item), url)


def _read_bounded(handle: BinaryIO, max_bytes: int) -> bytes | None:
    """At most `max_bytes` bytes, or None when there are more (read stops at max + 1)."""
    data = handle.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _too_large(source: str, kind: DocumentKind, url: str | None, max_bytes: int) -> Document:
    problem = Problem(
        code="too-large",
        message=f"input is over the limit of {max_bytes} bytes (raise it with --max-bytes)",
    )
    return Document(id=source, source=source, kind=kind, url=url, problems=(problem,))


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def _document(data: bytes, source: str, kind: DocumentKind, url: str | None) -> Document:
    text, problem = decode(data, html=kind == "html")
    if problem is not None:
        return Document(id=source, source=source, kind=kind, url=url, problems=(problem,))
    if kind == "html":
        return Document(id=source, source=source, kind=kind, url=url, html=text)
    return Document(id=source, source=source, kind=kind, url=url, text=text)
