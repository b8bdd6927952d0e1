"""The discover run: shards → (map) per-host block counts → (reduce) ranked candidates.

Map runs wherever shards run: in this process, on a local process pool, on Ray actors or
Spark tasks (`compliance.integrations.ray|spark.discover`); every worker writes sorted run
files into one work folder and returns small `ShardMined` counts. Reduce runs on the driver:
the runs are merged host by host (`sketch.merged_hosts`), each host's recurring blocks are
explained with the checker, ranked, and turned into draft packs and consistency findings.
The same shards give the same report whatever ran the map, because every merge is a sum
taken in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compliance.discover.candidates import Found, explain_host
from compliance.discover.consistency import check_sites
from compliance.discover.mine import MineOptions, ShardMined, mine_shard
from compliance.discover.model import (
    STATUS_ORDER,
    Candidate,
    Concept,
    DiscoverOptions,
    DiscoverReport,
    DiscoverSummary,
    Proposal,
    PurposeVerdict,
)
from compliance.discover.packs import write_packs
from compliance.discover.sketch import merged_hosts
from compliance.engine import Checker
from compliance.model import PackInfo, RunInfo, SiteFile, ToolInfo
from compliance.resources import tool_version
from compliance.sources.datasets import FieldMap, Shard

ERRORS_LISTED = 10_000  # error entries in the report; the rest are counted
Progress = Callable[[int, int], None]  # (records so far, bytes so far)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the reduce stage needs besides the checker (the CLI's options)."""

    min_documents: int = 2
    min_share: float = 0.2
    include_harmless: bool = False
    site_field: str | None = None
    engine: str = "local"


# -- map, locally -----------------------------------------------------------------------------

_WORKER: tuple[FieldMap, MineOptions, Path] | None = None


def _init_worker(fields: FieldMap, options: MineOptions, work: Path) -> None:
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool on Ctrl-C
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER = (fields, options, work)


def _mine_in_worker(shard: Shard) -> ShardMined:
    assert _WORKER is not None, "worker used before its initializer ran"
    fields, options, work = _WORKER
    return mine_shard(shard, fields, options, work)


def mine_local(
    shards: Sequence[Shard],
    fields: FieldMap,
    options: MineOptions,
    work: Path,
    *,
    jobs: int,
    progress: Progress | None = None,
) -> list[ShardMined]:
    """Map every shard on `jobs` local processes (in this one for 1), in input order."""
    done: list[ShardMined] = []
    records = done_bytes = 0

    def tick(item: ShardMined) -> None:
        nonlocal records, done_bytes
        done.append(item)
        records += item.records
        done_bytes += item.size
        if progress:
            progress(records, done_bytes)

    if jobs <= 1 or len(shards) <= 1:
        for shard in shards:

            def partial(count: int, base: int = records) -> None:
                if progress:
                    progress(base + count, done_bytes)

            tick(mine_shard(shard, fields, options, work, progress=partial))
        return done
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(fields, options, work)) as pool:
        for item in pool.imap(_mine_in_worker, shards):
            tick(item)
    return done


# -- reduce -----------------------------------------------------------------------------------


