"""Bytes → text exactly as DESIGN.md §7 says: BOM, declared charset, then strict UTF-8.

No guessing: a wrong guess silently garbles a notice, which is worse than saying the document
could not be read. Undecodable or binary input becomes a `Problem` that makes every purpose
`undetermined` with the reason.
"""

from __future__ import annotations

import codecs
import re

from compliance.model import Problem

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP Content-Type or an HTML `<meta charset>` declares, if any."""
    if content_type:
        declared = _HEADER_CHARSET.search(content_type)
        if declared:
            return declared.group(1)
    meta = _META_CHARSET.search(data[:4096])
    return meta.group(1).decode("ascii", "replace") if meta else None


def decode(
    data: bytes, *, html: bool = False, content_type: str | None = None
) -> tuple[str | None, Problem | None]:
    """Decode strictly; on failure return (None, Problem('undecodable', ...))."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding)
    if data.count(b"\x00") > max(8, len(data) // 100):
        return None, Problem(
            code="undecodable",
            message="undecodable: binary content (NUL bytes), not text",
        )
    charset = declared_charset(data, content_type) if (html or content_type) else None
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            return None, Problem(
                code="undecodable", message=f"undecodable: unknown charset {charset!r}"
            )
        return _strict(data, charset)
    return _strict(data, "utf-8")


def _strict(data: bytes, encoding: str) -> tuple[str | None, Problem | None]:
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        name = "UTF-8" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        return None, Problem(
            code="undecodable",
            message=f"undecodable: invalid {name} at byte {exc.start}",
        )
