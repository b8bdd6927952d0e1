"""The fast HTML path (lexbor) extracts what a straightforward BeautifulSoup walk extracts.

`extract_html` builds its text with lexbor in C (sibling text-node insertions, one `text()`
call) instead of walking nodes in Python; this proves, on fixture pages built to hit the
tricky cases, that the visible text, the footer/header regions and the meta/link/JSON-LD
signals are the same as the reference in `benchmarks/html_reference.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from compliance.extract.html import extract_html
from compliance.model import Signal


def _load_reference() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "html_reference.py"
    spec = importlib.util.spec_from_file_location("html_reference", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["html_reference"] = module
    spec.loader.exec_module(module)
    return module


reference = _load_reference()

HEAD = (
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    '<meta name="robots" content="noai, noimageai, max-snippet:50">'
    '<meta name="GPTBot" content="noindex"><meta name="tdm-reservation" content="1">'
    '<meta name="tdm-policy" content="https://example.com/tdm.json">'
    '<link rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">'
    '<link rel="license" type="application/rsl+xml" href="/license.xml">'
    '<script type="application/ld+json">{"@type": "NewsArticle", "license":'
    ' "https://creativecommons.org/licenses/by/4.0/", "isAccessibleForFree": "False",'
    ' "image": {"@type": "ImageObject", "copyrightNotice": "© Photo Agency"}}</script>'
    "<style>body { color: red }</style><title>T</title></head>"
)

PAGES = {
    # Inline tags inside words must not split them ("Straße", "crawling").
    "inline-in-words": "<p>Stra<b>ß</b>e and craw<i>l</i><span>ing</span> are one word.</p>",
    # A nested footer: one region, from the outer footer's start to its end.
    "nested-footer": (
        "<article><p>Body text.</p></article><footer><div class='footer-inner'>"
        "<p>Dilarang keras mengambil konten.</p><footer>inner</footer></div></footer>"
    ),
    # Scripts, styles, comments, templates, noscript, svg are not visible text.
    "invisible": (
        "<div>a<script>var x = '<p>no</p>';</script>b<style>.x{}</style>c<!-- hidden -->d"
        "<template><p>tpl</p></template>e<noscript>ns</noscript>f<svg><text>s</text></svg>g"
        "</div>"
    ),
    # Headers by tag and role, footers by role, class and id (case-insensitive).
    "regions": (
        "<header><h1>Site</h1><nav><a href=/>Home</a></nav></header>"
        "<div role='banner'>Banner</div><main><p>Story.</p><p>Pewarta: Someone</p>"
        "<p>Editor: Another</p></main><div id='Site-FOOTER'>© 2026 Example</div>"
        "<section role='contentinfo'><p>All rights reserved.</p></section>"
        "<div class='copyright-note'>Copyright</div>"
    ),
    # WordPress themes without a <footer>: `#colophon` and `.site-info` are the footer.
    "wordpress-footer": (
        "<div id='primary'><p>Story.</p></div><div id='colophon'><p>© 2026 Blog."
        " Copying prohibited.</p><div class='site-info'>Powered by a CMS</div></div>"
        "<div class='site-information'>Not the footer</div>"
    ),
    # Blank lines, tabs and spaces around block boundaries collapse; `br` breaks lines.
    "whitespace": (
        "<div>\n\t  one  <br>two\n\n\n<p>  three\t</p>   \n <ul><li>a</li><li> b </li></ul>"
        "<table><tr><td>c</td><td>d</td></tr></table></div>"
    ),
    # Non-ASCII text, NBSP, full-width letters and control characters (stripped).
    "non-ascii": (
        "<p>ВСЕ ПРАВА\u00a0ЗАЩИЩЕНЫ</p><p>ＡＩ学習禁止\x07。</p><p>ห้ามคัดลอก</p>"
        "<footer>無断転載を禁じます</footer>"
    ),
    # A byline without any footer element: the region after it is the footer.
    "byline-only": "<div><p>Story text.</p><p>By Jane Doe</p><p>Reuse reserved.</p></div>",
    # Readers' comments and other stories' headlines are others' words; a "comments" class
    # on an element holding the footer, or on the page itself, leaves it in.
    "others": (
        '<article><p>Story text.</p><section class="comments" id="comments"><h2>Comments</h2>'
        '<div class="comment"><span class="user">reader1</span><p>Copying is forbidden!</p>'
        '</div></section><section class="related"><ul><li><a href="/a">Court: AI training'
        ' allowed</a></li></ul></section><div class="no-comments-yet">Be the first.</div>'
        '</article><div class="comments"><footer>© Daily. Reproduction prohibited.</footer>'
        '</div><div class="related footer-links">Imprint</div>'
    ),
    # The page's JSON-LD copyright notice is read as a footer line (once, if not on the page).
    "json-ld-notice": (
        "<article><p>Story text.</p></article><footer><p>© 2026 Example</p></footer>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"copyrightNotice": "© 2026 Example"}, "copyrightNotice": "No AI   training.",'
        ' "video": {"copyrightNotice": "Clip © Other"}}</script>'
    ),
    # Malformed JSON-LD is reported, not raised; `a rel=license` counts like `link`.
    "malformed-json-ld": (
        '<p>x <a rel="license nofollow" href="https://example.com/terms">terms</a></p>'
        '<script type="application/ld+json">{"license": </script>'
    ),
}


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html>{HEAD}<body>{body}</body></html>"


def _signal_key(signal: Signal) -> tuple[str, str | None, str, str | None]:
    # Excerpts quote the serialised tag, which differs between serialisers; ids, agents,
    # evidence kinds and paths are what decisions depend on.
    return (signal.id, signal.agent, signal.evidence.kind, signal.evidence.path)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_fast_extraction_equals_reference(name: str) -> None:
    html = _page(PAGES[name])
    view, signals = extract_html(html)
    expected_view, expected_signals = reference.extract_html_reference(html)
    assert view.text == expected_view.text
    assert view.footer == expected_view.footer
    assert view.header == expected_view.header
    assert [_signal_key(s) for s in signals] == [_signal_key(s) for s in expected_signals]


def test_benchmark_pages_equal_reference() -> None:
    """The benchmark's own ~100 KB pages: the speed-up is measured on equal results."""
    bench = Path(__file__).resolve().parents[1] / "benchmarks"
    sys.path.insert(0, str(bench))
    try:
        from run import make_page
    finally:
        sys.path.remove(str(bench))
    for seed in range(3):
        html = make_page(seed)
        view, signals = extract_html(html)
        expected_view, expected_signals = reference.extract_html_reference(html)
        assert (view.text, view.footer, view.header) == (
            expected_view.text,
            expected_view.footer,
            expected_view.header,
        )
        assert [_signal_key(s) for s in signals] == [_signal_key(s) for s in expected_signals]


