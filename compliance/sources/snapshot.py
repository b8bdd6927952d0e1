"""Site snapshots (DESIGN.md §3): what a fetch saw, re-checked offline as of `observed_at`.

Layout:
    DIR/site.json          {"origin", "observed_at", "files": {"robots.txt": {"status", "url"}}}
    DIR/robots.txt                body as fetched (absent when the status was not 2xx)
    DIR/.well-known/tdmrep.json
    DIR/rsl/<sha256>.xml          with its URL in site.json ("rsl/<sha256>.xml": {"status", "url"})
    DIR/pages/<n>/url.txt, headers.txt (status line + `Name: value` lines), body
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from compliance.errors import InputError
from compliance.model import Document, ErrorEntry, Site, SiteFile
from compliance.sources.decoding import decode


def _site_json(directory: Path) -> dict[str, Any]:
    meta = directory / "site.json"
    if not meta.is_file():
        raise InputError(f"{directory}: not a site snapshot (site.json is missing)")
    try:
        data = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{meta}: unreadable site.json: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{meta}: site.json must be an object")
    return data


def _file(directory: Path, name: str, info: dict[str, Any] | None) -> SiteFile | None:
    path = directory / name
    if info is None and not path.is_file():
        return None
    info = info or {}
    body = path.read_text("utf-8", errors="replace") if path.is_file() else None
    return SiteFile(
        url=info.get("url"), status=info.get("status"), body=body, error=info.get("error")
    )


def read_site(directory: Path) -> Site:
    """The site-level files of a snapshot (robots.txt, tdmrep.json, RSL licences)."""
    data = _site_json(directory)
    files: dict[str, Any] = data.get("files") or {}
    rsl = tuple(
        f
        for name, info in sorted(files.items())
        if name.startswith("rsl/")
        for f in [_file(directory, name, info)]
        if f is not None
    )
    return Site(
        origin=data.get("origin"),
        observed_at=data.get("observed_at"),
        robots=_file(directory, "robots.txt", files.get("robots.txt")),
        tdmrep=_file(directory, ".well-known/tdmrep.json", files.get(".well-known/tdmrep.json")),
        rsl=rsl,
    )


def read_site_pages(directory: Path) -> Iterator[Document | ErrorEntry]:
    """Every saved page of a snapshot as a Document carrying the snapshot's site files."""
    from compliance.extract.headers import parse_header_block

    site = read_site(directory)
    pages = directory / "pages"
    entries = sorted(pages.iterdir(), key=lambda p: (len(p.name), p.name)) if pages.is_dir() else []
    if not entries:
        # A snapshot of site files only: check what the site reserves at its root.
        yield Document(
            id=str(directory),
            source=str(directory),
            kind="text",
            text="",
            site=site,
            url=(site.origin or "") + "/" if site.origin else None,
        )
        return
    for page in entries:
        try:
            url = (page / "url.txt").read_text("utf-8").strip() or None
            block = parse_header_block((page / "headers.txt").read_text("utf-8", errors="replace"))
            raw = (page / "body").read_bytes()
        except OSError as exc:
            yield ErrorEntry(source=str(page), message=f"incomplete page snapshot: {exc}")
            continue
        content_type = next((v for k, v in block.pairs() if k.lower() == "content-type"), "")
        is_html = "html" in content_type.lower() or raw.lstrip()[:15].lower().startswith(
            (b"<!doctype", b"<html")
        )
        text, problem = decode(raw, html=is_html, content_type=content_type or None)
        yield Document(
            id=url or str(page),
            source=str(page),
            kind="html" if is_html else "text",
            url=url,
            html=text if is_html else None,
            text=None if is_html else text,
            headers=block.pairs(),
            status=block.status,
            site=site,
            problems=(problem,) if problem else (),
        )
