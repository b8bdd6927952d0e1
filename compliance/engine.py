"""The checker: documents → extraction → one compiled matcher → findings → decision.

`Checker` is built once per run (rules compiled once) and is the only entry point the CLI,
the Scrapy integration and dataset scans use. It never does I/O: documents arrive with their
text, HTML, headers and site files already read (DESIGN.md §3).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

from compliance.decide import (
    Policy,
    decide_purpose,
    document_gate,
    exit_code_for,
    purpose_gate,
)
from compliance.extract import sites
from compliance.extract.regions import TextView
from compliance.grants import Grants, load_grants
from compliance.match.dialect import phrase_pattern, prepare_pattern
from compliance.match.matcher import Matcher
from compliance.match.normalize import NormalizedText, fold, normalize
from compliance.model import (
    ALL_PURPOSES,
    Confidence,
    Document,
    DocumentResult,
    ErrorEntry,
    Evidence,
    Finding,
    Gate,
    GrantInfo,
    PackInfo,
    Problem,
    Purpose,
    Report,
    RunInfo,
    Signal,
    Summary,
    ToolInfo,
    VerdictValue,
    parse_purposes,
)
from compliance.notices.findings import notice_findings
from compliance.notices.lexicon import LexiconSet, load_lexicons
from compliance.notices.recognise import recognise
from compliance.resources import tool_version
from compliance.rulepacks.loader import LoadedPack, RuleSet, load_packs, load_profile
from compliance.rulepacks.schema import MatchNode, Profile, Rule

Span = tuple[int, int]
# A sentence ends at CJK full stops, at . ! ? … followed by white space (so "4.0",
# "example.com" and "[...]" do not end it), or at a blank line. A single newline does not:
# hard-wrapped text keeps "…, the paper said" with the clause it reports. Nor does a period
# before a lower-case word (abbreviations: "tzw. web scraping", "e.g. training").
_SENTENCE_BREAK = regex.compile(r"[。！？]|[.!?؟।…]+(?=\s+[^\p{Ll}\s]|\s*$)|\n[ \t]*\n")
_EXCERPT_MAX = 400
_SPANS_TRIED = 32
_AI_PURPOSES = frozenset({Purpose.AI_TRAIN, Purpose.AI_INPUT, Purpose.AI_INDEX})


def run_clock() -> dt.datetime:
    """The run's clock: `SOURCE_DATE_EPOCH` when set (reproducible reports), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC)


@dataclass(frozen=True, slots=True)
class CheckerSpec:
    """What a worker needs to build the same Checker as the parent (plain, picklable data)."""

    rules: tuple[str, ...] = ()
    include_bundled: bool = True
    purposes: str = "all"
    profile: str = "default"
    grants: str | None = None
    accept: tuple[str, ...] = ()
    fail_on: str | None = None
    allow_undetermined: bool = False
    agent: str | None = None
    clock: dt.datetime | None = None  # the parent's clock, so grant expiry agrees everywhere

    def build(self) -> Checker:
        return Checker.from_rules(
            list(self.rules),
            include_bundled=self.include_bundled,
            purposes=self.purposes,
            profile=self.profile,
            grants=self.grants,
            accept=list(self.accept),
            fail_on=self.fail_on,
            allow_undetermined=self.allow_undetermined,
            agent=self.agent,
            clock=self.clock,
        )


@dataclass
class _CompiledRule:
    rule: Rule
    pack: LoadedPack
    atoms: set[int] = field(default_factory=set)
    signals: set[str] = field(default_factory=set)


@dataclass
class _Context:
    """Per-document matching state handed to the match-tree evaluation."""

    view: TextView
    normalized: NormalizedText
    spans: dict[int, list[Span]]
    signals: dict[str, list[Signal]]


