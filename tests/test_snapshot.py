"""`--snapshot DIR` writes DESIGN.md §3; `check --site DIR` re-checks it offline identically."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sites import Site, cli_report, iter_urls, pytest_sites, run_cli

RUN_METADATA = ("generated_at", "run")


@pytest.fixture(scope="module")
def sites() -> Iterator[dict[str, Site]]:
    yield from pytest_sites()


def without_metadata(report: dict[str, Any]) -> dict[str, Any]:
    kept = {k: v for k, v in report.items() if k not in RUN_METADATA}
    kept["tool"] = {k: v for k, v in report["tool"].items() if k != "version"}
    return kept


def test_snapshot_rechecks_offline_to_the_same_report(
    sites: dict[str, Site], tmp_path: Path
) -> None:
    snap = tmp_path / "snap"
    urls = [u for _, u in iter_urls(sites)]
    live = cli_report(*urls, "--snapshot", str(snap))
    offline = run_cli("--site", str(snap), "--format", "json")
    assert offline.returncode == live["exit_code"], offline.stderr
    assert without_metadata(json.loads(offline.stdout)) == without_metadata(live)


def test_single_origin_layout(sites: dict[str, Site], tmp_path: Path) -> None:
    snap = tmp_path / "one"
    cli_report(sites["rsl"].url("/page"), "--snapshot", str(snap))
    meta = json.loads((snap / "site.json").read_text("utf-8"))
    assert meta["origin"] == sites["rsl"].origin and meta["observed_at"].endswith("Z")
    assert meta["files"]["robots.txt"]["status"] == 200
    assert (snap / "robots.txt").read_text("utf-8").startswith("User-agent: *")
    # tdmrep.json answered 404: recorded with its status, no body file (DESIGN.md §3).
    assert meta["files"][".well-known/tdmrep.json"]["status"] == 404
    assert not (snap / ".well-known" / "tdmrep.json").exists()
    (rsl_name,) = [n for n in meta["files"] if n.startswith("rsl/")]
    assert meta["files"][rsl_name]["url"] == sites["rsl"].url("/license.xml")
    assert (snap / rsl_name).is_file()
    page = snap / "pages" / "1"
    assert (page / "url.txt").read_text("utf-8").strip() == sites["rsl"].url("/page")
    assert (page / "headers.txt").read_text("utf-8").startswith("HTTP/1.1 200 OK")
    assert b"Cirebon" in (page / "body").read_bytes()


def test_snapshot_refuses_a_non_empty_directory(sites: dict[str, Site], tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x", "utf-8")
    done = run_cli(sites["antara"].url("/berita/1"), "--snapshot", str(tmp_path))
    assert done.returncode == 2 and "not empty" in done.stderr
