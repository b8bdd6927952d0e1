"""Fetch pages and their site files with Scrapy (input stage, I/O at the edge; DESIGN.md §3, §7).

`compliance check URL` runs one Scrapy crawl in a child process (a Twisted reactor cannot be
restarted, and a CLI test suite or a notebook calls us many times in one process). The child
fetches every page with the site files of its origin, then writes a site snapshot (DESIGN.md
§3); the parent reads that snapshot back with `read_site_pages`. Live and offline checks thus
share one reader, which is what makes a `--snapshot` re-check give the same report.

Per origin, once per run (and from a disk cache of at most 24 h when one is given):
`/robots.txt` (RFC 9309: redirects followed for at most 5 hops, then read as 4xx),
`/.well-known/tdmrep.json`, and the RSL licences robots.txt declares (`License:`). A page's
own RSL declarations (`Link: <...>; rel="license"; type="application/rsl+xml"`, HTML
`<link type="application/rsl+xml">`) are fetched once per licence URL.

Licences are remote input that drive requests, so they are bounded: at most
`MAX_LICENCES_PER_ORIGIN` (10) per robots.txt or page, fetched concurrently (each in its own
download slot) within one budget of two request timeouts; http(s) only. A declared licence
that is not fetched -- another scheme, over the cap, past the budget -- is an unreadable
licence (`rsl:unreadable`: AI purposes undetermined), never a silently dropped one.

The checker is a crawler too: it fetches as `compliance-checker/<version>` and obeys robots.txt
for the product token `compliance-checker`. An unreachable robots.txt (5xx, timeout, network
error) is a complete disallow (RFC 9309 §2.3.1.4), so the page is not fetched either. Every
page failure becomes a `Problem` on that page's document (verdict `undetermined` with the
reason), never a traceback and never an `allow`.

`SiteFetcher` is shared with `compliance.integrations.scrapy`, so a user's spider and the CLI
read site files the same way. Scrapy is imported here and in the integration only: the core
never needs it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

from compliance.model import Document, ErrorEntry, Problem, Purpose, Site, SiteFile
from compliance.resources import tool_version
from compliance.sources.files import MAX_BYTES_DEFAULT
from compliance.sources.snapshot import (
    PageRecord,
    SiteRecord,
    read_site,
    read_site_pages,
    records_by_origin,
    rsl_name,
    write_site,
    write_snapshot,
)

PRODUCT_TOKEN = "compliance-checker"
DEFAULT_TIMEOUT = 30.0
MAX_ROBOTS_REDIRECTS = 5  # RFC 9309 §2.3.1.2: at least five hops, then 4xx
CACHE_TTL_MAX = 24 * 3600.0  # RFC 9309 §2.4 / DESIGN.md §7: never cache robots.txt longer
ALLOWED_SCHEMES = ("http", "https")
MAX_LICENCES_PER_ORIGIN = 10  # RSL licences fetched per robots.txt (or per page); rest reported
# Content types whose body we can read as a document; anything else is `not-text`.
_TEXT_TYPES = re.compile(r"^\s*(text/[\w.+-]+|application/(xhtml\+xml|xml))\b", re.IGNORECASE)
_RSL_TYPE = "application/rsl+xml"
_LINK = re.compile(r"<([^>]*)>([^,<]*(?:,(?!\s*<)[^,<]*)*)")
_NOT_CRAWL = tuple(p for p in Purpose if p is not Purpose.CRAWL)

T = TypeVar("T")


def user_agent() -> str:
    return f"{PRODUCT_TOKEN}/{tool_version()}"


def is_url(value: str) -> bool:
    """What the CLI treats as a URL to fetch rather than a file path."""
    return value.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetch run; the defaults are meant to be safe for any site."""

    timeout: float = DEFAULT_TIMEOUT  # seconds per request (connect + download)
    max_bytes: int = MAX_BYTES_DEFAULT  # larger pages are `too-large`, site files unreachable
    schemes: tuple[str, ...] = ALLOWED_SCHEMES
    max_redirects: int = MAX_ROBOTS_REDIRECTS
    cache_dir: Path | None = None  # site files on disk, reused for at most `cache_ttl`
    cache_ttl: float = CACHE_TTL_MAX
    user_agent: str = field(default_factory=user_agent)
    concurrency: int = 8

    def ttl(self) -> float:
        return max(0.0, min(self.cache_ttl, CACHE_TTL_MAX))


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _problem(code: str, message: str, purposes: Sequence[Purpose] = tuple(Purpose)) -> Problem:
    return Problem(code=code, message=message, purposes=tuple(purposes))


