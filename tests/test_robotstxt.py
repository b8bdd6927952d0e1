"""The robots.txt parser against Google's conformance cases and RFC 9309 edge cases.

Conformance data: ../shared/conformance/robotstxt-google.jsonl (142 cases from
google/robotstxt's robots_test.cc). Every case passes, ``GoogleOnly_*`` ones included, so no
case is marked as an expected failure; the deviations from Google's parser that these cases do
not exercise are listed in the module docstring of compliance.extract.robotstxt and pinned below.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from compliance.extract.robotstxt import PARSE_LIMIT, parse_robots, path_of

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CONFORMANCE = SHARED / "conformance" / "robotstxt-google.jsonl"


def _conformance_cases() -> list[pytest.param]:
    if not CONFORMANCE.exists():
        return [
            pytest.param(
                None,
                marks=pytest.mark.skip(reason=f"{CONFORMANCE} is absent (clone outside ../shared)"),
                id="conformance-data-absent",
            )
        ]
    cases = []
    for number, line in enumerate(CONFORMANCE.read_text(encoding="utf-8").splitlines(), 1):
        case = json.loads(line)
        cases.append(pytest.param(case, id=f"{number:03d}-{case['test']}"))
    return cases


@pytest.mark.parametrize("case", _conformance_cases())
def test_google_conformance(case: dict[str, object]) -> None:
    robots = parse_robots(str(case["robots_txt"]))
    decision = robots.decide(str(case["user_agent"]), str(case["url"]))
    assert decision.allowed is case["allowed"], (
        f"{case['test']}: {case['user_agent']!r} at {case['url']!r} should be "
        f"{'allowed' if case['allowed'] else 'disallowed'}"
    )


def test_conformance_covers_all_cases() -> None:
    if not CONFORMANCE.exists():
        pytest.skip(f"{CONFORMANCE} is absent (clone outside ../shared)")
    assert len(CONFORMANCE.read_text(encoding="utf-8").splitlines()) == 142


# (robots.txt body, agent, path, allowed) -- each case says why it holds.
EDGE_CASES = [
    # A group for Applebot does not govern Applebot-Extended: tokens match exactly (RFC §2.2.1).
    pytest.param(
        "User-agent: Applebot\nDisallow: /\n",
        "Applebot-Extended",
        "/",
        True,
        id="exact-token-applebot-extended",
    ),
    # ... and the reverse: Applebot-Extended's group is not Applebot's.
    pytest.param(
        "User-agent: Applebot-Extended\nDisallow: /\n",
        "Applebot",
        "/",
        True,
        id="exact-token-reverse",
    ),
    # Product tokens are case-insensitive on both sides.
    pytest.param(
        "User-agent: GPTBOT\nDisallow: /\n", "gptbot", "/x", False, id="token-case-insensitive"
    ),
    # A version suffix in the file is not part of the token (Google's ExtractUserAgent).
    pytest.param(
        "User-agent: Googlebot/2.1\nDisallow: /\n",
        "Googlebot",
        "/",
        False,
        id="token-version-suffix",
    ),
    # Digits stay in tokens (deviation: Google would cut Ai2Bot-Dolma to "Ai").
    pytest.param(
        "User-agent: Ai2Bot-Dolma\nDisallow: /\n",
        "Ai2Bot-Dolma",
        "/",
        False,
        id="token-with-digits",
    ),
    # An agent string with a space is no product token: it falls back to `*`.
    pytest.param(
        "User-agent: *\nAllow: /\nUser-agent: Foo\nDisallow: /\n",
        "Foo Bar",
        "/",
        True,
        id="caller-agent-with-space",
    ),
    # /robots.txt is always allowed (RFC §2.2.2), even under Disallow: /.
    pytest.param(
        "User-agent: *\nDisallow: /\n",
        "FooBot",
        "/robots.txt",
        True,
        id="robots-txt-always-allowed",
    ),
    # CR alone ends lines (RFC NL = CR / LF / CRLF).
    pytest.param(
        "User-agent: FooBot\rDisallow: /x\r", "FooBot", "/x/y", False, id="cr-line-endings"
    ),
    # CRLF ends lines.
    pytest.param(
        "User-agent: FooBot\r\nDisallow: /x\r\n", "FooBot", "/x/y", False, id="crlf-line-endings"
    ),
    # Blank lines do not end a group (RFC grammar; Google ID_LineSyntax_Groups).
    pytest.param(
        "User-agent: FooBot\n\n\nDisallow: /\n", "FooBot", "/", False, id="blank-lines-inside-group"
    ),
    # Rules before the first User-agent belong to no group and are ignored.
    pytest.param(
        "Disallow: /\nUser-agent: FooBot\nAllow: /x\n",
        "FooBot",
        "/y",
        True,
        id="rule-before-any-group",
    ),
    # Two groups for the same agent are merged (RFC §2.2.1, Fig. 2).
    pytest.param(
        "User-agent: FooBot\nDisallow: /a\n\nUser-agent: BarBot\nDisallow: /\n\nUser-agent: foobot\nDisallow: /b\n",
        "FooBot",
        "/b/1",
        False,
        id="duplicate-groups-merged",
    ),
    # A specific group replaces `*`: nothing is inherited from it.
    pytest.param(
        "User-agent: *\nDisallow: /x/\n\nUser-agent: FooBot\nDisallow: /y/\n",
        "FooBot",
        "/x/1",
        True,
        id="specific-group-replaces-star",
    ),
    # A group that names the agent with no rules still replaces `*` (Google ever_seen_specific_agent).
    pytest.param(
        "User-agent: FooBot\n\nUser-agent: *\nDisallow: /\n",
        "FooBot",
        "/",
        False,
        id="empty-named-group-shares-star-rules",
    ),
    # Google's typos are accepted: `useragent`, `disalow`.
    pytest.param(
        "useragent: FooBot\ndisalow: /\n", "FooBot", "/", False, id="typo-useragent-disalow"
    ),
    # `user agent` with a colon is a User-agent line.
    pytest.param(
        "user agent: FooBot\ndissallow: /\n", "FooBot", "/", False, id="typo-user-space-agent"
    ),
    # A missing colon is accepted only when the line has exactly two words.
    pytest.param(
        "User-agent FooBot\nDisallow /x y\n",
        "FooBot",
        "/x",
        True,
        id="missing-colon-three-words-ignored",
    ),
    # DisallowAITraining is an extension record, not a Disallow (Google would read it as one).
    pytest.param(
        "User-agent: *\nDisallowAITraining: /\n",
        "FooBot",
        "/",
        True,
        id="disallowaitraining-is-no-disallow",
    ),
    # An empty Disallow is a no-op rule.
    pytest.param("User-agent: *\nDisallow:\n", "FooBot", "/", True, id="empty-disallow"),
    # A `$` that is not last is an ordinary character.
    pytest.param(
        "User-agent: *\nDisallow: /a$b\n",
        "FooBot",
        "/a$b/c",
        False,
        id="dollar-in-the-middle-is-literal",
    ),
    # A final `$` anchors: /a$ does not cover /a/.
    pytest.param("User-agent: *\nDisallow: /a$\n", "FooBot", "/a/", True, id="dollar-anchors"),
    # `*` matches across slashes, `$` anchors after a wildcard.
    pytest.param(
        "User-agent: *\nDisallow: /*/private/*.pdf$\n",
        "FooBot",
        "/a/b/private/c/d.pdf",
        False,
        id="star-and-dollar",
    ),
    # Percent-escapes compare case-insensitively (%2f in the rule, %2F in the URL).
    pytest.param(
        "User-agent: *\nDisallow: /a%2fb\n", "FooBot", "/a%2Fb", False, id="percent-case-normalised"
    ),
    # Non-ASCII in a rule is percent-encoded before comparing (RFC §2.2.2).
    pytest.param(
        "User-agent: *\nDisallow: /café\n",
        "FooBot",
        "/caf%C3%A9",
        False,
        id="non-ascii-rule-encoded",
    ),
    # A `#` starts a comment even inside a path.
    pytest.param(
        "User-agent: *\nDisallow: /a#comment\n", "FooBot", "/ab", False, id="hash-starts-comment"
    ),
    # The query string is part of what rules match.
    pytest.param(
        "User-agent: *\nDisallow: /*?*sort=\n",
        "FooBot",
        "https://x.test/list?page=2&sort=asc",
        False,
        id="query-matched",
    ),
    # A full URL is reduced to its path; the fragment is dropped.
    pytest.param(
        "User-agent: *\nDisallow: /x\n", "FooBot", "https://x.test/x#frag", False, id="url-to-path"
    ),
    # A path starting with "//" is a path, not a scheme-relative URL.
    pytest.param("User-agent: *\nDisallow: //c\n", "FooBot", "//c", False, id="double-slash-path"),
    # An empty file allows everything.
    pytest.param("", "FooBot", "/", True, id="empty-file"),
    # `* anything` is still the global agent (Google).
    pytest.param(
        "User-agent: * # everyone\nDisallow: /\n",
        "FooBot",
        "/",
        False,
        id="star-with-trailing-text",
    ),
]


@pytest.mark.parametrize(("body", "agent", "path", "allowed"), EDGE_CASES)
def test_rfc_edge_cases(body: str, agent: str, path: str, allowed: bool) -> None:
    assert parse_robots(body).decide(agent, path).allowed is allowed


@pytest.mark.parametrize(
    ("body", "allowed"),
    [
        # A UTF-8 BOM is skipped (Google ID_UTF8ByteOrderMarkIsSkipped).
        pytest.param(b"\xef\xbb\xbfUser-agent: FooBot\nDisallow: /\n", False, id="bom"),
        # A partial BOM is skipped too.
        pytest.param(b"\xef\xbbUser-agent: FooBot\nDisallow: /\n", False, id="partial-bom"),
        # A broken BOM is not skipped: the first line is garbage, the rule has no group.
        pytest.param(b"\xef\x11\xbfUser-agent: FooBot\nDisallow: /\n", True, id="broken-bom"),
        # Invalid UTF-8 elsewhere is replaced, and the rest still parses.
        pytest.param(
            b"User-agent: FooBot\nDisallow: /\xe9t\xe9\nDisallow: /x\n", False, id="invalid-utf8"
        ),
    ],
)
def test_bytes_input(body: bytes, allowed: bool) -> None:
    path = "/x" if b"\xe9" in body else "/"
    assert parse_robots(body).decide("FooBot", path).allowed is allowed


def test_str_bom_is_skipped() -> None:
    robots = parse_robots("\ufeffUser-agent: FooBot\nDisallow: /\n")
    assert robots.decide("FooBot", "/").allowed is False


def test_invalid_utf8_is_noted() -> None:
    robots = parse_robots(b"User-agent: *\nDisallow: /\xff\n")
    assert [n.code for n in robots.notes] == ["invalid-utf8"]


def test_deciding_rule_and_line_numbers() -> None:
    body = "# header\nUser-agent: FooBot\nDisallow: /\nAllow: /public/\n"
    robots = parse_robots(body)
    decision = robots.decide("FooBot", "/public/page")
    assert decision.allowed
    assert decision.rule is not None
    assert (decision.rule.directive, decision.rule.pattern, decision.rule.line) == (
        "allow",
        "/public/",
        4,
    )
    assert decision.fallback is False
    assert robots.line_text(4) == "Allow: /public/"


def test_star_fallback_is_reported() -> None:
    robots = parse_robots("User-agent: *\nDisallow: /x\n")
    decision = robots.decide("FooBot", "/y")
    assert decision.allowed and decision.rule is None
    assert decision.fallback is True
    assert decision.line == 1  # the group line, as nothing matched


def test_no_group_applies() -> None:
    decision = parse_robots("User-agent: BarBot\nDisallow: /\n").decide("FooBot", "/")
    assert decision.allowed and decision.groups == () and decision.line is None


def test_ambiguity_for_record_between_user_agents() -> None:
    # Google's ID_LineSyntax_Groups_OtherRules: the Sitemap line does not split the group.
    robots = parse_robots(
        "User-agent: BarBot\nSitemap: https://foo.bar/sitemap\nUser-agent: *\nDisallow: /\n"
    )
    assert robots.decide("BarBot", "/").allowed is False
    assert [(a.line, a.code) for a in robots.ambiguities] == [(2, "record-between-user-agents")]


def test_no_ambiguity_for_blank_lines_or_records_after_rules() -> None:
    robots = parse_robots(
        "User-agent: A\n\nUser-agent: B\nDisallow: /\nCrawl-delay: 3\nUser-agent: C\n"
    )
    assert robots.ambiguities == ()


def test_extension_lines_keep_group_and_line() -> None:
    body = (
        "License: https://example.com/global.xml\n"
        "User-agent: *\n"
        "Content-Signal: search=yes, ai-train=no\n"
        "Content-Usage: /ai-ok/ train-ai=y\n"
        "Allow: /\n"
        "\n"
        "License: https://example.com/trailing.xml\n"
    )
    robots = parse_robots(body)
    found = [(e.name, e.value, e.line, e.group, e.detached) for e in robots.extensions]
    assert found == [
        ("license", "https://example.com/global.xml", 1, None, False),
        ("content-signal", "search=yes, ai-train=no", 3, 0, False),
        ("content-usage", "/ai-ok/ train-ai=y", 4, 0, False),
        ("license", "https://example.com/trailing.xml", 7, 0, True),
    ]
    # The trailing License line is read as site-wide, and the reading is flagged.
    assert [a.code for a in robots.ambiguities] == ["detached-license"]


def test_comments_with_line_numbers() -> None:
    robots = parse_robots("# one\nUser-agent: * # two\n## three\nDisallow: /\n")
    assert robots.comments == ((1, "one"), (2, "two"), (3, "three"))


def test_truncation_ignores_rules_after_the_limit() -> None:
    filler = "# " + "x" * 97 + "\n"  # 100 bytes a line
    body = "User-agent: *\n" + filler * (600 * 1024 // 100) + "Disallow: /\n"
    robots = parse_robots(body)
    assert robots.truncated is not None
    assert robots.truncated.limit_bytes == PARSE_LIMIT
    assert robots.truncated.size_bytes == len(body.encode())
    assert robots.decide("FooBot", "/").allowed is True  # the Disallow after the cut is ignored
    assert robots.line_count < robots.truncated.first_ignored_line


def test_truncation_drops_a_line_cut_in_half() -> None:
    # The limit falls inside "Allow: /admin-only": half of it ("Allow: /") must not be read.
    head = "User-agent: *\nDisallow: /\n"
    pad = "#" * (PARSE_LIMIT - len(head) - len("Allow: /") - 1) + "\n"
    robots = parse_robots(head + pad + "Allow: /admin-only\n")
    assert robots.truncated is not None
    assert robots.decide("FooBot", "/x").allowed is False


def test_exactly_the_limit_is_not_truncated() -> None:
    body = "User-agent: *\n" + "#" * (PARSE_LIMIT - 15) + "\n"
    assert len(body.encode()) == PARSE_LIMIT
    assert parse_robots(body).truncated is None


@pytest.mark.parametrize(
    "body",
    [
        # Not text at all: parsed as empty, never raised.
        pytest.param(12345, id="int"),
        pytest.param(None, id="none"),
        # NUL bytes and control characters.
        pytest.param("User-agent: \x00\nDisallow: /\x00\n", id="nul"),
        # An HTML page served as robots.txt.
        pytest.param("<!DOCTYPE html><html><body>Not found</body></html>", id="html"),
        # Lone surrogates cannot be encoded to UTF-8 (short file: no re-encoding for the limit).
        pytest.param("User-agent: *\nDisallow: /\ud800\n", id="surrogate-short"),
        # Lone surrogates in a file long enough to be measured in bytes.
        pytest.param("User-agent: *\nDisallow: /\ud800\n" + "#" * PARSE_LIMIT, id="surrogate"),
    ],
)
def test_never_raises(body: object) -> None:
    robots = parse_robots(body)  # type: ignore[arg-type]
    assert robots.failure is None
    robots.decide("FooBot", "/")


def test_html_body_is_flagged() -> None:
    assert parse_robots("<!doctype html>\n<html>\n").looks_like_html is True
    assert parse_robots("User-agent: *\nDisallow: /\n").looks_like_html is False


@pytest.mark.parametrize(
    ("url", "path"),
    [
        # Google's GetPathParamsQuery cases (robots_test.cc TestGetPathParamsQuery).
        ("", "/"),
        ("http://www.example.com", "/"),
        ("http://www.example.com/", "/"),
        ("http://www.example.com/a", "/a"),
        ("http://www.example.com/a/", "/a/"),
        ("http://www.example.com/a/b?c=http://d.e/", "/a/b?c=http://d.e/"),
        ("http://www.example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f"),
        ("example.com", "/"),
        ("example.com/", "/"),
        ("example.com/a", "/a"),
        ("example.com/a/", "/a/"),
        ("example.com/a/b?c=d&e=f#fragment", "/a/b?c=d&e=f"),
        ("a", "/"),
        ("a/", "/"),
        ("/a", "/a"),
        ("a/b", "/b"),
        ("example.com?a", "/?a"),
        ("example.com/a;b#c", "/a;b"),
        ("//a/b/c", "/b/c"),
    ],
)
def test_path_of(url: str, path: str) -> None:
    assert path_of(url) == path


def _reference_allowed(rules: list[tuple[bool, str]], path: str) -> bool:
    """RFC 9309 matching written the slow, obvious way: one regex per rule."""
    best: tuple[int, bool] | None = None
    for allow, pattern in rules:
        if not pattern:
            continue
        anchored = pattern.endswith("$")
        body = pattern[:-1] if anchored else pattern
        regex = "".join(".*" if c == "*" else re.escape(c) for c in body)
        if re.match(regex + (r"\Z" if anchored else ""), path, re.DOTALL):
            key = (len(pattern), allow)  # longest wins; on a tie True (Allow) sorts higher
            best = key if best is None or key > best else best
    return True if best is None else best[1]


def test_matches_a_regex_reference_on_random_rules() -> None:
    # Differential check of the prefix/substring matcher against the obvious implementation.
    rng = random.Random(9309)
    alphabet = ["/", "a", "b", "*", "$", ".", "?", "="]
    for _ in range(3000):
        rules = [
            (rng.random() < 0.5, "/" + "".join(rng.choices(alphabet, k=rng.randint(0, 5))))
            for _ in range(rng.randint(1, 5))
        ]
        body = "User-agent: *\n" + "".join(
            f"{'Allow' if allow else 'Disallow'}: {pattern}\n" for allow, pattern in rules
        )
        path = "/" + "".join(rng.choices(["/", "a", "b", ".", "?", "=", "c"], k=rng.randint(0, 7)))
        expected = _reference_allowed(rules, path)
        assert parse_robots(body).decide("FooBot", path).allowed is expected, (body, path)


@pytest.mark.parametrize(
    ("rule", "path"),
    [
        ("Disallow: /café", "/café/menu"),
        ("Disallow: /caf%c3%a9", "/café"),
        ("Disallow: /café", "https://example.com/café?x=1"),
        ("Disallow: /a b", "/a%20b"),
    ],
)
def test_raw_non_ascii_paths_do_not_escape_a_disallow(rule: str, path: str) -> None:
    """Issue 12.30: a path given unencoded is compared RFC 3986-normalised (fail closed)."""
    robots = parse_robots(f"User-agent: *\n{rule}\n")
    assert robots.decide("FooBot", path).allowed is False
    assert robots.decide("FooBot", "/other").allowed is True
