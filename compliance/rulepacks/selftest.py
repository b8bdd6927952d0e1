"""`compliance rules test`: every rule must fire on its `match` examples and stay silent on
its `no-match` ones; `todo-match` examples are known gaps, reported and never failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from compliance.model import Document
from compliance.rulepacks.schema import ExampleDoc

if TYPE_CHECKING:
    from compliance.engine import Checker


@dataclass(frozen=True)
class ExampleOutcome:
    rule_id: str
    expectation: str  # match | no-match | todo-match
    example: str
    passed: bool
    location: str


def _document(example: str | ExampleDoc, rule_id: str, n: int) -> Document:
    ident = f"{rule_id}#{n}"
    if isinstance(example, str):
        return Document(id=ident, source=ident, kind="text", text=example)
    if example.kind == "html":
        return Document(id=ident, source=ident, kind="html", html=example.content)
    return Document(id=ident, source=ident, kind=example.kind, text=example.content)


def run_examples(checker: Checker, pack_ids: set[str] | None = None) -> list[ExampleOutcome]:
    """Check each rule's examples with the full checker (so supersession and regions apply)."""
    outcomes: list[ExampleOutcome] = []
    for pack, rule in checker.ruleset.rules():
        if pack_ids is not None and pack.meta.id not in pack_ids:
            continue
        path, line = checker.ruleset.rule_line(rule.id)
        groups = (
            ("match", rule.examples.match, True),
            ("no-match", rule.examples.no_match, False),
            ("todo-match", rule.examples.todo_match, True),
        )
        n = 0
        for expectation, examples, should_fire in groups:
            for example in examples:
                n += 1
                result = checker.check(_document(example, rule.id, n))
                fired = any(f.rule_id == rule.id for f in result.findings)
                content = example if isinstance(example, str) else example.content
                outcomes.append(
                    ExampleOutcome(
                        rule_id=rule.id,
                        expectation=expectation,
                        example=content,
                        passed=fired == should_fire,
                        location=f"{path}:{line}",
                    )
                )
    return outcomes
