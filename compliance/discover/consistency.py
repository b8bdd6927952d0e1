"""Reduce stage, consistency: a site's recurring notice against its own robots.txt.

The logic is the consistency pack's (`rules/signals/consistency.yaml`), evaluated here on a
site instead of a page: its signal-only rules fire when their signals are present, with
`notice:ai-reserved` standing for "the site's recurring notice reserves an AI purpose" (what
the current rules decide for it, or what the draft pack proposes) and the robots.txt signals
read from the dataset's own `/robots.txt` record or a `--site-files` snapshot. Without the
pack (`--no-default-rules`) no consistency finding is made.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from compliance.discover.candidates import Found
from compliance.discover.concepts import AI_PURPOSES
from compliance.discover.mine import site_of
from compliance.discover.model import Consistency
from compliance.engine import Checker
from compliance.errors import InputError
from compliance.extract.robots_signals import robots_fetch_signals, robots_signals
from compliance.model import Signal, SiteFile
from compliance.rulepacks.schema import MatchNode, Rule

PACK = "signals-consistency"
NOTICE_SIGNAL = "notice:ai-reserved"


def snapshot_robots(directory: Path) -> dict[str, tuple[SiteFile, str]]:
    """site -> (robots.txt, where it came from) of every snapshot under `directory` (one
    snapshot, or a folder of them as `compliance check --snapshot` writes for several)."""
    from compliance.sources.snapshot import read_site

    if (directory / "site.json").is_file():
        folders = [directory]
    else:
        folders = sorted(p for p in directory.iterdir() if (p / "site.json").is_file())
    if not folders:
        raise InputError(f"{directory}: no site snapshot (no site.json) in this folder")
    found: dict[str, tuple[SiteFile, str]] = {}
    for folder in folders:
        site = read_site(folder)
        host = site_of(site.origin, False)
        if host and site.robots is not None:
            found.setdefault(host, (site.robots, str(folder / "robots.txt")))
    return found


def _rules(checker: Checker) -> list[Rule]:
    """The consistency pack's rules that read `notice:ai-reserved` (signals only)."""
    pack = checker.ruleset.pack(PACK)
    if pack is None:
        return []
    return [
        rule
        for p, rule in checker.ruleset.rules()
        if p.meta.id == PACK and NOTICE_SIGNAL in _signals(rule.match)
    ]


def _signals(node: MatchNode) -> set[str]:
    out = set(node.signal_ids())
    for child in [*(node.any or []), *(node.all or []), *([node.not_] if node.not_ else [])]:
        out |= _signals(child)
    return out


def _fires(node: MatchNode, present: set[str]) -> bool:
    """The pack's match tree on signal ids (text atoms never fire here)."""
    if node.signal is not None:
        return bool(present & set(node.signal_ids()))
    if node.any is not None:
        return any(_fires(child, present) for child in node.any)
    if node.all is not None:
        return all(_fires(child, present) for child in node.all)
    if node.not_ is not None:
        return not _fires(node.not_, present)
    return False


def reserved_ai(item: Found) -> list[str]:
    """AI purposes the candidate's notice reserves: what the rules decide, or the draft."""
    decided = {p: v for p, (v, _) in item.verdicts.items()}
    if item.status in ("unexplained", "partly"):
        for purpose, value in item.effect.items():
            decided.setdefault(purpose, value)
    return [p for p in AI_PURPOSES if decided.get(p) in ("deny", "conditional")]


def check_sites(
    checker: Checker,
    found: list[Found],
    dataset_robots: dict[str, tuple[str, str]],
    snapshots: dict[str, tuple[SiteFile, str]],
) -> Iterator[Consistency]:
    """One finding per site and rule whose reserving notice its robots.txt contradicts."""
    rules = _rules(checker)
    if not rules:
        return
    done: set[str] = set()
    for item in found:
        if item.site in done or item.status == "harmless":
            continue
        reserved = reserved_ai(item)
        if not reserved:
            continue
        robots: list[Signal]
        if item.site in snapshots:
            site_file, where = snapshots[item.site]
            robots = robots_fetch_signals(site_file, path="/", source=where)
        elif item.site in dataset_robots:
            body, where = dataset_robots[item.site]
            robots = robots_signals(body, path="/", source=where)
        else:
            continue
        present = {s.id for s in robots} | {NOTICE_SIGNAL}
        for rule in rules:
            if not _fires(rule.match, present):
                continue
            done.add(item.site)
            evidence = sorted(
                {
                    f"line {s.evidence.line}: {s.evidence.excerpt}"
                    if s.evidence.line
                    else s.evidence.excerpt
                    for s in robots
                    if s.id in _signals(rule.match) and s.evidence is not None
                }
            )
            yield Consistency(
                site=item.site,
                rule_id=rule.id,
                message=rule.message,
                notice=item.text,
                reserved=tuple(reserved),
                robots_source=where,
                evidence=tuple(evidence),
            )
