"""The lazy paths of notice recognition give what the eager ones give: a block's ranges
found one at a time are those `Scan.assign` finds for all blocks at once, the own-voice
words of the document grouped by block are each block's own, remembered structure words
are those of the languages asked for, and a procedure's voice is judged only when its
hits could make it one."""

from __future__ import annotations

import random

from compliance.notices.lexicon import Hit, LexiconSet, fold_text
from compliance.notices.recognise import _by_block, _procedure
from compliance.notices.segment import segment
from tests.notices.conftest import cuts

PIECES = [
    " ",
    "  ",
    "\n\n",
    ", ",
    ". ",
    "“",
    "”",
    '"',
    "We",
    "we",
    "our",
    "this site",
    "AI",
    "AIの学習",
    "ai crawlers",
    "text and data mining",
    "prohibited",
    "said",
    "Namensnennung - Weitergabe",
    "無断転載禁止",
    "запрещено",
    "مَمنوع",
    "x",
]


def test_one_blocks_ranges_are_those_of_all_blocks(lexicons: LexiconSet) -> None:
    rng = random.Random(31)
    seen = 0
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        scan = lexicons.scan(fold_text(text))
        spans = cuts(rng, len(text))
        for (start, end), ranges in zip(spans, scan.assign(spans), strict=True):
            assert scan.ranges(start, end) == ranges, (text, start, end)
            own = scan.own_voice(ranges)
            assert scan.own_voice_in(start, end) == own, (text, start, end)
            seen += bool(own)
    assert seen > 100


def test_own_voice_by_block_is_each_blocks_own(lexicons: LexiconSet) -> None:
    rng = random.Random(32)
    for _ in range(300):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        scan = lexicons.scan(fold_text(text))
        blocks = segment(text, "text", lexicons.abbreviations)
        grouped = _by_block(scan.own_voice_in(0, len(text)), blocks)
        for index, block in enumerate(blocks):
            own = scan.own_voice_in(block.start, block.end)
            assert grouped.get(index, []) == own, (text, index)


def test_remembered_structure_words_are_those_of_the_languages(lexicons: LexiconSet) -> None:
    rng = random.Random(33)
    n = len(lexicons.lexicons)
    for _ in range(200):
        languages = {rng.randrange(n) for _ in range(rng.randint(0, 4))}
        for name in ("complementizers", "coordinators", "inclusives"):
            words = [getattr(lexicons.lexicons[i], name) for i in languages]
            expected = frozenset().union(*words)
            assert lexicons.structure_words(name, languages) == expected
            assert lexicons.structure_words(name, list(languages)) == expected  # remembered


def test_a_procedures_voice_is_judged_only_for_a_way_to_ask() -> None:
    def never() -> str:
        raise AssertionError("voice judged for a block that names no way to ask")

    action = Hit(0, 5, "action:crawl", "crawl", 0)
    route = Hit(6, 12, "route:permission", "permission", 0)
    ban = Hit(13, 20, "restrict", "forbid", 0)
    assert _procedure([action, route], never, frozenset()) == set()
    assert _procedure([route, ban], never, frozenset()) == set()
    assert _procedure([], never, frozenset()) == set()
    assert _procedure([route], never, frozenset({"route"})) == set()
    assert _procedure([route], lambda: "own", frozenset()) == {"permission"}
    assert _procedure([route], lambda: "reported", frozenset()) == set()
