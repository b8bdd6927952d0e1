"""The HTML report's documents: notice groups, decision tables, quotes, document cards.

Documents are grouped by the notices that decided them (same rule + same normalised
sentence), failures first, passes last. Each group heads with its notice, the verdict per
purpose with the deciding finding and what to do; the drill-down holds one card per document
that quotes each sentence once with the decisive terms marked and folds superseded findings.
"""

from __future__ import annotations

from html import escape

from compliance.formats.html_notices import (
    Marker,
    PackFacts,
    SourceLines,
    action,
    languages,
    normalised,
    pack_facts,
    plain,
    publisher,
)
from compliance.formats.text import describe
from compliance.model import DocumentResult, Evidence, Finding, Report, VerdictValue

ORDER = ("fail", "undetermined", "pass")
_TITLES = {"fail": "Failing the gate", "undetermined": "Undetermined", "pass": "Passing"}


class Context:
    """Per-render caches: pack facts, decisive spans per sentence, source files."""

    def __init__(self, report: Report) -> None:
        used = {f.pack_id for d in report.documents for f in d.findings}
        self.facts: dict[str, PackFacts] = pack_facts(report.packs, used)
        self.lines = SourceLines()
        self.marker = Marker(self.facts)
        self._spans: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}

    def spans(self, excerpt: str, findings: list[Finding]) -> list[tuple[int, int]]:
        key = (excerpt, tuple(sorted({f.rule_id for f in findings})))
        if key not in self._spans:
            self._spans[key] = self.marker.spans(excerpt, findings)
        return self._spans[key]


