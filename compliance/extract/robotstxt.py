"""Extraction stage: a small robots.txt parser following RFC 9309 (no third-party code).

What it does: reads a robots.txt body into groups of rules plus the "other records" that carry
licensing meaning (``Content-Signal``, ``Content-Usage``, ``License``, ``DisallowAITraining``),
each with its line number, and answers "may this agent fetch this path?" with the rule that
decided it. Why it matters: robots.txt is the first machine-readable reservation a site makes
(STANDARDS.md §2-§5, §7.2, §8.3); every finding built on it must point at the exact line.

Example::

    robots = parse_robots("User-agent: *\\nDisallow: /private/\\n")
    robots.decide("GPTBot", "/private/x").allowed    # False, rule on line 2

Behaviour (RFC 9309 §2.2-§2.5 and Google's reference parser, ``google/robotstxt``):

* Never raises on any input. A UTF-8 BOM (also a partial one) is skipped; CR, LF and CRLF end
  lines; only the first 512,000 bytes (500 KiB, §2.5) are parsed, the cut falls on a line
  boundary and the rest is reported in ``truncated``.
* Directive names are case-insensitive and the typos Google accepts are accepted
  (``useragent``, ``user agent``, ``disalow``, ``dissallow``, a missing colon when the line has
  exactly two words ...), because real files are written that way.
* A ``User-agent`` value is cut at its first space; the product token is its leading
  ``[A-Za-z0-9_-]`` run (``Googlebot/2.1`` -> ``Googlebot``).
* Consecutive ``User-agent`` lines open one group, blank lines never close one, rules before
  the first ``User-agent`` are ignored, groups naming the same agent are merged. Other records
  never split a group; one standing between two ``User-agent`` lines keeps them in one group as
  Google's parser does, and is recorded in ``ambiguities``.
* Longest match wins, ties go to Allow, ``*`` and a final ``$`` are wildcards, ``/robots.txt``
  is always allowed. Patterns have non-ASCII octets percent-encoded and ``%xx`` upper-cased;
  paths are compared as given (the wire form, as Google's ``ID_Encoding`` expects: a raw ``ツ``
  in the path does not match), with ``%xx`` upper-cased. ``decide`` also takes a full URL and
  uses its path and query; a value starting with ``/`` (even ``//x``) is a path.

Deviations from Google's parser. All 142 conformance cases pass (``GoogleOnly_*`` included:
``index.html`` allows its directory, as there); these cases do not exercise the differences:

* Product tokens keep digits (``Ai2Bot-Dolma``, ``img2dataset``): Google cuts ``Ai2Bot`` to
  ``Ai``, which would make real AI crawler groups unreachable.
* Google reads any record name that *starts* with a directive as that directive; we do so only
  after the exact names and typos failed, and never for ``DisallowAITraining`` and
  ``AllowAITraining``, which stay extension lines (Google reads them as Disallow/Allow).
* No 16,664-byte line cap: the 500 KiB parse limit already bounds the work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from compliance.extract.pathmatch import PathPattern as _Pattern
from compliance.extract.pathmatch import normalise

__all__ = [
    "CONTENT_SIGNAL_KEYS",
    "PARSE_LIMIT",
    "USE_LEVELS",
    "Ambiguity",
    "ExtensionLine",
    "Group",
    "Note",
    "RobotsDecision",
    "RobotsTxt",
    "Rule",
    "Truncation",
    "content_signal_pairs",
    "match_pattern",
    "parse_robots",
    "path_of",
]

PARSE_LIMIT = 512_000  # bytes; RFC 9309 §2.5: the limit MUST be at least 500 KiB
_BOM = "\ufeff"
_WS = " \t\x0b\x0c"  # what Google's StripWhitespaceSlowly removes, minus CR/LF (gone already)

# Directive kinds. Extension kinds keep their canonical name in ExtensionLine.name.
_UA, _ALLOW, _DISALLOW, _EXT = 0, 1, 2, 3
_DIRECTIVES: dict[str, int] = {
    "user-agent": _UA,
    "useragent": _UA,
    "user agent": _UA,
    "allow": _ALLOW,
    "disallow": _DISALLOW,
    # Typos accepted by Google's parser (kAllowFrequentTypos in robots.cc).
    "dissallow": _DISALLOW,
    "dissalow": _DISALLOW,
    "disalow": _DISALLOW,
    "diasllow": _DISALLOW,
    "disallaw": _DISALLOW,
}
# Extension records we give a canonical name; anything else keeps its lower-cased key.
_EXTENSIONS: dict[str, str] = {
    "content-signal": "content-signal",
    "content-signals": "content-signal",
    "content-usage": "content-usage",
    "license": "license",
    "licence": "license",
    "disallowaitraining": "disallowaitraining",
    "allowaitraining": "allowaitraining",
    "sitemap": "sitemap",
    "sitemaps": "sitemap",
    "site-map": "sitemap",
}
_DISALLOW_PREFIXES = tuple(k for k, v in _DIRECTIVES.items() if v == _DISALLOW)
# One table for the hot loop: name -> (kind, canonical extension name).
_RECORDS: dict[str, tuple[int, str]] = {
    **{k: (v, k) for k, v in _DIRECTIVES.items()},
    **{k: (_EXT, v) for k, v in _EXTENSIONS.items()},
    # Common records without licensing meaning, listed only to skip the lenient lookup.
    **{k: (_EXT, k) for k in ("crawl-delay", "host", "clean-param", "request-rate", "noindex")},
}
# Content-Signal keys (STANDARDS.md §4.2); `use` is a ceiling, least permissive level first.
CONTENT_SIGNAL_KEYS = ("search", "ai-input", "ai-train", "use")
USE_LEVELS = ("immediate", "reference", "full")
_CONTENT_SIGNAL_SPLIT = re.compile(r"[,;]")


def content_signal_pairs(value: str) -> list[tuple[str, str, bool]]:
    """``(key, value, valid)`` of a Content-Signal value, in robots.txt or an HTTP header
    (STANDARDS.md §4.2): comma separated (``;`` tolerated), spaces and case ignored; ``valid``
    is False for an unknown key (``ai_train``) or value, which the caller reports and ignores.
    """
    pairs: list[tuple[str, str, bool]] = []
    for piece in _CONTENT_SIGNAL_SPLIT.split(value):
        key, sep, raw = piece.partition("=")
        key, raw = key.strip().lower(), raw.strip().lower()
        if not key and not raw:
            continue
        if key == "use":
            valid = raw in USE_LEVELS
        else:
            valid = key in CONTENT_SIGNAL_KEYS and raw in ("yes", "no")
        pairs.append((key, raw, bool(sep) and valid))
    return pairs


_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]*")
_PCT_RE = re.compile(r"%[0-9a-fA-F]{2}")
_SPLIT_WS_RE = re.compile(r"[ \t]+")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_HTML_RE = re.compile(r"\s*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)


class Rule(NamedTuple):
    """One Allow/Disallow line of a group, as written (pattern stripped, comment removed)."""

    allow: bool
    pattern: str
    line: int

    @property
    def directive(self) -> str:
        return "allow" if self.allow else "disallow"


class ExtensionLine(NamedTuple):
    """A record other than User-agent/Allow/Disallow, with where it sits.

    ``group`` is the index of the group it belongs to under RFC 9309 (None before the first
    ``User-agent``). ``detached`` marks a line separated from its group's rules by a blank line
    or following a ``Sitemap`` line: publishers write site-wide ``License:`` lines that way.
    """

    name: str
    key: str
    value: str
    line: int
    group: int | None
    detached: bool

    def content_signal_pairs(self) -> list[tuple[str, str, bool]]:
        """``(key, value, valid)`` of a Content-Signal value (STANDARDS.md §4.2).

        Comma separated (``;`` tolerated), spaces and case ignored; ``valid`` is False for an
        unknown key (``ai_train``) or value, which the caller reports and ignores.
        """
        return content_signal_pairs(self.value)

    def usage_path_and_value(self) -> tuple[str, str]:
        """Content-Usage: the path (``/`` when absent) and the preference (aipref attach §3).

        A value starting with ``/`` carries a path up to the first SP or HTAB.
        """
        if self.value.startswith("/"):
            parts = _SPLIT_WS_RE.split(self.value, maxsplit=1)
            return parts[0], parts[1] if len(parts) > 1 else ""
        return "/", self.value


class Note(NamedTuple):
    """Something the parser tolerated or ignored, kept for reviewers."""

    line: int | None
    code: str
    message: str


class Ambiguity(NamedTuple):
    """A place where readings of the file differ; we follow Google's and say so."""

    line: int
    code: str
    message: str


