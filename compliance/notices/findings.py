"""Readings → `Finding`s: one per block and effect (verdict + conditions), with the
sentences that decided it as evidence and the cue, action and route terms marked."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import Counter

from compliance.match.normalize import fold
from compliance.model import Confidence, Evidence, Finding, Mark, Purpose, VerdictValue
from compliance.notices.compose import BlockReading, Effect
from compliance.notices.lexicon import Hit, LexiconSet
from compliance.notices.recognise import Recognition

_VERDICT_WORD = {"deny": "reserved", "conditional": "conditional", "allow": "granted"}
_EXCERPT_MAX = 600
# Findings per document for the same rule, effect and purposes: a page repeating its footer
# 100,000 times gives a handful of findings, not a report (and a run) that grows with it.
_SAME_EFFECT_MAX = 8


class _Lines:
    """Line and column of an offset, from the newline positions found once per document
    (when first asked: most documents' readings give no finding)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._newlines: list[int] | None = None

    @property
    def newlines(self) -> list[int]:
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        return self._newlines

    def at(self, offset: int) -> tuple[int, int]:
        newlines = self.newlines
        before = bisect_left(newlines, offset)
        line_start = newlines[before - 1] + 1 if before else 0
        return before + 1, offset - line_start + 1


def notice_findings(
    recognition: Recognition,
    lexicons: LexiconSet,
    scope: str,
    region_of: dict[int, str] | None = None,
) -> list[Finding]:
    findings: list[Finding] = []
    lines = _Lines(recognition.text)
    seen: Counter[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = Counter()
    for reading in recognition.readings:
        if reading.voice != "own" or not reading.effects:
            continue
        index = reading.index
        lexicon = lexicons.lexicons[_deciding_lexicon(reading, recognition, lexicons)]
        groups: dict[tuple[str, tuple[str, ...]], list[tuple[str, Effect]]] = {}
        for purpose, effect in sorted(reading.effects.items()):
            key = (effect.verdict, tuple(sorted(effect.conditions)))
            groups.setdefault(key, []).append((purpose, effect))
        for (verdict, conditions), items in groups.items():
            rule_id = f"{lexicon.id}/{_VERDICT_WORD[verdict]}"
            purposes = [p for p, _ in items]
            effect_key = (rule_id, verdict, conditions, tuple(purposes))
            seen[effect_key] += 1
            if seen[effect_key] > _SAME_EFFECT_MAX:
                continue  # one more block saying the same cannot change a verdict
            hits = [h for _, e in items for h in e.hits]
            evidence = _evidence(recognition.text, reading, hits, region_of, index, lines)
            excerpt = fold(evidence.excerpt)
            digest = hashlib.sha256(f"{rule_id}\x1f{excerpt}\x1f{scope}".encode()).hexdigest()[:16]
            findings.append(
                Finding(
                    rule_id=rule_id,
                    pack_id=lexicon.id,
                    pack_version=lexicon.meta.version,
                    title=_title(verdict, lexicon.meta.name),
                    message=_message(verdict, purposes, conditions),
                    effects={Purpose(p): VerdictValue(verdict) for p in purposes},
                    conditions=conditions,
                    confidence=Confidence.NOTICE,
                    evidence=(evidence,),
                    fingerprint=digest,
                )
            )
    return findings


def _deciding_lexicon(reading: BlockReading, recognition: Recognition, lexicons: LexiconSet) -> int:
    """The lexicon the finding is named after: of the block's languages, the one whose terms
    decided its effects most ("É proibida a reprodução" is Portuguese though Polish also
    counts "do" as its own)."""
    languages = [lang for lang in recognition.languages.get(reading.index, []) if lang != "und"]
    if not languages:
        return lexicons.by_language["und"]
    active = {lexicons.by_language[lang] for lang in languages}
    votes = Counter(
        h.lexicon for effect in reading.effects.values() for h in effect.hits if h.lexicon in active
    )
    if votes:
        best = max(votes.values())
        return min(i for i, n in votes.items() if n == best)  # ties: a stable choice
    return lexicons.by_language[languages[0]]


def _title(verdict: str, language: str) -> str:
    what = {
        "deny": "Use reserved by the page's own notice",
        "conditional": "Use allowed only under conditions the page's notice states",
        "allow": "Use granted by the page's own notice",
    }[verdict]
    return f"{what} ({language})"


def _message(verdict: str, purposes: list[str], conditions: tuple[str, ...]) -> str:
    named = ", ".join(purposes)
    if verdict == "deny":
        return f"The notice forbids {named} and offers no route to permission."
    if verdict == "allow":
        return f"The notice allows {named}."
    return f"The notice allows {named} only with: {', '.join(conditions) or 'permission'}."


def _evidence(
    text: str,
    reading: BlockReading,
    hits: list[Hit],
    region_of: dict[int, str] | None,
    index: int,
    lines: _Lines,
) -> Evidence:
    """The sentences holding the deciding terms, in original characters, with marks."""
    starts = sorted(h.start for h in hits)
    spans = [
        (s, e) for s, e in reading.sentence_spans if bisect_left(starts, s) < bisect_left(starts, e)
    ] or reading.sentence_spans[:1]
    start, end = spans[0][0], spans[-1][1]
    if end - start > _EXCERPT_MAX:
        end = spans[0][1] if spans[0][1] - start <= _EXCERPT_MAX else start + _EXCERPT_MAX
    excerpt, offsets = _collapse(text, start, end)
    marks = []
    seen = set()
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < start or hit.end > end or (hit.start, hit.end) in seen:
            continue
        seen.add((hit.start, hit.end))
        m_start, m_end = offsets[hit.start - start], offsets[hit.end - start]
        if m_end > m_start:
            marks.append(Mark(start=m_start, end=m_end, concept=hit.concept))
    line, column = lines.at(start)
    return Evidence(
        kind="text",
        excerpt=excerpt,
        line=line,
        column=column,
        path=(region_of or {}).get(index, "body"),
        start=start,
        end=end,
        marks=tuple(marks),
    )


def _collapse(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """`text[start:end]` with whitespace runs collapsed, and for every original offset in
    [start, end] its offset in the collapsed excerpt."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for char in text[start:end]:
        offsets.append(len(out))
        if char.isspace():
            if out and not in_space:
                out.append(" ")
            in_space = True
        else:
            out.append(char)
            in_space = False
    offsets.append(len(out))
    excerpt = "".join(out).rstrip()
    return excerpt, [min(o, len(excerpt)) for o in offsets]
