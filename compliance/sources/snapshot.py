"""Site snapshots (DESIGN.md §3): what a fetch saw, re-checked offline as of `observed_at`.

Input stage (an adapter at the edge). Layout of one site:
    DIR/site.json          {"origin", "observed_at", "files": {"robots.txt": {"status", "url"}}}
    DIR/robots.txt                body as fetched (absent when the status was not 2xx)
    DIR/.well-known/tdmrep.json
    DIR/rsl/<sha256>.xml          with its URL in site.json ("rsl/<sha256>.xml": {"status", "url"})
    DIR/pages/<n>/url.txt, headers.txt (status line + `Name: value` lines), body

Additions written by `compliance check URL --snapshot DIR` (all optional when reading):
- ``pages/<n>/problems.json``: why a page could not be fetched (timeout, 5xx, too large...);
  such a page has no ``body`` and re-checks as `undetermined` with the same reason.
- ``"declared_by"`` on an RSL entry of site.json: ``"robots.txt"`` or ``"pages/<n>"``. A
  licence a page links to applies to that page only, not to every page of the snapshot.
- A run over several origins writes one site directory per origin (``DIR/<host>_<port>/``);
  `read_site_pages` on ``DIR`` reads them all, in the order the URLs were given (``<n>``).

Live checks go through this same reader (the fetcher writes a snapshot, then reads it), so a
snapshot re-checks to the same report by construction, not by keeping two code paths in step.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from compliance.errors import InputError
from compliance.model import ALL_PURPOSES, Document, ErrorEntry, Problem, Site, SiteFile
from compliance.sources.decoding import decode

ROBOTS = "robots.txt"
TDMREP = ".well-known/tdmrep.json"


def _site_json(directory: Path) -> dict[str, Any]:
    meta = directory / "site.json"
    if not meta.is_file():
        raise InputError(f"{directory}: not a site snapshot (site.json is missing)")
    if not _inside(directory, meta):
        raise InputError(f"{meta}: resolves outside {directory}; refusing to read it")
    try:
        data = json.loads(meta.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{meta}: unreadable site.json: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"{meta}: site.json must be an object")
    return data


def _inside(root: Path, path: Path) -> bool:
    """Whether `path`, every symlink resolved, stays inside `root` (DESIGN.md §3: a snapshot
    is one directory; `..`, absolute names and links out of it are never followed)."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop, a path the OS cannot resolve
        return False


@dataclass
class _SiteRead:
    """A snapshot's site files and what was refused while reading them (fail closed)."""

    directory: Path
    data: dict[str, Any]
    refused: list[str] = field(default_factory=list)

    def refuse(self, message: str) -> None:
        self.refused.append(f"{self.directory / 'site.json'}: {message}")

    def text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None or isinstance(value, str):
            return value
        self.refuse(f"{key!r} must be a string (got {type(value).__name__})")
        return None

    def files(self) -> dict[str, Any]:
        files = self.data.get("files")
        if files is None:
            return {}
        if not isinstance(files, dict):
            self.refuse(f"'files' must be an object (got {type(files).__name__})")
            return {}
        return files

    def file(self, name: str, info: Any) -> SiteFile | None:
        """One site file; a malformed entry or a path outside the snapshot is an error."""
        path = self.directory / name
        if info is None and not path.is_file():
            return None
        entry = info if info is not None else {}
        if not isinstance(entry, dict):
            return self.failed(name, f"files[{name!r}] must be an object")
        status, url, error = entry.get("status"), entry.get("url"), entry.get("error")
        if status is not None and (type(status) is not int or not 100 <= status <= 599):
            return self.failed(name, f"files[{name!r}].status must be an HTTP status code")
        if not all(v is None or isinstance(v, str) for v in (url, error)):
            return self.failed(name, f"files[{name!r}].url and .error must be strings")
        if not _inside(self.directory, path):
            return self.failed(name, f"{name} resolves outside the snapshot; not read", url)
        try:
            body = path.read_text("utf-8", errors="replace") if path.is_file() else None
        except OSError as exc:
            return self.failed(name, f"{name}: cannot read ({exc.strerror or exc})", url)
        if body is None and status is not None and 200 <= status < 300:
            # A 2xx body is always written; without it robots.txt would read as "allow all".
            return self.failed(name, f"{name}: status {status} but the file is missing", url)
        return SiteFile(url=url, status=status, body=body, error=error)

    def failed(self, name: str, message: str, url: Any = None) -> SiteFile:
        self.refuse(message)
        return SiteFile(url=url if isinstance(url, str) else None, error=f"snapshot: {message}")


