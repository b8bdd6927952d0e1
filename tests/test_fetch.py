"""`compliance check URL`: real Scrapy fetches against fixture sites on 127.0.0.1.

One CLI run checks every fixture page (a session fixture), then each test reads its part of
the JSON report and the servers' request logs. Nothing may fail open: every failure is a
`deny` or `undetermined` with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sites import (
    Site,
    by_url,
    cli_report,
    dead_url,
    iter_urls,
    pytest_sites,
    reasons,
    rule_ids,
    run_cli,
    verdicts,
)

from compliance.model import SiteFile
from compliance.resources import tool_version
from compliance.sources.web import own_robots_problem, robots_licences, rsl_links

NOT_CRAWL = ["search", "ai-train", "ai-input", "ai-index", "republish", "archive"]


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    yield from pytest_sites()


@pytest.fixture(scope="module")
def dead() -> str:
    return dead_url()


@pytest.fixture(scope="module")
def report(sites: dict[str, Site], dead: str) -> dict[str, Any]:
    urls = [u for _, u in iter_urls(sites)]
    # A second page of the ANTARA site: its site files must not be fetched again.
    urls += [sites["antara"].url("/berita/1?page=2"), dead]
    urls += [sites["misc"].url("/image"), sites["misc"].url("/broken")]
    urls += [sites["redirect"].url("/private/x"), sites["rsl_scheme"].url("/page")]
    return cli_report(*urls)


def doc(report: dict[str, Any], url: str) -> dict[str, Any]:
    return by_url(report)[url]


def test_every_url_is_one_document(report: dict[str, Any]) -> None:
    # 16 URLs in, 16 documents out; the redirected one is named by its final URL.
    assert report["summary"]["documents"] == 16
    assert report["errors"] == []


def test_antara_footer_is_conditional_on_written_permission(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    d = doc(report, sites["antara"].url("/berita/1"))
    for purpose in ("crawl", "republish", "ai-train", "ai-input", "ai-index"):
        assert d["verdicts"][purpose]["verdict"] == "conditional"
        assert d["verdicts"][purpose]["unmet"] == ["written-permission"]
        assert rule_ids(d, purpose) == {"antara/ai-and-crawling-reserved"}
    assert d["gate"] == "fail"


def test_site_files_fetched_once_per_origin_as_our_user_agent(sites: dict[str, Site]) -> None:
    # Two ANTARA pages, one robots.txt and one tdmrep.json request.
    antara = sites["antara"]
    assert antara.count("/robots.txt") == 1
    assert antara.count("/.well-known/tdmrep.json") == 1
    assert {ua for _, ua in antara.hits} == {f"compliance-checker/{tool_version()}"}


def test_gptbot_block_and_content_signal(report: dict[str, Any], sites: dict[str, Site]) -> None:
    d = doc(report, sites["gptbot"].url("/page"))
    assert d["verdicts"]["ai-train"]["verdict"] == "deny"
    assert "signals-robots/content-signal-ai-train-no" in rule_ids(d, "ai-train")
    assert d["verdicts"]["crawl"]["verdict"] == "allow"  # the `*` group allows everyone else


def test_training_crawlers_refused_reserve_ai_train(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    d = doc(report, sites["aibots"].url("/page"))
    assert d["verdicts"]["ai-train"]["verdict"] == "deny"
    assert rule_ids(d, "ai-train") == {"signals-robots/training-crawlers-disallowed"}
    assert d["verdicts"]["crawl"]["verdict"] == "allow"


def test_licences_at_other_schemes_are_unreadable_not_dropped(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    # robots.txt `License: ftp://...` and a page `Link: <file:///etc/passwd>`: never fetched,
    # and a declared licence that cannot be read leaves the AI purposes undetermined, like a
    # 404 licence (issue 12 item 4); before, both were dropped and the gate passed.
    d = doc(report, sites["rsl_scheme"].url("/page"))
    for purpose in ("ai-train", "ai-input", "ai-index"):
        assert d["verdicts"][purpose]["verdict"] == "undetermined", purpose
        assert rule_ids(d, purpose) == {"signals-rsl/unreadable"}
    excerpts = [e["excerpt"] for f in d["findings"] for e in f["evidence"]]
    for url in ("ftp://127.0.0.1/r.xml", "file:///etc/passwd"):
        assert any(url in x and "only http, https" in x for x in excerpts), excerpts
    assert d["gate"] == "undetermined"


def test_robots_503_denies_crawl_and_leaves_the_rest_undetermined(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    d = doc(report, sites["robots503"].url("/page"))
    assert d["verdicts"]["crawl"]["verdict"] == "deny"
    assert rule_ids(d, "crawl") == {"signals-robots/unreachable"}
    for purpose in NOT_CRAWL:
        assert d["verdicts"][purpose]["verdict"] == "undetermined"
        assert reasons(d, purpose) == ["robots-unreachable"]
    # RFC 9309: a complete disallow for us too; the page itself was never requested.
    assert sites["robots503"].count("/page") == 0


def test_dead_url_is_robots_unreachable_not_a_traceback(report: dict[str, Any], dead: str) -> None:
    d = doc(report, dead)
    assert d["verdicts"]["crawl"]["verdict"] == "deny"
    assert all(d["verdicts"][p]["verdict"] == "undetermined" for p in NOT_CRAWL)


@pytest.mark.parametrize(
    ("site", "path", "code"),
    [
        ("slow", "/slow", "fetch-timeout"),  # silent for 120 s, limit 10 s
        ("huge", "/huge", "too-large"),  # 2 MiB, limit 1 MiB
        ("misc", "/image", "not-text"),  # image/png
        ("misc", "/broken", "http-error"),  # HTTP 500
    ],
)
def test_page_failures_are_undetermined_with_the_reason(
    report: dict[str, Any], sites: dict[str, Site], site: str, path: str, code: str
) -> None:
    d = doc(report, sites[site].url(path))
    assert verdicts(d) == dict.fromkeys(verdicts(d), "undetermined")
    assert all(reasons(d, p) == [code] for p in d["verdicts"])
    assert d["gate"] == "undetermined"


def test_tdm_reservation_headers_and_tdmrep_json(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    d = doc(report, sites["tdm"].url("/article"))
    assert d["verdicts"]["ai-train"]["verdict"] == "conditional"
    evidence = {e["kind"] for f in d["findings"] for e in f["evidence"]}
    assert any(f["rule_id"].startswith("signals-tdmrep/") for f in d["findings"])
    assert "header" in evidence  # the tdm-reservation response header was read
    assert sites["tdm"].count("/.well-known/tdmrep.json") == 1


def test_rsl_licence_declared_in_robots_is_fetched_and_applied(
    report: dict[str, Any], sites: dict[str, Site]
) -> None:
    d = doc(report, sites["rsl"].url("/page"))
    assert d["verdicts"]["ai-train"]["verdict"] == "deny"
    assert "signals-rsl/ai-train-prohibited" in rule_ids(d, "ai-train")
    assert d["verdicts"]["search"]["verdict"] == "allow"
    assert sites["rsl"].count("/license.xml") == 1


def test_redirects(report: dict[str, Any], sites: dict[str, Site]) -> None:
    # robots.txt behind 3 hops is followed and parsed; the page behind 2 hops is checked.
    d = doc(report, sites["redirect"].url("/new"))
    assert d["verdicts"]["crawl"]["verdict"] == "allow"
    assert sites["redirect"].count("/robots-final.txt") == 1
    # Its `Disallow: /private/` applies to us: that page is not fetched.
    private = doc(report, sites["redirect"].url("/private/x"))
    assert reasons(private, "ai-train") == ["fetch-disallowed"]
    assert sites["redirect"].count("/private/x") == 0
    # 7 hops: we stop after 5 (RFC 9309), read it as 4xx: no restrictions, and never
    # request the final file that says `Disallow: /`.
    long = doc(report, sites["redirect_long"].url("/page"))
    assert long["verdicts"]["crawl"]["verdict"] == "allow"
    assert rule_ids(long, "crawl") == {"signals-robots/unavailable"}
    assert sites["redirect_long"].count("/robots-final.txt") == 0
    assert sum(1 for p, _ in sites["redirect_long"].hits if p.startswith("/loop")) == 5


def test_urls_from_file_and_disk_cache(sites: dict[str, Site], tmp_path: Path) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# fixture\n{sites['gptbot'].url('/page')}\n\n", "utf-8")
    before = sites["gptbot"].count("/robots.txt")
    cache = str(tmp_path / "cache")
    first = cli_report("--urls-from", str(listing), "--cache-dir", cache)
    second = cli_report("--urls-from", str(listing), "--cache-dir", cache)
    # The second run reads robots.txt from the cache (< 24 h old): one fetch for two runs.
    assert sites["gptbot"].count("/robots.txt") == before + 1
    assert [verdicts(d) for d in first["documents"]] == [verdicts(d) for d in second["documents"]]


def test_usage_errors_exit_2() -> None:
    bad = run_cli("http://127.0.0.1:9/x", "--site", "somewhere")
    assert bad.returncode == 2 and "describe local files" in bad.stderr


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        ("User-agent: *\nDisallow: /\n", False),  # everyone, us included
        ("User-agent: compliance-checker\nDisallow: /a\n", True),  # another path
        ("User-agent: GPTBot\nDisallow: /\n", True),  # another crawler's group
    ],
)
def test_own_token_obeys_robots(body: str, allowed: bool) -> None:
    robots = SiteFile(url="http://h/robots.txt", status=200, body=body)
    assert (own_robots_problem(robots, "http://h/b") is None) is allowed


@pytest.mark.parametrize(
    ("status", "error", "code"),
    [
        (503, None, "robots-unreachable"),  # 5xx: complete disallow
        (None, "timeout", "robots-unreachable"),  # no answer: the same
        (429, None, "robots-unreachable"),  # rate limited: learned nothing
        (404, None, None),  # 4xx: no restrictions
        (301, None, None),  # still redirecting after 5 hops: read as 4xx
    ],
)
def test_own_robots_status_semantics(status: int | None, error: str | None, code: str) -> None:
    problem = own_robots_problem(SiteFile(url="u", status=status, error=error), "http://h/")
    assert (problem.code if problem else None) == code


def test_rsl_discovery() -> None:
    headers = [("Link", '</l.xml>; rel="license"; type="application/rsl+xml", </cc>; rel=license')]
    html = '<html><head><link rel="license" type="application/rsl+xml" href="x.xml"></head></html>'
    assert rsl_links(headers, html, "http://h/a/b") == ["http://h/l.xml", "http://h/a/x.xml"]
    robots = SiteFile(url="http://h/robots.txt", status=200, body="License: /r.xml\n")
    assert robots_licences(robots) == ["http://h/r.xml"]