class Checker:
    """Checks documents against a rule set under one policy. Build once, reuse."""

    def __init__(
        self,
        ruleset: RuleSet,
        *,
        purposes: Sequence[Purpose] = ALL_PURPOSES,
        profile: Profile | None = None,
        grants: Grants | None = None,
        accept: Iterable[str] = (),
        fail_on: str | None = None,
        allow_undetermined: bool = False,
        agent: str | None = None,
        clock: dt.datetime | None = None,
        lexicons: LexiconSet | None = None,
        disabled_operators: frozenset[str] = frozenset(),
    ) -> None:
        self.ruleset = ruleset
        # Generic notices: the bundled lexicons unless the caller chose (NOTICES.md).
        self.lexicons = lexicons if lexicons is not None else load_lexicons()
        self.disabled_operators = disabled_operators
        self.profile = profile or load_profile("default")
        self.grants = grants
        self.agent = agent
        self.clock = clock or run_clock()
        self.policy = Policy(
            purposes=tuple(purposes),
            profile=self.profile,
            grants=grants.active if grants else (),
            accept=frozenset(accept),
            fail_on=fail_on,
            allow_undetermined=allow_undetermined,
        )
        self._compile()

    @classmethod
    def from_rules(
        cls,
        rules: Sequence[str | Path] = (),
        *,
        include_bundled: bool = True,
        purposes: str | Sequence[str] = "all",
        profile: str = "default",
        grants: str | Path | None = None,
        **options: Any,
    ) -> Checker:
        """Load packs (bundled + `rules` dirs), the profile and grants; raises ConfigError."""
        clock = options.pop("clock", None) or run_clock()
        ruleset = load_packs(rules, include_bundled=include_bundled)
        options.setdefault("lexicons", load_lexicons(rules, include_bundled=include_bundled))
        known = {p.meta.id for p in ruleset.packs}
        loaded_grants = load_grants(grants, clock.date(), known) if grants else None
        chosen = parse_purposes(purposes if isinstance(purposes, str) else list(purposes))
        return cls(
            ruleset,
            purposes=chosen,
            profile=load_profile(profile),
            grants=loaded_grants,
            clock=clock,
            **options,
        )

    # -- compilation -------------------------------------------------------------------

    def _compile(self) -> None:
        patterns: list[str] = []
        index_of: dict[str, int] = {}
        self._rules: list[_CompiledRule] = []
        self._atom_of_node: dict[int, list[int]] = {}
        self._rules_by_atom: dict[int, list[_CompiledRule]] = {}
        self._rules_by_signal: dict[str, list[_CompiledRule]] = {}

        def atom(pattern: str) -> int:
            if pattern not in index_of:
                index_of[pattern] = len(patterns)
                patterns.append(pattern)
            return index_of[pattern]

        def walk(node: MatchNode, compiled: _CompiledRule) -> None:
            if node.pattern is not None:
                self._atom_of_node[id(node)] = [atom(prepare_pattern(node.pattern))]
            elif node.phrases is not None:
                self._atom_of_node[id(node)] = [atom(phrase_pattern(p)) for p in node.phrases]
            elif node.signal is not None:
                compiled.signals.update(node.signal_ids())
            for child in [
                *(node.any or []),
                *(node.all or []),
                *([node.not_] if node.not_ else []),
            ]:
                walk(child, compiled)
            compiled.atoms.update(self._atom_of_node.get(id(node), []))

        for pack, rule in self.ruleset.rules():
            compiled = _CompiledRule(rule, pack)
            walk(rule.match, compiled)
            self._rules.append(compiled)
            for index in compiled.atoms:
                self._rules_by_atom.setdefault(index, []).append(compiled)
            for sid in compiled.signals:
                self._rules_by_signal.setdefault(sid, []).append(compiled)
        self.matcher = compiled_matcher(tuple(patterns))
        self._unless: dict[str, regex.Pattern[str]] = {}

    def slow_path_rules(self) -> list[tuple[str, str]]:
        """Rules whose patterns the fast engine cannot take: (rule id, reason)."""
        found = []
        for index, reason in self.matcher.slow_reasons.items():
            for compiled in self._rules_by_atom.get(index, []):
                found.append((compiled.rule.id, reason))
        return sorted(set(found))

    # -- checking ----------------------------------------------------------------------

    def check(self, document: Document) -> DocumentResult:
        """Every finding and one verdict per requested purpose for one document."""
        problems = list(document.problems)
        try:
            view, signals, extra_problems = self._extract(document)
        except Exception as exc:
            view, signals = TextView(text=""), []
            extra_problems = [
                Problem(
                    code="extractor-error", message=f"could not extract {document.kind}: {exc!r}"
                )
            ]
        problems.extend(extra_problems)
        # `--agent` is applied in extraction (sites._agent_view): only crawl/search per agent.
        findings, match_problems = self._findings(document, view, signals)
        problems.extend(match_problems)
        verdicts = {
            purpose: decide_purpose(purpose, findings, problems, self.policy, document.url)
            for purpose in self.policy.purposes
        }
        gate = document_gate([purpose_gate(p, v, self.policy) for p, v in verdicts.items()])
        return DocumentResult(
            id=document.id,
            source=document.source,
            url=document.url,
            kind=document.kind,
            gate=gate,
            verdicts=verdicts,
            findings=tuple(findings),
            problems=tuple(problems),
        )

    def check_many(self, documents: Iterable[Document]) -> Iterator[DocumentResult]:
        for document in documents:
            yield self.check(document)

    def check_soup(self, soup: Any, *, id: str = "soup", url: str | None = None) -> DocumentResult:
        """Check a BeautifulSoup tree a caller already holds (serialised, then the fast path)."""
        return self.check(Document(id=id, source=id, kind="html", html=str(soup), url=url))

    def _extract(self, document: Document) -> tuple[TextView, list[Signal], list[Problem]]:
        if any(p.code == "undecodable" for p in document.problems):
            return TextView(text=""), [], []
        # Path and query: robots.txt rules such as `Disallow: /*?sort=` match the query too.
        path = "/"
        if document.url:
            parts = urlsplit(document.url)
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        return sites.extract_document(document, path=path, agent=self.agent)

    def _findings(
        self, document: Document, view: TextView, signals: list[Signal]
    ) -> tuple[list[Finding], list[Problem]]:
        normalized = normalize(view.text)
        scan = self.matcher.scan(normalized.text) if view.text else None
        spans = scan.spans if scan else {}
        by_signal: dict[str, list[Signal]] = {}
        for signal in signals:
            by_signal.setdefault(signal.id, []).append(signal)
        candidates: dict[str, _CompiledRule] = {}
        for index in spans:
            for compiled in self._rules_by_atom.get(index, []):
                candidates[compiled.rule.id] = compiled
        for sid in by_signal:
            for compiled in self._rules_by_signal.get(sid, []):
                candidates[compiled.rule.id] = compiled
        problems: list[Problem] = []
        if scan and scan.timed_out:
            affected = {
                p
                for i in scan.timed_out
                for c in self._rules_by_atom.get(i, [])
                for p in c.rule.effect
            }
            ids = sorted(
                {c.rule.id for i in scan.timed_out for c in self._rules_by_atom.get(i, [])}
            )
            problems.append(
                Problem(
                    code="rule-timeout",
                    message=f"rule(s) {', '.join(ids)} ran out of time on this document",
                    purposes=tuple(p for p in ALL_PURPOSES if p in affected),
                )
            )
        context = _Context(view, normalized, spans, by_signal)
        scope = _fingerprint_scope(document)
        findings: list[Finding] = []
        for rule_id in sorted(candidates):
            compiled = candidates[rule_id]
            rule = compiled.rule
            evidence = self._evaluate(rule.match, rule.where, context, self._unless_of(rule))
            if evidence is None:
                continue
            findings.append(self._finding(compiled, evidence, scope))
        findings.extend(self._notice_findings(document, view, scope))
        findings = _supersede(findings, self.ruleset)
        findings.extend(self._derived_findings(findings, context, scope))
        return findings, problems

    def _notice_findings(self, document: Document, view: TextView, scope: str) -> list[Finding]:
        """Generic notices in the page's own voice, read by the lexicons and the composer."""
        if not view.text or document.kind == "headers":
            return []
        recognition = recognise(
            view.text,
            document.kind,
            self.lexicons,
            in_footer=lambda s, e: view.in_region("footer", s, e),
            disabled=self.disabled_operators,
            agent_groups=view.agent_groups,
            names=view.names,
        )
        if not recognition.readings:
            return []
        regions = {}
        # Only blocks that state something in the page's own voice give evidence.
        for index in {r.index for r in recognition.readings if r.voice == "own" and r.effects}:
            block = recognition.blocks[index]
            if view.in_region("footer", block.start, block.end):
                regions[index] = "footer"
            elif view.in_region("header", block.start, block.end):
                regions[index] = "header"
        return notice_findings(recognition, self.lexicons, scope, regions)

    def _derived_findings(
        self, findings: list[Finding], ctx: _Context, scope: str
    ) -> list[Finding]:
        """Second pass: rules on `notice:*` signals, which say what the text notices reserved,
        so a pack can flag a notice that contradicts the machine-readable signals (issue 3,
        STANDARDS.md §14) without Python knowing the rule."""
        derived: dict[str, list[Signal]] = {}
        for finding in findings:
            if finding.superseded_by or finding.confidence is not Confidence.NOTICE:
                continue
            reserves = {
                p
                for p, v in finding.effects.items()
                if v in (VerdictValue.DENY, VerdictValue.CONDITIONAL)
            }
            if reserves & _AI_PURPOSES and finding.evidence:
                derived.setdefault("notice:ai-reserved", []).append(
                    Signal(id="notice:ai-reserved", evidence=finding.evidence[0])
                )
        if not derived:
            return []
        context = _Context(ctx.view, ctx.normalized, ctx.spans, {**ctx.signals, **derived})
        out = []
        for sid in derived:
            for compiled in self._rules_by_signal.get(sid, []):
                evidence = self._evaluate(compiled.rule.match, compiled.rule.where, context)
                if evidence is not None:
                    out.append(self._finding(compiled, evidence, scope))
        return out

    def _evaluate(
        self,
        node: MatchNode,
        where: str,
        ctx: _Context,
        unless: regex.Pattern[str] | None = None,
    ) -> list[Evidence] | None:
        """Evidence when the node matches (possibly empty for `not`), None when it does not.

        For text, the first occurrence in the rule's region whose sentence is not excluded by
        `unless-in-sentence` counts: a quoted ban early in a page neither hides the page's own
        notice later nor stands in for it.
        """
        atoms = self._atom_of_node.get(id(node))
        if atoms is not None:
            found = []
            for index in atoms:
                for start, end in ctx.spans.get(index, [])[:_SPANS_TRIED]:
                    o_start, o_end = ctx.normalized.to_original(start, end)
                    if not ctx.view.in_region(where, o_start, o_end):
                        continue
                    evidence = _text_evidence(ctx.view, o_start, o_end)
                    if unless is not None and unless.search(fold(evidence.excerpt)):
                        continue
                    found.append(evidence)
                    break
            return found or None
        if node.signal is not None:
            hits = [s.evidence for sid in node.signal_ids() for s in ctx.signals.get(sid, [])]
            return hits or None
        if node.any is not None:
            results = [self._evaluate(child, where, ctx, unless) for child in node.any]
            if all(r is None for r in results):
                return None
            return [e for r in results for e in (r or [])]
        if node.all is not None:
            gathered = []
            for child in node.all:
                result = self._evaluate(child, where, ctx, unless)
                if result is None:
                    return None
                gathered.extend(result)
            return gathered
        assert node.not_ is not None
        # `not` asks whether the text occurs at all, whatever sentence it is in.
        return None if self._evaluate(node.not_, where, ctx) is not None else []

    def _unless_of(self, rule: Rule) -> regex.Pattern[str] | None:
        """`unless-in-sentence`: reported speech or a quotation is not the page's own notice."""
        if rule.unless_in_sentence is None:
            return None
        pattern = self._unless.get(rule.id)
        if pattern is None:
            pattern = regex.compile(
                prepare_pattern(rule.unless_in_sentence), regex.IGNORECASE | regex.V0
            )
            self._unless[rule.id] = pattern
        return pattern

    def _finding(self, compiled: _CompiledRule, evidence: list[Evidence], scope: str) -> Finding:
        rule = compiled.rule
        effects = dict(rule.effect)
        if self.profile.conservative_readings:
            for purpose, value in rule.conservative.items():
                effects.setdefault(purpose, value)
        unique = list(dict.fromkeys(evidence))
        excerpt = fold(unique[0].excerpt) if unique else ""
        digest = hashlib.sha256(f"{rule.id}\x1f{excerpt}\x1f{scope}".encode()).hexdigest()[:16]
        return Finding(
            rule_id=rule.id,
            pack_id=compiled.pack.meta.id,
            pack_version=compiled.pack.meta.version,
            title=rule.title,
            message=rule.message,
            effects={p: VerdictValue(v) for p, v in effects.items()},
            conditions=tuple(rule.conditions),
            confidence=rule.confidence,
            evidence=tuple(unique),
            fingerprint=digest,
        )

    # -- reporting ---------------------------------------------------------------------

    def report(
        self,
        results: Sequence[DocumentResult],
        errors: Sequence[ErrorEntry] = (),
        *,
        argv: Sequence[str] = (),
        duration_s: float = 0.0,
    ) -> Report:
        """The audit record of a run: packs, grants, results, summary and exit code."""
        by_purpose = {p: {v: 0 for v in VerdictValue} for p in self.policy.purposes}
        gates: dict[Gate, int] = {"pass": 0, "fail": 0, "undetermined": 0}
        for result in results:
            gates[result.gate] += 1
            for purpose, verdict in result.verdicts.items():
                by_purpose[purpose][verdict.verdict] += 1
        exit_code = exit_code_for(
            [r.gate for r in results], len(errors), self.policy.allow_undetermined
        )
        grants = None
        if self.grants:
            grants = GrantInfo(
                path=self.grants.path,
                sha256=self.grants.sha256,
                expired=tuple(g.id for g in self.grants.expired),
            )
        return Report(
            tool=ToolInfo(version=tool_version()),
            generated_at=self.clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
            run=RunInfo(argv=tuple(argv), duration_s=round(duration_s, 3)),
            packs=tuple(
                PackInfo(
                    id=p.meta.id,
                    version=p.meta.version,
                    sha256=p.sha256,
                    path=p.path,
                    replaces_bundled=p.replaces_bundled,
                )
                for p in sorted(self.ruleset.packs, key=lambda p: p.meta.id)
            )
            + tuple(
                PackInfo(id=lx.id, version=lx.meta.version, sha256=lx.sha256, path=lx.path)
                for lx in sorted(self.lexicons.lexicons, key=lambda lx: lx.id)
            ),
            purposes=self.policy.purposes,
            agent=self.agent,
            profile=self.profile.id,
            grants=grants,
            documents=tuple(results),
            errors=tuple(errors),
            summary=Summary(
                documents=len(results),
                errors=len(errors),
                by_purpose=by_purpose,
                gate=gates,
            ),
            exit_code=exit_code,
        )


