"""The `compliance` command group: the only place that prints or exits.

Exit codes (DESIGN.md §6): 0 pass; 1 the gate failed on content; 2 usage or invalid
rules/grants; 3 undetermined only; 4 internal error. Data goes to stdout (or `--output`),
the one-line summary and every error message to stderr. The commands live in the sibling
modules (one per command group) and share the error handling and output helpers here.
"""

from __future__ import annotations

import enum
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from compliance.errors import ComplianceError, ConfigError
from compliance.resources import tool_version

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(enum.IntEnum):
    PASS = 0
    GATE_FAILED = 1
    USAGE = 2
    UNDETERMINED = 3
    INTERNAL = 4


def _fail_usage(message: str, hint: str = "") -> NoReturn:
    click.echo(f"compliance: error: {message}", err=True)
    if hint:
        click.echo(f"  hint: {hint}", err=True)
    sys.exit(ExitCode.USAGE)


def _report_config_error(exc: ConfigError) -> NoReturn:
    for problem in exc.problems:
        click.echo(str(problem), err=True)
    count = len(exc.problems)
    click.echo(
        f"compliance: {count} problem(s) in the configuration; nothing was checked.", err=True
    )
    if exc.hint:
        click.echo(f"  next: {exc.hint}", err=True)
    sys.exit(ExitCode.USAGE)


def guarded(func: F) -> F:
    """Turn configuration errors into exit 2 and unexpected crashes into exit 4, no traceback."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            _report_config_error(exc)
        except ComplianceError as exc:
            _fail_usage(str(exc))
        except (
            click.exceptions.Exit,
            click.ClickException,
            SystemExit,
            KeyboardInterrupt,
            BrokenPipeError,  # the reader of stdout went away: handled by main, quietly
        ):
            raise
        except Exception as exc:
            click.echo(f"compliance: internal error: {exc!r}", err=True)
            if "--debug" in sys.argv or _env_debug():
                traceback.print_exc()
            else:
                click.echo(
                    "  (set COMPLIANCE_DEBUG=1 for the traceback; please report it)", err=True
                )
            sys.exit(ExitCode.INTERNAL)

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper  # type: ignore[return-value]


def _env_debug() -> bool:
    import os

    return os.environ.get("COMPLIANCE_DEBUG") == "1"


class Interrupted(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that `finally` blocks clean up (spools, temp files)."""


class _Main(click.Group):
    """The top-level group: Ctrl-C / SIGTERM exit 130 / 143 with a message, and a closed
    stdout (`| head`) ends the run quietly instead of being reported as an internal error."""

    def invoke(self, ctx: click.Context) -> Any:
        import signal

        def terminate(signum: int, frame: Any) -> None:
            raise Interrupted()

        previous = signal.getsignal(signal.SIGTERM)
        if previous is signal.SIG_DFL:  # never replace a handler a host program installed
            signal.signal(signal.SIGTERM, terminate)
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            name, code = ("SIGTERM", 143) if isinstance(exc, Interrupted) else ("SIGINT", 130)
            click.echo(
                f"compliance: interrupted ({name}): the run stopped before it completed;"
                " no report or counts.json was written for it",
                err=True,
            )
            sys.exit(code)
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(141)  # 128 + SIGPIPE, as a shell reports it: never a passing gate
        finally:
            if previous is signal.SIG_DFL:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _quiet_stdout() -> None:
    """The reader went away: point stdout at /dev/null so the exit flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real file descriptor (an in-process runner): nothing to flush


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(tool_version(), prog_name="compliance")
def main() -> None:
    """Check content against licensing notices and signals before you use it.

    For each intended use (crawl, search, ai-train, ai-input, ai-index, republish,
    archive) compliance says deny / conditional / allow / unknown (or undetermined when a
    check could not complete) and quotes the evidence.

    Exit codes: 0 pass, 1 gate failed on content, 2 usage or invalid rules/grants,
    3 undetermined only, 4 internal error; 130/143 interrupted, 141 stdout closed.
    """


def _argv() -> list[str]:
    """The command line as typed (empty when called from Python, e.g. a test runner)."""
    program = Path(sys.argv[0]) if sys.argv else Path()
    # `compliance …` or `python -m compliance …`; not `python -m pytest` (another __main__)
    if program.name == "compliance" or program.parts[-2:] == ("compliance", "__main__.py"):
        return ["compliance", *sys.argv[1:]]
    return []


def _emit(rendered: str, output: str | None) -> None:
    """Write to `output`, or to stdout when it is None or `-` (as every command does)."""
    if output and output != "-":
        try:
            Path(output).write_text(rendered, "utf-8")
        except OSError as exc:
            _fail_usage(f"cannot write {output}: {exc.strerror}")
    else:
        click.echo(rendered, nl=False)
