"""The shapes that cross stage boundaries: documents in, findings and verdicts out.

Every model is frozen and closed (``extra="forbid"``) so that a typo in a user's file or a
stage that invents a field fails loudly instead of being dropped. See DESIGN.md §2-§3.
"""

from __future__ import annotations

import enum
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
)


class Frozen(BaseModel):
    """Base of every boundary model: immutable, closed-world."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Purpose(enum.StrEnum):
    """What the user intends to do with the content (DESIGN.md §2)."""

    CRAWL = "crawl"
    SEARCH = "search"
    AI_TRAIN = "ai-train"
    AI_INPUT = "ai-input"
    AI_INDEX = "ai-index"
    REPUBLISH = "republish"
    ARCHIVE = "archive"


ALL_PURPOSES: tuple[Purpose, ...] = tuple(Purpose)
PURPOSE_ALIASES: dict[str, tuple[Purpose, ...]] = {
    "ai": (Purpose.AI_TRAIN, Purpose.AI_INPUT, Purpose.AI_INDEX),
    "all": ALL_PURPOSES,
    # The corpus and STANDARDS.md call the search purpose `search-index`.
    "search-index": (Purpose.SEARCH,),
}


def parse_purposes(value: str | list[str] | tuple[str, ...]) -> tuple[Purpose, ...]:
    """Expand a comma list or list of purposes and aliases, keeping the canonical order.

    Raises ValueError naming the unknown purpose, so the CLI can exit 2 with it.
    """
    items = value.split(",") if isinstance(value, str) else list(value)
    chosen: set[Purpose] = set()
    for raw in items:
        name = raw.strip().lower()
        if not name:
            continue
        if name in PURPOSE_ALIASES:
            chosen.update(PURPOSE_ALIASES[name])
            continue
        try:
            chosen.add(Purpose(name))
        except ValueError:
            known = ", ".join([p.value for p in Purpose] + sorted(PURPOSE_ALIASES))
            raise ValueError(f"unknown purpose {raw.strip()!r} (expected one of {known})") from None
    if not chosen:
        raise ValueError("no purpose given")
    return tuple(p for p in ALL_PURPOSES if p in chosen)


class VerdictValue(enum.StrEnum):
    """Verdict of one purpose; `RESTRICTIVENESS` orders them (DESIGN.md §2)."""

    DENY = "deny"
    UNDETERMINED = "undetermined"
    CONDITIONAL = "conditional"
    ALLOW = "allow"
    UNKNOWN = "unknown"


RESTRICTIVENESS: dict[VerdictValue, int] = {
    VerdictValue.DENY: 4,
    VerdictValue.UNDETERMINED: 3,
    VerdictValue.CONDITIONAL: 2,
    VerdictValue.ALLOW: 1,
    VerdictValue.UNKNOWN: 0,
}


class Confidence(enum.StrEnum):
    """How much a finding rests on a standard (DESIGN.md §2); shown, never used in the algebra."""

    STANDARD = "standard"
    CONVENTION = "convention"
    NOTICE = "notice"
    INFERRED = "inferred"


CONDITION_TOKENS: frozenset[str] = frozenset(
    {
        "written-permission",
        "permission",
        "licence",
        "attribution",
        "non-commercial",
        "share-alike",
        "no-derivatives",
        "excerpt-limit",
        "payment",
        "allowlisted-ai-bots",
        "permission-for-commercial-use",
        "unless-copyright-marked",
    }
)
# Conditions that a grant (a written permission the user holds) satisfies (DESIGN.md §5.3).
GRANT_SATISFIES: frozenset[str] = frozenset({"written-permission", "permission", "licence"})

DocumentKind = Literal["text", "html", "robots", "headers"]


class Mark(Frozen):
    """A term that decided a finding, as a span of its evidence's `excerpt`."""

    start: int
    end: int
    concept: str = Field(description="restrict, require, grant, action:<x>, route:<x>, ...")


