"""The per-block fast paths of notice recognition give what the plain definitions give:
matches placed block by block (`Scan`) are those of placing every match and sorting, and a
block's languages are those of counting its votes and terms one by one. Generated text has
space runs, punctuation, vowel marks, Latin terms inside unspaced scripts and function words
of several languages."""

from __future__ import annotations

import random
from bisect import bisect_left
from collections import Counter
from operator import itemgetter
from typing import Any

import pytest

from compliance.notices.lexicon import (
    Capitals,
    LexiconSet,
    fold_text,
    squeeze,
    word_text,
)
from tests.notices.conftest import cuts

PIECES = [
    " ",
    "  ",
    "   ",
    "\n\n",
    ", ",
    ". ",
    " - ",
    "...",
    "“",
    "”",
    "(",
    ")",
    "data mining",
    "text and data mining",
    "AI",
    "AIの学習",
    "ai crawlers",
    "training",
    "to train",
    "prohibited",
    "may not",
    "we",
    "said",
    "Namensnennung - Weitergabe",
    "無断転載禁止",
    "禁止します",
    "запрещено",
    "شُروط الاستخدام",
    "مَمنوع",
    "ห้ามคัดลอก",
    "é",
    "x",
]


def placed_and_sorted(lexicons: LexiconSet, folded: str) -> list[tuple[int, int, object]]:
    return sorted(lexicons.matches(folded), key=itemgetter(0))


def test_blocks_get_the_matches_of_placing_everything(lexicons: LexiconSet) -> None:
    rng = random.Random(21)
    seen = 0
    for _ in range(400):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        folded = fold_text(text)
        everything = placed_and_sorted(lexicons, folded)
        starts = [m[0] for m in everything]
        scan = lexicons.scan(folded)
        spans = cuts(rng, len(text))
        for (start, end), ranges in zip(spans, scan.assign(spans), strict=True):
            expected = everything[bisect_left(starts, start) : bisect_left(starts, end)]
            assert scan.placed(ranges) == expected, (text, start, end)
            assert len(scan.unplaced(ranges)) == len(expected)
            own = [m for m in expected if m[2].own_voice]
            assert scan.own_voice(ranges) == own, (text, start, end)
            assert scan.placed(ranges, own_voice=True) == own, (text, start, end)
            seen += bool(expected)
    assert seen > 300


def test_dropped_matches_are_those_inside_the_spans(lexicons: LexiconSet) -> None:
    rng = random.Random(22)
    for _ in range(200):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        folded = fold_text(text)
        everything = placed_and_sorted(lexicons, folded)
        names = cuts(rng, len(text))

        def inside(start: int, end: int, names: list[tuple[int, int]] = names) -> bool:
            return any(a <= start and end <= b for a, b in names)

        scan = lexicons.scan(folded)
        scan.drop(inside)
        (ranges,) = scan.assign([(0, len(text))])
        assert scan.placed(ranges) == [m for m in everything if not inside(m[0], m[1])], text


VOTING = [
    "the",
    "and",
    "of",
    "der",
    "und",
    "le",
    "les",
    "de",
    "и",
    "за",
    "の",
    "は",
    "là",
    "ของ",
    "का",
    "और",
    "في",
    "مِن",
]


def reference_languages(lexicons: LexiconSet, text: str, matches: list[Any]) -> set[int]:
    """The plain definition: function-word votes plus distinct terms per lexicon, counted
    one by one; the document's votes when the block says too little (none here)."""
    spaced = squeeze(word_text(text))
    combined: Counter[int] = Counter()
    for word in spaced.split():
        for lexicon in lexicons._word_votes.get(word, ()):
            combined[lexicon] += 1
    detect = lexicons._detect is not None and (lexicons._detect_ascii or not text.isascii())
    if detect:
        for _, _, infos in lexicons._detect.scan(spaced):
            for _, _, lexicon, _ in infos:
                combined[lexicons._detect_index[lexicon]] += 1
    distinct = {
        (lexicon, term)
        for _, _, readings in matches
        for _, term, lexicon, _ in readings
        if lexicon not in lexicons.shared
    }
    combined.update(lexicon for lexicon, _ in distinct)
    if sum(combined.values()) < 2:
        return set()  # the document's votes decide: not compared here
    best = max(combined.values())
    return set(lexicons.shared) | {i for i, n in combined.items() if n * 2 >= best}