def _declared_by(info: Any) -> tuple[str, ...]:
    value = info.get("declared_by") if isinstance(info, dict) else None
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _read(directory: Path, page: str | None) -> tuple[Site, list[str]]:
    reader = _SiteRead(directory, _site_json(directory))
    files = reader.files()
    rsl = tuple(
        f
        for name, info in sorted(files.items())
        if name.startswith("rsl/")
        # No `declared_by` (an older or hand-made snapshot): the licence covers every page.
        and (page is None or not _declared_by(info) or {ROBOTS, page} & set(_declared_by(info)))
        for f in [reader.file(name, info)]
        if f is not None
    )
    site = Site(
        origin=reader.text("origin"),
        observed_at=reader.text("observed_at"),
        robots=reader.file(ROBOTS, files.get(ROBOTS)),
        tdmrep=reader.file(TDMREP, files.get(TDMREP)),
        rsl=rsl,
    )
    return site, reader.refused


def _refused_problem(refused: Sequence[str]) -> tuple[Problem, ...]:
    """Every purpose undetermined: what the refused files say is unknown (fail closed)."""
    if not refused:
        return ()
    return (Problem(code="snapshot-invalid", message="; ".join(refused)),)


def read_site(directory: Path) -> Site:
    """The site-level files of a snapshot (robots.txt, tdmrep.json, RSL licences)."""
    site, refused = _read(directory, None)
    if refused:
        raise InputError("; ".join(refused))
    return site


def is_multi_site(directory: Path) -> bool:
    """A directory holding one site snapshot per origin (written for a multi-origin run)."""
    return not (directory / "site.json").is_file() and any(
        (child / "site.json").is_file() for child in directory.iterdir() if child.is_dir()
    )


def read_site_pages(directory: Path) -> Iterator[Document | ErrorEntry]:
    """Every saved page of a snapshot as a Document carrying the snapshot's site files."""
    if directory.is_dir() and is_multi_site(directory):
        found: list[tuple[int, int, Document | ErrorEntry]] = []
        sites = sorted(c for c in directory.iterdir() if (c / "site.json").is_file())
        for rank, child in enumerate(sites):
            if not _inside(directory, child / "site.json"):
                message = "resolves outside the snapshot; not read"
                found.append((0, rank, ErrorEntry(source=str(child), message=message)))
                continue
            try:
                found.extend((index, rank, item) for index, item in _read_pages(child))
            except InputError as exc:
                found.append((0, rank, ErrorEntry(source=str(child), message=str(exc))))
        # Input order across origins: the page numbers are the positions of the URLs given.
        yield from (item for _, _, item in sorted(found, key=lambda t: (t[0], t[1])))
        return
    yield from (item for _, item in _read_pages(directory))


def _read_pages(directory: Path) -> Iterator[tuple[int, Document | ErrorEntry]]:
    from compliance.extract.headers import parse_header_block

    pages = directory / "pages"
    if pages.exists() and not _inside(directory, pages):
        message = "resolves outside the snapshot; not read"
        yield 0, ErrorEntry(source=str(pages), message=message)
        return
    entries = sorted(pages.iterdir(), key=lambda p: (len(p.name), p.name)) if pages.is_dir() else []
    if not entries:
        # A snapshot of site files only: check what the site reserves at its root.
        site, refused = _read(directory, None)
        yield (
            0,
            Document(
                id=str(directory),
                source=str(directory),
                kind="text",
                text="",
                site=site,
                url=(site.origin or "") + "/" if site.origin else None,
                problems=_refused_problem(refused),
            ),
        )
        return
    for page in entries:
        index = int(page.name) if page.name.isdigit() else 0
        yield index, _read_page(directory, page, parse_header_block)


