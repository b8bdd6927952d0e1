"""datatrove stage: `ComplianceFilter`, a filter block that keeps documents whose gate passes.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from compliance.integrations.datatrove import ComplianceFilter
    from compliance.engine import CheckerSpec

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("data/"),
            ComplianceFilter(CheckerSpec(purposes="ai-train"),
                             exclusion_writer=JsonlWriter("rejected/")),
            JsonlWriter("allowed/"),
        ],
        tasks=4,
    ).run()

Every document gets `metadata["compliance"]` = {gate, verdicts, findings}; a dropped one is
counted under `dropped_<rule id>` (the first deciding rule) in the step's stats.
"""

from __future__ import annotations

import json
from typing import Any

from compliance.batch import checker_for, findings_json
from compliance.engine import CheckerSpec
from compliance.integrations import MissingExtra
from compliance.model import DocumentResult
from compliance.sources.datasets import DEFAULT_FIELDS, FieldMap, record_document

try:
    from datatrove.pipeline.filters.base_filter import (  # type: ignore[import-untyped, unused-ignore]
        BaseFilter,
    )
except ImportError as exc:  # the module is only imported by users of the extra
    raise MissingExtra(
        "datatrove is not installed: pip install 'content-compliance[datatrove]'"
    ) from exc


class ComplianceFilter(BaseFilter):  # type: ignore[misc]
    """datatrove filter stage: keep a document when its gate passes (or is allowed through).

    The document's text and metadata are mapped like a dataset record (`fields`: a metadata
    `html` field wins over the text), so an adapter that puts a record's HTML in metadata
    gets the HTML checks. Only the `CheckerSpec` is pickled to datatrove's workers; each
    builds the checker once, on its first document.
    """

    name = "⚖️ compliance"

    def __init__(
        self,
        spec: CheckerSpec,
        fields: FieldMap = DEFAULT_FIELDS,
        exclusion_writer: Any = None,
    ) -> None:
        super().__init__(exclusion_writer)
        self.spec = spec
        self.fields = fields

    def check(self, doc: Any) -> DocumentResult | str:
        """The DocumentResult of a datatrove Document, or why it is not a document."""
        data = {**doc.metadata, "text": doc.text, "id": doc.id}
        source = str(doc.metadata.get("file_path") or doc.id)
        made = record_document(data, self.fields, source=source, fallback_id=str(doc.id))
        return made if isinstance(made, str) else checker_for(self.spec).check(made)

    def filter(self, doc: Any) -> bool | tuple[bool, str]:
        result = self.check(doc)
        if isinstance(result, str):
            doc.metadata["compliance"] = {"error": result}
            return False, "not-a-document"
        doc.metadata["compliance"] = {
            "gate": result.gate,
            "verdicts": {p.value: v.verdict.value for p, v in result.verdicts.items()},
            "findings": json.loads(findings_json(result)),
        }
        if result.gate == "pass" or (
            result.gate == "undetermined" and self.spec.allow_undetermined
        ):
            return True
        return False, _deciding_rule(result)


def _deciding_rule(result: DocumentResult) -> str:
    """A dropped document's stats key: its first active finding's rule, or its gate."""
    for finding in result.findings:
        if not finding.superseded_by:
            return finding.rule_id
    return result.gate
