"""TDMRep /.well-known/tdmrep.json and cross-source consistency (compliance/extract/tdmrep.py).

Vectors from STANDARDS.md §6.2 (the spec's examples: site-wide, three groups), §6.5 (values
seen in the wild), and the §16 own vectors: file-vs-header override (1 then 0) and
tdmrep.json order dependence (a generic rule before a specific one).
"""

from __future__ import annotations

import json

import pytest

from compliance.extract.headers import header_signals, parse_header_block
from compliance.extract.tdmrep import (
    location_matches,
    reservation_signals,
    tdmrep_consistency,
    tdmrep_file_signals,
)
from compliance.model import Evidence, Signal

# The spec's three-group example (§6.2 a), one rule per line so line numbers are easy to read.
SPEC_FILE = """[
  { "location": "/directory-a/", "tdm-reservation": 1 },
  { "location": "/directory-b/html/", "tdm-reservation": 1,
    "tdm-policy": "https://provider.com/policies/policy.json" },
  { "location": "/directory-b/images/*.jpg", "tdm-reservation": 0 }
]"""


def ids(body: str, path: str) -> list[str]:
    return [s.id for s in tdmrep_file_signals(body, path=path)]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # rule 1: a prefix match
        ("/directory-a/page.html", ["tdmrep:reservation=1"]),
        # rule 2: reserved with a policy, a licence offer
        ("/directory-b/html/index.html", ["tdmrep:reserved-with-policy", "tdmrep:policy"]),
        # rule 3: `*` matches any octets
        ("/directory-b/images/sub/cat.jpg", ["tdmrep:reservation=0"]),
        # rule 3 does not end with `$`, so a longer path still matches
        ("/directory-b/images/cat.jpg.html", ["tdmrep:reservation=0"]),
        # no rule matches: the reservation is unset, nothing is said
        ("/directory-b/images/cat.png", []),
        ("/", []),
        # a full URL is compared by its path
        ("https://provider.com/directory-a/x", ["tdmrep:reservation=1"]),
        # paths are case-sensitive
        ("/Directory-A/page.html", []),
    ],
)
def test_spec_example(path: str, expected: list[str]) -> None:
    assert ids(SPEC_FILE, path) == expected


def test_site_wide_opt_out() -> None:
    assert ids('[{"location": "/", "tdm-reservation": 1}]', "/any/thing") == [
        "tdmrep:reservation=1"
    ]


def test_evidence_names_the_rule_and_its_line() -> None:
    found = tdmrep_file_signals(SPEC_FILE, path="/directory-b/html/x")
    reserved = found[0].evidence
    assert (reserved.kind, reserved.path, reserved.line) == (
        "site-file",
        "/.well-known/tdmrep.json",
        3,
    )
    assert reserved.excerpt.startswith('{ "location": "/directory-b/html/", "tdm-reservation": 1,')
    assert found[1].evidence.excerpt == reserved.excerpt  # the policy is in the same rule


@pytest.mark.parametrize(
    ("rules", "path", "expected"),
    [
        # §16: a generic rule before a specific one -- the FIRST match wins, not the longest,
        # and the hidden specific rule is reported
        (
            [{"location": "/", "tdm-reservation": 1}, {"location": "/open/", "tdm-reservation": 0}],
            "/open/a",
            ["tdmrep:reservation=1", "tdmrep:shadowed-rule"],
        ),
        # the publisher's intended order: specific first
        (
            [{"location": "/open/", "tdm-reservation": 0}, {"location": "/", "tdm-reservation": 1}],
            "/open/a",
            ["tdmrep:reservation=0"],
        ),
        # a later, more specific rule with the same value hides nothing that matters
        (
            [{"location": "/", "tdm-reservation": 1}, {"location": "/a/", "tdm-reservation": 1}],
            "/a/b",
            ["tdmrep:reservation=1"],
        ),
        # an invalid first match is skipped (reported), so the next valid rule still applies
        (
            [{"location": "/", "tdm-reservation": "yes"}, {"location": "/", "tdm-reservation": 1}],
            "/x",
            ["tdmrep:malformed", "tdmrep:reservation=1"],
        ),
        # a rule without tdm-reservation is skipped too
        (
            [{"location": "/"}, {"location": "/", "tdm-reservation": 0}],
            "/x",
            ["tdmrep:malformed", "tdmrep:reservation=0"],
        ),
    ],
)
def test_first_match_wins(rules: list[dict[str, object]], path: str, expected: list[str]) -> None:
    assert ids(json.dumps(rules, indent=1), path) == expected


