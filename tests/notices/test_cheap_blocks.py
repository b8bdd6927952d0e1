"""Cheap paths answer as the slow ones: a list item's marker told from a line's first
characters before its pattern is tried (`_list_item`); a hit's end placed by its start's
search when no run lies between (`_Runs.place_hits`). Generated lines mix every kind of
marker, letters and digits followed by what may or may not end a marker, white space and
scripts without case; generated word texts mix runs of spaces and acronyms in both cases."""

from __future__ import annotations

import random
from bisect import bisect_right
from typing import Any

from compliance.notices.lexicon import Capitals, Hit, _Runs, squeeze
from compliance.notices.segment import _LIST_ITEM, _list_item

LINE_PIECES = [
    " ",
    "\t",
    "\u3000",
    "-",
    "*",
    "•",
    "·",
    "–",
    "(",
    ")",
    ".",
    "．",
    "、",
    "1",
    "12",
    "1234",
    "٣",
    "０",
    "a",
    "B",
    "iv",
    "ſ",
    "K",
    "İ",
    "ı",
    "①",
    "❶",
    "（",
    "）",
    "一",
    "三",
    "・",
    '"',
    "'",
    "word",
    "Word",
    "x",
    "1.2",
    "é",
]


def test_list_item_answers_as_its_pattern() -> None:
    rng = random.Random(11)
    answers = set()
    for _ in range(20000):
        line = "".join(rng.choice(LINE_PIECES) for _ in range(rng.randint(0, 6)))
        expected = _LIST_ITEM.match(line) is not None
        assert _list_item(line) == expected, line
        answers.add(expected)
    assert answers == {True, False}


def test_list_item_answers_as_its_pattern_for_every_first_character() -> None:
    for codepoint in range(0x3040):
        for rest in ("", ". x", ") x", "x", "1. x"):
            line = chr(codepoint) + rest
            assert _list_item(line) == (_LIST_ITEM.match(line) is not None), line


def slow_place_hits(runs: _Runs, kept: list[Any], capitals: Capitals | None) -> list[Hit]:
    """Each span's start and end placed by a search of its own, `Capitals.lower` asked."""
    hits = []
    for begin, stop, readings in kept:
        start = begin - 1 + runs.shifts[bisect_right(runs.starts, begin)]
        end = stop - 1 + runs.shifts[bisect_right(runs.starts, stop - 1)]
        if capitals is not None and end - start <= capitals.longest and capitals.lower(start, end):
            continue
        hits.extend(Hit(start, end, *reading) for reading in readings)
    return hits


class _Acronyms:
    """What `Capitals` reads of a lexicon set."""

    acronyms = frozenset({"ai", "ki", "tdm"})
    acronym_max = 3


def test_place_hits_places_as_a_search_per_span() -> None:
    rng = random.Random(5)
    shown = set()
    for _ in range(3000):
        words = "".join(
            rng.choice([" ", "  ", "   ", "ai", "AI", "Ki", "tdm", "x", "ab"]) for _ in range(20)
        )
        spaced = f" {words} "
        runs = _Runs.of(spaced)
        collapsed = squeeze(spaced)
        text = words
        capitals = Capitals(text, text.lower(), _Acronyms()) if rng.random() < 0.7 else None  # type: ignore[arg-type]
        spans = sorted(
            (begin, rng.randint(begin + 1, min(len(collapsed) - 1, begin + 6)))
            for begin in rng.sample(range(1, len(collapsed) - 1), rng.randint(0, 6))
        )
        kept = []
        for begin, stop in spans:
            for _ in range(rng.randint(1, 2)):  # (readings of one span come together)
                kept.append(
                    (begin, stop, tuple(("restrict", "t", i) for i in range(rng.randint(1, 2))))
                )
        expected = slow_place_hits(runs, kept, capitals)
        assert runs.place_hits(kept, capitals) == expected, (spaced, kept)
        shown.add(len(expected) < sum(len(r) for _, _, r in kept))
    assert shown == {True, False}
