"""The `compliance` command: the only place that prints or exits.

Exit codes (DESIGN.md §6): 0 pass; 1 the gate failed on content; 2 usage or invalid
rules/grants; 3 undetermined only; 4 internal error. Data goes to stdout (or `--output`),
the one-line summary and every error message to stderr.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from compliance.errors import ComplianceError, ConfigError
from compliance.model import (
    ALL_PURPOSES,
    PURPOSE_ALIASES,
    Document,
    ErrorEntry,
    Site,
    SiteFile,
    parse_purposes,
)
from compliance.resources import tool_version

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(enum.IntEnum):
    PASS = 0
    GATE_FAILED = 1
    USAGE = 2
    UNDETERMINED = 3
    INTERNAL = 4


FORMATS = ["text", "json", "jsonl", "summary", "summary-json", "markdown", "html", "sarif", "junit"]
PURPOSE_HELP = (
    "Comma list of purposes: "
    + ", ".join(p.value for p in ALL_PURPOSES)
    + "; aliases: "
    + ", ".join(sorted(PURPOSE_ALIASES))
    + ". Default: all."
)


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


def rules_options(func: F) -> F:
    func = click.option(
        "--rules",
        "rules",
        multiple=True,
        type=click.Path(),
        metavar="DIR",
        help="Extra rule pack directory or file (repeatable); a pack with a bundled"
        " pack's id replaces it.",
    )(func)
    func = click.option("--no-default-rules", is_flag=True, help="Do not load the bundled packs.")(
        func
    )
    return func


def policy_options(func: F) -> F:
    options = [
        click.option("--purpose", "-p", default="all", show_default=True, help=PURPOSE_HELP),
        click.option(
            "--agent", metavar="TOKEN", help="Evaluate robots.txt as this crawler product token."
        ),
        click.option(
            "--grants",
            type=click.Path(),
            metavar="FILE",
            help="grants.yaml: written permissions you hold.",
        ),
        click.option(
            "--accept",
            default="",
            metavar="LIST",
            help="Conditions you will meet, e.g. attribution,non-commercial.",
        ),
        click.option(
            "--profile",
            default="default",
            show_default=True,
            help="Gate profile: default, conservative, eu-tdm, permissive (or a YAML file).",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(["deny", "conditional", "unknown"]),
            help="Weakest verdict that fails the gate (default from the profile:"
            " conditional = deny or unmet conditions).",
        ),
        click.option(
            "--allow-undetermined",
            is_flag=True,
            help="Do not fail closed on documents that could not be checked.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return rules_options(func)


def checker_spec(
    rules: Sequence[str],
    no_default_rules: bool,
    purpose: str,
    agent: str | None,
    grants: str | None,
    accept: str,
    profile: str,
    fail_on: str | None,
    allow_undetermined: bool,
    clock: dt.datetime | None = None,
) -> Any:
    """Validate the policy options (exit 2 with a hint) into a picklable CheckerSpec."""
    from compliance.engine import CheckerSpec, run_clock
    from compliance.model import CONDITION_TOKENS

    try:
        parse_purposes(purpose)
    except ValueError as exc:
        _fail_usage(str(exc), "see `compliance check --help`")
    accepted = [a.strip() for a in accept.split(",") if a.strip()]
    unknown = [a for a in accepted if a not in CONDITION_TOKENS]
    if unknown:
        _fail_usage(
            f"unknown condition {unknown[0]!r} in --accept",
            "expected: " + ", ".join(sorted(CONDITION_TOKENS)),
        )
    if grants and not Path(grants).is_file():
        _fail_usage(f"grants file {grants!r} does not exist")
    return CheckerSpec(
        rules=tuple(rules),
        include_bundled=not no_default_rules,
        purposes=purpose,
        profile=profile,
        grants=grants,
        accept=tuple(accepted),
        fail_on=fail_on,
        allow_undetermined=allow_undetermined,
        agent=agent,
        # One clock for the run, so grant expiry agrees in every worker.
        clock=clock or run_clock(),
    )


POLICY_PARAMS = (
    "rules",
    "no_default_rules",
    "purpose",
    "agent",
    "grants",
    "accept",
    "profile",
    "fail_on",
    "allow_undetermined",
)


def spec_from_options(clock: dt.datetime | None = None) -> Any:
    """The CheckerSpec for the running command's `policy_options` (check and scan share them)."""
    params = click.get_current_context().params
    return checker_spec(**{name: params[name] for name in POLICY_PARAMS}, clock=clock)


