"""The pre-commit hooks of .pre-commit-hooks.yaml, run as pre-commit runs them: the exact
`entry` command line plus the hook's `args` and the staged files its `files` pattern selects,
in a git repository. A failure must say which documents failed and why; nothing may be left
behind in the repository; each hook only gets files it can read."""

from __future__ import annotations

import gzip
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_scan import ANTARA_FOOTER, make_record

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--purpose", "ai-train"]  # what the README's .pre-commit-config.yaml passes


def _hooks() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    return {h["id"]: h for h in hooks}


def _selected(hook: dict[str, Any], paths: list[str]) -> list[str]:
    """pre-commit's filter: `files` searched in the path, `exclude` not."""
    files = re.compile(hook.get("files", ""))
    exclude = re.compile(hook["exclude"]) if hook.get("exclude") else None
    return [p for p in paths if files.search(p) and not (exclude and exclude.search(p))]


def _run(hook: dict[str, Any], repo: Path, files: list[str]) -> subprocess.CompletedProcess[str]:
    command = shlex.split(hook["entry"])
    assert command[0] == "compliance"
    # The installed `compliance` command is `python -m compliance` of the same environment.
    argv = [sys.executable, "-m", "compliance", *command[1:], *ARGS, *files]
    return subprocess.run(argv, cwd=repo, capture_output=True, text=True, timeout=300, check=False)


def _tree(repo: Path) -> set[str]:
    return {
        str(p.relative_to(repo)) for p in repo.rglob("*") if ".git" not in p.relative_to(repo).parts
    }


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "site").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "site" / "article.txt").write_text(f"Berita hari ini.\n\n{ANTARA_FOOTER}\n", "utf-8")
    (root / "site" / "clean.txt").write_text("A clean essay about rivers.\n", "utf-8")
    (root / "site" / "page.HTML").write_text(
        '<html><head><meta name="robots" content="noai"></head><body>x</body></html>', "utf-8"
    )
    (root / "data" / "crawl.jsonl").write_text(
        "".join(make_record(i) + "\n" for i in (0, 1, 2)), "utf-8"
    )
    (root / "data" / "more.jsonl.gz").write_bytes(gzip.compress((make_record(4) + "\n").encode()))
    (root / "NOTES.md").write_text(f"Quoted for the record: {ANTARA_FOOTER}\n", "utf-8")
    (root / "tool.py").write_text("print('hello')\n", "utf-8")
    (root / "config.yaml").write_text("a: 1\n", "utf-8")
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    return root


def _staged(repo: Path) -> list[str]:
    out = subprocess.run(
        ["git", "diff", "--cached", "--name-only"], cwd=repo, capture_output=True, text=True
    )
    return sorted(out.stdout.split())


def test_hooks_select_only_files_they_can_read(repo: Path) -> None:
    hooks = _hooks()
    staged = _staged(repo)
    assert _selected(hooks["compliance-check"], staged) == [
        "site/article.txt",
        "site/clean.txt",
        "site/page.HTML",
    ]
    assert _selected(hooks["compliance-scan"], staged) == ["data/crawl.jsonl", "data/more.jsonl.gz"]
    # Every dataset type scan reads, and nothing it would reject with exit 2.
    from compliance.sources.datasets import _SUFFIXES

    scan = hooks["compliance-scan"]
    assert all(_selected(scan, [f"x{suffix}"]) for suffix, _, _ in _SUFFIXES)
    assert not _selected(scan, ["x.parquet.gz", "x.csv.zst", "x.warc.zst", "x.json"])


def test_check_hook_fails_with_the_documents_and_why(repo: Path) -> None:
    hook = _hooks()["compliance-check"]
    before = _tree(repo)
    result = _run(hook, repo, _selected(hook, _staged(repo)))
    assert result.returncode == 1, result.stderr
    assert "documents that did not pass:" in result.stdout
    assert (
        "site/article.txt  FAIL  ai-train: conditional (written-permission)"
        " by antara/ai-and-crawling-reserved" in result.stdout
    )
    assert "site/page.HTML  FAIL  ai-train: deny by signals-headers/noai" in result.stdout
    assert "clean.txt  FAIL" not in result.stdout
    assert "3 document(s) · 1 pass, 2 fail" in result.stderr
    assert _tree(repo) == before  # no report folder, no file named -


def test_scan_hook_fails_with_the_records_and_why_and_leaves_nothing(repo: Path) -> None:
    hook = _hooks()["compliance-scan"]
    before = _tree(repo)
    result = _run(hook, repo, _selected(hook, _staged(repo)))
    assert result.returncode == 1, result.stderr
    assert (
        "data/crawl.jsonl:2  FAIL  ai-train: conditional (written-permission)"
        " by antara/ai-and-crawling-reserved" in result.stdout
    )
    assert "gate: 3 pass, 1 fail" in result.stderr
    assert _tree(repo) == before
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all", "--ignored"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert not [line for line in status.stdout.splitlines() if not line.startswith("A ")]


def test_hooks_pass_on_clean_files(repo: Path) -> None:
    hooks = _hooks()
    assert _run(hooks["compliance-check"], repo, ["site/clean.txt"]).returncode == 0
    assert _run(hooks["compliance-scan"], repo, ["data/more.jsonl.gz"]).returncode == 0