def _fingerprint_scope(document: Document) -> str:
    """What a finding's fingerprint is bound to: the page (host + path), else the document id.

    Not the host alone: accepting one ANTARA article's footer must not accept every article
    of antaranews.com (issue 5). No line numbers: text moves, the fingerprint should not.
    """
    if document.url:
        parts = urlsplit(document.url)
        if parts.hostname:
            return f"{parts.hostname.lower()}{parts.path or '/'}"
    return document.id


_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def compiled_matcher(patterns: tuple[str, ...]) -> Matcher:
    """One compiled matcher per distinct pattern list per process (building takes seconds)."""
    if patterns not in _MATCHERS:
        if len(_MATCHERS) >= 4:
            _MATCHERS.pop(next(iter(_MATCHERS)))
        _MATCHERS[patterns] = Matcher(patterns)
    return _MATCHERS[patterns]


def _text_evidence(view: TextView, start: int, end: int) -> Evidence:
    """The sentence around a match, in original characters, with line and column."""
    text = view.text
    window_start = max(0, start - _EXCERPT_MAX)
    s_start = window_start
    # No end position: the look-ahead must see the text after `start`, not a cut-off end.
    for brk in _SENTENCE_BREAK.finditer(text, window_start):
        if brk.end() > start:
            break
        s_start = brk.end()
    limit = min(len(text), end + _EXCERPT_MAX)
    after = _SENTENCE_BREAK.search(text, end, limit)
    s_end = (after.start() if after.group().startswith("\n") else after.end()) if after else limit
    # A line break next to a short line (a byline, a heading, a list item) ends the sentence
    # too; between two long lines it is a hard wrap inside one sentence.
    newline = text.rfind("\n", s_start, start)
    while newline != -1 and not _short_line_at(text, newline):
        newline = text.rfind("\n", s_start, newline)
    if newline != -1:
        s_start = newline + 1
    newline = text.find("\n", end, s_end)
    while newline != -1 and not _short_line_at(text, newline):
        newline = text.find("\n", newline + 1, s_end)
    if newline != -1:
        s_end = newline
    excerpt = " ".join(text[s_start:s_end].split())
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    region = "body"
    if view.in_region("footer", start, end):
        region = "footer"
    elif view.in_region("header", start, end):
        region = "header"
    return Evidence(
        kind="text", excerpt=excerpt, line=line, column=column, path=region, start=start, end=end
    )


