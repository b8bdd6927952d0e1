"""The discover report: candidates, sites that contradict themselves, errors, counts.

The JSON report is `DiscoverReport.model_dump(mode="json")` (format_version 1, documented in
docs/discover.md); the Markdown and HTML renderings read only this model. Frozen and closed
like every boundary model (`compliance.model.Frozen`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from compliance.model import ErrorEntry, Frozen, PackInfo, RunInfo, ToolInfo

FORMAT_VERSION = 1
Status = Literal["unexplained", "partly", "explained", "harmless"]
# Rank order: what no rule explains first, harmless boilerplate last.
STATUS_ORDER: dict[str, int] = {"unexplained": 0, "partly": 1, "explained": 2, "harmless": 3}


class Concept(Frozen):
    """A concept hit in the block: the concept and the term that said it."""

    concept: str
    term: str


class PurposeVerdict(Frozen):
    verdict: str
    conditions: tuple[str, ...] = ()


class Proposal(Frozen):
    """What a draft pack would say: effect per purpose and conditions, from the wording."""

    effect: dict[str, str]
    conditions: tuple[str, ...] = ()
    phrases: tuple[str, ...] = Field(description="the stable wording, as the pack matches it")
    pack_file: str | None = Field(default=None, description="the file written by --emit-packs")


class Candidate(Frozen):
    """One recurring block of one site that carries notice concepts."""

    rank: int
    site: str
    status: Status
    text: str = Field(description="the most frequent wording, whitespace collapsed")
    documents: int = Field(description="documents of the site that carry the block (lower bound)")
    site_documents: int
    share: float = Field(description="documents / site_documents, rounded to 4 places")
    variants: int = Field(description="distinct wordings seen (dates, names, counters vary)")
    concepts: tuple[Concept, ...]
    suggested_purposes: tuple[str, ...] = Field(description="purposes the wording names")
    verdicts: dict[str, PurposeVerdict] = Field(
        description="what the current rules decide for the block, per purpose (unknown omitted)"
    )
    rule_ids: tuple[str, ...] = Field(description="rules whose findings explain the block")
    uncovered: tuple[str, ...] = Field(description="suggested purposes no finding decides")
    sample_ids: tuple[str, ...]
    proposal: Proposal | None = None


class Consistency(Frozen):
    """A site whose recurring notice reserves AI use while its robots.txt lets AI agents in."""

    site: str
    rule_id: str
    message: str
    notice: str
    reserved: tuple[str, ...] = Field(description="AI purposes the notice reserves")
    robots_source: str = Field(description="dataset record or --site-files snapshot")
    evidence: tuple[str, ...] = Field(description="the robots.txt lines the rule read")


class DiscoverOptions(Frozen):
    min_documents: int
    min_share: float
    include_harmless: bool
    site_field: str | None
    engine: str


class DiscoverSummary(Frozen):
    records: int
    documents: int
    robots_files: int
    errors: int
    skipped: int
    sites: int = Field(description="sites with at least one document")
    sites_with_candidates: int
    candidates: dict[str, int] = Field(description="candidates per status")
    packs_emitted: int
    consistency: int


class DiscoverReport(Frozen):
    format_version: int = FORMAT_VERSION
    kind: Literal["discover"] = "discover"
    tool: ToolInfo
    generated_at: str
    run: RunInfo
    inputs: tuple[str, ...]
    options: DiscoverOptions
    packs: tuple[PackInfo, ...]
    candidates: tuple[Candidate, ...]
    consistency: tuple[Consistency, ...]
    errors: tuple[ErrorEntry, ...]
    errors_omitted: int = Field(default=0, description="error entries counted but not listed")
    summary: DiscoverSummary
    exit_code: int