def reduce(
    mined: Sequence[ShardMined],
    checker: Checker,
    settings: Settings,
    *,
    inputs: Sequence[str],
    emit_packs: Path | None = None,
    snapshots: dict[str, tuple[SiteFile, str]] | None = None,
    argv: Sequence[str] = (),
    duration_s: float = 0.0,
) -> DiscoverReport:
    """Merge the shards' runs, explain and rank the candidates, draft packs, check sites."""
    ordered = sorted(mined, key=lambda m: m.index)
    runs = [run for item in ordered for run in item.runs]
    found: list[Found] = []
    dataset_robots: dict[str, tuple[str, str]] = {}
    sites = 0
    for site, sketch in merged_hosts(runs):
        if sketch.robots is not None:
            dataset_robots[site] = (sketch.robots, f"https://{site}/robots.txt (dataset record)")
        if sketch.documents == 0:
            continue
        sites += 1
        found.extend(
            explain_host(
                site,
                sketch,
                checker,
                min_documents=settings.min_documents,
                min_share=settings.min_share,
                include_harmless=settings.include_harmless,
            )
        )
    found.sort(key=_rank)
    written = write_packs(emit_packs, found) if emit_packs is not None else {}
    consistency = list(check_sites(checker, found, dataset_robots, snapshots or {}))
    errors = [e for item in ordered for e in item.error_entries]
    error_count = sum(item.errors for item in ordered)
    candidates = tuple(_candidate(rank, item, written) for rank, item in enumerate(found, 1))
    by_status = {status: 0 for status in STATUS_ORDER}
    for item in found:
        by_status[item.status] += 1
    review = by_status["unexplained"] + by_status["partly"]
    exit_code = 1 if review or consistency else (3 if error_count else 0)
    return DiscoverReport(
        tool=ToolInfo(version=tool_version()),
        generated_at=checker.clock.strftime("%Y-%m-%dT%H:%M:%SZ"),
        run=RunInfo(argv=tuple(argv), duration_s=round(duration_s, 3)),
        inputs=tuple(inputs),
        options=DiscoverOptions(
            min_documents=settings.min_documents,
            min_share=settings.min_share,
            include_harmless=settings.include_harmless,
            site_field=settings.site_field,
            engine=settings.engine,
        ),
        packs=_packs(checker),
        candidates=candidates,
        consistency=tuple(consistency),
        errors=tuple(errors[:ERRORS_LISTED]),
        errors_omitted=error_count - min(len(errors), ERRORS_LISTED),
        summary=DiscoverSummary(
            records=sum(item.records for item in ordered),
            documents=sum(item.documents for item in ordered),
            robots_files=sum(item.robots for item in ordered),
            errors=error_count,
            skipped=sum(item.skipped for item in ordered),
            sites=sites,
            sites_with_candidates=len({item.site for item in found}),
            candidates=by_status,
            packs_emitted=len(written),
            consistency=len(consistency),
        ),
        exit_code=exit_code,
    )


def _rank(item: Found) -> tuple[Any, ...]:
    """Unexplained first, then partly, explained, harmless; then by share of the site."""
    return (STATUS_ORDER[item.status], -item.share, -item.documents, item.site, item.text)


def _candidate(rank: int, item: Found, written: dict[str, str]) -> Candidate:
    proposal = None
    if item.proposable:
        proposal = Proposal(
            effect=item.effect,
            conditions=tuple(item.conditions),
            phrases=tuple(item.phrases),
            pack_file=written.get(item.site),
        )
    return Candidate(
        rank=rank,
        site=item.site,
        status=item.status,
        text=item.text,
        documents=item.documents,
        site_documents=item.site_documents,
        share=round(item.share, 4),
        variants=item.variant_count,
        concepts=tuple(Concept(concept=c, term=t) for c, t in item.wording.concepts),
        suggested_purposes=tuple(sorted(item.wording.purposes)),
        verdicts={
            p: PurposeVerdict(verdict=v, conditions=c)
            for p, (v, c) in sorted(item.verdicts.items())
        },
        rule_ids=tuple(item.rule_ids),
        uncovered=tuple(item.uncovered),
        sample_ids=tuple(item.sample_ids),
        proposal=proposal,
    )


def _packs(checker: Checker) -> tuple[PackInfo, ...]:
    return tuple(
        PackInfo(id=p.meta.id, version=p.meta.version, sha256=p.sha256, path=p.path)
        for p in sorted(checker.ruleset.packs, key=lambda p: p.meta.id)
    )


def mined_rows(rows: Iterator[dict[str, Any]]) -> list[ShardMined]:
    """ShardMined values from the rows an engine collected."""
    return [ShardMined.from_row(row) for row in rows]
