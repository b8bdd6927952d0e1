"""Evidence quotes the sentence around a match: how sentences are cut decides what a reviewer
reads and what `unless-in-sentence` sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.engine import Checker
from compliance.model import Document

PACK = """\
pack: {id: t, version: "1"}
rules:
  - id: t/ban
    title: Ban
    match: {pattern: 'dilarang keras mengambil konten'}
    unless-in-sentence: '\\b(?:kata|menurut)\\b'
    effect: {republish: deny}
    message: m
    examples: {match: ["Dilarang keras mengambil konten."], no-match: ["Boleh."]}
"""


@pytest.fixture(scope="module")
def checker(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    pack = tmp_path_factory.mktemp("pack") / "t.yaml"
    pack.write_text(PACK)
    return Checker.from_rules([pack], include_bundled=False)


def excerpt(checker: Checker, text: str) -> str | None:
    result = checker.check(Document(id="d", source="d", text=text))
    found = [f for f in result.findings if f.rule_id == "t/ban"]
    return found[0].evidence[0].excerpt if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A byline line before the notice is not part of its sentence (short line).
        (
            "Pewarta: Budi\nEditor: Sari\nDilarang keras mengambil konten tanpa izin.",
            "Dilarang keras mengambil konten tanpa izin.",
        ),
        # A period before a lower-case word is an abbreviation, not a sentence end.
        (
            "Catatan: yaitu dll. dilarang keras mengambil konten di sini. Lain kali.",
            "Catatan: yaitu dll. dilarang keras mengambil konten di sini.",
        ),
        # "4.0" and domain names do not end a sentence.
        (
            "Situs contoh.com versi 4.0 dilarang keras mengambil konten. Terima kasih.",
            "Situs contoh.com versi 4.0 dilarang keras mengambil konten.",
        ),
    ],
)
def test_sentence_cut(checker: Checker, text: str, expected: str) -> None:
    assert excerpt(checker, text) == expected


def test_hard_wrapped_reported_speech_stays_one_sentence(checker: Checker) -> None:
    # The reporting verb sits on the line before the match, inside one wrapped sentence.
    text = (
        "Dalam diskusi panel kemarin sore di gedung dewan pers, menurut pakar hukum\n"
        "media yang hadir, situs itu dilarang keras mengambil konten dari kantor berita.\n"
    )
    assert excerpt(checker, text) is None


def test_quoted_ban_does_not_hide_the_page_own_notice(checker: Checker) -> None:
    # The first occurrence is reported speech; the page's own footer notice still counts.
    text = (
        "Menurut laporan itu, dilarang keras mengambil konten dari situs pesaing.\n\n"
        "Dilarang keras mengambil konten di situs ini tanpa izin tertulis."
    )
    assert (
        excerpt(checker, text)
        == "Dilarang keras mengambil konten di situs ini tanpa izin tertulis."
    )


def test_evidence_line_and_column_point_at_the_original(checker: Checker, tmp_path: Path) -> None:
    text = "Judul\n\n  Paragraf satu.\nDilarang\u00a0keras  mengambil konten."
    result = checker.check(Document(id="d", source="d", text=text))
    ev = result.findings[0].evidence[0]
    assert (ev.line, ev.column) == (4, 1)
    assert text[ev.start : ev.end] == "Dilarang\u00a0keras  mengambil konten"
