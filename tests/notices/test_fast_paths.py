"""The fast paths of notice recognition give exactly what the plain definitions give: on
generated text full of the cases that matter (end marks, quotes, international terms,
overlapping terms, several languages), they are compared result for result."""

from __future__ import annotations

import random
from collections import Counter
from itertools import product
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance.extract import regions, sites
from compliance.model import Document
from compliance.notices import recognise as recognise_module
from compliance.notices import segment
from compliance.notices.compose import Context, others_speak, speaks_as_others, voice_frame
from compliance.notices.lexicon import (
    Hit,
    LexiconSet,
    expand,
    fold_text,
    resolve_overlaps,
)
from compliance.notices.recognise import recognise

CONSTRUCTED = Path(__file__).parent / "constructed"

# Pieces chosen to hit every branch: end marks of several scripts, runs of them, white
# space of several kinds, abbreviations, lower-case continuations, CJK without spaces.
PIECES = [
    ".",
    "..",
    "!",
    "?!",
    "…",
    "。",
    "！？",
    "؟",
    "।",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "e.g.",
    "Art.",
    "J.",
    "4.",
    "example.com",
    "Word",
    "word",
    "ПРАВА",
    "права",
    "無断転載",
    '"',
    "“",
    "”",
    "„",
    "«",
    "»",
    "a",
    "Z",
]
WORDS = [
    "data mining",
    "text and data mining",
    "AI",
    "ai crawlers",
    "training",
    "to train",
    "prohibited",
    "may not",
    "written permission",
    "for the purpose of",
    "robots.txt",
    "licensed under",
    "we",
    "said",
    "not",
    "Reproduction",
    "Dilarang",
    "tanpa izin",
    "無断転載禁止",
    "AI学習",
    "запрещено",
    "des",
    "der",
    "and",
    ",",
    ".",
    "\n",
    "  ",
]


def noise(rng: random.Random, pieces: list[str], size: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(size))


def test_sentence_ends_are_those_of_the_one_regex() -> None:
    rng = random.Random(11)
    for _ in range(3000):
        text = noise(rng, PIECES, rng.randint(0, 30))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in segment._SENTENCE_END.finditer(text, start, end)]
        assert list(segment._ends(text, start, end)) == expected, (text, start, end)


def test_block_hits_are_the_resolved_hits_of_the_block(lexicons: LexiconSet) -> None:
    rng = random.Random(12)
    every = frozenset(range(len(lexicons.lexicons)))
    samples = [every, lexicons.shared, frozenset({lexicons.by_language["en"]}) | lexicons.shared]
    seen = 0
    for _ in range(300):
        folded = fold_text(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))))
        matches = sorted(lexicons.matches(folded), key=lambda m: m[0])
        seen += bool(matches)
        for active in [*samples, frozenset(rng.sample(sorted(every), 5))]:
            expected = resolve_overlaps(expand(matches, active))
            assert lexicons.block_hits(matches, active) == expected, (folded, active)
    assert seen > 250  # the words are the lexicons' own


def test_term_counts_are_the_distinct_terms_per_lexicon(lexicons: LexiconSet) -> None:
    rng = random.Random(13)
    for _ in range(300):
        folded = fold_text(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40))))
        matches = lexicons.matches(folded)
        distinct = {
            (lexicon, term)
            for _, _, readings in matches
            for _, term, lexicon, _ in readings
            if lexicon not in lexicons.shared
        }
        assert lexicons.term_counts(matches) == Counter(lx for lx, _ in distinct), folded


def test_the_memo_of_readings_per_language_set_stays_bounded(lexicons: LexiconSet) -> None:
    """A crawl through many languages meets many language sets: the memo starts over past
    its bound, and what it returns after starting over is still right."""
    folded = fold_text("Text and data mining and AI training are prohibited. " * 3)
    matches = sorted(lexicons.matches(folded), key=lambda m: m[0])
    rng = random.Random(14)
    every = sorted(range(len(lexicons.lexicons)))
    for _ in range(100):
        active = frozenset(rng.sample(every, 3)) | lexicons.shared
        assert lexicons.block_hits(matches, active) == resolve_overlaps(expand(matches, active))
    assert len(lexicons._by_active) <= 32


