"""The `compliance` command: one module per command group, all registered on `main` here.

`compliance.cli:main` is the console-script entry point (pyproject) and what `python -m
compliance` runs; `app` holds the group, exit codes and error handling the commands share.
"""

from __future__ import annotations

from compliance.cli.app import main
from compliance.cli.baseline import baseline_group
from compliance.cli.check import check
from compliance.cli.discover import discover_command
from compliance.cli.eval import eval_command
from compliance.cli.explain import explain_command
from compliance.cli.report import report_group
from compliance.cli.rules import rules
from compliance.cli.scan import scan_command

for _command in (
    check,
    rules,
    eval_command,
    scan_command,
    report_group,
    baseline_group,
    explain_command,
    discover_command,
):
    main.add_command(_command)

__all__ = ["main"]
