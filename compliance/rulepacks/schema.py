"""The rule-pack schema (DESIGN.md §4): closed pydantic models, exported as JSON Schema.

A pack is data: a publisher or a language is one YAML file. The schema refuses unknown keys
so a typo (`efect:`) is an error, never a rule that silently does nothing.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from compliance.model import CONDITION_TOKENS, Confidence, DocumentKind, Purpose

EffectValue = Literal["deny", "conditional", "allow", "undetermined"]
Where = Literal["anywhere", "footer", "header"]
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._/-]*$")
SIGNAL_ID = re.compile(r"^[a-z0-9-]+:[^\s]+$")


class Closed(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class MatchNode(Closed):
    """Exactly one of: `pattern`, `phrases`, `signal`, `any`, `all`, `not`.

    `pattern` is a Python `re` regex matched case-insensitively on normalised text; `phrases`
    are plain strings (any of them); `signal` names detector signal ids (any of them).
    """

    pattern: str | None = None
    phrases: list[str] | None = None
    signal: str | list[str] | None = None
    any: list[MatchNode] | None = None
    all: list[MatchNode] | None = None
    not_: MatchNode | None = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _exactly_one(self) -> MatchNode:
        given = [
            name
            for name in ("pattern", "phrases", "signal", "any", "all", "not_")
            if getattr(self, name) is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "a match needs exactly one of pattern, phrases, signal, any, all, not"
                f" (got {', '.join(g.rstrip('_') for g in given) or 'none'})"
            )
        if self.phrases is not None and not all(p.strip() for p in self.phrases):
            raise ValueError("phrases must be non-empty strings")
        if self.any is not None and not self.any:
            raise ValueError("'any' needs at least one item")
        if self.all is not None and not self.all:
            raise ValueError("'all' needs at least one item")
        return self

    @field_validator("signal")
    @classmethod
    def _signal_ids(cls, value: str | list[str] | None) -> str | list[str] | None:
        for sid in [value] if isinstance(value, str) else value or []:
            if not SIGNAL_ID.match(sid):
                raise ValueError(f"signal id {sid!r} must look like mechanism:token[=value]")
        return value

    def signal_ids(self) -> list[str]:
        if self.signal is None:
            return []
        return [self.signal] if isinstance(self.signal, str) else list(self.signal)

    def has_positive_atom(self) -> bool:
        """True when the node can fire on its own (a lone `not` never can)."""
        if self.pattern is not None or self.phrases is not None or self.signal is not None:
            return True
        if self.any is not None:
            return all(child.has_positive_atom() for child in self.any)
        if self.all is not None:
            return any(child.has_positive_atom() for child in self.all)
        return False


class ExampleDoc(Closed):
    kind: DocumentKind = "text"
    content: str


Example = Annotated[str | ExampleDoc, Field(union_mode="left_to_right")]


class Examples(Closed):
    match: list[Example] = Field(default_factory=list)
    no_match: list[Example] = Field(default_factory=list, alias="no-match")
    todo_match: list[Example] = Field(default_factory=list, alias="todo-match")


class Rule(Closed):
    """One reservation, grant or signal mapping, with the examples that prove it."""

    id: str
    title: str
    language: str | list[str] | None = None
    where: Where = "anywhere"
    match: MatchNode
    effect: dict[Purpose, EffectValue]
    conservative: dict[Purpose, EffectValue] = Field(
        default_factory=dict,
        description="extra effects applied only under a profile with conservative readings",
    )
    unless_in_sentence: str | None = Field(
        default=None,
        alias="unless-in-sentence",
        description="regex; the rule does not fire when a sentence of its text evidence"
        " matches it (reported speech, quotations: 'said', 'according to')",
    )
    conditions: list[str] = Field(default_factory=list)
    confidence: Confidence = Confidence.NOTICE
    message: str
    references: list[str] = Field(default_factory=list)
    examples: Examples

    @field_validator("id")
    @classmethod
    def _id_shape(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError(f"rule id {value!r} must look like <pack>/<what-is-reserved>")
        return value

    @field_validator("conditions")
    @classmethod
    def _known_conditions(cls, value: list[str]) -> list[str]:
        unknown = [c for c in value if c not in CONDITION_TOKENS]
        if unknown:
            raise ValueError(
                f"unknown condition {unknown[0]!r} (expected one of"
                f" {', '.join(sorted(CONDITION_TOKENS))})"
            )
        return value

    @model_validator(mode="after")
    def _coherent(self) -> Rule:
        effects = {**self.effect, **self.conservative}
        if "conditional" in effects.values() and not self.conditions:
            raise ValueError("a rule with a 'conditional' effect must list its conditions")
        if not self.match.has_positive_atom():
            raise ValueError("the match can never fire: it needs a pattern, phrases or signal")
        return self

    def languages(self) -> list[str]:
        if self.language is None:
            return []
        return [self.language] if isinstance(self.language, str) else list(self.language)


class PackMeta(Closed):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    version: str
    title: str | None = None
    description: str | None = None
    publisher: str | None = Field(
        default=None, description="set for publisher packs; their findings supersede generic ones"
    )
    domains: list[str] = Field(default_factory=list)
    language: str | list[str] | None = None
    references: list[str] = Field(default_factory=list)
    review: Literal["required"] | None = Field(
        default=None,
        description="set on drafts (`compliance discover --emit-packs`) a person must review",
    )

    @field_validator("version", mode="before")
    @classmethod
    def _version_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value


class RulePack(Closed):
    """A YAML file under `rules/`: pack metadata and its rules."""

    pack: PackMeta
    rules: list[Rule] = Field(default_factory=list)


class Profile(Closed):
    """A gate profile (`rules/profiles/*.yaml`, DESIGN.md §5): how strict the gate reads."""

    id: str
    description: str
    fail_on: Literal["deny", "conditional", "unknown"] = "conditional"
    unknown_fails: list[Purpose] = Field(
        default_factory=list, description="purposes whose `unknown` verdict fails the gate"
    )
    conservative_readings: bool = False
    research_exception: list[Purpose] = Field(
        default_factory=list,
        description="purposes done as a research organisation or cultural heritage institution"
        " (EU DSM Art. 3): reservations and licence terms do not fail their gate (Art. 7(1))",
    )

    @field_validator("research_exception")
    @classmethod
    def _not_crawl(cls, value: list[Purpose]) -> list[Purpose]:
        if Purpose.CRAWL in value:
            raise ValueError("crawl cannot be exempt: Art. 3 needs lawful access (robots.txt)")
        return value


def pack_json_schema() -> dict[str, Any]:
    """JSON Schema of a rule pack, for editors and `compliance rules schema`."""
    schema = RulePack.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "compliance rule pack"
    return schema
