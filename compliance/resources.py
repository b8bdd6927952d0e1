"""Locating the bundled data (`rules/`) in a wheel and in a source checkout.

The wheel carries `rules/` as `compliance/rules` (see pyproject.toml); a source checkout keeps
it at the repository root, so both places are tried, the installed one first.
"""

from __future__ import annotations

from importlib import metadata, resources
from pathlib import Path


def bundled_rules_dir() -> Path:
    """Return the directory holding the bundled rule packs."""
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "rules").is_dir():
        # Running from a source checkout (editable install): edits to rules/ apply at once.
        return checkout / "rules"
    return Path(str(resources.files("compliance").joinpath("rules")))


def tool_version() -> str:
    """The installed distribution's version, or the source tree's when not installed."""
    try:
        return metadata.version("compliance")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0+source"
