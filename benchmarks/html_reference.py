"""Reference HTML extraction with BeautifulSoup + lxml: the baseline and the oracle.

A deliberately straightforward implementation of what `compliance.extract.html.extract_html`
computes (visible text with footer/header regions, robots/TDMRep metas, `rel=license` links,
JSON-LD licensing), walking the soup node by node. `benchmarks/run.py` times it as the
BeautifulSoup+lxml baseline; `tests/test_html_extract.py` proves the fast path gives the
same results on fixture pages.
"""

from __future__ import annotations

import re
from typing import Any

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, Tag
from bs4.element import ProcessingInstruction

from compliance.extract import html as fast
from compliance.extract.regions import TextView, after_last_byline, closing_and_byline_regions
from compliance.model import Evidence, Signal

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_BAR_LINES = re.compile(r"\n[ \t\r\f\v|]*\|[ \t\r\f\v|]*(?=\n)")
_BLANKS = re.compile(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*")
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
_BLOCKS = frozenset(fast.BLOCK_TAGS.split(","))
_INVISIBLE = fast.INVISIBLE_TAGS.split(",")


def extract_html_reference(html: str, parser: str = "lxml") -> tuple[TextView, list[Signal]]:
    """Visible text with regions and signals, the slow and obvious way."""
    soup = BeautifulSoup(_CONTROL.sub("", html), parser)
    notices: list[str] = []
    signals = _signals(soup, notices)
    for tag in soup.find_all(_INVISIBLE):
        tag.decompose()
    footers = {id(tag) for tag in soup.select(fast.FOOTER_SELECTOR)}
    for tag in soup.select(fast.OTHERS_SELECTOR):
        holds_footer = id(tag) in footers or tag.select_one(fast.FOOTER_SELECTOR) is not None
        if tag.name not in fast._PAGE_TAGS and not holds_footer:
            tag.decompose()
    marks: dict[int, tuple[str, str]] = {}
    for region, selector in (("footer", fast.FOOTER_SELECTOR), ("header", fast.HEADER_SELECTOR)):
        for tag in soup.select(selector):
            opening, closing = fast._MARK[region]
            before, after = marks.get(id(tag), ("", ""))
            marks[id(tag)] = (before + opening, closing + after)
    pieces: list[str] = []
    root = soup.body or soup
    _walk(root, pieces, marks, top=True)
    # the JSON-LD copyright notices not on the page are read as a footer line of their own
    unseen = [notice for notice in notices if notice not in "".join(pieces)]
    if unseen:
        pieces += [fast._MARK["footer"][0], "\n", "\n".join(unseen), "\n", fast._MARK["footer"][1]]
    raw = _BAR_LINES.sub("\n", "".join(pieces))  # a table cell's blocks leave bars alone
    raw = _BLANKS.sub("\n", raw).strip("\n ")
    raw = re.sub("\u2022[ \t\n]+", "\u2022 ", raw)  # a list item's bullet, one space
    return _view(raw), signals


def _walk(node: Tag, out: list[str], marks: dict[int, tuple[str, str]], top: bool) -> None:
    before, after = marks.get(id(node), ("", ""))
    block = node.name in _BLOCKS and not top
    # Markers go outside the block's line breaks, as lexbor's sibling insertions put them.
    out.append(before)
    opening, closing = fast.BLOCK_MARKS.get(node.name, ("\n", "\n"))
    if block:
        out.append(opening)
    for child in node.children:
        if isinstance(child, Tag):
            _walk(child, out, marks, top=False)
        elif isinstance(child, NavigableString) and not isinstance(child, _NOT_TEXT):
            out.append(str(child))
    if block:
        out.append(closing)
    out.append(after)


def _view(raw: str) -> TextView:
    spans: dict[str, list[tuple[int, int]]] = {"footer": [], "header": []}
    depth = {"footer": 0, "header": 0}
    opened: dict[str, int] = {}
    out: list[str] = []
    pos = last = 0
    for match in re.finditer(r"[\x02-\x05]", raw):
        out.append(raw[last : match.start()])
        pos += match.start() - last
        last = match.end()
        region = "footer" if match.group() in "\x02\x03" else "header"
        if match.group() in "\x02\x04":
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
    if not spans["footer"]:
        # (no footer in the markup: the closing lines plain text has, then the byline's)
        footer, _ = closing_and_byline_regions(text)
        return TextView(text=text, footer=footer, header=tuple(spans["header"]))
    byline = after_last_byline(text)
    if byline:
        spans["footer"].append(byline)
    return TextView(text=text, footer=tuple(spans["footer"]), header=tuple(spans["header"]))


def _signals(soup: Any, notices: list[str]) -> list[Signal]:
    signals: list[Signal] = []
    for meta in soup.find_all("meta", attrs={"name": True}):
        name = (meta.get("name") or "").strip()
        content = (meta.get("content") or "").strip()
        if not name:
            continue
        lowered = name.lower()
        excerpt = str(meta)
        if lowered in ("tdm-reservation", "tdm-policy"):
            key = "reservation" if lowered == "tdm-reservation" else "policy"
            value = content if key == "reservation" else ""
            sid = f"tdmrep:{key}" + (f"={value}" if value else "")
            path = "meta[name=" + name + "]"
            signals.append(
                Signal(id=sid, evidence=Evidence(kind="meta", excerpt=excerpt, path=path))
            )
        elif lowered == "robots" or fast._looks_like_agent(name):
            agent = None if lowered == "robots" else name
            signals.extend(fast._robots_directives(content, agent, excerpt, name))
    for link in soup.find_all(["link", "a"], attrs={"rel": True}):
        rel = link.get("rel")
        rels = [r.lower() for r in (rel if isinstance(rel, list) else str(rel).split())]
        href = (link.get("href") or "").strip()
        if "license" not in rels or not href:
            continue
        if (link.get("type") or "").lower() == "application/rsl+xml":
            evidence = Evidence(kind="link", excerpt=href, path="link")
            signals.append(Signal(id="rsl:license-url", evidence=evidence))
            continue
        evidence = Evidence(kind="link", excerpt=str(link)[:300], path=link.name)
        signals.extend(fast._licence_signals(href, evidence))
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        signals.extend(fast._json_ld_signals(script.get_text().strip(), notices))
    return signals
