"""What the HTML report needs beyond the Report: pack facts, decisive spans, actions, lines.

The Report names packs by id, path and sha256 only. Publisher names, languages and rule
patterns are read back from the pack files themselves, and only when the file still has the
recorded sha256 (a changed or missing pack gives no facts, never wrong ones). The decisive
terms of a quoted sentence are found by running the rule's own patterns over it; HTML
evidence lines are mapped to the source file by locating the quoted sentence in it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import regex

from compliance.match.dialect import phrase_pattern, prepare_pattern
from compliance.match.normalize import NormalizedText, fold, normalize
from compliance.model import DocumentResult, Evidence, Finding, PackInfo, Verdict, VerdictValue
from compliance.rulepacks.schema import MatchNode

# Resource limits of the report (README resource policy).
MAX_SOURCE_BYTES = 8 * 1024 * 1024  # HTML sources larger than this keep the text line
PATTERN_TIMEOUT_S = 0.25  # per rule pattern per quoted sentence; a timeout marks nothing
MAX_PATTERN_TIMEOUTS = 8  # after this many, the rest of the report marks from offsets only
MAX_MARK_EXCERPT = 2000  # longer excerpts are marked from evidence offsets only
MAX_LOCATE_WORDS = 80  # a decisive term further into a sentence is located at its start
_LANG_SUFFIX = re.compile(r"-([a-z]{2,3})$")
_FLAGS = regex.IGNORECASE | regex.V0  # as compliance.match.matcher compiles patterns
_TICKS = re.compile(r"`([^`\n]*)`")


def plain(text: str) -> str:
    """A rule message without markdown code ticks (the HTML page shows plain text)."""
    return _TICKS.sub(r"\1", text).replace("`", "")


def normalised(excerpt: str) -> str:
    """The form two quotes of one notice share (case and whitespace ignored)."""
    return " ".join(excerpt.casefold().split())


@dataclass
class PackFacts:
    """What a pack file says about its publisher, languages and rule patterns."""

    publisher: str | None = None
    languages: tuple[str, ...] = ()
    rule_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    rule_patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _patterns(node: MatchNode) -> list[str]:
    """Positive atoms of a match as prepared regexes (a `not` never decides, so no marks)."""
    found: list[str] = []
    if node.pattern:
        found.append(prepare_pattern(node.pattern))
    found.extend(phrase_pattern(p) for p in node.phrases or ())
    for sid in node.signal_ids():
        token = sid.partition(":")[2].partition("=")[0]
        if token:
            found.append(r"\b" + re.escape(fold(token)) + r"\b")
    for child in [*(node.any or ()), *(node.all or ())]:
        found.extend(_patterns(child))
    return found


def _pack_file(info: PackInfo) -> Path | None:
    """The pack's file with the recorded sha256: as recorded, or a bundled pack's path as
    shown relative to another working directory (a report rendered elsewhere)."""
    from compliance.resources import bundled_rules_dir

    recorded = Path(info.path)
    bundled = bundled_rules_dir()
    for candidate in (
        recorded,
        bundled.parent / recorded,
        bundled / recorded.parent.name / recorded.name,
    ):
        try:
            if hashlib.sha256(candidate.read_bytes()).hexdigest() == info.sha256:
                return candidate
        except OSError:
            continue
    return None


def _read_facts(info: PackInfo) -> PackFacts | None:
    """Facts of one pack, or None when its file is gone, changed or invalid."""
    from compliance.errors import ConfigError
    from compliance.rulepacks.loader import load_packs

    path = _pack_file(info)
    if path is None:
        return None
    try:
        ruleset = load_packs([path], include_bundled=False)
    except (OSError, ConfigError, ValueError):
        return None
    pack = ruleset.pack(info.id)
    if pack is None:
        return None
    meta = pack.meta
    langs = (meta.language,) if isinstance(meta.language, str) else tuple(meta.language or ())
    facts = PackFacts(publisher=meta.publisher, languages=langs)
    for rule in pack.rules:
        facts.rule_languages[rule.id] = tuple(rule.languages()) or langs
        facts.rule_patterns[rule.id] = tuple(_patterns(rule.match))
    return facts


def pack_facts(packs: tuple[PackInfo, ...], used: set[str]) -> dict[str, PackFacts]:
    """Facts of the packs that produced findings (the others are never read)."""
    facts: dict[str, PackFacts] = {}
    for info in packs:
        if info.id in used:
            facts[info.id] = _read_facts(info) or PackFacts()
    return facts


def languages(finding: Finding, facts: dict[str, PackFacts]) -> tuple[str, ...]:
    """The rule's language(s); a pack id suffix (`notices-en`) when the pack file is gone."""
    pack = facts.get(finding.pack_id)
    if pack is not None and finding.rule_id in pack.rule_languages:
        return pack.rule_languages[finding.rule_id]
    if pack is not None and pack.languages:
        return pack.languages
    match = _LANG_SUFFIX.search(finding.pack_id)
    return (match.group(1),) if match else ()


def publisher(finding: Finding, facts: dict[str, PackFacts]) -> str | None:
    pack = facts.get(finding.pack_id)
    return pack.publisher if pack is not None else None


