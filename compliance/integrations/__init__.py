"""Integrations: the checker inside other tools' runs (Scrapy, Ray, Spark, datatrove).

`compliance.integrations.scrapy`: a downloader middleware and an item pipeline for Scrapy
spiders; `ray`, `spark`, `datatrove`: distributed engine adapters. Importing this package
imports nothing heavy; each integration imports its own tool, and a missing optional tool is
a `MissingExtra` naming the extra to install (exit 2 from the CLI), never a bare ImportError.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from compliance.errors import ComplianceError


class MissingExtra(ComplianceError, ImportError):
    """An optional dependency of an integration is not installed."""


def require(module: str, extra: str) -> ModuleType:
    """Import `module`, or raise MissingExtra telling the user which extra to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(
            f"{module} is not installed: pip install 'content-compliance[{extra}]'"
        ) from exc
