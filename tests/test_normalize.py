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
