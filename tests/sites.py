"""Fixture sites for the fetch tests: real HTTP servers on 127.0.0.1, one port per origin.

Each site is its own origin (its own port) because site files are fetched once per origin.
Nothing here resolves a name or opens a socket outside 127.0.0.1. Every request is logged
(path and User-Agent) so tests can assert what was fetched, how often and as whom.

The CLI and Scrapy run in child processes with proxy variables removed, so every request goes
straight to the fixture servers (a proxy would be an address outside 127.0.0.1).
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

Reply = tuple[int, list[tuple[str, str]], bytes]
Route = Callable[[], Reply]

HTML = "text/html; charset=utf-8"
FOOTER = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)
# Our own Indonesian article text; only the footer sentence is ANTARA's.
ANTARA_PAGE = f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Panen raya padi di Karawang</title></head>
<body>
<article>
<h1>Petani Karawang sambut panen raya dengan harga gabah stabil</h1>
<p>Karawang (ANTARA) - Ribuan petani di Kabupaten Karawang, Jawa Barat, memulai panen raya
padi pada pekan ini. Dinas pertanian setempat mencatat luas panen mencapai lebih dari dua
puluh ribu hektare, dengan harga gabah kering panen yang relatif stabil.</p>
<p>Kepala dinas mengatakan irigasi yang membaik membuat produktivitas naik dibanding musim
lalu, dan pemerintah daerah menyiapkan gudang tambahan untuk menampung hasil panen.</p>
<p>Pewarta: Dewi Lestari<br>Editor: Budi Santoso</p>
</article>
<footer><p>Copyright &copy; ANTARA 2025</p><p>{FOOTER}</p></footer>
</body></html>
"""
PLAIN_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body><main><h1>{title}</h1><p>An ordinary page about the weather in {title}.</p></main>
</body></html>
"""
# The catalogue's training crawlers are refused, nothing else: ai-train is reserved against
# every agent, a spider named NewsBot included (DESIGN.md §5, issue 12 item 1).
AI_BOTS_ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: CCBot
Disallow: /

User-agent: *
Allow: /
"""
GPTBOT_ROBOTS = """User-agent: GPTBot
Disallow: /

User-agent: *
Content-Signal: search=yes, ai-train=no
Allow: /
"""
TDMREP_JSON = """[{"location": "/*", "tdm-reservation": 1,
  "tdm-policy": "https://tdm.example/policy.json"}]
"""
RSL_LICENCE = """<rsl xmlns="https://rslstandard.org/rsl">
  <content url="/">
    <license>
      <permits type="usage">search</permits>
      <prohibits type="usage">ai-train</prohibits>
    </license>
  </content>
</rsl>
"""
HUGE_BYTES = 2 << 20  # served by the huge site; tests set --max-bytes below it
# Fixtures that must answer get a generous per-request timeout, so a loaded machine never turns
# them into timeouts (issue 12 item 29). Only the deliberately silent page relies on the
# timeout: it stays silent far longer, and its expected verdict (undetermined) is load-proof.
TIMEOUT = "10"
SILENT_FOR = 120.0


def page(title: str) -> bytes:
    return PLAIN_PAGE.format(title=title).encode()


def ok(body: str | bytes, content_type: str = HTML, **headers: str) -> Route:
    data = body.encode() if isinstance(body, str) else body
    extra = [(k.replace("_", "-"), v) for k, v in headers.items()]
    return lambda: (200, [("Content-Type", content_type), *extra], data)


def status(code: int, location: str | None = None) -> Route:
    headers = [("Location", location)] if location else []
    return lambda: (code, [*headers, ("Content-Type", "text/plain")], f"HTTP {code}\n".encode())


def slow(seconds: float, body: bytes) -> Route:
    def reply() -> Reply:
        time.sleep(seconds)
        return 200, [("Content-Type", HTML)], body

    return reply


