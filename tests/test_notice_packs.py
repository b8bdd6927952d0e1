"""Generic notice packs: every required language has one, with enough examples, and they pass."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from compliance.cli import main
from compliance.rulepacks.loader import load_packs

REQUIRED = [
    "id",
    "ms",
    "en",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "pl",
    "cs",
    "da",
    "nb",
    "nn",
    "sv",
    "fi",
    "ru",
    "uk",
    "tr",
    "ar",
    "fa",
    "hi",
    "ja",
    "zh",
    "ko",
    "vi",
    "th",
    "et",
    "el",
    "ro",
    "sk",
    "sl",
    "hr",
    "bg",
    "lt",
    "lv",
    "hu",
    "he",
    "ka",
    "ta",
    "bn",
    "ur",
    "sw",
    "tl",
]


@pytest.fixture(scope="module")
def notice_packs() -> dict[str, object]:
    ruleset = load_packs((), include_bundled=True)
    return {p.meta.id: p for p in ruleset.packs if p.meta.id.startswith("notices-")}


@pytest.mark.parametrize("lang", REQUIRED)
def test_language_pack_examples(lang: str, notice_packs: dict[str, object]) -> None:
    pack = notice_packs.get(f"notices-{lang}")
    assert pack is not None, f"rules/notices/{lang}.yaml missing"
    rules = pack.rules  # type: ignore[attr-defined]
    matches = sum(len(r.examples.match) for r in rules)
    no_matches = sum(len(r.examples.no_match) for r in rules)
    assert matches >= 5 and no_matches >= 5
    for rule in rules:
        assert rule.id.startswith(f"notices-{lang}/")


def test_notice_rules_pass_their_examples() -> None:
    result = CliRunner().invoke(main, ["rules", "test"])
    failures = [line for line in result.output.splitlines() if line.startswith("FAIL")]
    notice_failures = [line for line in failures if "rules/notices/" in line]
    assert notice_failures == []
