"""Helpers for the notice-recognition tests: read a text with the bundled lexicons."""

from __future__ import annotations

import random
from collections.abc import Callable
from itertools import pairwise

import pytest

from compliance.engine import Checker
from compliance.model import Document
from compliance.notices.lexicon import LexiconSet, load_lexicons
from compliance.notices.recognise import recognise

Effects = dict[str, tuple[str, tuple[str, ...]]]


@pytest.fixture(scope="session")
def checker() -> Checker:
    return Checker.from_rules(purposes="all")


@pytest.fixture(scope="session")
def verdicts(checker: Checker) -> Callable[..., Effects]:
    """Public verdicts of the whole checker (publisher packs, signals, decision) for a text."""

    def run(text: str, kind: str = "text") -> Effects:
        doc = Document(
            id="t", source="t", kind=kind, **{"html" if kind == "html" else "text": text}
        )  # type: ignore[arg-type]
        result = checker.check(doc)
        return {
            p.value: (v.verdict.value, tuple(v.conditions))
            for p, v in result.verdicts.items()
            if v.verdict.value != "unknown"
        }

    return run


@pytest.fixture(scope="session")
def read() -> Callable[..., Effects]:
    """The composer's effects for a text, optionally with operators switched off."""
    lexicons = load_lexicons()

    def run(text: str, *, without: tuple[str, ...] = (), kind: str = "text") -> Effects:
        recognition = recognise(text, kind, lexicons, disabled=frozenset(without))
        merged: Effects = {}
        strength = {"deny": 3, "conditional": 2, "allow": 1}
        for reading in recognition.readings:
            if reading.voice != "own":
                continue
            for purpose, effect in reading.effects.items():
                current = merged.get(purpose)
                if current is None or strength[effect.verdict] > strength[current[0]]:
                    merged[purpose] = (effect.verdict, tuple(sorted(effect.conditions)))
        return merged

    return run


def restricted(effects: Effects) -> set[str]:
    return {p for p, (v, _) in effects.items() if v in ("deny", "conditional")}


def cuts(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of [0, n], some empty, some adjacent."""
    points = sorted(rng.randint(0, n) for _ in range(rng.randint(0, 8)))
    edges = [0, *points, n]
    return [(a, b) for a, b in pairwise(edges) if rng.random() < 0.8]


@pytest.fixture(scope="session")
def lexicons() -> LexiconSet:
    """The bundled lexicons, loaded once for every test that reads them directly."""
    return load_lexicons()
