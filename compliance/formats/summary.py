"""Human summary (`-f summary`): a screenful a reviewer reads before opening the full report.

Documents and gate counts, verdict counts per purpose, and the notices that decided most
documents, and the first documents that did not pass with why (what a pre-commit hook or a
CI log must show). The JSON summary (pack hashes, run metadata) stays as `summary-json`.
Notices are counted by rule id, so the counter is bounded by the loaded rules, and `tally`
reads report lines, so a scan that streams its documents to disk can count them there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from compliance.model import Report, VerdictValue

TOP_NOTICES = 10
FAILING_SHOWN = 10  # the first failing documents listed; the full report has them all
_RESTRICTIVE = ("deny", "conditional", "undetermined")


@dataclass
class Tally:
    """Counts beyond the report's summary: notices by documents decided, baseline hits."""

    notices: Counter[tuple[str, str]] = field(default_factory=Counter)
    accepted_documents: int = 0
    failing: list[str] = field(default_factory=list)


def _why(doc: Mapping[str, Any]) -> str:
    """`source  FAIL  ai-train: deny by rule` for one document that did not pass."""
    rules = {f.get("fingerprint"): f.get("rule_id", "") for f in doc.get("findings", ())}
    reasons: dict[str, list[str]] = {}  # one reason, the purposes it applies to
    for purpose, v in doc.get("verdicts", {}).items():
        if v.get("verdict") not in _RESTRICTIVE:
            continue
        extra = v.get("unmet") or v.get("reasons") or ()
        by = ", ".join(dict.fromkeys(rules.get(fp, fp) for fp in v.get("findings", ())))
        reason = v["verdict"] + (f" ({', '.join(extra)})" if extra else "")
        reasons.setdefault(reason + (f" by {by}" if by else ""), []).append(purpose)
    shown = "; ".join(f"{', '.join(purposes)}: {why}" for why, purposes in reasons.items())
    return f"{doc.get('source', doc.get('id', '?'))}  {str(doc.get('gate', '')).upper()}  " + (
        shown or "-"
    )


def tally(
    documents: Iterable[Mapping[str, Any]], accepted: Mapping[str, str] | None = None
) -> Tally:
    """(rule id, title) -> documents where one of its findings decided a verdict, and the
    documents holding a finding the baseline accepts; from report lines (JSON dicts)."""
    result = Tally()
    for doc in documents:
        findings = doc.get("findings", ())
        if doc.get("gate") != "pass" and len(result.failing) < FAILING_SHOWN:
            result.failing.append(_why(doc))
        if accepted and any(f.get("fingerprint") in accepted for f in findings):
            result.accepted_documents += 1
        deciding = {fp for v in doc.get("verdicts", {}).values() for fp in v.get("findings", ())}
        result.notices.update(
            {
                (f["rule_id"], f.get("title", ""))
                for f in findings
                if not f.get("superseded_by") and f.get("fingerprint") in deciding
            }
        )
    return result


def _row(first: str, width: int, cells: list[str], cols: list[int]) -> str:
    return f"{first:<{width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, cols, strict=True))


def render(
    report: Report, accepted: Mapping[str, str] | None = None, counted: Tally | None = None
) -> str:
    """The summary; `counted` comes from the report lines when a scan streamed them."""
    if counted is None:
        counted = tally(
            (
                d.model_dump(mode="json", include={"source", "gate", "verdicts", "findings"})
                for d in report.documents
            ),
            accepted,
        )
    gate = report.summary.gate
    out = [
        f"compliance summary · {report.generated_at} · profile {report.profile}"
        f" · exit {report.exit_code}",
        "",
        f"documents {report.summary.documents}: {gate.get('pass', 0)} pass,"
        f" {gate.get('fail', 0)} fail, {gate.get('undetermined', 0)} undetermined;"
        f" unreadable records {report.summary.errors}",
        "",
    ]
    verdicts = [v.value for v in VerdictValue]
    width = max([len("purpose")] + [len(p.value) for p in report.summary.by_purpose])
    cols = [max(len(v), 5) for v in verdicts]
    out.append(_row("purpose", width, verdicts, cols))
    for purpose, counts in report.summary.by_purpose.items():
        out.append(_row(purpose.value, width, [str(counts.get(v, 0)) for v in VerdictValue], cols))
    notices = counted.notices
    out += ["", "top notices (documents they decide):"]
    top = sorted(notices.items(), key=lambda item: (-item[1], item[0]))[:TOP_NOTICES]
    out += [f"  {n:>7}  {rule}" + (f" — {title}" if title else "") for (rule, title), n in top]
    if not top:
        out.append("        -  no notice decided a verdict")
    if len(notices) > TOP_NOTICES:
        out.append(f"  ... and {len(notices) - TOP_NOTICES} more rule(s): see the full report")
    not_passed = gate.get("fail", 0) + gate.get("undetermined", 0)
    if counted.failing:
        out += ["", "documents that did not pass:"]
        out += [f"  {line}" for line in counted.failing]
        if not_passed > len(counted.failing):
            out.append(f"  ... and {not_passed - len(counted.failing)} more: see the full report")
    if accepted is not None:
        out += [
            "",
            f"baseline: {len(accepted)} active entr(y/ies); findings accepted in"
            f" {counted.accepted_documents} document(s)",
        ]
    return "\n".join(out) + "\n"
