"""The fast matcher (RE2 set prefilter + confirmation) finds exactly what Python `re` finds.

RE2's `\\b`, `\\w`, `\\s`, `\\d` are ASCII-only and `(?i)` does not fold ß (PERF-NOTES.md); the
dialect rewrites them, and this test proves the rewrite pair for pair on a multilingual
corpus against a plain reference implementation.
"""

from __future__ import annotations

import re

import pytest

from compliance.engine import Checker
from compliance.match.dialect import phrase_pattern, prepare_pattern, to_prefilter
from compliance.match.matcher import Matcher
from compliance.match.normalize import normalize

PATTERNS = [
    r"\bвсе права защищены\b",  # Cyrillic with \b: never matches in raw RE2
    r"\w+\s+запрещено",  # Cyrillic \w
    r"straße",  # folded to 'strasse' by prepare_pattern
    r"\bki-training\b",
    r"無断転載(?:を)?禁",  # CJK, no word boundaries
    r"ห้าม\S{0,10}คัดลอก",  # Thai \S
    r"tanpa\s+izin\s+tertulis",  # NBSP in the text
    r"\d{4}\s*年",  # Unicode digits
    r"ａｉ",  # full-width in the pattern
    r"(?<!not )prohibited",  # look-behind: dropped by the prefilter, kept by confirmation
    r"\btdm\b",
    r"text (?:and|&) data[- ]mining",
]
TEXTS = [
    "© 2026 Редакция. ВСЕ ПРАВА ЗАЩИЩЕНЫ. Копирование запрещено.",
    "Die Nutzung für KI-Training ist untersagt. Straße 1.",
    "DIE STRASSE ist lang; Mining ist erlaubt.",
    "本サイトの記事の無断転載を禁じます。2026年",
    "ห้ามคัดลอกเนื้อหา โดยไม่ได้รับอนุญาต",
    "Dilarang mengambil konten tanpa\u00a0izin\u00a0tertulis.",
    "ＡＩ学習への利用を禁止します。２０２６年",
    "Scraping is prohibited. It is not prohibited to read.",
    "We reserve TDM rights; text & data-mining is reserved.",
    "nothing to see here, atdm tdmx",
    # Mixed scripts, NBSP runs, full-width digits/letters, ß in caps, zero-width characters.
    "ВСЕ\u00a0\u00a0ПРАВА защищены; ＴＤＭ reserved; STRAẞE and STRASSE; ki\u200b-training",
    "Текст и данные: запрещено всё. 全角２０２６年 ห้ามเด็ดขาดคัดลอก",
    "TEXT & DATA MINING — prohibited, not prohibited, Prohibited\u3000again",
]


def reference_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    """A straightforward implementation: Python `re` over the normalised text."""
    compiled = re.compile(prepare_pattern(pattern), re.IGNORECASE)
    return [m.span() for m in compiled.finditer(normalize(text).text) if m.end() > m.start()]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_reference(text: str) -> None:
    matcher = Matcher([prepare_pattern(p) for p in PATTERNS])
    assert not matcher.slow, "every corpus pattern should be accepted by the fast engine"
    got = matcher.scan(normalize(text).text).spans
    for index, pattern in enumerate(PATTERNS):
        assert got.get(index, []) == reference_spans(pattern, text), pattern


def test_bundled_rules_fast_path_equals_reference_on_examples() -> None:
    """Every bundled pattern, on every bundled example: the same matches as plain `re`."""
    checker = Checker.from_rules()
    texts = [
        e if isinstance(e, str) else e.content
        for _, rule in checker.ruleset.rules()
        for e in [*rule.examples.match, *rule.examples.no_match]
    ]
    references = [re.compile(p, re.IGNORECASE) for p in checker.matcher.patterns]
    for text in texts:
        normalized = normalize(text).text
        got = checker.matcher.scan(normalized).spans
        for index, reference in enumerate(references):
            expected = [m.span() for m in reference.finditer(normalized) if m.end() > m.start()]
            assert got.get(index, []) == expected, (checker.matcher.patterns[index], text)


def test_prefilter_drops_zero_width_assertions_and_widens_classes() -> None:
    assert to_prefilter(r"\bfoo\b") == "foo"
    assert to_prefilter(r"\w+") == r"[^ ]+"
    assert to_prefilter(r"[\w-]") == r"[\x{200c}\x{200d}\pL\pM\pN\p{Pc}\p{So}-]"


def test_backreferences_take_the_slow_path_and_still_match() -> None:
    matcher = Matcher([prepare_pattern(r"(\w+) \1")])
    assert matcher.slow == [0]
    assert matcher.scan("no no").spans == {0: [(0, 5)]}


def test_phrase_word_edges_depend_on_the_script() -> None:
    # Latin phrases get word edges; Thai and CJK do not (no spaces between words).
    assert phrase_pattern("AI") == r"\bai\b"
    assert phrase_pattern("ห้ามคัดลอก") == "ห้ามคัดลอก"


def test_a_catastrophic_user_pattern_cannot_hang_a_document(tmp_path) -> None:
    """Nested quantifiers backtrack exponentially in Python-style engines; the exact
    confirmation runs under a time limit and the document's purposes become undetermined
    (rule-timeout) instead of the scan stalling."""
    import time

    from compliance.model import Document

    pack = tmp_path / "evil.yaml"
    pack.write_text(
        'pack: {id: evil, version: "1"}\nrules:\n  - id: evil/backtrack\n    title: t\n'
        "    match: {pattern: '(a|aa)+b'}\n    effect: {ai-train: deny}\n    message: m\n"
        '    examples: {match: ["aab"], no-match: ["c"]}\n'
    )
    checker = Checker.from_rules([pack], include_bundled=False)
    checker.matcher.time_limit_s = 0.2
    started = time.perf_counter()
    # RE2 finds "ab" at the end; confirming it, a backtracking engine explores every way
    # of splitting the 34 a's before the "c" first.
    result = checker.check(Document(id="d", source="d", text="a" * 34 + "c ab"))
    assert time.perf_counter() - started < 10  # a hang guard, not a speed assertion
    assert [p.code for p in result.problems] == ["rule-timeout"]
    assert result.verdicts["ai-train"].verdict.value == "undetermined"
    assert result.gate == "undetermined"
