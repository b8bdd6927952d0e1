"""Output stage, HTML: one self-contained page for the person who decides (no CDN, offline).

A plain-language legend, a compact header (counts; packs folded away), then documents grouped
by notice (same deciding rule + same normalised sentence) with counts, failures first and
passes last. Each group shows the verdict per purpose with the deciding finding and what to do;
a drill-down lists its documents, each quoting every sentence once with the decisive terms
marked and superseded findings folded. Inline JavaScript filters (verdict, purpose, publisher,
language, gate, rule) and builds a `--baseline` file from ticked findings or whole groups.
"""

from __future__ import annotations

import json
from html import escape

from compliance.formats.html_assets import CSS, JS
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

LEGEND = (
    ("deny", "The publisher forbids this use and offers no route to permission."),
    (
        "conditional",
        "Allowed only if you meet the listed conditions (for example written permission or"
        " attribution). Unmet conditions fail the gate until you add a grant or accept them.",
    ),
    ("allow", "A notice or machine-readable signal grants this use."),
    ("unknown", "Nothing on the page speaks about this use. Silence is not permission."),
    (
        "undetermined",
        "The check could not complete (unreadable file, unreachable robots.txt, ...). It fails"
        " closed: treat it as not allowed until it can be checked.",
    ),
    (
        "gate",
        "The overall result per document: fail when a purpose is denied or has unmet"
        " conditions, undetermined when a check could not complete, pass otherwise."
        ' "No notice found" means it passed only because nothing speaks about any use.',
    ),
)
EXIT_MEANING = {
    0: "pass",
    1: "the gate failed on content",
    2: "usage or configuration error",
    3: "nothing failed, but something was undetermined",
    4: "internal error",
}
_ORDER = ("fail", "undetermined", "pass")
_TITLES = {"fail": "Failing the gate", "undetermined": "Undetermined", "pass": "Passing"}


class _Context:
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