def own_robots_problem(robots: SiteFile | None, url: str) -> Problem | None:
    """Why the checker itself may not fetch `url` (RFC 9309 for `compliance-checker`), if so.

    An unreachable robots.txt is a complete disallow: the page stays unfetched and every
    purpose other than `crawl` (which the robots.txt finding denies) is undetermined with the
    same reason as the finding, `robots-unreachable`.
    """
    if robots is None:
        return None
    status = robots.status
    if robots.error or status is None or status == 429 or not 200 <= status < 500:
        why = robots.error or (f"HTTP {status}" if status is not None else "no response")
        return _problem(
            "robots-unreachable",
            f"robots.txt could not be fetched ({why}); RFC 9309 reads that as a complete"
            " disallow, so the page was not fetched. Retry later.",
            _NOT_CRAWL,
        )
    if not 200 <= status < 300:
        return None  # 3xx after the hop limit, or 4xx: no restrictions
    from compliance.extract.robotstxt import parse_robots, path_of

    decision = parse_robots(robots.body or "").decide(PRODUCT_TOKEN, path_of(url))
    if decision.allowed:
        return None
    line = f" (line {decision.line})" if decision.line else ""
    return _problem(
        "fetch-disallowed",
        f"robots.txt disallows {PRODUCT_TOKEN} at this path{line}, so the page was not"
        " fetched; check a saved copy instead (`compliance check FILE --url URL`).",
    )


def rsl_links(headers: Iterable[tuple[str, str]], html: str | None, base: str) -> list[str]:
    """Absolute URLs of the RSL licences a page declares in `Link` headers and in its HTML."""
    found: list[str] = []
    for name, value in headers:
        if name.lower() != "link":
            continue
        for target, params in _LINK.findall(value):
            lowered = params.lower().replace('"', "").replace(" ", "")
            rels = re.search(r"rel=([^;]*)", lowered)
            if rels and "license" in rels.group(1).split() and f"type={_RSL_TYPE}" in lowered:
                found.append(urljoin(base, target.strip()))
    if html:
        from selectolax.lexbor import LexborHTMLParser

        from compliance.extract.html_limits import too_complex

        if too_complex(html.encode("utf-8", "surrogatepass")) is not None:
            return found  # the page itself is `too-complex`; it is not parsed here either
        for link in LexborHTMLParser(html).css("link[type]"):
            href = (link.attributes.get("href") or "").strip()
            if href and (link.attributes.get("type") or "").strip().lower() == _RSL_TYPE:
                found.append(urljoin(base, href))
    return list(dict.fromkeys(found))


def robots_licences(robots: SiteFile | None) -> list[str]:
    """Absolute URLs of every RSL licence robots.txt declares with `License:` lines."""
    if robots is None or robots.body is None or not _ok(robots.status):
        return []
    from compliance.extract.robotstxt import parse_robots

    parsed = parse_robots(robots.body)
    urls = [
        urljoin(robots.url or "", e.value.strip()) for e in parsed.extensions if e.name == "license"
    ]
    return list(dict.fromkeys(u for u in urls if u))


def _ok(status: int | None) -> bool:
    return status is not None and 200 <= status < 300


def sorted_licences(files: Iterable[SiteFile]) -> tuple[SiteFile, ...]:
    """Licences in snapshot order (by file name), so live and offline checks agree."""
    unique = {f.url or "": f for f in files}
    return tuple(sorted(unique.values(), key=lambda f: rsl_name(f.url or "")))


