"""Extraction stage: an HTTP response header block -> signals (DESIGN.md §3, §4).

What it detects, and the spec each part follows:

- ``X-Robots-Tag`` (STANDARDS.md §8): Google's robots rules plus the ``noai`` / ``noimageai``
  convention, with the ``botname:`` prefix form. Ids ``x-robots-tag:<rule>[=<value>]``.
- ``tdm-reservation`` / ``tdm-policy`` (STANDARDS.md §6.2 b, W3C TDMRep): ids
  ``tdmrep:reservation=0|1``, ``tdmrep:reserved-with-policy``, ``tdmrep:policy``.
- ``Content-Usage`` (STANDARDS.md §5.2-§5.4, IETF aipref vocab + attach): an RFC 9651
  dictionary, ids ``content-usage:<label>=y|n`` plus ``content-usage:legacy-label``.
- ``Content-Signal`` (STANDARDS.md §4: the robots.txt line's key=value form, also sent as a
  response header, e.g. on "Markdown for agents" responses): ids
  ``content-signal:<key>=<value>``, the most restrictive value of a key when lines differ.
- ``Link: <...>; rel="license"`` (STANDARDS.md §7.2, §11.1): ``link:license``, or
  ``rsl:license-url`` when ``type="application/rsl+xml"``.

Why it matters: these are the machine-readable reservations a server attaches to one
representation; DSM Art. 4(3) asks for exactly such machine-readable opt-outs.

Example::

    >>> block = parse_header_block("HTTP/1.1 200 OK\\nX-Robots-Tag: googlebot: noindex\\n")
    >>> [(s.id, s.agent) for s in header_signals(block)]
    [('x-robots-tag:noindex', 'googlebot')]

Like every extractor it never raises on the world's data: a bad header line becomes a
`Problem` of the block, a bad value becomes a ``<mechanism>:malformed`` signal whose excerpt
starts with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

import http_sf

from compliance.extract.licences import cc_token
from compliance.extract.robotstxt import CONTENT_SIGNAL_KEYS, USE_LEVELS, content_signal_pairs
from compliance.extract.tdmrep import reservation_signals
from compliance.model import Evidence, Problem, Signal

__all__ = [
    "HeaderBlock",
    "HeaderField",
    "RobotsDirective",
    "header_signals",
    "parse_header_block",
    "parse_robots_directives",
]

# --------------------------------------------------------------------------- header block


@dataclass(frozen=True, slots=True)
class HeaderField:
    """One header field as written: `excerpt` is the exact line (folded lines unfolded)."""

    name: str
    value: str
    line: int | None = None
    excerpt: str = ""


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """A parsed header block: the status line, the fields in order, and what was wrong."""

    status: int | None
    status_line: str | None
    headers: tuple[HeaderField, ...]
    problems: tuple[Problem, ...] = ()

    def pairs(self) -> tuple[tuple[str, str], ...]:
        """The fields as ``(name, value)`` pairs, the shape of `Document.headers`."""
        return tuple((f.name, f.value) for f in self.headers)

    def values(self, name: str) -> list[str]:
        """Every value of the header `name` (case-insensitive), in order."""
        wanted = name.lower()
        return [f.value for f in self.headers if f.name.lower() == wanted]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Lenient on purpose: `HTTP/2`, `HTTP/2.0`, `http/1.1 200`, with or without a reason phrase.
_STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)?\s+(\d{3})(?:\s.*)?", re.IGNORECASE)
# RFC 9110 §5.1 field-name = token.
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


@dataclass(slots=True)
class _Pending:
    """A field while its continuation lines may still follow."""

    name: str
    value: str
    line: int
    raw: str
    # Continuation parts, joined once at the end: appending to the value string per fold
    # line copied it each time (quadratic: 4 MB of folds took 55 s).
    folds: list[str] = dc_field(default_factory=list)

    def field(self) -> HeaderField:
        if not self.folds:
            return HeaderField(self.name, self.value, self.line, self.raw)
        value = " ".join(part for part in (self.value, *self.folds) if part)
        # A folded field has no single exact line: its excerpt is the unfolded form.
        return HeaderField(self.name, value, self.line, f"{self.name}: {value}")


def parse_header_block(text: str) -> HeaderBlock:
    """Parse a pasted or snapshotted header block (DESIGN.md §3 ``headers.txt``).

    Accepts an optional status line, ``Name: value`` lines, obsolete folded continuation lines
    (RFC 9112 §5.2: replaced by one space), stray blank lines and any line ending. Output of
    ``curl -sIL`` holds one block per redirect hop: a status line after a blank line starts a
    new response and only the last response is kept, since only it describes the content.
    A blank line followed by something that is neither a status line nor a field is the start
    of a body and ends the block. Never raises; bad lines become problems that leave no purpose
    undetermined (a malformed line carries no reservation we could have read).
    """
    status: int | None = None
    status_line: str | None = None
    fields: list[HeaderField] = []
    problems: list[Problem] = []
    current: _Pending | None = None  # the field being read, until a line that is not its fold
    after_blank = False

    def flush() -> None:
        nonlocal current
        if current is not None:
            fields.append(current.field())
        current = None

    def problem(line_no: int, message: str) -> None:
        problems.append(
            Problem(code="header-syntax", message=message, location=f"line {line_no}", purposes=())
        )

    for index, line in enumerate(_LINE_BREAK.split(text.removeprefix("\ufeff")), start=1):
        if not line.strip():
            flush()
            after_blank = bool(fields) or status_line is not None
            continue
        match = _STATUS_LINE.fullmatch(line.strip())
        if match:
            flush()
            if status_line is not None or fields:
                if not after_blank:
                    problem(index, f"status line inside the header block: {line.strip()!r}")
                # A new response (a redirect hop was shown first): keep only the last one.
                fields.clear()
            status, status_line = int(match.group(1)), line.strip()
            after_blank = False
            continue
        if line[0] in " \t":
            if current is None:
                problem(index, f"continuation line without a field before it: {line.strip()!r}")
            else:
                current.folds.append(line.strip())
            continue
        name, colon, value = line.partition(":")
        if after_blank and (not colon or not _FIELD_NAME.fullmatch(name.strip())):
            break  # the body starts here (RFC 9112 §6: the blank line ends the fields)
        after_blank = False
        flush()
        if not colon:
            problem(index, f"not a 'Name: value' line: {line.strip()[:80]!r}")
            continue
        if not _FIELD_NAME.fullmatch(name.strip()):
            problem(index, f"field name {name.strip()[:40]!r} is not an RFC 9110 token")
            continue
        if name != name.strip():
            # RFC 9112 §5.1 rejects whitespace before the colon; the intent is clear, so we
            # read the field (lenient with the world's data) and say so.
            problem(index, f"whitespace around the field name {name.strip()!r}")
        current = _Pending(name.strip(), value.strip(), index, line.rstrip())
    flush()
    return HeaderBlock(status, status_line, tuple(fields), tuple(problems))


# --------------------------------------------------------------------------- robots rules


@dataclass(frozen=True, slots=True)
class RobotsDirective:
    """One robots rule of an ``X-Robots-Tag`` value or a robots ``<meta>`` content.

    `token` is the id suffix (``noai``, ``max-snippet=0``) or ``malformed`` with `reason` set;
    `agent` is the lower-cased product token the rule is scoped to, None for every agent.
    """

    agent: str | None
    token: str
    text: str
    reason: str | None = None


# Rules that take a value after a colon (Google's robots meta specification). Any other
# `word:` prefix is a product token that scopes the rules after it (STANDARDS.md §8.1).
_VALUED_RULES = frozenset(
    {"max-snippet", "max-image-preview", "max-video-preview", "unavailable_after"}
)
_IMAGE_PREVIEW = frozenset({"none", "standard", "large"})
_PRODUCT_TOKEN = re.compile(r"[a-z0-9_][a-z0-9_.\-]*|\*")
_RULE_TOKEN = re.compile(r"[a-z0-9][a-z0-9_\-]{0,63}")
_WEEKDAY = re.compile(
    r"(mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun", re.IGNORECASE
)
_INTEGER = re.compile(r"[+-]?\d+")


def parse_robots_directives(value: str) -> list[RobotsDirective]:
    """Split one ``X-Robots-Tag`` value (or robots meta content) into scoped rules.

    Tokenised like Google, not like datadiligence (STANDARDS.md §8.1): a ``botname:`` prefix
    scopes every following comma-separated rule of the same value until the next prefix, and
    names and rules compare case-insensitively (``NoAI`` is ``noai``). ``*:`` means every agent
    (IETF Robots-Tag draft). Unknown but well-formed rules come out as themselves so a user pack
    can give them meaning without code; ``max-snippet`` values other than 0 and -1 come out as
    ``max-snippet=limited`` (the number is in the excerpt) so one rule covers every cap.
    """
    segments = value.split(",")
    out: list[RobotsDirective] = []
    scope: str | None = None
    i = 0
    while i < len(segments):
        text = segments[i].strip()
        i += 1
        if not text:
            continue  # `a, , b` and trailing commas are harmless
        head, colon, rest = text.partition(":")
        name = head.strip().lower()
        if colon and name not in _VALUED_RULES:
            if not name or not _PRODUCT_TOKEN.fullmatch(name):
                out.append(RobotsDirective(scope, "malformed", text, _agent_reason(name)))
                continue
            scope = None if name == "*" else name
            text = rest.strip()
            if not text:
                out.append(
                    RobotsDirective(
                        scope,
                        "malformed",
                        segments[i - 1].strip(),
                        f"agent {name!r} is followed by no rule",
                    )
                )
                continue
            head, colon, rest = text.partition(":")
            name = head.strip().lower()
            if colon and name not in _VALUED_RULES:
                out.append(
                    RobotsDirective(
                        scope, "malformed", text, f"{name!r} is neither a rule nor after an agent"
                    )
                )
                continue
        if name == "unavailable_after" and _WEEKDAY.fullmatch(rest.strip()) and i < len(segments):
            # RFC 850 dates carry a comma ("Sunday, 06-Nov-94 ..."): glue the date back.
            rest = f"{rest.strip()}, {segments[i].strip()}"
            text = f"{text}, {segments[i].strip()}"
            i += 1
        out.append(_robots_rule(scope, name, rest.strip() if colon else None, text))
    return out


def _agent_reason(name: str) -> str:
    if not name:
        return "empty agent name before ':'"
    return f"agent name {name!r} is not a product token"


def _robots_rule(scope: str | None, name: str, value: str | None, text: str) -> RobotsDirective:
    """Validate one rule; valued rules get their value normalised into the token."""
    if value is None:
        if not _RULE_TOKEN.fullmatch(name):
            return RobotsDirective(scope, "malformed", text, f"{name[:40]!r} is not a rule token")
        return RobotsDirective(scope, name, text)
    low = value.lower()
    if name in ("max-snippet", "max-video-preview"):
        if not _INTEGER.fullmatch(low) or int(low) < -1:
            return RobotsDirective(
                scope, "malformed", text, f"{name} needs an integer >= -1 (got {value[:20]!r})"
            )
        number = int(low)
        if name == "max-snippet" and number > 0:
            return RobotsDirective(scope, "max-snippet=limited", text)
        return RobotsDirective(scope, f"{name}={number}", text)
    if name == "max-image-preview":
        if low not in _IMAGE_PREVIEW:
            return RobotsDirective(
                scope,
                "malformed",
                text,
                f"max-image-preview needs none, standard or large (got {value[:20]!r})",
            )
        return RobotsDirective(scope, f"{name}={low}", text)
    # unavailable_after: the date stays in the excerpt; comparing it needs the run's clock,
    # which extractors do not have.
    if not value:
        return RobotsDirective(scope, "malformed", text, "unavailable_after needs a date")
    return RobotsDirective(scope, name, text)


# --------------------------------------------------------------------------- signals


def header_signals(
    headers: HeaderBlock | Sequence[HeaderField] | Sequence[tuple[str, str]],
    *,
    agent: str | None = None,
    source: str = "headers",
) -> list[Signal]:
    """Signals of one response's headers, in header order.

    `headers` is a parsed `HeaderBlock` or its `headers` (evidence then carries line numbers)
    or plain ``(name, value)`` pairs such as `Document.headers`. Agent scoping: with ``agent=None``
    every agent-scoped ``X-Robots-Tag`` rule comes out with `Signal.agent` set (what the site
    reserves, for whom); with an agent, rules scoped to other agents are dropped and the
    agent's own rules and the unscoped ones are kept. Evidence ``path`` is the header name,
    prefixed by ``<source>#`` when `source` is not the default ``"headers"`` (a snapshot
    file, a URL).
    """
    fields = _as_fields(headers)
    wanted = agent.strip().lower() if agent else None
    out: list[Signal] = []
    content_usage: list[HeaderField] = []
    content_signal: list[HeaderField] = []
    tdm: list[HeaderField] = []
    for field in fields:
        name = field.name.lower()
        if name == "x-robots-tag":
            out.extend(_x_robots_tag(field, wanted, source))
        elif name in ("tdm-reservation", "tdm-policy"):
            tdm.append(field)
        elif name == "content-usage":
            content_usage.append(field)
        elif name in ("content-signal", "content-signals"):
            content_signal.append(field)
        elif name == "link":
            out.extend(_link(field, source))
    if tdm:
        out.extend(_tdmrep(tdm, source))
    if content_usage:
        out.extend(_content_usage(content_usage, source))
    if content_signal:
        out.extend(_content_signal(content_signal, source))
    # Header order for the reader; a stable sort keeps each line's signals in value order.
    return sorted(_unique(out), key=lambda s: s.evidence.line or 0)


def _as_fields(
    headers: HeaderBlock | Sequence[HeaderField] | Sequence[tuple[str, str]],
) -> tuple[HeaderField, ...]:
    if isinstance(headers, HeaderBlock):
        return headers.headers
    fields: list[HeaderField] = []
    for item in headers:
        if isinstance(item, HeaderField):
            fields.append(item)
        else:
            name, value = item
            fields.append(HeaderField(name, value.strip(), None, f"{name}: {value.strip()}"))
    return tuple(fields)


def _content_signal(fields: Sequence[HeaderField], source: str) -> list[Signal]:
    """``Content-Signal: search=yes, ai-train=no`` as a response header: the same pairs and
    the same reading as the robots.txt line (STANDARDS.md §4.3); where lines disagree on a key
    the most restrictive value stands and the disagreement is reported."""
    out: list[Signal] = []
    values: dict[str, list[tuple[str, HeaderField]]] = {}
    for field in fields:
        for key, value, valid in content_signal_pairs(field.value):
            if not valid:
                excerpt = f"unknown Content-Signal pair {key}={value}: {field.excerpt}"
                out.append(
                    Signal(id="content-signal:invalid", evidence=_evidence(field, source, excerpt))
                )
                continue
            values.setdefault(key, []).append((value, field))
    for key in CONTENT_SIGNAL_KEYS:
        seen = values.get(key)
        if not seen:
            continue
        if key == "use":
            value, field = min(seen, key=lambda v: USE_LEVELS.index(v[0]))
        else:
            value, field = min(seen, key=lambda v: v[0] != "no")
        out.append(Signal(id=f"content-signal:{key}={value}", evidence=_evidence(field, source)))
        loser = next((f for v, f in seen if v != value), None)
        if loser is not None:
            out.append(
                Signal(id="consistency:content-signal-conflict", evidence=_evidence(loser, source))
            )
    return out


def _evidence(field: HeaderField, source: str, excerpt: str | None = None) -> Evidence:
    path = field.name if source == "headers" else f"{source}#{field.name}"
    return Evidence(kind="header", excerpt=excerpt or field.excerpt, path=path, line=field.line)


def _unique(signals: Iterable[Signal]) -> list[Signal]:
    """Drop exact repeats (`noai, noai` on one line) but keep order."""
    seen: set[tuple[str, str | None, str, int | None]] = set()
    out: list[Signal] = []
    for s in signals:
        key = (s.id, s.agent, s.evidence.excerpt, s.evidence.line)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _x_robots_tag(field: HeaderField, wanted: str | None, source: str) -> list[Signal]:
    out: list[Signal] = []
    for rule in parse_robots_directives(field.value):
        if wanted is not None and rule.agent is not None and rule.agent != wanted:
            continue  # scoped to another agent: not addressed to the caller
        excerpt = field.excerpt
        if rule.reason:
            excerpt = f"{rule.reason}: {field.excerpt}"
        out.append(
            Signal(
                id=f"x-robots-tag:{rule.token}",
                agent=rule.agent,
                evidence=_evidence(field, source, excerpt),
            )
        )
    return out


# --- TDMRep headers (STANDARDS.md §6.2 b, §6.5) --------------------------------------------


def _tdmrep(fields: list[HeaderField], source: str) -> list[Signal]:
    reservations: list[tuple[str, Evidence]] = []
    policies: list[tuple[str, Evidence]] = []
    for field in fields:
        # Not a list-valued field, but a proxy may have merged two lines: read each member.
        for raw in field.value.split(",") if "," in field.value else [field.value]:
            ev = _evidence(field, source)
            if field.name.lower() == "tdm-reservation":
                reservations.append((raw.strip(), ev))
            else:
                policies.append((raw.strip(), ev))
    return reservation_signals(reservations, policies)


# --- aipref Content-Usage (STANDARDS.md §5.2-§5.4) -----------------------------------------

# Labels of the current vocabulary (vocab -05...-07). -08 may bring back `ai-use`
# (STANDARDS.md Corrections #8); it is legacy here until that is confirmed.
_CURRENT_LABELS = frozenset({"train-ai", "search"})
# Labels of earlier drafts still deployed: "unknown" per the current draft, but they carry the
# declarer's intent, so they come out as themselves plus a legacy-label warning.
_LEGACY_LABELS = frozenset(
    {"tdm", "ai", "genai", "inference", "all", "bots", "train-genai", "ai-use", "ai-output"}
)
# CC signals (creativecommons/cc-signals 0.1): `label=n;exceptions=cc-cr` means "no, unless
# the CC signal's conditions are met".
_CC_SIGNAL = re.compile(r"cc-cr(?:-dc|-ec|-op)?")


def _content_usage(fields: list[HeaderField], source: str) -> list[Signal]:
    """Read the combined ``Content-Usage`` field.

    HTTP combines repeated lines into one list (RFC 9110 §5.3), so one unparseable line makes
    the whole field unparseable and, per vocab §6.6 step 1, every preference unknown. That
    includes an uppercase key (``Train-AI=n``): we follow the spec strictly rather than guess,
    and the malformed signal's reason spells out the lower-case reading so a reviewer sees
    the declarer's likely intent. Within one line SF semantics hold (the last member wins, the
    official ``train-ai;allow=n, train-ai=y`` vector gives allow); across separate lines we
    read each line as its own statement and combine them most-restrictively (vocab §7.1: any
    ``n`` wins), failing closed where last-wins would let a later ``y`` erase an ``n``. Either
    way a y/n contradiction is reported as ``consistency:content-usage-conflict``.
    """
    parsed: list[tuple[HeaderField, http_sf.DictionaryType]] = []
    for field in fields:
        if not field.value.strip():
            continue  # an empty line adds no member; joining it would create ", ," noise
        try:
            parsed.append((field, _sf_dictionary(field.value)))
        except ValueError as why:  # StructuredFieldError, and any other value error
            reason = f"not an RFC 9651 dictionary ({why})"
            lower = field.value.lower()
            if lower != field.value:
                try:
                    _sf_dictionary(lower)
                    reason += f"; keys must be lower-case, it probably means {lower!r}"
                except ValueError:
                    pass
            excerpt = f"{reason}; all Content-Usage preferences are unknown: {field.excerpt}"
            return [
                Signal(id="content-usage:malformed", evidence=_evidence(field, source, excerpt))
            ]

    # label -> per line (value, field) after SF last-wins within the line
    by_label: dict[str, list[tuple[str, HeaderField]]] = {}
    out: list[Signal] = []
    for field, members in parsed:
        for label, member in members.items():
            value = _preference(member)
            if value is None:
                if label in _CURRENT_LABELS or label in _LEGACY_LABELS:
                    excerpt = (
                        f"{label!r} has no y/n token value, so it is unknown "
                        f"(vocab §6.6 step 2): {field.excerpt}"
                    )
                    out.append(
                        Signal(
                            id="content-usage:invalid-value",
                            evidence=_evidence(field, source, excerpt),
                        )
                    )
                continue  # unknown labels with odd values: MUST be ignored (vocab §5)
            by_label.setdefault(label, []).append((value, field))

    for label, values in by_label.items():
        plain = {v for v, _ in values if v in ("y", "n")}
        if plain == {"y", "n"} or _line_conflict(parsed, label):
            shown = "; ".join(f.excerpt for _, f in values)
            out.append(
                Signal(
                    id="consistency:content-usage-conflict",
                    evidence=_evidence(values[-1][1], source, f"{label} is both y and n: {shown}"),
                )
            )
        value, field = _most_restrictive(values)
        out.append(Signal(id=f"content-usage:{label}={value}", evidence=_evidence(field, source)))
        if label in _LEGACY_LABELS:
            excerpt = (
                f"{label!r} is a label of an earlier aipref draft, unknown to the "
                f"current vocabulary (train-ai, search): {field.excerpt}"
            )
            out.append(
                Signal(id="content-usage:legacy-label", evidence=_evidence(field, source, excerpt))
            )
    return out


def _sf_dictionary(value: str) -> http_sf.DictionaryType:
    parsed = http_sf.parse(value.encode("utf-8", "replace"), tltype="dictionary")
    assert isinstance(parsed, dict)
    return parsed


def _preference(member: object) -> str | None:
    """``y`` / ``n`` / ``cc-cr...`` of one dictionary member, None when it is no preference.

    Only Tokens count (vocab §6.6 step 2: a String "n" or a Boolean is unknown). An ``n`` with
    a CC-signal ``exceptions`` parameter becomes the CC signal itself: the aipref reading would
    ignore the parameter and deny, CC's meaning is a conditional permission (STANDARDS §5.4).
    """
    if not isinstance(member, tuple) or len(member) != 2:
        return None
    item, params = member
    if not isinstance(item, http_sf.Token) or str(item) not in ("y", "n"):
        return None
    exception = params.get("exceptions") if isinstance(params, dict) else None
    is_cc = isinstance(exception, http_sf.Token) and _CC_SIGNAL.fullmatch(str(exception))
    if str(item) == "n" and is_cc:
        return str(exception)
    return str(item)


def _most_restrictive(values: list[tuple[str, HeaderField]]) -> tuple[str, HeaderField]:
    """Across lines: any ``n`` wins, then a CC conditional, then ``y`` (vocab §7.1)."""
    for wanted in ("n", "cc", "y"):
        for value, field in values:
            if value == wanted or (wanted == "cc" and value.startswith("cc-")):
                return value, field
    return values[-1]


def _line_conflict(parsed: list[tuple[HeaderField, http_sf.DictionaryType]], label: str) -> bool:
    """A y/n contradiction inside one line, hidden by SF's last-member-wins."""
    for field, _ in parsed:
        found: set[str] = set()
        for member in field.value.split(","):
            key, eq, rest = member.strip().partition("=")
            if key.strip() == label and eq:
                found.add(rest.split(";", 1)[0].strip())
        if found >= {"y", "n"}:
            return True
    return False


