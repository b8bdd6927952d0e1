"""The Markdown report rendered by a CommonMark library: evidence stays visible text.

Evidence quotes raw HTML (`<meta name="robots" ...>`, `<a rel="license" ...>`) and text full of
Markdown punctuation; rendered, every excerpt must read exactly as found, never turn into a
tag or a live link. Each finding shows its rule message and one quote; superseded findings
are folded into a `<details>` list without quotes.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

markdown_it = pytest.importorskip("markdown_it")

PAGE = """<html><head><meta name="robots" content="noai, noimageai"></head>
<body><p>Story | *bold* _it_ [x](http://e.x) &amp; `tick`</p>
<footer><a rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">CC BY-NC 4.0</a>
</footer></body></html>
"""
NOTICE = (
    "# Berita\n\n- Dilarang keras mengambil konten, melakukan *crawling* atau pengindeksan"
    " otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.\n"
)
ALLOWED_TAGS = {
    "h1",
    "h2",
    "h3",
    "p",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "ul",
    "li",
    "blockquote",
    "strong",
    "em",
    "code",
    "details",
    "summary",
}


class _Text(HTMLParser):
    """Visible text and the tags of the rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.quotes: list[str] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "blockquote":
            self._depth += 1
            self.quotes.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote":
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        if self._depth:
            self.quotes[-1] += data

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.parts).split())


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture()
def rendered(run_cli, tmp_path: Path) -> tuple[dict, str, _Text]:
    (tmp_path / "page.html").write_text(PAGE, "utf-8")
    (tmp_path / "notice.txt").write_text(NOTICE, "utf-8")
    files = [str(tmp_path / "page.html"), str(tmp_path / "notice.txt")]
    report = json.loads(run_cli("check", *files, "-f", "json").stdout)
    md = run_cli("check", *files, "-f", "markdown").stdout
    parser = _Text()
    parser.feed(markdown_it.MarkdownIt("commonmark").enable("table").render(md))
    return report, md, parser


def test_every_excerpt_survives_visible_and_escaped(rendered: tuple[dict, str, _Text]) -> None:
    report, _, html = rendered
    excerpts = {
        _fold(f["evidence"][0]["excerpt"])
        for d in report["documents"]
        for f in d["findings"]
        if not f["superseded_by"]
    }
    assert any("<meta name=" in e for e in excerpts) and any("<a rel=" in e for e in excerpts)
    assert any("*crawling*" in e for e in excerpts)
    for excerpt in excerpts:
        assert excerpt in html.text, excerpt
    # Nothing from the evidence became markup: no meta, no link, no emphasis of `*crawling*`.
    assert {tag for tag, _ in html.tags} <= ALLOWED_TAGS, {t for t, _ in html.tags}
    assert not any(tag == "a" for tag, _ in html.tags)


def test_one_quote_per_finding_with_its_message(rendered: tuple[dict, str, _Text]) -> None:
    report, md, html = rendered
    for doc in report["documents"]:
        active = [f for f in doc["findings"] if not f["superseded_by"]]
        for finding in active:
            assert _fold(finding["message"].replace("`", "")) in html.text
        assert "line 3:3: >" not in md and "footer: >" not in md  # no literal `>` after a place
    quoted = [_fold(q) for q in html.quotes]
    assert len(quoted) == len(set(quoted)), "a sentence is quoted twice"
    # ANTARA: one quote; its five superseded national-pack findings are ids in <details>.
    antara = next(d for d in report["documents"] if d["source"].endswith("notice.txt"))
    superseded = {f["rule_id"] for f in antara["findings"] if f["superseded_by"]}
    assert superseded
    folded = md.split("<details>", 1)[1].split("</details>", 1)[0]
    for rule_id in superseded:
        assert rule_id in folded
    assert ">" not in folded.split("</summary>", 1)[1]


def test_message_code_spans_kept_other_markup_escaped() -> None:
    from compliance.formats.markdown import escape, message

    assert message("a grant for publisher `antara` <b>") == "a grant for publisher `antara` \\<b\\>"
    assert message("odd ` tick <i>") == "odd \\` tick \\<i\\>"
    assert escape("1. first") == "1\\. first" and escape("# x") == "\\# x"
    # GFM would autolink bare URLs: the source has none, the rendered text is unchanged.
    assert "https://" not in escape("see https://x.org or www.x.org")
    url = markdown_it.MarkdownIt("commonmark").render(escape("see https://x.org or www.x.org"))
    assert url == "<p>see https://x.org or www.x.org</p>\n"
    out = markdown_it.MarkdownIt("commonmark").render("> " + escape("- [a](http://x) <b>"))
    assert "<a " not in out and "<b>" not in out and "&lt;b&gt;" in out
