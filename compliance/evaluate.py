"""`compliance eval DIR`: accuracy of the checker on a labelled corpus.

Cases are YAML files (format in `../shared/corpus/README.md`). Every case is checked from its
`kind` and `content` alone (labels are read only for scoring), and the predictions are scored
with the corpus's definitions: cell accuracy, missed-restriction rate, false-restriction rate
and condition recall, overall and per purpose, language and kind.

The scoring functions are pure (no I/O) so they can be unit-tested; the click command in
`compliance.cli.eval` only reads files, runs the checker and prints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Corpus purpose name -> checker purpose name. Only these five are labelled and scored.
SCORED_PURPOSES: dict[str, str] = {
    "crawl": "crawl",
    "search-index": "search",
    "ai-train": "ai-train",
    "ai-input": "ai-input",
    "republish": "republish",
}
RESTRICTIVE = frozenset({"deny", "conditional"})
PERMISSION_FAMILY = frozenset({"written-permission", "permission", "licence"})
VALID_KINDS = frozenset({"text", "html", "robots", "headers"})


class CaseError(ValueError):
    """A case file that cannot be used (bad YAML, missing fields)."""


@dataclass(frozen=True)
class Case:
    """One labelled case; `content` and `kind` are all the checker ever sees."""

    id: str
    language: str
    kind: str
    content: str
    expected: Mapping[str, str]
    condition: tuple[str, ...] = ()
    also_acceptable: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    trap: bool = False
    source: str = ""


@dataclass(frozen=True)
class Prediction:
    """The checker's answer for one case, with corpus purpose names."""

    id: str
    verdicts: Mapping[str, str]
    conditions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Cell:
    case_id: str
    purpose: str
    predicted: str
    expected: str
    correct: bool
    missed: bool
    false_restriction: bool
    restrictive_label: bool


@dataclass
class Tally:
    """Counts behind the rates of one group of cells."""

    cells: int = 0
    correct: int = 0
    restrictive: int = 0
    missed: int = 0
    non_restrictive: int = 0
    false_restrictions: int = 0

    def add(self, cell: Cell) -> None:
        self.cells += 1
        self.correct += cell.correct
        if cell.restrictive_label:
            self.restrictive += 1
            self.missed += cell.missed
        else:
            self.non_restrictive += 1
            self.false_restrictions += cell.false_restriction

    @property
    def accuracy(self) -> float:
        return self.correct / self.cells if self.cells else 0.0

    @property
    def missed_rate(self) -> float:
        return self.missed / self.restrictive if self.restrictive else 0.0

    @property
    def false_rate(self) -> float:
        return self.false_restrictions / self.non_restrictive if self.non_restrictive else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "cells": self.cells,
            "correct": self.correct,
            "accuracy": round(self.accuracy, 4),
            "missed_restriction_rate": round(self.missed_rate, 4),
            "false_restriction_rate": round(self.false_rate, 4),
            "restrictive_cells": self.restrictive,
            "missed": self.missed,
            "non_restrictive_cells": self.non_restrictive,
            "false_restrictions": self.false_restrictions,
        }


@dataclass
class Scores:
    overall: Tally
    by_purpose: dict[str, Tally]
    by_language: dict[str, Tally]
    by_kind: dict[str, Tally]
    condition_recall: float
    condition_cases: int
    wrong: list[Cell]
    restricted_traps: list[Cell]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.overall.as_dict(),
            "condition_recall": round(self.condition_recall, 4),
            "condition_cases": self.condition_cases,
            "by_purpose": {k: v.as_dict() for k, v in self.by_purpose.items()},
            "by_language": {k: v.as_dict() for k, v in sorted(self.by_language.items())},
            "by_kind": {k: v.as_dict() for k, v in sorted(self.by_kind.items())},
            "wrong_cells": [_cell_dict(c) for c in self.wrong],
            "denied_traps": [_cell_dict(c) for c in self.restricted_traps],
        }


def _cell_dict(cell: Cell) -> dict[str, str]:
    return {
        "id": cell.case_id,
        "purpose": cell.purpose,
        "predicted": cell.predicted,
        "expected": cell.expected,
    }


# -- parsing ---------------------------------------------------------------------------------


def _tokens(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split("+") if t.strip())
    if isinstance(value, (list, tuple)):
        return tuple(str(t).strip() for t in value if str(t).strip())
    raise CaseError(f"condition must be a string or a list, not {type(value).__name__}")