def huge() -> Reply:
    filler = b"<p>" + b"isi halaman yang sangat panjang " * 32 + b"</p>\n"
    body = b"<!doctype html><html><body>" + filler * (HUGE_BYTES // len(filler) + 1)
    return 200, [("Content-Type", HTML)], body + b"</body></html>"


def chain(prefix: str, hops: int, final: str) -> dict[str, Route]:
    """`/robots.txt` → `prefix1` → ... → `final`, `hops` redirects in all."""
    steps = ["/robots.txt"] + [f"{prefix}{i}" for i in range(1, hops)] + [final]
    return {
        a: status(301 if i % 2 else 302, b) for i, (a, b) in enumerate(itertools.pairwise(steps))
    }


ALLOW_ALL = ok("User-agent: *\nAllow: /\n", "text/plain")
NOT_FOUND = status(404)

SITES: dict[str, dict[str, Route]] = {
    # ANTARA-style news site: the footer reserves crawling and AI use (written permission).
    "antara": {"/robots.txt": ALLOW_ALL, "/berita/1": ok(ANTARA_PAGE)},
    # robots.txt blocks GPTBot and says ai-train=no with Content-Signal.
    "gptbot": {"/robots.txt": ok(GPTBOT_ROBOTS, "text/plain"), "/page": ok(page("Bandung"))},
    # robots.txt answers 503: complete disallow; the page must never be requested.
    "robots503": {"/robots.txt": status(503), "/page": ok(page("Bogor"))},
    # The page stays silent far past the timeout.
    "slow": {"/robots.txt": ALLOW_ALL, "/slow": slow(SILENT_FOR, page("Depok"))},
    # robots.txt refuses GPTBot and CCBot only.
    "aibots": {"/robots.txt": ok(AI_BOTS_ROBOTS, "text/plain"), "/page": ok(page("Garut"))},
    # Licences declared at URLs that are not http(s): unreadable, never silently dropped.
    "rsl_scheme": {
        "/robots.txt": ok(
            "User-agent: *\nAllow: /\nLicense: ftp://127.0.0.1/r.xml\n", "text/plain"
        ),
        "/page": ok(
            page("Sumedang"),
            link='<file:///etc/passwd>; rel="license"; type="application/rsl+xml"',
        ),
    },
    # TDMRep: a reservation in the headers and in /.well-known/tdmrep.json.
    "tdm": {
        "/robots.txt": ALLOW_ALL,
        "/.well-known/tdmrep.json": ok(TDMREP_JSON, "application/json"),
        "/article": ok(
            page("Bekasi"), tdm_reservation="1", tdm_policy="https://tdm.example/policy.json"
        ),
    },
    # RSL: robots.txt declares a licence that permits search and prohibits AI training.
    "rsl": {
        "/robots.txt": ok("User-agent: *\nAllow: /\nLicense: /license.xml\n", "text/plain"),
        "/license.xml": ok(RSL_LICENCE, "application/rsl+xml"),
        "/page": ok(page("Cirebon")),
    },
    # robots.txt behind 3 redirects (followed), a page behind 2 redirects (followed).
    "redirect": {
        **chain("/hop", 3, "/robots-final.txt"),
        "/robots-final.txt": ok("User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/old": status(301, "/older"),
        "/older": status(302, "/new"),
        "/new": ok(page("Tangerang")),
        "/private/x": ok(page("Secret")),
    },
    # robots.txt behind 7 redirects: past the 5-hop limit, read as 4xx (no restrictions).
    "redirect_long": {
        **chain("/loop", 7, "/robots-final.txt"),
        "/robots-final.txt": ok("User-agent: *\nDisallow: /\n", "text/plain"),
        "/page": ok(page("Serang")),
    },
    # A page over the size limit.
    "huge": {"/robots.txt": ALLOW_ALL, "/huge": huge},
    # Not HTML/text, and a 500 page.
    "misc": {
        "/robots.txt": NOT_FOUND,
        "/image": ok(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
        "/broken": status(500),
    },
}


@dataclass
class Site:
    name: str
    server: ThreadingHTTPServer
    hits: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def count(self, path: str) -> int:
        return sum(1 for p, _ in self.hits if p == path)


def _handler(routes: dict[str, Route], hits: list[tuple[str, str]]) -> type:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            hits.append((self.path, self.headers.get("User-Agent", "")))
            code, headers, body = routes.get(self.path, NOT_FOUND)()
            try:
                self.send_response(code)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout or size limit): expected in these tests

        def log_message(self, *args: object) -> None:
            pass

    return Handler


def start_sites() -> dict[str, Site]:
    sites: dict[str, Site] = {}
    for name, routes in SITES.items():
        hits: list[tuple[str, str]] = []
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, hits))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        sites[name] = Site(name, server, hits)
    return sites


