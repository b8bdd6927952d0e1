"""Extraction stage: a robots.txt becomes signals (DESIGN.md §5 "robots.txt without --agent", §7).

What it does: reads a robots.txt with ``compliance.extract.robotstxt`` and states, as signal ids
``<mechanism>:<token>[=<value>]``, what the file reserves at one path: crawling for the ``*``
group (or for ``--agent``), search for Googlebot and Bingbot, AI training and AI answers through
the catalogue's crawler groups (``rules/agents.yaml``), ``Content-Signal`` (STANDARDS.md §4),
aipref ``Content-Usage`` (§5.3), RSL ``License:`` discovery (§7.2), ``DisallowAITraining``
(§8.3), and the inconsistencies of §14. ``rules/signals/robots.yaml`` gives them meaning.
Why it matters: every signal carries the exact line that produced it, so a reviewer can check.

Example::

    robots_signals("User-agent: GPTBot\\nDisallow: /\\n")
    # robots:crawl=allow (no `*` group), robots-agent:ai-train=disallow (agent GPTBot, line 2)

Readings chosen here (documented because the standards leave them open):

* ``robots:search`` has no opinion (no signal) when neither Googlebot nor Bingbot selects any
  group; an agent without a group is allowed by RFC 9309, so one group is enough to decide.
* Without ``--agent`` only the ``*`` group and records outside groups apply site-wide;
  ``Content-Signal`` in a crawler's own group is not a site-wide statement. With ``--agent``,
  ``Content-Usage`` follows that agent's groups strictly (aipref attach §3.4), while
  ``Content-Signal`` falls back to the ``*`` group's lines when the agent's groups have none
  (DESIGN.md §5: the ``*`` group's signals apply site-wide; the spec is silent).
* ``--agent`` changes only ``crawl`` (that agent's group) and, for a search crawler
  (Googlebot, Bingbot ...), ``search``. The AI readings of the catalogue's crawler groups and
  the ``*`` group's ``DisallowAITraining`` are about the use and stay the same for everyone
  (DESIGN.md §5); the asking agent's own disallowing group is added as evidence.
* ``Content-Usage`` and ``Content-Signal`` conflicts resolve to the most restrictive value and
  are reported; a ``Content-Usage`` line without a path counts as the path ``/``.
* A legacy aipref label (``ai``, ``tdm``, ``genai`` ...) is emitted as found, plus
  ``content-usage:legacy-label``; a CC signal (``ai-use=n;exceptions=cc-cr``) becomes
  ``content-usage:ai-use=cc-cr``, a conditional permission rather than a plain ``n``.
* A body that starts with an HTTP status line (``curl -i`` output) is read with the fetch
  semantics of RFC 9309 §2.3.1 (see ``robots_fetch_signals``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import http_sf

from compliance.agents import (
    Agent,
    Role,
    answer_time_agents,
    lookup,
    search_agents,
    training_agents,
)
from compliance.extract.robotstxt import (
    CONTENT_SIGNAL_KEYS,
    USE_LEVELS,
    ExtensionLine,
    Group,
    RobotsDecision,
    RobotsTxt,
    match_pattern,
    parse_robots,
)
from compliance.model import Evidence, Signal, SiteFile

__all__ = [
    "CURRENT_AIPREF_LABELS",
    "LEGACY_AIPREF_LABELS",
    "is_search_crawler",
    "robots_agent_names",
    "robots_comment_groups",
    "robots_comments",
    "robots_fetch_signals",
    "robots_signals",
    "site_file_from_response",
]

CURRENT_AIPREF_LABELS = frozenset({"train-ai", "search"})
# Labels of earlier aipref vocabulary drafts (STANDARDS.md §5.1, corrections #8).
LEGACY_AIPREF_LABELS = frozenset(
    {"tdm", "ai", "genai", "inference", "all", "bots", "train-genai", "ai-use", "ai-output"}
)
_CC_EXCEPTION = re.compile(r"cc-cr(?:-dc|-ec|-op)?")  # creativecommons/cc-signals 0.1
_STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)?[ \t]+(\d{3})\b[^\r\n]*")


def robots_signals(
    body: str | bytes,
    *,
    path: str = "/",
    agent: str | None = None,
    source: str = "robots.txt",
) -> list[Signal]:
    """Signals of one robots.txt at ``path`` (a path or URL), for ``agent`` or for the site.

    Never raises: an unreadable file yields ``robots:unreachable`` (fail closed).
    """
    response = site_file_from_response(body)
    if response is not None:
        return robots_fetch_signals(response[0], path=path, agent=agent, source=source)
    robots = _parsed(bytes(body) if isinstance(body, (bytearray, memoryview)) else body)
    if robots.failure is not None:
        return [_fetch_signal("robots:unreachable", f"unreadable: {robots.failure}", source)]
    return _Reader(robots, path, agent, source).signals()


def robots_comments(body: str | bytes) -> list[tuple[int, str]]:
    """``(line, text)`` of every comment, so text rules can run over them."""
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    return list(_parsed(body).comments)


def robots_agent_names(body: str | bytes) -> frozenset[str]:
    """The product tokens the file's `User-agent` lines name (lower case, `*` left out): in
    its comments they are names ("# Block ia_archiver"), not words."""
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    return frozenset(
        agent.lower() for group in _parsed(body).groups for agent in group.agents if agent != "*"
    )


def robots_comment_groups(body: str | bytes) -> dict[int, tuple[str, ...]]:
    """Comment line → the product tokens of the group it sits inside (after the group's first
    ``User-agent`` line, up to its last rule): such a comment speaks for that group only. A
    comment before a group, between groups or at the top is the file's (not in the map)."""
    if isinstance(body, (bytearray, memoryview)):
        body = bytes(body)
    robots = _parsed(body)
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for group in robots.groups:
        lines = [*group.agent_lines, *(r.line for r in group.rules)]
        lines += [e.line for e in group.extensions if not e.detached]
        spans.append((min(group.agent_lines), max(lines), group.agents))
    inside: dict[int, tuple[str, ...]] = {}
    for number, _ in robots.comments:
        for first, last, agents in spans:
            if first < number <= last:
                inside[number] = agents
                break
    return inside


