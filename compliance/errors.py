"""One exception tree; every user-facing error carries where it came from.

Findings about content are never exceptions: these are for the user's configuration
(rules, grants, options) and for inputs that cannot be turned into documents at all.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Located:
    """A message tied to `file:line:col` (line and column are 1-based; 0 = unknown)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.column}: {self.message}"
        return f"{self.path}: {self.message}"


class ComplianceError(Exception):
    """Base of every error the CLI turns into a clean message and exit code."""


class ConfigError(ComplianceError):
    """The user's rules, grants, profile or options are invalid (exit code 2).

    Carries *every* problem found, so the user fixes them in one round.
    """

    def __init__(self, problems: list[Located], hint: str = "") -> None:
        self.problems = problems
        self.hint = hint
        super().__init__("\n".join(str(p) for p in problems))


class InputError(ComplianceError):
    """An input (file, URL, record) could not be read; reported as an error entry."""