def parse_case(data: object, source: str = "") -> Case:
    """A `Case` from the loaded YAML of one case file; raises CaseError when unusable."""
    if not isinstance(data, dict):
        raise CaseError("a case must be a mapping")
    missing = [k for k in ("id", "kind", "content", "expected") if k not in data]
    if missing:
        raise CaseError(f"missing field(s): {', '.join(missing)}")
    kind = str(data["kind"])
    if kind not in VALID_KINDS:
        raise CaseError(f"unknown kind {kind!r} (expected text, html, robots or headers)")
    expected_raw = data["expected"]
    if not isinstance(expected_raw, dict):
        raise CaseError("expected must be a mapping of purpose to verdict")
    expected = {str(k): str(v) for k, v in expected_raw.items() if str(k) in SCORED_PURPOSES}
    also_raw = data.get("also_acceptable") or {}
    if not isinstance(also_raw, dict):
        raise CaseError("also_acceptable must be a mapping")
    also: dict[str, tuple[str, ...]] = {}
    for purpose, values in also_raw.items():
        items = values if isinstance(values, (list, tuple)) else [values]
        also[str(purpose)] = tuple(str(v) for v in items)
    return Case(
        id=str(data["id"]),
        language=str(data.get("language") or "und"),
        kind=kind,
        content=str(data["content"] or ""),
        expected=expected,
        condition=_tokens(data.get("condition")),
        also_acceptable=also,
        trap=bool(data.get("trap", False)),
        source=source,
    )


def load_cases(directory: Path) -> tuple[list[Case], list[tuple[str, str]]]:
    """Every `*.yaml` case in `directory` (sorted), and (file, message) for unusable ones."""
    cases: list[Case] = []
    errors: list[tuple[str, str]] = []
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            cases.append(parse_case(data, str(path)))
        except (yaml.YAMLError, CaseError, UnicodeDecodeError, OSError) as exc:
            message = " ".join(str(exc).split())
            errors.append((str(path), message))
    return cases, errors


# -- scoring (pure) --------------------------------------------------------------------------


def score_cell(case: Case, purpose: str, predicted: str) -> Cell:
    """Score one case x purpose cell with the corpus's definitions."""
    expected = case.expected.get(purpose, "unknown")
    also = case.also_acceptable.get(purpose, ())
    accepted = predicted == expected or predicted in also
    restrictive_label = expected in RESTRICTIVE
    missed = restrictive_label and predicted in {"allow", "unknown"} and not accepted
    label_restricts = restrictive_label or any(v in RESTRICTIVE for v in also)
    false_restriction = predicted in RESTRICTIVE and not label_restricts
    return Cell(
        case_id=case.id,
        purpose=purpose,
        predicted=predicted,
        expected=expected,
        correct=accepted,
        missed=missed,
        false_restriction=false_restriction,
        restrictive_label=restrictive_label,
    )


def _family(token: str) -> str:
    return "permission" if token in PERMISSION_FAMILY else token


def condition_recall_of(case: Case, prediction: Prediction) -> float | None:
    """Share of the case's label condition tokens among the predicted ones (None: no label)."""
    if not case.condition:
        return None
    wanted = {_family(t) for t in case.condition}
    found = {
        _family(t) for purpose in SCORED_PURPOSES for t in prediction.conditions.get(purpose, ())
    }
    return len(wanted & found) / len(wanted)


def score(cases: Sequence[Case], predictions: Mapping[str, Prediction]) -> Scores:
    """Score predictions (by case id) against the labels; a missing prediction is `unknown`."""
    overall = Tally()
    by_purpose: dict[str, Tally] = {p: Tally() for p in SCORED_PURPOSES}
    by_language: dict[str, Tally] = {}
    by_kind: dict[str, Tally] = {}
    wrong: list[Cell] = []
    restricted_traps: list[Cell] = []
    recalls: list[float] = []
    for case in cases:
        prediction = predictions.get(case.id, Prediction(case.id, {}))
        for purpose in SCORED_PURPOSES:
            cell = score_cell(case, purpose, prediction.verdicts.get(purpose, "unknown"))
            for tally in (
                overall,
                by_purpose[purpose],
                by_language.setdefault(case.language, Tally()),
                by_kind.setdefault(case.kind, Tally()),
            ):
                tally.add(cell)
            if not cell.correct:
                wrong.append(cell)
            if case.trap and cell.predicted == "deny" and not cell.correct:
                restricted_traps.append(cell)
        recall = condition_recall_of(case, prediction)
        if recall is not None:
            recalls.append(recall)
    return Scores(
        overall=overall,
        by_purpose=by_purpose,
        by_language=by_language,
        by_kind=by_kind,
        condition_recall=sum(recalls) / len(recalls) if recalls else 0.0,
        condition_cases=len(recalls),
        wrong=wrong,
        restricted_traps=restricted_traps,
    )


# -- prediction ------------------------------------------------------------------------------


def document_for(case: Case) -> Any:
    """The `Document` the checker sees: built from `kind` and `content` only."""
    from compliance.model import Document

    if case.kind == "html":
        return Document(id=case.id, source=case.source or case.id, kind="html", html=case.content)
    return Document(id=case.id, source=case.source or case.id, kind=case.kind, text=case.content)