def robots_fetch_signals(
    site_file: SiteFile,
    *,
    path: str = "/",
    agent: str | None = None,
    source: str | None = None,
) -> list[Signal]:
    """Signals of a fetched robots.txt, applying RFC 9309 §2.3.1 to its status (DESIGN.md §7).

    2xx: the body is parsed. 3xx still unresolved after the fetcher followed redirects, and
    4xx: ``robots:unavailable`` (no restrictions). 5xx, 429, a network error or timeout, or no
    answer at all: ``robots:unreachable`` (complete disallow; other purposes undetermined).
    429 is read as unreachable like Google does: a rate-limited crawler learned nothing.
    """
    where = source or site_file.url or "robots.txt"
    status = site_file.status
    if site_file.error:
        return [_fetch_signal("robots:unreachable", f"error: {site_file.error}", where)]
    if status is None:
        if site_file.body is None:
            return [_fetch_signal("robots:unreachable", "no response", where)]
        return robots_signals(site_file.body, path=path, agent=agent, source=where)
    if 200 <= status < 300:
        return robots_signals(site_file.body or "", path=path, agent=agent, source=where)
    if status == 429 or not 300 <= status < 500:
        return [_fetch_signal("robots:unreachable", f"HTTP {status}", where)]
    return [_fetch_signal("robots:unavailable", f"HTTP {status}", where)]


