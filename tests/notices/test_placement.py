"""Matches placed block by block (`Scan`) are exactly those of placing every match and
sorting: on generated text with space runs, punctuation, vowel marks and Latin terms inside
unspaced scripts, each block's matches are compared with the plain definition."""

from __future__ import annotations

import random
from bisect import bisect_left
from itertools import pairwise
from operator import itemgetter

import pytest

from compliance.notices.lexicon import LexiconSet, fold_text, load_lexicons

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


@pytest.fixture(scope="module")
def lexicons() -> LexiconSet:
    return load_lexicons()


def cuts(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of [0, n], some empty, some adjacent."""
    points = sorted(rng.randint(0, n) for _ in range(rng.randint(0, 8)))
    edges = [0, *points, n]
    return [(a, b) for a, b in pairwise(edges) if rng.random() < 0.8]


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
            assert [m[2] for m in scan.placed(ranges, own_voice=True)] == [
                m[2] for m in expected if m[2].own_voice
            ]
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
