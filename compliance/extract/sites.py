"""Dispatch a document to its extractors by kind, plus its HTTP headers and site files.

One place decides which detectors see a document, so the CLI, dataset scans and the Scrapy
integration all extract the same signals from the same inputs.
"""

from __future__ import annotations

import re

from compliance.extract.html import extract_page
from compliance.extract.regions import TextView, text_regions
from compliance.model import Document, Problem, Signal


def extract_document(
    document: Document, *, path: str, agent: str | None
) -> tuple[TextView, list[Signal], list[Problem]]:
    """Visible text with regions, every signal, and problems for one document."""
    signals: list[Signal] = []
    problems: list[Problem] = []
    if document.kind == "html":
        page = document.html or document.text or ""
        view, signals, problems = extract_page(page)
        signals = _normalised_meta(signals) + (_inline_rsl(page, path) if not problems else [])
    elif document.kind == "robots":
        view, signals = _robots(document.text or "", path, agent, document.source)
    elif document.kind == "headers":
        view, signals, problems = _header_block(document.text or "")
    else:
        view = text_regions(document.text or "")
    if document.headers:
        from compliance.extract.headers import header_signals

        # Every agent's rules come out scoped; `_agent_view` decides what binds the caller.
        signals.extend(header_signals(document.headers, agent=None, source="headers"))
    if document.site is not None:
        signals.extend(_site_signals(document, path, agent))
    signals = _site_view_of_agent_scoped(signals) if agent is None else _agent_view(signals, agent)
    signals.extend(_consistency(signals))
    return view, signals, problems


def _robots(body: str, path: str, agent: str | None, source: str) -> tuple[TextView, list[Signal]]:
    from compliance.extract.robots_signals import (
        robots_agent_names,
        robots_comment_groups,
        robots_comments,
        robots_signals,
    )

    signals = robots_signals(body, path=path, agent=agent, source=source)
    # Text rules run over the comments: Cloudflare's managed notice lives there. Each comment
    # stays on its own line number (blank lines in between) so evidence names the real line.
    lines: list[str] = []
    inside = robots_comment_groups(body)
    groups: list[tuple[int, int, tuple[str, ...]]] = []
    offset = 0
    for number, text in robots_comments(body):
        padding = number - 1 - len(lines)
        lines.extend([""] * padding)
        offset += padding
        if number in inside:
            groups.append((offset, offset + len(text), inside[number]))
        lines.append(text)
        offset += len(text) + 1
    comments = "\n".join(lines)
    view = TextView(
        text=comments,
        footer=((0, len(comments)),),
        agent_groups=tuple(groups),
        names=_names(comments, robots_agent_names(body)),
    )
    return view, signals


_NAMES_MAX = 200  # product tokens looked for in the comments (a hostile file may list more)
_NAME_LENGTH = 64  # a longer "token" is no crawler's name


def _names(comments: str, agents: frozenset[str]) -> tuple[tuple[int, int], ...]:
    """Spans of the comments that name one of the file's agents, `-` and `_` alike."""
    usable = [t for t in agents if 2 <= len(t) <= _NAME_LENGTH]
    tokens = sorted(usable, key=lambda t: (-len(t), t))[:_NAMES_MAX]
    if not tokens or not comments:
        return ()
    alternatives = "|".join(re.escape(t.replace("-", "_")).replace("_", "[-_]") for t in tokens)
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
    return tuple((m.start(), m.end()) for m in pattern.finditer(comments))


def _header_block(block: str) -> tuple[TextView, list[Signal], list[Problem]]:
    from compliance.extract.headers import header_signals, parse_header_block

    parsed = parse_header_block(block)
    signals = header_signals(parsed, agent=None, source="headers")
    return TextView(text=""), signals, list(parsed.problems)


def _site_signals(document: Document, path: str, agent: str | None) -> list[Signal]:
    site = document.site
    assert site is not None
    signals: list[Signal] = []
    if site.robots is not None:
        from compliance.extract.robots_signals import robots_fetch_signals

        signals.extend(robots_fetch_signals(site.robots, path=path, agent=agent))
    if site.tdmrep is not None and site.tdmrep.body is not None and _ok(site.tdmrep.status):
        from compliance.extract.tdmrep import tdmrep_file_signals

        signals.extend(tdmrep_file_signals(site.tdmrep.body, path=path))
    for licence in site.rsl:
        from compliance.extract.rsl import rsl_fetch_signals, rsl_signals

        if licence.body is not None and _ok(licence.status):
            signals.extend(rsl_signals(licence.body, path=path, source=licence.url or "rsl"))
        else:
            signals.extend(rsl_fetch_signals(licence))
    return signals


