"""The one robots-style path matcher: robots.txt rules, TDMRep locations, RSL and Content-Usage
paths all compare a pattern (`*` = any octets, a final `$` = the end) with a URL path here.

Both sides are normalised the same way before comparing (RFC 3986 §2.1, §6.2.2; RFC 9309
§2.2.2): raw non-ASCII as UTF-8 percent-escapes (and the ASCII characters a URI never holds
raw: space, controls, `"<>\\^`{|}`), escapes with upper-case hex. `decode_unreserved`
additionally turns `%7E` into `~` (RFC 3986 §6.2.2.2), as TDMRep §6.2 a compares; robots.txt
keeps such escapes as written, as Google's parser and its conformance suite (ID_Encoding:
`Allow: /foo/bar/%62%61%7A` does not match `/foo/bar/baz`) require.
"""

from __future__ import annotations

import re
from urllib.parse import quote

_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
# What must be escaped before comparing: non-ASCII, controls, space, and `"<>\^`{|}`.
_RAW = re.compile(r"[^\x21-\x7e]|[\"<>\\^`{|}]")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _escape(match: re.Match[str]) -> str:
    return quote(match.group(), safe="", errors="replace")


def _upper(match: re.Match[str]) -> str:
    return "%" + match.group(1).upper()


def _decode(match: re.Match[str]) -> str:
    char = chr(int(match.group(1), 16))
    return char if char in _UNRESERVED else "%" + match.group(1).upper()


def normalise(value: str, *, decode_unreserved: bool = False) -> str:
    """`value` (a pattern or a path) in the form both sides are compared in."""
    if _RAW.search(value):
        value = _RAW.sub(_escape, value)
    if "%" in value:
        value = _PCT.sub(_decode if decode_unreserved else _upper, value)
    return value


class PathPattern:
    """A normalised pattern: prefix test, or ordered substring search for ``*`` / ``$``.

    Substring search instead of a regex: leftmost matching of each literal piece is exact for
    patterns whose only operators are ``*`` and a final ``$``, linear in the path whatever the
    pattern (a backtracking regex of `.*` pieces can be driven exponential by a hostile file).
    """

    __slots__ = ("anchored", "first", "last", "middle", "pattern", "plain", "priority", "star")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.priority = len(pattern)  # octets, as the pattern is ASCII after escaping
        self.anchored = pattern.endswith("$")  # "$" is special only at the very end
        body = pattern[:-1] if self.anchored else pattern
        self.star = "*" in body
        self.plain = not self.anchored and not self.star
        parts = body.split("*")
        self.first = parts[0]
        self.last = parts[-1] if self.star else ""
        self.middle = tuple(p for p in parts[1:-1] if p)

    def matches(self, path: str) -> bool:
        """Does the pattern match `path` (already normalised the same way)?"""
        if not path.startswith(self.first):
            return False
        if self.plain:
            return True
        if not self.star:
            return path == self.first  # "/a$": the whole path
        pos = len(self.first)
        for piece in self.middle:
            idx = path.find(piece, pos)
            if idx < 0:
                return False
            pos = idx + len(piece)
        if self.anchored:
            return len(path) - len(self.last) >= pos and path.endswith(self.last)
        return not self.last or path.find(self.last, pos) >= 0
