"""Scrapy integration (an adapter at the edge): a downloader middleware and an item pipeline.

Enable both in a project's settings (see examples/spider/ and the README)::

    COMPLIANCE_ENABLED = True
    COMPLIANCE_PURPOSES = "ai-train"
    DOWNLOADER_MIDDLEWARES = {"compliance.integrations.scrapy.ComplianceDownloaderMiddleware": 540}
    ITEM_PIPELINES = {"compliance.integrations.scrapy.CompliancePipeline": 300}

- The middleware fetches the site files of each origin once (robots.txt, tdmrep.json, declared
  RSL licences; `compliance.sources.web.SiteFetcher`, the same code as `compliance check URL`).
  Before a request is sent it checks the site-level signals for the spider's purposes (and
  `crawl`: a spider is a crawler) as its agent and raises `IgnoreRequest` with the rule ids and
  evidence when the gate fails. After the response it checks the headers + HTML *signals*
  (X-Robots-Tag, TDMRep, robots meta, RSL links) the same way. Natural-language notices are left
  to the pipeline, which sees what the spider keeps. With `COMPLIANCE_GATE_REQUESTS = False`
  only `crawl` is gated (an audit crawl: every item is checked and labelled by the pipeline).
- The pipeline checks each item's html (else text) with the response headers and site files
  the middleware saw, raises `DropItem` with the reason when the gate fails, and attaches the
  verdict to kept items (`COMPLIANCE_VERDICT_FIELD`) when the item can take the field.
- Every checked document goes into `COMPLIANCE_REPORT` (the JSON report, DESIGN.md §3) when
  the spider closes; stats: `compliance/allowed`, `compliance/denied`, `compliance/denied/<rule>`,
  `compliance/undetermined`, `compliance/request_ignored[/<rule>]`, `compliance/fetch_failed`.

Nothing fails open: an unreachable robots.txt refuses the request, an item without content is
undetermined, and a request flagged `meta["dont_check_compliance"]` is the only way around.
"""

from __future__ import annotations

import contextlib
import re
from collections import OrderedDict
from pathlib import Path
from typing import Any

from compliance.decide import purpose_gate
from compliance.engine import Checker
from compliance.model import Document, DocumentResult, Problem, Purpose, Site, VerdictValue
from compliance.sources.snapshot import page_document
from compliance.sources.web import (
    FetchOptions,
    SiteFetcher,
    content_type_of,
    describe_failure,
    header_pairs,
    is_text_type,
    own_robots_problem,
    rsl_links,
)

try:
    from itemadapter import ItemAdapter
    from scrapy import signals
    from scrapy.exceptions import DropItem, IgnoreRequest, NotConfigured
except ImportError as exc:  # pragma: no cover - only users of the integration import this
    from compliance.integrations import MissingExtra

    raise MissingExtra("scrapy is not installed: pip install scrapy itemadapter") from exc

_TOKEN = re.compile(r"^\s*([A-Za-z0-9_.-]+)")
_REMEMBERED = 4096  # responses whose headers wait for their item; bounded, oldest dropped


def product_token(user_agent: str | None) -> str | None:
    """`MyBot/1.2 (+https://...)` → `MyBot` (RFC 9309 matches on the product token)."""
    match = _TOKEN.match(user_agent or "")
    return match.group(1) if match else None


def skip(request: Any) -> bool:
    """Requests the integration leaves alone: the escape hatch and our own site-file fetches."""
    meta = request.meta
    if meta.get("dont_check_compliance") or meta.get("compliance_site_file"):
        return True
    return not request.url.lower().startswith(("http://", "https://"))