def site_file_from_response(body: str | bytes) -> tuple[SiteFile, int] | None:
    """Read a robots.txt saved with its HTTP response head (``curl -i``), else None.

    Returns the last response of a redirect chain and how many head lines precede its body.
    """
    if isinstance(body, (bytes, bytearray, memoryview)):
        body = bytes(body)
        if not body.startswith(b"HTTP/"):
            return None
        body = body.decode("utf-8", "replace")
    if not isinstance(body, str) or not body.startswith("HTTP/"):
        return None
    status = 0
    skipped = 0
    rest = body
    while True:
        match = _STATUS_LINE.match(rest)
        if match is None:
            break
        status = int(match.group(1))
        normalised = rest.replace("\r\n", "\n")
        head, sep, tail = normalised.partition("\n\n")
        skipped += head.count("\n") + (2 if sep else 1)
        rest = tail
        if not sep:
            break
    if not status:
        return None
    return SiteFile(status=status, body=rest), skipped


@lru_cache(maxsize=16)
def _parsed(body: str | bytes) -> RobotsTxt:
    # robots_signals and robots_comments are called on the same body in a row.
    return parse_robots(body)


def _fetch_signal(sid: str, excerpt: str, where: str) -> Signal:
    return Signal(id=sid, evidence=Evidence(kind="fetch", excerpt=excerpt, path=where))


