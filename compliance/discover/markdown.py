"""Output stage, Markdown: the discover report for a pull request or an issue.

A pure function of the `DiscoverReport`: counts, then one table row per candidate in rank
order, the sites that contradict their robots.txt, and the unreadable records.
"""

from __future__ import annotations

from compliance.discover.model import Candidate, DiscoverReport


def _cell(text: str, limit: int = 240) -> str:
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return short.replace("|", "\\|").replace("\n", " ")


def _verdicts(candidate: Candidate) -> str:
    if not candidate.verdicts:
        return "none"
    return ", ".join(
        f"{p} {v.verdict}" + (f" ({', '.join(v.conditions)})" if v.conditions else "")
        for p, v in candidate.verdicts.items()
    )


def _proposal(candidate: Candidate) -> str:
    if candidate.proposal is None:
        return "-"
    effect = ", ".join(f"{p} {v}" for p, v in candidate.proposal.effect.items())
    if candidate.proposal.conditions:
        effect += f" ({', '.join(candidate.proposal.conditions)})"
    if candidate.proposal.pack_file:
        effect += f" → `{candidate.proposal.pack_file}`"
    return effect


def render(report: DiscoverReport) -> str:
    s = report.summary
    c = s.candidates
    lines = [
        "# Notices discovered",
        "",
        f"{s.records:,} record(s): {s.documents:,} document(s) on {s.sites:,} site(s),"
        f" {s.robots_files:,} robots.txt, {s.errors:,} unreadable.",
        f"Notices: **{c['unexplained']} unexplained**, {c['partly']} partly explained,"
        f" {c['explained']} explained"
        + (f", {c['harmless']} harmless boilerplate" if report.options.include_harmless else "")
        + f". Draft packs: {s.packs_emitted}. Exit code {report.exit_code}.",
        "",
        "| # | site | status | documents | notice | concepts | current verdicts | rules"
        " | proposed | samples |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for cand in report.candidates:
        concepts = ", ".join(sorted({x.concept for x in cand.concepts})) or "-"
        lines.append(
            f"| {cand.rank} | {_cell(cand.site)} | {cand.status} |"
            f" {cand.documents}/{cand.site_documents} ({cand.share:.0%}) | {_cell(cand.text)} |"
            f" {concepts} | {_cell(_verdicts(cand))} | {', '.join(cand.rule_ids) or '-'} |"
            f" {_cell(_proposal(cand))} | {_cell(', '.join(cand.sample_ids[:3]))} |"
        )
    if not report.candidates:
        lines.append("| - | - | - | - | no recurring notice found | - | - | - | - | - |")
    if report.consistency:
        lines += ["", "## Sites that contradict their robots.txt", ""]
        for item in report.consistency:
            lines.append(
                f"- **{item.site}** ({item.rule_id}): the notice «{_cell(item.notice, 160)}»"
                f" reserves {', '.join(item.reserved)}; {item.robots_source}:"
                f" {'; '.join(item.evidence) or 'allows the AI agents'}."
            )
    if report.errors:
        lines += ["", f"## Unreadable records ({s.errors})", ""]
        for error in report.errors[:100]:
            where = f":{error.line}" if error.line is not None else ""
            where = where or (f"@{error.offset}" if error.offset is not None else "")
            lines.append(f"- `{error.source}{where}`: {error.message}")
        if s.errors > 100:
            lines.append(f"- ... and {s.errors - 100} more (see the JSON report)")
    return "\n".join(lines) + "\n"
