"""Lexicon self-checks for `compliance rules validate|test|list|explain|schema`: every term's
own example must contain it, read as that term's concept."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance.errors import Located
from compliance.notices.lexicon import (
    Lexicon,
    LexiconFile,
    LexiconSet,
    matched_concept,
    normalise_term,
)


@dataclass(frozen=True)
class ExampleFailure:
    location: Located
    concept: str
    term: str
    example: str


def example_failures(lexicons: LexiconSet) -> tuple[int, list[ExampleFailure]]:
    """(examples checked, failures): each example, alone, must hit its term's concept."""
    checked = 0
    failures: list[ExampleFailure] = []
    for lexicon in lexicons.lexicons:
        single = LexiconSet([lexicon])
        for concept, terms in lexicon.terms.items():
            for term, example in terms.items():
                checked += 1
                hits = single.raw_hits(normalise_term(example))
                if not any(h.concept == matched_concept(concept) for h in hits):
                    line = lexicon.term_lines.get((concept, term), 0)
                    failures.append(
                        ExampleFailure(
                            Located(
                                lexicon.path,
                                line,
                                1,
                                f"{concept} term {term!r}: its example"
                                f" {example!r} does not contain it",
                            ),
                            concept,
                            term,
                            example,
                        )
                    )
    return checked, failures


def list_lines(lexicons: LexiconSet, language: str | None = None) -> list[str]:
    lines = []
    for lexicon in sorted(lexicons.lexicons, key=lambda lx: lx.id):
        code = lexicon.meta.language
        if language and not (code == language or code.startswith(language + "-")):
            continue
        count = sum(len(t) for t in lexicon.terms.values())
        lines.append(
            f"{lexicon.id:<52} {code:<10} lexicon  {count} terms, {len(lexicon.terms)} concepts"
        )
    return lines


def explain_lexicon(lexicon: Lexicon) -> str:
    out = [
        f"{lexicon.id} — {lexicon.meta.name} lexicon (generic notices, read by the composer)",
        f"  defined at: {lexicon.path}",
        f"  script: {lexicon.meta.script}    word boundaries: {lexicon.meta.word_boundaries}",
        f"  language detection words: {', '.join(lexicon.detect[:12]) or '-'}",
        "",
        "Concepts:",
    ]
    for concept, terms in sorted(lexicon.terms.items()):
        sample = ", ".join(list(terms)[:6])
        out.append(f"  {concept:<36} {len(terms):>4}  {sample}{', …' if len(terms) > 6 else ''}")
    return "\n".join(out)


def find_lexicon(lexicons: LexiconSet, ident: str) -> Lexicon | None:
    for lexicon in lexicons.lexicons:
        if ident in (lexicon.id, lexicon.meta.language):
            return lexicon
    return None


def lexicon_json_schema() -> dict[str, Any]:
    return LexiconFile.model_json_schema(by_alias=True)


def write_schema(path: Path) -> None:
    path.write_text(json.dumps(lexicon_json_schema(), indent=2, sort_keys=True) + "\n")


def lexicon_problems(extra: Sequence[str | Path], include_bundled: bool) -> list[Located]:
    """Everything wrong with the lexicons, for `rules validate`."""
    from compliance.errors import ConfigError
    from compliance.notices.lexicon import load_lexicons

    try:
        lexicons = load_lexicons(extra, include_bundled=include_bundled)
    except ConfigError as exc:
        return list(exc.problems)
    return [f.location for f in example_failures(lexicons)[1]]
