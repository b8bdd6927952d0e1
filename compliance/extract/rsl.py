"""Extraction stage: an RSL 1.0 licence document -> signals (STANDARDS.md §7 + Corrections).

What it detects: Really Simple Licensing (``application/rsl+xml``, namespace
``https://rslstandard.org/rsl``), the XML licence a site declares through robots.txt
``License:``, a ``Link: <...>; rel="license"`` header or HTML ``<link>`` / inline
``<script type="application/rsl+xml">``. Why it matters: RSL is the publisher's own statement
of which automated uses are licensed, prohibited, or licensed against payment or attribution.

Example::

    >>> xml = ('<rsl xmlns="https://rslstandard.org/rsl"><content url="/"><license>'
    ...        '<permits type="usage">search</permits></license></content></rsl>')
    >>> [s.id for s in rsl_signals(xml, source="/rsl.xml") if s.id.startswith("rsl:ai-train")]
    ['rsl:ai-train=not-granted']

How it reads a document for one path:

1. the ``<content>`` whose ``url`` is the most specific (longest) RFC 9309 pattern matching the
   path is chosen; several equally specific ones are all read and the engine keeps the most
   restrictive outcome (§7.2 "genuine conflicts => most restrictive combination");
2. each ``<license>`` is one offer. Its ``<permits type="usage">`` is a closed list *for that
   licence* (Corrections #3): a use it omits is not granted by it, but another licence of the
   same content may grant it. ``<prohibits>`` beats ``<permits>``, within a licence and across
   licences. A licence naming no use at all (only payment or terms) is a blanket licence for
   every use; one that only prohibits says nothing about the other uses (silence is never a
   grant, DESIGN.md §2);
3. the licence's ``<payment>`` becomes conditions: ``attribution`` -> attribution, ``free`` ->
   none, anything else -- priced, ``royalty``, ``training``, ``subscription``, ``use``, an
   unknown type, or no type at all (Corrections: never read a typeless payment as free) ->
   payment. ``<permits type="user">`` without ``commercial`` -> non-commercial;
4. per purpose (``search``, ``ai-train``, ``ai-input``, ``ai-index``) the least demanding grant
   among the licences is the user's best offer.

The per-purpose result comes out as ONE outcome signal family so that the YAML pack maps ids to
effects without re-implementing the closed-enumeration logic:
``rsl:<purpose>=prohibit | not-granted | permit | permit-with-attribution |
permit-with-payment | permit-with-non-commercial`` (one ``permit-with-*`` per condition; the
engine merges conditions of equal verdicts). The raw facts (``rsl:permits=<token>``,
``rsl:prohibits=<token>``, ``rsl:payment=attribution|payment|free``) come out too, for user
packs and reviewers, as do warnings: ``rsl:server-token-required``, ``rsl:alias``,
``rsl:unknown-token``, ``rsl:namespace-missing``, ``rsl:non-conformant``,
``rsl:no-matching-content``, ``rsl:terms``. XML that does not parse is ``rsl:malformed``;
a declared licence that could not be fetched is ``rsl:unreadable`` (`rsl_fetch_signals`);
both make the AI purposes undetermined (DESIGN.md §7, ``rsl-unreadable``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from compliance.extract.licences import cc_token
from compliance.extract.tdmrep import location_matches, split_url
from compliance.model import Evidence, Signal, SiteFile

__all__ = ["RSL_NAMESPACE", "rsl_fetch_signals", "rsl_signals"]

RSL_NAMESPACE = "https://rslstandard.org/rsl"

# Usage tokens (§7.1) and the purposes each one covers. RSL does not govern crawling access,
# republication or archiving, so those purposes are never decided here.
_USAGE: dict[str, tuple[str, ...]] = {
    "all": ("search", "ai-train", "ai-input", "ai-index"),
    "ai-all": ("ai-train", "ai-input", "ai-index"),
    "ai-train": ("ai-train",),
    "ai-input": ("ai-input",),
    "ai-index": ("ai-index",),
    "search": ("search",),
}
_PURPOSES = ("search", "ai-train", "ai-input", "ai-index")
# The official guide "RSL and AI Preferences" itself writes the aipref label (Corrections #5).
_ALIASES = {"train-ai": "ai-train"}
_USER_TOKENS = frozenset({"commercial", "non-commercial", "education", "government", "personal"})
_PAYMENT_TYPES = frozenset(
    {"purchase", "subscription", "training", "crawl", "use", "contribution", "attribution", "free"}
)
_KNOWN_ELEMENTS = frozenset(
    {
        "rsl",
        "content",
        "license",
        "permits",
        "prohibits",
        "payment",
        "standard",
        "custom",
        "amount",
        "accepts",
        "reporting",
        "legal",
        "schema",
        "alternate",
        "copyright",
        "terms",
    }
)
_EXCERPT_LIMIT = 300
_XMLNS = re.compile(r'\s+xmlns(?::[\w.-]+)?="[^"]*"')


def _parser() -> etree.XMLParser:
    # No network, no DTD loading, no entity expansion (billion laughs, XXE), size limits on.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
    )


def rsl_fetch_signals(site_file: SiteFile) -> list[Signal]:
    """``rsl:unreadable`` for a declared licence that could not be fetched, else nothing.

    A non-2xx status, a transport error or a missing body all count: RSL says a client that
    cannot obtain the document treats the asset as unlicensed, DESIGN.md §7 reads that as
    AI purposes undetermined (``rsl-unreadable``), never as allowed. A readable file gives
    no signal here; pass its body to `rsl_signals`.
    """
    where = site_file.url or "RSL licence"
    if site_file.error:
        reason = f"the RSL licence could not be fetched ({site_file.error})"
    elif site_file.status is not None and not 200 <= site_file.status < 300:
        reason = f"the RSL licence answered HTTP {site_file.status}"
    elif site_file.body is None:
        reason = "the RSL licence has no body"
    else:
        return []
    return [
        Signal(
            id="rsl:unreadable",
            evidence=Evidence(kind="fetch", excerpt=f"{reason}: {where}", path=where),
        )
    ]


@dataclass
class _Licence:
    """What one ``<license>`` says, reduced to purposes."""

    element: etree._Element
    permits: dict[str, etree._Element] = field(default_factory=dict)  # purpose -> element
    prohibits: dict[str, etree._Element] = field(default_factory=dict)
    closed: bool = False  # has a usage <permits>: the list is a closed enumeration
    conditions: dict[str, etree._Element] = field(default_factory=dict)  # token -> evidence

    @property
    def blanket(self) -> bool:
        """Names no use at all, so it licenses every use under its payment terms."""
        return not self.closed and not self.prohibits


class _Reader:
    """One pass over one document; collects signals as it goes."""

    def __init__(self, source: str, kind: str) -> None:
        self.source = source
        self.kind = kind
        self.out: list[Signal] = []
        self.ns: str | None = RSL_NAMESPACE

    def emit(
        self, signal_id: str, el: etree._Element | None, note: str = "", line: int | None = None
    ) -> None:
        excerpt = _fragment(el) if el is not None else ""
        if note:
            excerpt = f"{note}: {excerpt}" if excerpt else note
        if el is not None:
            line = el.sourceline
        self.out.append(
            Signal(
                id=signal_id,
                evidence=Evidence(
                    kind=self.kind,
                    excerpt=excerpt or signal_id,
                    path=self.source,
                    line=line if isinstance(line, int) else None,
                ),
            )
        )

    def children(self, el: etree._Element, name: str) -> Iterator[etree._Element]:
        for child in el:
            if isinstance(child.tag, str) and child.tag == self.tag(name):
                yield child

    def tag(self, name: str) -> str:
        return f"{{{self.ns}}}{name}" if self.ns else name

    def local(self, el: etree._Element) -> str | None:
        """Local name of an RSL element; None for foreign elements, entities and the like."""
        if not isinstance(el.tag, str):
            return None
        qname = etree.QName(el)
        return str(qname.localname) if qname.namespace == self.ns else None


def rsl_signals(
    body: str, *, path: str = "/", source: str, evidence_kind: str = "site-file"
) -> list[Signal]:
    """Signals of one RSL document for the asset at `path` (a path or a full URL).

    `source` is the document's URL or snapshot file (evidence ``path``); `evidence_kind` is
    ``site-file`` for fetched licences and ``html`` for an inline ``<script>``. Never raises.
    """
    reader = _Reader(source, evidence_kind)
    try:
        root = etree.fromstring(body.removeprefix("\ufeff").encode("utf-8"), _parser())
    except etree.XMLSyntaxError as why:
        line = why.lineno if isinstance(why.lineno, int) else None
        reader.emit(
            "rsl:malformed", None, f"the RSL document is not well-formed XML ({why.msg})", line=line
        )
        return reader.out
    except ValueError as why:  # e.g. a lone surrogate that cannot be encoded
        reader.emit("rsl:malformed", None, f"the RSL document cannot be read ({why})")
        return reader.out
    if root is None or not isinstance(root.tag, str):
        reader.emit("rsl:malformed", None, "the RSL document has no root element")
        return reader.out

    qname = etree.QName(root)
    if qname.localname == "rsl" and qname.namespace != RSL_NAMESPACE:
        # Tolerated (lenient with the world's data) but reported: a consumer that checks the
        # namespace, as the spec requires, would not recognise this document at all.
        reader.ns = qname.namespace
        found = f"namespace {qname.namespace!r}" if qname.namespace else "no namespace"
        reader.emit(
            "rsl:namespace-missing",
            root,
            f'<rsl> has {found}, not xmlns="{RSL_NAMESPACE}"; read anyway',
        )
        contents = list(reader.children(root, "content"))
    elif qname.localname == "rsl":
        contents = list(reader.children(root, "content"))
    else:
        # An RSS feed or another host document carries <rsl:content> elements (§7.2).
        contents = [el for el in root.iter(f"{{{RSL_NAMESPACE}}}content")]
        if not contents:
            reader.emit(
                "rsl:malformed",
                root,
                f"no <rsl> root and no RSL <content> (root is <{qname.localname}>)",
            )
            return reader.out
    _flag_unknown_elements(reader, root)
    if not contents:
        reader.emit("rsl:non-conformant", root, "<rsl> holds no <content>")
        return reader.out

    chosen = _most_specific(contents, path)
    if not chosen:
        urls = ", ".join(repr(c.get("url")) for c in contents[:5])
        reader.emit(
            "rsl:no-matching-content",
            root,
            f"no <content url> covers {path!r} (urls: {urls}); RSL says nothing here",
        )
        return reader.out
    for content in chosen:
        _read_content(reader, content)
    return reader.out


def _most_specific(contents: list[etree._Element], path: str) -> list[etree._Element]:
    """The matching ``<content>`` elements with the longest ``url`` pattern (RFC 9309 style)."""
    target_host = split_url(path)[0] if "://" in path else None
    best: list[etree._Element] = []
    best_len = -1
    for content in contents:
        url = (content.get("url") or "").strip()
        pattern = url
        if "://" in url:
            host, pattern = split_url(url)
            # Hosts are compared only when the caller gave a full URL; a bare path cannot
            # tell us the host, and refusing every absolute `url` would lose real licences.
            if target_host is not None and host != target_host:
                continue
        # url="" (page-level <script>) means "the scope of this association": it matches,
        # as generally as "/" does.
        length = len(pattern) if pattern else 1
        if pattern and not location_matches(pattern, path):
            continue
        if length > best_len:
            best, best_len = [content], length
        elif length == best_len:
            best.append(content)
    return best


def _read_content(reader: _Reader, content: etree._Element) -> None:
    if content.get("server"):
        # §7.1: with a licence server the client must obtain a token even for free licences.
        reader.emit(
            "rsl:server-token-required",
            content,
            f"licence token required from {content.get('server')}",
        )
    for terms in reader.children(content, "terms"):
        reader.emit("rsl:terms", terms)
        # Terms that are a Creative Commons licence (Stack Overflow's real file) are the
        # asset's licence: the same `cc:<licence>` signal as a rel=license link.
        token = cc_token((terms.text or "").strip())
        if token:
            reader.emit(f"cc:{token}", terms)
    licences = [_read_licence(reader, el) for el in reader.children(content, "license")]
    if not licences:
        # §3.3 requires one; with none, RSL grants nothing here (Stack Overflow's real file).
        reader.emit("rsl:non-conformant", content, "<content> has no <license>")
        return
    for purpose in _PURPOSES:
        _emit_outcome(reader, purpose, licences)


def _read_licence(reader: _Reader, el: etree._Element) -> _Licence:
    licence = _Licence(element=el)
    seen_types: dict[tuple[str, str | None], int] = {}
    user_permits: set[str] | None = None
    user_el: etree._Element = el
    for child in el:
        name = reader.local(child)
        if name not in ("permits", "prohibits", "payment"):
            continue
        if name == "payment":
            _read_payment(reader, licence, child)
            continue
        kind = child.get("type")
        key = (name, kind)
        seen_types[key] = seen_types.get(key, 0) + 1
        if seen_types[key] == 2:
            reader.emit(
                "rsl:non-conformant",
                child,
                f"more than one <{name} type={kind!r}> in one licence; read together",
            )
        tokens = _tokens(reader, child)
        if kind is None:
            reader.emit("rsl:non-conformant", child, f"<{name}> has no type; read as usage")
            kind = "usage"
        if kind == "usage":
            _read_usage(reader, licence, child, name, tokens)
        elif kind == "user":
            users = {t for t in tokens if t in _USER_TOKENS}
            if name == "permits":
                user_permits, user_el = (user_permits or set()) | users, child
            elif "commercial" in users:
                licence.conditions["non-commercial"] = child
        elif kind != "geo":
            # Pre-1.0 types (`application`) are not defined by 1.0: reported, not guessed at.
            reader.emit("rsl:non-conformant", child, f"unknown <{name}> type {kind!r}; ignored")
    if user_permits is not None and "commercial" not in user_permits:
        licence.conditions.setdefault("non-commercial", user_el)
    return licence


def _tokens(reader: _Reader, el: etree._Element) -> list[str]:
    """Space-separated tokens; commas are accepted too, with a warning (§7.3)."""
    text = (el.text or "") + "".join(c.tail or "" for c in el)
    if "," in text:
        reader.emit("rsl:non-conformant", el, "tokens are separated by commas, not spaces")
    return [t.lower() for t in re.split(r"[\s,]+", text) if t]


def _read_usage(
    reader: _Reader, licence: _Licence, el: etree._Element, name: str, tokens: list[str]
) -> None:
    if name == "permits":
        licence.closed = True
    target = licence.permits if name == "permits" else licence.prohibits
    for token in tokens:
        if token in _ALIASES:
            reader.emit(
                "rsl:alias", el, f"{token!r} is the aipref label; read as RSL {_ALIASES[token]!r}"
            )
            token = _ALIASES[token]
        if token not in _USAGE:
            reader.emit("rsl:unknown-token", el, f"{token!r} is not an RSL usage token")
            continue
        reader.emit(f"rsl:{name}={token}", el)
        for purpose in _USAGE[token]:
            target.setdefault(purpose, el)


def _read_payment(reader: _Reader, licence: _Licence, el: etree._Element) -> None:
    kind = (el.get("type") or "").strip().lower()
    if kind == "free":
        reader.emit("rsl:payment=free", el)
        return
    if kind == "attribution":
        reader.emit("rsl:payment=attribution", el)
        licence.conditions.setdefault("attribution", el)
        return
    if kind and kind not in _PAYMENT_TYPES:
        reader.emit("rsl:non-conformant", el, f"payment type {kind!r} is not an RSL 1.0 type")
    # Priced, royalty, training, subscription, use ... and a payment with no type at all: the
    # Corrections say never to read a typeless payment as free, so it is a payment condition.
    reader.emit("rsl:payment=payment", el)
    licence.conditions.setdefault("payment", el)


def _emit_outcome(reader: _Reader, purpose: str, licences: list[_Licence]) -> None:
    prohibited = [lic.prohibits[purpose] for lic in licences if purpose in lic.prohibits]
    if prohibited:
        reader.emit(f"rsl:{purpose}=prohibit", prohibited[0])
        return
    grants = [lic for lic in licences if purpose in lic.permits or lic.blanket]
    if not grants:
        closed = [lic for lic in licences if lic.closed]
        if closed:
            # Every enumerating licence omits this use, and no blanket licence covers it.
            first = next(iter(closed[0].permits.values()), closed[0].element)
            reader.emit(
                f"rsl:{purpose}=not-granted",
                first,
                f"no licence of this content lists {purpose} (closed enumeration)",
            )
        # Else the licences only prohibit other uses: silence, which is never a grant.
        return
    # Several licences are alternative offers: the user may take the least demanding one.
    best = min(grants, key=lambda lic: ("payment" in lic.conditions, len(lic.conditions)))
    decisive = best.permits.get(purpose, best.element)
    if not best.conditions:
        reader.emit(f"rsl:{purpose}=permit", decisive)
    for condition, el in sorted(best.conditions.items()):
        reader.emit(
            f"rsl:{purpose}=permit-with-{condition}",
            el,
            f"{purpose} licensed on condition of {condition}",
        )


def _flag_unknown_elements(reader: _Reader, root: etree._Element) -> None:
    """Unknown elements in the RSL namespace make a document non-conformant (§7.1);
    foreign-namespace elements are ignored."""
    reported: set[str] = set()
    inside_unknown: set[etree._Element] = set()
    for el in root.iter():
        name = reader.local(el)
        parent = el.getparent()
        if parent is not None and parent in inside_unknown:
            inside_unknown.add(el)  # children of an unknown element are not reported again
            continue
        if name is not None and name not in _KNOWN_ELEMENTS:
            inside_unknown.add(el)
            if name not in reported:
                reported.add(name)
                reader.emit("rsl:non-conformant", el, f"<{name}> is not an RSL 1.0 element")


def _fragment(el: etree._Element) -> str:
    """The element as XML without namespace noise, whitespace collapsed, clipped."""
    text = etree.tostring(el, encoding="unicode", with_tail=False)
    text = " ".join(_XMLNS.sub("", str(text)).split())
    return text if len(text) <= _EXCERPT_LIMIT else text[: _EXCERPT_LIMIT - 1] + "…"