class Truncation(NamedTuple):
    """The file was longer than the parse limit; lines from ``first_ignored_line`` are ignored."""

    limit_bytes: int
    size_bytes: int
    first_ignored_line: int


@dataclass(frozen=True, slots=True)
class Group:
    """One group: its ``User-agent`` lines, its rules and its extension lines."""

    index: int
    agents: tuple[str, ...]  # product tokens as written (cut), "*" for the global agent
    agent_lines: tuple[int, ...]
    rules: tuple[Rule, ...]
    extensions: tuple[ExtensionLine, ...]

    @property
    def line(self) -> int:
        """Line of the first ``User-agent`` record of the group."""
        return self.agent_lines[0]

    @property
    def is_global(self) -> bool:
        return "*" in self.agents


@dataclass(frozen=True, slots=True)
class RobotsDecision:
    """The answer of ``RobotsTxt.decide``: allowed or not, and why."""

    allowed: bool
    rule: Rule | None  # the deciding rule; None when nothing matched (or /robots.txt)
    groups: tuple[Group, ...]  # the groups selected for the agent (merged per RFC 9309)
    fallback: bool  # True when the `*` group(s) were used because no group names the agent
    agent: str
    path: str

    @property
    def line(self) -> int | None:
        """Line of the deciding rule, else of the first selected group's User-agent line."""
        if self.rule is not None:
            return self.rule.line
        return self.groups[0].line if self.groups else None