class _State:
    """One per crawler, shared by the middleware and the pipeline (never a global)."""

    def __init__(self, crawler: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        purposes = settings.get("COMPLIANCE_PURPOSES", "all")
        if not isinstance(purposes, str):
            purposes = ",".join(purposes)
        agent = settings.get("COMPLIANCE_AGENT") or product_token(settings.get("USER_AGENT"))
        common: dict[str, Any] = {
            "include_bundled": True,
            "grants": settings.get("COMPLIANCE_GRANTS") or None,
            "agent": agent,
        }
        rules = settings.getlist("COMPLIANCE_RULES")
        self.checker = Checker.from_rules(rules, purposes=purposes, **common)
        wanted = [p.value for p in self.checker.policy.purposes]
        if settings.getbool("COMPLIANCE_GATE_REQUESTS", True):
            # A spider is a crawler: `crawl` is always gated before a request, whatever it keeps.
            gated = ",".join(dict.fromkeys([Purpose.CRAWL.value, *wanted]))
        else:
            gated = Purpose.CRAWL.value
        self.request_checker = Checker.from_rules(rules, purposes=gated, **common)
        self.gate_responses = settings.getbool("COMPLIANCE_GATE_REQUESTS", True)
        self.text_field = settings.get("COMPLIANCE_TEXT_FIELD", "text")
        self.html_field = settings.get("COMPLIANCE_HTML_FIELD", "html")
        self.url_field = settings.get("COMPLIANCE_URL_FIELD", "url")
        self.verdict_field = settings.get("COMPLIANCE_VERDICT_FIELD", "compliance")
        self.report_path = settings.get("COMPLIANCE_REPORT")
        maxsize = settings.getint("DOWNLOAD_MAXSIZE") or FetchOptions.max_bytes
        self.fetcher = SiteFetcher.for_crawler(
            crawler,
            FetchOptions(
                timeout=settings.getfloat("DOWNLOAD_TIMEOUT", 180.0),
                max_bytes=maxsize,
                user_agent=settings.get("USER_AGENT") or "",
            ),
        )
        self.results: list[DocumentResult] = []
        self.pages: OrderedDict[str, tuple[tuple[tuple[str, str], ...], int, Site]] = OrderedDict()
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler: Any) -> _State:
        if not crawler.settings.getbool("COMPLIANCE_ENABLED"):
            raise NotConfigured("COMPLIANCE_ENABLED is not set")
        state = getattr(crawler, "_compliance_state", None)
        if state is None:
            state = crawler._compliance_state = cls(crawler)
        return state

    def remember(
        self, url: str, headers: tuple[tuple[str, str], ...], status: int, site: Site
    ) -> None:
        self.pages[url] = (headers, status, site)
        while len(self.pages) > _REMEMBERED:
            self.pages.popitem(last=False)

    def record(self, result: DocumentResult, *, item: bool) -> None:
        """Keep the result for the report and count it (items only in allowed/denied/...)."""
        self.results.append(result)
        if not item:
            return
        if result.gate == "pass":
            self.stats.inc_value("compliance/allowed")
        elif result.gate == "fail":
            self.stats.inc_value("compliance/denied")
            for rule_id in failing_rules(result, self.checker):
                self.stats.inc_value(f"compliance/denied/{rule_id}")
        else:
            self.stats.inc_value("compliance/undetermined")

    def spider_closed(self, spider: Any = None) -> None:
        if not self.report_path:
            return
        from compliance.formats import render

        ordered = sorted(self.results, key=lambda r: (r.id, r.source))
        report = self.checker.report(ordered, argv=("scrapy", getattr(spider, "name", "")))
        path = Path(self.report_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(report, "json"), "utf-8")


def failing_rules(result: DocumentResult, checker: Checker) -> list[str]:
    """Rule ids (or problem codes) behind every purpose that fails the gate."""
    by_print = {f.fingerprint: f.rule_id for f in result.findings}
    found: list[str] = []
    for purpose, verdict in result.verdicts.items():
        if purpose_gate(purpose, verdict, checker.policy) == "pass":
            continue
        found += [by_print[p] for p in verdict.findings if p in by_print]
        found += list(verdict.reasons)
    return list(dict.fromkeys(found))


