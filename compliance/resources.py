"""Locating the bundled data (`rules/`) in a wheel and in a source checkout.

The wheel carries `rules/` as `compliance/rules` (see pyproject.toml); a source checkout keeps
it at the repository root, so both places are tried, the installed one first.
"""

from __future__ import annotations

import tomllib
from importlib import metadata, resources
from pathlib import Path

# The distribution name on the package index; `compliance` there is an unrelated project,
# so the version is never looked up under that name.
DISTRIBUTION = "content-compliance"
PROJECT_URL = "https://github.com/content-compliance/compliance"

_CHECKOUT = Path(__file__).resolve().parent.parent


def bundled_rules_dir() -> Path:
    """Return the directory holding the bundled rule packs."""
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "rules").is_dir():
        # Running from a source checkout (editable install): edits to rules/ apply at once.
        return _CHECKOUT / "rules"
    return Path(str(resources.files("compliance").joinpath("rules")))


def tool_version() -> str:
    """The installed distribution's version, else the source checkout's pyproject version."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with open(_CHECKOUT / "pyproject.toml", "rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):  # pragma: no cover - bare copy
        return "0.0.0+source"