def test_shadowed_rule_says_which_rule_won() -> None:
    body = (
        '[{"location": "/", "tdm-reservation": 1},\n {"location": "/open/", "tdm-reservation": 0}]'
    )
    shadow = tdmrep_file_signals(body, path="/open/a")[1]
    assert shadow.evidence.line == 2
    assert (
        "rule 2 ('/open/') is more specific but rule 1 ('/') comes first" in shadow.evidence.excerpt
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1, ["tdmrep:reservation=1"]),
        (0, ["tdmrep:reservation=0"]),
        # the strings "1"/"0" are read leniently, with a warning (§6.5)
        ('"1"', ["tdmrep:reservation=1", "tdmrep:non-conformant"]),
        ('"0"', ["tdmrep:reservation=0", "tdmrep:non-conformant"]),
        # JSON true is not 1 (Python's bool is an int: guard against that)
        ("true", ["tdmrep:malformed"]),
        ('"yes"', ["tdmrep:malformed"]),
        (2, ["tdmrep:malformed"]),
        ("null", ["tdmrep:malformed"]),
        ("1.0", ["tdmrep:malformed"]),
    ],
)
def test_reservation_values(value: object, expected: list[str]) -> None:
    assert ids(f'[{{"location": "/", "tdm-reservation": {value}}}]', "/") == expected


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("[{", "not valid JSON"),  # truncated
        ("", "not valid JSON"),  # empty 200 body
        ("<html>Not found</html>", "not valid JSON"),  # an HTML error page served as 200
        ('"/"', "must be an array of rules (got str)"),
        ("42", "must be an array of rules (got int)"),
        ("[" * 100_000, "not valid JSON"),  # deep nesting: RecursionError is caught
    ],
)
def test_malformed_files(body: str, reason: str) -> None:
    [signal] = tdmrep_file_signals(body, path="/")
    assert signal.id == "tdmrep:malformed"
    assert reason in signal.evidence.excerpt


def test_json_error_carries_its_line() -> None:
    [signal] = tdmrep_file_signals('[\n {"location": "/",\n  "tdm-reservation": }\n]', path="/")
    assert signal.evidence.line == 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a top-level object instead of an array: read as one rule, with a warning
        (
            '{"location": "/", "tdm-reservation": 1}',
            ["tdmrep:non-conformant", "tdmrep:reservation=1"],
        ),
        # entries that are not objects are skipped and reported
        (
            '["/", {"location": "/", "tdm-reservation": 1}]',
            ["tdmrep:malformed", "tdmrep:reservation=1"],
        ),
        # a non-string location cannot match
        ('[{"location": 1, "tdm-reservation": 1}]', ["tdmrep:malformed"]),
        # an empty location matches nothing and is reported
        ('[{"location": "", "tdm-reservation": 1}]', ["tdmrep:malformed"]),
        # a policy that is not a string is reported; the reservation keeps no policy
        (
            '[{"location": "/", "tdm-reservation": 1, "tdm-policy": 5}]',
            ["tdmrep:reservation=1", "tdmrep:malformed"],
        ),
        # a BOM before the array is fine
        ('\ufeff[{"location": "/", "tdm-reservation": 0}]', ["tdmrep:reservation=0"]),
        # an empty array: the protocol is implemented, nothing reserved
        ("[]", []),
    ],
)
def test_shapes(body: str, expected: list[str]) -> None:
    assert ids(body, "/") == expected


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("/a/", "/a/b", True),  # prefix
        ("/a/", "/a", False),  # the pattern is longer than the path
        ("/a$", "/a", True),  # `$` anchors the end
        ("/a$", "/ab", False),
        ("/*.jpg$", "/x/y.jpg", True),
        ("/*.jpg$", "/x/y.jpg?s=1", False),
        ("/a/%7Euser/", "/a/~user/x", True),  # unreserved escapes are decoded
        ("/a/~user/", "/a/%7euser/x", True),
        ("/caf%C3%A9/", "/café/menu", True),  # non-ASCII is compared as UTF-8 escapes
        ("/a%2Fb", "/a/b", False),  # an escaped slash stays escaped
        ("", "/", False),  # an empty pattern matches nothing
        ("/", "", True),  # an empty path is "/"
    ],
)
def test_location_patterns(pattern: str, path: str, matches: bool) -> None:
    assert location_matches(pattern, path) is matches


# --------------------------------------------------------------------------- consistency


def header(lines: str) -> list[Signal]:
    return header_signals(parse_header_block(lines))


def meta(content: str) -> Signal:
    # The HTML extractor's meta form (compliance/extract/html.py).
    return Signal(
        id=f"tdmrep:reservation={content}",
        evidence=Evidence(
            kind="meta", excerpt=f'<meta name="tdm-reservation" content="{content}">'
        ),
    )


