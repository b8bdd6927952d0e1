"""A scan keeps the automaton's occurrences as found and makes a block's matches only when
it is read (`Scan`, `_Part.matches`): the matches made for a span are those of making every
match and sorting by start, the gate reads the readings of every match in the order found,
and the automaton reports occurrences in the order they end (what a block's bounds rely
on). Generated text mixes the lexicons' longest keys (the reach past a block's end), space
runs, punctuation, vowel marks and scripts written without spaces."""

from __future__ import annotations

import random
from itertools import pairwise
from operator import itemgetter

import pytest

from compliance.notices.lexicon import LexiconSet, Match, fold_text, word_text
from compliance.notices.recognise import _may_state_something
from tests.notices.conftest import cuts

PIECES = [
    " ",
    "  ",
    "\n\n",
    ", ",
    ". ",
    " - ",
    "“",
    "”",
    "we",
    "our",
    "AI",
    "AIの学習",
    "ai crawlers",
    "training",
    "to train",
    "prohibited",
    "text and data mining",
    "said",
    "Namensnennung - Weitergabe",
    "無断転載禁止",
    "запрещено",
    "مَمنوع",
    "x",
]


@pytest.fixture(scope="module")
def pieces(lexicons: LexiconSet) -> list[str]:
    """`PIECES` and the words of the 40 longest keys (a match reaching furthest past the
    block it starts in)."""
    keys = sorted(lexicons._automaton.keys, key=len)[-40:]  # type: ignore[union-attr]
    return [*PIECES, *(key.strip() for key in keys)]


def texts(pieces: list[str], seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_occurrences_come_in_the_order_they_end(lexicons: LexiconSet, pieces: list[str]) -> None:
    seen = 0
    for text in texts(pieces, 41, 300):
        words = " ".join(word_text(fold_text(text)).split())
        for automaton in (lexicons._automaton, lexicons._latin):
            if automaton is None:
                continue
            found = automaton.find(f" {words} ")
            assert all(a[2] <= b[2] for a, b in pairwise(found)), text
            assert all(end - start == len(automaton.keys[i]) for i, start, end in found), text
            seen += len(found)
    assert seen > 3000


def test_a_spans_matches_are_those_of_making_every_match(
    lexicons: LexiconSet, pieces: list[str]
) -> None:
    """Per word text, matches made for collapsed bounds are the matches starting there, in
    the order found; its own-voice ones come sorted (those starting together in the order
    found)."""
    rng = random.Random(42)
    seen = 0
    for text in texts(pieces, 42, 300):
        scan = lexicons.scan(fold_text(text))
        for part in scan._parts:
            found: list[Match] = [m for raw, a in part.found for m in a.matches(raw)]
            every = sorted(found, key=itemgetter(0))
            top = max((m[1] for m in every), default=0) + 2
            for start, end in [(0, top), *cuts(rng, top)]:
                expected = [m for m in found if start <= m[0] < end]
                assert part.matches(start, end) == expected, (text, start, end)
                by_start = [m for m in every if start <= m[0] < end]
                assert part.own(start, end) == [m for m in by_start if m[2].own_voice]
                seen += len(expected)
    assert seen > 5000


def test_the_gate_reads_every_match_in_the_order_found(
    lexicons: LexiconSet, pieces: list[str]
) -> None:
    stated = 0
    for text in texts([*pieces, "the", "city", "need", "MI"], 43, 400):
        scan = lexicons.scan(fold_text(text))
        assert list(scan.readings()) == [m[2] for m in scan.found], text
        assert scan.found == lexicons.scan(fold_text(text)).found
        stated += _may_state_something(scan.readings(), lexicons.shared)
    assert 50 < stated < 400