class _Matcher:
    """Longest-match lookup over the rules of the selected groups (built lazily, cached).

    Plain patterns can only match as prefixes, so the best one is found by slicing the path at
    each distinct pattern length (a dict lookup each) instead of testing every rule.
    """

    __slots__ = ("lengths", "plain", "special")

    def __init__(self, rules: list[tuple[bool, str, Rule]]) -> None:
        plain: dict[str, tuple[bool, Rule]] = {}
        special: list[tuple[int, bool, _Pattern, Rule]] = []
        for allow, escaped, rule in rules:
            if not escaped:
                continue  # an empty pattern matches everything with priority 0: a no-op
            if "*" in escaped or escaped.endswith("$"):
                pat = _Pattern(escaped)
                special.append((pat.priority, allow, pat, rule))
                continue
            known = plain.get(escaped)
            if known is None or (allow and not known[0]):
                plain[escaped] = (allow, rule)  # identical patterns: Allow wins the tie
        special.sort(key=lambda s: (-s[0], not s[1], s[3].line))
        self.plain = plain
        self.special = special
        self.lengths = sorted({len(p) for p in plain}, reverse=True)

    def match(self, path: str) -> tuple[bool, Rule] | None:
        best: tuple[bool, Rule] | None = None
        best_priority = -1
        size = len(path)
        plain = self.plain
        for length in self.lengths:
            if length <= size:
                hit = plain.get(path[:length])
                if hit is not None:
                    best, best_priority = hit, length
                    break
        for priority, allow, pat, rule in self.special:
            if priority < best_priority:
                break
            if priority == best_priority and best is not None and (best[0] or not allow):
                break  # an equal-length Allow already won, or this one is not an Allow
            if pat.matches(path):
                return (allow, rule)
        return best