def test_file_one_header_zero_is_a_conflict_that_fails_closed() -> None:
    # §16: file-vs-header override. TDMRep lets the header 0 supersede the file 1; we keep
    # both findings (the engine takes the most restrictive) and report the conflict.
    signals = tdmrep_file_signals('[{"location": "/", "tdm-reservation": 1}]', path="/a")
    signals += header("tdm-reservation: 0\n")
    [conflict] = tdmrep_consistency(signals)
    assert conflict.id == "consistency:tdmrep-conflict"
    excerpt = conflict.evidence.excerpt
    assert "tdmrep.json line 1 says 1; the tdm-reservation header line 1 says 0" in excerpt
    assert "would take 0 from the tdm-reservation header" in excerpt
    assert "fails closed" in excerpt
    # the evidence points at the source the spec would have followed
    assert conflict.evidence.kind == "header"


@pytest.mark.parametrize(
    ("signals", "conflict"),
    [
        # the same value everywhere: no conflict
        ([*header("tdm-reservation: 1\n"), meta("1")], False),
        # a reservation with a policy counts as 1
        ([*header("tdm-reservation: 1\ntdm-policy: https://p.example/\n"), meta("0")], True),
        # header 1, meta 0: the spec would follow the meta; we keep the reservation
        ([*header("tdm-reservation: 1\n"), meta("0")], True),
        # one source alone never conflicts
        (header("tdm-reservation: 0\n"), False),
        # an unset (malformed) value is no statement, so no conflict
        ([*header("tdm-reservation: yes\n"), meta("1")], False),
        # nothing at all
        ([], False),
    ],
)
def test_consistency(signals: list[Signal], conflict: bool) -> None:
    assert bool(tdmrep_consistency(signals)) is conflict


def test_reservation_signals_is_shared_by_every_source() -> None:
    ev = Evidence(kind="meta", excerpt='<meta name="tdm-reservation" content="1">')
    policy = Evidence(kind="meta", excerpt='<meta name="tdm-policy" content="https://p.example/">')
    found = reservation_signals([("1", ev)], [("https://p.example/", policy)])
    assert [s.id for s in found] == ["tdmrep:reserved-with-policy", "tdmrep:policy"]
    assert found[0].evidence.kind == "meta"
    # text sources read "1" as conformant; JSON sources warn about the string
    assert [s.id for s in reservation_signals([("1", ev)], from_json=True)] == [
        "tdmrep:reservation=1",
        "tdmrep:non-conformant",
    ]


def test_end_to_end_file_then_header_override() -> None:
    # Through the real checker: the site file says 1, the response header says 0.
    engine = pytest.importorskip("compliance.engine")
    from compliance.model import Document, Site, SiteFile

    site = Site(tdmrep=SiteFile(status=200, body='[{"location": "/", "tdm-reservation": 1}]'))
    doc = Document(
        id="x",
        source="x",
        kind="text",
        text="Hello.",
        url="https://example.com/a",
        headers=(("tdm-reservation", "0"),),
        site=site,
    )
    result = engine.Checker.from_rules().check(doc)
    assert result.verdicts["ai-train"].verdict.value == "deny"  # fail closed
    fired = {f.rule_id for f in result.findings}
    assert {
        "signals-tdmrep/reserved",
        "signals-tdmrep/not-reserved",
        "signals-tdmrep/conflict",
    } <= fired


def test_hostile_pattern_does_not_backtrack() -> None:
    # Forty `*` pieces against a long path: a backtracking regex would not finish; the
    # reachable-offsets matcher answers at once (a hang guard, not a timing assertion).
    assert location_matches("/" + "*a" * 40 + "b", "/" + "a" * 2000) is False
    body = json.dumps([{"location": "/" + "*a" * 40 + "b", "tdm-reservation": 1}])
    assert tdmrep_file_signals(body, path="/" + "a" * 2000) == []


@pytest.mark.parametrize(
    ("pattern", "path"),
    [
        ("/café/", "/caf%C3%A9/x"),
        ("/caf%c3%a9/", "/café/x"),
        ("/ツ$", "/%e3%83%84"),
        ("/a b/", "/a%20b/c"),
        ("/*.jpg$", "/Ünï/y.jpg"),
        ("/x%2Fy", "/x/y"),
        ("/%E3%83%84*q=1", "https://example.com/ツ/a?q=1"),
    ],
)
def test_robots_and_tdmrep_share_one_normalised_matcher(pattern: str, path: str) -> None:
    """Issue 12.30: the same pattern and path give the same answer in both protocols."""
    from compliance.extract.robotstxt import match_pattern

    assert location_matches(pattern, path) is (match_pattern(pattern, path) >= 0)