def refusal(result: DocumentResult, checker: Checker) -> str:
    """The reason carried by IgnoreRequest / DropItem: purpose, verdict, rule, evidence."""
    by_print = {f.fingerprint: f for f in result.findings}
    parts: list[str] = []
    for purpose, verdict in result.verdicts.items():
        if purpose_gate(purpose, verdict, checker.policy) == "pass":
            continue
        why = [by_print[p] for p in verdict.findings if p in by_print]
        detail = ", ".join(
            f"{f.rule_id}: {f.evidence[0].excerpt[:120]!r}" if f.evidence else f.rule_id
            for f in why
        ) or ", ".join(verdict.reasons)
        unmet = f" unmet {', '.join(verdict.unmet)}" if verdict.unmet else ""
        parts.append(f"{purpose.value} {verdict.verdict.value}{unmet} ({detail})")
    return f"compliance: {result.url or result.id}: gate {result.gate}: " + "; ".join(parts)


def unfetched(url: str, site: Site, why: str) -> Document:
    """The document of a request that was not sent: site files only, content undetermined.

    An unreachable robots.txt gives the same problem as `compliance check URL`, so both
    report the same verdicts for it.
    """
    problem = own_robots_problem(site.robots, url)
    if problem is None or problem.code != "robots-unreachable":
        problem = Problem(code="request-ignored", message=why)
    return Document(id=url, source=url, kind="text", url=url, site=site, problems=(problem,))


class ComplianceDownloaderMiddleware:
    """Refuses requests and responses whose site-level / page-level signals fail the gate."""

    def __init__(self, crawler: Any) -> None:
        self.state = _State.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ComplianceDownloaderMiddleware:
        return cls(crawler)

    async def process_request(self, request: Any, spider: Any = None) -> None:
        if skip(request):
            return
        state = self.state
        site = await state.fetcher.site(request.url)
        url = request.url
        result = state.request_checker.check(
            Document(id=url, source=url, kind="text", text="", url=url, site=site)
        )
        if result.gate == "pass":
            return
        reason = refusal(result, state.request_checker)
        state.record(state.checker.check(unfetched(url, site, reason)), item=False)
        state.stats.inc_value("compliance/request_ignored")
        for rule_id in failing_rules(result, state.request_checker):
            state.stats.inc_value(f"compliance/request_ignored/{rule_id}")
        raise IgnoreRequest(reason)

    async def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        if skip(request) or 300 <= response.status < 400:
            return response
        state = self.state
        headers = header_pairs(response)
        content_type = content_type_of(response)
        html = response.text if is_text_type(content_type) and hasattr(response, "text") else None
        # Every declared licence counts: one the fetcher will not read is unreadable, not gone.
        site = await state.fetcher.site(response.url, rsl_links(headers, html, response.url))
        state.remember(response.url, headers, response.status, site)
        if not state.gate_responses:
            return response
        if is_text_type(content_type):
            doc = page_document(
                response.url, response.url, headers, response.status, response.body, site
            )
        else:
            doc = Document(
                id=response.url,
                source=response.url,
                url=response.url,
                text="",
                headers=headers,
                status=response.status,
                site=site,
            )
        # Headers + HTML signals only; text notices are the pipeline's, on what is kept.
        signals_only = _signal_checker(state).check(doc)
        if signals_only.gate == "pass":
            return response
        reason = refusal(signals_only, state.checker)
        state.record(state.checker.check(doc), item=False)
        state.stats.inc_value("compliance/request_ignored")
        for rule_id in failing_rules(signals_only, state.checker):
            state.stats.inc_value(f"compliance/request_ignored/{rule_id}")
        raise IgnoreRequest(reason)

    def process_exception(self, request: Any, exception: BaseException, spider: Any = None) -> None:
        """A failed download (timeout, size limit, refused) is a document `undetermined` with
        the reason, recorded for the report; Scrapy goes on with its own error handling."""
        if skip(request) or isinstance(exception, IgnoreRequest):
            return
        state = self.state
        code, message = describe_failure(exception)
        files = state.fetcher.known(request.url)
        site = files.site() if files else None
        problem = Problem(code=code, message=message)
        doc = Document(
            id=request.url, source=request.url, url=request.url, site=site, problems=(problem,)
        )
        state.record(state.checker.check(doc), item=False)
        state.stats.inc_value("compliance/fetch_failed")