@pytest.mark.parametrize("narrow", [False, True])
def test_block_languages_are_those_of_the_plain_count(
    lexicons: LexiconSet, narrow: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The votes and terms added as integers of fields give the plain count's languages;
    so does the per-lexicon count a block too long for the fields falls back to."""
    if narrow:
        monkeypatch.setattr(lexicons._terms, "most", 1 << lexicons._terms.width)
    rng = random.Random(23)
    pieces = PIECES + VOTING * 3
    compared = 0
    for _ in range(400):
        text = fold_text(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))))
        matches = lexicons.matches(text)
        expected = reference_languages(lexicons, text, matches)
        if not expected:
            continue
        assert lexicons.languages(text, matches, lambda: {}) == expected, text
        compared += 1
    assert compared > 300


def test_block_hits_found_before_placing_are_those_of_placed_matches(
    lexicons: LexiconSet,
) -> None:
    rng = random.Random(24)
    every = sorted(range(len(lexicons.lexicons)))
    english = frozenset({lexicons.by_language["en"]}) | lexicons.shared
    ascii_pieces = [p for p in PIECES if p.isascii()]  # one word text: hits placed last
    seen = 0
    for n in range(300):
        pieces = ascii_pieces if n % 2 else PIECES
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        folded = fold_text(text)
        scan = lexicons.scan(folded)
        spans = cuts(rng, len(text))
        for ranges in scan.assign(spans):
            for active in (english, frozenset(rng.sample(every, 6)) | lexicons.shared):
                expected = lexicons.block_hits(scan.placed(ranges), active)
                assert scan.block_hits(lexicons, ranges, active) == expected, (text, active)
                seen += bool(expected)
    assert seen > 300


def test_acronyms_in_lower_case_left_out_as_hits_are_placed(lexicons: LexiconSet) -> None:
    """`Scan.block_hits` with `Capitals` drops, span by span, what the filter of placed hits
    drops hit by hit: the acronym terms ("AI", "KI") the text writes in lower case."""
    rng = random.Random(25)
    every = sorted(range(len(lexicons.lexicons)))
    english = frozenset({lexicons.by_language["en"]}) | lexicons.shared
    pieces = [*PIECES, "ai", "Ai", "ki", "KI", "ia", "IA", "ai.", "ki-"]
    dropped = 0
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        folded = fold_text(text)
        scan = lexicons.scan(folded)
        capitals = Capitals(text, folded, lexicons)
        for ranges in scan.assign(cuts(rng, len(text))):
            for active in (english, frozenset(rng.sample(every, 6)) | lexicons.shared):
                hits = lexicons.block_hits(scan.placed(ranges), active)
                expected = [  # the filter as it was written for placed hits
                    h
                    for h in hits
                    if h.end - h.start > lexicons.acronym_max
                    or folded[h.start : h.end] not in lexicons.acronyms
                    or text[h.start : h.end].isupper()
                ]
                assert capitals.keep(hits) == expected, (text, active)
                got = scan.block_hits(lexicons, ranges, active, capitals)
                assert got == expected, (text, active)
                dropped += len(hits) - len(expected)
    assert dropped > 100


def test_fields_at_least_compared_at_once_as_one_by_one(lexicons: LexiconSet) -> None:
    """`_TermNumbers.at_least` (every field compared in one addition) lists the fields
    that hold `least` or more, as comparing the fields one by one does."""
    numbering = lexicons._terms
    rng = random.Random(26)
    for _ in range(5000):
        values = [
            rng.choice([0, 0, 0, 1, 2, 3, rng.randrange(numbering.top_bit)])
            for _ in range(numbering.modulus)
        ]
        total = sum(v << (i * numbering.width) for i, v in enumerate(values))
        assert list(numbering.fields(total)) == values
        if not any(values):
            continue
        least = rng.randint(1, max(values))
        expected = [i for i, v in enumerate(values) if v >= least]
        assert list(numbering.at_least(total, least)) == expected, (values, least)
