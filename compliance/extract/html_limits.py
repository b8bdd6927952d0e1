"""A linear byte scan that refuses HTML too complex to parse in bounded time.

lexbor's tree building is superlinear in nesting depth and in attributes per element
(100k nested `<div>`: 218 s; 50k attributes on one element: 10.7 s), and a C parser cannot be
interrupted. So the page is measured before it is parsed; a page over a limit is not parsed
and its document is `undetermined` (`too-complex`): fail closed, never a hang.

The scan over-estimates depth (a `<div>` left open counts; elements whose end tag HTML lets
authors omit do not): real pages are nowhere near the limits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_DEPTH = 1024  # open elements; real pages stay under ~100
MAX_ATTRIBUTES = 256  # per element; real pages stay under ~30
# Sum over elements of attributes squared (lexbor compares each new attribute with the
# element's others, ~1.6 ns a pair): about 1.7 s of parsing.
MAX_ATTRIBUTE_WORK = 1 << 30
# Smaller pages cannot cost more than a fraction of a second whatever they hold (64 KB of
# nested `<div>` or of attributes parses in < 0.3 s), so they skip the scan.
SCAN_FROM_BYTES = 64 * 1024
# A tag holding more than MAX_ATTRIBUTES attributes is at least this long.
_LONG_TAG = 2 * MAX_ATTRIBUTES

# A tag: name, then attribute text where quoted values (only right after `=`, as the
# tokenizer reads them) may hold `>`. Possessive throughout: linear.
_TAG = re.compile(
    rb"<(/?)([a-zA-Z][a-zA-Z0-9:-]*+)((?:[^\"'>=]++|=\s*+\"[^\"]*+\"|=\s*+'[^']*+'|[\"'=])*+)"
)
_TAG_NAME = re.compile(rb"</?[a-z][a-z0-9:-]*+")
_TAG_START = re.compile(rb"<[a-zA-Z]")
_LONG_TAG_START = re.compile(rb"<[a-zA-Z](?=[^>]{%d})" % (_LONG_TAG - 2))
# An attribute value holding `>` (it does not end the tag); linear: each scan stops at a quote.
_QUOTED_GT = re.compile(rb"=\s*+(?:\"[^\"]*>|'[^']*>)")
_QUOTED = re.compile(rb"=\s*+(?:\"[^\"]*+\"|'[^']*+')")
# Raw text and comments: the tokenizer makes no elements inside them.
_HIDDEN = re.compile(rb"<!--|<(script|style|textarea|title|xmp)\b")
# Elements that never nest (void) or whose end tag is implied by the next sibling.
_FLAT = frozenset(
    b"area base br col embed hr img input link meta param source track wbr "
    b"p li dt dd option optgroup tr td th thead tbody tfoot colgroup rb rt rp".split()
)


@dataclass(frozen=True)
class TooComplex:
    """Why a page is not parsed, for the `too-complex` problem."""

    message: str


def too_complex(data: bytes) -> TooComplex | None:
    """A reason to refuse `data` (an HTML page as bytes), or None when it is safe to parse."""
    if len(data) < SCAN_FROM_BYTES:
        return None
    return _attributes(data) or _depth(data)


def _attributes(data: bytes) -> TooComplex | None:
    """Elements with too many attributes; only long tags are looked at.

    Every attribute takes two bytes or more, so an element over the limit spans more than
    `_LONG_TAG` bytes to its first `>`, unless a quoted value holds a `>`: then every tag is
    measured with a quote-aware pattern.
    """
    if _QUOTED_GT.search(data):
        candidates = (m.start() for m in _TAG_START.finditer(data))
    else:
        candidates = (m.start() for m in _LONG_TAG_START.finditer(data))
    work = 0
    for start in candidates:
        tag = _TAG.match(data, start)
        if tag is None or tag.group(1) or len(tag.group(3)) <= _LONG_TAG // 4:
            continue
        bare = _QUOTED.sub(b"=", tag.group(3))
        # Attributes need no space after a quoted value (`a=""b=""`); `/` separates too.
        count = max(len(bare.replace(b"/", b" ").split()), bare.count(b"="))
        if count > MAX_ATTRIBUTES:
            name = tag.group(2).decode("ascii").lower()
            return TooComplex(
                f"an element <{name}> has about {count} attributes (the limit is {MAX_ATTRIBUTES})"
            )
        work += count * count
        if work > MAX_ATTRIBUTE_WORK:
            return TooComplex("too many attributes on too many elements")
    return None


def _depth(data: bytes) -> TooComplex | None:
    """Elements nested too deep. Depth never exceeds the number of start tags, so most pages
    are cleared by counting; the others are walked tag by tag."""
    if data.count(b"<") <= MAX_DEPTH or len(_TAG_START.findall(data)) <= MAX_DEPTH:
        return None
    depth = 0
    for tag in _TAG_NAME.findall(_markup(data.lower())):
        if tag[1:2] == b"/":
            if tag[2:] not in _FLAT and depth:
                depth -= 1
        elif tag[1:] not in _FLAT:
            depth += 1
            if depth > MAX_DEPTH:
                return TooComplex(f"elements nest deeper than {MAX_DEPTH} levels")
    return None


def _markup(lowered: bytes) -> bytes:
    """The page without comments and raw-text elements (one `find` per such element)."""
    parts: list[bytes] = []
    pos = 0
    while True:
        hidden = _HIDDEN.search(lowered, pos)
        if hidden is None:
            parts.append(lowered[pos:])
            break
        parts.append(lowered[pos : hidden.start()])
        end_token = b"-->" if hidden.group(1) is None else b"</" + hidden.group(1)
        end = lowered.find(end_token, hidden.end())
        if end == -1:
            break  # the rest of the page is text
        pos = end + len(end_token)
    return b"".join(parts)