def marked(excerpt: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(escape(excerpt[last:start]))
        out.append(f"<mark>{escape(excerpt[start:end])}</mark>")
        last = end
    out.append(escape(excerpt[last:]))
    return "".join(out)


def deciding(doc: DocumentResult) -> list[Finding]:
    """Active findings that decide at least one purpose, in report order."""
    used = {fp for v in doc.verdicts.values() for fp in v.findings}
    return [f for f in doc.findings if f.fingerprint in used and not f.superseded_by]


def _no_notice(doc: DocumentResult) -> bool:
    return all(v.verdict is VerdictValue.UNKNOWN for v in doc.verdicts.values())


def gate_label(doc: DocumentResult) -> str:
    """Never a bare "pass" for silence: all-unknown reads as "no notice found"."""
    if doc.gate != "pass" or not _no_notice(doc):
        return doc.gate
    if any(not f.superseded_by for f in doc.findings):
        return "no notice about these uses"
    return "no notice found"


def _notices(doc: DocumentResult) -> list[Finding]:
    """The findings a document is grouped and headed by: deciding ones, else any active."""
    return deciding(doc) or [f for f in doc.findings if not f.superseded_by]


def _signature(doc: DocumentResult) -> tuple[str, ...]:
    """The notices that decided this document (same rule + same normalised sentence)."""
    keys = sorted(
        {
            f"{f.rule_id}\x1f{normalised(f.evidence[0].excerpt if f.evidence else '')}"
            for f in _notices(doc)
        }
    )
    if keys:
        return tuple(keys)
    if doc.problems:
        return tuple(sorted({f"problem\x1f{p.code}" for p in doc.problems}))
    return ("none",) if _no_notice(doc) else ("other",)


def _decision_table(doc: DocumentResult, ctx: Context, compact: bool) -> str:
    """Purpose | verdict | decided by | what to do (compact: unknown rows summed up)."""
    by_fp = {f.fingerprint: f for f in doc.findings}
    rows, silent = [], []
    for purpose, verdict in doc.verdicts.items():
        if compact and verdict.verdict is VerdictValue.UNKNOWN and not verdict.changed_by:
            silent.append(purpose.value)
            continue
        decided = [by_fp[fp] for fp in verdict.findings if fp in by_fp]
        who = "".join(
            f'<span class="rule" title="{escape(f.title)}">{escape(f.rule_id)}</span>'
            + (f" ({escape(name)})" if (name := publisher(f, ctx.facts)) else "")
            + "<br>"
            for f in decided
        )
        if not who and verdict.reasons:
            who = escape(", ".join(verdict.reasons))
        rows.append(
            f'<tr data-purpose="{purpose.value}"><th>{purpose.value}</th>'
            f'<td class="{verdict.verdict.value}">{escape(describe(verdict))}</td>'
            f'<td class="decided-by">{who or "-"}</td>'
            f'<td class="action">{escape(action(verdict, decided, ctx.facts))}</td></tr>'
        )
    table = ""
    if rows:
        table = (
            '<table class="decide"><tr><th>purpose</th><th>verdict</th>'
            f"<th>decided by</th><th>what to do</th></tr>{''.join(rows)}</table>"
        )
    if silent:
        table += f'<p class="meta">No notice speaks about: {", ".join(silent)} (unknown).</p>'
    return table


def _place(doc: DocumentResult, ev: Evidence, ctx: Context, at: int) -> str:
    where = []
    source_line = ctx.lines.line(doc, ev, at)
    if source_line is not None:
        where.append(f"line {source_line} of {doc.source}")
    elif ev.line is not None:
        text_line = f"line {ev.line}" + (f":{ev.column}" if ev.column else "")
        where.append(text_line + (" of the page text" if doc.kind == "html" else ""))
    if ev.path:
        where.append(ev.path)
    shown = escape(ev.kind) + (": " + escape(", ".join(where)) if where else "")
    return f'<span class="meta">[{shown}]</span>'


def _quotes(doc: DocumentResult, ctx: Context) -> tuple[str, dict[str, int]]:
    """Every quoted sentence once, decisive terms marked; finding fingerprint -> quote number."""
    order: dict[str, tuple[Evidence, list[Finding]]] = {}
    number: dict[str, int] = {}
    for finding in doc.findings:
        for ev in finding.evidence:
            entry = order.setdefault(ev.excerpt, (ev, []))
            if finding not in entry[1]:
                entry[1].append(finding)
            number.setdefault(finding.fingerprint, list(order).index(ev.excerpt) + 1)
    parts = []
    for index, (excerpt, (ev, findings)) in enumerate(order.items(), start=1):
        active = [f for f in findings if not f.superseded_by] or findings
        spans = ctx.spans(excerpt, active)
        parts.append(
            '<blockquote class="quote">'
            f"[{index}] {marked(excerpt, spans)}</blockquote>"
            f"{_place(doc, ev, ctx, spans[0][0] if spans else 0)}"
        )
    return "".join(parts), number


def _finding_line(finding: Finding, quote: int | None, ctx: Context, accept: bool) -> str:
    box = (
        f'<label><input type="checkbox" class="accept-finding" data-fp="{finding.fingerprint}">'
        " accept</label> "
        if accept
        else ""
    )
    name = publisher(finding, ctx.facts)
    meta = " · ".join(
        x
        for x in (
            f"publisher {name}" if name else f"pack {finding.pack_id}",
            finding.confidence.value,
            f"quote [{quote}]" if quote else "",
            f"fingerprint {finding.fingerprint}",
        )
        if x
    )
    return (
        f'<li class="finding">{box}<b>{escape(finding.title)}</b> '
        f'<span class="rule">{escape(finding.rule_id)}</span> '
        f'<span class="meta">{escape(meta)}</span><br>{escape(plain(finding.message))}</li>'
    )


def _decision_key(doc: DocumentResult) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """What a decision table shows, to print it once per group when documents agree."""
    rules = {f.fingerprint: f.rule_id for f in doc.findings}
    return tuple(
        (p.value, describe(v), tuple(rules.get(fp, fp) for fp in v.findings))
        for p, v in doc.verdicts.items()
    )


def _document(doc: DocumentResult, ctx: Context, same_as_group: bool = False) -> str:
    active = [f for f in doc.findings if not f.superseded_by]
    superseded = [f for f in doc.findings if f.superseded_by]
    decisive = {f.fingerprint for f in deciding(doc)}
    langs = sorted({lang for f in active for lang in languages(f, ctx.facts)})
    attrs = {
        "gate": doc.gate,
        "pv": "|".join(f"{p.value}:{v.verdict.value}" for p, v in doc.verdicts.items()),
        "rules": "|".join(sorted({f.rule_id for f in active})),
        "publishers": "|".join(sorted({n for f in active if (n := publisher(f, ctx.facts))})),
        "languages": "|".join(langs),
    }
    data = " ".join(f'data-{k}="{escape(v)}"' for k, v in attrs.items())
    url = f' · <a href="{escape(doc.url)}">{escape(doc.url)}</a>' if doc.url else ""
    lang = f" · language {escape(', '.join(langs))}" if langs else ""
    quotes, number = _quotes(doc, ctx)
    items = "".join(
        _finding_line(
            f, number.get(f.fingerprint), ctx, doc.gate == "fail" and f.fingerprint in decisive
        )
        for f in active
    )
    parts = [
        f'<article class="doc {doc.gate}" {data}>',
        f'<h4><code>{escape(doc.id)}</code> — <span class="gate-label {doc.gate}">'
        f"{gate_label(doc)}</span></h4>",
        f'<div class="meta">{escape(doc.source)}{url}{lang}</div>',
        '<p class="meta">Verdicts, deciding findings and actions as in the group above.</p>'
        if same_as_group
        else _decision_table(doc, ctx, compact=True),
        quotes,
        f'<ul class="findings">{items}</ul>' if items else "",
    ]
    if superseded:
        folded = "".join(
            _finding_line(f, number.get(f.fingerprint), ctx, False).replace(
                "</li>",
                f' <span class="meta">(superseded by {escape(f.superseded_by or "")})</span></li>',
            )
            for f in superseded
        )
        parts.append(
            f'<details class="superseded"><summary>{len(superseded)} superseded finding(s):'
            f" a publisher rule already covers the same sentence</summary>"
            f'<ul class="findings">{folded}</ul></details>'
        )
    for problem in doc.problems:
        parts.append(
            f'<p class="undetermined">could not check ({escape(problem.code)}): '
            f"{escape(plain(problem.message))}</p>"
        )
    parts.append("</article>")
    return "".join(parts)


def _group_head(gate: str, docs: list[DocumentResult], key: tuple[str, ...], ctx: Context) -> str:
    first = docs[0]
    notices = _notices(first)
    if notices:
        titles = []
        for f in notices:
            name = publisher(f, ctx.facts)
            excerpt = f.evidence[0].excerpt if f.evidence else ""
            titles.append(
                f'<h3>{escape(f.title)} <span class="rule">{escape(f.rule_id)}</span>'
                + (f' <span class="publisher">— {escape(name)}</span>' if name else "")
                + "</h3>"
                + (
                    '<blockquote class="quote">'
                    f"{marked(excerpt, ctx.spans(excerpt, [f]))}</blockquote>"
                    if excerpt
                    else ""
                )
            )
        head = "".join(titles)
    elif key[0].startswith("problem"):
        head = (
            "<h3>Could not be checked: "
            + escape(", ".join(k.split("\x1f")[1] for k in key))
            + "</h3>"
        )
    elif key == ("none",):
        head = (
            '<h3>No notice found</h3><p class="meta">Nothing on these pages speaks about any'
            " use (unknown everywhere).</p>"
        )
        return head
    else:
        head = "<h3>No deciding notice</h3>"
    return head + _decision_table(first, ctx, compact=True)


def groups(report: Report, ctx: Context) -> str:
    """Every document in its notice group, sections in gate order (failures first)."""
    sections: dict[str, dict[tuple[str, ...], list[DocumentResult]]] = {g: {} for g in ORDER}
    for doc in report.documents:
        sections[doc.gate].setdefault(_signature(doc), []).append(doc)
    out = []
    for gate in ORDER:
        ordered = sorted(sections[gate].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if not ordered:
            continue
        total = sum(len(d) for _, d in ordered)
        out.append(
            f'<section class="gate-section" id="gate-{gate}"><h2>{_TITLES[gate]}: '
            f"{total} document(s) in {len(ordered)} group(s)</h2>"
        )
        for key, docs in ordered:
            shown = _decision_key(docs[0])
            accept = (
                '<label class="accept"><input type="checkbox" class="accept-group"> accept this'
                " notice in every shown document</label>"
                if gate == "fail"
                else ""
            )
            out.append(
                f'<section class="group {gate}"><div class="group-head">'
                f'<span class="count"><span class="group-count">{len(docs)}</span>'
                " document(s)</span> "
                f"{accept}{_group_head(gate, docs, key, ctx)}</div>"
                f'<details class="drill"{" open" if len(docs) <= 3 else ""}><summary>'
                f"Documents of this group</summary>"
                + "".join(_document(d, ctx, _decision_key(d) == shown) for d in docs)
                + "</details></section>"
            )
        out.append("</section>")
    return "".join(out)