class Marker:
    """Finds the decisive spans of quoted sentences; bounded by a count of pattern timeouts."""

    def __init__(self, facts: dict[str, PackFacts]) -> None:
        self.facts = facts
        self.timeouts = 0

    def spans(self, excerpt: str, findings: list[Finding]) -> list[tuple[int, int]]:
        """Spans of the excerpt that the findings' patterns matched (merged, sorted).

        Falls back to the evidence offsets when no pattern is known: a match at column 1
        starts the sentence (the excerpt begins at the line start or later, never before).
        """
        # Generic notices carry their decisive terms (cue, action, route) as marks.
        marked = [
            (m.start, m.end)
            for finding in findings
            for ev in finding.evidence
            if ev.excerpt == excerpt
            for m in ev.marks
        ]
        if marked:
            return _merge(marked)
        spans: list[tuple[int, int]] = []
        if len(excerpt) <= MAX_MARK_EXCERPT and self.timeouts < MAX_PATTERN_TIMEOUTS:
            text = normalize(excerpt)
            for finding in findings:
                pack = self.facts.get(finding.pack_id)
                for pattern in pack.rule_patterns.get(finding.rule_id, ()) if pack else ():
                    found = _pattern_spans(pattern, text)
                    if found is None:
                        self.timeouts += 1
                    spans.extend(found or ())
        return _merge(spans) if spans else _offset_spans(excerpt, findings)


def _offset_spans(excerpt: str, findings: list[Finding]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for finding in findings:
        for ev in finding.evidence:
            if ev.excerpt == excerpt and ev.column == 1 and ev.start is not None:
                end = (ev.end or ev.start) - ev.start
                spans.append((0, min(len(excerpt), max(end, 1))))
    return _merge(spans)


def _pattern_spans(prepared: str, text: NormalizedText) -> list[tuple[int, int]] | None:
    """Matched spans in original characters; None when the pattern timed out."""
    try:
        compiled = regex.compile(prepared, _FLAGS)
        return [
            text.to_original(m.start(), m.end())
            for m in compiled.finditer(text.text, timeout=PATTERN_TIMEOUT_S)
            if m.end() > m.start()
        ]
    except TimeoutError:
        return None
    except (regex.error, ValueError):
        return []


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_GAP = r"(?:\s|<[^>]{0,400}>|&#?\w{1,8};)+"


class SourceLines:
    """Maps HTML evidence to lines of the source file, by finding the quoted sentence there.

    The checker counts lines of the page's visible text; a reviewer opens the file. Only
    documents that are a readable HTML file are mapped; others keep the text line, labelled.
    """

    def __init__(self) -> None:
        # One file at a time: a document's evidence is consecutive, memory stays one page.
        self._path: str | None = None
        self._text: str | None = None

    def _source(self, path: str) -> str | None:
        if path != self._path:
            self._path, self._text = path, None
            try:
                file = Path(path)
                if file.is_file() and file.stat().st_size <= MAX_SOURCE_BYTES:
                    self._text = file.read_text("utf-8", errors="replace")
            except OSError:
                self._text = None
        return self._text

    def line(self, doc: DocumentResult, ev: Evidence, at: int = 0) -> int | None:
        """Source line of the excerpt's character `at` (the first decisive term)."""
        if doc.kind != "html" or ev.kind != "text" or not ev.excerpt:
            return None
        source = self._source(doc.source)
        if source is None:
            return None
        words = ev.excerpt.split()
        before = min(len(ev.excerpt[:at].split()), len(words) - 1, MAX_LOCATE_WORDS)
        found = re.search(_GAP.join(re.escape(w) for w in words[:8]), source)
        if found is None:
            return None
        position = found.start()
        if before:
            lead = _GAP.join(re.escape(w) for w in words[: before + 1])
            tail = re.compile(lead[: -len(re.escape(words[before]))] + "(?P<at>)")
            matched = tail.match(source, position)
            position = matched.start("at") if matched else position
        return source.count("\n", 0, position) + 1


_CONDITION_ACTION = {
    "written-permission": "ask {who} for written permission, then add a grant{grant}",
    "permission": "ask {who} for permission, then add a grant{grant}",
    "licence": "obtain a licence from {who}, then add a grant{grant}",
    "attribution": "credit the source, then pass --accept attribution",
    "non-commercial": "use it only non-commercially, then pass --accept non-commercial",
    "share-alike": "publish what you derive under the same licence (--accept share-alike)",
    "no-derivatives": "do not modify it (--accept no-derivatives)",
    "excerpt-limit": "use short excerpts only (--accept excerpt-limit)",
    "payment": "pay {who} under their terms (--accept payment)",
    "allowlisted-ai-bots": "use only as an allow-listed AI bot (--accept allowlisted-ai-bots)",
    "permission-for-commercial-use": "ask {who} before commercial use, then add a grant{grant}",
    "unless-copyright-marked": "leave out parts marked as copyrighted"
    " (--accept unless-copyright-marked)",
}


def action(verdict: Verdict, deciding: list[Finding], facts: dict[str, PackFacts]) -> str:
    """What the reviewer can do about one purpose, from its conditions and the publisher."""
    names = [p for f in deciding if (p := publisher(f, facts))]
    packs = [f.pack_id for f in deciding if publisher(f, facts)]
    who = names[0] if names else "the publisher"
    grant = f" for publisher {packs[0]}" if packs else " for the site's domain"
    value = verdict.verdict
    if verdict.changed_by:
        return f"nothing: already allowed by {', '.join(verdict.changed_by)}"
    if value is VerdictValue.CONDITIONAL:
        wanted = verdict.unmet or verdict.conditions
        if not verdict.unmet and verdict.conditions:
            return "nothing: the conditions are met"
        steps = [
            _CONDITION_ACTION.get(c, f"meet the condition {c}").format(who=who, grant=grant)
            for c in wanted
        ]
        return "; ".join(dict.fromkeys(steps))
    if value is VerdictValue.DENY:
        return f"do not use it for this; only a grant from {who}{grant} lifts this"
    if value is VerdictValue.UNDETERMINED:
        why = ", ".join(verdict.reasons) or "the check did not complete"
        return f"fix the input ({why}) and check again; it fails closed until then"
    if value is VerdictValue.ALLOW:
        return "nothing: allowed"
    return "nothing to decide: no notice speaks about this use"
