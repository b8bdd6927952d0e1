"""Output stage, JUnit XML: one testcase per document, one testsuite per input file.

CI systems show JUnit natively, so a reviewer sees each document as a test: a document whose
gate fails is a `<failure>` (message: the failing purposes and the deciding rules; body: the
evidence); an undetermined document, whose check could not complete, is an `<error>`; an
unreadable record is an `<error type="unreadable-record">` testcase named after its line or
offset. Valid against the junit-10.xsd schema (Jenkins / Surefire) that pytest's tests use.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from compliance.formats.sarif import locate
from compliance.formats.text import describe
from compliance.model import DocumentResult, Report

# Characters XML 1.0 cannot hold even escaped (C0 controls but tab/LF/CR, lone surrogates,
# U+FFFE/U+FFFF); evidence quotes documents verbatim, so they reach here and would make the
# whole report unparsable for the CI system.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _suite(suites: dict[str, ET.Element], path: str) -> ET.Element:
    suite = suites.get(path)
    if suite is None:
        suite = ET.Element("testsuite", {"name": path})
        suites[path] = suite
    return suite


def _case_name(doc: DocumentResult) -> str:
    _, line, offset, row = locate(doc.source)
    where = (
        f"line {line}"
        if line
        else f"offset {offset}"
        if offset is not None
        else (f"row {row}" if row else "")
    )
    return f"{doc.id} ({where})" if where and doc.id != doc.source else doc.id


def _details(doc: DocumentResult) -> str:
    lines = [f"{p.value}: {describe(v)}" for p, v in doc.verdicts.items()]
    for finding in doc.findings:
        if finding.superseded_by:
            continue
        for ev in finding.evidence[:1]:
            lines.append(f"{finding.rule_id} [{finding.fingerprint}]: {ev.excerpt}")
    lines += [f"problem {p.code}: {p.message}" for p in doc.problems]
    return "\n".join(lines)


def render(report: Report) -> str:
    suites: dict[str, ET.Element] = {}
    counts: dict[str, list[int]] = {}  # path -> [tests, failures, errors]
    for doc in report.documents:
        path = locate(doc.source)[0]
        case = ET.SubElement(
            _suite(suites, path), "testcase", {"name": _case_name(doc), "classname": path}
        )
        tally = counts.setdefault(path, [0, 0, 0])
        tally[0] += 1
        failing = [
            f"{p.value}={v.verdict.value}"
            for p, v in doc.verdicts.items()
            if v.verdict.value in ("deny", "conditional", "undetermined", "unknown")
        ]
        rules = sorted({f.rule_id for f in doc.findings if not f.superseded_by})
        message = f"{', '.join(failing)}" + (f" by {', '.join(rules)}" if rules else "")
        if doc.gate == "fail":
            tally[1] += 1
            failure = ET.SubElement(case, "failure", {"type": "gate", "message": message})
            failure.text = _details(doc)
        elif doc.gate == "undetermined":
            tally[2] += 1
            error = ET.SubElement(case, "error", {"type": "undetermined", "message": message})
            error.text = _details(doc)
    for entry in report.errors:
        where = (
            f"line {entry.line}"
            if entry.line is not None
            else (f"offset {entry.offset}" if entry.offset is not None else "file")
        )
        case = ET.SubElement(
            _suite(suites, entry.source),
            "testcase",
            {"name": f"{entry.source} ({where})", "classname": entry.source},
        )
        tally = counts.setdefault(entry.source, [0, 0, 0])
        tally[0] += 1
        tally[2] += 1
        ET.SubElement(case, "error", {"type": "unreadable-record", "message": entry.message})
    root = ET.Element(
        "testsuites",
        {
            "name": "compliance",
            "tests": str(sum(c[0] for c in counts.values())),
            "failures": str(sum(c[1] for c in counts.values())),
            "errors": str(sum(c[2] for c in counts.values())),
        },
    )
    for path, suite in suites.items():
        tests, failures, errors = counts[path]
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")
        suite.set("timestamp", report.generated_at)
        root.append(suite)
    ET.indent(root)
    body = _NOT_XML.sub(_visible, ET.tostring(root, "unicode"))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
