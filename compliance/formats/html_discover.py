"""Output stage, HTML: the discover section, and a self-contained page around it.

`section(report)` is the `<section id="discover">` a page embeds: one card per candidate in
rank order (status, site, share of the site's pages, the wording, its concept hits, what the
current rules decide, the draft pack's proposal), then the sites that contradict their
robots.txt. `render(report)` wraps it in the compliance report's own style (no CDN).
"""

from __future__ import annotations

from html import escape

from compliance.discover.model import Candidate, DiscoverReport
from compliance.formats.html_assets import CSS
from compliance.formats.html_report import unreadable_records

STATUS_CLASS = {
    "unexplained": "deny",
    "partly": "undetermined",
    "explained": "allow",
    "harmless": "unknown",
}
STATUS_TEXT = {
    "unexplained": "no rule explains it",
    "partly": "rules explain it only in part",
    "explained": "the current rules explain it",
    "harmless": "boilerplate without notice concepts",
}
_CSS = """
section#discover article.candidate{border:1px solid #cfcfcf;border-radius:6px;margin:.8rem 0;
  padding:.5rem .9rem}
section#discover article.candidate.unexplained{border-left:6px solid #a40000}
section#discover article.candidate.partly{border-left:6px solid #d89000}
section#discover article.candidate.explained{border-left:6px solid #2b8a2b}
"""


def _candidate(c: Candidate) -> str:
    concepts = ", ".join(f"{escape(x.concept)} «{escape(x.term)}»" for x in c.concepts) or "none"
    verdicts = (
        "".join(
            f'<li><span class="{escape(v.verdict)}">{escape(p)}: {escape(v.verdict)}</span>'
            + (f" ({escape(', '.join(v.conditions))})" if v.conditions else "")
            + "</li>"
            for p, v in c.verdicts.items()
        )
        or "<li>nothing: every purpose unknown</li>"
    )
    proposal = ""
    if c.proposal is not None:
        effect = ", ".join(f"{escape(p)} {escape(v)}" for p, v in c.proposal.effect.items())
        conditions = escape(", ".join(c.proposal.conditions)) or "none"
        phrases = "".join(f"<li><code>{escape(p)}</code></li>" for p in c.proposal.phrases)
        where = (
            f" written to <code>{escape(c.proposal.pack_file)}</code>"
            if c.proposal.pack_file
            else ""
        )
        proposal = (
            f"<p><b>Draft pack</b>{where} (review required): {effect}; conditions:"
            f" {conditions}; phrases:</p><ul>{phrases}</ul>"
        )
    status = f'<span class="{STATUS_CLASS[c.status]}">{escape(c.status)}</span>'
    meaning = STATUS_TEXT[c.status]
    if c.uncovered and c.status == "partly":
        meaning += f": {', '.join(c.uncovered)} not decided"
    return f"""<article class="candidate {escape(c.status)}" data-status="{escape(c.status)}"
data-site="{escape(c.site)}"><h3>#{c.rank} {status}
· {escape(c.site)} · <span class="count">{c.documents} of {c.site_documents} pages
({c.share:.0%})</span></h3>
<p>{escape(meaning)}.</p>
<blockquote>{escape(c.text)}</blockquote>
<p>Concepts: {concepts}</p>
<p>Current rules: {escape(", ".join(c.rule_ids)) or "none"}</p><ul>{verdicts}</ul>
{proposal}<p class="meta">{c.variants} wording(s) seen; samples:
{escape(", ".join(c.sample_ids))}</p></article>"""


def section(report: DiscoverReport) -> str:
    """The discover section: candidates in rank order, then self-contradicting sites."""
    s = report.summary
    counts = s.candidates
    cards = "".join(_candidate(c) for c in report.candidates) or "<p>No recurring notice found.</p>"
    consistency = ""
    if report.consistency:
        items = "".join(
            f"<li><b>{escape(x.site)}</b> (<code>{escape(x.rule_id)}</code>): the notice"
            f" «{escape(x.notice)}» reserves {escape(', '.join(x.reserved))}, while"
            f" {escape(x.robots_source)} allows the AI agents"
            f" ({escape('; '.join(x.evidence))}). {escape(x.message)}</li>"
            for x in report.consistency
        )
        consistency = (
            f"<h3>Sites that contradict their robots.txt ({len(report.consistency)})</h3>"
            f'<ul id="discover-consistency">{items}</ul>'
        )
    return f"""<section id="discover"><h2>Notices discovered</h2>
<p class="headline">{s.documents:,} document(s) on {s.sites:,} site(s):
<b class="deny">{counts["unexplained"]} unexplained</b>,
<b class="undetermined">{counts["partly"]} partly explained</b>,
<b class="allow">{counts["explained"]} explained</b> · {s.packs_emitted} draft pack(s) ·
{s.errors:,} unreadable record(s)</p>
{cards}{consistency}</section>"""


def embedded(report: DiscoverReport) -> str:
    """The section with its own styles, for the scan's HTML report
    (`compliance report render SCAN.json --discover DISCOVER.json`)."""
    return f"<style>{_CSS}</style>{section(report)}"


def render(report: DiscoverReport) -> str:
    """A self-contained page holding the discover section."""
    errors = unreadable_records(report.errors, report.summary.errors)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Compliance discover {escape(report.generated_at)}</title>
<style>{CSS}{_CSS}</style></head>
<body><h1>Compliance discover</h1>
<p class="meta">Exit code <b id="exit-code">{report.exit_code}</b> · generated
{escape(report.generated_at)} by {escape(report.tool.name)} {escape(report.tool.version)} ·
inputs: {escape(", ".join(report.inputs))}</p>
{section(report)}{errors}</body></html>
"""
