"""Text normalisation for matching, with offsets mapped back to the original characters.

Matching happens on NFKC + case-folded text with whitespace runs collapsed to one space and
zero-width characters dropped (DESIGN.md §4), so `\\s+`, NBSP, full-width letters and `ß`
behave. Evidence must quote the *original* characters with line:column, so every normalised
offset maps back. Normalising is the expensive part of a scan (PERF-NOTES.md), hence:
ASCII text takes a `str.lower()` path with an identity character map, non-ASCII text goes
through `str.translate` with a memoising table, and the map back to the original is built
only when a rule actually fired.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import accumulate

# Characters deleted before matching: zero-width spaces and joiners, soft hyphen, BOM, word
# joiner. Publishers (and CMSs) sprinkle them inside words; a rule should not care.
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")


class _FoldTable(dict[int, str]):
    """`str.translate` table computing each character's normal form once, on first sight."""

    def __missing__(self, codepoint: int) -> str:
        char = chr(codepoint)
        if char in _DROPPED:
            folded = ""
        elif char.isspace() or unicodedata.category(char) == "Zs":
            folded = " "
        else:
            folded = unicodedata.normalize("NFKC", char).casefold()
            # Some compatibility forms decompose to whitespace (e.g. U+2002 handled above,
            # but ligatures never do); keep the map total.
        self[codepoint] = folded
        return folded


FOLD = _FoldTable()
# Single whitespace characters become a space in place (offsets unchanged); only runs of two
# or more spaces are collapsed, which is where the offset map needs an entry.
_ASCII_SPACES = str.maketrans("\t\n\r\x0b\x0c", "     ")
_COLLAPSE = re.compile(r" {2,}")


def fold(text: str) -> str:
    """Normalise a fragment (a phrase, a pattern literal) the same way documents are."""
    folded = text.lower().translate(_ASCII_SPACES) if text.isascii() else text.translate(FOLD)
    return _COLLAPSE.sub(" ", folded)


@dataclass
class NormalizedText:
    """A document's text as matched, able to map spans back to the original."""

    original: str
    text: str
    # Collapsed whitespace runs: (start in `text`, start in folded, end in folded).
    _runs: list[tuple[int, int, int]]
    _identity_fold: bool
    _fold_ends: list[int] | None = field(default=None, repr=False)

    def _folded_to_original(self, pos: int) -> int:
        if self._identity_fold:
            return pos
        if self._fold_ends is None:
            # Cumulative lengths of each original char's folded form: built once, on demand.
            self._fold_ends = list(accumulate(len(FOLD[ord(c)]) for c in self.original))
        # The first original char whose folded form ends after `pos`.
        return bisect.bisect_right(self._fold_ends, pos)

    def _normal_to_folded(self, pos: int) -> int:
        if not self._runs:
            return pos
        i = bisect.bisect_right(self._runs, (pos, float("inf"), 0)) - 1
        if i < 0:
            return pos
        norm_start, folded_start, folded_end = self._runs[i]
        if pos == norm_start:
            return folded_start
        return folded_end + (pos - norm_start - 1)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original text."""
        o_start = self._folded_to_original(self._normal_to_folded(start))
        if end <= start:
            return o_start, o_start
        o_end = self._folded_to_original(self._normal_to_folded(end - 1)) + 1
        return o_start, max(o_end, o_start)


def normalize(original: str) -> NormalizedText:
    """Fold case and compatibility forms, drop zero-width characters, collapse whitespace."""
    identity = original.isascii()
    folded = original.lower().translate(_ASCII_SPACES) if identity else original.translate(FOLD)
    if not identity and len(folded) == len(original):
        # Same length is not proof of a 1:1 map (one char may expand while another
        # vanishes), so check cheaply: only dropped/expanding chars break identity.
        identity = not any(len(FOLD[ord(c)]) != 1 for c in set(original) if not c.isascii())
    runs: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    last = 0
    out_len = 0
    for m in _COLLAPSE.finditer(folded):
        pieces.append(folded[last : m.start()])
        out_len += m.start() - last
        runs.append((out_len, m.start(), m.end()))
        pieces.append(" ")
        out_len += 1
        last = m.end()
    if runs:
        pieces.append(folded[last:])
        text = "".join(pieces)
    else:
        text = folded
    return NormalizedText(original=original, text=text, _runs=runs, _identity_fold=identity)
