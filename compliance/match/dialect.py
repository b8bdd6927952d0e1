"""The rule regex dialect: Python `re` syntax on normalised text, and its RE2 prefilter form.

Rules are written in Python `re` syntax and match case-insensitively on normalised text
(DESIGN.md §4). `prepare_pattern` folds the pattern's literal characters exactly as documents
are folded, so `Straße`, full-width letters and NBSP in a rule behave like in the text.

`to_prefilter` rewrites a prepared pattern for RE2's set engine as a *superset* of the Python
meaning: RE2's `\\w`, `\\d`, `\\s` are ASCII-only (PERF-NOTES.md), so they become Unicode
classes, and zero-width assertions (`\\b`, look-arounds) are dropped, since a prefilter may
over-match (every hit is confirmed with Python `re`) but must never miss.
"""

from __future__ import annotations

import re

from compliance.match.normalize import FOLD, fold

_SIMPLE_ESCAPE_LEN = {"x": 2, "u": 4, "U": 8}


def _escape_length(pattern: str, i: int) -> int:
    """Length of the escape sequence starting at pattern[i] (a backslash)."""
    if i + 1 >= len(pattern):
        return 1
    nxt = pattern[i + 1]
    if nxt in _SIMPLE_ESCAPE_LEN:
        return 2 + _SIMPLE_ESCAPE_LEN[nxt]
    if nxt == "N" and i + 2 < len(pattern) and pattern[i + 2] == "{":
        close = pattern.find("}", i + 3)
        return (close - i + 1) if close != -1 else 2
    return 2


def prepare_pattern(pattern: str) -> str:
    """Fold the literal characters of a rule pattern; escapes and syntax stay as written."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            n = _escape_length(pattern, i)
            out.append(pattern[i : i + n])
            i += n
            continue
        if char == "(" and pattern.startswith("(?P<", i):
            close = pattern.find(">", i)
            if close != -1:
                out.append(pattern[i : close + 1])
                i = close + 1
                continue
        out.append(FOLD[ord(char)])
        i += 1
    return "".join(out)


class Unsupported(ValueError):
    """The pattern cannot be expressed for the fast engine; it takes the slow path."""


# Outside brackets the prefilter uses the cheapest superset on normalised text (where every
# whitespace is a space): Unicode letter classes blow up RE2's UTF-8 automaton.
_CLASS_OUTSIDE = {
    "w": r"[^ ]",
    "W": r".",
    "d": r"[^ ]",
    "D": r".",
    "s": r"[\s\p{Z}\x{85}\x{1c}-\x{1f}]",
    "S": r"[^\s\p{Z}\x{85}\x{1c}-\x{1f}]",
}
_CLASS_INSIDE = {"w": r"\pL\pN_", "d": r"\p{Nd}", "s": r"\s\p{Z}\x{85}\x{1c}-\x{1f}"}
_LOOKAROUND = re.compile(r"\(\?(?:=|!|<=|<!)")
_BOUNDED = re.compile(r"\{(\d*),(\d+)\}")
_MAX_UNROLL = 8


def to_prefilter(prepared: str) -> str:
    """Rewrite a prepared Python pattern into an RE2 pattern that matches a superset."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]*x", prepared):
        raise Unsupported("back-references, conditionals and verbose mode need the slow path")
    out: list[str] = []
    i = 0
    in_class = False
    while i < len(prepared):
        char = prepared[i]
        if char == "\\":
            n = _escape_length(prepared, i)
            esc = prepared[i : i + n]
            letter = esc[1:2]
            if letter in ("b", "B", "A") and not in_class:
                i += n  # zero-width: drop (superset)
                continue
            if letter == "Z" and not in_class:
                out.append(r"\z")
            elif letter in _CLASS_OUTSIDE and not in_class:
                out.append(_CLASS_OUTSIDE[letter])
            elif letter in _CLASS_INSIDE and in_class:
                out.append(_CLASS_INSIDE[letter])
            elif letter in ("W", "D", "S") and in_class:
                raise Unsupported(f"{esc} inside a character class")
            elif letter == "x" and len(esc) == 4:
                out.append(r"\x{" + esc[2:] + "}")
            elif letter in ("u", "U"):
                out.append(r"\x{" + esc[2:].lstrip("0").rjust(1, "0") + "}")
            elif letter == "N":
                raise Unsupported(r"\N{...} escapes")
            else:
                out.append(esc)
            i += n
            continue
        if in_class:
            if char == "]" and not (out and out[-1] in ("[", "[^")):
                in_class = False
            out.append(char)
            i += 1
            continue
        if char == "[":
            in_class = True
            if prepared.startswith("[^", i):
                out.append("[^")
                i += 2
            else:
                out.append("[")
                i += 1
            if i < len(prepared) and prepared[i] == "]":
                out.append(r"\]")
                i += 1
            continue
        bounded = _BOUNDED.match(prepared, i) if char == "{" else None
        if bounded:
            # Wide bounded gaps (`.{0,200}`) are unrolled by RE2 into hundreds of states per
            # rule, which makes the set automaton slow to build and to run; unbounded is a
            # superset, and the exact bound is checked on confirmation.
            low, high = bounded.group(1) or "0", int(bounded.group(2))
            out.append(prepared[i : bounded.end()] if high <= _MAX_UNROLL else f"{{{low},}}")
            i = bounded.end()
            continue
        if char == "(" and _LOOKAROUND.match(prepared, i):
            depth, j = 0, i
            while j < len(prepared):
                if prepared[j] == "\\":
                    j += 2
                    continue
                if prepared[j] == "(":
                    depth += 1
                elif prepared[j] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1  # drop the whole look-around group (superset)
            continue
        out.append(char)
        i += 1
    return "".join(out)


def phrase_pattern(phrase: str) -> str:
    """A Python pattern for a plain phrase, with word edges where the script has spaces."""
    folded = fold(re.sub(r"\s+", " ", phrase.strip()))
    body = re.escape(folded).replace("\\ ", " ")
    start = r"\b" if _spaced_word_char(folded[0]) else ""
    end = r"\b" if _spaced_word_char(folded[-1]) else ""
    return start + body + end


def _spaced_word_char(char: str) -> bool:
    """Word characters of scripts that separate words with spaces (not CJK, Thai, Lao, ...)."""
    if not (char.isalnum() or char == "_"):
        return False
    code = ord(char)
    no_space_scripts = (
        (0x0E00, 0x0EFF),  # Thai, Lao
        (0x1000, 0x109F),  # Myanmar
        (0x1780, 0x17FF),  # Khmer
        (0x2E80, 0x9FFF),  # CJK, kana
        (0xAC00, 0xD7AF),  # Hangul syllables (spaced, but particles attach to nouns)
        (0xF900, 0xFAFF),
        (0xFF00, 0xFFEF),
        (0x20000, 0x3FFFF),
    )
    return not any(lo <= code <= hi for lo, hi in no_space_scripts)
