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
from collections.abc import Sequence
from html import escape

from compliance.formats.html_assets import CSS, JS
from compliance.formats.html_documents import ORDER, Context, deciding, gate_label, groups
from compliance.formats.html_notices import PackFacts, languages, publisher
from compliance.model import ErrorEntry, Report, VerdictValue

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
        for f in deciding(doc):
            excerpt = (f.evidence[0].excerpt if f.evidence else "")[:200]
            findings.setdefault(f.fingerprint, [f.rule_id, doc.source, excerpt])
    data = json.dumps({"version": report.tool.version, "findings": findings}, ensure_ascii=False)
    return data.replace("<", "\\u003c")  # no "</script>" or "<!--" inside the element


def unreadable_records(errors: Sequence[ErrorEntry], count: int) -> str:
    """The list of records that could not be read, each naming its file and line (or byte
    offset), under a heading with their `count` (more than listed when some were omitted)."""
    if not errors:
        return ""
    items = "".join(
        f"<li><code>{escape(e.source)}"
        + (f":{e.line}" if e.line is not None else f"@{e.offset}" if e.offset is not None else "")
        + f"</code>: {escape(e.message)}</li>"
        for e in errors
    )
    return f'<h2>Unreadable records ({count})</h2><ul id="errors">{items}</ul>'


def render(report: Report, sections: Sequence[str] = ()) -> str:
    """The reviewer's page; `sections` (ready HTML, e.g. the discover section) go after the
    documents."""
    ctx = Context(report)
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
    no_notice = sum(1 for d in report.documents if gate_label(d).startswith("no notice"))
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
            _select("gate", "gate", list(ORDER)),
            _select("rule", "rule", sorted({f.rule_id for f in active})),
        ]
    )
    legend = "".join(f'<dt class="{k}">{k}</dt><dd>{escape(t)}</dd>' for k, t in LEGEND)
    errors = unreadable_records(report.errors, len(report.errors))
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
<span id="triage-status" role="status"></span>
<noscript>Filters and triage need JavaScript; without it use
<code>compliance baseline create REPORT.json</code>.</noscript></div></div>
<div id="groups">{groups(report, ctx)}</div>
{errors}
{"".join(sections)}
<script type="application/json" id="triage-data">{_triage_data(report)}</script>
<script>{JS}</script>
</body></html>
"""
