"""aipref ``Content-Usage`` header -> signals (compliance/extract/headers.py).

Vectors from STANDARDS.md §5.2 (the draft's official ones, confirmed with http-sf) and §5.4
(CC signals), plus the §16 own vectors: uppercase keys and duplicate header lines.
"""

from __future__ import annotations

import pytest

from compliance.extract.headers import header_signals, parse_header_block


def ids(*lines: str) -> list[str]:
    block = parse_header_block("HTTP/1.1 200 OK\n" + "\n".join(lines) + "\n")
    return [s.id for s in header_signals(block)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # official vector 1: plain tokens
        ("train-ai=y, search=n", ["content-usage:train-ai=y", "content-usage:search=n"]),
        # official vector 2: the last train-ai is a Boolean, the last search a String -> unknown
        (
            'train-ai=y, train-ai, search=n, search="n"',
            ["content-usage:invalid-value", "content-usage:invalid-value"],
        ),
        # official vector 3: the last member wins and its parameters are ignored
        ("train-ai;allow=n, train-ai=y", ["content-usage:train-ai=y"]),
        # official vector 4: trailing ';' is rejected by strict RFC 9651 -> whole field unknown
        ('train-ai;has;parameters="?";', ["content-usage:malformed"]),
        # without the trailing ';' it parses as Boolean true with parameters -> unknown
        ('train-ai;has;parameters="?"', ["content-usage:invalid-value"]),
        # an uppercase key fails SF parsing -> every preference unknown (strict, per vocab §6.6)
        ("Train-AI=n", ["content-usage:malformed"]),
        # one bad key poisons the whole field, the good member included
        ("train-ai=n, Search=y", ["content-usage:malformed"]),
        # unknown labels MUST be ignored; with a y/n token they come out for user packs
        ("foo=n", ["content-usage:foo=n"]),
        # unknown labels with other values are ignored silently
        ("foo=1", []),
        # an Integer is not a preference
        ("train-ai=1", ["content-usage:invalid-value"]),
        # a token other than y/n is not a preference
        ("search=no", ["content-usage:invalid-value"]),
        # an empty field carries nothing
        ("", []),
    ],
)
def test_official_vectors(value: str, expected: list[str]) -> None:
    assert ids(f"Content-Usage: {value}") == expected


def test_uppercase_key_reason_shows_the_intended_reading() -> None:
    # We follow the spec (unknown) but tell the reviewer what the declarer meant.
    [signal] = header_signals(parse_header_block("Content-Usage: Train-AI=n\n"))
    assert signal.id == "content-usage:malformed"
    assert "probably means 'train-ai=n'" in signal.evidence.excerpt
    assert signal.evidence.excerpt.endswith("Content-Usage: Train-AI=n")
    assert signal.evidence.line == 1


def test_header_name_is_case_insensitive() -> None:
    assert ids("content-usage: train-ai=n") == ["content-usage:train-ai=n"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # two lines y then n: each line is a statement, most restrictive wins (vocab §7.1),
        # where plain HTTP combining + SF last-wins would have said y (fail open)
        (
            ["Content-Usage: train-ai=y", "Content-Usage: train-ai=n"],
            ["consistency:content-usage-conflict", "content-usage:train-ai=n"],
        ),
        # n then y: the same, the n stands
        (
            ["Content-Usage: train-ai=n", "Content-Usage: train-ai=y"],
            ["consistency:content-usage-conflict", "content-usage:train-ai=n"],
        ),
        # different labels on separate lines combine like one dictionary
        (
            ["Content-Usage: train-ai=n", "Content-Usage: search=y"],
            ["content-usage:train-ai=n", "content-usage:search=y"],
        ),
        # the same value twice is no conflict
        (["Content-Usage: train-ai=n", "Content-Usage: train-ai=n"], ["content-usage:train-ai=n"]),
        # an empty line adds nothing and breaks nothing
        (["Content-Usage:", "Content-Usage: search=n"], ["content-usage:search=n"]),
        # HTTP combines lines: one unparseable line makes the whole field unknown
        (["Content-Usage: train-ai=n", "Content-Usage: Search=y"], ["content-usage:malformed"]),
    ],
)
def test_duplicate_lines(lines: list[str], expected: list[str]) -> None:
    # Signals come out in line order; which line carries the warning is not the point here.
    assert sorted(ids(*lines)) == sorted(expected)


