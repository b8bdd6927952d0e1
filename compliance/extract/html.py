"""HTML pages → visible text with regions, and the page-level signals (STANDARDS.md §8, §11).

Visible text only: scripts, styles, templates and comments are not text, nor are readers'
comment threads and related-article lists (others' words). The footer region is
`<footer>`, elements whose role/class/id says footer, and everything after the last byline.
Signals: robots meta (generic and agent-specific), TDMRep meta, `rel=license` links (Creative
Commons mapped to its licence), RSL `<link>`, schema.org JSON-LD licensing fields; the page's
JSON-LD `copyrightNotice` text is read as a line of its footer.

Parsing uses lexbor through selectolax (≈ 30× BeautifulSoup+lxml, PERF-NOTES.md);
`signals_from_soup` serves users who already hold a BeautifulSoup tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from compliance.extract.html_limits import too_complex
from compliance.extract.licences import cc_token
from compliance.extract.regions import (
    TextView,
    byline_regions,
    closing_and_byline_regions,
    closing_blocks,
)
from compliance.model import Evidence, Problem, Signal

BLOCK_TAGS = (
    "address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,form,h1,h2,h3,"
    "h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul"
)
_BLOCK_NAMES = tuple(BLOCK_TAGS.split(","))
INVISIBLE_TAGS = "script,style,noscript,template,svg,iframe,object"
# (`#colophon` and `.site-info` are WordPress's footer, on themes without a <footer>)
FOOTER_SELECTOR = (
    "footer,[role=contentinfo],[class*=footer i],[id*=footer i],[class*=copyright i],"
    "[id*=copyright i],[id*=colophon i],[class*=colophon i],[class~=site-info i]"
)
HEADER_SELECTOR = "header,[role=banner]"
# Readers' comment threads and lists of other articles: others' words (a reader's "Copying
# is forbidden!", another story's headline), never the page's notice. Class and id tokens
# are matched whole ("comments", not "no-comments-yet" or "commentary").
OTHERS_SELECTOR = ",".join(
    [
        *(
            f"[class~={token} i]"
            for token in (
                "comment",
                "comments",
                "comment-list",
                "commentlist",
                "comment-body",
                "comment-content",
                "comments-area",
                "comment-section",
                "comments-section",
                "related",
                "related-articles",
                "related-posts",
                "related-stories",
            )
        ),
        "[id=comments i]",
        "[id=disqus_thread i]",
        "[itemprop=comment]",
        '[itemtype*="schema.org/Comment"]',
    ]
)
_PAGE_TAGS = frozenset({"html", "body", "main", "article"})
_MARK = {"footer": ("\x02", "\x03"), "header": ("\x04", "\x05")}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# The same characters as bytes: `bytes.translate` deletes them at ~1 GB/s, where the regex
# scanned a 100 KB page at ~225 MB/s (0.39 ms, more than parsing it).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])
_LINE_SPACE = " \t\r\f\v"
# Robots meta names that are not crawler product tokens.
_GENERIC_ROBOTS = {"robots"}


def _meta_evidence(excerpt: str, path: str) -> Evidence:
    return Evidence(kind="meta", excerpt=excerpt[:300], path=path)


def extract_page(html: str) -> tuple[TextView, list[Signal], list[Problem]]:
    """`extract_html`, or no text and a `too-complex` problem for a page over the limits.

    The problem leaves every purpose undetermined: a page we could not read fails closed.
    """
    cleaned = _without_controls(html)
    data = cleaned if isinstance(cleaned, bytes) else cleaned.encode("utf-8", "surrogatepass")
    reason = too_complex(data)
    if reason is not None:
        problem = Problem(code="too-complex", message=f"HTML page not parsed: {reason.message}")
        return TextView(text=""), [], [problem]
    view, signals = _extract(cleaned)
    return view, signals, []


def extract_html(html: str) -> tuple[TextView, list[Signal]]:
    """Visible text with footer/header spans, plus the page's machine-readable signals.

    No complexity limits: for callers that trust the page; documents go through
    `extract_page`.
    """
    return _extract(_without_controls(html))


def _extract(cleaned: str | bytes) -> tuple[TextView, list[Signal]]:
    tree = LexborHTMLParser(cleaned)
    notices: list[str] = []
    signals = list(_head_signals(tree, notices))
    for node in tree.css(INVISIBLE_TAGS):
        node.decompose()
    _drop_others(tree)
    for region, selector in (("footer", FOOTER_SELECTOR), ("header", HEADER_SELECTOR)):
        opening, closing = _MARK[region]
        for node in tree.css(selector):
            node.insert_before(opening)
            node.insert_after(closing)
    # Lexbor's per-tag collections: 0.14 ms per page against 0.20 ms for one selector list.
    for node in (node for name in _BLOCK_NAMES for node in tree.tags(name)):
        opening, closing = BLOCK_MARKS.get(node.tag or "", _LINE)
        node.insert_before(opening)
        node.insert_after(closing)
    root = tree.body or tree.root
    raw = root.text(deep=True, separator="", strip=False) if root is not None else ""
    # The page's copyright notice in its JSON-LD is the publisher's own line, as its footer
    # would be ("copyrightNotice": "Reproduction and AI training prohibited"): read it so.
    unseen = [notice for notice in notices if notice not in raw]
    if unseen:
        opening, closing = _MARK["footer"]
        raw += opening + "\n" + "\n".join(unseen) + "\n" + closing
    return _view_from_marked(raw), signals


# What a block element's text sits between. A list item keeps its bullet, as the page shows
# it ("You may not: • copy … • train AI …" is a lead-in and its items, not a line and a
# paragraph); a table row or a term and its description is one line of cells, "| Republishing
# | Licence required |", as a plain-text table writes it (a cell read as a line of its own
# headed the next row's: every row's status went to the row after it).
_LINE = ("\n", "\n")
BLOCK_MARKS = {
    "li": ("\n\u2022 ", "\n"),
    "tr": ("\n|", "\n"),
    "td": (" ", " |"),
    "th": (" ", " |"),
    "dt": ("\n| ", " |"),
    "dd": (" ", " |\n"),
}


def _drop_others(tree: LexborHTMLParser) -> None:
    """Comment threads and related-article lists leave the text (`OTHERS_SELECTOR`); an
    element that holds the page itself or its footer stays, whatever its class says."""
    others = tree.css(OTHERS_SELECTOR)
    if not others:
        return
    # The footers' ancestors, each walked once (a page of nested footers stays linear).
    holds_footer: set[int] = set()
    for footer in tree.css(FOOTER_SELECTOR):
        node: LexborNode | None = footer
        while node is not None and node.mem_id not in holds_footer:
            holds_footer.add(node.mem_id)
            node = node.parent
    for node in others:
        if node.tag not in _PAGE_TAGS and node.mem_id not in holds_footer:
            node.decompose()


def _without_controls(html: str) -> str | bytes:
    """The page without C0 control characters (lexbor would keep them as text)."""
    try:
        data = html.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: the slow, forgiving path
        return _CONTROL.sub("", html)
    # In UTF-8, bytes below 0x80 only ever encode themselves, so deleting bytes is exact.
    return data.translate(None, _CONTROL_BYTES)


def _tidy_lines(raw: str) -> str:
    """Drop blank lines and the spaces around line breaks, then the outer breaks and spaces.

    The same as `re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*", "\n", raw).strip("\n ")`, which
    cost ~1 ms per 100 KB page; splitting on line breaks is ~10x cheaper.
    """
    parts = raw.split("\n")
    if len(parts) > 1:
        middle = [
            kept for part in parts[1:-1] if (kept := part.strip(_LINE_SPACE)).strip("| ")
        ]  # (a line of bars alone: what a table cell holding blocks leaves)
        raw = "\n".join([parts[0].rstrip(_LINE_SPACE), *middle, parts[-1].lstrip(_LINE_SPACE)])
    raw = raw.strip("\n ")
    # A list item's bullet and its text, one space apart (also "<li><p>…", a block inside).
    return _BULLET_GAP.sub("\u2022 ", raw) if "\u2022" in raw else raw


_BULLET_GAP = re.compile("\u2022[ \t\n]+")


def _view_from_marked(raw: str) -> TextView:
    """Strip the region markers, turning them into spans; tidy blank lines."""
    raw = _tidy_lines(raw)
    spans: dict[str, list[tuple[int, int]]] = {"footer": [], "header": []}
    depth = {"footer": 0, "header": 0}
    opened: dict[str, int] = {}
    # Markers are found with `str.find` (memchr speed): a regex character-class scan for them
    # cost 0.33 ms per 100 KB page, more than parsing it.
    marks: list[tuple[int, str]] = []
    for char in "\x02\x03\x04\x05":
        at = raw.find(char)
        while at != -1:
            marks.append((at, char))
            at = raw.find(char, at + 1)
    marks.sort()
    out: list[str] = []
    pos = 0
    last = 0
    for at, char in marks:
        out.append(raw[last:at])
        pos += at - last
        last = at + 1
        region = "footer" if char in "\x02\x03" else "header"
        if char in "\x02\x04":
            if depth[region] == 0:
                opened[region] = pos
            depth[region] += 1
        elif depth[region] > 0:
            depth[region] -= 1
            if depth[region] == 0:
                spans[region].append((opened[region], pos))
    out.append(raw[last:])
    text = "".join(out) if marks else raw
    for region in ("footer", "header"):
        if depth[region] > 0:
            spans[region].append((opened[region], len(text)))
    # The after-the-byline footer is found only if a footer rule needs it (regions.py); a
    # page whose markup names no footer gets its closing blocks.
    if spans["footer"]:
        return TextView(
            text=text,
            footer=tuple(spans["footer"]),
            header=tuple(spans["header"]),
            derive=byline_regions,
        )
    return TextView(
        text=text,
        header=tuple(spans["header"]),
        derive=closing_and_byline_regions,
        closing=closing_blocks,
    )


def _head_signals(tree: LexborHTMLParser, notices: list[str]) -> Iterator[Signal]:
    """The page's machine-readable signals; the prose of its JSON-LD notices goes to
    `notices`."""
    for meta in tree.css("meta[name]"):
        attributes = meta.attributes
        name = (attributes.get("name") or "").strip()
        if not name:
            continue
        lowered = name.lower()
        # Most metas (viewport, og:*, description) carry no signal: skip them before paying
        # for their serialisation as evidence.
        tdm = lowered in ("tdm-reservation", "tdm-policy")
        if not (tdm or lowered in _GENERIC_ROBOTS or _looks_like_agent(name)):
            continue
        content = (attributes.get("content") or "").strip()
        excerpt = meta.html or f'<meta name="{name}" content="{content}">'
        if tdm:
            key = "reservation" if lowered == "tdm-reservation" else "policy"
            value = content if key == "reservation" else ""
            sid = f"tdmrep:{key}" + (f"={value}" if value else "")
            yield Signal(id=sid, evidence=_meta_evidence(excerpt, "meta[name=" + name + "]"))
            continue
        agent = None if lowered in _GENERIC_ROBOTS else name
        yield from _robots_directives(content, agent, excerpt, name)
    for link in tree.css("link[rel], a[rel]"):
        rels = (link.attributes.get("rel") or "").lower().split()
        href = (link.attributes.get("href") or "").strip()
        if "license" not in rels or not href:
            continue
        excerpt = (link.html or href)[:300]
        kind = "link"
        ltype = (link.attributes.get("type") or "").lower()
        if ltype == "application/rsl+xml":
            yield Signal(
                id="rsl:license-url", evidence=Evidence(kind=kind, excerpt=href, path="link")
            )
            continue
        yield from _licence_signals(href, Evidence(kind=kind, excerpt=excerpt, path=link.tag))
    for script in tree.css('script[type="application/ld+json"]'):
        yield from _json_ld_signals(script.text(deep=True, separator="", strip=True), notices)


_AGENT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*(?:bot|Bot|BOT|-[A-Za-z]+|ai)")


def _looks_like_agent(name: str) -> bool:
    """Agent-specific robots meta: `<meta name="GPTBot" content="noai">` (product token)."""
    return bool(_AGENT_NAME.fullmatch(name)) and (
        name.lower() not in {"viewport", "description", "keywords", "author", "generator"}
    )


_DIRECTIVE = re.compile(r"^[a-z][a-z-]*(?::\s*-?\d+|:\s*[a-z-]+)?$")


def _robots_directives(
    content: str, agent: str | None, excerpt: str, name: str
) -> Iterator[Signal]:
    for raw in content.split(","):
        directive = re.sub(r"\s+", "", raw.strip().lower())
        if not directive:
            continue
        if ":" in directive:
            key, _, value = directive.partition(":")
            sid = f"robots-meta:{key}={value}"
        else:
            sid = f"robots-meta:{directive}"
        if not _DIRECTIVE.match(raw.strip().lower()):
            sid = "robots-meta:unrecognised"
        yield Signal(id=sid, agent=agent, evidence=_meta_evidence(excerpt, f"meta[name={name}]"))


def _licence_signals(url: str, evidence: Evidence) -> Iterator[Signal]:
    token = cc_token(url)
    if token:
        yield Signal(id=f"cc:{token}", evidence=evidence)
    else:
        yield Signal(id="link:license", evidence=evidence)


def _walk_json(value: Any, media: bool = False) -> Iterable[tuple[dict[str, Any], bool]]:
    """Every object of a JSON-LD tree, and whether it describes an embedded thing (an image,
    a video, a logo) rather than the page: an image's notice is not the page's."""
    stack = [(value, media)]
    while stack:  # (iterative: a hostile tree may nest thousands deep)
        node, inside = stack.pop()
        if isinstance(node, dict):
            yield node, inside
            stack.extend(
                (child, inside or key in _MEDIA_KEYS) for key, child in reversed(node.items())
            )
        elif isinstance(node, list):
            stack.extend((child, inside) for child in reversed(node))


# schema.org properties whose value is an embedded thing, not the page's content.
_MEDIA_KEYS = frozenset(
    {"image", "video", "audio", "associatedMedia", "thumbnail", "logo", "primaryImageOfPage"}
)
_NOTICE_MAX = 2000  # characters of one JSON-LD notice read as text
_NOTICES_MAX = 8  # JSON-LD notices of one page read as text


def _json_ld_signals(body: str, notices: list[str]) -> Iterator[Signal]:
    if not body:
        return
    try:
        data = json.loads(body)
    except ValueError:
        yield Signal(
            id="schema-org:malformed",
            evidence=Evidence(kind="json-ld", excerpt=body[:200], path="script[ld+json]"),
        )
        return
    for obj, media in _walk_json(data):
        for key in ("license", "usageInfo", "copyrightNotice", "isAccessibleForFree"):
            if key not in obj:
                continue
            value = obj[key]
            values = value if isinstance(value, list) else [value]
            for item in values:
                text = item.get("url") or item.get("@id") if isinstance(item, dict) else item
                text = str(text) if text is not None else ""
                evidence = Evidence(
                    kind="json-ld",
                    excerpt=f'"{key}": {json.dumps(item)[:250]}',
                    path=f"json-ld.{key}",
                )
                if key == "license":
                    token = cc_token(text)
                    sid = f"cc:{token}" if token else "schema-org:license"
                elif key == "usageInfo":
                    sid = "schema-org:usage-info"
                elif key == "copyrightNotice":
                    sid = "schema-org:copyright-notice"
                    if not media and isinstance(item, str) and len(notices) < _NOTICES_MAX:
                        notices.append(" ".join(item.split())[:_NOTICE_MAX])
                else:
                    free = str(item).strip().lower()
                    flag = "false" if free in ("false", "0", "no") else "true"
                    sid = f"schema-org:is-accessible-for-free={flag}"
                yield Signal(id=sid, evidence=evidence)