def _escape_pattern(value: str) -> str:
    """RFC 9309 §2.2.2: percent-encode non-ASCII octets, normalise ``%xx`` to upper case."""
    return normalise(value)


def path_of(url: str) -> str:
    """Path, params and query of a URL, as Google's ``GetPathParamsQuery`` extracts them.

    The fragment is dropped; an empty path is ``/``; a path starting with ``?`` gets a ``/``.
    """
    start = 2 if url.startswith("//") else 0
    early = _find_first_of(url, "/?;", start)
    proto = url.find("://", start)
    # "://" after a path, parameter or query character is not a scheme separator.
    proto_end = start if proto < 0 or 0 <= early < proto else proto + 3
    path_start = _find_first_of(url, "/?;", proto_end)
    if path_start < 0:
        return "/"
    hash_pos = url.find("#", start)
    if 0 <= hash_pos < path_start:
        return "/"
    path = url[path_start:] if hash_pos < 0 else url[path_start:hash_pos]
    return path if path.startswith("/") else "/" + path


def _find_first_of(text: str, chars: str, start: int) -> int:
    found = [i for i in (text.find(c, start) for c in chars) if i >= 0]
    return min(found) if found else -1


def _path_part(path: str) -> str:
    """The path to match: a URL is reduced to its path; ``//x`` stays a path (not a host)."""
    if not path.startswith("/"):
        return path_of(path)
    hash_pos = path.find("#")
    return path[:hash_pos] if hash_pos >= 0 else path


def _normalise_path(path: str) -> str:
    """The path in the one normal form patterns are compared in (extract/pathmatch.py)."""
    return normalise(_path_part(path))


def _google_path(path: str) -> str:
    """The path as Google's parser reads it: raw non-ASCII stays raw (it expects URLs
    already percent-encoded), escapes are upper-cased."""
    path = _path_part(path)
    return _PCT_RE.sub(lambda m: m.group(0).upper(), path) if "%" in path else path


