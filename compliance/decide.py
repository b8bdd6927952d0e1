"""Decision (DESIGN.md §5): findings → one verdict per purpose → gate.

Pure and deterministic. Order of restrictiveness: deny > undetermined > conditional > allow >
unknown. Grants and `--accept` can only satisfy conditions or lift a deny for the findings
they cover; an error (undetermined) is never turned into allow.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from compliance.grants import Grant
from compliance.model import (
    GRANT_SATISFIES,
    RESTRICTIVENESS,
    Finding,
    Gate,
    Problem,
    Purpose,
    Verdict,
    VerdictValue,
)
from compliance.rulepacks.schema import Profile

_D, _U, _C, _A, _N = (
    VerdictValue.DENY,
    VerdictValue.UNDETERMINED,
    VerdictValue.CONDITIONAL,
    VerdictValue.ALLOW,
    VerdictValue.UNKNOWN,
)


# Nothing spoke about the purpose: one shared immutable value (most verdicts of a scan).
_SILENT = Verdict(verdict=_N)


@dataclass(frozen=True)
class Policy:
    """What the user asked for and holds: purposes, grants, accepted conditions, gate."""

    purposes: tuple[Purpose, ...]
    profile: Profile
    grants: tuple[Grant, ...] = ()
    accept: frozenset[str] = frozenset()
    fail_on: str | None = None  # overrides the profile's
    allow_undetermined: bool = False

    @property
    def effective_fail_on(self) -> str:
        return self.fail_on or self.profile.fail_on


@dataclass
class _Contribution:
    verdict: VerdictValue
    fingerprint: str | None
    conditions: tuple[str, ...] = ()
    unmet: tuple[str, ...] = ()
    changed_by: tuple[str, ...] = ()
    reason: str | None = None


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _grant_for(
    finding: Finding, purpose: Purpose, host: str | None, policy: Policy
) -> Grant | None:
    for grant in policy.grants:
        if not grant.covers(purpose):
            continue
        if grant.publisher == finding.pack_id or grant.covers_host(host):
            return grant
    return None


def _contribution(
    finding: Finding, purpose: Purpose, host: str | None, policy: Policy
) -> _Contribution | None:
    effect = finding.effects.get(purpose)
    if effect is None:
        return None
    grant = _grant_for(finding, purpose, host, policy) if effect in (_D, _C) else None
    if effect is _D:
        if grant is not None:
            return _Contribution(_A, finding.fingerprint, changed_by=(grant.id,))
        return _Contribution(_D, finding.fingerprint)
    if effect is _C:
        changed: list[str] = []
        unmet = []
        for condition in finding.conditions:
            if grant is not None and condition in GRANT_SATISFIES:
                if grant.id not in changed:
                    changed.append(grant.id)
            elif condition in policy.accept:
                if "accept" not in changed:
                    changed.append("accept")
            else:
                unmet.append(condition)
        if not unmet:
            return _Contribution(_A, finding.fingerprint, finding.conditions, (), tuple(changed))
        return _Contribution(
            _C, finding.fingerprint, finding.conditions, tuple(unmet), tuple(changed)
        )
    return _Contribution(effect, finding.fingerprint)


def _merge(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def decide_purpose(
    purpose: Purpose,
    findings: Sequence[Finding],
    problems: Sequence[Problem],
    policy: Policy,
    url: str | None,
) -> Verdict:
    """Combine every live finding and problem into the verdict of one purpose."""
    host = host_of(url)
    contributions: list[_Contribution] = []
    for finding in findings:
        if finding.superseded_by is not None:
            continue
        contribution = _contribution(finding, purpose, host, policy)
        if contribution is not None:
            contributions.append(contribution)
    for problem in problems:
        if purpose in problem.purposes:
            contributions.append(_Contribution(_U, None, reason=problem.code))
    if not contributions:
        return _SILENT
    top = max(contributions, key=lambda c: RESTRICTIVENESS[c.verdict]).verdict
    deciding = [c for c in contributions if c.verdict is top]
    return Verdict(
        verdict=top,
        conditions=_merge([x for c in deciding for x in c.conditions]) if top is _C else (),
        unmet=_merge([x for c in deciding for x in c.unmet]),
        findings=_merge([c.fingerprint for c in deciding if c.fingerprint]),
        changed_by=_merge([x for c in contributions for x in c.changed_by]),
        reasons=_merge([c.reason for c in deciding if c.reason]),
    )


def purpose_gate(purpose: Purpose, verdict: Verdict, policy: Policy) -> Gate:
    """Does this purpose's verdict pass the gate (DESIGN.md §5.4)?"""
    fail_on = policy.effective_fail_on
    value = verdict.verdict
    if value in (_D, _C) and purpose in policy.profile.research_exception:
        # EU DSM Art. 3 (+ Art. 7(1)): research TDM is not bound by reservations or licence
        # terms; the verdict stays as reported, only the gate passes. Errors still fail.
        return "pass"
    if value is _D:
        return "fail"
    if value is _U:
        return "pass" if policy.allow_undetermined else "undetermined"
    if value is _C:
        return "fail" if fail_on in ("conditional", "unknown") and verdict.unmet else "pass"
    if value is _N and (fail_on == "unknown" or purpose in policy.profile.unknown_fails):
        return "fail"
    return "pass"


def document_gate(gates: Sequence[Gate]) -> Gate:
    if "fail" in gates:
        return "fail"
    if "undetermined" in gates:
        return "undetermined"
    return "pass"


def exit_code_for(doc_gates: Sequence[Gate], errors: int, allow_undetermined: bool) -> int:
    """0 pass, 1 the gate failed on content, 3 undetermined only (DESIGN.md §6)."""
    if "fail" in doc_gates:
        return 1
    if "undetermined" in doc_gates or (errors and not allow_undetermined):
        return 3
    return 0
