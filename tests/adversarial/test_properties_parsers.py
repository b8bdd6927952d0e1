"""Hypothesis properties for the parsers (issue 12, "a standing defence").

The prefilter is a superset of the exact pattern; the robots parser, HTML extraction, header
reader and rule loader never raise on any input and finish. Inputs are small and the example
budget is bounded so the suite stays fast; no example database is written.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.errors import ConfigError
from compliance.extract.headers import header_signals, parse_header_block
from compliance.extract.html import extract_page
from compliance.extract.robots_signals import robots_signals
from compliance.extract.robotstxt import parse_robots
from compliance.match.dialect import Unsupported, prepare_pattern, to_prefilter
from compliance.match.normalize import normalize
from compliance.rulepacks.loader import load_packs
from compliance.rulepacks.yamlsource import YamlProblem, load_with_positions

re2 = pytest.importorskip("re2")

# The oracle is the backtracking `regex` engine; a generated pattern can make it exponential
# on 40 characters (a run hung for minutes in CI). Such an example says nothing of the
# prefilter, so it is skipped, not timed.
_EXACT_SECONDS = 2.0
BUDGET = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# Latin, accents, Devanagari and Bengali with vowel signs and virama, Thai with its marks,
# Hebrew, Arabic, CJK, an underscore, a digit, a full-width letter, a space.
ALPHABET = "abzAÉéßíह ि्कক্ষাทั้ยשלוםبحث字_7Ａ- .,"
ATOMS = [
    "a", "b", "é", "ह", "ि", "ক", "ท", "ש", "ب", "字", " ", "_", "7", "-",
    r"\w", r"\W", r"\s", r"\S", r"\d", r"\D", ".", r"[\w]", r"[^\w]", r"[\w-]", r"[^ ]",
    r"[[:alpha:]]", r"[[:alnum:]]", r"[[:space:]]", r"[a-z]", r"[^a]", r"[\s\d]", r"[^\W]",
    r"\b", r"\B", "(?=a)", "(?!x)", "(?<=a)", "(?<!b)", "^", "$", r"\x61", r"\u0915",
]  # fmt: skip
QUANTIFIERS = ["", "", "", "*", "+", "?", "{2}", "{,2}", "{1,}", "{,}", "{0,12}", "{10}", "*?"]


@st.composite
def patterns(draw: st.DrawFn, depth: int = 0) -> str:
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.integers(0, 4)) == 0:
            inner = draw(patterns(depth + 1))
            alternative = draw(patterns(depth + 1)) if draw(st.booleans()) else None
            atom = f"(?:{inner}|{alternative})" if alternative else f"(?:{inner})"
        else:
            atom = draw(st.sampled_from(ATOMS))
        pieces.append(atom + draw(st.sampled_from(QUANTIFIERS)))
    return "".join(pieces)


def _compiled_exact(prepared: str) -> regex.Pattern[str] | None:
    try:
        return regex.compile(prepared, regex.IGNORECASE | regex.V0)
    except (regex.error, OverflowError):
        return None


@BUDGET
@given(pattern=patterns(), text=st.text(alphabet=ALPHABET, max_size=40))
def test_prefilter_hits_contain_exact_hits(pattern: str, text: str) -> None:
    prepared = prepare_pattern(pattern)
    exact = _compiled_exact(prepared)
    if exact is None:
        return
    normal = normalize(text).text
    try:
        found = any(m.end() > m.start() for m in exact.finditer(normal, timeout=_EXACT_SECONDS))
    except TimeoutError:
        return  # a generated pattern the backtracking engine cannot finish: no oracle for it
    if not found:
        return
    try:
        fast = to_prefilter(prepared)
    except Unsupported:
        return  # the slow path runs the exact pattern itself
    options = re2.Options()
    options.case_sensitive = False
    options.max_mem = 256 << 20  # as the matcher's; the 8 MB default logs DFA fallbacks
    try:
        compiled = re2.compile(fast, options)
    except re2.error:
        return  # rejected patterns take the slow path too
    assert compiled.search(normal), (prepared, fast, normal)


@BUDGET
@given(
    body=st.one_of(
        st.text(max_size=2_000),
        st.lists(
            st.sampled_from(
                [
                    "User-agent: *",
                    "User-agent: GPTBot",
                    "Disallow: /",
                    "Allow: /a*b$",
                    "Disallow: /café",
                    "Content-Signal: ai-train=no",
                    "License: http://x/l",
                    "Sitemap: /s",
                    "# comment # more",
                    "<html><body>#x</body>",
                    "",
                    " ",
                    "Content-Usage: /p train-ai=n",
                    "DisallowAITraining: /",
                    "\ufeff",
                    "\x00",
                ]
            ),
            max_size=60,
        ).map("\n".join),
    ),
    path=st.text(max_size=40),
)
def test_robots_parser_never_raises(body: str, path: str) -> None:
    robots = parse_robots(body)
    robots.decide("GPTBot", "/" + path)
    robots_signals(body, path="/" + path, agent=None, source="robots.txt")
    robots_signals(body.encode("utf-8", "surrogatepass"), path="/", agent="GPTBot", source="r")


HTML_PIECES = [
    "<div>", "</div>", "<p>", "<footer>", "</footer>", "<script>", "</script>", "<!--", "-->",
    '<meta name="robots" content="noai, noimageai">', '<meta name="tdm-reservation" content="1">',
    '<link rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">',
    '<script type="application/ld+json">{"license": "x"', "}</script>", "<a x='>'>", "text",
    "Dilarang keras", "<br/>", "<", ">", "&amp;", "\x00", "\x02", "é", "<svg><style>",
]  # fmt: skip


@BUDGET
@given(
    page=st.one_of(
        st.text(max_size=2_000),
        st.lists(st.sampled_from(HTML_PIECES), max_size=80).map("".join),
    )
)
def test_html_extraction_never_raises(page: str) -> None:
    view, _signals, problems = extract_page(page)
    assert isinstance(view.text, str)
    assert all(p.code == "too-complex" for p in problems)
    view.footer  # noqa: B018 - regions are derived lazily; deriving must not raise either


HEADER_PIECES = [
    "HTTP/1.1 200 OK", "HTTP/2 301", "X-Robots-Tag: noai", "X-Robots-Tag: GPTBot: none",
    "tdm-reservation: 1", "Content-Usage: train-ai=n", 'Link: <https://x/l.xml>; rel="license"',
    " folded", "\tfolded", "", "Bad Line", ":", "Name : v", "\r", "Link: <", "Link: ;;;",
]  # fmt: skip


@BUDGET
@given(
    block=st.one_of(
        st.text(max_size=1_000),
        st.lists(st.sampled_from(HEADER_PIECES), max_size=40).map("\n".join),
    )
)
def test_header_reader_never_raises(block: str) -> None:
    parsed = parse_header_block(block)
    header_signals(parsed, agent=None, source="headers")
    header_signals(parsed, agent="GPTBot", source="headers")


YAML_PIECES = [
    "pack: {id: p, version: '1'}", "rules:", "  - id: p/a", "    title: T",
    "    match: {pattern: 'a+b'}", "    match: {phrases: [okay]}", "    effect: {ai-train: deny}",
    "    message: m", "    examples: {match: [ab], no-match: [cd]}", "&a [*a]", "*a", "!!binary x",
    "? [a]", "<<: 5", "x: 2099-13-01", "  -", "    - ", "{", "'", ":", "\t", "rules: 5",
]  # fmt: skip


@BUDGET
@given(
    text=st.one_of(
        st.text(max_size=500),
        st.lists(st.sampled_from(YAML_PIECES), max_size=25).map("\n".join),
    )
)
def test_rule_loader_never_raises(text: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    with contextlib.suppress(YamlProblem):
        load_with_positions(text)
    pack = Path(tmp_path_factory.mktemp("pack")) / "p.yaml"
    pack.write_text(text, "utf-8", errors="surrogatepass")
    try:
        load_packs([pack], include_bundled=False)
    except ConfigError as exc:
        assert exc.problems
