"""compliance: may I use this content for these purposes? Verdicts with evidence.

The public Python API; everything else is internal. See README.md for the CLI.

    >>> from compliance import Checker, Document
    >>> checker = Checker.from_rules(purposes="ai-train")
    >>> result = checker.check(Document(id="a", source="a", text="..."))
"""

from compliance.engine import Checker
from compliance.errors import ComplianceError, ConfigError
from compliance.model import (
    Document,
    DocumentResult,
    Evidence,
    Finding,
    Purpose,
    Report,
    Site,
    SiteFile,
    Verdict,
    VerdictValue,
)
from compliance.rulepacks.loader import load_packs

__all__ = [
    "Checker",
    "ComplianceError",
    "ConfigError",
    "Document",
    "DocumentResult",
    "Evidence",
    "Finding",
    "Purpose",
    "Report",
    "Site",
    "SiteFile",
    "Verdict",
    "VerdictValue",
    "load_packs",
]