@dataclass(frozen=True)
class OriginFiles:
    """The site files of one origin as fetched (or read from the disk cache)."""

    origin: str
    observed_at: str
    robots: SiteFile
    tdmrep: SiteFile
    licences: tuple[SiteFile, ...] = ()  # declared by robots.txt

    def site(self, page_licences: Iterable[SiteFile] = ()) -> Site:
        return Site(
            origin=self.origin,
            observed_at=self.observed_at,
            robots=self.robots,
            tdmrep=self.tdmrep,
            rsl=sorted_licences([*self.licences, *page_licences]),
        )


def describe_failure(exc: BaseException) -> tuple[str, str]:
    """(problem code, message) for a download that raised; never the traceback."""
    name = type(exc).__name__
    text = str(exc).strip()
    lowered = f"{name} {text}".lower()
    if "timeout" in lowered or "timedout" in lowered:
        return "fetch-timeout", "timeout: no complete answer in time"
    if "maxsize" in lowered or "max size" in lowered or "larger than" in lowered:
        return "too-large", f"larger than the download limit ({text or name})"
    if "redirect" in lowered:
        return "too-many-redirects", f"too many redirects ({text or name})"
    if "dns" in lowered:
        return "fetch-failed", f"DNS lookup failed ({text or name})"
    if "refused" in lowered:
        return "fetch-failed", "connection refused"
    return "fetch-failed", f"{name}: {text}" if text else name


