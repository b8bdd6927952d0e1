"""Cheap searches answer as the slow ones: a block's own-voice words outside quotations are
found as far as the words need (`_own_voice_outside_quotes`), the next opening mark of ASCII
text by two plain searches (`_next_opener`), a locative by one `str.endswith`
(`_locative_forms`), a copyright mark and the word before a name as their patterns find
them (`_copyright_end`, `_word_before`). Generated text mixes every quotation mark, words
flanked by apostrophes, Hebrew abbreviations and blocks that are one whole quotation."""

from __future__ import annotations

import random

from compliance.notices.compose import (
    _COPYRIGHT_MARK,
    _WORD_BEFORE,
    QUOTE_PAIRS,
    _copyright_end,
    _locative_forms,
    _word_before,
)
from compliance.notices.lexicon import LexiconSet
from compliance.notices.recognise import (
    _OPENERS,
    _next_opener,
    _own_voice_outside_quotes,
    _quote_spans,
    _within,
)

PIECES = [
    *QUOTE_PAIRS,
    *QUOTE_PAIRS.values(),
    " ",
    "we",
    "our",
    "don't",
    "l'article",
    " 'no AI' ",
    'מו"לים',
    "\n",
    ", ",
    ". ",
    "said",
    "x",
]


def texts(seed: int, n: int, pieces: list[str] = PIECES) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def slow_own_voice_outside_quotes(
    own: list[tuple[int, int, None]], text: str, start: int, end: int
) -> bool:
    """Every quotation found first, then each word tested."""
    if not own:
        return False
    spans = _quote_spans(text, start, end)
    starts = [s + 1 for s, _ in spans]
    return any(not _within(m[0], m[1], starts, spans) for m in own)


def test_own_voice_outside_quotes_answers_as_every_quotation_found_first() -> None:
    rng = random.Random(7)
    answers = set()
    for text in texts(7, 3000):
        if not text:
            continue
        start = rng.randrange(len(text))
        end = rng.randint(start, len(text))
        words = sorted(
            (s, min(end, s + rng.randint(1, 4)))
            for s in rng.sample(range(start, end), min(end - start, rng.randint(0, 4)))
        )
        own = [(s, e, None) for s, e in words if s < e]
        expected = slow_own_voice_outside_quotes(own, text, start, end)
        assert _own_voice_outside_quotes(own, text, start, end) == expected, (text, start, own)  # type: ignore[arg-type]
        answers.add((expected, bool(_quote_spans(text, start, end))))
    assert answers == {(True, True), (True, False), (False, True), (False, False)}


def test_whole_block_quotations_leave_the_words_outside() -> None:
    text = '"We do not allow our journalism to be used."'
    own = [(1, 3, None), (17, 20, None)]
    assert _quote_spans(text, 0, len(text)) == []
    assert _own_voice_outside_quotes(own, text, 0, len(text))  # type: ignore[arg-type]
    text = '"We do not allow our journalism to be used," he said.'
    assert not _own_voice_outside_quotes(own, text, 0, len(text))  # type: ignore[arg-type]


def test_the_next_opener_is_the_one_the_pattern_finds() -> None:
    assert {mark for mark in QUOTE_PAIRS if mark.isascii()} == {'"', "'"}
    for text in texts(8, 2000) + texts(9, 500, ['"', "'", "a", " ", "x"]):
        for at in range(0, len(text) + 1, 3):
            found = _OPENERS.search(text, at, len(text))
            assert _next_opener(text, at, len(text)) == (found.start() if found else -1)


def test_locative_forms_answer_as_a_test_of_each_word(lexicons: LexiconSet) -> None:
    samples = [
        "publication on other websites",
        "uso en otros marketplaces",
        "שימוש באתרים אחרים",
        "ในร้านค้าออนไลน์อื่น",
        "auf andere Webseiten",
    ]
    attached_found = prefixed_found = 0
    for languages in [{i} for i in range(len(lexicons.lexicons))]:
        locatives = lexicons.structure_words("locatives", languages)
        attached, prefixes = _locative_forms(locatives)
        for text in samples:
            for at in range(len(text) + 1):
                ends = any(text.endswith(w, 0, at) for w in locatives)
                assert text.endswith(attached, 0, at) == ends
                starts = any(
                    len(w) == 1 and w >= "\u0590" and text.startswith(w, at) for w in locatives
                )
                assert text.startswith(prefixes, at) == starts
                attached_found += ends
                prefixed_found += starts
    assert attached_found and prefixed_found


NAME_PIECES = [" ", "\t", "\u00a0", "(c)", "(C)", "©", "Copyright", "COPYRIGHT", "copy", "right"]
NAME_PIECES += ["Acme", "media", "l'", "’", "&", "-", "_", "2024", ".", ",", "é", "Ç", "x"]


def test_the_copyright_mark_and_the_word_before_are_those_the_patterns_find() -> None:
    seen = set()
    for line in texts(11, 5000, NAME_PIECES):
        mark = _COPYRIGHT_MARK.search(line)
        assert _copyright_end(line) == (mark.end() if mark else -1), line
        word = _WORD_BEFORE.search(line)
        assert _word_before(line) == (word.group(1) if word else None), line
        seen.add((mark is not None, word is not None, line.isascii()))
    assert len(seen) == 8