_PAGE_FILES = ("url.txt", "headers.txt", "problems.json", "body")


def _read_page(directory: Path, page: Path, parse_header_block: Any) -> Document | ErrorEntry:
    outside = [p for p in (page, *(page / n for n in _PAGE_FILES)) if p.exists() or p.is_symlink()]
    outside = [p for p in outside if not _inside(directory, p)]
    if outside:
        shown = outside[0].relative_to(directory)
        return ErrorEntry(
            source=str(page), message=f"{shown} resolves outside the snapshot; not read"
        )
    site, refused = _read(directory, f"pages/{page.name}")
    problems: tuple[Problem, ...] = ()
    try:
        url = (page / "url.txt").read_text("utf-8").strip() or None
        if (page / "problems.json").is_file():
            listed = json.loads((page / "problems.json").read_text("utf-8"))
            if not isinstance(listed, list):
                raise ValueError("problems.json must be a list")
            problems = tuple(Problem.model_validate(p) for p in listed)
        headers = page / "headers.txt"
        block = parse_header_block(
            headers.read_text("utf-8", errors="replace")
            if headers.is_file() or not problems
            else ""
        )
        # A page that failed to fetch has no body; its problems say why.
        raw = (page / "body").read_bytes() if not problems else b""
    except (OSError, ValueError) as exc:
        return ErrorEntry(source=str(page), message=f"incomplete page snapshot: {exc}")
    # The URL is the document's name, as in a live check, so both reports are identical.
    name = url or str(page)
    if problems:
        return Document(
            id=name,
            source=name,
            kind="text",
            url=url,
            headers=block.pairs(),
            status=block.status,
            site=site,
            problems=(*problems, *_unchecked(problems, page), *_refused_problem(refused)),
        )
    document = page_document(name, url, block.pairs(), block.status, raw, site)
    if refused:
        document = document.model_copy(
            update={"problems": (*document.problems, *_refused_problem(refused))}
        )
    return document


def _unchecked(problems: Sequence[Problem], page: Path) -> tuple[Problem, ...]:
    """A page without a body was not checked: purposes its problems do not name are
    undetermined too, never a pass (a hand-edited problems.json naming no purposes)."""
    named = {p for problem in problems for p in problem.purposes}
    missing = tuple(p for p in ALL_PURPOSES if p not in named)
    if not missing:
        return ()
    return (
        Problem(
            code="no-body",
            message=f"{page.name}: the page snapshot has no body, so nothing was checked",
            purposes=missing,
        ),
    )


def page_document(
    name: str,
    url: str | None,
    headers: tuple[tuple[str, str], ...],
    status: int | None,
    raw: bytes,
    site: Site | None,
) -> Document:
    """A fetched page body as a Document: HTML by Content-Type or doctype, decoded strictly.

    Shared by the snapshot reader and the Scrapy integration so both read a page alike.
    """
    content_type = next((v for k, v in headers if k.lower() == "content-type"), "")
    is_html = "html" in content_type.lower() or raw.lstrip()[:15].lower().startswith(
        (b"<!doctype", b"<html")
    )
    text, problem = decode(raw, html=is_html, content_type=content_type or None)
    return Document(
        id=name,
        source=name,
        kind="html" if is_html else "text",
        url=url,
        html=text if is_html else None,
        text=None if is_html else text,
        headers=headers,
        status=status,
        site=site,
        problems=(problem,) if problem else (),
    )


# -- writing (`compliance check URL --snapshot DIR`) ------------------------------------------


@dataclass(frozen=True)
class PageRecord:
    """One fetched (or failed) page, as the fetcher saw it."""

    index: int  # position of the URL in the run's input; keeps the report's order
    url: str
    status: int | None = None
    reason: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    problems: tuple[Problem, ...] = ()
    licences: tuple[str, ...] = ()  # URLs of the RSL licences this page declares