_SHORT_LINE = 40


def _short_line_at(text: str, newline: int) -> bool:
    """Is the line ending or the line starting at this newline short (not wrapped prose)?"""
    before = text.rfind("\n", 0, newline) + 1
    after = text.find("\n", newline + 1)
    after = len(text) if after == -1 else after
    return (
        len(text[before:newline].strip()) < _SHORT_LINE
        or len(text[newline + 1 : after].strip()) < _SHORT_LINE
    )


def _supersede(findings: list[Finding], ruleset: RuleSet) -> list[Finding]:
    """A generic finding overlapping a publisher finding's evidence is superseded (§5.1)."""
    publisher_spans: list[tuple[str, int, int]] = []
    for finding in findings:
        pack = ruleset.pack(finding.pack_id)
        if pack is not None and pack.is_publisher:
            for ev in finding.evidence:
                if ev.start is not None and ev.end is not None:
                    publisher_spans.append((finding.rule_id, ev.start, ev.end))
    if not publisher_spans:
        return findings
    out = []
    for finding in findings:
        pack = ruleset.pack(finding.pack_id)
        by = None
        if pack is None or not pack.is_publisher:  # None: a lexicon's generic finding
            for ev in finding.evidence:
                if ev.start is None or ev.end is None:
                    continue
                by = next(
                    (rid for rid, s, e in publisher_spans if ev.start < e and s < ev.end), None
                )
                if by:
                    break
        out.append(finding.model_copy(update={"superseded_by": by}) if by else finding)
    return out
