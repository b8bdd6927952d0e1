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
# Attributes are counted only in tags this long: shorter ones hold too few to matter.
_LONG_TAG = 2 * MAX_ATTRIBUTES // 4

# A tag: name, then attribute text where quoted values may hold `>` (possessive: linear).
_TAG = re.compile(rb"<(/?)([a-z][a-z0-9:-]*+)((?:[^\"'>]++|\"[^\"]*+\"|'[^']*+')*+)")
_QUOTED = re.compile(rb"\"[^\"]*+\"|'[^']*+'")
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
    depth = deepest = work = 0
    for close, name, attributes in _TAG.findall(_markup(data.lower())):
        if len(attributes) > _LONG_TAG and not close:
            bare = _QUOTED.sub(b"", attributes)
            # Attributes need no space between them after a quoted value (`a=""b=""`), and
            # `/` separates them too.
            count = max(len(bare.replace(b"/", b" ").split()), bare.count(b"="))
            if count > MAX_ATTRIBUTES:
                return TooComplex(
                    f"an element <{name.decode('ascii')}> has about {count} attributes"
                    f" (the limit is {MAX_ATTRIBUTES})"
                )
            work += count * count
            if work > MAX_ATTRIBUTE_WORK:
                return TooComplex("too many attributes on too many elements")
        if name in _FLAT:
            continue
        if close:
            depth -= depth > 0
        elif not attributes.endswith(b"/"):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
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
