"""Normalisation folds text for matching and maps every span back to the original."""

from __future__ import annotations

import pytest

from compliance.match.normalize import fold, normalize


@pytest.mark.parametrize(
    ("original", "needle", "expected_original"),
    [
        # ASCII: case folded, whitespace runs collapsed, the span maps back across the run.
        ("Hello   World\n\nAgain", "world again", "World\n\nAgain"),
        # NBSP and tabs are whitespace; the quote keeps the original NBSP.
        ("tanpa\u00a0izin\ttertulis", "tanpa izin tertulis", "tanpa\u00a0izin\ttertulis"),
        # German ß folds to ss (casefold), so 'strasse' finds 'Straße'.
        ("Die Straße ist frei", "strasse", "Straße"),
        # Full-width letters fold to ASCII under NFKC.
        ("ＡＩ学習禁止", "ai学習禁止", "ＡＩ学習禁止"),
        # Zero-width space and soft hyphen inside a word are dropped.
        ("craw\u200bl\u00ading", "crawling", "craw\u200bl\u00ading"),
        # Cyrillic case folding.
        ("ВСЕ ПРАВА защищены", "все права", "ВСЕ ПРАВА"),
    ],
)
def test_span_maps_back_to_original(original: str, needle: str, expected_original: str) -> None:
    normalized = normalize(original)
    start = normalized.text.index(needle)
    o_start, o_end = normalized.to_original(start, start + len(needle))
    assert original[o_start:o_end] == expected_original


def test_fold_is_the_document_normalisation() -> None:
    # Rules fold their phrases with the same function, so both sides agree.
    assert fold("Tanpa  IZIN\u00a0Tertulis") == normalize("Tanpa  IZIN\u00a0Tertulis").text


def _reference_fold(text: str) -> str:
    """The definition: every character through the memoised FOLD table, runs collapsed."""
    import re

    from compliance.match.normalize import FOLD

    return re.sub(r" {2,}", " ", text.translate(FOLD))


@pytest.mark.parametrize(
    "text",
    [
        # Why each passes: the fast paths must equal the per-character definition.
        "plain ascii\twith\ttabs\n\nand runs   of spaces",  # ASCII path
        "Die Straße  ist ÜBERALL",  # NFKC already; ß expands (offsets not identity)
        "ВСЕ ПРАВА\u00a0ЗАЩИЩЕНЫ",  # NBSP is not NFKC: the replace path
        "ＡＩ学習禁止\u3000全角",  # full-width letters and ideographic space
        "craw\u200bl\u00ading\ufeff",  # dropped characters in NFKC-stable text
        "ห้ามคัดลอก\u2028เนื้อหา\x1c",  # line separator, ASCII file separator
        "ΣΊΣΥΦΟΣ ς ﬁ ㎏ ½ İstanbul",  # sigma, ligature, compatibility units, dotted I
        "e\u0301 composed? no: per character",  # combining marks stay per character
    ],
)
def test_fast_fold_equals_per_character_definition(text: str) -> None:
    assert normalize(text).text == _reference_fold(text)
    assert fold(text) == _reference_fold(text)


def test_fast_fold_invariants_hold_for_every_code_point() -> None:
    """The replace path is exact only if FOLD's outputs are casefold-stable and plain."""
    import unicodedata

    from compliance.match.normalize import _STABLE_SPECIAL, FOLD, _is_special

    for code in range(0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = FOLD[code]
        assert folded.casefold() == folded, hex(code)
        if _is_special(char):
            assert not any(_is_special(c) for c in folded), hex(code)
        if (
            unicodedata.is_normalized("NFKC", char)
            and not char.isascii()
            and folded != (char.casefold())
        ):
            assert char in _STABLE_SPECIAL, hex(code)


def test_offsets_map_back_after_fast_paths() -> None:
    original = "Die  Straße\u00a0\u00a0ist ＡＩ frei"
    normalized = normalize(original)
    start = normalized.text.index("strasse ist ai")
    o_start, o_end = normalized.to_original(start, start + len("strasse ist ai"))
    assert original[o_start:o_end] == "Straße\u00a0\u00a0ist ＡＩ"


def test_offsets_map_back_like_a_per_character_walk() -> None:
    """Span mapping uses only the length-changing characters; it must agree with walking the
    folded form of every character (ß → ss, ﬁ → fi, dropped zero-width characters)."""
    import bisect
    import random
    from itertools import accumulate

    from compliance.match.normalize import FOLD

    alphabet = ["a", "B", " ", "ß", "\ufb01", "\u200b", "\u00ad", "İ", "ǅ", "x", "\u00a0", "é"]
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        normalized = normalize(text)
        ends = list(accumulate(len(FOLD[ord(c)]) for c in text))
        for pos in range(len(normalized.text)):
            folded = normalized._normal_to_folded(pos)
            assert normalized._folded_to_original(folded) == bisect.bisect_right(ends, folded)