# A story's paragraph that states nothing still says who speaks ("as the spokesman said"): a
# check must read that voice as `explain` does, or the story's next line ("Travellers must
# use the temporary ticket office") reads as the page's rule. A cookie banner's "we" states
# nothing either, and must not make a story the publisher's notice page.
STORY_PAGES = [
    (
        "<html lang='pl'><body><main><article><h1>Remont dworca potrwa do jesieni</h1>"
        "<p>Jak poinformował rzecznik spółki kolejowej, prace na peronach potrwają co najmniej"
        " do października, a część pociągów pojedzie objazdem.</p>"
        "<p>Podróżni muszą korzystać z tymczasowej kasy biletowej.</p></article></main>"
        "<footer><p>© 2026 Gazeta Przykładowa.</p></footer></body></html>"
    ),
    (
        "<html lang='sv'><body><div class='cmp'><p>Vi använder kakor för att förbättra din"
        " upplevelse.</p></div><main><article><h1>Förlagen vill ha betalt av AI-bolagen</h1>"
        "<p>Förlagen kräver att AI-bolag som tränar sina modeller på svenska texter betalar"
        " ersättning.</p><p>Flera medier har skrivit in i sina villkor att innehållet inte får"
        " användas för att träna AI-modeller.</p></article></main>"
        "<footer><p>© Exempelbladet</p></footer></body></html>"
    ),
]


@pytest.mark.parametrize("html", STORY_PAGES)
def test_explain_reads_what_a_check_reads(lexicons: LexiconSet, html: str) -> None:
    document = Document(id="t", source="t", kind="html", html=html)
    view, _, _ = sites.extract_document(document, path="/", agent=None)

    def effects(trace: bool) -> set[tuple[int, str, str, frozenset[str]]]:
        recognition = recognise(
            view.text,
            "html",
            lexicons,
            in_footer=lambda s, e: view.in_region("footer", s, e),
            trace=trace,
            names=view.names,
        )
        return {
            (reading.index, purpose, effect.verdict, frozenset(effect.conditions))
            for reading in recognition.readings
            if reading.voice == "own"
            for purpose, effect in reading.effects.items()
        }

    assert effects(trace=False) == effects(trace=True) == set()


def _corpus_blocks(lexicons: LexiconSet) -> list[tuple[str, segment.Block, list[Hit]]]:
    """Every block of the constructed cases (many languages, stories and notices) with
    its hits as the lexicons resolve them over the block alone."""
    out = []
    for path in sorted(CONSTRUCTED.glob("round*/*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if case.get("kind", "text") != "text":
            continue
        text = case["content"]
        for block in segment.segment(text, "text", lexicons.abbreviations):
            words = fold_text(text[block.start : block.end])
            hits = [
                h._replace(start=h.start + block.start, end=h.end + block.start)
                for h in lexicons.hits(words)
            ]
            out.append((text, block, hits))
    return out


def _frame(lexicons: LexiconSet, hits: list[Hit], **given: object) -> Context:
    """A voice frame's context as the recogniser builds one, with `given` fields set."""
    ctx = Context([], None, False, False, frozenset())
    ctx.noun_capitals = lexicons.noun_capitals
    languages = {h.lexicon for h in hits}
    ctx.complementizers = lexicons.structure_words("complementizers", languages)
    ctx.locatives = lexicons.structure_words("locatives", languages)
    for name, value in given.items():
        setattr(ctx, name, value)
    return ctx


def test_blocks_ruled_out_unframed_are_so_framed(lexicons: LexiconSet) -> None:
    """`others_speak` and `speaks_as_others` decide without a voice frame what the frame
    would find: no frame reads a block ruled out as the publisher's, in any region or
    context; a story's first paragraph told unframed is framed as reported or about others."""
    ruled_out = told = 0
    for text, block, hits in _corpus_blocks(lexicons):
        body = text[block.start : block.end]
        if others_speak(hits, body, block, _frame(lexicons, hits, head_final=lexicons.head_final)):
            ruled_out += 1
            for footer, story, head_final in product((False, True), (False, True), (False, True)):
                ctx = _frame(
                    lexicons,
                    hits,
                    in_footer=footer,
                    narrative=story,
                    head_final=lexicons.head_final if head_final else frozenset(),
                )
                assert voice_frame(hits, body, block, ctx)[0] != "own", body
        if speaks_as_others(hits, body, block, _frame(lexicons, hits)):
            told += 1
            voice, _ = voice_frame(hits, body, block, _frame(lexicons, hits))
            assert voice in ("reported", "discussion"), body
    assert ruled_out and told  # the corpus has stories: both paths are taken


def _constructed_texts() -> list[str]:
    """The plain-text constructed cases (stories and notices, many languages)."""
    texts = []
    for path in sorted(CONSTRUCTED.glob("round*/*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if case.get("kind", "text") == "text" and case.get("content"):
            texts.append(case["content"])
    return texts


def test_the_closing_lines_answer_as_the_derived_footer(lexicons: LexiconSet) -> None:
    """A span inside the closing lines is in the footer without the byline being looked
    for: the answer is the one of the fully derived regions, for every block and more."""
    rng = random.Random(15)
    texts = [*_constructed_texts(), "", "\n\n", "Editor: A\n\nbody", "x\nby y\n\n" * 12]
    for text in texts:
        spans = [(b.start, b.end) for b in segment.segment(text, "text", lexicons.abbreviations)]
        for _ in range(20):
            start = rng.randint(0, len(text))
            spans.append((start, rng.randint(start, len(text))))
        lazy = regions.text_regions(text)
        full = regions.TextView(text, derive=regions.plain_text_regions)
        for start, end in spans:
            assert lazy.in_region("footer", start, end) == full.in_region("footer", start, end)
        assert lazy == full


def test_the_own_voice_automaton_finds_the_own_voice_matches(lexicons: LexiconSet) -> None:
    """A story's own-voice words, found by the automaton of those keys alone, are the
    own-voice matches of the full scan, placed as they are (in any script, and with the
    separate Latin word text of a non-ASCII page)."""
    rng = random.Random(16)
    noisy = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 60))) for _ in range(300)]
    own_words = ["We", "our", "this site", "wir", "unsere", "nous", "当社", "мы", "AI", "noi"]
    mixed = [" ".join(rng.choice(WORDS + own_words) for _ in range(40)) for _ in range(300)]
    found = 0
    for text in [*_constructed_texts(), *noisy, *mixed]:
        scan = lexicons.scan(fold_text(text))
        every = sorted(lexicons.matches(fold_text(text)), key=lambda m: m[0])
        full = [m for m in every if m[2].own_voice]
        own = scan.own_voice_in(0, len(text))
        assert sorted(own, key=_by_number) == sorted(full, key=_by_number), text
        assert [m[0] for m in own] == [m[0] for m in full], text
        found += len(own)
    assert found > 1000