class _Reader:
    """One robots.txt read at one path, for one agent or for the site (no agent)."""

    def __init__(self, robots: RobotsTxt, path: str, agent: str | None, source: str) -> None:
        self.robots = robots
        self.path = path
        self.agent = agent
        self.source = source
        self.out: list[Signal] = []

    # -- helpers -----------------------------------------------------------------------------

    def evidence(self, line: int | None, excerpt: str | None = None) -> Evidence:
        text = excerpt if excerpt is not None else self.robots.line_text(line or 0)
        return Evidence(kind="robots", excerpt=text, line=line, path=self.source)

    def emit(self, sid: str, line: int | None, agent: str | None = None) -> None:
        self.out.append(Signal(id=sid, agent=agent, evidence=self.evidence(line)))

    def applicable(self, groups: Iterable[Group], name: str) -> list[ExtensionLine]:
        """Extension lines of these groups plus those outside any group, in file order."""
        indices = {g.index for g in groups}
        return [
            e
            for e in self.robots.extensions
            if e.name == name and (e.group is None or e.group in indices)
        ]

    # -- the readings ------------------------------------------------------------------------

    def signals(self) -> list[Signal]:
        # DESIGN.md §5: only `crawl` (and `search` for a search crawler) depends on who asks;
        # the AI purposes are about the use, so the catalogue reading runs for every agent.
        crawl = self.robots.decide(self.agent or "*", self.path)
        self.emit(f"robots:crawl={'allow' if crawl.allowed else 'disallow'}", crawl.line)
        # What the site refuses everyone, whoever asks: the conservative profile reads it as a
        # reservation of the AI uses, so that reading must not depend on --agent either.
        everyone = crawl if self.agent is None else self.robots.decide("*", self.path)
        if not everyone.allowed:
            self.emit("robots:everyone-disallowed", everyone.line)
        search = self.own_search(crawl) if is_search_crawler(self.agent) else self.search()
        train = self.agent_view(training_agents(), "ai-train", crawl)
        answer = self.agent_view(answer_time_agents(), "ai-input", crawl)
        signal_groups = self.content_signal_groups(crawl)
        self.content_signals(signal_groups, crawl, search, train, answer)
        self.content_usage(crawl, search, train)
        self.licenses(crawl)
        # DisallowAITraining of the `*` group is site-wide: it binds whoever asks.
        site_wide = {g.index: g for g in (*crawl.groups, *self.robots.global_groups)}
        self.ai_training_records(tuple(site_wide.values()))
        self.bot_groups_lacking_content_signal(crawl)
        self.file_problems()
        return self.out

    def search(self) -> list[RobotsDecision] | None:
        """Googlebot and Bingbot: all allow -> allow; either disallows -> disallow."""
        decisions = [self.robots.decide(a.token, self.path) for a in search_agents()]
        decisions = [d for d in decisions if d.groups]
        if not decisions:
            return None  # no group could apply to either: robots.txt has no search opinion
        denied = [d for d in decisions if not d.allowed]
        for d in denied or decisions:
            verdict = "disallow" if denied else "allow"
            self.emit(f"robots:search={verdict}", d.line, agent=d.agent)
        return decisions

    def own_search(self, crawl: RobotsDecision) -> list[RobotsDecision] | None:
        """``--agent`` is a search crawler: its own group decides ``search`` for it."""
        if not crawl.groups:
            return None
        verdict = "allow" if crawl.allowed else "disallow"
        self.emit(f"robots:search={verdict}", crawl.line, agent=crawl.agent)
        return [crawl]

    def agent_view(
        self, agents: tuple[Agent, ...], purpose: str, crawl: RobotsDecision
    ) -> list[RobotsDecision]:
        """Catalogue agents named by a group: any disallowed -> disallow, all allowed -> allow.

        The same for every ``--agent``; the asking agent's own group joins the evidence when
        it disallows too (a reviewer sees the site also refused the caller).
        """
        named = [
            self.robots.decide(a.token, self.path)
            for a in agents
            if a.is_rfc_token and self.robots.names(a.token)
        ]
        # "User-agent: GPTBot / Content-Signal: ai-train=no / Allow: /": the agent's own group
        # lets it fetch but refuses it this use, a refusal like a Disallow
        refusals = {id(d): line for d in named if (line := self.refused_use(d, purpose))}
        denied = [d for d in named if not d.allowed or id(d) in refusals]
        own = self.agent is not None and not crawl.fallback and not crawl.allowed
        if denied and own and all(d.agent.lower() != crawl.agent.lower() for d in denied):
            denied.append(crawl)
        for d in denied or named:
            verdict = "disallow" if denied else "allow"
            line = d.line if not d.allowed else refusals.get(id(d), d.line)
            self.emit(f"robots-agent:{purpose}={verdict}", line, agent=d.agent)
        return named

    def refused_use(self, decision: RobotsDecision, purpose: str) -> int | None:
        """The line of a ``Content-Signal: <purpose>=no`` in the agent's own groups, if any."""
        indices = {g.index for g in decision.groups}
        for ext in self.robots.extensions:
            if (
                ext.name == "content-signal"
                and ext.group in indices
                and any(v and k == purpose and x == "no" for k, x, v in ext.content_signal_pairs())
            ):
                return ext.line
        return None

    def content_signal_groups(self, crawl: RobotsDecision) -> tuple[Group, ...]:
        if self.agent is None or crawl.fallback:
            return crawl.groups
        own = [g for g in crawl.groups if any(e.name == "content-signal" for e in g.extensions)]
        # The agent's own groups say nothing: the `*` group's lines are the site-wide ones.
        return tuple(own) if own else self.robots.global_groups

    def content_signals(
        self,
        groups: tuple[Group, ...],
        crawl: RobotsDecision,
        search: list[RobotsDecision] | None,
        train: list[RobotsDecision],
        answer: list[RobotsDecision],
    ) -> None:
        values: dict[str, list[tuple[str, int]]] = {}
        for ext in self.applicable(groups, "content-signal"):
            for key, value, valid in ext.content_signal_pairs():
                if not valid:
                    self.emit("content-signal:invalid", ext.line)
                    continue
                values.setdefault(key, []).append((value, ext.line))
        for key in CONTENT_SIGNAL_KEYS:
            seen = values.get(key)
            if not seen:
                continue
            if key == "use":
                value, line = min(seen, key=lambda v: (USE_LEVELS.index(v[0]), v[1]))
            else:
                value, line = min(seen, key=lambda v: (v[0] != "no", v[1]))
            self.emit(f"content-signal:{key}={value}", line)
            if len({v for v, _ in seen}) > 1:
                loser = next(ln for v, ln in seen if v != value)
                self.emit("consistency:content-signal-conflict", loser)
            if value != "yes":
                continue
            # STANDARDS.md §14: a use the file grants while its own rules refuse the crawlers of
            # that use (search=yes on a disallowed path, ai-train=yes with GPTBot disallowed).
            if key == "search":
                refused = not crawl.allowed or any(not d.allowed for d in search or ())
            else:
                refused = any(not d.allowed for d in (train if key == "ai-train" else answer))
            if refused:
                self.emit("consistency:content-signal-vs-robots", line)

    def content_usage(
        self,
        crawl: RobotsDecision,
        search: list[RobotsDecision] | None,
        train: list[RobotsDecision],
    ) -> None:
        """aipref Content-Usage at the path: longest path wins, equal paths most restrictive."""
        if not crawl.allowed:
            return  # attach §3: preferences only apply to paths that may be crawled
        best: list[tuple[ExtensionLine, str]] = []
        best_priority = -1
        for ext in self.applicable(crawl.groups, "content-usage"):
            pattern, pref = ext.usage_path_and_value()
            priority = match_pattern(pattern, self.path)
            if priority < 0 or priority < best_priority:
                continue
            if priority > best_priority:
                best, best_priority = [], priority
            best.append((ext, pref))
        chosen: dict[str, tuple[int, str, int]] = {}  # label -> (rank, value, line)
        seen: dict[str, dict[str, int]] = {}  # label -> value -> first line
        legacy_lines: list[int] = []
        for ext, pref in best:
            parsed = _usage_preferences(pref)
            if parsed is None:
                self.emit("content-usage:malformed", ext.line)  # all unknown (vocab §6.6)
                continue
            for label, value in parsed.items():
                if value is None:
                    self.emit("content-usage:invalid-value", ext.line)
                    continue
                if label in LEGACY_AIPREF_LABELS and ext.line not in legacy_lines:
                    legacy_lines.append(ext.line)
                seen.setdefault(label, {}).setdefault(value, ext.line)
                rank = 0 if value == "n" else 2 if value == "y" else 1
                known = chosen.get(label)
                if known is None or rank < known[0]:
                    chosen[label] = (rank, value, ext.line)
        for label in sorted(chosen):
            rank, value, line = chosen[label]
            self.emit(f"content-usage:{label}={value}", line)
            if len(seen[label]) > 1:
                # Identical paths that disagree: the most restrictive won; point at the loser.
                loser = min(ln for v, ln in seen[label].items() if v != value)
                self.emit("consistency:content-usage-conflict", loser)
            grants_refused = (label == "train-ai" and any(not d.allowed for d in train)) or (
                label == "search" and any(not d.allowed for d in search or ())
            )
            if value == "y" and grants_refused:
                self.emit("consistency:content-usage-vs-robots", line)
        for line in legacy_lines:
            self.emit("content-usage:legacy-label", line)

    def licenses(self, crawl: RobotsDecision) -> None:
        """RSL ``License:`` lines: the selected groups' own, else the site-wide ones (§7.2)."""
        lines = [e for e in self.robots.extensions if e.name == "license" and e.value]
        site_wide = [e for e in lines if e.group is None or e.detached]
        indices = {g.index for g in crawl.groups}
        own = [e for e in lines if not e.detached and e.group in indices]
        # One signal per distinct URL, never one per URL per agent token: a file of n License
        # and n User-agent lines must not yield n² signals (issue 12, item 9).
        for ext in _first_per_value(own or site_wide):
            self.emit("rsl:license-url", ext.line)
        if self.agent is None:
            # Licences scoped to a named crawler: reported once, for the group's first token.
            scoped = [
                e
                for e in lines
                if not e.detached and e.group is not None and e.group not in indices
            ]
            for ext in _first_per_value(scoped, by_group=True):
                assert ext.group is not None
                token = next((a for a in self.robots.groups[ext.group].agents if a != "*"), None)
                if token:
                    self.emit("rsl:license-url", ext.line, agent=token)

    def ai_training_records(self, groups: tuple[Group, ...]) -> None:
        """draft-canel ``DisallowAITraining`` / ``AllowAITraining``: longest match, ties allow."""
        best: tuple[int, bool, int] | None = None  # (priority, allow, line)
        for ext in self.applicable(groups, "disallowaitraining") + self.applicable(
            groups, "allowaitraining"
        ):
            priority = match_pattern(ext.value, self.path) if ext.value else -1
            if priority < 0:
                continue
            candidate = (priority, ext.name == "allowaitraining", ext.line)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if best is not None and not best[1]:
            self.emit("robots:disallow-ai-training", best[2])

    def bot_groups_lacking_content_signal(self, crawl: RobotsDecision) -> None:
        """STANDARDS.md §14: a crawler group that may fetch the path but lacks `*`'s signal."""
        if not any(
            e.name == "content-signal" for g in self.robots.global_groups for e in g.extensions
        ):
            return
        if self.agent is None:
            groups = [g for g in self.robots.groups if not g.is_global]
        else:
            groups = [] if crawl.fallback else [g for g in crawl.groups if not g.is_global]
        for group in groups:
            if any(e.name == "content-signal" for e in group.extensions):
                continue
            token = next((a for a in group.agents if a), None)
            if token is not None and self.robots.decide(token, self.path).allowed:
                self.emit("consistency:bot-group-lacks-content-signal", group.line)

    def file_problems(self) -> None:
        robots = self.robots
        for ambiguity in robots.ambiguities:
            self.emit("robots:ambiguous-group", ambiguity.line)
        if robots.looks_like_html:
            self.emit("robots:html-body", 1)
        for note in robots.notes:
            if note.code in ("unparsed-lines", "invalid-utf8"):
                self.out.append(
                    Signal(
                        id=f"robots:{note.code}",
                        evidence=self.evidence(note.line, None if note.line else note.message),
                    )
                )
        if robots.truncated is not None:
            cut = robots.truncated
            excerpt = (
                f"robots.txt is {cut.size_bytes} bytes; parsing stopped at {cut.limit_bytes}"
                f" bytes, lines from {cut.first_ignored_line} on were not read"
            )
            self.out.append(
                Signal(
                    id="robots:truncated",
                    evidence=self.evidence(cut.first_ignored_line, excerpt),
                )
            )