def _signal_checker(state: _State) -> Checker:
    """The run's checker restricted to signal rules (no natural-language patterns)."""
    cached = getattr(state, "_signal_checker", None)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    import dataclasses

    from compliance.notices.lexicon import LexiconSet
    from compliance.rulepacks.loader import RuleSet

    base = state.checker
    packs = tuple(
        dataclasses.replace(p, rules=tuple(r for r in p.rules if _signals_only(r.match)))
        for p in base.ruleset.packs
    )
    checker = Checker(
        RuleSet(packs=packs),
        purposes=base.policy.purposes,
        profile=base.profile,
        grants=base.grants,
        agent=base.agent,
        clock=base.clock,
        lexicons=LexiconSet([]),  # no generic notices: those are the pipeline's
    )
    state._signal_checker = checker  # type: ignore[attr-defined]
    return checker


def _signals_only(node: Any) -> bool:
    if node.pattern is not None or node.phrases is not None:
        return False
    children = [*(node.any or []), *(node.all or []), *([node.not_] if node.not_ else [])]
    return all(_signals_only(child) for child in children)


class CompliancePipeline:
    """Checks each item's content; drops what fails the gate, labels what is kept."""

    def __init__(self, crawler: Any) -> None:
        self.state = _State.of(crawler)

    @classmethod
    def from_crawler(cls, crawler: Any) -> CompliancePipeline:
        return cls(crawler)

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        state = self.state
        adapter = ItemAdapter(item)
        url = _string(adapter.get(state.url_field))
        html = _string(adapter.get(state.html_field))
        text = _string(adapter.get(state.text_field))
        headers: tuple[tuple[str, str], ...] = ()
        status: int | None = None
        site: Site | None = None
        if url and url in state.pages:
            headers, status, site = state.pages.pop(url)
        elif url and url.lower().startswith(("http://", "https://")):
            site = await state.fetcher.site(url)
        problems: tuple[Problem, ...] = ()
        if html is None and text is None:
            problems = (
                Problem(
                    code="no-content",
                    message=f"the item has neither {state.html_field!r} nor"
                    f" {state.text_field!r}; set COMPLIANCE_HTML_FIELD / COMPLIANCE_TEXT_FIELD",
                ),
            )
        name = url or f"item:{len(state.results) + 1}"
        doc = Document(
            id=name,
            source=name,
            kind="html" if html is not None else "text",
            url=url,
            html=html,
            text=None if html is not None else text,
            headers=headers,
            status=status,
            site=site,
            problems=problems,
        )
        result = state.checker.check(doc)
        state.record(result, item=True)
        if result.gate != "pass":
            raise DropItem(refusal(result, state.checker))
        # An item that cannot take the field keeps its verdict in the report and stats only.
        with contextlib.suppress(KeyError, TypeError, AttributeError, ValueError):
            adapter[state.verdict_field] = verdict_summary(result)
        return item


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, (list, tuple)):
        return "\n".join(str(v) for v in value)
    return str(value)


def verdict_summary(result: DocumentResult) -> dict[str, Any]:
    """A JSON-ready verdict for a kept item: gate, per-purpose verdict, conditions, rules."""
    return {
        "gate": result.gate,
        "verdicts": {p.value: v.verdict.value for p, v in result.verdicts.items()},
        "conditions": {
            p.value: list(v.conditions)
            for p, v in result.verdicts.items()
            if v.verdict is VerdictValue.CONDITIONAL
        },
        "rules": sorted({f.rule_id for f in result.findings if f.superseded_by is None}),
    }
