"""The bundled lexicons: every language the packs covered has one, every file is valid,
every term's own example contains it, and the schema is exported for editors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli import main
from compliance.errors import ConfigError
from compliance.notices.lexicon import concept_ok, load_lexicons, read_lexicon
from compliance.notices.selfcheck import example_failures
from tests.notices.conftest import Effects

LANGUAGES = [
    "ar",
    "bg",
    "bn",
    "cs",
    "da",
    "de",
    "el",
    "en",
    "es",
    "et",
    "fa",
    "fi",
    "fr",
    "he",
    "hi",
    "hr",
    "hu",
    "id",
    "it",
    "ja",
    "ka",
    "ko",
    "lt",
    "lv",
    "ms",
    "nb",
    "nl",
    "nn",
    "pl",
    "pt",
    "ro",
    "ru",
    "sk",
    "sl",
    "sv",
    "sw",
    "ta",
    "th",
    "tl",
    "tr",
    "uk",
    "ur",
    "vi",
    "zh",
]
LEXICON_DIR = Path(__file__).resolve().parents[2] / "rules" / "lexicon"


def test_every_language_has_a_lexicon() -> None:
    lexicons = load_lexicons()
    have = {lx.meta.language for lx in lexicons.lexicons}
    assert set(LANGUAGES) <= have, sorted(set(LANGUAGES) - have)
    assert "und" in have


def test_every_term_has_an_example_that_contains_it() -> None:
    checked, failures = example_failures(load_lexicons())
    assert checked > 2000
    assert not failures, "\n".join(str(f.location) for f in failures[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicon_names_its_language_and_detection_words(language: str) -> None:
    problems: list[object] = []
    lexicon = read_lexicon(LEXICON_DIR / f"{language}.yaml", problems)  # type: ignore[arg-type]
    assert lexicon is not None and not problems
    assert lexicon.meta.language == language
    assert len(lexicon.detect) >= 10
    for concept in ("restrict", "grant", "action:republish", "action:crawl", "route:permission"):
        assert lexicon.terms.get(concept), f"{language} has no {concept} terms"


def test_no_distance_windows_or_exclusion_lists_in_rules() -> None:
    """Lexicons hold terms, not patterns: no regex windows anywhere in rules/."""
    rules = LEXICON_DIR.parent
    for path in rules.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert "{0," not in text, path
        assert "unless-in-sentence" not in text, path


def test_concepts_are_a_closed_list() -> None:
    assert concept_ok("restrict") is None
    assert concept_ok("action:train") is None
    assert concept_ok("route:written-permission") is None
    assert concept_ok("licence:attribution+share-alike") is None
    assert concept_ok("action:teleport") is not None
    assert concept_ok("vibes") is not None


def _lexicon_problems(tmp_path: Path, terms: str) -> str:
    """The configuration error a user lexicon `xx.yaml` with these `terms:` lines raises."""
    bad = tmp_path / "xx.yaml"
    bad.write_text(
        f"lexicon: {{language: xx, name: Test, script: latin}}\nterms:\n{terms}", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as caught:
        load_lexicons([bad])
    return str(caught.value)


def test_a_broken_user_lexicon_is_a_configuration_error(tmp_path: Path) -> None:
    text = _lexicon_problems(
        tmp_path,
        "  restrict:\n    forbidden: ''\n  wibble:\n    x: 'x'\n  grant:\n    'a*b': 'a b'\n",
    )
    assert "xx.yaml:4:" in text and "needs an example" in text
    assert "unknown concept 'wibble'" in text
    assert "may only start or end a term" in text


def test_a_term_may_end_in_a_comma_or_colon_only(tmp_path: Path) -> None:
    """Punctuation is read as a word boundary: a final comma or colon is a mark the text must
    have after the term; any other edge punctuation would be silently dropped."""
    text = _lexicon_problems(
        tmp_path,
        "  template:\n    ',sample': 'x'\n    'sample;': 'x'\n    'Example:': 'Example: x'\n",
    )
    assert "xx.yaml:4:" in text and "xx.yaml:5:" in text and "xx.yaml:6:" not in text
    assert "only a final comma or colon counts" in text


def test_aliases_are_refused_in_a_lexicon(tmp_path: Path) -> None:
    bomb = tmp_path / "yy.yaml"
    bomb.write_text(
        "lexicon: {language: yy, name: T, script: latin}\n"
        "terms: &t\n  restrict: {a: a}\n  grant: *t\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="anchors and aliases"):
        load_lexicons([bomb])


def test_yes_and_no_are_words_not_booleans(tmp_path: Path) -> None:
    path = tmp_path / "zz.yaml"
    path.write_text(
        "lexicon: {language: zz, name: T, script: latin}\n"
        "detect: [no, on, yes]\nterms:\n  negator:\n    no: 'no copies'\n",
        encoding="utf-8",
    )
    lexicons = load_lexicons([path], include_bundled=False)
    assert lexicons.lexicons[0].terms["negator"] == {"no": "no copies"}
    assert lexicons.lexicons[0].detect == ("no", "on", "yes")


def test_rules_commands_know_lexicons() -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["rules", "list", "--pack", "notices-de"])
    assert listed.exit_code == 0 and "notices-de" in listed.output and "lexicon" in listed.output
    explained = runner.invoke(main, ["rules", "explain", "notices-fr"])
    assert explained.exit_code == 0 and "action:republish" in explained.output
    schema = runner.invoke(main, ["rules", "schema", "--lexicon"])
    assert schema.exit_code == 0 and "terms" in json.loads(schema.output)["properties"]


def test_lexicon_terms_are_words_not_patterns() -> None:
    """Terms are literals with an optional leading or trailing `*`: no regex syntax, no
    windows, nothing that can backtrack."""
    for lexicon in load_lexicons().lexicons:
        for concept, terms in lexicon.terms.items():
            for term in terms:
                body = term.strip("*")
                assert not any(c in body for c in "*{}[]\\|+?^$"), (lexicon.id, concept, term)
                assert len(body.split()) <= 12, (lexicon.id, concept, term)


# A reservation of all rights is masked, but one followed by a lexicon's inclusive word
# reserves what it names: derived from each lexicon's masks and `inclusives`, in every
# language that has both.
RESERVATIONS_INCLUDING = [
    ("pl", "Wszelkie prawa zastrzeżone, w tym do eksploracji tekstów i danych."),
    ("ru", "Все права защищены, включая анализ текста и данных."),
    ("cs", "Všechna práva vyhrazena, včetně vytěžování textů a dat."),
    ("hu", "Minden jog fenntartva, beleértve a szöveg- és adatbányászatot is."),
    ("bg", "Всички права запазени, включително извличането на текст и данни."),
    ("lt", "Visos teisės saugomos, įskaitant teksto ir duomenų gavybą."),
]


@pytest.mark.parametrize(("language", "text"), RESERVATIONS_INCLUDING)
def test_all_rights_reserved_including_a_use_reserves_it(
    read: Callable[..., Effects], language: str, text: str
) -> None:
    assert read(text).get("ai-train") == ("deny", ()), text
    bare = text.split(",")[0] + "."
    assert read(bare) == {}, bare  # the bare reservation still sets nothing


def test_a_structure_word_list_is_bounded(tmp_path: Path) -> None:
    """Structure words are read per clause: a rule file cannot make the list endless."""
    bad = tmp_path / "xx.yaml"
    words = ", ".join(f"w{i}" for i in range(100))
    bad.write_text(
        "lexicon: {language: xx, name: Test, script: latin}\n"
        f"privatives: [{words}]\nterms:\n  restrict:\n    forbidden: 'It is forbidden.'\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as caught:
        load_lexicons([bad])
    assert "xx.yaml" in str(caught.value) and "privatives" in str(caught.value)
