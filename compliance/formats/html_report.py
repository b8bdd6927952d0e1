"""Output stage, HTML: one self-contained page for reviewers (no external CSS, JS or fonts).

Shows the run (tool, packs, profile, exit code), counts per purpose × verdict, then every
document with its verdicts and each finding's evidence highlighted in its sentence. Inline
JavaScript filters the documents by verdict, rule, publisher (pack) and language; filtering
only hides elements, so the page works as a plain document with scripts off too.

The language of a finding is read from its pack id (`notices-en` → `en`), since findings do
not carry the rule's language; findings of other packs show as `-`.
"""

from __future__ import annotations

import re
from html import escape

from compliance.formats.text import describe
from compliance.model import DocumentResult, Evidence, Finding, Report, VerdictValue

_LANG = re.compile(r"-([a-z]{2,3}(?:-[A-Za-z]{4})?)$")

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 2rem 3rem;color:#1b1b1b}
h1{font-size:1.4rem} table{border-collapse:collapse;margin:.5rem 0}
td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.deny{color:#a40000}.undetermined{color:#8a5a00}.conditional{color:#5b4b00}
.allow{color:#1d6b1d}.unknown{color:#666}
#filters{position:sticky;top:0;background:#f6f6f6;padding:.5rem;border:1px solid #ddd}
#filters label{margin-right:1rem}
article.doc{border:1px solid #ddd;border-radius:4px;margin:.6rem 0;padding:.4rem .8rem}
article.doc.fail{border-left:5px solid #a40000}
article.doc.undetermined{border-left:5px solid #d89000}
article.doc.pass{border-left:5px solid #2b8a2b}
mark{background:#ffe36e;padding:0 .1rem} blockquote{margin:.3rem 0 .3rem 1rem;color:#333}
.meta{color:#666;font-size:.9em} code{font-size:.92em}
"""

_JS = """
(function(){
  var ids=['filter-verdict','filter-rule','filter-publisher','filter-language','filter-gate'];
  function has(list,value){return !value || (' '+list+' ').indexOf(' '+value+' ')>=0;}
  function apply(){
    var v=ids.map(function(i){return document.getElementById(i).value;});
    var docs=document.querySelectorAll('article.doc'); var shown=0;
    for(var k=0;k<docs.length;k++){
      var d=docs[k].dataset;
      var ok=has(d.verdicts,v[0])&&has(d.rules,v[1])&&has(d.publishers,v[2])
             &&has(d.languages,v[3])&&has(d.gate,v[4]);
      docs[k].hidden=!ok; if(ok){shown++;}
    }
    document.getElementById('shown-count').textContent=String(shown);
  }
  ids.forEach(function(i){document.getElementById(i).addEventListener('change',apply);});
  apply();
})();
"""


def _language(finding: Finding) -> str:
    match = _LANG.search(finding.pack_id)
    return match.group(1) if match else "-"


def _select(name: str, label: str, values: list[str]) -> str:
    options = '<option value="">all</option>' + "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )
    return f'<label>{label} <select id="filter-{name}">{options}</select></label>'


def _evidence(ev: Evidence) -> str:
    where = []
    if ev.line is not None:
        where.append(f"line {ev.line}" + (f":{ev.column}" if ev.column else ""))
    if ev.path:
        where.append(ev.path)
    place = (
        f' <span class="meta">[{escape(ev.kind)}{", " if where else ""}'
        f"{escape(', '.join(where))}]</span>"
    )
    return f"<blockquote><mark>{escape(ev.excerpt)}</mark>{place}</blockquote>"


def _document(doc: DocumentResult) -> str:
    active = [f for f in doc.findings if not f.superseded_by]
    verdicts = sorted({v.verdict.value for v in doc.verdicts.values()})
    attrs = {
        "gate": doc.gate,
        "verdicts": " ".join(verdicts),
        "rules": " ".join(sorted({f.rule_id for f in active})),
        "publishers": " ".join(sorted({f.pack_id for f in active})),
        "languages": " ".join(sorted({_language(f) for f in active})),
    }
    data = " ".join(f'data-{k}="{escape(v)}"' for k, v in attrs.items())
    rows = "".join(
        f'<tr><td>{p.value}</td><td class="{v.verdict.value}">{escape(describe(v))}</td></tr>'
        for p, v in doc.verdicts.items()
    )
    url = f' · <a href="{escape(doc.url)}">{escape(doc.url)}</a>' if doc.url else ""
    parts = [
        f'<article class="doc {doc.gate}" {data}>',
        f'<h3><code>{escape(doc.id)}</code> — <span class="gate">{doc.gate}</span></h3>',
        f'<div class="meta">{escape(doc.source)}{url}</div>',
        f"<table><tr><th>purpose</th><th>verdict</th></tr>{rows}</table>",
    ]
    for finding in doc.findings:
        note = (
            f' <span class="meta">(superseded by {escape(finding.superseded_by)})</span>'
            if finding.superseded_by
            else ""
        )
        parts.append(
            f'<div class="finding"><b>{escape(finding.rule_id)}</b>{note} '
            f'<span class="meta">{escape(finding.pack_id)} · {finding.confidence.value} · '
            f"fingerprint {finding.fingerprint}</span><br>{escape(finding.message)}"
        )
        parts.extend(_evidence(ev) for ev in finding.evidence[:3])
        parts.append("</div>")
    for problem in doc.problems:
        parts.append(
            f'<p class="undetermined">problem <code>{escape(problem.code)}</code>: '
            f"{escape(problem.message)}</p>"
        )
    parts.append("</article>")
    return "".join(parts)


def render(report: Report) -> str:
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
    findings = [f for d in report.documents for f in d.findings if not f.superseded_by]
    gate = report.summary.gate
    packs = ", ".join(f"{escape(p.id)} v{escape(p.version)}" for p in report.packs)
    filters = "".join(
        [
            _select("verdict", "verdict", [v.value for v in verdicts]),
            _select("rule", "rule", sorted({f.rule_id for f in findings})),
            _select("publisher", "publisher", sorted({f.pack_id for f in findings})),
            _select("language", "language", sorted({_language(f) for f in findings})),
            _select("gate", "gate", ["pass", "fail", "undetermined"]),
        ]
    )
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
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compliance report {escape(report.generated_at)}</title>
<style>{_CSS}</style></head>
<body>
<h1>Compliance report</h1>
<p class="meta">Generated {escape(report.generated_at)} by {escape(report.tool.name)}
{escape(report.tool.version)} · profile <code>{escape(report.profile)}</code> ·
exit code <b id="exit-code">{report.exit_code}</b> · packs: {packs}</p>
<h2>Summary</h2>
<p>Documents: <b id="count-documents">{report.summary.documents}</b>
(<span id="count-pass">{gate.get("pass", 0)}</span> pass,
<span id="count-fail">{gate.get("fail", 0)}</span> fail,
<span id="count-undetermined">{gate.get("undetermined", 0)}</span> undetermined) ·
errors: <b id="count-errors">{report.summary.errors}</b></p>
<table id="summary"><tr><th>purpose</th>{head}</tr>{body}</table>
<h2>Documents</h2>
<div id="filters">{filters} <span>showing <b id="shown-count">{len(report.documents)}</b>
of {len(report.documents)}</span></div>
<section id="documents">{"".join(_document(d) for d in report.documents)}</section>
{errors}
<script>{_JS}</script>
</body></html>
"""