def _now() -> str:
    return dt.datetime.now(tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Once:
    """A value computed once; concurrent callers wait for the first computation.

    Each waiter gets its own Deferred: awaiting one shared Deferred twice hands the second
    waiter the first waiter's callback result (None), which would read as "no restrictions".
    """

    def __init__(self) -> None:
        self.done = False
        self.value: Any = None
        self.waiters: list[Any] = []


class SiteFetcher:
    """Fetches site files through a running crawler's engine, once per origin / licence URL."""

    def __init__(self, crawler: Any, options: FetchOptions | None = None) -> None:
        self.crawler = crawler
        self.options = options or FetchOptions()
        self._origins: dict[str, _Once] = {}
        self._licences: dict[str, _Once] = {}

    @classmethod
    def for_crawler(cls, crawler: Any, options: FetchOptions | None = None) -> SiteFetcher:
        """The crawler's one fetcher, shared by every component (one robots.txt per origin)."""
        fetcher = getattr(crawler, "_compliance_site_fetcher", None)
        if fetcher is None:
            fetcher = cls(crawler, options)
            crawler._compliance_site_fetcher = fetcher
        return fetcher

    def known(self, url: str) -> OriginFiles | None:
        entry = self._origins.get(origin_of(url))
        return entry.value if entry is not None and entry.done else None

    def known_licence(self, url: str) -> SiteFile | None:
        entry = self._licences.get(url)
        return entry.value if entry is not None and entry.done else None

    async def origin_files(self, url: str) -> OriginFiles:
        origin = origin_of(url)
        return await self._memo(self._origins, origin, lambda: self._fetch_origin(origin))

    async def licence(self, url: str) -> SiteFile:
        return await self._memo(self._licences, url, lambda: self._fetch_licence(url))

    async def site(self, url: str, page_licences: Sequence[str] = ()) -> Site:
        files = await self.origin_files(url)
        extra = await self.licences(page_licences) if page_licences else []
        return files.site(extra)

    async def licences(self, urls: Sequence[str]) -> list[SiteFile]:
        """Declared licences, capped and fetched concurrently within one budget.

        Sequential fetches let a robots.txt with 1,000 `License:` lines to a silent host hold
        a page for 1,000 timeouts (issue 12, item 8). What is not fetched is reported as an
        unreadable licence: the over-cap ones as one entry naming how many were skipped.
        """
        unique = list(dict.fromkeys(u for u in urls if u))
        wanted, rest = unique[:MAX_LICENCES_PER_ORIGIN], unique[MAX_LICENCES_PER_ORIGIN:]
        budget = 2 * self.options.timeout
        await _all_within([self.licence(u) for u in wanted], budget)
        files = [
            self.known_licence(u)
            or SiteFile(url=u, error=f"timeout: no answer within the {budget:g} s licence budget")
            for u in wanted
        ]
        if rest:
            skipped = SiteFile(
                url=rest[0],
                error=f"not fetched: {len(rest)} more RSL licences declared than the limit of"
                f" {MAX_LICENCES_PER_ORIGIN} (first skipped: {rest[0]})",
            )
            entry = self._licences.setdefault(rest[0], _Once())
            if not entry.done:
                entry.value, entry.done = skipped, True
            files.append(entry.value)
        return files

    async def _memo(self, table: dict[str, _Once], key: str, make: Callable[[], Awaitable[T]]) -> T:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet.defer import Deferred

        entry = table.get(key)
        if entry is None:
            entry = table[key] = _Once()
            value = await make()
            entry.value, entry.done = value, True
            for pending in entry.waiters:
                pending.callback(value)
            entry.waiters.clear()
            return value
        if entry.done:
            return entry.value  # type: ignore[no-any-return]
        waiter: Deferred[T] = Deferred()
        entry.waiters.append(waiter)
        return await maybe_deferred_to_future(waiter)

    def _allowed(self, url: str) -> bool:
        return urlsplit(url).scheme.lower() in self.options.schemes

    async def _download(self, url: str, *, follow: bool, slot: str | None = None) -> Any:
        """The response, or a failure description string (never raises)."""
        from scrapy import Request
        from scrapy.http.request import NO_CALLBACK

        extra = {"download_slot": slot} if slot else {}
        request = Request(
            url,
            callback=NO_CALLBACK,
            priority=1000,
            dont_filter=True,
            meta={
                "compliance_site_file": True,
                "dont_check_compliance": True,
                "dont_obey_robotstxt": True,
                "dont_retry": True,
                "dont_redirect": not follow,
                "handle_httpstatus_all": True,
                "download_timeout": self.options.timeout,
                "download_maxsize": self.options.max_bytes,
                **extra,
            },
        )
        try:
            return await self.crawler.engine.download_async(request)
        except Exception as exc:
            return describe_failure(exc)[1]

    async def _fetch_origin(self, origin: str) -> OriginFiles:
        cached = self._from_cache(origin)
        if cached is not None:
            return cached
        observed_at = _now()
        robots = await self._fetch_robots(origin + "/robots.txt")
        tdmrep = await self._fetch_file(origin + "/.well-known/tdmrep.json")
        licences = await self.licences(robots_licences(robots))
        files = OriginFiles(origin, observed_at, robots, tdmrep, sorted_licences(licences))
        self._to_cache(files)
        return files

    async def _fetch_robots(self, url: str) -> SiteFile:
        """RFC 9309 §2.3.1.2: follow at most `max_redirects` hops by hand, then stop.

        A chain still redirecting after the limit keeps its 3xx status, which the robots.txt
        signals read as "unavailable" (no restrictions), exactly as the RFC says.
        """
        response: Any = None
        for hop in range(self.options.max_redirects + 1):
            response = await self._download(url, follow=False)
            if isinstance(response, str):
                return SiteFile(url=url, error=response)
            location = response.headers.get(b"Location")
            if not (300 <= response.status < 400 and location) or hop == self.options.max_redirects:
                break
            target = urljoin(url, location.decode("latin-1"))
            if not self._allowed(target):
                break  # a redirect to another scheme is not followed: 3xx, i.e. 4xx
            url = target
        return _site_file(url, response)

    async def _fetch_file(self, url: str, slot: str | None = None) -> SiteFile:
        response = await self._download(url, follow=True, slot=slot)
        if isinstance(response, str):
            return SiteFile(url=url, error=response)
        return _site_file(response.url, response)

    async def _fetch_licence(self, url: str) -> SiteFile:
        if not self._allowed(url):
            schemes = ", ".join(self.options.schemes)
            return SiteFile(url=url, error=f"not fetched: only {schemes} licences are read")
        return await self._fetch_file(url, slot=f"compliance-licence:{url}")

    # -- disk cache: one snapshot directory of site files per origin ----------------------

    def _cache_path(self, origin: str) -> Path | None:
        if self.options.cache_dir is None:
            return None
        import hashlib

        return self.options.cache_dir / hashlib.sha256(origin.encode()).hexdigest()[:32]

    def _from_cache(self, origin: str) -> OriginFiles | None:
        path = self._cache_path(origin)
        if path is None or not (path / "site.json").is_file():
            return None
        try:
            site = read_site(path)
            observed = dt.datetime.fromisoformat((site.observed_at or "").replace("Z", "+00:00"))
        except Exception:
            return None  # a damaged cache entry is refetched, never trusted
        age = (dt.datetime.now(tz=dt.UTC) - observed).total_seconds()
        if not 0 <= age <= self.options.ttl() or site.robots is None or site.tdmrep is None:
            return None
        return OriginFiles(origin, site.observed_at or "", site.robots, site.tdmrep, site.rsl)

    def _to_cache(self, files: OriginFiles) -> None:
        path = self._cache_path(files.origin)
        if path is None:
            return
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        with contextlib.suppress(OSError):  # a cache is an optimisation; never fail the run
            write_site(
                path,
                SiteRecord(
                    site=files.site(),
                    robots_licences=frozenset(f.url or "" for f in files.licences),
                ),
            )


async def _all_within(calls: Sequence[Coroutine[Any, Any, Any]], seconds: float) -> None:
    """Run the coroutines concurrently; return when all are done or `seconds` have passed
    (the late ones finish on their own; their callers see them as not answered in time)."""
    if not calls:
        return
    from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
    from twisted.internet import reactor
    from twisted.internet.defer import Deferred, DeferredList

    done: Deferred[None] = Deferred()

    def finish(result: Any = None) -> Any:
        if not done.called:
            done.callback(None)
        return result

    clock: Any = reactor
    timer = clock.callLater(seconds, finish)
    # Scrapy's wrapper, not Deferred.fromCoroutine: downloads await asyncio futures.
    started = [deferred_from_coro(c) for c in calls]
    DeferredList(started, consumeErrors=True).addBoth(finish)
    try:
        await maybe_deferred_to_future(done)
    finally:
        if timer.active():
            timer.cancel()


def _site_file(url: str, response: Any) -> SiteFile:
    body = response.body.decode("utf-8", "replace") if _ok(response.status) else None
    return SiteFile(url=url, status=response.status, body=body)


def header_pairs(response: Any) -> tuple[tuple[str, str], ...]:
    """Scrapy's header map as ordered `(name, value)` pairs, one per value."""
    pairs: list[tuple[str, str]] = []
    for name, values in response.headers.items():
        for value in values:
            pairs.append((name.decode("latin-1"), value.decode("latin-1")))
    return tuple(pairs)


def content_type_of(response: Any) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return str(raw.decode("latin-1"))


def is_text_type(content_type: str) -> bool:
    return not content_type.strip() or bool(_TEXT_TYPES.match(content_type))


# -- the checker's own crawl (run in a child process) ---------------------------------------


class OwnRobotsMiddleware:
    """Downloader middleware of the checker's own crawl: obey robots.txt for our token.

    Runs for every page request, redirects included (Scrapy re-schedules a redirect as a new
    request carrying the same meta), so a redirect to another origin reads that origin's
    robots.txt first. Scrapy's own RobotsTxtMiddleware is not used: it treats an unreadable
    robots.txt as "allow all" (fail open) and follows redirects without a hop limit.
    """

    def __init__(self, crawler: Any) -> None:
        self.fetcher = SiteFetcher.for_crawler(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> OwnRobotsMiddleware:
        return cls(crawler)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        from scrapy.exceptions import IgnoreRequest

        if "compliance_page" not in request.meta:
            return
        if not self.fetcher._allowed(request.url):
            problem = _problem(
                "unsupported-scheme",
                f"only {', '.join(self.fetcher.options.schemes)} URLs are fetched",
            )
            request.meta["compliance_problem"] = problem
            raise IgnoreRequest(problem.message)
        files = await self.fetcher.origin_files(request.url)
        refused = own_robots_problem(files.robots, request.url)
        if refused is not None:
            request.meta["compliance_problem"] = refused
            raise IgnoreRequest(refused.message)


@dataclass
class _Collected:
    pages: dict[int, tuple[str, PageRecord]] = field(default_factory=dict)


def _spider_class() -> Any:
    import scrapy

    class FetchSpider(scrapy.Spider):
        """Requests each page once; the middleware above fetches site files and gates it."""

        name = "compliance-fetch"

        def __init__(self, urls: Sequence[str], options: FetchOptions, out: _Collected) -> None:
            super().__init__()
            self.urls, self.options, self.out = list(urls), options, out

        async def start(self) -> Any:
            for index, url in enumerate(self.urls, start=1):
                yield scrapy.Request(
                    url,
                    callback=self.parse_page,
                    errback=self.page_failed,
                    dont_filter=True,
                    meta={
                        "compliance_page": index,
                        # Error statuses reach the callback (they are a verdict, not a crash);
                        # 3xx stay with RedirectMiddleware, which then applies REDIRECT_MAX_TIMES.
                        "handle_httpstatus_list": list(range(400, 600)),
                        "download_maxsize": self.options.max_bytes,
                        "download_timeout": self.options.timeout,
                    },
                )

        async def parse_page(self, response: Any) -> Any:
            index = response.meta["compliance_page"]
            fetcher = SiteFetcher.for_crawler(self.crawler)
            headers = header_pairs(response)
            reason = _reason(response.status)
            problems: tuple[Problem, ...] = ()
            content_type = content_type_of(response)
            body: bytes | None = response.body
            if response.status >= 400:
                problems = (_problem("http-error", f"the page answered HTTP {response.status}"),)
            elif not is_text_type(content_type):
                problems = (
                    _problem("not-text", f"not HTML or text (Content-Type: {content_type})"),
                )
            licences: list[str] = []
            if not problems:
                html = response.text if hasattr(response, "text") else None
                declared = await fetcher.licences(rsl_links(headers, html, response.url))
                licences = [f.url for f in declared if f.url]
            else:
                body = None
            self.out.pages[index] = (
                origin_of(response.url),
                PageRecord(
                    index=index,
                    url=response.url,
                    status=response.status,
                    reason=reason,
                    headers=headers,
                    body=body,
                    problems=problems,
                    licences=tuple(licences),
                ),
            )
            if False:  # an async generator callback: Scrapy awaits it, nothing is yielded
                yield None

        def page_failed(self, failure: Any) -> None:
            request = failure.request
            index = request.meta["compliance_page"]
            problem = request.meta.get("compliance_problem")
            if problem is None:  # set by OwnRobotsMiddleware when it refused the request
                code, message = describe_failure(failure.value)
                problem = _problem(code, message)
            self.out.pages[index] = (
                origin_of(request.url),
                PageRecord(index=index, url=request.url, problems=(problem,)),
            )

    return FetchSpider


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def crawl_settings(options: FetchOptions) -> dict[str, Any]:
    """Scrapy settings of the checker's own crawl: polite, bounded, no fail-open defaults."""
    return {
        "USER_AGENT": options.user_agent,
        "ROBOTSTXT_OBEY": False,  # replaced by OwnRobotsMiddleware (fails closed)
        "DOWNLOADER_MIDDLEWARES": {"compliance.sources.web.OwnRobotsMiddleware": 100},
        "DOWNLOAD_TIMEOUT": options.timeout,
        "DOWNLOAD_MAXSIZE": options.max_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": options.max_redirects,
        # A failed fetch is a verdict with a reason; retrying would only slow the answer.
        "RETRY_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        # Room for one origin's licences beside the pages (each licence has its own slot).
        "CONCURRENT_REQUESTS": options.concurrency + MAX_LICENCES_PER_ORIGIN,
        "CONCURRENT_REQUESTS_PER_DOMAIN": min(options.concurrency, 4),
        # Only the schemes we allow get a download handler at all.
        "DOWNLOAD_HANDLERS": {s: None for s in ("file", "s3", "ftp", "data")},
        "LOG_ENABLED": os.environ.get("COMPLIANCE_DEBUG") == "1",
        "LOG_LEVEL": "DEBUG",
    }


def crawl_to_snapshot(urls: Sequence[str], directory: Path, options: FetchOptions) -> None:
    """Fetch `urls` with Scrapy in this process and write the snapshot (the child's job)."""
    from scrapy.crawler import CrawlerProcess

    collected = _Collected()
    process = CrawlerProcess(settings=crawl_settings(options), install_root_handler=False)
    crawler = process.create_crawler(_spider_class())
    SiteFetcher.for_crawler(crawler, options)
    process.crawl(crawler, urls=urls, options=options, out=collected)
    process.start()
    fetcher = SiteFetcher.for_crawler(crawler, options)
    records: dict[str, SiteRecord] = {}
    for index, url in enumerate(urls, start=1):
        origin, page = collected.pages.get(
            index,
            (
                origin_of(url),
                PageRecord(
                    index=index,
                    url=url,
                    problems=(_problem("fetch-failed", "the crawl ended before this page"),),
                ),
            ),
        )
        files = fetcher.known(origin)
        page_licences = [f for u in page.licences if (f := fetcher.known_licence(u))]
        previous = records.get(origin)
        licences = [*(previous.site.rsl if previous else ()), *page_licences]
        site = files.site(licences) if files else Site(origin=origin, observed_at=_now())
        records[origin] = SiteRecord(
            site=site,
            robots_licences=frozenset(f.url or "" for f in (files.licences if files else ())),
            pages=(*(previous.pages if previous else ()), page),
        )
    write_snapshot(directory, records_by_origin(records))


def fetch_snapshot(urls: Sequence[str], directory: Path, options: FetchOptions) -> None:
    """Fetch `urls` in a child process (a fresh Twisted reactor) into a snapshot directory."""
    config = {
        "urls": list(urls),
        "directory": str(directory),
        "options": {
            "timeout": options.timeout,
            "max_bytes": options.max_bytes,
            "schemes": list(options.schemes),
            "max_redirects": options.max_redirects,
            "cache_dir": str(options.cache_dir) if options.cache_dir else None,
            "cache_ttl": options.cache_ttl,
            "user_agent": options.user_agent,
            "concurrency": options.concurrency,
        },
    }
    code = "from compliance.sources.web import child_main; child_main()"
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(config),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise RuntimeError(f"the fetch process failed (exit {done.returncode}): {tail}")


def child_main() -> None:
    """Entry point of the fetch child: JSON config on stdin, snapshot written to disk."""
    config = json.loads(sys.stdin.read())
    raw = config["options"]
    options = FetchOptions(
        timeout=float(raw["timeout"]),
        max_bytes=int(raw["max_bytes"]),
        schemes=tuple(raw["schemes"]),
        max_redirects=int(raw["max_redirects"]),
        cache_dir=Path(raw["cache_dir"]) if raw["cache_dir"] else None,
        cache_ttl=float(raw["cache_ttl"]),
        user_agent=str(raw["user_agent"]),
        concurrency=int(raw["concurrency"]),
    )
    crawl_to_snapshot(config["urls"], Path(config["directory"]), options)


def fetch_documents(
    urls: Sequence[str],
    options: FetchOptions | None = None,
    *,
    snapshot: Path | None = None,
) -> list[Document | ErrorEntry]:
    """Fetch pages (with their site files) and return them as Documents, in input order.

    With `snapshot`, the fetched data stays there (DESIGN.md §3 layout) for offline re-checks;
    otherwise a temporary directory is used and removed.
    """
    options = options or FetchOptions()
    if snapshot is not None:
        fetch_snapshot(urls, snapshot, options)
        return list(read_site_pages(snapshot))
    with tempfile.TemporaryDirectory(prefix="compliance-fetch-") as tmp:
        target = Path(tmp) / "snapshot"
        fetch_snapshot(urls, target, options)
        return list(read_site_pages(target))