def test_inline_tags_do_not_split_words() -> None:
    view, _ = extract_html(_page(PAGES["inline-in-words"]))
    assert "Straße" in view.text and "crawling" in view.text


def test_invisible_content_is_not_text() -> None:
    view, _ = extract_html(_page(PAGES["invisible"]))
    assert view.text == "abcdefg"


def test_nested_footer_is_one_region() -> None:
    view, _ = extract_html(_page(PAGES["nested-footer"]))
    assert len(view.footer) == 1
    start, end = view.footer[0]
    assert view.text[start:end].split() == ["Dilarang", "keras", "mengambil", "konten.", "inner"]


def test_json_ld_copyright_notice_is_a_footer_line() -> None:
    view, signals = extract_html(_page(PAGES["json-ld-notice"]))
    # the notice not on the page comes last, in the footer; the one the footer shows and
    # the notices of embedded media (the HEAD's photo, the video) are not added
    assert view.text.rstrip().endswith("\n\nNo AI training.")
    assert view.text.count("© 2026 Example") == 1
    assert "Photo Agency" not in view.text and "Clip" not in view.text
    start, end = view.footer[-1]
    assert "No AI training." in view.text[start:end]
    assert sum(s.id == "schema-org:copyright-notice" for s in signals) == 4


def test_json_ld_notices_are_bounded() -> None:
    notices = ", ".join(f'{{"copyrightNotice": "Notice {i} {"x" * 5000}"}}' for i in range(50))
    view, _ = extract_html(f'<p>Body.</p><script type="application/ld+json">[{notices}]</script>')
    assert view.text.count("Notice ") == 8
    assert len(view.text) < 8 * 2100


def test_comment_threads_and_related_lists_are_not_text() -> None:
    view, _ = extract_html(_page(PAGES["others"]))
    assert "forbidden" not in view.text and "Court" not in view.text
    assert "Story text." in view.text and "Be the first." in view.text
    assert "Reproduction prohibited." in view.text and "Imprint" in view.text


def test_json_ld_copyright_notice_restricts_like_a_footer() -> None:
    from compliance.engine import Checker
    from compliance.model import Document

    html = (
        "<html><body><article><h1>Bread</h1><p>Mix flour and water.</p></article>"
        '<script type="application/ld+json">{"@type": "Recipe", "copyrightNotice":'
        ' "© 2026 Kitchen. Reproduction or use for AI training is prohibited."}</script>'
        "</body></html>"
    )
    result = Checker.from_rules().check(Document(id="x", source="x.html", kind="html", text=html))
    assert result.verdicts["ai-train"].verdict.value == "deny"
    assert result.verdicts["republish"].verdict.value == "deny"


def test_wordpress_colophon_is_the_footer() -> None:
    view, _ = extract_html(_page(PAGES["wordpress-footer"]))
    footer = "".join(view.text[start:end] for start, end in view.footer)
    assert "Copying prohibited." in footer
    assert "Powered by a CMS" in footer
    assert "Story." not in footer and "Not the footer" not in footer
