"""Regions of a text (DESIGN.md §4 `where:`): header, footer, anywhere.

A publisher's own notice sits in the footer: after the byline ("Pewarta:", "Editor:"), or in
the closing lines. An article *about* a ban has the ban in its body. Rules that read the
closing lines only are how the two are told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

Span = tuple[int, int]

# A byline starts a line: who wrote or edited the piece, or the copyright line under it.
BYLINE = re.compile(
    r"^[ \t]*(?:pewarta|editor|penulis|reporter|author|by|copyright|©)\b",
    re.IGNORECASE | re.MULTILINE,
)
_NON_BLANK_LINE = re.compile(r"^[ \t]*\S.*$", re.MULTILINE)
HEADER_LINES = 8
FOOTER_LINES = 8
FOOTER_SHARE = 0.2


@dataclass(frozen=True)
class TextView:
    """Visible text of a document with its regions as spans of `text`."""

    text: str
    footer: tuple[Span, ...] = ()
    header: tuple[Span, ...] = ()
    # Where each block of an HTML page came from ("footer", "body", ...), for evidence.
    blocks: tuple[tuple[int, int, str], ...] = field(default=())

    def in_region(self, where: str, start: int, end: int) -> bool:
        if where == "anywhere":
            return True
        spans = self.footer if where == "footer" else self.header
        return any(s <= start and end <= e for s, e in spans)


def after_last_byline(text: str) -> Span | None:
    """Everything from the last byline line to the end, or None without a byline."""
    starts = [m.start() for m in BYLINE.finditer(text)]
    return (starts[-1], len(text)) if starts else None


def text_regions(text: str) -> TextView:
    """Regions of plain text: closing lines / last 20 %, after the byline, first lines."""
    lines = list(_NON_BLANK_LINE.finditer(text))
    footer: list[Span] = []
    header: list[Span] = []
    if lines:
        by_lines = lines[-FOOTER_LINES:][0].start()
        by_share = int(len(text) * (1 - FOOTER_SHARE))
        # "whichever is longer": the earlier start.
        footer.append((min(by_lines, by_share), len(text)))
        header.append((0, lines[:HEADER_LINES][-1].end()))
    byline = after_last_byline(text)
    if byline:
        footer.append(byline)
    return TextView(text=text, footer=tuple(footer), header=tuple(header))
