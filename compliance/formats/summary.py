"""Human summary (`-f summary`): a screenful a reviewer reads before opening the full report.

Documents and gate counts, verdict counts per purpose, and the notices that decided most
documents. The JSON summary (pack hashes, run metadata) stays available as `summary-json`.
Notice counts are keyed by rule id, so their number is bounded by the loaded rules, and can be
counted from report lines on disk (`notice_counts`) when a scan streams its documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from compliance.model import Report, VerdictValue

TOP_NOTICES = 10


def notice_counts(documents: Iterable[Mapping[str, Any]]) -> Counter[tuple[str, str]]:
    """(rule id, title) -> number of documents where one of its findings decided a verdict."""
    counts: Counter[tuple[str, str]] = Counter()
    for doc in documents:
        deciding = {fp for v in doc.get("verdicts", {}).values() for fp in v.get("findings", ())}
        rules = {
            (f["rule_id"], f.get("title", ""))
            for f in doc.get("findings", ())
            if not f.get("superseded_by") and f.get("fingerprint") in deciding
        }
        counts.update(rules)
    return counts


def _accepted_documents(report: Report, accepted: Mapping[str, str]) -> int:
    return sum(1 for d in report.documents if any(f.fingerprint in accepted for f in d.findings))


def render(
    report: Report,
    accepted: Mapping[str, str] | None = None,
    notices: Counter[tuple[str, str]] | None = None,
) -> str:
    if notices is None:
        notices = notice_counts(
            d.model_dump(mode="json", include={"verdicts", "findings"}) for d in report.documents
        )
    gate = report.summary.gate
    out = [
        f"compliance summary · {report.generated_at} · profile {report.profile}"
        f" · exit {report.exit_code}",
        "",
        f"documents  {report.summary.documents:>7}   pass {gate.get('pass', 0)}"
        f"   fail {gate.get('fail', 0)}   undetermined {gate.get('undetermined', 0)}"
        f"   unreadable records {report.summary.errors}",
        "",
    ]
    verdicts = list(VerdictValue)
    width = max((len(p.value) for p in report.summary.by_purpose), default=7)
    cols = [max(len(v.value), 7) for v in verdicts]
    out.append(
        f"{'purpose':<{width}}  " + "  ".join(f"{v.value:>{c}}" for v, c in zip(verdicts, cols))
    )
    for purpose, counts in report.summary.by_purpose.items():
        out.append(
            f"{purpose.value:<{width}}  "
            + "  ".join(f"{counts.get(v, 0):>{c}}" for v, c in zip(verdicts, cols))
        )
    out += ["", "top notices (documents they decide)"]
    top = sorted(notices.items(), key=lambda item: (-item[1], item[0]))[:TOP_NOTICES]
    out += [f"  {n:>7}  {rule}" + (f" — {title}" if title else "") for (rule, title), n in top]
    if not top:
        out.append("        -  no notice decided any verdict")
    if len(notices) > TOP_NOTICES:
        out.append(f"  ... and {len(notices) - TOP_NOTICES} more rule(s): see the full report")
    if accepted is not None and report.documents:
        out += [
            "",
            f"baseline: findings accepted in {_accepted_documents(report, accepted)} document(s)",
        ]
    return "\n".join(out) + "\n"