def _by_number(match: tuple[int, int, Any]) -> tuple[int, int, int]:
    return match[0], match[1], match[2].number


def test_the_last_non_blank_lines_are_those_the_pattern_finds() -> None:
    """A line opening with a non-space is non-blank without the pattern being tried, an
    empty one blank: the starts found are the pattern's, line for line."""

    def by_pattern(text: str, count: int) -> list[int]:
        starts: list[int] = []
        end = len(text)
        while end >= 0 and len(starts) < count:
            begin = text.rfind("\n", 0, end) + 1
            line = regions._NON_BLANK_LINE.match(text, begin, end)
            if line is not None and line.end() == end:
                starts.append(line.start())
            if begin == 0:
                break
            end = begin - 1
        return starts

    rng = random.Random(17)
    pieces = ["\n", "\n\n", " ", "\t", "\r", "\u00a0", "\x0b", "x", "word", "Ä", "  y", "\t\n"]
    for _ in range(3000):
        text = noise(rng, pieces, rng.randint(0, 25))
        for count in (1, 3, 8):
            assert regions._last_non_blank_starts(text, count) == by_pattern(text, count), text


def test_a_page_without_a_digit_names_no_law_article() -> None:
    """`_law_articles` reads no block of a page the digit check rules out: wherever the
    article pattern matches, in any script's digits, the check says the page may hold one."""
    rng = random.Random(23)
    designations = [
        "Art. 70-ter",
        "Άρθρο 21Β",
        "Статья 1274",
        "članak 188",
        "§ 44b",
        "35/A. §",
        "Szjt. 35/A. §",
        "URL 15 a §",
        "第三十条",
        "第12條",
        "제 35 조",
        "المادة ٣٢",
        "धारा ५२",
        "มาตรา ๓๒",
        "Article L122-5-3",
    ]
    pieces = [*PIECES, *WORDS, *designations, "Zakon o autorskom pravu, ", "1", "٣", "٢٠٢٤"]
    matched = 0
    for _ in range(4000):
        text = noise(rng, pieces, rng.randint(0, 12))
        if recognise_module._ARTICLE.search(text):
            matched += 1
            assert recognise_module._may_number_an_article(text), text
        if not any(ch.isdecimal() or ch == "第" for ch in text):
            assert not recognise_module._may_number_an_article(text), text
    assert matched > 500
