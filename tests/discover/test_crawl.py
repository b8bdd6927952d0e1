"""The generated crawl for `compliance discover` (issue 14): shape, noise and ground truth,
checked against the real checker and the real `compliance scan`."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from compliance.engine import Checker
from compliance.model import Document, DocumentResult
from compliance.notices.lexicon import LexiconSet, fold_text, load_lexicons
from tests.discover import crawl

ROOT = Path(__file__).resolve().parents[2]

# 105 sites hold every language with every kind (15 languages, a kind cycle of 7).
SITES, PAGES = 105, 2
RESTRICTING = ("deny", "conditional")
URL = re.compile(r"^https://([a-z0-9.-]+)/([a-z0-9-]+)/(\d{4})/(\d{2})/[a-z0-9-]+-(\d+)\.html$")
SUMMARY = ("-o", "-", "-f", "summary-json")
POLARITY = {"restrict", "require", "grant", "negator", "addressee", "binding"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, str]]:
    return list(crawl.generate(SITES, PAGES))


@pytest.fixture(scope="module")
def truth() -> dict[str, crawl.SiteTruth]:
    return {t.host: t for t in crawl.truth(SITES)}


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker.from_rules(purposes="all")


@pytest.fixture(scope="module")
def lexicons() -> LexiconSet:
    return load_lexicons()


def _check(checker: Checker, text: str, url: str | None = None) -> DocumentResult:
    return checker.check(Document(id="t", source="t", kind="text", text=text, url=url))


def _restricting(result: DocumentResult) -> dict[str, set[str]]:
    """Rule id -> the purposes it restricts (deny or conditional), superseded ones left out."""
    out: dict[str, set[str]] = {}
    for finding in result.findings:
        if finding.superseded_by:
            continue
        purposes = {p.value for p, v in finding.effects.items() if v.value in RESTRICTING}
        if purposes:
            out.setdefault(finding.rule_id, set()).update(purposes)
    return out


def _host(record: dict[str, str]) -> str:
    return record["url"].split("/")[2]


# -- shape ------------------------------------------------------------------------------------


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    assert crawl.write_jsonl(a, 20, 3, seed=3) == 60
    crawl.write_jsonl(b, 20, 3, seed=3)
    crawl.write_jsonl(c, 20, 3, seed=4)
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()
    assert crawl.truth(20, seed=3) == crawl.truth(20, seed=3)


def test_counts_ids_and_urls(records: list[dict[str, str]]) -> None:
    assert len(records) == SITES * PAGES
    assert len({r["id"] for r in records}) == len(records)
    assert len({r["url"] for r in records}) == len(records)
    per_host = Counter(_host(r) for r in records)
    assert len(per_host) == SITES and set(per_host.values()) == {PAGES}
    for record in records:
        assert {"id", "url", "text"} <= record.keys()  # the dataset readers' default fields
        match = URL.match(record["url"])
        assert match, record["url"]
        assert 2019 <= int(match[3]) <= 2025 and 1 <= int(match[4]) <= 12
    # A record is about 4 KB on average (1M records ~ 4 GB).
    mean = sum(len(json.dumps(r, ensure_ascii=False).encode()) for r in records) / len(records)
    assert 3300 < mean < 4800


def test_records_option_stops_at_the_count() -> None:
    assert sum(1 for _ in crawl.generate(7, 10, records=23)) == 23
    sites, pages = crawl.shape(1_000_000)
    assert sites * pages >= 1_000_000 and sites > crawl.DEFAULT_SITES


def _scripts(text: str) -> set[str]:
    found = set()
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            found.add(name.split(" ")[0])
    return found


def test_languages_scripts_and_kinds(records: list[dict[str, str]]) -> None:
    sites = crawl.truth()  # the default 200 sites
    assert len({t.language for t in sites}) >= 12
    kinds = Counter(t.kind for t in sites)
    assert set(kinds) == set(crawl.KINDS) and min(kinds.values()) >= 40
    # Every language has each kind.
    assert {(t.language, t.kind) for t in sites} == {
        (lang, kind) for lang in {t.language for t in sites} for kind in crawl.KINDS
    }
    scripts = set().union(*(_scripts(r["text"]) for r in records))
    assert {"LATIN", "CYRILLIC", "ARABIC", "CJK"} <= scripts
    antara = [t for t in sites if t.host.endswith("antaranews.com")]
    assert antara and all(t.kind == "known" and t.known_by == "antara/" for t in antara)
    assert all(t.notice == crawl.ANTARA_FOOTER for t in antara)
    notice_sites = [t for t in sites if t.notice is not None]
    assert sum(t.noisy_notice for t in notice_sites) * 3 >= len(notice_sites)
    for t in sites:
        assert (t.notice is None) == (t.kind == "harmless")
        assert (t.known_by is not None) == (t.kind == "known")
        assert bool(t.effects) == (t.kind != "harmless")


def test_the_recurring_blocks_are_noisy(
    records: list[dict[str, str]], truth: dict[str, crawl.SiteTruth]
) -> None:
    notice_blocks: dict[str, set[str]] = defaultdict(set)
    first_blocks: dict[str, set[str]] = defaultdict(set)
    bylines: dict[str, set[str]] = defaultdict(set)
    for record in records:
        site = truth[_host(record)]
        blocks = record["text"].split("\n\n")
        first_blocks[site.host].add(blocks[0])
        bylines[site.host].update(b for b in blocks if site.name not in b and "|" in b)
        if site.notice:
            found = [b for b in blocks if site.notice in b]
            assert len(found) <= 1
            notice_blocks[site.host].update(found)
    # Noisy notice sites: the notice block itself changes from page to page.
    noisy = [h for h, t in truth.items() if t.noisy_notice]
    assert noisy
    assert sum(len(notice_blocks[h]) > 1 for h in noisy) >= len(noisy) * 0.8
    quiet = [h for h, t in truth.items() if t.notice and not t.noisy_notice]
    assert all(notice_blocks[h] <= {truth[h].notice} for h in quiet)
    # Bylines (author, date) differ on every site's pages; header lines recur per section.
    assert sum(len(v) > 1 for v in bylines.values()) >= len(truth) * 0.8
    assert all(len(v) <= 5 for v in first_blocks.values())


def test_the_notice_recurs_on_nearly_every_page() -> None:
    sites = {t.host: t for t in crawl.truth(30)}
    carried: Counter[str] = Counter()
    for record in crawl.generate(30, 50):
        site = sites[_host(record)]
        if site.notice and site.notice in record["text"]:
            carried[site.host] += 1
        for block in site.boilerplate:
            if "{year}" not in block:
                assert block in record["text"]
    for host, site in sites.items():
        if site.notice:
            assert carried[host] >= 45, host


# -- against the real checker -----------------------------------------------------------------


def test_known_notices_are_read_by_the_expected_rules(
    records: list[dict[str, str]], truth: dict[str, crawl.SiteTruth], checker: Checker
) -> None:
    seen: set[str] = set()
    for record in records:
        site = truth[_host(record)]
        if site.kind != "known" or not site.notice or site.notice not in record["text"]:
            continue  # a few pages miss the footer
        assert site.known_by is not None
        found = _restricting(_check(checker, record["text"], record["url"]))
        by_rule = {
            p
            for rule, purposes in found.items()
            if rule.startswith(site.known_by)
            for p in purposes
        }
        expected = {p for p, v in site.effects.items() if v in RESTRICTING}
        assert expected and expected <= by_rule, (site.host, site.notice, found)
        seen.add(site.known_by)
    assert "antara/" in seen and len(seen) >= 12


def test_unknown_notices_give_no_finding_but_have_concept_hits(
    records: list[dict[str, str]],
    truth: dict[str, crawl.SiteTruth],
    checker: Checker,
    lexicons: LexiconSet,
) -> None:
    # Every wording of every language, as the bare notice.
    sites = [t for t in truth.values() if t.kind == "unknown"]
    wordings = {(code, w.text) for code, lang in crawl.LANGUAGES.items() for w in lang.unknown}
    for code, text in sorted(wordings):
        assert not _restricting(_check(checker, text)), (code, text)
        concepts = {
            h.concept
            for h in lexicons.hits(fold_text(text))
            if lexicons.lexicons[h.lexicon].meta.language in (code, "und")
        }
        assert any(c.startswith("action:") for c in concepts), (code, text, concepts)
        assert len(concepts & POLARITY) + len({c for c in concepts if ":" in c}) >= 2, (
            code,
            text,
            concepts,
        )
    # ... and the noisy blocks and whole pages of the unknown sites.
    assert {t.language for t in sites} == set(crawl.LANGUAGES)
    for record in records:
        site = truth[_host(record)]
        if site.kind != "unknown":
            continue
        assert not _restricting(_check(checker, record["text"], record["url"])), site.host
        for block in record["text"].split("\n\n"):
            if site.notice and site.notice in block:
                assert not _restricting(_check(checker, block)), block


def test_harmless_boilerplate_restricts_nothing(
    records: list[dict[str, str]], truth: dict[str, crawl.SiteTruth], checker: Checker
) -> None:
    for code, lang in crawl.LANGUAGES.items():
        for block in lang.harmless:
            text = block.replace("{site}", "Example").replace("{year}", "2024")
            assert not _restricting(_check(checker, text)), (code, text)
    for record in records:
        site = truth[_host(record)]
        if site.kind == "harmless":
            assert not _restricting(_check(checker, record["text"], record["url"])), site.host


# -- the command line and `compliance scan` ---------------------------------------------------


@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.jsonl.zst"])
def test_cli_output_is_read_by_compliance_scan(tmp_path: Path, name: str) -> None:
    out, facts = tmp_path / name, tmp_path / "truth.json"
    code = crawl.main(
        ["--sites", "15", "--pages", "3", "-o", str(out), "--truth", str(facts), "-q"]
    )
    assert code == 0 and out.stat().st_size > 0
    hosts = {row["host"] for row in json.loads(facts.read_text())}
    assert len(hosts) == 15
    scan = subprocess.run(
        [sys.executable, "-m", "compliance", "scan", str(out), "-j", "1", *SUMMARY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert scan.returncode in (0, 1), scan.stderr  # 1: the gate fails (notices restrict)
    summary = json.loads(scan.stdout)["summary"]
    assert summary["documents"] == 45 and summary["errors"] == 0
    assert summary["by_purpose"]["republish"]["conditional"] > 0


def test_module_runs_as_a_command(tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.discover.crawl",
            *("--records", "40", "--sites", "8", "-o"),
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_bytes().splitlines()
    assert len(lines) == 40
    assert "40 records from 8 sites x 5 pages" in done.stderr