def prediction_from_result(case_id: str, result: Any) -> Prediction:
    """Corpus-named verdicts and condition tokens from a `DocumentResult`."""
    verdicts: dict[str, str] = {}
    conditions: dict[str, tuple[str, ...]] = {}
    by_name = {getattr(p, "value", str(p)): v for p, v in result.verdicts.items()}
    for corpus_name, purpose in SCORED_PURPOSES.items():
        verdict = by_name.get(purpose)
        if verdict is None:
            verdicts[corpus_name] = "unknown"
            conditions[corpus_name] = ()
            continue
        verdicts[corpus_name] = verdict.verdict.value
        conditions[corpus_name] = tuple(verdict.unmet or verdict.conditions)
    return Prediction(case_id, verdicts, conditions)


def predict(cases: Iterable[Case], check: Callable[[Any], Any]) -> dict[str, Prediction]:
    """Run `check` (a `Checker.check`) on every case; a crash on one case is `undetermined`."""
    predictions: dict[str, Prediction] = {}
    for case in cases:
        try:
            result = check(document_for(case))
        except Exception:
            predictions[case.id] = Prediction(
                case.id, {p: "undetermined" for p in SCORED_PURPOSES}, {}
            )
            continue
        predictions[case.id] = prediction_from_result(case.id, result)
    return predictions


def build_checker(
    rules: Sequence[str], publisher_packs: bool, disabled: frozenset[str] = frozenset()
) -> Any:
    """One checker for the whole run (bundled packs + `rules`), optionally without publishers
    or with composer operators switched off."""
    from compliance.engine import Checker
    from compliance.notices.lexicon import load_lexicons
    from compliance.rulepacks.loader import RuleSet, load_packs

    lexicons = load_lexicons(list(rules), include_bundled=True)
    ruleset = load_packs(list(rules), include_bundled=True)
    if not publisher_packs:
        ruleset = RuleSet(tuple(pack for pack in ruleset.packs if not pack.is_publisher))
    return Checker(ruleset, lexicons=lexicons, disabled_operators=disabled)


def ablation_table(directory: Path, rules: Sequence[str], *, publisher_packs: bool) -> str:
    """Accuracy with every composer operator on, then with each one switched off."""
    from compliance.notices.compose import OPERATORS

    cases, _ = load_cases(directory)
    rows = [f"{'operator off':<14} {'accuracy':>9} {'missed':>8} {'false':>8}"]
    for name in ("(none)", *OPERATORS):
        disabled = frozenset() if name == "(none)" else frozenset({name})
        checker = build_checker(rules, publisher_packs, disabled)
        o = score(cases, predict(cases, checker.check)).overall
        rows.append(
            f"{name:<14} {_pct(o.accuracy):>9} {_pct(o.missed_rate):>8} {_pct(o.false_rate):>8}"
        )
    return "\n".join(rows)


# -- output ----------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return f"{100 * value:5.1f} %"


def _table(title: str, groups: Mapping[str, Tally]) -> list[str]:
    lines = [title, f"  {'':<14} {'cells':>5} {'accuracy':>9} {'missed':>8} {'false':>8}"]
    for name, tally in groups.items():
        lines.append(
            f"  {name:<14} {tally.cells:>5} {_pct(tally.accuracy):>9} "
            f"{_pct(tally.missed_rate):>8} {_pct(tally.false_rate):>8}"
        )
    return lines


def render_text(scores: Scores, cases: int, errors: Sequence[tuple[str, str]]) -> str:
    o = scores.overall
    lines = [
        f"cases: {cases}  cells: {o.cells}  errors: {len(errors)}",
        f"cell accuracy:           {_pct(o.accuracy)}  ({o.correct}/{o.cells})",
        f"missed-restriction rate: {_pct(o.missed_rate)}  ({o.missed}/{o.restrictive})",
        f"false-restriction rate:  {_pct(o.false_rate)}  "
        f"({o.false_restrictions}/{o.non_restrictive})",
        f"condition recall:        {_pct(scores.condition_recall)}  "
        f"({scores.condition_cases} cases with a condition)",
        f"deny on trap cases:      {len(scores.restricted_traps)}",
        "",
        *_table("per purpose:", scores.by_purpose),
        "",
        *_table("per kind:", dict(sorted(scores.by_kind.items()))),
        "",
        *_table("per language:", dict(sorted(scores.by_language.items()))),
        "",
        f"wrong cells ({len(scores.wrong)}):",
    ]
    lines.extend(
        f"  {c.case_id}  {c.purpose}: predicted {c.predicted}, expected {c.expected}"
        for c in scores.wrong
    )
    for path, message in errors:
        lines.append(f"error: {path}: {message}")
    return "\n".join(lines)


def prediction_line(prediction: Prediction) -> str:
    return json.dumps(
        {
            "id": prediction.id,
            "verdicts": dict(prediction.verdicts),
            "conditions": {k: list(v) for k, v in prediction.conditions.items()},
        },
        ensure_ascii=False,
        sort_keys=False,
    )
