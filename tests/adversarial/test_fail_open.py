"""Fail-open reproducers (issue 12, items 1, 5, 6): nothing that could not be checked, and no
reservation, may pass the gate because of who asks or how a snapshot was edited.

Each test builds its small input itself and runs the real CLI in-process.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

AI_BOTS = (
    "User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
)
PLAIN = "<!doctype html><html><body><main><p>An ordinary page.</p></main></body></html>"


@pytest.mark.parametrize("agent", [(), ("--agent", "NewsBot"), ("--agent", "GPTBot")])
def test_ai_train_reservation_holds_for_every_agent(
    agent: tuple[str, ...], tmp_path: Path, run_cli: Any
) -> None:
    robots = tmp_path / "robots.txt"
    robots.write_text(AI_BOTS, "utf-8")
    done = run_cli("check", str(robots), "--purpose", "ai-train", "--format", "json", *agent)
    assert done.exit_code == 1, done.output  # was 0 (unknown) with --agent NewsBot / GPTBot
    (document,) = json.loads(done.stdout)["documents"]
    assert document["verdicts"]["ai-train"]["verdict"] == "deny"


def _page_snapshot(root: Path, problems: Any) -> Path:
    files = {"robots.txt": {"status": 200, "url": "https://news.example/robots.txt"}}
    meta = {"origin": "https://news.example", "observed_at": "2026-11-01T00:00:00Z"}
    (root / "site.json").parent.mkdir(parents=True, exist_ok=True)
    (root / "site.json").write_text(json.dumps({**meta, "files": files}), "utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")
    page = root / "pages" / "1"
    page.mkdir(parents=True)
    (page / "url.txt").write_text("https://news.example/a\n", "utf-8")
    (page / "problems.json").write_text(json.dumps(problems), "utf-8")  # and no body
    return root


@pytest.mark.parametrize(
    "problems",
    [
        [{"code": "fetch-timeout", "message": "timeout", "purposes": []}],  # names no purpose
        [{"code": "odd", "message": "x", "purposes": ["crawl"]}],  # names one
    ],
)
def test_body_less_page_is_undetermined_for_every_purpose(
    problems: Any, tmp_path: Path, run_cli: Any
) -> None:
    snap = _page_snapshot(tmp_path / "snap", problems)
    done = run_cli("check", "--site", str(snap), "--format", "json")
    assert done.exit_code == 3, done.output  # was 0: nothing was checked, yet it passed
    (document,) = json.loads(done.stdout)["documents"]
    assert {v["verdict"] for v in document["verdicts"].values()} == {"undetermined"}
    assert "no-body" in {p["code"] for p in document["problems"]}


@pytest.mark.parametrize("problems", [{"code": "x"}, "timeout", [5]])
def test_malformed_problems_json_is_an_error_entry(
    problems: Any, tmp_path: Path, run_cli: Any
) -> None:
    snap = _page_snapshot(tmp_path / "snap", problems)
    done = run_cli("check", "--site", str(snap), "--format", "json")
    assert done.exit_code == 3, done.output
    (error,) = json.loads(done.stdout)["errors"]
    assert error["source"].endswith("1") and "incomplete page snapshot" in error["message"]


def test_missing_input_with_allow_undetermined_is_a_usage_error(
    tmp_path: Path, run_cli: Any
) -> None:
    done = run_cli("check", str(tmp_path / "missing.txt"), "--allow-undetermined")
    assert done.exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    done = run_cli("check", str(empty), "--allow-undetermined")
    assert done.exit_code == 2 and "no file to check" in done.output
