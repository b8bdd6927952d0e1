"""Reduce stage, candidates: one host's recurring blocks → notices, explained or not.

For one merged host sketch: keep the blocks on at least `min_documents` documents and
`min_share` of the site's documents, fold near-duplicates together (template word sets
that mostly agree: a changing name the template kept), read each block's wording
(`concepts.py`) and run the checker on it with the site's URL, as a page's footer would be
checked. Status: `unexplained` (a notice no finding decides), `partly` (findings leave
purposes the wording names undecided), `explained`, or `harmless` (no notice concepts).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from compliance.discover.concepts import AI_PURPOSES, Wording, proposed_effect, read_wording
from compliance.discover.keys import template
from compliance.discover.phrases import stable_phrases
from compliance.discover.sketch import Entry, HostSketch
from compliance.engine import Checker
from compliance.model import Document, VerdictValue

MAX_RECURRING = 256  # recurring blocks of one host looked at, most frequent first
NEAR_DUPLICATE = 0.75  # template-word Jaccard at which two blocks are one notice
_MIN_NEAR_WORDS = 5


@dataclass
class Found:
    """A candidate before ranking (the report's `Candidate` is built from it)."""

    site: str
    status: str
    text: str
    documents: int
    site_documents: int
    variants: list[str]
    variant_count: int
    wording: Wording
    verdicts: dict[str, tuple[str, tuple[str, ...]]]
    rule_ids: list[str]
    uncovered: list[str]
    sample_ids: list[str]
    effect: dict[str, str] = field(default_factory=dict)
    conditions: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    url: str | None = None

    @property
    def share(self) -> float:
        return self.documents / self.site_documents if self.site_documents else 0.0

    @property
    def proposable(self) -> bool:
        return self.status in ("unexplained", "partly") and bool(self.effect and self.phrases)


def recurring(sketch: HostSketch, min_documents: int, min_share: float) -> list[Entry]:
    """The host's blocks that recur often enough, near-duplicates folded together."""
    pool = [e for e in sketch.entries.values() if e.count >= 2]
    pool.sort(key=lambda e: (-e.count, e.first))
    pool = pool[:MAX_RECURRING]
    clusters: list[tuple[set[str], Entry]] = []
    for entry in pool:
        words = set(template(_representative(entry)).split())
        for head_words, head in clusters:
            if len(words) >= _MIN_NEAR_WORDS and _jaccard(words, head_words) >= NEAR_DUPLICATE:
                head.merge(entry)
                break
        else:
            copy = Entry.from_state(entry.to_state())
            clusters.append((words, copy))
    needed = max(min_documents, min_share * sketch.documents)
    out = []
    for _, entry in clusters:
        entry.count = min(entry.count, sketch.documents)
        if entry.count >= min_documents and entry.count + entry.delta >= needed:
            out.append(entry)
    return out


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _representative(entry: Entry) -> str:
    """The most frequent wording (the earliest seen among equals)."""
    return min(entry.variants.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[0]


def explain_host(
    site: str,
    sketch: HostSketch,
    checker: Checker,
    *,
    min_documents: int,
    min_share: float,
    include_harmless: bool,
) -> list[Found]:
    """Candidates of one site, unranked."""
    found = []
    for entry in recurring(sketch, min_documents, min_share):
        text = _representative(entry)
        wording = read_wording(text, checker.lexicons)
        verdicts, rule_ids, by_publisher = _current_rules(checker, site, sketch.url, text)
        if by_publisher:
            # A publisher pack holds the exact wording a person read: it explains the block.
            uncovered, status = [], "explained"
        elif rule_ids:
            uncovered = _uncovered(wording, set(verdicts))
            status = "partly" if uncovered else "explained"
        elif wording.notice:
            uncovered = sorted(wording.purposes)
            status = "unexplained"
        else:
            uncovered, status = [], "harmless"
        if status == "harmless" and not include_harmless:
            continue
        variants = sorted(
            entry.variants, key=lambda t: (-entry.variants[t][0], entry.variants[t][1])
        )
        item = Found(
            site=site,
            status=status,
            text=text,
            documents=entry.count,
            site_documents=sketch.documents,
            variants=variants,
            variant_count=len(entry.variants) + (1 if entry.other else 0),
            wording=wording,
            verdicts=verdicts,
            rule_ids=rule_ids,
            uncovered=uncovered,
            sample_ids=[doc_id for _, doc_id in entry.samples],
            url=sketch.url,
        )
        if status in ("unexplained", "partly"):
            if status == "partly":
                wording.restricts |= set(uncovered) - wording.grants
            item.effect, item.conditions = proposed_effect(wording)
            item.phrases = stable_phrases(variants) if item.effect else []
        found.append(item)
    return found


def _uncovered(wording: Wording, covered: set[str]) -> list[str]:
    """Purposes the wording names that the generic findings leave undecided: those the
    composer read, and those the action terms name in a family no finding touches (AI use
    named, only crawling decided)."""
    missing = wording.purposes - covered
    ai = set(AI_PURPOSES)
    for purpose in wording.named - covered:
        family = ai if purpose in ai else {purpose}
        if not family & covered:
            missing.add(purpose)
    return sorted(missing)


def _current_rules(
    checker: Checker, site: str, url: str | None, text: str
) -> tuple[dict[str, tuple[str, tuple[str, ...]]], list[str], bool]:
    """What the loaded rules decide for the block as one page of the site: verdicts of the
    purposes something decides, the rules of the active findings, and whether a publisher
    pack's rule is among them."""
    document = Document(
        id=f"discover:{site}", source=f"discover:{site}", kind="text", text=text, url=url
    )
    result = checker.check(document)
    verdicts = {
        purpose.value: (verdict.verdict.value, tuple(verdict.conditions))
        for purpose, verdict in result.verdicts.items()
        if verdict.verdict is not VerdictValue.UNKNOWN
    }
    active = [f for f in result.findings if not f.superseded_by and f.effects]
    rule_ids = sorted({f.rule_id for f in active})
    packs = (checker.ruleset.pack(f.pack_id) for f in active)
    by_publisher = any(pack is not None and pack.is_publisher for pack in packs)
    return verdicts, rule_ids, by_publisher
