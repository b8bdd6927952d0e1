"""The `compliance discover` command: a crawl in, the notices no rule knows yet out.

Prints only here: a progress line on a terminal and the counts on stderr; the report goes to
`reports/discover-<UTC timestamp>.<ext>`, to `-o FILE`, or to stdout with `-o -`.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import click

from compliance.cli.app import _argv, _fail_usage, guarded
from compliance.cli.options import (
    engine_options,
    field_map,
    record_options,
    report_location_options,
    rules_options,
)
from compliance.cli.progress import ProgressBar
from compliance.cli.scan import _check_engine_options, _dataset_files

FORMATS = {"json": "json", "markdown": "md", "html": "html"}


@click.command("discover")
@click.argument("data", nargs=-1, required=True, type=click.Path())
@rules_options
@record_options
@click.option(
    "--site-field",
    metavar="NAME",
    help="Group records by this field (a URL or a plain site key) instead of the URL's host.",
)
@click.option(
    "--min-docs",
    type=click.IntRange(min=2),
    default=2,
    show_default=True,
    metavar="N",
    help="A block must recur on at least N documents of its site.",
)
@click.option(
    "--min-share",
    type=click.FloatRange(min=0.01, max=1.0),
    default=0.2,
    show_default=True,
    metavar="F",
    help="... and on at least this share of the site's documents.",
)
@click.option(
    "--include-harmless",
    is_flag=True,
    help="Also list recurring boilerplate without notice concepts (ranked last).",
)
@click.option(
    "--emit-packs",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="Write a draft publisher pack DIR/<host>.yaml per site whose notice no rule"
    " explains (marked `review: required`); apply them with `scan --rules DIR`.",
)
@click.option(
    "--site-files",
    type=click.Path(exists=True, file_okay=False),
    metavar="DIR",
    help="Site snapshots (as `check --snapshot` writes them) whose robots.txt the"
    " consistency check reads; robots.txt records in the dataset are read too.",
)
@engine_options(
    engine_help="Where the mining runs: local processes, Ray or Spark (same candidates).",
    jobs_help="Worker processes (or engine workers); 0 = all cores.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(list(FORMATS)),
    default="json",
    show_default=True,
    help="Report format.",
)
@report_location_options(
    "discover", "Write the report here instead; - for stdout.", " The work files go there too."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress line and no summary on stderr.")
@guarded
def discover_command(
    data: tuple[str, ...],
    rules: tuple[str, ...],
    no_default_rules: bool,
    text_field: tuple[str, ...],
    html_field: tuple[str, ...],
    url_field: tuple[str, ...],
    id_field: tuple[str, ...],
    site_field: str | None,
    max_record_bytes: int,
    min_docs: int,
    min_share: float,
    include_harmless: bool,
    emit_packs: str | None,
    site_files: str | None,
    jobs: int,
    engine: str,
    address: str | None,
    master: str | None,
    fmt: str,
    report_dir: str,
    output: str | None,
    quiet: bool,
) -> None:
    """Find the notices in a crawl that no rule knows yet, and draft packs for them.

    \b
    Per site (URL host, or --site-field), the blocks that recur across its documents are
    counted (dates, years, names and counters may vary); those that carry notice concepts
    are explained with the current rules and ranked: unexplained first, then partly
    explained, then explained. A site whose notice reserves AI use while its robots.txt
    lets every catalogue AI agent in gets a consistency finding.

    \b
    Exit codes: 0 nothing needs review; 1 a notice is unexplained or partly explained, or
    a site contradicts itself; 2 usage error or invalid rules; 3 nothing to review but some
    records were unreadable (listed as errors); 4 internal error; 130/143 interrupted.

    \b
    Examples:
      compliance discover crawl.jsonl.zst
      compliance discover crawl.parquet --emit-packs packs/ -f markdown -o -
      compliance scan crawl.parquet --rules packs/        # apply the reviewed drafts
      compliance discover shards/ --engine ray -o discover.json
    """
    from compliance.discover.consistency import snapshot_robots
    from compliance.discover.mine import MineOptions
    from compliance.discover.run import Settings, mine_local, reduce
    from compliance.engine import Checker
    from compliance.sources.datasets import plan_shards

    outputs = [d for d in (report_dir, emit_packs) if d]
    files = _dataset_files(data, outputs)
    if engine != "local":
        _check_engine_options(engine, address, master, ["json"], None, None)
    elif address or master:
        _fail_usage("--address needs --engine ray and --master needs --engine spark")
    started = time.perf_counter()
    checker = Checker.from_rules(list(rules), include_bundled=not no_default_rules)
    snapshots = snapshot_robots(Path(site_files)) if site_files else {}
    urls = (site_field,) if site_field else url_field
    fields = field_map(text_field, html_field, urls, id_field, max_record_bytes)
    options = MineOptions(min_share=min_share, site_field=bool(site_field))
    workers = jobs or len(os.sched_getaffinity(0))
    shards = plan_shards(list(files), workers)
    Path(report_dir).mkdir(parents=True, exist_ok=True)
    # Run files: inside --report-dir, which cluster workers must see too (like scan's parts).
    work = Path(tempfile.mkdtemp(prefix=".discover-", dir=report_dir)).resolve()
    bar = ProgressBar(
        sum(os.path.getsize(p) for p in files),
        enabled=not quiet and sys.stderr.isatty(),
        verb="discovering",
    )
    try:
        if engine == "ray":
            from compliance.integrations import ray as ray_engine

            mined = ray_engine.discover(
                shards, fields, options, work, address=address, workers=workers
            )
        elif engine == "spark":
            from compliance.integrations import spark as spark_engine

            mined = spark_engine.discover(
                shards, fields, options, work, master=master, workers=workers
            )
        else:
            mined = mine_local(shards, fields, options, work, jobs=workers, progress=bar)
        bar.finish()
        duration = 0.0 if os.environ.get("SOURCE_DATE_EPOCH") else time.perf_counter() - started
        report = reduce(
            mined,
            checker,
            Settings(
                min_documents=min_docs,
                min_share=min_share,
                include_harmless=include_harmless,
                site_field=site_field,
                engine=engine,
            ),
            inputs=files,
            emit_packs=Path(emit_packs) if emit_packs else None,
            snapshots=snapshots,
            argv=_argv(),
            duration_s=duration,
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    written = _write(report, fmt, report_dir, output, checker.clock)
    if not quiet:
        _summary(report, written)
    sys.exit(report.exit_code)


def _render(report: Any, fmt: str) -> str:
    if fmt == "json":
        import json

        return json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        from compliance.discover.markdown import render

        return render(report)
    from compliance.formats.html_discover import render as render_html

    return render_html(report)


def _write(report: Any, fmt: str, report_dir: str, output: str | None, clock: Any) -> str | None:
    rendered = _render(report, fmt)
    if output == "-":
        click.echo(rendered, nl=False)
        return None
    target = (
        Path(output)
        if output
        else Path(report_dir) / f"discover-{clock.strftime('%Y%m%dT%H%M%SZ')}.{FORMATS[fmt]}"
    )
    try:
        target.write_text(rendered, "utf-8")
    except OSError as exc:
        _fail_usage(f"cannot write {target}: {exc.strerror}")
    return str(target)


def _summary(report: Any, written: str | None) -> None:
    for error in report.errors[:10]:
        where = (
            f":{error.line}"
            if error.line is not None
            else (f"@{error.offset}" if error.offset is not None else "")
        )
        click.echo(f"{error.source}{where}: error: {error.message}", err=True)
    if report.summary.errors > 10:
        click.echo(
            f"  ... and {report.summary.errors - 10} more error(s): see the report", err=True
        )
    s = report.summary
    c = s.candidates
    click.echo(
        f"compliance discover: {s.records:,} record(s) read = {s.documents:,} document(s)"
        f" + {s.robots_files:,} robots.txt + {s.errors:,} error(s); {s.sites:,} site(s);"
        f" notices: {c['unexplained']} unexplained, {c['partly']} partly explained,"
        f" {c['explained']} explained; {s.packs_emitted} draft pack(s);"
        f" {s.consistency} site(s) contradicting their robots.txt",
        err=True,
    )
    if written:
        click.echo(f"report: {written}", err=True)
    click.echo(f"exit {report.exit_code}", err=True)
