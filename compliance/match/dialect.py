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


# Inside a (non-negated) class: at least what the `regex` module's Unicode classes hold.
# Its `\w` is Alphabetic + marks + digits + connector punctuation + joiners: without `\pM`
# Hindi, Bengali, Thai, Arabic and Hebrew words break at every vowel sign.
# Each ends in a class escape, so a following `-` cannot turn into a range.
_WORD = r"\x{200c}\x{200d}\pL\pM\pN\p{Pc}\p{So}"
_SPACE = r"\x{85}\x{0b}\x{1c}-\x{1f}\s\p{Z}"
# Outside brackets the prefilter uses the cheapest superset on normalised text (where every
# whitespace is a space): Unicode letter classes blow up RE2's UTF-8 automaton.
_ANY = r"(?s:.)"
_CLASS_OUTSIDE = {
    "w": r"[^ ]",
    "W": _ANY,
    "d": r"[^ ]",
    "D": _ANY,
    "s": "[" + _SPACE + "]",
    "S": _ANY,
}
_CLASS_INSIDE = {"w": _WORD, "d": r"\p{Nd}", "s": _SPACE}
# POSIX classes (the `regex` module reads them with Unicode meaning; RE2 as ASCII only).
_POSIX = {
    "alpha": r"\pL\pM",
    "alnum": r"\pL\pM\pN",
    "digit": r"\p{Nd}",
    "space": _SPACE,
    "word": _WORD,
    "upper": r"\pL\pM",
    "lower": r"\pL\pM",
    "punct": r"\pP\pS",
}
_LOOKAROUND = re.compile(r"\(\?(?:=|!|<=|<!)")
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{(?:\d+|\d*,\d*)\})[?+]?")
_MAX_UNROLL = 8


def to_prefilter(prepared: str) -> str:
    """Rewrite a prepared Python pattern into an RE2 pattern that matches a superset."""
    if re.search(r"\\[1-9]|\(\?P=|\(\?\(|\(\?[aiLmsux]*x", prepared):
        raise Unsupported("back-references, conditionals and verbose mode need the slow path")
    out: list[str] = []
    i = 0
    while i < len(prepared):
        char = prepared[i]
        if char == "\\":
            n = _escape_length(prepared, i)
            out.append(_escape_outside(prepared[i : i + n]))
            i += n
        elif char == "[":
            text, i = _translate_class(prepared, i)
            out.append(text)
        elif char == "{":
            text, i = _counted(prepared, i)
            out.append(text)
        elif char == "(" and _LOOKAROUND.match(prepared, i):
            i = _group_end(prepared, i)  # drop the whole look-around group (superset)
            out.append("")
        elif char == "$":
            # Python's `$` also matches before a final line break; RE2's does not.
            out.append("(?m:$)")
            i += 1
        else:
            out.append(char)
            i += 1
        if out[-1] == "":
            # A dropped zero-width item takes its quantifier with it: `fi(?!x){2,}` must not
            # become `fi{2,}`.
            quantifier = _QUANTIFIER.match(prepared, i)
            if quantifier:
                i = quantifier.end()
    return "".join(out)


def _escape_outside(esc: str) -> str:
    """An escape outside brackets in RE2 form; "" for a dropped zero-width assertion."""
    letter = esc[1:2]
    if letter in ("b", "B", "A"):
        return ""  # zero-width: drop (superset)
    if letter == "Z":
        return r"\z"
    if letter in _CLASS_OUTSIDE:
        return _CLASS_OUTSIDE[letter]
    if letter == "x" and len(esc) == 4:
        return r"\x{" + esc[2:] + "}"
    if letter in ("u", "U"):
        return r"\x{" + esc[2:].lstrip("0").rjust(1, "0") + "}"
    if letter == "N":
        raise Unsupported(r"\N{...} escapes")
    return esc


def _counted(prepared: str, i: int) -> tuple[str, int]:
    """A counted repeat at prepared[i] in RE2 form, capped so RE2 does not unroll it.

    Wide bounded gaps (`.{0,200}`) are unrolled by RE2 into hundreds of states per rule,
    which makes the set automaton slow to build and run; an open repeat from a lower bound of
    at most 8 is a superset, and the exact bound is checked on confirmation. `{,n}` and `{,}`
    mean `{0,n}` / `{0,}` in Python but are literal text in RE2.
    """
    counted = _COUNTED.match(prepared, i)
    if not counted or not (counted.group(1) or counted.group(2)):
        return r"\{", i + 1  # a literal brace, as in Python
    low = int(counted.group(1) or 0)
    if counted.group(2) and counted.group(3):
        high = int(counted.group(3))
        if high <= _MAX_UNROLL:
            return f"{{{low},{high}}}", counted.end()
    elif not counted.group(2) and low <= _MAX_UNROLL:
        return f"{{{low}}}", counted.end()
    return f"{{{min(low, _MAX_UNROLL)},}}", counted.end()


def _translate_class(prepared: str, i: int) -> tuple[str, int]:
    """The character class at prepared[i] as an RE2 class that holds at least as much."""
    j = i + 1
    negated = prepared.startswith("^", j)
    j += negated
    items: list[str] = []
    broad = False  # holds something RE2 cannot say exactly as a superset inside a class
    first = True
    while j < len(prepared):
        char = prepared[j]
        if char == "]" and not first:
            j += 1
            break
        first = False
        if char == "\\":
            n = _escape_length(prepared, j)
            esc = prepared[j : j + n]
            letter = esc[1:2]
            j += n
            if letter in _CLASS_INSIDE:
                items.append(_CLASS_INSIDE[letter])
                broad = broad or negated
            elif letter in ("W", "D", "S", "b", "N"):
                broad = True
            elif letter == "x" and len(esc) == 4:
                items.append(r"\x{" + esc[2:] + "}")
            elif letter in ("u", "U"):
                items.append(r"\x{" + esc[2:].lstrip("0").rjust(1, "0") + "}")
            else:
                items.append(esc)
            continue
        if char == "[" and prepared.startswith("[:", j):
            close = prepared.find(":]", j + 2)
            name = prepared[j + 2 : close] if close != -1 else ""
            if name in _POSIX:
                items.append(_POSIX[name])
                broad = broad or negated
                j = close + 2
                continue
            if close != -1:
                broad = True
                j = close + 2
                continue
        items.append("\\" + char if char in "[]^" else char)
        j += 1
    else:
        raise Unsupported("an unterminated character class")
    if broad:
        return _ANY, j
    return "[" + ("^" if negated else "") + "".join(items) + "]", j


def _group_end(prepared: str, i: int) -> int:
    """Index just past the group opening at prepared[i] (escapes and classes skipped)."""
    depth, j = 0, i
    while j < len(prepared):
        char = prepared[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            _, j = _translate_class(prepared, j)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def phrase_pattern(phrase: str) -> str:
    """A Python pattern for a plain phrase, with word edges where the script has spaces."""
    # Dropped zero-width characters can leave doubled or outer spaces behind.
    folded = re.sub(" {2,}", " ", fold(re.sub(r"\s+", " ", phrase.strip()))).strip()
    if not folded:
        raise ValueError(f"phrase {phrase!r} is empty once invisible characters are dropped")
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