@dataclass(frozen=True)
class SiteRecord:
    """One origin: its site files, every RSL licence fetched for it, and its pages."""

    site: Site
    robots_licences: frozenset[str] = frozenset()  # URLs declared by robots.txt `License:`
    pages: tuple[PageRecord, ...] = field(default_factory=tuple)


def rsl_name(url: str) -> str:
    """File name of an RSL licence in a snapshot: keyed by URL, since a failed fetch has no body."""
    return "rsl/" + hashlib.sha256(url.encode("utf-8")).hexdigest() + ".xml"


def site_dir_name(origin: str | None, fallback: str) -> str:
    """`<host>_<port>` for one origin's directory in a multi-origin snapshot."""
    parts = urlsplit(origin or "")
    if not parts.hostname:
        return fallback
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}_{port}"


def write_snapshot(directory: Path, records: Sequence[SiteRecord]) -> None:
    """Write the DESIGN.md §3 layout: `directory` itself for one origin, a subdirectory each
    for several. Refuses a non-empty directory: mixing two runs would corrupt both."""
    if directory.exists() and any(directory.iterdir()):
        raise InputError(f"{directory}: snapshot directory is not empty; choose a new one")
    directory.mkdir(parents=True, exist_ok=True)
    if len(records) == 1:
        write_site(directory, records[0])
        return
    used: set[str] = set()
    for number, record in enumerate(records, start=1):
        name = site_dir_name(record.site.origin, f"site-{number}")
        if name in used:
            name = f"{name}-{number}"
        used.add(name)
        write_site(directory / name, record)


def write_site(directory: Path, record: SiteRecord) -> None:
    """One site snapshot: site.json, the site files with a 2xx body, then the pages."""
    site = record.site
    directory.mkdir(parents=True, exist_ok=True)
    files: dict[str, dict[str, Any]] = {}
    declared: dict[str, list[str]] = {}
    for url in record.robots_licences:
        declared.setdefault(url, []).append(ROBOTS)
    for page in record.pages:
        for url in page.licences:
            declared.setdefault(url, []).append(f"pages/{page.index}")
    named: list[tuple[str, SiteFile | None]] = [(ROBOTS, site.robots), (TDMREP, site.tdmrep)]
    named += [(rsl_name(f.url or ""), f) for f in site.rsl]
    for name, site_file in named:
        if site_file is None:
            continue
        info: dict[str, Any] = {"status": site_file.status, "url": site_file.url}
        if site_file.error:
            info["error"] = site_file.error
        if name.startswith("rsl/") and site_file.url in declared:
            info["declared_by"] = sorted(set(declared[site_file.url]))
        files[name] = info
        ok = site_file.status is not None and 200 <= site_file.status < 300
        # DESIGN.md §3: the body is kept only for a 2xx answer; an error page is not the file.
        if ok and site_file.body is not None:
            target = directory / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(site_file.body, "utf-8")
    meta = {"origin": site.origin, "observed_at": site.observed_at, "files": files}
    (directory / "site.json").write_text(
        json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n", "utf-8"
    )
    for page in record.pages:
        write_page(directory / "pages" / str(page.index), page)


def write_page(directory: Path, page: PageRecord) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "url.txt").write_text(page.url + "\n", "utf-8")
    lines = [f"HTTP/1.1 {page.status} {page.reason}".rstrip()] if page.status is not None else []
    # Header values are written as received; a newline inside one would forge a field.
    lines += [f"{name}: {' '.join(value.splitlines())}" for name, value in page.headers]
    if lines:
        (directory / "headers.txt").write_text("\n".join(lines) + "\n", "utf-8")
    if page.problems:
        dumped = [p.model_dump(mode="json") for p in page.problems]
        (directory / "problems.json").write_text(
            json.dumps(dumped, indent=2, ensure_ascii=False) + "\n", "utf-8"
        )
    if page.body is not None and not page.problems:
        (directory / "body").write_bytes(page.body)


def records_by_origin(records: Mapping[str, SiteRecord]) -> list[SiteRecord]:
    """Site records ordered by the first page each holds (stable snapshot layout)."""
    return sorted(records.values(), key=lambda r: min((p.index for p in r.pages), default=1 << 30))
