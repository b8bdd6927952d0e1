"""Output stage, SARIF 2.1.0: findings as code-scanning results for GitHub and other CI.

One result per effective finding per document (superseded findings have no effect and are
left out), plus one per document problem that left a purpose undetermined. Each result's
`partialFingerprints["complianceFinding/v1"]` is the finding fingerprint of DESIGN.md §3
(rule, normalised evidence, host or id — no line numbers), so code-scanning dismissals follow
the finding, not the line. Locations are the file plus the line (JSONL/CSV records, evidence
lines of checked files), the byte offset (WARC records), or a logical location (Parquet rows).
Unreadable records are tool execution notifications: they are not findings.

With a baseline (`scan --baseline`, `report render --baseline`) every result gets a
`baselineState`: findings the baseline accepts are `unchanged` and carry an external
suppression with the baseline's reason, so code scanning does not raise them as alerts;
everything else is `new`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from compliance.model import (
    RESTRICTIVENESS,
    DocumentResult,
    Finding,
    Problem,
    Purpose,
    Report,
    VerdictValue,
)
from compliance.resources import PROJECT_URL

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "complianceFinding/v1"
_LEVEL = {
    VerdictValue.DENY: "error",
    VerdictValue.UNDETERMINED: "warning",
    VerdictValue.CONDITIONAL: "warning",
    VerdictValue.ALLOW: "note",
    VerdictValue.UNKNOWN: "note",
}
_LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")
_OFFSET = re.compile(r"^(?P<path>.+)@(?P<offset>\d+)$")
_ROW = re.compile(r"^(?P<path>.+)#row=(?P<row>\d+)$")


def locate(source: str) -> tuple[str, int | None, int | None, int | None]:
    """A document source → (file, record line, byte offset, Parquet row)."""
    for pattern in (_LINE, _OFFSET, _ROW):
        match = pattern.match(source)
        if match:
            number = int(match.group(2))
            path = match.group("path")
            if pattern is _LINE:
                return path, number, None, None
            if pattern is _OFFSET:
                return path, None, number, None
            return path, None, None, number
    return source, None, None, None


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


def _level(finding: Finding, purposes: tuple[Purpose, ...]) -> str:
    effects = [finding.effects[p] for p in purposes if p in finding.effects]
    if not effects:
        return "note"
    return _LEVEL[max(effects, key=lambda v: RESTRICTIVENESS[v])]


def _location(doc: DocumentResult, line: int | None, snippet: str | None) -> dict[str, Any]:
    path, record_line, offset, row = locate(doc.source)
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path)}}
    region: dict[str, Any] = {}
    if record_line is not None:
        region["startLine"] = record_line  # the record's line in the dataset file
    elif offset is not None:
        region["byteOffset"] = offset
    elif line is not None:
        region["startLine"] = line  # the evidence line in a checked file
    if region:
        if snippet and "startLine" in region:
            region["snippet"] = {"text": snippet}
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    name = doc.id if row is None else f"{path}#row={row}"
    location["logicalLocations"] = [{"fullyQualifiedName": name, "kind": "object"}]
    return location


def _finding_result(
    doc: DocumentResult, finding: Finding, index: int, purposes: tuple[Purpose, ...]
) -> dict[str, Any]:
    verdicts = [
        f"{p.value}={v.verdict.value}" + (f" ({', '.join(v.unmet)})" if v.unmet else "")
        for p, v in doc.verdicts.items()
        if finding.fingerprint in v.findings
    ]
    evidence = finding.evidence[0] if finding.evidence else None
    text = f"{finding.title}. {finding.message}"
    if verdicts:
        text += f" Decides: {', '.join(verdicts)}."
    if evidence is not None:
        text += f' Evidence: "{evidence.excerpt[:300]}"'
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": index,
        "level": _level(finding, purposes),
        "message": {"text": text},
        "locations": [
            _location(
                doc, evidence.line if evidence else None, evidence.excerpt if evidence else None
            )
        ],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "document": doc.id,
            "url": doc.url,
            "gate": doc.gate,
            "pack": f"{finding.pack_id}@{finding.pack_version}",
            "confidence": finding.confidence.value,
            "conditions": list(finding.conditions),
        },
    }


def _problem_result(doc: DocumentResult, problem: Problem, index: int) -> dict[str, Any]:
    return {
        "ruleId": f"problem/{problem.code}",
        "ruleIndex": index,
        "level": "warning",
        "message": {"text": f"Could not check: {problem.message}"},
        "locations": [_location(doc, None, None)],
        "properties": {
            "document": doc.id,
            "gate": doc.gate,
            "purposes": [p.value for p in problem.purposes],
        },
    }


def _baseline_state(
    result: dict[str, Any], fingerprint: str | None, accepted: Mapping[str, str] | None
) -> dict[str, Any]:
    """Mark a result against the baseline: accepted -> suppressed + unchanged, else new."""
    if accepted is None:
        return result
    if fingerprint is not None and fingerprint in accepted:
        result["baselineState"] = "unchanged"
        result["suppressions"] = [{"kind": "external", "justification": accepted[fingerprint]}]
    else:
        result["baselineState"] = "new"
    return result


def render(report: Report, accepted: Mapping[str, str] | None = None) -> str:
    """The SARIF log; `accepted` (fingerprint -> reason) is the run's baseline, if any."""
    rules: dict[str, dict[str, Any]] = {}

    def rule_index(rule_id: str, build: dict[str, Any]) -> int:
        if rule_id not in rules:
            rules[rule_id] = build
        return list(rules).index(rule_id)

    results: list[dict[str, Any]] = []
    for doc in report.documents:
        for finding in doc.findings:
            if finding.superseded_by:
                continue
            index = rule_index(
                finding.rule_id,
                {
                    "id": finding.rule_id,
                    "name": finding.rule_id.replace("/", "-"),
                    "shortDescription": {"text": finding.title},
                    "fullDescription": {"text": finding.message},
                    "help": {
                        "text": f"{finding.message} Run `compliance rules explain "
                        f"{finding.rule_id}` for the rule's examples and references."
                    },
                    "defaultConfiguration": {"level": _level(finding, report.purposes)},
                    "properties": {"pack": finding.pack_id, "confidence": finding.confidence.value},
                },
            )
            result = _finding_result(doc, finding, index, report.purposes)
            results.append(_baseline_state(result, finding.fingerprint, accepted))
        for problem in doc.problems:
            rule_id = f"problem/{problem.code}"
            index = rule_index(
                rule_id,
                {
                    "id": rule_id,
                    "name": rule_id.replace("/", "-"),
                    "shortDescription": {"text": f"Check could not complete: {problem.code}"},
                    "help": {
                        "text": "The document could not be fully checked, so the affected "
                        "purposes are undetermined (fail closed). Fix the input or "
                        "pass --allow-undetermined."
                    },
                    "defaultConfiguration": {"level": "warning"},
                },
            )
            results.append(_baseline_state(_problem_result(doc, problem, index), None, accepted))
    notifications = []
    for error in report.errors:
        where: dict[str, Any] = {"artifactLocation": {"uri": _uri(error.source)}}
        if error.line is not None:
            where["region"] = {"startLine": error.line}
        elif error.offset is not None:
            where["region"] = {"byteOffset": error.offset}
        notifications.append(
            {
                "level": "error",
                "message": {"text": error.message},
                "locations": [{"physicalLocation": where}],
            }
        )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": report.tool.name,
                "version": report.tool.version,
                "informationUri": PROJECT_URL,
                "rules": list(rules.values()),
            }
        },
        "invocations": [
            {
                "executionSuccessful": True,
                "exitCode": report.exit_code,
                "toolExecutionNotifications": notifications,
                "commandLine": " ".join(report.run.argv) or "compliance",
            }
        ],
        "results": results,
        "properties": {
            "generatedAt": report.generated_at,
            "purposes": [p.value for p in report.purposes],
            "profile": report.profile,
            "summary": report.summary.model_dump(mode="json"),
        },
    }
    sarif = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
