"""Hostile site snapshots and hostile robots.txt `License:` lines (issue 12, items 7, 8, 22).

A snapshot is one directory: nothing outside it is read, whatever site.json names or a
symlink points to, and what could not be read leaves the purposes undetermined (fail closed).
A malformed site.json is a clear problem or error entry, never exit 4. Every input here is
small and built by the test; the outside files carry a marker that must never be quoted.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sites import REPO, by_url, clean_env

SECRET = "SECRET-7f3a"  # in every file outside the snapshot; never in a report
PLAIN = "<!doctype html><html><body><main><p>An ordinary page.</p></main></body></html>"
NOTICE = (  # a notice that would change the verdicts if an outside body were read
    "<html><body><footer>Dilarang keras mengambil konten, melakukan crawling atau"
    " pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita"
    f" ANTARA. {SECRET}</footer></body></html>"
)
OPEN_RSL = (  # an outside licence that would grant every AI use (fail open if read)
    '<rsl xmlns="https://rslstandard.org/rsl"><content url="/"><license>'
    f'<permits type="usage">all</permits></license></content></rsl><!-- {SECRET} -->'
)


def make_site(root: Path, origin: str = "https://news.example") -> Path:
    """A valid one-page snapshot (DESIGN.md §3) that passes the gate."""
    root.mkdir(parents=True, exist_ok=True)
    files = {"robots.txt": {"status": 200, "url": f"{origin}/robots.txt"}}
    meta = {"origin": origin, "observed_at": "2026-11-01T00:00:00Z", "files": files}
    (root / "site.json").write_text(json.dumps(meta), "utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")
    page = root / "pages" / "1"
    page.mkdir(parents=True)
    (page / "url.txt").write_text(f"{origin}/a\n", "utf-8")
    (page / "headers.txt").write_text("HTTP/1.1 200 OK\nContent-Type: text/html\n", "utf-8")
    (page / "body").write_text(PLAIN, "utf-8")
    return root


def edit_meta(root: Path, change: Callable[[dict[str, Any]], None]) -> None:
    meta = json.loads((root / "site.json").read_text("utf-8"))
    change(meta)
    (root / "site.json").write_text(json.dumps(meta), "utf-8")


def outside(tmp: Path, name: str, content: str) -> Path:
    path = tmp / "outside" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, "utf-8")
    return path


def rsl_key_with_dots(snap: Path, tmp: Path) -> None:
    outside(tmp, "x.xml", OPEN_RSL)
    (snap / "rsl").mkdir()  # so that `rsl/..` resolves on disk
    key = "rsl/../../outside/x.xml"
    edit_meta(snap, lambda m: m["files"].update({key: {"status": 200, "url": "https://x/l"}}))


def robots_symlink(snap: Path, tmp: Path) -> None:
    (snap / "robots.txt").unlink()
    target = outside(tmp, "robots.txt", f"User-agent: *\nAllow: /\n# {SECRET}\n")
    (snap / "robots.txt").symlink_to(target)


def well_known_symlink(snap: Path, tmp: Path) -> None:
    tdm = f'[{{"location": "/*", "tdm-reservation": 0, "tdm-policy": "https://{SECRET}/"}}]'
    outside(tmp, "wk/tdmrep.json", tdm)
    (snap / ".well-known").symlink_to(tmp / "outside" / "wk")
    edit_meta(snap, lambda m: m["files"].update({".well-known/tdmrep.json": {"status": 200}}))


def page_dir_symlink(snap: Path, tmp: Path) -> None:
    shutil.rmtree(snap / "pages" / "1")
    target = outside(tmp, "page/body", NOTICE).parent
    (target / "url.txt").write_text("https://news.example/a\n", "utf-8")
    (snap / "pages" / "1").symlink_to(target)


def body_symlink(snap: Path, tmp: Path) -> None:
    (snap / "pages" / "1" / "body").unlink()
    (snap / "pages" / "1" / "body").symlink_to(outside(tmp, "body", NOTICE))


@pytest.mark.parametrize(
    "attack",
    [rsl_key_with_dots, robots_symlink, well_known_symlink, page_dir_symlink, body_symlink],
)
def test_site_never_reads_outside_the_directory(
    attack: Callable[[Path, Path], None], tmp_path: Path, run_cli: Any
) -> None:
    snap = make_site(tmp_path / "snap")
    assert run_cli("check", "--site", str(snap)).exit_code == 0  # the untouched snapshot passes
    attack(snap, tmp_path)
    done = run_cli("check", "--site", str(snap), "--format", "json")
    assert done.exit_code in (1, 3), done.output  # fail closed, never 0, never 4
    assert SECRET not in done.output
    assert "outside the snapshot" in done.output
    report = json.loads(done.stdout)
    for document in report["documents"]:
        assert "allow" not in {v["verdict"] for v in document["verdicts"].values()}


def test_multi_site_child_symlinked_outside_is_an_error_entry(tmp_path: Path, run_cli: Any) -> None:
    top = tmp_path / "snap"
    make_site(top / "news.example_443")
    elsewhere = make_site(tmp_path / "elsewhere", "https://other.example")
    (elsewhere / "pages" / "1" / "body").write_text(NOTICE, "utf-8")
    (elsewhere / "pages" / "1" / "url.txt").write_text("https://other.example/b\n", "utf-8")
    (top / "other.example_443").symlink_to(elsewhere)
    done = run_cli("check", "--site", str(top), "--format", "json")
    assert done.exit_code == 3, done.output
    assert SECRET not in done.output
    report = json.loads(done.stdout)
    assert [d["url"] for d in report["documents"]] == ["https://news.example/a"]
    (error,) = report["errors"]
    assert error["source"].endswith("other.example_443")
    assert "outside the snapshot" in error["message"]


def test_a_2xx_site_file_without_its_body_is_not_read_as_empty(
    tmp_path: Path, run_cli: Any
) -> None:
    snap = make_site(tmp_path / "snap")
    (snap / "robots.txt").unlink()  # site.json still says 200: an empty file would allow all
    done = run_cli("check", "--site", str(snap), "--format", "json")
    assert done.exit_code in (1, 3), done.output
    (document,) = json.loads(done.stdout)["documents"]
    assert document["verdicts"]["crawl"]["verdict"] == "deny"  # unreadable: complete disallow
    assert "status 200 but the file is missing" in done.stdout


def test_site_with_files_refuses_an_escaping_snapshot(tmp_path: Path, run_cli: Any) -> None:
    snap = make_site(tmp_path / "snap")
    robots_symlink(snap, tmp_path)
    page = tmp_path / "page.html"
    page.write_text(PLAIN, "utf-8")
    done = run_cli("check", str(page), "--site", str(snap))
    assert done.exit_code == 2, done.output
    assert "robots.txt resolves outside the snapshot" in done.output
    assert SECRET not in done.output


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda m: m.update(files=[]), "'files' must be an object"),
        (lambda m: m.update(files=[1, 2]), "'files' must be an object"),
        (lambda m: m["files"].update({"robots.txt": 5}), "files['robots.txt'] must be an object"),
        (lambda m: m["files"]["robots.txt"].update(status="abc"), "status must be an HTTP"),
        (lambda m: m["files"]["robots.txt"].update(status=True), "status must be an HTTP"),
        (lambda m: m["files"]["robots.txt"].update(status=99999), "status must be an HTTP"),
        (lambda m: m["files"]["robots.txt"].update(url=["x"]), ".url and .error must be"),
        (lambda m: m["files"].update({"rsl/a.xml": "yes"}), "files['rsl/a.xml'] must be"),
        (lambda m: m.update(origin=5), "'origin' must be a string"),
        (lambda m: m.update(observed_at={"y": 1}), "'observed_at' must be a string"),
    ],
)
def test_malformed_site_json_fields_are_problems_not_crashes(
    change: Callable[[dict[str, Any]], None], named: str, tmp_path: Path, run_cli: Any
) -> None:
    snap = make_site(tmp_path / "snap")
    edit_meta(snap, change)
    done = run_cli("check", "--site", str(snap), "--format", "json")
    assert done.exit_code in (1, 3), done.output  # undetermined (fail closed), never 4
    (document,) = json.loads(done.stdout)["documents"]
    problems = [p for p in document["problems"] if p["code"] == "snapshot-invalid"]
    assert problems and named in problems[0]["message"], document["problems"]
    assert "site.json" in problems[0]["message"]  # names the file
    assert "allow" not in {v["verdict"] for v in document["verdicts"].values()}


@pytest.mark.parametrize("content", ["[]", "5", '"x"', "{not json"])
def test_site_json_that_is_no_object_is_a_usage_error(
    content: str, tmp_path: Path, run_cli: Any
) -> None:
    snap = make_site(tmp_path / "snap")
    (snap / "site.json").write_text(content, "utf-8")
    done = run_cli("check", "--site", str(snap))
    assert done.exit_code == 2, done.output
    assert "site.json" in done.output and "internal error" not in done.output


# -- robots.txt `License:` lines: capped, concurrent, http(s) only (item 8) -----------------

LICENCE_LINES = 40
TIMEOUT = 10.0  # generous for the answering fixture; each silent licence costs one
OPTIONS = ("--timeout", str(TIMEOUT), "--format", "json")


class _Silent(BaseHTTPRequestHandler):
    """Accepts, records the request, never answers (until the test ends)."""

    hits: list[str]
    release: threading.Event

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.release.wait(120)

    def log_message(self, *args: object) -> None:
        pass


class _Site(BaseHTTPRequestHandler):
    routes: dict[str, tuple[str, str]]

    def do_GET(self) -> None:
        content_type, body = self.routes.get(self.path, ("text/plain", ""))
        data = body.encode()
        self.send_response(200 if self.path in self.routes else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


@pytest.fixture()
def licence_bomb() -> Iterator[dict[str, Any]]:
    release = threading.Event()
    hits: list[str] = []
    silent = _serve(type("Silent", (_Silent,), {"hits": hits, "release": release}))
    base = f"http://127.0.0.1:{silent.server_address[1]}"
    lines = "".join(f"License: {base}/l{i}.xml\n" for i in range(LICENCE_LINES))
    robots = f"User-agent: *\nAllow: /\n{lines}License: file:///etc/passwd\n"
    routes = {"/robots.txt": ("text/plain", robots), "/page": ("text/html", PLAIN)}
    site = _serve(type("Site", (_Site,), {"routes": routes}))
    try:
        yield {"url": f"http://127.0.0.1:{site.server_address[1]}/page", "hits": hits}
    finally:
        release.set()
        for server in (silent, site):
            server.shutdown()
            server.server_close()


def test_licences_per_origin_are_capped_and_fetched_concurrently(
    licence_bomb: dict[str, Any],
) -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "compliance", "check", licence_bomb["url"], *OPTIONS],
        capture_output=True,
        text=True,
        env=clean_env(),
        cwd=REPO,
        # Sequential fetches would take LICENCE_LINES timeouts (400 s); concurrent ones about
        # one. The bound is generous (a loaded machine) yet far below the sequential cost.
        timeout=20 * TIMEOUT,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert "Traceback" not in done.stderr, done.stderr
    hits = licence_bomb["hits"]
    assert 1 <= len(hits) <= 10, hits  # the cap: at most 10 licence requests per origin
    assert elapsed < 20 * TIMEOUT
    document = by_url(json.loads(done.stdout))[licence_bomb["url"]]
    evidence = " ".join(
        e["excerpt"]
        for f in document["findings"]
        if f["rule_id"] == "signals-rsl/unreadable"
        for e in f["evidence"]
    )
    # The unread licences are reported, and what they would say is undetermined.
    assert f"{LICENCE_LINES + 1 - 10} more" in evidence, evidence
    for purpose in ("ai-train", "ai-input", "ai-index"):
        assert document["verdicts"][purpose]["verdict"] == "undetermined"