def _snapshot_clock(site_dir: str) -> dt.datetime | None:
    """`observed_at` of a snapshot: an offline re-check is evaluated as of then (DESIGN §3),
    so a grant that was valid when the page was fetched still counts."""
    root = Path(site_dir)
    for meta in [root / "site.json", *sorted(root.glob("*/site.json"))]:
        try:
            observed = json.loads(meta.read_text("utf-8")).get("observed_at")
            return dt.datetime.fromisoformat(str(observed).replace("Z", "+00:00"))
        except (OSError, ValueError, AttributeError, TypeError):
            continue
    return None


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
    3 undetermined only, 4 internal error.
    """


def _site_from_options(
    robots: str | None, tdmrep: str | None, rsl: Sequence[str], site_dir: str | None
) -> Site | None:
    if site_dir:
        from compliance.sources.snapshot import read_site

        return read_site(Path(site_dir))
    if not (robots or tdmrep or rsl):
        return None

    def local(path: str | None) -> SiteFile | None:
        if not path:
            return None
        p = Path(path)
        if not p.is_file():
            _fail_usage(f"{path}: no such file")
        return SiteFile(url=str(p), status=200, body=p.read_text("utf-8", errors="replace"))

    return Site(
        robots=local(robots),
        tdmrep=local(tdmrep),
        rsl=tuple(f for f in (local(x) for x in rsl) if f is not None),
    )


def _header_pairs(path: str | None) -> tuple[tuple[tuple[str, str], ...], int | None]:
    if not path:
        return (), None
    from compliance.extract.headers import parse_header_block

    p = Path(path)
    if not p.is_file():
        _fail_usage(f"{path}: no such file")
    block = parse_header_block(p.read_text("utf-8", errors="replace"))
    return block.pairs(), block.status


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--kind",
    type=click.Choice(["text", "html", "robots", "headers"]),
    help="Treat every input as this kind (default: from the file name).",
)
@click.option(
    "--url", metavar="URL", help="The URL the content came from (robots path, grant domains)."
)
@click.option(
    "--headers",
    "headers_file",
    type=click.Path(),
    help="HTTP response headers of the page (status line + Name: value lines).",
)
@click.option("--robots", type=click.Path(), help="The site's robots.txt, read offline.")
@click.option(
    "--tdmrep", type=click.Path(), help="The site's /.well-known/tdmrep.json, read offline."
)
@click.option(
    "--rsl",
    multiple=True,
    type=click.Path(),
    help="An RSL licence XML the site declares (repeatable).",
)
@click.option(
    "--site",
    "site_dir",
    type=click.Path(file_okay=False),
    help="A site snapshot directory (layout: docs/report-format.md, Snapshots).",
)
@policy_options
@click.option(
    "--format", "-f", "fmt", type=click.Choice(FORMATS), default="text", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Write the report here instead of stdout (- is stdout).",
)
@click.option(
    "--save", is_flag=True, help="Also write the report into reports/ with a timestamped name."
)
@click.option(
    "--max-bytes",
    type=int,
    default=64 << 20,
    show_default=True,
    help="Files larger than this are undetermined (too-large).",
)
@click.option(
    "--urls-from",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Also fetch the URLs listed in FILE (one per line; # comments).",
)
@click.option(
    "--snapshot",
    "snapshot_dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Save what was fetched as a site snapshot; re-check it with --site DIR.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds per HTTP request; a page that takes longer is undetermined (fetch-timeout).",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Reuse fetched robots.txt, tdmrep.json and RSL licences for up to 24 h.",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary line on stderr.")
@guarded
def check(
    paths: tuple[str, ...],
    kind: str | None,
    url: str | None,
    headers_file: str | None,
    robots: str | None,
    tdmrep: str | None,
    rsl: tuple[str, ...],
    site_dir: str | None,
    purpose: str,
    agent: str | None,
    grants: str | None,
    accept: str,
    profile: str,
    fail_on: str | None,
    allow_undetermined: bool,
    rules: tuple[str, ...],
    no_default_rules: bool,
    fmt: str,
    output: str | None,
    save: bool,
    max_bytes: int,
    urls_from: str | None,
    snapshot_dir: str | None,
    timeout: float,
    cache_dir: str | None,
    quiet: bool,
) -> None:
    """Check files, directories (recursively), stdin (`-`) or URLs and print verdicts.

    A URL (http:// or https://) is fetched with Scrapy together with its site's robots.txt,
    /.well-known/tdmrep.json and declared RSL licences, as compliance-checker/<version>,
    obeying robots.txt for that token.

    \b
    Examples:
      compliance check examples/antara-article.txt
      compliance check page.html --url https://example.com/a/1 --purpose ai-train
      compliance check article.txt --grants grants.yaml --format json -o report.json
      compliance check https://example.com/news/1 --snapshot snap/
      compliance check --site snap/
    """
    from compliance.formats import render
    from compliance.formats.text import summary_line
    from compliance.sources.files import read_documents

    urls = [p for p in paths if _is_url(p)]
    paths = tuple(p for p in paths if not _is_url(p))
    if urls_from:
        urls += _read_url_list(urls_from)
    if not paths and not site_dir and not urls:
        _fail_usage("nothing to check: give files, directories, - for stdin, URLs, or --site DIR")
    if snapshot_dir and not urls:
        _fail_usage("--snapshot saves fetched pages: give at least one http(s) URL")
    if urls and (site_dir or robots or tdmrep or rsl or headers_file or url):
        _fail_usage(
            "--site, --robots, --tdmrep, --rsl, --headers and --url describe local files;"
            " a fetched URL brings its own",
            "check the URLs and the files in separate runs",
        )
    if max_bytes <= 0:
        _fail_usage("--max-bytes must be positive")
    _require_inputs(paths)
    started = time.perf_counter()
    checker = spec_from_options(clock=_snapshot_clock(site_dir) if site_dir else None).build()
    # --site with files: those files get the snapshot's site files; alone: its saved pages.
    site = _site_from_options(robots, tdmrep, rsl, site_dir if paths else None)
    header_pairs, status = _header_pairs(headers_file)
    inputs: list[Document | ErrorEntry] = []
    if paths:
        inputs = list(read_documents(list(paths), kind=kind, url=url, max_bytes=max_bytes))  # type: ignore[arg-type]
    elif site_dir:
        from compliance.sources.snapshot import read_site_pages

        if not Path(site_dir).is_dir():
            _fail_usage(f"{site_dir}: no such snapshot directory")
        inputs = list(read_site_pages(Path(site_dir)))
    if urls:
        from compliance.sources.web import FetchOptions, fetch_documents

        if not quiet and len(urls) >= PROGRESS_MIN and sys.stderr.isatty():
            click.echo(f"fetching {len(urls)} URL(s) with their site files ...", err=True)
        if snapshot_dir and Path(snapshot_dir).exists() and any(Path(snapshot_dir).iterdir()):
            _fail_usage(f"{snapshot_dir}: snapshot directory is not empty", "choose a new one")
        options = FetchOptions(
            timeout=timeout,
            max_bytes=max_bytes,
            cache_dir=Path(cache_dir) if cache_dir else None,
        )
        inputs += fetch_documents(
            urls, options, snapshot=Path(snapshot_dir) if snapshot_dir else None
        )
    results = []
    errors = []
    progress = _check_progress(len(inputs), quiet)
    for done, item in enumerate(inputs, start=1):
        progress(done, done)
        if isinstance(item, ErrorEntry):
            errors.append(item)
            continue
        extra: dict[str, Any] = {}
        if site is not None and item.site is None:
            extra["site"] = site
        if header_pairs and not item.headers:
            extra["headers"] = header_pairs
            extra["status"] = status
        results.append(checker.check(item.model_copy(update=extra) if extra else item))
    progress.finish()
    import os

    duration = 0.0 if os.environ.get("SOURCE_DATE_EPOCH") else time.perf_counter() - started
    report = checker.report(results, errors, argv=_argv(), duration_s=duration)
    rendered = render(report, fmt)
    _emit(rendered, output)
    if save:
        saved = _save_report(report, fmt)
        click.echo(f"compliance: report saved to {saved}", err=True)
    if not quiet:
        click.echo(summary_line(report), err=True)
    sys.exit(report.exit_code)


# Below this many inputs a check is quick and a progress line would only flicker.
PROGRESS_MIN = 20


def _check_progress(total: int, quiet: bool) -> Any:
    """scan's progress line, counting documents; only on a terminal and for long runs."""
    from compliance.scan_cli import ProgressBar

    return ProgressBar(
        total,
        enabled=not quiet and total >= PROGRESS_MIN and sys.stderr.isatty(),
        verb="checking",
        unit="documents",
    )


def _require_inputs(paths: Sequence[str]) -> None:
    """A path that does not exist, or a folder with nothing to check, is a usage error (exit 2,
    as in `scan`): reporting "0 documents" or an error entry would let a typo pass the gate."""
    from compliance.sources.files import CHECKABLE, iter_paths

    for raw in paths:
        if raw != "-" and not Path(raw).exists():
            _fail_usage(f"{raw}: no such file or directory")
        if raw != "-" and Path(raw).is_dir() and next(iter_paths([raw]), None) is None:
            _fail_usage(
                f"{raw}: no file to check in this directory",
                f"checked files end in {', '.join(sorted(CHECKABLE))} or are robots.txt",
            )


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _read_url_list(path: str) -> list[str]:
    """URLs of --urls-from: one per line; blank lines and # comments skipped."""
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except OSError as exc:
        _fail_usage(f"cannot read --urls-from {path}: {exc.strerror or exc}")
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    bad = [u for u in urls if not _is_url(u)]
    if bad:
        _fail_usage(
            f"{path}: {bad[0]!r} is not an http:// or https:// URL",
            "only http and https are fetched; list local files as arguments instead",
        )
    return urls


def _argv() -> list[str]:
    """The command line as typed (empty when called from Python, e.g. a test runner)."""
    if sys.argv and Path(sys.argv[0]).name in ("compliance", "__main__.py"):
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


_SUFFIX = {
    "text": "txt",
    "json": "json",
    "jsonl": "jsonl",
    "summary": "summary.txt",
    "summary-json": "summary.json",
    "markdown": "md",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit.xml",
}


def _save_report(report: Any, fmt: str) -> Path:
    """Write into reports/ as compliance-<UTC timestamp>.<ext> (JSON too, for re-rendering)."""
    from compliance.formats import render

    directory = Path("reports")
    directory.mkdir(exist_ok=True)
    stamp = dt.datetime.now(tz=dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = directory / f"compliance-{stamp}.{_SUFFIX.get(fmt, fmt)}"
    target.write_text(render(report, fmt), "utf-8")
    if fmt != "json":
        (directory / f"compliance-{stamp}.json").write_text(render(report, "json"), "utf-8")
    return target


# -- rules ---------------------------------------------------------------------------------


@main.group()
def rules() -> None:
    """List, validate, test and explain rule packs."""


@rules.command("list")
@rules_options
@click.option("--language", help="Only rules for this language (e.g. id, en, zh).")
@click.option("--publisher", help="Only rules of this publisher pack (pack id or publisher name).")
@click.option("--pack", "pack_id", help="Only rules of this pack id.")
@guarded
def rules_list(
    rules: tuple[str, ...],
    no_default_rules: bool,
    language: str | None,
    publisher: str | None,
    pack_id: str | None,
) -> None:
    """List the loaded rules: id, language, where, and effect per purpose."""
    from compliance.rulepacks.loader import load_packs

    ruleset = load_packs(rules, include_bundled=not no_default_rules)
    shown = 0
    for pack, rule in ruleset.rules():
        if pack_id and pack.meta.id != pack_id:
            continue
        if publisher and not pack.is_publisher:
            continue
        if publisher and publisher.lower() not in (
            pack.meta.id.lower(),
            (pack.meta.publisher or "").lower(),
        ):
            continue
        langs = rule.languages() or _as_list(pack.meta.language)
        if language and not any(
            code == language or code.startswith(language + "-") for code in langs
        ):
            continue
        effects = ", ".join(f"{p.value}={v}" for p, v in rule.effect.items()) or "(informational)"
        click.echo(f"{rule.id:<52} {','.join(langs) or '-':<10} {rule.where:<8} {effects}")
        shown += 1
    lexicon_lines: list[str] = []
    if not publisher and (not pack_id or pack_id.startswith("notices-")):
        from compliance.notices.lexicon import load_lexicons
        from compliance.notices.selfcheck import list_lines

        lexicons = load_lexicons(rules, include_bundled=not no_default_rules)
        lexicon_lines = [
            line
            for line in list_lines(lexicons, language)
            if not pack_id or line.split()[0] == pack_id
        ]
        for line in lexicon_lines:
            click.echo(line)
    click.echo(
        f"{shown} rule(s) in {len(ruleset.packs)} pack(s), {len(lexicon_lines)} lexicon(s)",
        err=True,
    )


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@rules.command("validate")
@rules_options
@guarded
def rules_validate(rules: tuple[str, ...], no_default_rules: bool) -> None:
    """Load every pack and lint it; every problem is listed as file:line:col (exit 2)."""
    from compliance.notices.selfcheck import lexicon_problems
    from compliance.rulepacks.lint import lint

    problems, warnings = lint(rules, include_bundled=not no_default_rules)
    problems = [*problems, *lexicon_problems(rules, not no_default_rules)]
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    if problems:
        raise ConfigError(
            problems, hint="fix the listed rules, then run `compliance rules validate` again"
        )
    click.echo("rules: valid", err=True)


@rules.command("test")
@rules_options
@click.option("--pack", "pack_ids", multiple=True, help="Only test these pack ids.")
@click.option("--verbose", "-v", is_flag=True, help="List passing examples too.")
@guarded
def rules_test(
    rules: tuple[str, ...], no_default_rules: bool, pack_ids: tuple[str, ...], verbose: bool
) -> None:
    """Run every rule's match / no-match examples; todo-match gaps are listed, never fail."""
    from compliance.engine import Checker
    from compliance.rulepacks.selftest import run_examples

    checker = Checker.from_rules(rules, include_bundled=not no_default_rules)
    from compliance.notices.selfcheck import example_failures

    outcomes = run_examples(checker, set(pack_ids) if pack_ids else None)
    lexicon_checked, lexicon_failed = example_failures(checker.lexicons)
    if pack_ids:
        lexicon_failed = [f for f in lexicon_failed if any(p in f.location.path for p in pack_ids)]
    for failure in lexicon_failed:
        click.echo(f"FAIL {failure.location}")
    failed = [o for o in outcomes if not o.passed and o.expectation != "todo-match"]
    todo_open = [o for o in outcomes if o.expectation == "todo-match" and not o.passed]
    todo_fixed = [o for o in outcomes if o.expectation == "todo-match" and o.passed]
    for o in failed:
        what = "did not match" if o.expectation == "match" else "matched"
        click.echo(
            f"FAIL {o.location}: {o.rule_id} {what} its {o.expectation} example:"
            f" {o.example[:120]!r}"
        )
    for o in todo_fixed:
        click.echo(
            f"TODO-FIXED {o.location}: {o.rule_id} now matches a todo-match example;"
            f" move it to match: {o.example[:80]!r}"
        )
    if verbose:
        for o in outcomes:
            if o.passed and o.expectation != "todo-match":
                click.echo(f"ok   {o.rule_id} {o.expectation}: {o.example[:80]!r}")
    total = len(outcomes) - len(todo_open) - len(todo_fixed) + lexicon_checked
    failures = len(failed) + len(lexicon_failed)
    click.echo(
        f"{total - failures} passed, {failures} failed, {len(todo_open)} known gap(s) (todo-match)",
    )
    sys.exit(ExitCode.GATE_FAILED if failures else ExitCode.PASS)


@rules.command("explain")
@click.argument("rule_id")
@rules_options
@guarded
def rules_explain(rule_id: str, rules: tuple[str, ...], no_default_rules: bool) -> None:
    """What a rule detects, why it matters, its examples and references."""
    from compliance.rulepacks.loader import load_packs

    ruleset = load_packs(rules, include_bundled=not no_default_rules)
    found = ruleset.find(rule_id)
    if found is None and "/" not in rule_id:
        from compliance.notices.lexicon import load_lexicons
        from compliance.notices.selfcheck import explain_lexicon, find_lexicon

        lexicon = find_lexicon(load_lexicons(rules, include_bundled=not no_default_rules), rule_id)
        if lexicon is not None:
            click.echo(explain_lexicon(lexicon))
            return
    if found is None:
        close = [r.id for _, r in ruleset.rules() if rule_id.split("/")[-1] in r.id][:5]
        _fail_usage(
            f"no rule {rule_id!r}",
            "similar: " + ", ".join(close) if close else "see `compliance rules list`",
        )
    pack, rule = found
    path, line = ruleset.rule_line(rule.id)
    out = [
        f"{rule.id} — {rule.title}",
        f"  pack: {pack.meta.id} v{pack.meta.version}"
        + (f" ({pack.meta.publisher})" if pack.meta.publisher else ""),
        f"  defined at: {path}:{line}",
        f"  language: {', '.join(rule.languages() or _as_list(pack.meta.language)) or '-'}"
        f"    where: {rule.where}    confidence: {rule.confidence.value}",
        "",
        "What it does:",
        f"  {rule.message}",
        "",
        "Effect:",
    ]
    for purpose, value in rule.effect.items():
        out.append(
            f"  {purpose.value}: {value}"
            + (f" ({', '.join(rule.conditions)})" if value == "conditional" else "")
        )
    if not rule.effect:
        out.append("  none (informational finding)")
    for purpose, value in rule.conservative.items():
        out.append(f"  {purpose.value}: {value} (conservative profile only)")
    out += [
        "",
        "Match:",
        "  "
        + json.dumps(rule.match.model_dump(by_alias=True, exclude_none=True), ensure_ascii=False),
    ]
    for label, examples in (
        ("Matches", rule.examples.match),
        ("Does not match", rule.examples.no_match),
        ("Known gaps (todo)", rule.examples.todo_match),
    ):
        if examples:
            out += ["", f"{label}:"]
            out += [f"  - {e if isinstance(e, str) else e.content!r}" for e in examples]
    refs = rule.references or pack.meta.references
    if refs:
        out += ["", "References:"] + [f"  - {r}" for r in refs]
    click.echo("\n".join(out))


@rules.command("schema")
@click.option("--lexicon", is_flag=True, help="The schema of a lexicon (rules/lexicon/*.yaml).")
def rules_schema(lexicon: bool) -> None:
    """Print the JSON Schema of a rule pack, or of a lexicon (for editors and CI)."""
    if lexicon:
        from compliance.notices.selfcheck import lexicon_json_schema

        click.echo(json.dumps(lexicon_json_schema(), indent=2, sort_keys=True))
        return
    from compliance.rulepacks.schema import pack_json_schema

    click.echo(json.dumps(pack_json_schema(), indent=2, sort_keys=True))


def _register_optional_commands() -> None:
    """Commands that live in their own modules (eval, scan, report, ...), when present."""
    import importlib

    for module_name, attr in (
        ("compliance.evaluate", "eval_command"),
        ("compliance.scan_cli", "scan_command"),
        ("compliance.report_cli", "report_group"),
        ("compliance.baseline_cli", "baseline_group"),
        ("compliance.explain_cli", "explain_command"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        main.add_command(getattr(module, attr))


_register_optional_commands()
