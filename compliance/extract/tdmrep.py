"""Extraction stage: TDMRep reservations -> signals (STANDARDS.md §6, W3C TDMRep CG report).

What it detects: the ``tdm-reservation`` / ``tdm-policy`` pair, from the origin file
``/.well-known/tdmrep.json`` (§6.2 a), and -- through `reservation_signals`, which the header
extractor and the HTML meta extractor share -- from HTTP headers and ``<meta>``.
Why it matters: TDMRep is the W3C community protocol built for the DSM Art. 4(3)
machine-readable text-and-data-mining opt-out.

Example::

    >>> body = '[{"location": "/news/*", "tdm-reservation": 1}]'
    >>> [s.id for s in tdmrep_file_signals(body, path="/news/a.html")]
    ['tdmrep:reservation=1']

Ids: ``tdmrep:reservation=1`` (reserved, no policy known at that source),
``tdmrep:reserved-with-policy`` (reserved, and a TDM policy offers licence terms),
``tdmrep:reservation=0`` (explicitly not reserved), ``tdmrep:policy`` (the policy URL is in
the excerpt), ``tdmrep:malformed`` (reason first in the excerpt; the value counts as unset),
``tdmrep:non-conformant`` (read leniently, e.g. the string ``"1"``), ``tdmrep:shadowed-rule``
(a more specific tdmrep.json rule loses to an earlier generic one), and
``consistency:tdmrep-conflict`` from `tdmrep_consistency`.

A reservation with a policy gets its own id because the two readings must not both fire:
the engine keeps the most restrictive finding, so a plain ``reservation=1`` deny would always
hide the ``conditional`` + ``licence`` that a published policy warrants (DESIGN.md §2: deny
means no route to permission, and a policy is one).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import urlsplit

from compliance.extract.pathmatch import PathPattern, normalise
from compliance.model import Evidence, Signal

__all__ = [
    "location_matches",
    "reservation_signals",
    "split_url",
    "tdmrep_consistency",
    "tdmrep_file_signals",
]

_EXCERPT_LIMIT = 300


def reservation_signals(
    reservations: Sequence[tuple[object, Evidence]],
    policies: Sequence[tuple[object, Evidence]] = (),
    *,
    from_json: bool = False,
) -> list[Signal]:
    """Signals of the ``tdm-reservation`` / ``tdm-policy`` values found at ONE source.

    Shared by the file, header and meta extractors so every source yields the same ids.
    A value is read as written in that source: in text (header, meta) ``1`` / ``0`` are
    conformant; in JSON the integers are, and the strings ``"1"`` / ``"0"`` are accepted with
    a ``tdmrep:non-conformant`` warning (STANDARDS.md §6.5). Anything else is a protocol error:
    ``tdmrep:malformed``, and the reservation stays unset (§6.1).
    """
    decided: list[Signal] = []  # reservations first: they are what a reader looks for
    notes: list[Signal] = []
    valid_policies: list[Evidence] = []
    for raw, ev in policies:
        if isinstance(raw, str) and raw.strip():
            valid_policies.append(ev)
            notes.append(Signal(id="tdmrep:policy", evidence=ev))
        else:
            reason = f"tdm-policy must be a URL string (got {_shown(raw)})"
            notes.append(_flag("tdmrep:malformed", ev, reason))
    for raw, ev in reservations:
        value, warning = _reservation_value(raw, from_json=from_json)
        if value is None:
            notes.append(_flag("tdmrep:malformed", ev, warning or ""))
            continue
        if warning:
            notes.append(_flag("tdmrep:non-conformant", ev, warning))
        if value == "1" and valid_policies:
            policy = valid_policies[0]
            excerpt = _clip(f"{ev.excerpt}\n{policy.excerpt}") if policy != ev else ev.excerpt
            decided.append(
                Signal(
                    id="tdmrep:reserved-with-policy",
                    evidence=ev.model_copy(update={"excerpt": excerpt}),
                )
            )
        else:
            decided.append(Signal(id=f"tdmrep:reservation={value}", evidence=ev))
    return decided + notes


def _reservation_value(raw: object, *, from_json: bool) -> tuple[str | None, str | None]:
    """``("0"|"1"|None, reason)``: None means unset, with the reason why."""
    if isinstance(raw, bool):  # bool is an int in Python; JSON `true` is not `1`
        return None, f"tdm-reservation must be 0 or 1 (got {_shown(raw)})"
    if isinstance(raw, int) and raw in (0, 1):
        return str(raw), None
    if isinstance(raw, str):
        text = raw.strip()
        if text in ("0", "1"):
            return text, (
                "tdm-reservation is the string " + json.dumps(text) + ", not a number"
                if from_json
                else None
            )
        if len(text) == 3 and text[0] == text[2] == '"' and text[1] in "01":
            return text[1], f"tdm-reservation value is quoted ({text})"
    return None, f"tdm-reservation must be 0 or 1 (got {_shown(raw)}); read as unset"


def _shown(raw: object) -> str:
    return _clip(json.dumps(raw) if not isinstance(raw, str) else repr(raw), 60)


def _clip(text: str, limit: int = _EXCERPT_LIMIT) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _flag(signal_id: str, ev: Evidence, reason: str) -> Signal:
    """A warning signal whose excerpt starts with the reason (extractor convention)."""
    return Signal(
        id=signal_id, evidence=ev.model_copy(update={"excerpt": f"{reason}: {ev.excerpt}"})
    )


# --------------------------------------------------------------------------- location patterns


def location_matches(pattern: str, path: str) -> bool:
    """Does a robots-style location (``*`` any octets, a final ``$`` = end) match `path`?

    The pattern matches when its end is reached before a difference (a prefix match), as
    TDMRep §6.2 a and RFC 9309 §2.2.3 define it. `path` may be a full URL; only its path and
    query are compared. An empty pattern matches nothing.
    """
    if not pattern:
        return False
    wanted = PathPattern(normalise(pattern, decode_unreserved=True))
    return wanted.matches(normalise(_path_of(path), decode_unreserved=True))


def split_url(url: str) -> tuple[str, str]:
    """``(host, path?query)`` of an absolute URL; a bad one (``http://[``) keeps its text."""
    try:
        parts = urlsplit(url)
    except ValueError:  # urlsplit raises on a malformed IPv6 host: not our caller's problem
        return "", url
    return parts.netloc.lower(), (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _path_of(url_or_path: str) -> str:
    if url_or_path.startswith(("http://", "https://", "//")):
        return split_url(url_or_path)[1]
    return url_or_path or "/"


# --------------------------------------------------------------------------- tdmrep.json


def tdmrep_file_signals(
    body: str, *, path: str, source: str = "/.well-known/tdmrep.json"
) -> list[Signal]:
    """Signals of ``/.well-known/tdmrep.json`` for the document at `path`.

    The FIRST rule in array order whose ``location`` matches decides -- "the most specific
    match is the first in sequence" (§6.2 a) -- not the longest, unlike robots.txt; a later,
    longer match is reported as ``tdmrep:shadowed-rule`` so a publisher sees the ordering
    mistake. Entries that cannot be rules (not an object, no string location, a reservation
    that is not 0/1) are reported as ``tdmrep:malformed`` and skipped, so a later valid rule
    can still apply. No matching rule: the reservation is unset and nothing is emitted.
    A top-level object instead of an array is read as a one-rule array, with a warning.
    """
    text = body.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as why:
        line = why.lineno if isinstance(why, json.JSONDecodeError) else None
        return [
            _file_flag(
                "tdmrep:malformed", source, text, line, f"tdmrep.json is not valid JSON ({why})"
            )
        ]
    out: list[Signal] = []
    entries: list[tuple[object, int, str]]
    if isinstance(data, dict):
        out.append(
            _file_flag(
                "tdmrep:non-conformant",
                source,
                text,
                1,
                "tdmrep.json must be an array even for one rule; read as one",
            )
        )
        entries = [(data, 1, text.strip())]
    elif isinstance(data, list):
        entries = _array_entries(text, data)
    else:
        return [
            _file_flag(
                "tdmrep:malformed",
                source,
                text,
                1,
                f"tdmrep.json must be an array of rules (got {type(data).__name__})",
            )
        ]

    chosen: tuple[str, int, object] | None = None  # location, index, value of the deciding rule
    for index, (rule, line, fragment) in enumerate(entries, start=1):
        ev = Evidence(kind="site-file", excerpt=_clip(fragment), path=source, line=line)
        location = rule.get("location") if isinstance(rule, dict) else None
        if not isinstance(rule, dict) or not isinstance(location, str) or not location:
            what = "not an object" if not isinstance(rule, dict) else "no string 'location'"
            out.append(_flag("tdmrep:malformed", ev, f"rule {index} is skipped: {what}"))
            continue
        if not location_matches(location, path):
            continue
        if "tdm-reservation" not in rule:
            out.append(
                _flag(
                    "tdmrep:malformed",
                    ev,
                    f"rule {index} is skipped: 'tdm-reservation' is mandatory",
                )
            )
            continue
        if chosen is not None:
            if len(location) > len(chosen[0]) and rule["tdm-reservation"] != chosen[2]:
                reason = (
                    f"rule {index} ({location!r}) is more specific but rule {chosen[1]} "
                    f"({chosen[0]!r}) comes first and wins; put specific rules first"
                )
                out.append(_flag("tdmrep:shadowed-rule", ev, reason))
            continue
        found = reservation_signals(
            [(rule["tdm-reservation"], ev)],
            [(rule["tdm-policy"], ev)] if "tdm-policy" in rule else [],
            from_json=True,
        )
        out.extend(found)
        if any(s.id.startswith(("tdmrep:reservation=", "tdmrep:reserved")) for s in found):
            chosen = (location, index, rule["tdm-reservation"])
    return out


def _array_entries(text: str, data: list[object]) -> list[tuple[object, int, str]]:
    """Each array element with its line number and exact source text.

    `json` keeps no positions, so the array is walked again with `raw_decode`; the first
    `json.loads` already proved the text valid, so the walk cannot fail.
    """
    decoder = json.JSONDecoder()
    entries: list[tuple[object, int, str]] = []
    pos = text.index("[") + 1
    for _ in data:
        pos = _skip_json_space(text, pos)
        value, end = decoder.raw_decode(text, pos)
        entries.append((value, text.count("\n", 0, pos) + 1, " ".join(text[pos:end].split())))
        pos = _skip_json_space(text, end)
        pos += 1 if pos < len(text) and text[pos] == "," else 0
    return entries


def _skip_json_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _file_flag(signal_id: str, source: str, text: str, line: int | None, reason: str) -> Signal:
    first = " ".join(text.split())[:120]
    excerpt = f"{reason}: {first}" if first else reason
    return Signal(
        id=signal_id, evidence=Evidence(kind="site-file", excerpt=excerpt, path=source, line=line)
    )


# --------------------------------------------------------------------------- consistency

# TDMRep §6.3: each technique supersedes the previous one.
_PRECEDENCE = {"site-file": 0, "header": 1, "meta": 2}
_SOURCE_NAME = {
    "site-file": "tdmrep.json",
    "header": "the tdm-reservation header",
    "meta": "the tdm-reservation meta tag",
}


def tdmrep_consistency(signals: Sequence[Signal]) -> list[Signal]:
    """``consistency:tdmrep-conflict`` when the TDMRep sources of one document disagree.

    TDMRep's own precedence is file < header < meta (§6.3: each later technique supersedes
    the earlier one, and an absent value resets nothing), so per the spec a header ``0``
    lifts a file ``1``. We deliberately do NOT apply that override: every source's finding
    stays, the engine keeps the most restrictive (fail closed -- a publisher who reserved
    rights somewhere is not read as having waived them elsewhere), and the contradiction is
    reported as its own finding, naming what the spec order would have chosen. Two values at
    one source (two header lines) are a conflict too.
    """
    seen: list[tuple[str, Signal]] = []
    for s in signals:
        if s.id in ("tdmrep:reservation=1", "tdmrep:reserved-with-policy"):
            seen.append(("1", s))
        elif s.id == "tdmrep:reservation=0":
            seen.append(("0", s))
    if {v for v, _ in seen} != {"0", "1"}:
        return []
    ordered = sorted(seen, key=lambda vs: _PRECEDENCE.get(vs[1].evidence.kind, -1))
    spec_value, spec_signal = ordered[-1]
    parts = []
    for value, s in ordered:
        where = _SOURCE_NAME.get(s.evidence.kind, s.evidence.kind)
        at = f" line {s.evidence.line}" if s.evidence.line else ""
        parts.append(f"{where}{at} says {value}")
    spec_where = _SOURCE_NAME.get(spec_signal.evidence.kind, spec_signal.evidence.kind)
    excerpt = (
        f"{'; '.join(parts)}. TDMRep precedence (file < header < meta) would take "
        f"{spec_value} from {spec_where}; the checker fails closed and keeps the "
        f"reservation."
    )
    evidence = spec_signal.evidence.model_copy(update={"excerpt": excerpt})
    return [Signal(id="consistency:tdmrep-conflict", evidence=evidence)]