def _inline_rsl(page: str, path: str) -> list[Signal]:
    """RSL embedded in the page (`<script type="application/rsl+xml">`, STANDARDS §7.2)."""
    if "application/rsl+xml" not in page:
        return []
    from selectolax.lexbor import LexborHTMLParser

    from compliance.extract.rsl import rsl_signals

    found: list[Signal] = []
    for script in LexborHTMLParser(page).css('script[type="application/rsl+xml"]'):
        body = script.text(deep=True, separator="", strip=False)
        found.extend(rsl_signals(body, path=path, source="html", evidence_kind="html"))
    return found


_POSITIVE_CAP = re.compile(r"^robots-meta:max-snippet=([1-9]\d*)$")


def _normalised_meta(signals: list[Signal]) -> list[Signal]:
    """Robots meta values in the header extractor's vocabulary, so one rule covers both
    forms: any positive `max-snippet` cap is `limited` (the number stays in the excerpt)."""
    return [
        s.model_copy(update={"id": "robots-meta:max-snippet=limited"})
        if _POSITIVE_CAP.match(s.id)
        else s
        for s in signals
    ]


_SEARCH_DIRECTIVES = ("noindex", "none", "nosnippet", "max-snippet")
_SCOPED = ("robots-meta", "x-robots-tag")
_BLOCKING = ("noindex", "none", "noai")


def _site_view_of_agent_scoped(signals: list[Signal]) -> list[Signal]:
    """Agent-scoped robots meta / X-Robots-Tag read for the site as a whole (no `--agent`).

    `<meta name="CCBot" content="noindex">` does not keep ordinary search engines out, so a
    search directive scoped to an agent that is not a search engine does not set `search`.
    It does tell that AI crawler to stay away: for a catalogue training agent it reads like
    a robots.txt group disallowing it (`robots-agent:ai-train=disallow`), for an AI search
    or user-fetch agent `robots-agent:ai-input=disallow` (DESIGN.md §5, confidence inferred).
    """
    from compliance.agents import Role, lookup, search_agents

    search_tokens = {a.token.lower() for a in search_agents()}
    out: list[Signal] = []
    for signal in signals:
        mechanism, _, directive = signal.id.partition(":")
        scoped = signal.agent is not None and mechanism in ("robots-meta", "x-robots-tag")
        if not scoped or signal.agent is None or signal.agent.lower() in search_tokens:
            out.append(signal)
            continue
        entry = lookup(signal.agent)
        if entry is not None and directive in _BLOCKING:
            view = {
                Role.TRAINING: "ai-train",
                Role.TRAINING_CONTROL: "ai-train",
                Role.AI_SEARCH: "ai-input",
                Role.USER_FETCH: "ai-input",
            }.get(entry.role)
            if view:
                out.append(signal.model_copy(update={"id": f"robots-agent:{view}=disallow"}))
        if not directive.startswith(_SEARCH_DIRECTIVES):
            out.append(signal)
    return out


def _agent_view(signals: list[Signal], agent: str) -> list[Signal]:
    """What binds ``--agent``: signals for everyone or for it, plus the use-level reading of
    signals scoped to other agents (DESIGN.md §5: only `crawl`, and `search` for a search
    crawler, depend on who asks). A robots meta / X-Robots-Tag rule for GPTBot still reserves
    AI training from NewsBot; a `googlebot: noindex` keeps NewsBot's `search` as it keeps the
    site's, but not Bingbot's (a search crawler reads only its own rules)."""
    from compliance.extract.robots_signals import is_search_crawler

    wanted = agent.strip().lower()
    foreign = [s for s in signals if s.agent is not None and s.agent.lower() != wanted]
    if not foreign:
        return signals
    searcher = is_search_crawler(agent)
    out = [s for s in signals if s.agent is None or s.agent.lower() == wanted]
    for signal in _site_view_of_agent_scoped(foreign):
        mechanism, _, directive = signal.id.partition(":")
        if searcher and mechanism in _SCOPED and directive.startswith(_SEARCH_DIRECTIVES):
            continue  # another search engine's own search directive
        out.append(signal)
    return out


def _ok(status: int | None) -> bool:
    return status is None or 200 <= status < 300


def _consistency(signals: list[Signal]) -> list[Signal]:
    if not any(s.id.startswith("tdmrep:") for s in signals):
        return []
    from compliance.extract.tdmrep import tdmrep_consistency

    return tdmrep_consistency(signals)
