"""HTML pages → visible text with regions, and the page-level signals (STANDARDS.md §8, §11).

Visible text only: scripts, styles, templates and comments are not text. The footer region is
`<footer>`, elements whose role/class/id says footer, and everything after the last byline.
Signals: robots meta (generic and agent-specific), TDMRep meta, `rel=license` links (Creative
Commons mapped to its licence), RSL `<link>`, schema.org JSON-LD licensing fields.

Parsing uses lexbor through selectolax (≈ 30× BeautifulSoup+lxml, PERF-NOTES.md);
`signals_from_soup` serves users who already hold a BeautifulSoup tree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from compliance.extract.licences import cc_token
from compliance.extract.regions import TextView, after_last_byline
from compliance.model import Evidence, Signal

BLOCK_TAGS = (
    "address,article,aside,blockquote,br,dd,div,dl,dt,figcaption,figure,footer,form,h1,h2,h3,"
    "h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,td,th,tr,ul"
)
INVISIBLE_TAGS = "script,style,noscript,template,svg,iframe,object"
FOOTER_SELECTOR = (
    "footer,[role=contentinfo],[class*=footer i],[id*=footer i],[class*=copyright i],"
    "[id*=copyright i]"
)
HEADER_SELECTOR = "header,[role=banner]"
_MARK = {"footer": ("\x02", "\x03"), "header": ("\x04", "\x05")}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BLANKS = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*")
# Robots meta names that are not crawler product tokens.
_GENERIC_ROBOTS = {"robots"}


def _meta_evidence(excerpt: str, path: str) -> Evidence:
    return Evidence(kind="meta", excerpt=excerpt[:300], path=path)


def extract_html(html: str) -> tuple[TextView, list[Signal]]:
    """Visible text with footer/header spans, plus the page's machine-readable signals."""
    tree = LexborHTMLParser(_CONTROL.sub("", html))
    signals = list(_head_signals(tree))
    for node in tree.css(INVISIBLE_TAGS):
        node.decompose()
    for region, selector in (("footer", FOOTER_SELECTOR), ("header", HEADER_SELECTOR)):
        opening, closing = _MARK[region]
        for node in tree.css(selector):
            node.insert_before(opening)
            node.insert_after(closing)
    for node in tree.css(BLOCK_TAGS):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body or tree.root
    raw = root.text(deep=True, separator="", strip=False) if root is not None else ""
    return _view_from_marked(raw), signals


def _view_from_marked(raw: str) -> TextView:
    """Strip the region markers, turning them into spans; tidy blank lines."""
    raw = _BLANKS.sub("\n", raw).strip("\n ")
    out: list[str] = []
    spans: dict[str, list[tuple[int, int]]] = {"footer": [], "header": []}
    depth = {"footer": 0, "header": 0}
    opened: dict[str, int] = {}
    pos = 0
    last = 0
    for match in re.finditer(r"[\x02-\x05]", raw):
        out.append(raw[last : match.start()])
        pos += match.start() - last
        last = match.end()
        char = match.group()
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
    text = "".join(out)
    for region in ("footer", "header"):
        if depth[region] > 0:
            spans[region].append((opened[region], len(text)))
    byline = after_last_byline(text)
    if byline:
        spans["footer"].append(byline)
    return TextView(text=text, footer=tuple(spans["footer"]), header=tuple(spans["header"]))


def _head_signals(tree: LexborHTMLParser) -> Iterator[Signal]:
    for meta in tree.css("meta[name]"):
        name = (meta.attributes.get("name") or "").strip()
        content = (meta.attributes.get("content") or "").strip()
        if not name:
            continue
        lowered = name.lower()
        excerpt = meta.html or f'<meta name="{name}" content="{content}">'
        if lowered in ("tdm-reservation", "tdm-policy"):
            key = "reservation" if lowered == "tdm-reservation" else "policy"
            value = content if key == "reservation" else ""
            sid = f"tdmrep:{key}" + (f"={value}" if value else "")
            yield Signal(id=sid, evidence=_meta_evidence(excerpt, "meta[name=" + name + "]"))
            continue
        if lowered in _GENERIC_ROBOTS or _looks_like_agent(name):
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
        yield from _json_ld_signals(script.text(deep=True, separator="", strip=True))


def _looks_like_agent(name: str) -> bool:
    """Agent-specific robots meta: `<meta name="GPTBot" content="noai">` (product token)."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*(?:bot|Bot|BOT|-[A-Za-z]+|ai)", name)) and (
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


def _walk_json(value: Any) -> Iterable[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for child in value.values():
            yield from _walk_json(child)
    elif isinstance(value, list):
        for child in value:
            yield from _walk_json(child)


def _json_ld_signals(body: str) -> Iterator[Signal]:
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
    for obj in _walk_json(data):
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
                else:
                    free = str(item).strip().lower()
                    flag = "false" if free in ("false", "0", "no") else "true"
                    sid = f"schema-org:is-accessible-for-free={flag}"
                yield Signal(id=sid, evidence=evidence)
