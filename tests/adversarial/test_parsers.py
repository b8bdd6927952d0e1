"""Hostile pages, header blocks and robots.txt files (issue 12 items 10 and 13).

Each input is generated here and kept to a few MB. "Bounded" is shown by finishing at all:
the parser runs in a child process with a generous timeout, far above the linear cost and
far below what the quadratic code took (minutes).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from compliance.extract.html import extract_page
from compliance.extract.html_limits import MAX_ATTRIBUTES, MAX_DEPTH

GENEROUS_S = 120


def finishes(code: str) -> str:
    """Run `code` in a child interpreter; its stdout, or a failure if it does not finish."""
    try:
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=GENEROUS_S,
        )
    except subprocess.TimeoutExpired:  # pragma: no cover - the regression this guards
        pytest.fail(f"did not finish within {GENEROUS_S} s: superlinear again")
    assert done.returncode == 0, done.stderr
    return done.stdout


# -- item 10: HTML nesting and attributes ------------------------------------------------


def nested_divs(n: int) -> str:
    return "<html><body>" + "<div>" * n + "Dilarang keras mengambil konten" + "</div>" * n


def many_attributes(n: int) -> str:
    return "<html><body><div " + " ".join(f"a{i}=1" for i in range(n)) + ">text</div>"


@pytest.mark.parametrize(
    ("page", "what"),
    [
        (nested_divs(100_000), "nest deeper"),
        (many_attributes(200_000), "attributes"),
        ('<html><body><div a=""' + 'b=""' * 100_000 + ">x</div>", "attributes"),
        ("<p>" + ("<span x='>'>" * 50_000), "nest deeper"),
        ("<BODY>" + "<DiV>" * 20_000, "nest deeper"),
        ('<div a=">" ' + " a".join(f'{i} x{i}=">"' for i in range(40_000)) + ">", "attributes"),
        ("<div ' " + "a " * 100_000 + ">", "attributes"),  # a lone quote is a name, not a value
        ('<div " ' + "a " * 100_000 + ' ">', "attributes"),
    ],
    ids=["nested", "attributes", "unspaced", "quoted-gt", "upper", "gt-values", "lone", "bare"],
)
def test_html_over_the_limits_is_too_complex_not_parsed(page: str, what: str) -> None:
    view, signals, problems = extract_page(page)
    assert [p.code for p in problems] == ["too-complex"]
    assert what in problems[0].message
    assert view.text == "" and signals == []


def test_html_just_under_the_limits_is_parsed() -> None:
    filler = "<p>" + "x" * 70_000 + "</p>"  # over the size from which pages are scanned
    deep = "<div>" * (MAX_DEPTH - 10) + "deep text" + "</div>" * (MAX_DEPTH - 10)
    wide = "<div " + " ".join(f"a{i}=1" for i in range(MAX_ATTRIBUTES - 6)) + ">wide</div>"
    view, _, problems = extract_page(f"<html><body>{filler}{deep}{wide}</body></html>")
    assert problems == []
    assert "deep text" in view.text and "wide" in view.text


def test_real_page_markup_does_not_count_as_nesting() -> None:
    """Unclosed <p>/<li>, void elements, comments and scripts are not open elements."""
    rows = "<li><p>item<br><img src=x.png>" * 5_000
    script = "<script>" + "document.write('<div>');" * 5_000 + "</script>"
    comment = "<!--" + "<div>" * 5_000 + "-->"
    view, _, problems = extract_page(f"<html><body><ul>{rows}</ul>{script}{comment}</body>")
    assert problems == []
    assert view.text.count("item") == 5_000


def test_too_complex_page_is_undetermined_through_the_cli(run_cli, tmp_path: Path) -> None:
    page = tmp_path / "bomb.html"
    page.write_text(nested_divs(100_000))
    result = run_cli("check", str(page), "--format", "json")
    assert result.exit_code == 3, result.output
    doc = json.loads(result.stdout)["documents"][0]
    assert {v["verdict"] for v in doc["verdicts"].values()} == {"undetermined"}
    assert [p["code"] for p in doc["problems"]] == ["too-complex"]


def test_html_bombs_finish() -> None:
    out = finishes(
        "from compliance.extract.html import extract_page\n"
        "page = '<div>' * 300_000 + '<div ' + 'a ' * 1_000_000 + '>'\n"
        "print(extract_page(page)[2][0].code)\n"
    )
    assert out.strip() == "too-complex"


# -- item 10: an HTML page served as robots.txt --------------------------------------------


def test_html_page_as_robots_txt_is_linear() -> None:
    out = finishes(
        "from compliance.extract.robotstxt import parse_robots\n"
        "from compliance.extract.robots_signals import robots_comments\n"
        "line = '<div class=\"a\"># not a comment # <a href=\"#top\">#</a> ' * 40 + '\\n'\n"
        "body = '<!doctype html><html><body>\\n' + line * 230\n"
        "robots = parse_robots(body)\n"
        "print(len(body), len(robots.comments), len(robots_comments(body)))\n"
    )
    size, comments, extracted = (int(x) for x in out.split())
    assert size > 450_000 and comments >= 230 and extracted >= 230


# -- item 13: folded header lines ---------------------------------------------------------


def test_folded_header_lines_are_linear() -> None:
    out = finishes(
        "from compliance.extract.headers import parse_header_block\n"
        "block = 'X-Robots-Tag: noai\\n' + ' noimageai, folded\\n' * 400_000\n"
        "parsed = parse_header_block(block)\n"
        "print(len(parsed.headers), len(parsed.headers[0].value))\n"
    )
    assert out.split() == ["1", str(len("noai") + 400_000 * len(" noimageai, folded"))]


def test_folded_header_value_is_joined_with_single_spaces() -> None:
    from compliance.extract.headers import parse_header_block

    parsed = parse_header_block("X-Robots-Tag: noai,\n   noimageai\n\tnosnippet\nA: b\n")
    assert parsed.pairs() == (("X-Robots-Tag", "noai, noimageai nosnippet"), ("A", "b"))
    assert parsed.headers[0].excerpt == "X-Robots-Tag: noai, noimageai nosnippet"