class Evidence(Frozen):
    """Where a finding was seen, precise enough for a reviewer to click through."""

    kind: str = Field(
        description="text, html, meta, link, json-ld, header, robots, site-file, fetch"
    )
    excerpt: str
    line: int | None = None
    column: int | None = None
    path: str | None = Field(default=None, description="DOM path, header name or site file")
    start: int | None = Field(default=None, description="offset in the document's visible text")
    end: int | None = None
    marks: tuple[Mark, ...] = Field(default=(), description="decisive terms in the excerpt")

    @model_serializer(mode="wrap")
    def _without_empty_marks(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """Only generic notices mark terms; other evidence serialises as it always did."""
        data: dict[str, Any] = handler(self)
        if not data.get("marks"):
            data.pop("marks", None)
        return data


class Signal(Frozen):
    """A machine-readable statement found by an extractor, before any rule gives it meaning.

    `id` is `<mechanism>:<token>[=<value>]` (DESIGN.md §4); signal packs map ids to purposes.
    """

    id: str
    agent: str | None = Field(default=None, description="product token it is scoped to, if any")
    evidence: Evidence


class Problem(Frozen):
    """Something that kept a check from completing on one document (never a tool crash)."""

    code: str
    message: str
    location: str | None = None
    purposes: tuple[Purpose, ...] = Field(
        default=ALL_PURPOSES, description="purposes this problem leaves undetermined"
    )


class SiteFile(Frozen):
    """A site-level file as an adapter fetched it (robots.txt, tdmrep.json, an RSL licence)."""

    url: str | None = None
    status: int | None = None
    body: str | None = None
    error: str | None = Field(default=None, description="timeout, connection refused, ...")


class Site(Frozen):
    """What a document's origin publishes, already fetched or read from a snapshot."""

    origin: str | None = None
    observed_at: str | None = None
    robots: SiteFile | None = None
    tdmrep: SiteFile | None = None
    rsl: tuple[SiteFile, ...] = ()


class Document(Frozen):
    """One unit of content to check (DESIGN.md §3). Extractors never see rules."""

    id: str
    source: str
    kind: DocumentKind = "text"
    url: str | None = None
    text: str | None = None
    html: str | None = None
    headers: tuple[tuple[str, str], ...] = ()
    status: int | None = None
    site: Site | None = None
    problems: tuple[Problem, ...] = ()


class Finding(Frozen):
    """One rule that fired on one document, with its effect per purpose and its evidence."""

    rule_id: str
    pack_id: str
    pack_version: str
    title: str
    message: str
    effects: dict[Purpose, VerdictValue]
    conditions: tuple[str, ...] = ()
    confidence: Confidence
    evidence: tuple[Evidence, ...]
    fingerprint: str
    superseded_by: str | None = None


class Verdict(Frozen):
    """The combined verdict of one purpose on one document."""

    verdict: VerdictValue
    conditions: tuple[str, ...] = ()
    unmet: tuple[str, ...] = ()
    findings: tuple[str, ...] = Field(default=(), description="fingerprints of deciding findings")
    changed_by: tuple[str, ...] = Field(default=(), description="grant ids, or 'accept'")
    reasons: tuple[str, ...] = Field(default=(), description="problem codes for undetermined")


Gate = Literal["pass", "fail", "undetermined"]


class DocumentResult(Frozen):
    """Everything the report says about one document."""

    id: str
    source: str
    url: str | None = None
    kind: DocumentKind
    gate: Gate
    verdicts: dict[Purpose, Verdict]
    findings: tuple[Finding, ...] = ()
    problems: tuple[Problem, ...] = ()


class ErrorEntry(Frozen):
    """An input that never became a document (unreadable file, corrupt record)."""

    source: str
    line: int | None = None
    offset: int | None = None
    message: str


class PackInfo(Frozen):
    id: str
    version: str
    sha256: str
    path: str
    replaces_bundled: bool = False


class GrantInfo(Frozen):
    path: str
    sha256: str
    expired: tuple[str, ...] = Field(default=(), description="ids of grants past their date")


class ToolInfo(Frozen):
    name: str = "compliance"
    version: str


class RunInfo(Frozen):
    argv: tuple[str, ...] = ()
    duration_s: float = 0.0


class Summary(Frozen):
    documents: int
    errors: int
    by_purpose: dict[Purpose, dict[VerdictValue, int]]
    gate: dict[Gate, int]


class Report(Frozen):
    """The audit record of one run (DESIGN.md §3); formatters see only this."""

    format_version: int = 1
    tool: ToolInfo
    generated_at: str
    run: RunInfo
    packs: tuple[PackInfo, ...]
    purposes: tuple[Purpose, ...]
    agent: str | None = None
    profile: str
    grants: GrantInfo | None = None
    documents: tuple[DocumentResult, ...]
    errors: tuple[ErrorEntry, ...] = ()
    summary: Summary
    exit_code: int
