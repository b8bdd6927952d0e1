"""Reduce stage, wording a pack can match: the stable phrases of a notice's variants.

A draft pack must match every page of its site, also the pages where a date, a year or an
author's name inside the notice differs. The phrases are the character runs every kept
variant shares once normalised the way the matcher normalises documents (NFKC, case folded,
spaces collapsed), without digits (years and counters vary on pages not seen), cut back to
whole words where the script separates words (the matcher puts word edges there). Each phrase
is then checked against every variant with the very pattern the pack compiles to.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from compliance.match.dialect import phrase_pattern
from compliance.match.normalize import normalize

MIN_PHRASE_CHARS = 8
MAX_PHRASES = 3
MAX_PHRASE_CHARS = 400


def _word_char(char: str) -> bool:
    """A character of a word in a script written with spaces (the matcher's `\\b` there)."""
    if not (char.isalnum() or char == "_"):
        return False
    return not ("\u0e00" <= char <= "\u0eff" or "\u2e80" <= char <= "\u9fff" or char >= "\uac00")


def _runs(keep: list[bool]) -> list[tuple[int, int]]:
    runs, start = [], None
    for i, flag in enumerate([*keep, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Cut a run back to whole words and strip spaces and dangling punctuation."""
    if start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
        while start < end and _word_char(text[start]):
            start += 1
    if end < len(text) and _word_char(text[end - 1]) and _word_char(text[end]):
        while end > start and _word_char(text[end - 1]):
            end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and text[end - 1] in " ,;:-–—(/":
        end -= 1
    return start, end


def stable_phrases(variants: list[str]) -> list[str]:
    """Up to three phrases (longest first chosen, then in text order) found in every variant;
    empty when the variants share nothing long enough."""
    forms = [normalize(v).text for v in variants if v.strip()]
    if not forms:
        return []
    base = forms[0]
    keep = [not c.isdigit() for c in base]
    for other in forms[1:]:
        matcher = SequenceMatcher(None, base, other, autojunk=False)
        shared = [False] * len(base)
        for a, _, size in matcher.get_matching_blocks():
            shared[a : a + size] = [True] * size
        keep = [k and s for k, s in zip(keep, shared, strict=True)]
    spans = []
    for start, end in _runs(keep):
        s, e = _trim(base, start, end)
        if e - s >= MIN_PHRASE_CHARS:
            spans.append((s, min(e, s + MAX_PHRASE_CHARS)))
    spans = [_trim(base, s, e) for s, e in spans]
    chosen = sorted(spans, key=lambda span: (span[0] - span[1], span[0]))[:MAX_PHRASES]
    phrases = [base[s:e] for s, e in sorted(chosen) if e - s >= MIN_PHRASE_CHARS]
    return [p for p in phrases if all(matches(p, form) for form in forms)]


def matches(phrase: str, normalised: str) -> bool:
    """Whether the matcher would find `phrase` in already normalised text."""
    return re.search(phrase_pattern(phrase), normalised, re.IGNORECASE) is not None