# --- Link rel="license" (RFC 8288; STANDARDS.md §7.2, §11.1) -------------------------------

_RSL_TYPE = "application/rsl+xml"


def _link(field: HeaderField, source: str) -> list[Signal]:
    """``link:license`` per licence link; RSL links become ``rsl:license-url`` instead.

    The URL is the first ``<...>`` of the excerpt (the whole line when it holds one link,
    else that link's own text), kept as written: resolving a relative target needs the
    response URL, which the caller has. A link with an ``anchor`` other than the response
    itself describes another resource and is skipped.
    """
    out: list[Signal] = []
    links = _parse_links(field.value)
    if links is None:
        excerpt = f"not an RFC 8288 Link value: {field.excerpt}"
        if "license" in field.value.lower():
            out.append(Signal(id="link:malformed", evidence=_evidence(field, source, excerpt)))
        return out
    for text, params in links:
        rels = {r.lower() for r in params.get("rel", "").split()}
        if "license" not in rels or params.get("anchor", "") not in ("", "#"):
            continue
        excerpt = field.excerpt if len(links) == 1 else text
        if params.get("type", "").lower() == _RSL_TYPE:
            signal_id = "rsl:license-url"
        else:
            # The same mapping as HTML `rel=license` links: a Creative Commons URL becomes its
            # `cc:<licence>` signal (rules/signals/html.yaml), anything else `link:license`.
            token = cc_token(text[1 : text.index(">")])
            signal_id = f"cc:{token}" if token else "link:license"
        out.append(Signal(id=signal_id, evidence=_evidence(field, source, excerpt)))
    return out