def stop_sites(sites: dict[str, Site]) -> None:
    for site in sites.values():
        site.server.shutdown()
        site.server.server_close()


def dead_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (connection refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/gone"


def iter_urls(sites: dict[str, Site]) -> Iterator[tuple[str, str]]:
    """(fixture name, page URL) for every fixture page the contract test checks."""
    yield "antara", sites["antara"].url("/berita/1")
    yield "gptbot", sites["gptbot"].url("/page")
    yield "aibots", sites["aibots"].url("/page")
    yield "robots503", sites["robots503"].url("/page")
    yield "slow", sites["slow"].url("/slow")
    yield "tdm", sites["tdm"].url("/article")
    yield "rsl", sites["rsl"].url("/page")
    yield "redirect", sites["redirect"].url("/old")
    yield "redirect_long", sites["redirect_long"].url("/page")
    yield "huge", sites["huge"].url("/huge")


def pytest_sites() -> Iterator[dict[str, Site]]:
    """Body of the session fixture each fetch test module declares."""
    sites = start_sites()
    try:
        yield sites
    finally:
        stop_sites(sites)


# -- running the CLI and Scrapy against the fixtures ---------------------------------------

REPO = Path(__file__).resolve().parent.parent
SPIDER = REPO / "examples" / "spider" / "news_spider.py"
MAX_BYTES = str(1 << 20)  # the huge fixture serves 2 MiB


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["NO_PROXY"] = "*"
    env.pop("SOURCE_DATE_EPOCH", None)
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "compliance", "check", *args],
        capture_output=True,
        text=True,
        env=clean_env(),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def cli_report(*args: str) -> dict[str, Any]:
    done = run_cli(*args, "--format", "json", "--timeout", TIMEOUT, "--max-bytes", MAX_BYTES)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def run_spider(urls: list[str], report: Path, *settings: str) -> subprocess.CompletedProcess[str]:
    extra: list[str] = []
    for setting in settings:
        extra += ["-s", setting]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "runspider",
            str(SPIDER),
            "-a",
            "urls=" + ",".join(urls),
            "-s",
            f"COMPLIANCE_REPORT={report}",
            "-s",
            "COMPLIANCE_PURPOSES=all",
            "-s",
            f"DOWNLOAD_TIMEOUT={TIMEOUT}",
            "-s",
            f"DOWNLOAD_MAXSIZE={MAX_BYTES}",
            "-s",
            "RETRY_ENABLED=False",
            "-s",
            "LOG_LEVEL=INFO",
            "-s",
            "STATS_DUMP=True",
            "-O",
            str(report.with_suffix(".items.jsonl")),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=clean_env(),
        cwd=REPO,
        timeout=120,
        check=False,
    )


def by_url(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["url"] or d["id"]: d for d in report["documents"]}


def verdicts(document: dict[str, Any]) -> dict[str, str]:
    return {p: v["verdict"] for p, v in document["verdicts"].items()}


def reasons(document: dict[str, Any], purpose: str) -> list[str]:
    return list(document["verdicts"][purpose]["reasons"])


def rule_ids(document: dict[str, Any], purpose: str) -> set[str]:
    fingerprints = set(document["verdicts"][purpose]["findings"])
    return {f["rule_id"] for f in document["findings"] if f["fingerprint"] in fingerprints}
