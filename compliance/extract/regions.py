"""Regions of a text (DESIGN.md §4 `where:`): header, footer, anywhere.

A publisher's own notice sits in the footer: after the byline ("Pewarta:", "Editor:"), or in
the closing lines. An article *about* a ban has the ban in its body. Rules that read the
closing lines only are how the two are told apart.

Regions are computed lazily: most documents fire no rule, and finding the byline and the
closing lines cost ~55 µs per 4 KB document, more than normalising it (benchmarks/run.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable

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

Regions = tuple[tuple[Span, ...], tuple[Span, ...]]


class TextView:
    """Visible text of a document with its regions (footer, header) as spans of `text`.

    Regions are either given or derived from the text by `derive` on first use, so a
    document no rule fired on never pays for them.
    """

    __slots__ = (
        "_closing",
        "_derive",
        "_footer",
        "_header",
        "agent_groups",
        "blocks",
        "names",
        "text",
    )

    def __init__(
        self,
        text: str,
        footer: tuple[Span, ...] = (),
        header: tuple[Span, ...] = (),
        blocks: tuple[tuple[int, int, str], ...] = (),
        *,
        derive: Callable[[str], Regions] | None = None,
        agent_groups: tuple[tuple[int, int, tuple[str, ...]], ...] = (),
        names: tuple[tuple[int, int], ...] = (),
        closing: Callable[[str], Span | None] | None = None,
    ) -> None:
        """`closing`: one of the footer spans `derive` finds, found alone (cheaper): a span
        inside it is in the footer without the rest being derived."""
        self.text = text
        # robots.txt: spans of comments inside one group, with the group's product tokens,
        # and the spans where a comment names an agent of the file (a name, not words).
        self.agent_groups = agent_groups
        self.names = names
        self._footer = footer
        self._header = header
        # Where each block of an HTML page came from ("footer", "body", ...), for evidence.
        self.blocks = blocks
        self._derive = derive
        self._closing: Callable[[str], Span | None] | Span | None = closing

    def _resolve(self) -> None:
        if self._derive is not None:
            footer, header = self._derive(self.text)
            self._footer += footer
            self._header += header
            self._derive = None

    @property
    def footer(self) -> tuple[Span, ...]:
        self._resolve()
        return self._footer

    @property
    def header(self) -> tuple[Span, ...]:
        self._resolve()
        return self._header

    def in_region(self, where: str, start: int, end: int) -> bool:
        if where == "anywhere":
            return True
        if (
            where == "footer"
            and self._derive is not None
            and self._closing is not None
            and self._in_closing(start, end)
        ):
            return True  # in one of the footer spans: the others need not be found
        spans = self.footer if where == "footer" else self.header
        return any(s <= start and end <= e for s, e in spans)

    def _in_closing(self, start: int, end: int) -> bool:
        """Inside a given footer span or the closing lines (found once, on first use)."""
        if callable(self._closing):
            self._closing = self._closing(self.text)
        closing = self._closing
        if closing is not None and closing[0] <= start and end <= closing[1]:
            return True
        return any(s <= start and end <= e for s, e in self._footer)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TextView):
            return NotImplemented
        return (self.text, self.footer, self.header, self.blocks) == (
            other.text,
            other.footer,
            other.header,
            other.blocks,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.footer, self.header, self.blocks))

    def __repr__(self) -> str:
        return f"TextView(text={self.text!r}, footer={self.footer!r}, header={self.header!r})"


def after_last_byline(text: str) -> Span | None:
    """Everything from the last byline line to the end, or None without a byline. Lines
    are tried from the last one back (one anchored match each): a multiline `^` search
    would try every character of the page."""
    end = len(text)
    while True:
        begin = text.rfind("\n", 0, end) + 1
        if _BYLINE_AT.match(text, begin, end) is not None:
            return (begin, len(text))
        if begin == 0:
            return None
        end = begin - 1


_BYLINE_AT = re.compile(BYLINE.pattern.removeprefix("^"), re.IGNORECASE)


def byline_regions(text: str) -> Regions:
    """The after-the-byline footer only (HTML pages, whose other regions come from tags)."""
    byline = after_last_byline(text)
    return ((byline,) if byline else ()), ()


def closing_and_byline_regions(text: str) -> Regions:
    """An HTML page whose markup names no footer: its last `HTML_CLOSING_LINES` lines (each
    a block; never its first) and what follows the byline (a `<div class="bottom-bar">`
    holds the notice)."""
    closing = closing_blocks(text)
    footer = [] if closing is None else [closing]
    byline = after_last_byline(text)
    if byline:
        footer.append(byline)
    return tuple(footer), ()


def closing_blocks(text: str) -> Span | None:
    """The last `HTML_CLOSING_LINES` non-blank lines of an HTML page's text (a third of a
    short page's at most), after its first."""
    first = _NON_BLANK_LINE.search(text)
    if first is None:
        return None
    # a third of a short page at most: "Home / Headline / Lede / Quote" closes with its quote
    lines = _last_non_blank_starts(text, HTML_CLOSING_LINES * 3)
    starts = lines[: max(1, min(HTML_CLOSING_LINES, len(lines) // 3))]
    start = max(starts[-1] if starts else first.end(), first.end())
    return (start, len(text)) if start < len(text) else None


HTML_CLOSING_LINES = 3  # an HTML page's lines are its blocks: its last three close it


def plain_text_regions(text: str) -> Regions:
    """Closing lines / last 20 % and after the byline (footer), first lines (header)."""
    footer: list[Span] = []
    header: list[Span] = []
    first = _NON_BLANK_LINE.search(text)
    if first is not None:
        footer.append(_closing_lines(text, first.start()))
        header_end = first.end()
        for count, line in enumerate(_NON_BLANK_LINE.finditer(text), start=1):
            header_end = line.end()
            if count == HEADER_LINES:
                break
        header.append((0, header_end))
    byline = after_last_byline(text)
    if byline:
        footer.append(byline)
    return tuple(footer), tuple(header)


def closing_lines(text: str) -> Span | None:
    """The closing lines / last 20 % footer span of `plain_text_regions` alone (a story's
    closing paragraphs are asked about first: they are mostly in it)."""
    first = _NON_BLANK_LINE.search(text)
    return None if first is None else _closing_lines(text, first.start())


def _closing_lines(text: str, first: int) -> Span:
    """The last `FOOTER_LINES` non-blank lines or the last 20 %, whichever is longer
    (`first`: the start of the first non-blank line)."""
    # The 8th non-blank line from the end, found backwards: only the tail is scanned.
    ends = _last_non_blank_starts(text, FOOTER_LINES)
    by_lines = ends[-1] if ends else first
    by_share = int(len(text) * (1 - FOOTER_SHARE))
    # "whichever is longer": the earlier start.
    return (min(by_lines, by_share), len(text))


def _last_non_blank_starts(text: str, count: int) -> list[int]:
    """Starts of the last `count` non-blank lines (as `_NON_BLANK_LINE` finds them), last first."""
    starts: list[int] = []
    end = len(text)
    while end >= 0 and len(starts) < count:
        begin = text.rfind("\n", 0, end) + 1
        if begin < end and not text[begin].isspace():
            starts.append(begin)  # `\S` at once: the pattern matches the whole line
        elif begin < end:  # (an empty line is blank: nothing to match)
            line = _NON_BLANK_LINE.match(text, begin, end)
            if line is not None and line.end() == end:
                starts.append(line.start())
        if begin == 0:
            break
        end = begin - 1
    return starts


def text_regions(text: str) -> TextView:
    """Regions of plain text, computed when first asked for."""
    return TextView(text=text, derive=plain_text_regions, closing=closing_lines)
