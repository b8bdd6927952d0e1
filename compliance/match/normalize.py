"""Text normalisation for matching, with offsets mapped back to the original characters.

Matching happens on NFKC + case-folded text with whitespace runs collapsed to one space and
zero-width characters dropped (DESIGN.md §4), so `\\s+`, NBSP, full-width letters and `ß`
behave. Evidence must quote the *original* characters with line:column, so every normalised
offset maps back. Normalising is the expensive part of a scan (PERF-NOTES.md), hence:
ASCII text takes a `str.lower()` path with an identity character map; non-ASCII text takes
`str.casefold()` plus one `str.replace` per distinct character casefold gets wrong (found with
set operations, not a per-character loop), and the map back to the original is built only
when a rule actually fired.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

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


def _is_special(char: str) -> bool:
    """Whether `str.casefold` alone would not give this character's normal form 1:1."""
    folded = FOLD[ord(char)]
    return folded != char.casefold() or len(folded) != 1


# Characters classified so far, as sets so that a document's distinct characters can be
# checked with C-level set operations instead of a Python loop over every character.
_PLAIN: set[str] = set()
_SPECIAL: set[str] = set()
# NFKC-stable characters whose normal form is not their casefold: whitespace becomes a space,
# zero-width characters vanish.
_ASCII_WHITESPACE = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_STABLE_SPECIAL = "\x85\u1680\u2028\u2029" + "".join(sorted(_DROPPED))
# A document with more distinct special characters than this goes through `str.translate`:
# one `str.replace` pass per special character stops paying off.
_MAX_REPLACES = 24


def _specials_of(text: str) -> set[str]:
    """The distinct characters of `text` whose normal form `str.casefold` does not give."""
    chars = set(text)
    unknown = chars - _PLAIN - _SPECIAL
    for char in unknown:
        (_SPECIAL if _is_special(char) else _PLAIN).add(char)
    return chars & _SPECIAL


def _fold_text(text: str) -> tuple[str, bool]:
    """The folded text (uncollapsed) and whether it maps 1:1 onto `text`.

    Equal to `text.translate(FOLD)` by construction (tests/test_normalize.py checks it on a
    corpus and every code point). Per-character `str.translate` with a dict table runs at
    ~30-60 MB/s on non-ASCII text; `str.casefold` plus a few `str.replace` passes for the
    characters casefold alone gets wrong (NBSP, ß, full-width forms, newlines) runs at
    several hundred MB/s, because FOLD[c] == c.casefold() for all other characters and
    casefold is idempotent on FOLD's outputs.
    """
    if text.isascii():
        return text.lower().translate(_ASCII_SPACES), True
    # The common case: text already in NFKC (C quick check, ~800 MB/s measured) without the
    # few NFKC-stable characters FOLD changes (whitespace, dropped characters; the list is
    # derived in tests/test_normalize.py). Then FOLD[c] == c.casefold() for every character.
    if unicodedata.is_normalized("NFKC", text) and not any(c in text for c in _STABLE_SPECIAL):
        folded = text.casefold()
        for char in _ASCII_WHITESPACE:
            if char in folded:
                folded = folded.replace(char, " ")
        # casefold never shortens a character, so equal lengths mean no expansion (ß → ss).
        return folded, len(folded) == len(text)
    specials = _specials_of(text)
    if len(specials) > _MAX_REPLACES:
        folded = text.translate(FOLD)
        return folded, all(len(FOLD[ord(c)]) == 1 for c in specials)
    folded = text
    identity = True
    for char in specials:
        replacement = FOLD[ord(char)]
        identity = identity and len(replacement) == 1
        folded = folded.replace(char, replacement)
    return folded.casefold(), identity


def fold(text: str) -> str:
    """Normalise a fragment (a phrase, a pattern literal) the same way documents are."""
    folded = _fold_text(text)[0]
    return _COLLAPSE.sub(" ", folded) if "  " in folded else folded


@dataclass
class NormalizedText:
    """A document's text as matched, able to map spans back to the original."""

    original: str
    text: str
    # Collapsed whitespace runs: (start in `text`, start in folded, end in folded).
    _runs: list[tuple[int, int, int]]
    _identity_fold: bool
    # Characters whose folded form is not one character long (ß → ss, dropped zero-width
    # characters), in order: (original index, folded start, folded length). Built on demand.
    _changes: list[tuple[int, int, int]] | None = field(default=None, repr=False)
    _change_starts: list[int] = field(default_factory=list, repr=False)

    def _build_changes(self) -> None:
        """Only the few length-changing characters are located (with `str.find`), so mapping
        an offset back costs nothing per ordinary character."""
        text = self.original
        odd = [c for c in set(text) if len(FOLD[ord(c)]) != 1]
        positions = sorted(i for char in odd for i in _find_all(text, char))
        changes = []
        shift = 0  # folded length so far minus original length so far
        for index in positions:
            length = len(FOLD[ord(text[index])])
            changes.append((index, index + shift, length))
            shift += length - 1
        self._changes = changes
        self._change_starts = [start for _, start, _ in changes]

    def _folded_to_original(self, pos: int) -> int:
        if self._identity_fold:
            return pos
        if self._changes is None:
            self._build_changes()
        assert self._changes is not None
        j = bisect.bisect_right(self._change_starts, pos) - 1
        # Several dropped characters share one folded start: take the last of them.
        if j < 0:
            return pos
        index, start, length = self._changes[j]
        if pos < start + length:
            return index  # inside the expansion of this character
        return index + 1 + (pos - start - length)

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


def _find_all(text: str, char: str) -> list[int]:
    found = []
    at = text.find(char)
    while at != -1:
        found.append(at)
        at = text.find(char, at + 1)
    return found


def normalize(original: str) -> NormalizedText:
    """Fold case and compatibility forms, drop zero-width characters, collapse whitespace."""
    folded, identity = _fold_text(original)
    runs: list[tuple[int, int, int]] = []
    pieces: list[str] = []
    last = 0
    out_len = 0
    # `str.find` is a C substring search; `re.finditer(" {2,}")` tries every position
    # (0.6 ms on a 60 KB page, as much as the rest of normalising it).
    size = len(folded)
    start = folded.find("  ")
    while start != -1:
        end = start + 2
        while end < size and folded[end] == " ":
            end += 1
        pieces.append(folded[last:start])
        out_len += start - last
        runs.append((out_len, start, end))
        pieces.append(" ")
        out_len += 1
        last = end
        start = folded.find("  ", end)
    if runs:
        pieces.append(folded[last:])
        text = "".join(pieces)
    else:
        text = folded
    return NormalizedText(original=original, text=text, _runs=runs, _identity_fold=identity)