def _marked(excerpt: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(escape(excerpt[last:start]))
        out.append(f"<mark>{escape(excerpt[start:end])}</mark>")
        last = end
    out.append(escape(excerpt[last:]))
    return "".join(out)


def _deciding(doc: DocumentResult) -> list[Finding]:
    """Active findings that decide at least one purpose, in report order."""
    used = {fp for v in doc.verdicts.values() for fp in v.findings}
    return [f for f in doc.findings if f.fingerprint in used and not f.superseded_by]


def _no_notice(doc: DocumentResult) -> bool:
    return all(v.verdict is VerdictValue.UNKNOWN for v in doc.verdicts.values())


def _gate_label(doc: DocumentResult) -> str:
    """Never a bare "pass" for silence: all-unknown reads as "no notice found"."""
    if doc.gate != "pass" or not _no_notice(doc):
        return doc.gate
    if any(not f.superseded_by for f in doc.findings):
        return "no notice about these uses"
    return "no notice found"


def _notices(doc: DocumentResult) -> list[Finding]:
    """The findings a document is grouped and headed by: deciding ones, else any active."""
    return _deciding(doc) or [f for f in doc.findings if not f.superseded_by]


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


def _decision_table(doc: DocumentResult, ctx: _Context, compact: bool) -> str:
    """Purpose | verdict | decided by | what to do (compact: unknown rows summed up)."""
    by_fp = {f.fingerprint: f for f in doc.findings}
    rows, silent = [], []
    for purpose, verdict in doc.verdicts.items():
        if compact and verdict.verdict is VerdictValue.UNKNOWN and not verdict.changed_by:
            silent.append(purpose.value)
            continue
        deciding = [by_fp[fp] for fp in verdict.findings if fp in by_fp]
        who = "".join(
            f'<span class="rule" title="{escape(f.title)}">{escape(f.rule_id)}</span>'
            + (f" ({escape(name)})" if (name := publisher(f, ctx.facts)) else "")
            + "<br>"
            for f in deciding
        )
        if not who and verdict.reasons:
            who = escape(", ".join(verdict.reasons))
        rows.append(
            f'<tr data-purpose="{purpose.value}"><th>{purpose.value}</th>'
            f'<td class="{verdict.verdict.value}">{escape(describe(verdict))}</td>'
            f'<td class="decided-by">{who or "-"}</td>'
            f'<td class="action">{escape(action(verdict, deciding, ctx.facts))}</td></tr>'
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


def _place(doc: DocumentResult, ev: Evidence, ctx: _Context, at: int) -> str:
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


def _quotes(doc: DocumentResult, ctx: _Context) -> tuple[str, dict[str, int]]:
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
            f"[{index}] {_marked(excerpt, spans)}</blockquote>"
            f"{_place(doc, ev, ctx, spans[0][0] if spans else 0)}"
        )
    return "".join(parts), number


def _finding_line(finding: Finding, quote: int | None, ctx: _Context, accept: bool) -> str:
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


def _document(doc: DocumentResult, ctx: _Context, same_as_group: bool = False) -> str:
    active = [f for f in doc.findings if not f.superseded_by]
    superseded = [f for f in doc.findings if f.superseded_by]
    deciding = {f.fingerprint for f in _deciding(doc)}
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
            f, number.get(f.fingerprint), ctx, doc.gate == "fail" and f.fingerprint in deciding
        )
        for f in active
    )
    parts = [
        f'<article class="doc {doc.gate}" {data}>',
        f'<h4><code>{escape(doc.id)}</code> — <span class="gate-label {doc.gate}">'
        f"{_gate_label(doc)}</span></h4>",
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


def _group_head(gate: str, docs: list[DocumentResult], key: tuple[str, ...], ctx: _Context) -> str:
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
                    f"{_marked(excerpt, ctx.spans(excerpt, [f]))}</blockquote>"
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


def _groups(report: Report, ctx: _Context) -> str:
    sections: dict[str, dict[tuple[str, ...], list[DocumentResult]]] = {g: {} for g in _ORDER}
    for doc in report.documents:
        sections[doc.gate].setdefault(_signature(doc), []).append(doc)
    out = []
    for gate in _ORDER:
        groups = sorted(sections[gate].items(), key=lambda kv: (-len(kv[1]), kv[0]))
        if not groups:
            continue
        total = sum(len(d) for _, d in groups)
        out.append(
            f'<section class="gate-section" id="gate-{gate}"><h2>{_TITLES[gate]}: '
            f"{total} document(s) in {len(groups)} group(s)</h2>"
        )
        for key, docs in groups:
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


def _select(name: str, label: str, values: list[str]) -> str:
    options = '<option value="">all</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )
    return f'<label>{label} <select id="filter-{name}">{options}</select></label>'


def _triage_data(report: Report) -> str:
    """fingerprint -> [rule id, document, excerpt], as `compliance baseline create` writes them."""
    findings: dict[str, list[str]] = {}
    for doc in report.documents:
        if doc.gate != "fail":
            continue
        for f in _deciding(doc):
            excerpt = (f.evidence[0].excerpt if f.evidence else "")[:200]
            findings.setdefault(f.fingerprint, [f.rule_id, doc.source, excerpt])
    data = json.dumps({"version": report.tool.version, "findings": findings}, ensure_ascii=False)
    return data.replace("<", "\\u003c")  # no "</script>" or "<!--" inside the element


def render(report: Report) -> str:
    ctx = _Context(report)
    verdicts = list(VerdictValue)
    head = "".join(f"<th>{v.value}</th>" for v in verdicts)
    body = "".join(
        f"<tr><th>{p.value}</th>"
        + "".join(
            f'<td class="n {v.value}" data-purpose="{p.value}" data-verdict="{v.value}">'
            f"{counts.get(v, 0)}</td>"
            for v in verdicts
        )
        + "</tr>"
        for p, counts in report.summary.by_purpose.items()
    )
    active = [f for d in report.documents for f in d.findings if not f.superseded_by]
    gate = report.summary.gate
    no_notice = sum(1 for d in report.documents if _gate_label(d).startswith("no notice"))
    packs = "".join(
        f"<li><code>{escape(p.id)}</code> v{escape(p.version)}"
        + (f" — {escape(name)}" if (name := ctx.facts.get(p.id, PackFacts()).publisher) else "")
        + "</li>"
        for p in report.packs
    )
    filters = "".join(
        [
            _select("verdict", "verdict", [v.value for v in verdicts]),
            _select("purpose", "purpose", [p.value for p in report.purposes]),
            _select(
                "publisher",
                "publisher",
                sorted({n for f in active if (n := publisher(f, ctx.facts))}),
            ),
            _select(
                "language", "language", sorted({x for f in active for x in languages(f, ctx.facts)})
            ),
            _select("gate", "gate", list(_ORDER)),
            _select("rule", "rule", sorted({f.rule_id for f in active})),
        ]
    )
    legend = "".join(f'<dt class="{k}">{k}</dt><dd>{escape(t)}</dd>' for k, t in LEGEND)
    errors = ""
    if report.errors:
        items = "".join(
            f"<li><code>{escape(e.source)}"
            + (
                f":{e.line}"
                if e.line is not None
                else f"@{e.offset}"
                if e.offset is not None
                else ""
            )
            + f"</code>: {escape(e.message)}</li>"
            for e in report.errors
        )
        errors = f'<h2>Unreadable records ({len(report.errors)})</h2><ul id="errors">{items}</ul>'
    grants = ""
    if report.grants:
        expired = ", ".join(report.grants.expired)
        grants = (
            f"<li>grants: {escape(report.grants.path)}"
            + (f" (expired, not applied: {escape(expired)})" if expired else "")
            + "</li>"
        )
    exit_text = EXIT_MEANING.get(report.exit_code, "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compliance report {escape(report.generated_at)}</title>
<style>{CSS}</style></head>
<body>
<h1>Compliance report</h1>
<p class="headline"><b id="count-documents">{report.summary.documents}</b> document(s) checked for
{escape(", ".join(p.value for p in report.purposes))}:
<b class="deny"><span id="count-fail">{gate.get("fail", 0)}</span> fail</b>,
<b class="undetermined"><span id="count-undetermined">{gate.get("undetermined", 0)}</span>
undetermined</b>, <b class="allow"><span id="count-pass">{gate.get("pass", 0)}</span> pass</b>
(<span id="count-no-notice">{no_notice}</span> of them only because no notice speaks
about these uses) ·
<span id="count-errors">{report.summary.errors}</span> unreadable record(s)</p>
<p class="meta">Exit code <b id="exit-code">{report.exit_code}</b> ({escape(exit_text)}) ·
generated {escape(report.generated_at)} by {escape(report.tool.name)}
{escape(report.tool.version)}</p>
<details id="run-details"><summary>Run details: profile {escape(report.profile)},
{len(report.packs)} rule pack(s)</summary><ul>{grants}
<li>command: <code>{escape(" ".join(report.run.argv) or "compliance")}</code></li>
<li>rule packs:<ul id="packs">{packs}</ul></li></ul></details>
<section id="legend"><h2>How to read this report</h2><dl>{legend}</dl></section>
<h2>Verdicts per purpose</h2>
<table id="summary"><tr><th>purpose</th>{head}</tr>{body}</table>
<h2>Documents by notice</h2>
<div id="toolbar"><div id="filters">{filters} <span>showing
<b id="shown-count">{len(report.documents)}</b> of {len(report.documents)} documents</span></div>
<div id="triage"><b>Accept findings into a baseline:</b> tick findings or groups, then
<label>reason <input type="text" id="triage-reason" placeholder="why this is acceptable"></label>
<label>owner <input type="text" id="triage-owner" placeholder="who decided"></label>
<label>expires <input type="date" id="triage-expires"></label>
<button type="button" id="triage-download">Download baseline
(<span id="triage-count">0</span>)</button>
<span id="triage-status" role="status"></span></div></div>
<div id="groups">{_groups(report, ctx)}</div>
{errors}
<script type="application/json" id="triage-data">{_triage_data(report)}</script>
<script>{JS}</script>
</body></html>
"""
