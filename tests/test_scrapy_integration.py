"""The Scrapy middleware and pipeline, run by real Scrapy against fixture sites on 127.0.0.1.

Scrapy runs the documented example spider (examples/spider/) in a child process: a Twisted
reactor cannot restart, and the example must keep working. One run gates requests (the
default); a second, auditing run (`COMPLIANCE_GATE_REQUESTS=False`) is the Scrapy side of
the contract test against `compliance check URL`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sites import (
    Site,
    by_url,
    cli_report,
    iter_urls,
    pytest_sites,
    rule_ids,
    run_spider,
    verdicts,
)

from compliance.integrations.scrapy import product_token


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    yield from pytest_sites()


def stats_of(stderr: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'(compliance/[^']+)': (\d+)", stderr)}


@pytest.fixture(scope="module")
def gated(sites: dict[str, Site], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    report = tmp_path_factory.mktemp("gated") / "report.json"
    done = run_spider([u for _, u in iter_urls(sites)], report)
    assert done.returncode == 0, done.stderr[-3000:]
    items = [json.loads(line) for line in report.with_suffix(".items.jsonl").open()]
    return {
        "report": json.loads(report.read_text("utf-8")),
        "stats": stats_of(done.stderr),
        "log": done.stderr,
        "items": items,
    }


def test_antara_item_dropped_with_rule_and_counted(
    gated: dict[str, Any], sites: dict[str, Site]
) -> None:
    url = sites["antara"].url("/berita/1")
    assert url not in {i["url"] for i in gated["items"]}
    assert gated["stats"]["compliance/denied"] == 1
    assert gated["stats"]["compliance/denied/antara/ai-and-crawling-reserved"] == 1
    assert "antara/ai-and-crawling-reserved" in gated["log"]  # the DropItem reason is logged


def test_requests_refused_before_sending(gated: dict[str, Any], sites: dict[str, Site]) -> None:
    stats = gated["stats"]
    # robots.txt 503: complete disallow; the page is never requested.
    assert stats["compliance/request_ignored/signals-robots/unreachable"] == 1
    assert sites["robots503"].count("/page") == 0
    # Site-level signals for the spider's purposes: Content-Signal, tdmrep.json, RSL.
    assert stats["compliance/request_ignored/signals-robots/content-signal-ai-train-no"] == 1
    assert stats["compliance/request_ignored/signals-rsl/ai-train-prohibited"] == 1
    assert any(k.startswith("compliance/request_ignored/signals-tdmrep/") for k in stats)
    for name in ("gptbot", "rsl", "tdm"):
        assert sites[name].count("/page") + sites[name].count("/article") == 0


def test_spider_named_agent_still_gets_ai_train_deny(
    gated: dict[str, Any], sites: dict[str, Site]
) -> None:
    # The agent defaults to the spider's product token (NewsBot), which robots.txt does not
    # name; refusing GPTBot and CCBot still reserves AI training against it (issue 12 item 1).
    url = sites["aibots"].url("/page")
    document = by_url(gated["report"])[url]
    assert gated["report"]["agent"] == "NewsBot"
    assert document["verdicts"]["ai-train"]["verdict"] == "deny"
    assert rule_ids(document, "ai-train") == {"signals-robots/training-crawlers-disallowed"}
    assert sites["aibots"].count("/page") == 0  # refused before it was requested
    assert gated["stats"]["compliance/request_ignored/signals-robots/training-crawlers-disallowed"]


def test_kept_items_carry_the_verdict(gated: dict[str, Any], sites: dict[str, Site]) -> None:
    kept = {i["url"]: i for i in gated["items"]}
    assert set(kept) == {sites["redirect"].url("/new"), sites["redirect_long"].url("/page")}
    assert all(i["compliance"]["gate"] == "pass" for i in kept.values())
    assert gated["stats"]["compliance/allowed"] == 2


def test_failed_downloads_are_undetermined_in_the_report(
    gated: dict[str, Any], sites: dict[str, Site]
) -> None:
    docs = by_url(gated["report"])
    for url, code in (
        (sites["slow"].url("/slow"), "fetch-timeout"),
        (sites["huge"].url("/huge"), "too-large"),
    ):
        assert set(verdicts(docs[url]).values()) == {"undetermined"}
        assert [p["code"] for p in docs[url]["problems"]] == [code]


def test_site_files_once_per_origin_with_the_spiders_user_agent(sites: dict[str, Site]) -> None:
    hits = sites["antara"].hits
    assert sum(1 for p, _ in hits if p == "/robots.txt") <= 2  # CLI contract run + this one
    assert any(ua.startswith("NewsBot/1.0") for _, ua in hits)


@pytest.mark.parametrize(
    ("user_agent", "token"),
    [("NewsBot/1.0 (+https://x)", "NewsBot"), ("Scrapy/2.19", "Scrapy"), ("", None)],
)
def test_agent_defaults_to_the_product_token(user_agent: str, token: str | None) -> None:
    assert product_token(user_agent) == token


def test_contract_cli_and_scrapy_pipeline_agree(sites: dict[str, Site], tmp_path: Path) -> None:
    """One fixture set, two backends, identical verdicts per URL (none fails open)."""
    urls = [u for _, u in iter_urls(sites)]
    report = tmp_path / "audit.json"
    # Both evaluate robots.txt as the same agent; the audit run gates only `crawl` up front,
    # so every page that may be crawled reaches the pipeline and is checked there.
    done = run_spider(
        urls, report, "COMPLIANCE_GATE_REQUESTS=False", "COMPLIANCE_AGENT=compliance-checker"
    )
    assert done.returncode == 0, done.stderr[-3000:]
    scrapy_side = by_url(json.loads(report.read_text("utf-8")))
    cli_side = by_url(cli_report(*urls, "--agent", "compliance-checker"))
    assert set(scrapy_side) == set(cli_side)
    for url, document in cli_side.items():
        assert verdicts(scrapy_side[url]) == verdicts(document), url
        assert scrapy_side[url]["gate"] == document["gate"], url