class RobotsTxt:
    """A parsed robots.txt. Build it with ``parse_robots``; treat it as read-only."""

    def __init__(
        self,
        lines: list[str],
        groups: tuple[Group, ...],
        extensions: tuple[ExtensionLine, ...],
        ambiguities: tuple[Ambiguity, ...],
        notes: tuple[Note, ...],
        truncated: Truncation | None,
        looks_like_html: bool,
        failure: str | None = None,
    ) -> None:
        self._lines = lines
        self.groups = groups
        self.extensions = extensions
        self.ambiguities = ambiguities
        self.notes = notes
        self.truncated = truncated
        self.looks_like_html = looks_like_html
        # Set when the parser itself failed: decisions then fail closed (DESIGN.md §7).
        self.failure = failure
        self._by_token: dict[str, list[int]] = {}
        self._global: list[int] = []
        for group in groups:
            for agent in group.agents:
                if agent == "*":
                    if not self._global or self._global[-1] != group.index:
                        self._global.append(group.index)
                elif agent:
                    indices = self._by_token.setdefault(agent.lower(), [])
                    if not indices or indices[-1] != group.index:
                        indices.append(group.index)
        self._matchers: dict[tuple[int, ...], _Matcher] = {}
        self._comments: tuple[tuple[int, str], ...] | None = None

    # -- lines and comments ------------------------------------------------------------------

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def line_text(self, line: int) -> str:
        """The exact text of a 1-based line (without its line break), or "" out of range."""
        if 1 <= line <= len(self._lines):
            return self._lines[line - 1]
        return ""

    @property
    def comments(self) -> tuple[tuple[int, str], ...]:
        """``(line, text)`` of every comment, text after the ``#`` marks, stripped."""
        if self._comments is None:
            found: list[tuple[int, str]] = []
            for number, text in enumerate(self._lines, 1):
                pos = text.find("#")
                if pos >= 0:
                    found.append((number, text[pos:].lstrip("#").strip()))
            self._comments = tuple(found)
        return self._comments

    # -- group selection ---------------------------------------------------------------------

    def names(self, agent: str) -> bool:
        """Whether a ``User-agent`` line names this product token (case-insensitive)."""
        return agent.lower() in self._by_token

    def select(self, agent: str) -> tuple[tuple[Group, ...], bool]:
        """The groups an agent obeys (RFC 9309 §2.2.1) and whether that is the ``*`` fallback."""
        key = agent.strip().lower()
        if key != "*":
            indices = self._by_token.get(key)
            if indices:
                return tuple(self.groups[i] for i in indices), False
        return tuple(self.groups[i] for i in self._global), key != "*"

    @property
    def global_groups(self) -> tuple[Group, ...]:
        return tuple(self.groups[i] for i in self._global)

    # -- decisions ---------------------------------------------------------------------------

    def decide(self, agent: str, path: str) -> RobotsDecision:
        """Whether ``agent`` may fetch ``path`` (a path, or a URL whose path is used).

        A path given with raw non-ASCII is read two ways: normalised (RFC 3986, as every
        pattern is) and as Google's parser reads it (raw; its conformance suite expects
        `/ツ` not to match `Allow: /ツ`). If either disallows, the answer is disallow.
        """
        decision = self._decide(agent, _normalise_path(path))
        if decision.allowed:
            as_given = _google_path(path)
            if as_given != decision.path:
                other = self._decide(agent, as_given)
                if not other.allowed:
                    return other
        return decision

    def _decide(self, agent: str, norm: str) -> RobotsDecision:
        groups, fallback = self.select(agent)
        if self.failure is not None:
            return RobotsDecision(False, None, groups, fallback, agent, norm)
        if norm.split("?", 1)[0] == "/robots.txt":
            return RobotsDecision(True, None, groups, fallback, agent, norm)
        if not groups:
            return RobotsDecision(True, None, groups, fallback, agent, norm)
        hit = self._matcher(groups).match(norm)
        if hit is None:
            return RobotsDecision(True, None, groups, fallback, agent, norm)
        return RobotsDecision(hit[0], hit[1], groups, fallback, agent, norm)

    def _matcher(self, groups: tuple[Group, ...]) -> _Matcher:
        key = tuple(g.index for g in groups)
        matcher = self._matchers.get(key)
        if matcher is None:
            entries: list[tuple[bool, str, Rule]] = []
            for group in groups:
                for rule in group.rules:
                    escaped = _escape_pattern(rule.pattern)
                    entries.append((rule.allow, escaped, rule))
                    if rule.allow:
                        # Google: "Allow: /dir/index.html" also allows "/dir/" (GoogleOnly_
                        # IndexHTMLisDirectory); what a publisher who wrote it means.
                        slash = escaped.rfind("/")
                        if slash >= 0 and escaped.startswith("/index.htm", slash):
                            entries.append((True, escaped[: slash + 1] + "$", rule))
            matcher = _Matcher(entries)
            self._matchers[key] = matcher
        return matcher

    def extension_lines(self, name: str) -> tuple[ExtensionLine, ...]:
        """Every extension line with this canonical name, in file order."""
        return tuple(e for e in self.extensions if e.name == name)


def match_pattern(pattern: str, path: str) -> int:
    """Priority (escaped length) with which a robots path pattern matches a path, else -1.

    Shared by the extension records that reuse Allow/Disallow matching (Content-Usage paths,
    DisallowAITraining).
    """
    escaped = _escape_pattern(pattern)
    compiled = _Pattern(escaped)
    return compiled.priority if compiled.matches(_normalise_path(path)) else -1


@dataclass(slots=True)
class _Building:
    """A group while it is being read."""

    agents: list[str] = field(default_factory=list)
    agent_lines: list[int] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    extensions: list[ExtensionLine] = field(default_factory=list)