def is_search_crawler(agent: str | None) -> bool:
    """Whether ``--agent`` names a classic search crawler (its group then decides ``search``)."""
    if not agent:
        return False
    entry = lookup(agent)
    return entry is not None and (entry.role is Role.SEARCH or entry.decides_search)


def _first_per_value(
    lines: Iterable[ExtensionLine], *, by_group: bool = False
) -> list[ExtensionLine]:
    """The first line of each distinct value (per group when ``by_group``), in file order."""
    seen: dict[tuple[str, int | None], ExtensionLine] = {}
    for ext in lines:
        seen.setdefault((ext.value.strip(), ext.group if by_group else None), ext)
    return list(seen.values())


def _usage_preferences(pref: str) -> dict[str, str | None] | None:
    """vocab §6: an RFC 9651 Dictionary; ``y``/``n`` Tokens count, anything else is unknown.

    Returns None when the value does not parse (then every preference is unknown), and None
    as the value of a known label whose member is no ``y``/``n`` Token. Labels of neither the
    current nor a legacy vocabulary are ignored, as the draft requires.
    """
    try:
        parsed = http_sf.parse(pref.encode("utf-8", "replace"), tltype="dictionary")
    except Exception:  # any parse failure means "all unknown" (vocab §6.6)
        return None
    if not isinstance(parsed, dict):
        return None
    result: dict[str, str | None] = {}
    for label, member in parsed.items():
        if label not in CURRENT_AIPREF_LABELS and label not in LEGACY_AIPREF_LABELS:
            continue
        item, params = member if isinstance(member, tuple) else (member, {})
        if not isinstance(item, http_sf.Token) or str(item) not in ("y", "n"):
            result[label] = None
            continue
        value = str(item)
        exceptions = params.get("exceptions") if isinstance(params, dict) else None
        # CC signals: "denied unless the signal's conditions are met" (STANDARDS.md §5.4).
        if (
            value == "n"
            and isinstance(exceptions, http_sf.Token)
            and _CC_EXCEPTION.fullmatch(str(exceptions))
        ):
            value = str(exceptions)
        result[label] = value
    return result
