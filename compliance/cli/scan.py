"""The `compliance scan` command: datasets in, split + reports + a CI gate out.

Prints only here (and in the other `compliance.cli` modules): a progress bar on a terminal,
the counts and the gate on stderr; reports go to files (`reports/` by default, timestamped)
or to stdout with `-o -`. Exit codes are the checker's (DESIGN.md §6): 0 pass, 1 gate failed,
2 usage, 3 undetermined.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from compliance.cli.app import _argv, _fail_usage, guarded
from compliance.cli.options import (
    engine_options,
    field_map,
    policy_options,
    record_options,
    report_location_options,
    spec_from_options,
)
from compliance.cli.progress import ProgressBar

SCAN_FORMATS = [
    "json",
    "jsonl",
    "summary",
    "summary-json",
    "markdown",
    "text",
    "sarif",
    "junit",
    "html",
]
REPORT_SUFFIX = {
    "json": "json",
    "jsonl": "jsonl",
    "summary": "summary.txt",
    "summary-json": "summary.json",
    "markdown": "md",
    "text": "txt",
    "sarif": "sarif",
    "junit": "junit.xml",
    "html": "html",
}
_ERRORS_SHOWN = 10


@click.command("scan")
@click.argument("data", nargs=-1, required=True, type=click.Path())
@policy_options
@record_options
@engine_options(
    engine_help="Where shards run: local processes, a Ray cluster (content-compliance[ray]) or"
    " Spark (content-compliance[spark]). Ray/Spark write json, jsonl or summary reports.",
    jobs_help="Worker processes; 0 = all cores. Results keep the input order.",
)
@click.option(
    "--split",
    "split_dir",
    type=click.Path(file_okay=False),
    metavar="OUTDIR",
    help="Write allowed.* / rejected.* (input format, records unchanged), "
    "rejected.verdicts.jsonl, errors.jsonl and counts.json into OUTDIR.",
)
@click.option(
    "--format",
    "-f",
    "formats",
    multiple=True,
    type=click.Choice(SCAN_FORMATS),
    help="Report format (repeatable). Default: json.",
)
@report_location_options("scan", "Write the (single) report format here instead; - for stdout.")
@click.option(
    "--baseline",
    type=click.Path(),
    metavar="FILE",
    help="Accepted findings (`compliance baseline create`): only new findings fail the gate.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary on stderr.")
@guarded
def scan_command(
    data: tuple[str, ...],
    purpose: str,
    agent: str | None,
    grants: str | None,
    accept: str,
    profile: str,
    fail_on: str | None,
    allow_undetermined: bool,
    rules: tuple[str, ...],
    no_default_rules: bool,
    text_field: tuple[str, ...],
    html_field: tuple[str, ...],
    url_field: tuple[str, ...],
    id_field: tuple[str, ...],
    max_record_bytes: int,
    jobs: int,
    split_dir: str | None,
    formats: tuple[str, ...],
    report_dir: str,
    output: str | None,
    baseline: str | None,
    engine: str,
    address: str | None,
    master: str | None,
    quiet: bool,
) -> None:
    """Scan datasets (JSONL[.gz|.zst], CSV, Parquet, WARC[.gz]) record by record.

    \b
    Every record ends up exactly once: as a document in the report (allowed or rejected in
    --split), or as an error naming file and line/offset. One bad record never stops a scan.

    \b
    Examples:
      compliance scan crawl.jsonl.zst --purpose ai-train --split out/
      compliance scan data/*.parquet -p ai -f sarif -f html --baseline baseline.json
      compliance scan segment.warc.gz --purpose ai-train -o - -f summary
      compliance scan shards/*.parquet -p ai --engine ray --address auto -f jsonl
    """
    from compliance.baseline import load_baseline
    from compliance.engine import run_clock
    from compliance.scan import run_scan

    data = _dataset_files(data, [d for d in (split_dir, report_dir) if d])
    chosen = list(dict.fromkeys(formats or ("json",)))
    if output and len(chosen) != 1:
        _fail_usage("--output takes exactly one --format", "use --report-dir for several formats")
    if engine != "local":
        _check_engine_options(engine, address, master, chosen, split_dir, baseline)
    elif address or master:
        _fail_usage("--address needs --engine ray and --master needs --engine spark")
    # A bad baseline is a usage error: report it before spending seconds compiling rules.
    accepted = load_baseline(baseline, run_clock().date()) if baseline else None
    marks = accepted.reasons() if accepted else None  # shown as accepted in the reports
    started = time.perf_counter()
    spec = spec_from_options()
    checker = spec.build()
    fields = field_map(text_field, html_field, url_field, id_field, max_record_bytes)
    workers = jobs or len(os.sched_getaffinity(0))
    if engine != "local":
        _engine_scan(
            engine,
            list(data),
            spec,
            fields,
            checker,
            workers,
            address,
            master,
            chosen,
            report_dir,
            output,
            quiet,
            started,
        )
    bar = ProgressBar(
        sum(os.path.getsize(p) for p in data), enabled=not quiet and sys.stderr.isatty()
    )

    def adjust(result: Any) -> Any:
        assert accepted is not None
        return accepted.apply(result, checker.policy)

    # json, jsonl and summary reports stream from a spool on disk: memory stays bounded on
    # datasets far larger than RAM. The other formats need the whole run in memory.
    streaming = all(f in ENGINE_FORMATS for f in chosen)
    spool = None
    if streaming:
        spool = _spool_dir(report_dir, output)
    try:
        outcome = run_scan(
            list(data),
            spec,
            fields,
            jobs=workers,
            split_dir=Path(split_dir) if split_dir else None,
            allow_undetermined=allow_undetermined,
            checker=checker,
            adjust=adjust if accepted else None,
            progress=bar,
            spool=spool,
        )
        bar.finish()
        duration = 0.0 if os.environ.get("SOURCE_DATE_EPOCH") else time.perf_counter() - started
        if outcome.spooled is not None:
            from compliance.batch import assemble_report

            report = assemble_report(checker, outcome.spooled, argv=_argv(), duration_s=duration)
            written = _write_engine_reports(
                report, outcome.spooled, chosen, report_dir, output, checker.clock, marks
            )
        else:
            report = checker.report(
                outcome.results, outcome.errors, argv=_argv(), duration_s=duration
            )
            written = _write_reports(report, chosen, report_dir, output, checker.clock, marks)
    finally:
        if spool is not None:
            import shutil

            shutil.rmtree(spool, ignore_errors=True)
    if quiet:
        sys.exit(report.exit_code)
    for error in outcome.errors[:_ERRORS_SHOWN]:
        where = (
            f":{error.line}"
            if error.line is not None
            else (f"@{error.offset}" if error.offset is not None else "")
        )
        click.echo(f"{error.source}{where}: error: {error.message}", err=True)
    if outcome.error_count > _ERRORS_SHOWN:
        more = outcome.error_count - _ERRORS_SHOWN
        click.echo(
            f"  ... and {more} more error(s): see the report"
            + (" or errors.jsonl" if split_dir else ""),
            err=True,
        )
    if accepted is not None:
        click.echo(
            f"baseline {accepted.path}: {len(accepted.used)} accepted finding(s) applied,"
            f" {len(accepted.expired)} expired entr(y/ies) not counted",
            err=True,
        )
        for entry in accepted.expired:
            hit = " (still found)" if entry.fingerprint in accepted.expired_hit else ""
            click.echo(
                f"  expired {entry.expires}: {entry.fingerprint} {entry.rule_id}"
                f" owner={entry.owner or '-'}{hit}; renew or remove it",
                err=True,
            )
    gate = report.summary.gate
    click.echo(
        f"compliance scan: {outcome.records:,} record(s) read = {outcome.documents:,}"
        f" document(s) + {outcome.error_count:,} error(s)"
        + (f" ({outcome.skipped} non-response WARC record(s) skipped)" if outcome.skipped else "")
        + f"; gate: {gate['pass']} pass, {gate['fail']} fail, {gate['undetermined']} undetermined",
        err=True,
    )
    if split_dir:
        click.echo(
            f"split {split_dir}: {outcome.allowed:,} allowed + {outcome.rejected:,} rejected"
            f" + {outcome.error_count:,} errors = {outcome.records:,} records",
            err=True,
        )
    for path in written:
        click.echo(f"report: {path}", err=True)
    click.echo(f"exit {report.exit_code}", err=True)
    sys.exit(report.exit_code)


ENGINE_FORMATS = ("json", "jsonl", "summary", "summary-json")


def _dataset_files(paths: Sequence[str], outputs: Sequence[str]) -> tuple[str, ...]:
    """Files as given (exit 2 for a missing or unsupported one); a folder is walked like
    `check` walks one: recursively, sorted, dataset files only, skipping hidden entries and
    this run's own --split / --report-dir output."""
    from compliance.errors import InputError
    from compliance.sources.datasets import SUPPORTED, detect_format

    skip = [Path(o).resolve() for o in outputs]
    files: list[str] = []
    for path in paths:
        root = Path(path)
        if root.is_dir():
            found = []
            for item in sorted(root.rglob("*")):
                relative = item.relative_to(root).parts
                if not item.is_file() or any(part.startswith(".") for part in relative):
                    continue
                if any(item.resolve().is_relative_to(s) for s in skip):
                    continue
                try:
                    detect_format(str(item))
                except InputError:
                    continue
                found.append(str(item))
            if not found:
                _fail_usage(f"{path}: no dataset files in this folder", f"expected {SUPPORTED}")
            files += found
        elif not root.is_file():
            _fail_usage(f"{path}: no such file or folder")
        else:
            detect_format(path)  # InputError -> exit 2 naming the file
            files.append(path)
    return tuple(files)


def _spool_dir(report_dir: str, output: str | None) -> Path:
    """A fresh spool beside where the report goes: --report-dir, the -o FILE's folder, or
    the system temp folder for `-o -` (no reports/ folder the user did not ask for)."""
    import tempfile

    if output == "-":
        where = None
    elif output:
        where = str(Path(output).resolve().parent)
        if not Path(where).is_dir():
            _fail_usage(f"cannot write {output}: {where} is not a directory")
    else:
        Path(report_dir).mkdir(parents=True, exist_ok=True)
        where = report_dir
    return Path(tempfile.mkdtemp(prefix=".spool-", dir=where)).resolve()


ENGINE_EXTRAS = {"ray": ("ray", "ray"), "spark": ("pyspark", "spark")}


def _check_engine_options(
    engine: str,
    address: str | None,
    master: str | None,
    formats: list[str],
    split_dir: str | None,
    baseline: str | None,
) -> None:
    """Usage errors (exit 2) before any cluster starts: missing extra, unsupported options."""
    import importlib.util

    module, extra = ENGINE_EXTRAS[engine]
    if importlib.util.find_spec(module) is None:
        _fail_usage(
            f"--engine {engine} needs {module}, which is not installed",
            f"pip install 'content-compliance[{extra}]'",
        )
    if (address and engine != "ray") or (master and engine != "spark"):
        _fail_usage("--address goes with --engine ray, --master with --engine spark")
    unsupported = [f for f in formats if f not in ENGINE_FORMATS]
    if unsupported:
        # The other formats are whole-document renderings that need every result in memory.
        _fail_usage(
            f"--engine {engine} writes {', '.join(ENGINE_FORMATS)} reports, not"
            f" {', '.join(unsupported)}",
            "render the jsonl report afterwards: compliance report render",
        )
    if split_dir or baseline:
        _fail_usage(f"--split and --baseline are not supported with --engine {engine} yet")


def _engine_scan(
    engine: str,
    data: list[str],
    spec: Any,
    fields: Any,
    checker: Any,
    workers: int,
    address: str | None,
    master: str | None,
    formats: list[str],
    report_dir: str,
    output: str | None,
    quiet: bool,
    started: float,
) -> None:
    """Scan on Ray or Spark: the same shards, counts summed on the driver, lines streamed.

    Workers write each shard's report lines under a parts directory inside --report-dir
    (which must therefore be a filesystem every worker sees); the driver sums per-shard
    counts and concatenates the lines in shard order, so no document row is collected.
    """
    import shutil
    import tempfile

    from compliance.batch import assemble_report
    from compliance.sources.datasets import plan_shards

    shards = plan_shards(data, workers)
    Path(report_dir).mkdir(parents=True, exist_ok=True)
    parts = Path(tempfile.mkdtemp(prefix=".parts-", dir=report_dir)).resolve()
    try:
        if engine == "ray":
            from compliance.integrations import ray as ray_engine

            outcome = ray_engine.scan(shards, spec, fields, parts, address=address, workers=workers)
        else:
            from compliance.integrations import spark as spark_engine

            outcome = spark_engine.scan(shards, spec, fields, parts, master=master, workers=workers)
        duration = 0.0 if os.environ.get("SOURCE_DATE_EPOCH") else time.perf_counter() - started
        report = assemble_report(checker, outcome, argv=_argv(), duration_s=duration)
        written = _write_engine_reports(report, outcome, formats, report_dir, output, checker.clock)
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    if not quiet:
        gate = report.summary.gate
        click.echo(
            f"compliance scan ({engine}): {outcome.records:,} record(s) read ="
            f" {outcome.documents:,} document(s) + {outcome.errors:,} error(s)"
            f"; gate: {gate['pass']} pass, {gate['fail']} fail,"
            f" {gate['undetermined']} undetermined",
            err=True,
        )
        for path in written:
            click.echo(f"report: {path}", err=True)
        click.echo(f"exit {report.exit_code}", err=True)
    sys.exit(report.exit_code)


def _write_engine_reports(
    report: Any,
    outcome: Any,
    formats: list[str],
    report_dir: str,
    output: str | None,
    clock: Any,
    marks: Any = None,
) -> list[str]:
    if output == "-":
        _write_engine_format(formats[0], report, outcome, sys.stdout, marks)
        return []
    if output:
        targets = [(formats[0], Path(output))]
    else:
        stamp = clock.strftime("%Y%m%dT%H%M%SZ")
        targets = [(f, Path(report_dir) / f"scan-{stamp}.{REPORT_SUFFIX[f]}") for f in formats]
    for fmt, target in targets:
        try:
            with open(target, "w", encoding="utf-8") as stream:
                _write_engine_format(fmt, report, outcome, stream, marks)
        except OSError as exc:
            _fail_usage(f"cannot write {target}: {exc.strerror}")
    return [str(t) for _, t in targets]


def _write_engine_format(
    fmt: str, report: Any, outcome: Any, stream: Any, marks: Any = None
) -> None:
    from compliance.formats import render
    from compliance.parts import write_json, write_jsonl

    if fmt == "jsonl":
        write_jsonl(outcome, stream)
    elif fmt == "json":
        write_json(report, outcome, stream)
    elif fmt == "summary":
        stream.write(_streamed_summary(report, outcome, marks))
    else:
        stream.write(render(report, fmt, marks))


def _streamed_summary(report: Any, outcome: Any, marks: Any) -> str:
    """The human summary of a streamed scan: notices counted from the document part files
    one line at a time (the report in memory has no documents)."""
    import json

    from compliance.formats.summary import render as render_summary
    from compliance.formats.summary import tally

    def documents() -> Any:
        for part in sorted((Path(outcome.parts) / "docs").glob("*.jsonl")):
            with open(part, encoding="utf-8") as handle:
                yield from (json.loads(line) for line in handle if line.strip())

    return render_summary(report, marks, tally(documents(), marks))


def _write_reports(
    report: Any,
    formats: list[str],
    report_dir: str,
    output: str | None,
    clock: Any,
    marks: Any = None,
) -> list[str]:
    from compliance.formats import render

    if output == "-":
        click.echo(render(report, formats[0], marks), nl=False)
        return []
    if output:
        targets = [(formats[0], Path(output))]
    else:
        directory = Path(report_dir)
        directory.mkdir(parents=True, exist_ok=True)
        stamp = clock.strftime("%Y%m%dT%H%M%SZ")
        targets = [(f, directory / f"scan-{stamp}.{REPORT_SUFFIX[f]}") for f in formats]
    written = []
    for fmt, target in targets:
        try:
            target.write_text(render(report, fmt, marks), "utf-8")
        except OSError as exc:
            _fail_usage(f"cannot write {target}: {exc.strerror}")
        written.append(str(target))
    return written