def _decode(body: str | bytes, notes: list[Note]) -> tuple[str, int, Truncation | None]:
    """Decode, skip a BOM and apply the parse limit on a line boundary."""
    raw: bytes | None = None
    if isinstance(body, str):
        text = body[1:] if body.startswith(_BOM) else body
        if not text.isascii() and _SURROGATE_RE.search(text):
            # Lone surrogates are no text: they cannot be encoded, compared or reported.
            notes.append(Note(None, "invalid-utf8", "lone surrogate code points replaced"))
            text = _SURROGATE_RE.sub("\ufffd", text)
        size = len(text)
        if size > PARSE_LIMIT // 4:  # only then can the UTF-8 form exceed the limit
            raw = text.encode("utf-8", "surrogatepass")
            size = len(raw)
            if size <= PARSE_LIMIT:
                raw = None
    else:
        raw = bytes(body)
        # Google skips any prefix of the BOM, even a broken one.
        skip = 0
        while skip < 3 and skip < len(raw) and raw[skip] == b"\xef\xbb\xbf"[skip]:
            skip += 1
        raw = raw[skip:]
        size = len(raw)
        text = ""
    truncation: Truncation | None = None
    if raw is not None:
        if size > PARSE_LIMIT:
            cut = raw[:PARSE_LIMIT]
            # Cut on a line boundary: half a rule ("Allow: /a" from "Allow: /admin-only") could
            # widen what is allowed.
            end = max(cut.rfind(b"\n"), cut.rfind(b"\r"))
            cut = cut[: end + 1] if end >= 0 else b""
            if cut.endswith(b"\r") and raw[len(cut) : len(cut) + 1] == b"\n":
                cut += b"\n"
            kept_lines = cut.count(b"\n") + cut.count(b"\r") - cut.count(b"\r\n")
            truncation = Truncation(PARSE_LIMIT, size, kept_lines + 1)
            raw = cut
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            notes.append(Note(None, "invalid-utf8", f"invalid UTF-8 at byte {exc.start}"))
            text = raw.decode("utf-8", "replace")
    return text, size, truncation


def parse_robots(body: str | bytes) -> RobotsTxt:
    """Parse a robots.txt body (str or bytes). Never raises; see the module docstring."""
    try:
        return _parse(body)
    except Exception as exc:  # a parser bug must not crash a batch
        # Fail closed: a RobotsTxt that could not be read disallows everything (DESIGN.md §7).
        return RobotsTxt([], (), (), (), (), None, False, failure=f"{type(exc).__name__}: {exc}")


