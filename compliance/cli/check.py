"""`compliance check`: files, folders, stdin, URLs or a site snapshot in, one report out."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from compliance.cli.app import _argv, _emit, _fail_usage, guarded
from compliance.cli.options import policy_options, spec_from_options
from compliance.model import Document, ErrorEntry, Site, SiteFile

FORMATS = ["text", "json", "jsonl", "summary", "summary-json", "markdown", "html", "sarif", "junit"]


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


@click.command()
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
    from compliance.cli.progress import ProgressBar

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
