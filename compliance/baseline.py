"""Gate stage, accepted findings: a baseline file lists findings a reviewer has accepted.

Like detect-secrets' baseline, entries are keyed by the finding fingerprint of DESIGN.md §3
(rule id, normalised evidence, document host or id — no line numbers), so an accepted finding
survives edits, but accepting one ANTARA article does not accept every ANTARA article.
With `--baseline FILE` the gate fails only on findings that are not in it; entries past their
`expires` date stop counting and are reported so that someone renews or drops them.

File format (JSON, sorted, `format_version: 1`)::

    {"format_version": 1, "created_at": "...", "tool": {"name": "compliance", "version": "..."},
     "entries": [{"fingerprint": "...", "rule_id": "...", "document": "...", "excerpt": "...",
                  "reason": "...", "owner": "...", "expires": "2027-06-30" | null}]}
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compliance.decide import Policy, document_gate, purpose_gate
from compliance.errors import ConfigError, Located
from compliance.model import DocumentResult, Gate

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    fingerprint: str
    rule_id: str = ""
    document: str = ""
    excerpt: str = ""
    reason: str = ""
    owner: str = ""
    expires: dt.date | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "rule_id": self.rule_id,
            "document": self.document,
            "excerpt": self.excerpt,
            "reason": self.reason,
            "owner": self.owner,
            "expires": self.expires.isoformat() if self.expires else None,
        }


@dataclass(slots=True)
class Baseline:
    """Loaded entries, split by the run's date into active and expired."""

    path: str
    entries: tuple[BaselineEntry, ...]
    today: dt.date
    used: set[str] = field(default_factory=set)
    expired_hit: set[str] = field(default_factory=set)

    @property
    def active(self) -> frozenset[str]:
        return frozenset(e.fingerprint for e in self.entries if not _expired(e, self.today))

    def reasons(self) -> dict[str, str]:
        """Fingerprint -> reason of the active entries: what reports mark as accepted."""
        return {
            e.fingerprint: e.reason or "no reason given"
            for e in self.entries
            if not _expired(e, self.today)
        }

    @property
    def expired(self) -> tuple[BaselineEntry, ...]:
        return tuple(e for e in self.entries if _expired(e, self.today))

    def apply(self, result: DocumentResult, policy: Policy) -> DocumentResult:
        """Re-gate one result: a failing purpose passes when all its deciding findings are
        accepted. Verdicts stay as they are (the report is an audit record); only the gate moves.
        """
        if result.gate != "fail":
            return result
        active = self.active
        expired = {e.fingerprint for e in self.expired}
        gates: list[Gate] = []
        for purpose, verdict in result.verdicts.items():
            gate = purpose_gate(purpose, verdict, policy)
            if gate == "fail" and verdict.findings:
                if all(f in active for f in verdict.findings):
                    self.used.update(verdict.findings)
                    gate = "pass"
                else:
                    self.expired_hit.update(f for f in verdict.findings if f in expired)
            gates.append(gate)
        new_gate = document_gate(gates)
        return result if new_gate == result.gate else result.model_copy(update={"gate": new_gate})


def _expired(entry: BaselineEntry, today: dt.date) -> bool:
    return entry.expires is not None and entry.expires < today


def load_baseline(path: str | Path, today: dt.date) -> Baseline:
    """Read a baseline file; every problem is reported at once as a ConfigError (exit 2)."""
    shown = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except OSError as exc:
        raise ConfigError([Located(shown, 0, 0, f"cannot read baseline: {exc.strerror}")]) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            [Located(shown, exc.lineno, exc.colno, f"invalid JSON: {exc.msg}")],
            hint="recreate it with `compliance baseline create REPORT.json -o FILE`",
        ) from None
    problems: list[Located] = []
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ConfigError([Located(shown, 1, 1, "expected an object with an 'entries' list")])
    if data.get("format_version") != FORMAT_VERSION:
        problems.append(Located(shown, 1, 1, f"format_version must be {FORMAT_VERSION}"))
    entries: list[BaselineEntry] = []
    for number, raw in enumerate(data["entries"], start=1):
        where = f"entries[{number - 1}]"
        if not isinstance(raw, dict) or not isinstance(raw.get("fingerprint"), str):
            problems.append(Located(shown, 0, 0, f"{where}: 'fingerprint' (a string) is required"))
            continue
        expires = None
        if raw.get("expires"):
            try:
                expires = dt.date.fromisoformat(str(raw["expires"]))
            except ValueError:
                problems.append(
                    Located(
                        shown,
                        0,
                        0,
                        f"{where}: 'expires' must be an ISO date like 2027-06-30"
                        f" (got {raw['expires']!r})",
                    )
                )
                continue
        entries.append(
            BaselineEntry(
                fingerprint=raw["fingerprint"],
                rule_id=str(raw.get("rule_id", "")),
                document=str(raw.get("document", "")),
                excerpt=str(raw.get("excerpt", "")),
                reason=str(raw.get("reason", "")),
                owner=str(raw.get("owner", "")),
                expires=expires,
            )
        )
    if problems:
        raise ConfigError(problems, hint="fix the listed entries in the baseline file")
    return Baseline(shown, tuple(entries), today)


def entries_from_report(
    documents: Iterable[dict[str, Any]],
    *,
    reason: str,
    owner: str,
    expires: dt.date | None,
    rules: Sequence[str] = (),
    failing_only: bool = True,
) -> list[BaselineEntry]:
    """Entries for the findings of a saved report's documents (JSON dicts, DESIGN.md §3).

    By default only findings that decide a failing gate are taken: accepting what already
    passes would only hide future changes.
    """
    seen: dict[str, BaselineEntry] = {}
    for doc in documents:
        if failing_only and doc.get("gate") != "fail":
            continue
        deciding = {fp for v in doc.get("verdicts", {}).values() for fp in v.get("findings", [])}
        for finding in doc.get("findings", []):
            fingerprint = finding.get("fingerprint")
            if not fingerprint or finding.get("superseded_by"):
                continue
            if failing_only and fingerprint not in deciding:
                continue
            if rules and finding.get("rule_id") not in rules:
                continue
            evidence = finding.get("evidence") or [{}]
            seen.setdefault(
                fingerprint,
                BaselineEntry(
                    fingerprint=fingerprint,
                    rule_id=finding.get("rule_id", ""),
                    document=doc.get("source", ""),
                    excerpt=(evidence[0].get("excerpt") or "")[:200],
                    reason=reason,
                    owner=owner,
                    expires=expires,
                ),
            )
    return sorted(seen.values(), key=lambda e: (e.rule_id, e.document, e.fingerprint))


def render_baseline(entries: Sequence[BaselineEntry], *, created_at: str, version: str) -> str:
    data = {
        "format_version": FORMAT_VERSION,
        "created_at": created_at,
        "tool": {"name": "compliance", "version": version},
        "entries": [e.as_json() for e in entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