def _parse(body: str | bytes) -> RobotsTxt:
    notes: list[Note] = []
    if not isinstance(body, (str, bytes, bytearray, memoryview)):
        notes.append(Note(None, "not-text", f"robots.txt body of type {type(body).__name__}"))
        body = ""
    text, _size, truncation = _decode(body, notes)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final line break does not start a line

    built: list[_Building] = []
    extensions: list[ExtensionLine] = []
    ambiguities: list[Ambiguity] = []
    current: _Building | None = None
    in_rules = False  # a rule was seen since the last User-agent line
    other_between: int = 0  # line of an other record seen after a User-agent, before any rule
    separated = False  # a blank line or a Sitemap line since the last rule
    unparsed = first_unparsed = 0  # lines that are no record (an HTML page served as robots.txt)
    records = _RECORDS
    ws = _WS

    for number, line in enumerate(lines, 1):
        hash_pos = line.find("#")
        content = (line if hash_pos < 0 else line[:hash_pos]).strip(ws)
        if not content:
            if hash_pos < 0:
                separated = True
            continue
        raw_key, sep, value = content.partition(":")
        if sep:
            raw_key = raw_key.rstrip(ws)
            key = raw_key.lower()
            value = value.lstrip(ws)
        else:
            # Google accepts a missing colon when the line is exactly two words.
            words = _SPLIT_WS_RE.split(content) if " " in content or "\t" in content else ()
            if len(words) != 2:
                unparsed += 1
                if not first_unparsed:
                    first_unparsed = number
                continue
            raw_key, value = words
            key = raw_key.lower()
        known = records.get(key)
        if known is None:
            kind, name = _lenient_kind(key, number, notes)
        else:
            kind, name = known

        if kind == _UA:
            if current is None or in_rules:
                current = _Building()
                built.append(current)
                in_rules = False
            elif other_between:
                ambiguities.append(
                    Ambiguity(
                        other_between,
                        "record-between-user-agents",
                        "a record between two User-agent lines: they stay one group, as "
                        "Google's parser reads it; other parsers may split the group here",
                    )
                )
            other_between = 0
            current.agents.append(_product_token(value, number, notes))
            current.agent_lines.append(number)
            separated = False
        elif kind == _EXT:
            group = len(built) - 1 if current is not None else None
            detached = group is not None and in_rules and separated
            ext = ExtensionLine(name, raw_key, value, number, group, detached)
            extensions.append(ext)
            if current is not None:
                current.extensions.append(ext)
                if not in_rules and not other_between:
                    other_between = number
            if name == "sitemap":
                separated = True
        elif current is None:
            notes.append(Note(number, "rule-outside-group", "rule before any User-agent line"))
        else:
            current.rules.append(Rule(kind == _ALLOW, value, number))
            in_rules = True
            separated = False
            other_between = 0

    if unparsed:
        notes.append(
            Note(
                first_unparsed,
                "unparsed-lines",
                f"{unparsed} line(s) are not 'name: value' records",
            )
        )
    groups = tuple(
        Group(i, tuple(b.agents), tuple(b.agent_lines), tuple(b.rules), tuple(b.extensions))
        for i, b in enumerate(built)
    )
    for ext in extensions:
        if ext.detached and ext.name == "license":
            ambiguities.append(
                Ambiguity(
                    ext.line,
                    "detached-license",
                    "License line after a group's rules, set apart by a blank line or a "
                    "Sitemap line: read as site-wide (RSL §4.4 guidance), though RFC 9309 "
                    "puts it in the group above",
                )
            )
    looks_like_html = bool(_HTML_RE.match(text[:1024]))
    return RobotsTxt(
        lines,
        groups,
        tuple(extensions),
        tuple(sorted(ambiguities)),
        tuple(notes),
        truncation,
        looks_like_html,
    )


def _lenient_kind(key: str, number: int, notes: list[Note]) -> tuple[int, str]:
    """Kind and name of a record not in the table: a Google typo, or an other record."""
    stripped = key.lstrip(_BOM)  # a BOM left mid-file by concatenated files
    if stripped != key and stripped in _RECORDS:
        return _RECORDS[stripped]
    # Google's parser reads any name *starting* with a directive as that directive; the AI
    # training records of draft-canel are kept apart on purpose.
    if key.startswith(("user-agent", "useragent", "user agent")):
        notes.append(Note(number, "lenient-directive", f"{key!r} read as user-agent"))
        return _UA, "user-agent"
    if key.startswith(_DISALLOW_PREFIXES) and not key.startswith("disallowaitraining"):
        notes.append(Note(number, "lenient-directive", f"{key!r} read as disallow"))
        return _DISALLOW, "disallow"
    if key.startswith("allow") and not key.startswith("allowaitraining"):
        notes.append(Note(number, "lenient-directive", f"{key!r} read as allow"))
        return _ALLOW, "allow"
    return _EXT, key


def _product_token(value: str, number: int, notes: list[Note]) -> str:
    """The product token of a User-agent value: ``*``, or its leading [A-Za-z0-9_-] run."""
    if value.startswith("*") and (len(value) == 1 or value[1] in " \t"):
        return "*"  # Google: "* anything" is still the global agent
    match = _TOKEN_RE.match(value)
    token = match.group(0) if match else ""
    if token != value:
        notes.append(
            Note(number, "irregular-user-agent", f"user-agent {value!r} read as {token!r}")
        )
    return token
