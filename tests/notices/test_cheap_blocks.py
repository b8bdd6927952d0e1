"""Cheap paths answer as the slow ones: a list item's marker told from a line's first
characters before its pattern is tried (`_list_item`); a hit's end placed by its start's
search when no run lies between (`_Runs.place_hits`); a company's legal form looked for by
plain tests in a window in lower case (`_legal_form_after`); a law or licence cited told by
its first character (`_cites_law`); the hits outside one quotation by two comparisons
(`_outside`); a block's hits from its matches in the order found, unsorted (`kept`); a line
with nothing to trim taken whole (`_line_blocks`); a block's final mark by one set test
(`_classify`). Generated lines mix every kind of marker, letters and
digits followed by what may or may not end a marker, white space and scripts without case;
generated word texts mix runs of spaces and acronyms in both cases; generated names and
citations mix forms and openers in both cases with letters that fold unusually."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from typing import Any

from compliance.notices.compose import (
    _CITATION_OPENERS,
    _LEGAL_FORM,
    _LICENCE_NAME,
    _LICENCE_OPENERS,
    _LOWER_LEGAL_FORMS,
    _NAME_REACH,
    _legal_form_after,
)
from compliance.notices.lexicon import (
    Capitals,
    Hit,
    LexiconSet,
    _Runs,
    expand,
    fold_text,
    resolve_overlaps,
    squeeze,
)
from compliance.notices.recognise import _QUOTED, _outside, recognise
from compliance.notices.segment import (
    _LEAD_IN_MARKS,
    _LIST_ITEM,
    _LIST_LEAD_MARKS,
    LAW_CITATION,
    _list_item,
    _visible,
)

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


NAME_PIECES = [
    " ",
    "\t",
    "Acme",
    "media",
    "AS",
    "as",
    "Ltd",
    "ltd",
    "plc",
    "a.s.",
    "s.r.o.",
    "d.o.o.",
    "GmbH",
    "ООО",
    "ооо",
    "OÜ",
    ".",
    ",",
    "-",
    "é",
    "中",
    "1",
    "ǅ",
]


def test_legal_form_after_answers_as_its_pattern() -> None:
    rng = random.Random(3)
    answers = set()
    for _ in range(20000):
        text = "".join(rng.choice(NAME_PIECES) for _ in range(rng.randint(0, 12)))
        end = rng.randint(0, len(text))
        reach = min(len(text), end + _NAME_REACH)
        expected = _LEGAL_FORM.match(text, end, reach) is not None
        assert _legal_form_after(text, end) == expected, (text, end)
        answers.add(expected)
    assert answers == {True, False}


def test_every_legal_form_without_a_capital_is_searched_for() -> None:
    forms = _LEGAL_FORM.pattern.split("(?:", 2)[2].split(")(?!")[0].split("|")
    for form in forms:
        plain = form.replace("\\", "")
        assert not plain.islower() or plain in _LOWER_LEGAL_FORMS, plain


CITING_PIECES = [" ", "(", "§", "¶", "art", "Art.", "article", "5", "第", "七", "条", "제", "조"]
CITING_PIECES += ["the ", "la ", "a ", "creative commons", "CC BY", "cc0", "Open Government Licen"]
CITING_PIECES += ["said", "x", "é", "İ", "K", "ſ", "ı"]


def test_cites_law_first_character_answers_as_the_patterns() -> None:
    rng = random.Random(9)
    answers = set()
    for _ in range(20000):
        after = "".join(rng.choice(CITING_PIECES) for _ in range(rng.randint(0, 4)))
        law = LAW_CITATION.match(after) is not None
        licence = _LICENCE_NAME.match(after) is not None
        assert (after[:1] in _CITATION_OPENERS and law) == law, after
        assert (after[:1].lower() in _LICENCE_OPENERS and licence) == licence, after
        answers.add((law, licence))
    assert {(True, False), (False, True), (False, False)} <= answers


def slow_outside(
    hits: list[Hit], spans: list[tuple[int, int]], *, every_concept: bool
) -> list[Hit]:
    """Each hit searched for among the quotations."""
    starts = [s for s, _ in spans]

    def inside(hit: Hit) -> bool:
        k = bisect_left(starts, hit.start + 1) - 1
        return k >= 0 and hit.end <= spans[k][1]

    return [h for h in hits if not (every_concept or h.concept in _QUOTED) or not inside(h)]


def test_outside_answers_as_a_search_per_hit() -> None:
    rng = random.Random(13)
    shown = set()
    for _ in range(5000):
        bounds = sorted(rng.sample(range(40), rng.choice([0, 2, 2, 2, 4, 6])))
        spans = list(zip(bounds[::2], bounds[1::2], strict=True))
        hits = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randrange(40)
            concept = rng.choice(["restrict", "own-voice", "action:ai", "negator", "route:licence"])
            hits.append(Hit(start, start + rng.randint(1, 6), concept, "t", 0))
        for every in (True, False):
            expected = slow_outside(hits, spans, every_concept=every)
            assert _outside(hits, spans, every_concept=every) == expected, (hits, spans)
            shown.add((len(spans), len(expected) < len(hits)))
    assert {(1, True), (1, False), (2, True)} <= shown


# Terms of several languages and scripts that overlap ("data mining" in "text and data
# mining", "AI" in "AI学習"), with function words and marks between.
TERM_PIECES = ["text and data mining", "data mining", "AI", "ai", "training", "to train"]
TERM_PIECES += ["prohibited", "may not", "written permission", "we", "said", "not"]
TERM_PIECES += ["Reproduktion", "ist untersagt", "ohne", "Genehmigung", "der", "und"]
TERM_PIECES += ["無断転載禁止", "AI学習", "запрещено", "копирование", "без", "разрешения"]
TERM_PIECES += ["يُمنع", "نسخ", "المحتوى", "dilarang", "tanpa izin", ",", ".", "\n", "  "]


def test_block_hits_of_matches_in_the_order_found_are_those_of_matches_by_start(
    lexicons: LexiconSet,
) -> None:
    rng = random.Random(17)
    every = sorted(range(len(lexicons.lexicons)))
    languages = [lexicons.by_language[code] for code in ("en", "de", "ja", "ru", "ar", "id")]
    seen = set()
    for _ in range(300):
        text = " ".join(rng.choice(TERM_PIECES) for _ in range(rng.randint(1, 30)))
        found = lexicons.matches(fold_text(text))  # (the order found: by end, per automaton)
        by_start = sorted(found, key=lambda m: m[0])
        seen.add(found == by_start)
        for active in (
            frozenset(every),
            frozenset({rng.choice(languages)}) | lexicons.shared,
            frozenset(rng.sample(every, 4)) | lexicons.shared,
        ):
            expected = resolve_overlaps(expand(by_start, active))
            assert lexicons.block_hits(found, active) == expected, (text, active)
    assert seen == {True, False}  # (orders that differ, and some that do not)


LINE_PIECES_TRIMMED = [
    " ",
    "\t",
    "\u3000",
    "\xa0",
    "\r",
    "\x0b",
    "word",
    "Wort",
    "語",
    "كلمة",
    ".",
    ":",
]


def test_a_line_with_nothing_to_trim_is_taken_whole() -> None:
    rng = random.Random(19)
    answers = set()
    for _ in range(5000):
        raw = "".join(rng.choice(LINE_PIECES_TRIMMED) for _ in range(rng.randint(1, 6)))
        start = rng.randint(0, 50)
        whole = raw.strip() is raw
        if whole:
            assert _visible(raw, start) == (start, start + len(raw)), raw
        answers.add(whole)
    assert answers == {True, False}


def test_a_blocks_final_mark_is_told_as_endswith_tells_it() -> None:
    for codepoint in range(0x3100):
        for body in ("", chr(codepoint), "Die Nutzung ist untersagt" + chr(codepoint)):
            assert (body[-1:] in _LEAD_IN_MARKS) == body.endswith((":", "：")), body
            assert (body[-1:] in _LIST_LEAD_MARKS) == body.endswith((",", "，", "、", "。")), body


# Story sentences (reported, about others, the publisher's "we" in a quotation or not) and
# closing lines (a footer notice, a link label), in three languages.
STORY_SENTENCES = [
    "Several publishers have blocked AI crawlers, the researchers said.",
    '"We do not allow our articles to be used to train AI," the editor said.',
    "We reserve all rights to our articles.",
    "Mehrere Verlage haben KI-Crawler gesperrt, sagten die Forscher.",
    "Wir behalten uns alle Rechte an unseren Artikeln vor.",
    "Varios editores han bloqueado los rastreadores de IA, dijeron los investigadores.",
    "Nos reservamos todos los derechos sobre nuestros artículos.",
]
CLOSING_LINES = [
    "© 2026 Example News. Reproduction without written permission is prohibited.",
    "Die Nutzung unserer Inhalte für KI-Training ist untersagt.",
    "Queda prohibida la reproducción sin autorización.",
    "• Contact us",
    "The city council met on Tuesday.",
]


def test_a_story_read_without_its_passed_over_paragraphs_states_what_a_trace_reads(
    lexicons: LexiconSet,
) -> None:
    """`recognise` visits only a story's paragraphs with a word of the publisher's own and
    its closing blocks; a trace visits every block (and notes why it passes one over)."""
    rng = random.Random(23)
    stated = 0
    for _ in range(60):
        paragraphs = [
            " ".join(rng.choice(STORY_SENTENCES) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(2, 9))
        ]
        paragraphs += rng.sample(CLOSING_LINES, rng.randint(0, 3))
        text = "\n\n".join(paragraphs)

        def read(trace: bool, text: str = text) -> list[tuple[int, str, list[str]]]:
            recognition = recognise(
                text,
                "text",
                lexicons,
                in_footer=lambda s, e: e >= len(text) - 300,
                trace=trace,
            )
            return [
                (r.index, r.voice or "", sorted(f"{p}:{e.verdict}" for p, e in r.effects.items()))
                for r in recognition.readings
                if r.effects or not trace
            ]

        fast, traced = read(False), read(True)
        assert [r for r in fast if r[2]] == traced, text
        stated += bool(traced)
    assert stated > 10
