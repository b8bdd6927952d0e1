"""Files, directories and stdin → Documents (kind from `--kind` or the file name).

Unreadable paths become error entries naming the path; a file that cannot be decoded becomes a
document whose purposes are `undetermined`, so every input gets exactly one line in the report.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

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
            data = sys.stdin.buffer.read()
            yield _document(data, "<stdin>", kind or "text", url)
            continue
        assert isinstance(item, Path)
        shown = str(item)
        try:
            size = item.stat().st_size
            if size > max_bytes:
                yield Document(
                    id=shown,
                    source=shown,
                    kind=kind or kind_for(item),
                    url=url,
                    problems=(
                        Problem(
                            code="too-large",
                            message=f"file is {size} bytes, over the limit of {max_bytes}"
                            " (raise it with --max-bytes)",
                        ),
                    ),
                )
                continue
            data = item.read_bytes()
        except FileNotFoundError:
            yield ErrorEntry(source=shown, message="no such file or directory")
            continue
        except OSError as exc:
            yield ErrorEntry(
                source=shown, message=f"cannot read: {os.strerror(exc.errno or 0) or exc}"
            )
            continue
        yield _document(data, shown, kind or kind_for(item), url)


def _document(data: bytes, source: str, kind: DocumentKind, url: str | None) -> Document:
    text, problem = decode(data, html=kind == "html")
    if problem is not None:
        return Document(id=source, source=source, kind=kind, url=url, problems=(problem,))
    if kind == "html":
        return Document(id=source, source=source, kind=kind, url=url, html=text)
    return Document(id=source, source=source, kind=kind, url=url, text=text)
