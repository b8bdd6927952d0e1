"""Machine-readable signals through the CLI, offline: a page with its headers, robots.txt and
tdmrep.json; a robots.txt or header block on its own (issue 3's user-facing surface)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    (tmp_path / "robots.txt").write_text(
        "User-agent: *\nAllow: /\nContent-Signal: search=yes, ai-train=no\n\n"
        "User-agent: GPTBot\nDisallow: /\n"
    )
    (tmp_path / "page.headers").write_text(
        "HTTP/1.1 200 OK\nContent-Type: text/html\nX-Robots-Tag: noindex\n"
    )
    (tmp_path / "tdmrep.json").write_text(
        '[{"location": "/a/*", "tdm-reservation": 0},'
        ' {"location": "/*", "tdm-reservation": 1, "tdm-policy": "https://example.com/p.json"}]'
    )
    (tmp_path / "page.html").write_text("<html><body><p>Hello</p></body></html>")
    return tmp_path


def verdicts_of(stdout: str) -> dict[str, str]:
    doc = json.loads(stdout)["documents"][0]
    return {p: v["verdict"] for p, v in doc["verdicts"].items()}


def rule_ids(stdout: str) -> set[str]:
    return {f["rule_id"] for f in json.loads(stdout)["documents"][0]["findings"]}


def test_page_with_site_files_combines_every_signal(run_cli, site: Path) -> None:
    result = run_cli(
        "check",
        str(site / "page.html"),
        "--headers",
        str(site / "page.headers"),
        "--robots",
        str(site / "robots.txt"),
        "--tdmrep",
        str(site / "tdmrep.json"),
        "--url",
        "https://example.com/b/1",
        "-f",
        "json",
    )
    got = verdicts_of(result.stdout)
    # noindex (header) beats Content-Signal search=yes: the most restrictive wins.
    assert got["search"] == "deny"
    # Content-Signal ai-train=no and GPTBot's Disallow both reserve training.
    assert got["ai-train"] == "deny"
    # robots.txt lets `*` crawl /b/1; an Allow is access, never a usage permission.
    assert got["crawl"] == "allow"
    ids = rule_ids(result.stdout)
    assert {"signals-headers/noindex", "signals-robots/content-signal-ai-train-no"} <= ids
    # tdmrep.json: /b/1 is covered by the second rule (reserved, with a policy).
    assert any(i.startswith("signals-tdmrep/") for i in ids)
    assert result.exit_code == 1


def test_tdmrep_first_matching_rule_wins_by_path(run_cli, site: Path) -> None:
    result = run_cli(
        "check",
        str(site / "page.html"),
        "--tdmrep",
        str(site / "tdmrep.json"),
        "--url",
        "https://example.com/a/1",
        "-f",
        "json",
        "-p",
        "ai-train",
    )
    # /a/1 matches the first rule (tdm-reservation 0): not reserved.
    assert verdicts_of(result.stdout)["ai-train"] == "allow"


def test_robots_txt_alone_says_what_the_site_reserves(run_cli, site: Path) -> None:
    result = run_cli("check", str(site / "robots.txt"), "-f", "json")
    got = verdicts_of(result.stdout)
    assert got == {
        "crawl": "allow",
        "search": "allow",
        "ai-train": "deny",
        "ai-input": "unknown",
        "ai-index": "unknown",
        "republish": "unknown",
        "archive": "unknown",
    }
    evidence = [
        ev
        for f in json.loads(result.stdout)["documents"][0]["findings"]
        for ev in f["evidence"]
        if f["rule_id"] == "signals-robots/training-crawlers-disallowed"
    ]
    assert evidence[0]["line"] == 6 and evidence[0]["excerpt"] == "Disallow: /"


def test_agent_view_decides_crawl_for_that_agent(run_cli, site: Path) -> None:
    gpt = run_cli(
        "check", str(site / "robots.txt"), "--agent", "GPTBot", "-p", "crawl", "-f", "json"
    )
    assert verdicts_of(gpt.stdout)["crawl"] == "deny"
    other = run_cli(
        "check", str(site / "robots.txt"), "--agent", "SomeBot", "-p", "crawl", "-f", "json"
    )
    assert verdicts_of(other.stdout)["crawl"] == "allow"


def test_header_block_alone(run_cli, site: Path) -> None:
    result = run_cli("check", str(site / "page.headers"), "-f", "json")
    got = verdicts_of(result.stdout)
    assert got["search"] == "deny" and got["ai-train"] == "unknown"


def test_missing_site_file_is_a_usage_error(run_cli, site: Path) -> None:
    result = run_cli("check", str(site / "page.html"), "--robots", str(site / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.stderr


def test_unreachable_robots_in_a_snapshot_fails_closed(run_cli, tmp_path: Path) -> None:
    snap = tmp_path / "snap"
    (snap / "pages" / "1").mkdir(parents=True)
    (snap / "site.json").write_text(
        json.dumps(
            {
                "origin": "https://example.com",
                "observed_at": "2026-11-01T00:00:00Z",
                "files": {"robots.txt": {"status": 503, "url": "https://example.com/robots.txt"}},
            }
        )
    )
    (snap / "pages" / "1" / "url.txt").write_text("https://example.com/news/1\n")
    (snap / "pages" / "1" / "headers.txt").write_text("HTTP/1.1 200 OK\nContent-Type: text/html\n")
    (snap / "pages" / "1" / "body").write_text("<html><body><p>News</p></body></html>")
    result = run_cli("check", "--site", str(snap), "-f", "json")
    doc = json.loads(result.stdout)["documents"][0]
    assert doc["verdicts"]["crawl"]["verdict"] == "deny"
    assert doc["verdicts"]["ai-train"]["verdict"] == "undetermined"
    assert doc["verdicts"]["republish"]["verdict"] == "unknown"  # robots.txt never decides it
    assert result.exit_code == 1


def test_snapshot_is_rechecked_as_of_observed_at(run_cli, tmp_path: Path) -> None:
    """A grant that expired after the page was fetched still applies to that snapshot."""
    snap = tmp_path / "snap"
    (snap / "pages" / "1").mkdir(parents=True)
    (snap / "site.json").write_text(
        json.dumps(
            {
                "origin": "https://www.antaranews.com",
                "observed_at": "2024-06-01T00:00:00Z",
                "files": {
                    "robots.txt": {"status": 404, "url": "https://www.antaranews.com/robots.txt"}
                },
            }
        )
    )
    (snap / "pages" / "1" / "url.txt").write_text("https://www.antaranews.com/berita/1\n")
    (snap / "pages" / "1" / "headers.txt").write_text("HTTP/1.1 200 OK\nContent-Type: text/plain\n")
    (snap / "pages" / "1" / "body").write_text(Path("examples/antara-article.txt").read_text())
    result = run_cli(
        "check",
        "--site",
        str(snap),
        "--grants",
        "examples/grants-expired.yaml",
        "-p",
        "ai-train",
        "-f",
        "json",
    )
    report = json.loads(result.stdout)
    assert report["generated_at"] == "2024-06-01T00:00:00Z"
    assert report["grants"]["expired"] == []  # valid on 2024-06-01
    assert report["documents"][0]["verdicts"]["ai-train"]["verdict"] == "allow"
    assert result.exit_code == 0