def test_conflict_within_one_line_is_reported_but_last_member_wins() -> None:
    # SF semantics inside one line (the official vector): the later y wins; we still warn.
    assert ids("Content-Usage: train-ai=n, train-ai=y") == [
        "consistency:content-usage-conflict",
        "content-usage:train-ai=y",
    ]


def test_evidence_points_at_the_deciding_line() -> None:
    block = parse_header_block("HTTP/2 200\nContent-Usage: train-ai=y\nContent-Usage: train-ai=n\n")
    decided = [s for s in header_signals(block) if s.id == "content-usage:train-ai=n"]
    assert [(s.evidence.line, s.evidence.path, s.evidence.kind) for s in decided] == [
        (3, "Content-Usage", "header")
    ]
    assert decided[0].evidence.excerpt == "Content-Usage: train-ai=n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the real-world example: legacy label plus its warning
        ("ai=n", ["content-usage:ai=n", "content-usage:legacy-label"]),
        # each legacy label of drafts -00 ... -04 is recognised
        ("tdm=n", ["content-usage:tdm=n", "content-usage:legacy-label"]),
        ("genai=n", ["content-usage:genai=n", "content-usage:legacy-label"]),
        ("inference=n", ["content-usage:inference=n", "content-usage:legacy-label"]),
        ("all=n", ["content-usage:all=n", "content-usage:legacy-label"]),
        ("bots=n", ["content-usage:bots=n", "content-usage:legacy-label"]),
        ("train-genai=n", ["content-usage:train-genai=n", "content-usage:legacy-label"]),
        ("ai-use=n", ["content-usage:ai-use=n", "content-usage:legacy-label"]),
        ("ai-output=y", ["content-usage:ai-output=y", "content-usage:legacy-label"]),
        # the current labels are not legacy
        ("train-ai=n", ["content-usage:train-ai=n"]),
        ("search=y", ["content-usage:search=y"]),
    ],
)
def test_legacy_labels(value: str, expected: list[str]) -> None:
    assert ids(f"Content-Usage: {value}") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # CC's robots example: ai-use denied unless credited -> the CC signal is the value
        ("ai-use=n;exceptions=cc-cr", ["content-usage:ai-use=cc-cr", "content-usage:legacy-label"]),
        # CC's header example
        (
            "train-genai=n;exceptions=cc-cr-ec",
            ["content-usage:train-genai=cc-cr-ec", "content-usage:legacy-label"],
        ),
        # a current label with a CC exception is conditional too (not the plain deny)
        ("train-ai=n;exceptions=cc-cr-op", ["content-usage:train-ai=cc-cr-op"]),
        # an exception that is not a CC signal is an unknown parameter: ignored
        ("train-ai=n;exceptions=other", ["content-usage:train-ai=n"]),
        # a String exception is not a Token: ignored
        ('train-ai=n;exceptions="cc-cr"', ["content-usage:train-ai=n"]),
        # exceptions only qualify a refusal; y stays y
        ("train-ai=y;exceptions=cc-cr", ["content-usage:train-ai=y"]),
    ],
)
def test_cc_signals(value: str, expected: list[str]) -> None:
    assert ids(f"Content-Usage: {value}") == expected


def test_plain_pairs_work_without_line_numbers() -> None:
    [signal] = header_signals([("Content-Usage", "train-ai=n")])
    assert signal.id == "content-usage:train-ai=n"
    assert signal.evidence.line is None
    assert signal.evidence.excerpt == "Content-Usage: train-ai=n"


def test_non_ascii_value_is_malformed_not_a_crash() -> None:
    assert ids("Content-Usage: train-ai=ñ") == ["content-usage:malformed"]