def _parse_links(value: str) -> list[tuple[str, dict[str, str]]] | None:
    """``[(link text, {param: value})]``; None when the value is not a Link list."""
    links: list[tuple[str, dict[str, str]]] = []
    i, n = 0, len(value)

    def skip(chars: str) -> None:
        nonlocal i
        while i < n and value[i] in chars:
            i += 1

    while True:
        skip(" \t,")
        if i >= n:
            return links
        if value[i] != "<" or (close := value.find(">", i)) < 0:
            return None
        start, i = i, close + 1
        params: dict[str, str] = {}
        skip(" \t")
        while i < n and value[i] == ";":
            i += 1
            skip(" \t")
            name_start = i
            while i < n and value[i] not in "=;, \t":
                i += 1
            name = value[name_start:i].lower()
            skip(" \t")
            param = ""
            if i < n and value[i] == "=":
                i += 1
                skip(" \t")
                param, i = _link_param_value(value, i)
            if name:
                # RFC 8288 §3.3: occurrences of a parameter after the first are ignored.
                params.setdefault(name, param)
            skip(" \t")
        if i < n and value[i] != ",":
            return None
        links.append((value[start:i].strip(), params))


def _link_param_value(value: str, i: int) -> tuple[str, int]:
    """A token or quoted-string starting at `i`, and the index after it."""
    if i < len(value) and value[i] == '"':
        chars: list[str] = []
        i += 1
        while i < len(value) and value[i] != '"':
            if value[i] == "\\" and i + 1 < len(value):
                i += 1
            chars.append(value[i])
            i += 1
        return "".join(chars), i + 1
    start = i
    while i < len(value) and value[i] not in ";, \t":
        i += 1
    return value[start:i], i
