"""RSL 1.0 licence documents -> signals (compliance/extract/rsl.py) and rules/signals/rsl.yaml.

Vectors: the §7.1 structure example of STANDARDS.md and the real documents listed in its
"Corrections" section (RSL Collective onboarding guide and royalty.xml, Stack Overflow,
davidtofan, crawl-price-index, ireneburresi, the official train-ai alias, the pre-1.0
encrypted-content page), several of them deliberately non-conformant.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance.extract.rsl import rsl_fetch_signals, rsl_signals
from compliance.model import Signal, SiteFile

NS = 'xmlns="https://rslstandard.org/rsl"'
PURPOSES = ("search", "ai-train", "ai-input", "ai-index")


def rsl(content: str, *, ns: str = NS) -> str:
    return f"<rsl {ns}>{content}</rsl>"


def read(body: str, path: str = "/") -> list[Signal]:
    return rsl_signals(body, path=path, source="https://example.com/license.xml")


def outcomes(body: str, path: str = "/") -> dict[str, list[str]]:
    """Per purpose, the outcome values (``permit-with-payment`` ...), in order."""
    found: dict[str, list[str]] = {}
    for s in read(body, path):
        purpose, _, value = s.id.removeprefix("rsl:").partition("=")
        if purpose in PURPOSES:
            found.setdefault(purpose, []).append(value)
    return found


def ids(body: str, path: str = "/") -> list[str]:
    return [s.id for s in read(body, path)]


# --------------------------------------------------------------------------- real documents

SPEC_EXAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<rsl xmlns="https://rslstandard.org/rsl">
  <content url="/" server="https://license.example.com">
    <license>
      <permits type="usage">search ai-input</permits>
      <prohibits type="usage">ai-train</prohibits>
      <permits type="user">non-commercial education</permits>
      <permits type="geo">US EU</permits>
      <payment type="crawl">
        <amount currency="USD">0.015</amount>
        <standard>https://example.com/licenses/pay-per-crawl</standard>
      </payment>
    </license>
    <copyright type="organization" contactEmail="legal@example.com"/>
    <terms>https://example.com/terms</terms>
  </content>
</rsl>"""


def test_spec_structure_example() -> None:
    assert outcomes(SPEC_EXAMPLE) == {
        # permitted, for non-commercial users, against a pay-per-crawl payment
        "search": ["permit-with-non-commercial", "permit-with-payment"],
        # prohibits beats everything
        "ai-train": ["prohibit"],
        "ai-input": ["permit-with-non-commercial", "permit-with-payment"],
        # closed enumeration: not listed, not granted
        "ai-index": ["not-granted"],
    }
    found = ids(SPEC_EXAMPLE)
    # server= means a licence token is needed even for free use (§7.1)
    assert "rsl:server-token-required" in found
    assert "rsl:terms" in found
    # a well-formed document raises no warnings
    assert not [i for i in found if i in ("rsl:non-conformant", "rsl:unknown-token")]


def test_evidence_points_at_the_deciding_element() -> None:
    [prohibit] = [s for s in read(SPEC_EXAMPLE) if s.id == "rsl:ai-train=prohibit"]
    assert prohibit.evidence.excerpt == '<prohibits type="usage">ai-train</prohibits>'
    assert (prohibit.evidence.kind, prohibit.evidence.line) == ("site-file", 6)
    assert prohibit.evidence.path == "https://example.com/license.xml"
    [payment] = [s for s in read(SPEC_EXAMPLE) if s.id == "rsl:search=permit-with-payment"]
    assert payment.evidence.excerpt.startswith("search licensed on condition of payment: <payment")
    assert payment.evidence.line == 9


ONBOARDING = rsl(
    '<content url="/"><license><permits type="usage">ai-all</permits><payment>'
    "<standard>https://rslcollective.org/license</standard></payment></license></content>"
    '<content url="/original-reporting/licensed-wire-images/"><license>'
    '<prohibits type="usage">ai-all</prohibits></license></content>'
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        # site-wide: every AI use against payment (a <payment> with no type is NOT free);
        # search is not in the closed list
        (
            "/news/story.html",
            {
                "search": ["not-granted"],
                "ai-train": ["permit-with-payment"],
                "ai-input": ["permit-with-payment"],
                "ai-index": ["permit-with-payment"],
            },
        ),
        # the section exclusion is more specific and prohibits AI use; it says nothing about
        # search, and silence is not a grant
        (
            "/original-reporting/licensed-wire-images/1.jpg",
            {"ai-train": ["prohibit"], "ai-input": ["prohibit"], "ai-index": ["prohibit"]},
        ),
    ],
)
def test_onboarding_guide(path: str, expected: dict[str, list[str]]) -> None:
    assert outcomes(ONBOARDING, path) == expected


def test_royalty_xml() -> None:
    body = rsl(
        '<content url="/" server="https://api.rslcollective.org"><license>'
        '<permits type="usage">ai-all</permits><payment type="use">'
        "<standard>https://rslcollective.org/license</standard></payment></license></content>"
    )
    found = ids(body)
    assert "rsl:server-token-required" in found
    assert "rsl:payment=payment" in found  # type="use" is a payment
    assert outcomes(body)["ai-train"] == ["permit-with-payment"]


def test_stack_overflow_terms_without_licence() -> None:
    body = rsl(
        '<content url="/"><terms>https://creativecommons.org/licenses/by-sa/4.0/legalcode.txt'
        "</terms></content>"
    )
    # no <license>: non-conformant, no RSL grant; the terms are a CC licence, mapped as such
    assert ids(body) == ["rsl:terms", "cc:by-sa", "rsl:non-conformant"]
    assert outcomes(body) == {}


DAVIDTOFAN = """<rsl xmlns="https://rslstandard.org/rsl">
  <content url="/">
    <license>
      <permits type="usage">search</permits>
      <permits type="usage">ai-input</permits>
      <payment type="attribution"><custom>https://davidtofan.com/attribution</custom></payment>
    </license>
    <license>
      <permits type="usage">ai-train</permits>
      <payment type="training"/>
    </license>
  </content>
</rsl>"""


def test_two_licences_in_one_content() -> None:
    # Corrections #3: a use absent from licence 1 may be granted by licence 2
    assert outcomes(DAVIDTOFAN) == {
        "search": ["permit-with-attribution"],
        "ai-train": ["permit-with-payment"],
        "ai-input": ["permit-with-attribution"],
        "ai-index": ["not-granted"],
    }
    # two <permits type="usage"> in one licence: non-conformant, read together
    warnings = [s for s in read(DAVIDTOFAN) if s.id == "rsl:non-conformant"]
    assert len(warnings) == 1 and warnings[0].evidence.line == 5


def test_crawl_price_index() -> None:
    body = rsl(
        '<content url="/"><license><permits type="usage">search</permits>'
        '<permits type="usage">ai-index</permits><permits type="usage">ai-input</permits>'
        '<payment type="attribution"/></license><license><permits type="usage">ai-train</permits>'
        '<payment type="training"><amount currency="USD">1.00</amount><custom>per 1k</custom>'
        "</payment></license></content>"
    )
    assert outcomes(body) == {
        "search": ["permit-with-attribution"],
        "ai-train": ["permit-with-payment"],  # priced training
        "ai-input": ["permit-with-attribution"],
        "ai-index": ["permit-with-attribution"],
    }


def test_ireneburresi_unknown_elements_and_tokens() -> None:
    body = (
        f'<rsl {NS} version="1.0"><meta><title>x</title></meta><content url="/"><license>'
        '<permits type="usage">search quote excerpt</permits><payment type="attribution">'
        "<terms>https://x.example/</terms></payment>"
        '<legal type="warranty">ownership authority</legal></license></content></rsl>'
    )
    found = read(body)
    notes = [s.evidence.excerpt.split(":")[0] for s in found if s.id == "rsl:non-conformant"]
    assert notes == ["<meta> is not an RSL 1.0 element"]  # reported once, not its children
    unknown = [s.evidence.excerpt.split(" is ")[0] for s in found if s.id == "rsl:unknown-token"]
    assert unknown == ["'quote'", "'excerpt'"]
    assert outcomes(body)["search"] == ["permit-with-attribution"]


def test_official_train_ai_alias() -> None:
    # Corrections #5: the official guide writes train-ai; read as ai-train, with a warning
    body = rsl(
        '<content url="/"><license><permits type="usage">train-ai</permits></license></content>'
    )
    assert ids(body)[:2] == ["rsl:alias", "rsl:permits=ai-train"]
    assert outcomes(body)["ai-train"] == ["permit"]


def test_pre_1_0_types_are_reported_not_guessed() -> None:
    # the encrypted-content page: <permits type="application">, <payment type="royalty">
    body = rsl(
        '<content url="/" encrypted="true" server="https://api.rslcollective.org"><license>'
        '<permits type="application">training</permits><payment type="royalty"/></license></content>'
    )
    found = ids(body)
    assert found.count("rsl:non-conformant") == 2  # the unknown permits type and payment type
    # no usage named: a blanket licence, every use against payment (royalty is a payment)
    assert outcomes(body) == {p: ["permit-with-payment"] for p in PURPOSES}


# --------------------------------------------------------------------------- semantics


@pytest.mark.parametrize(
    ("licence", "expected"),
    [
        # free of conditions
        ('<permits type="usage">all</permits>', {p: ["permit"] for p in PURPOSES}),
        (
            '<permits type="usage">ai-all</permits><payment type="free"/>',
            {
                "search": ["not-granted"],
                "ai-train": ["permit"],
                "ai-input": ["permit"],
                "ai-index": ["permit"],
            },
        ),
        # prohibits beats permits inside one licence
        (
            '<permits type="usage">all</permits><prohibits type="usage">ai-train</prohibits>',
            {
                "search": ["permit"],
                "ai-train": ["prohibit"],
                "ai-input": ["permit"],
                "ai-index": ["permit"],
            },
        ),
        # payment types: attribution is a condition of its own, every other type is payment
        (
            '<permits type="usage">search</permits><payment type="attribution"/>',
            {
                "search": ["permit-with-attribution"],
                "ai-train": ["not-granted"],
                "ai-input": ["not-granted"],
                "ai-index": ["not-granted"],
            },
        ),
        (
            '<permits type="usage">search</permits><payment type="subscription"/>',
            {
                "search": ["permit-with-payment"],
                "ai-train": ["not-granted"],
                "ai-input": ["not-granted"],
                "ai-index": ["not-granted"],
            },
        ),
        # attribution and payment together: both conditions
        (
            '<permits type="usage">ai-train</permits><payment type="attribution"/><payment type="purchase"/>',
            {
                "search": ["not-granted"],
                "ai-train": ["permit-with-attribution", "permit-with-payment"],
                "ai-input": ["not-granted"],
                "ai-index": ["not-granted"],
            },
        ),
        # users: commercial excluded -> non-commercial condition
        (
            '<permits type="usage">ai-input</permits><prohibits type="user">commercial</prohibits>',
            {
                "search": ["not-granted"],
                "ai-train": ["not-granted"],
                "ai-input": ["permit-with-non-commercial"],
                "ai-index": ["not-granted"],
            },
        ),
        # users including commercial: no condition
        (
            '<permits type="usage">ai-input</permits><permits type="user">commercial personal</permits>',
            {
                "search": ["not-granted"],
                "ai-train": ["not-granted"],
                "ai-input": ["permit"],
                "ai-index": ["not-granted"],
            },
        ),
        # only prohibits: the other uses are silent
        ('<prohibits type="usage">ai-train</prohibits>', {"ai-train": ["prohibit"]}),
        # an empty licence licenses everything, free
        ("", {p: ["permit"] for p in PURPOSES}),
        # comma-separated tokens are read leniently
        (
            '<permits type="usage">search,ai-index</permits>',
            {
                "search": ["permit"],
                "ai-train": ["not-granted"],
                "ai-input": ["not-granted"],
                "ai-index": ["permit"],
            },
        ),
        # permits without a type is read as usage
        (
            "<permits>ai-train</permits>",
            {
                "search": ["not-granted"],
                "ai-train": ["permit"],
                "ai-input": ["not-granted"],
                "ai-index": ["not-granted"],
            },
        ),
    ],
)
def test_one_licence(licence: str, expected: dict[str, list[str]]) -> None:
    assert outcomes(rsl(f'<content url="/"><license>{licence}</license></content>')) == expected


def test_least_demanding_offer_wins_but_any_prohibition_beats_it() -> None:
    two = rsl(
        '<content url="/"><license><permits type="usage">ai-input</permits><payment type="use"/>'
        '</license><license><permits type="usage">ai-input</permits><payment type="attribution"/>'
        "</license></content>"
    )
    assert outcomes(two)["ai-input"] == ["permit-with-attribution"]
    conflict = rsl(
        '<content url="/"><license><permits type="usage">ai-train</permits></license>'
        '<license><prohibits type="usage">ai-train</prohibits></license></content>'
    )
    assert outcomes(conflict)["ai-train"] == ["prohibit"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/articles/2026/x", ["permit-with-payment"]),  # the longest match wins
        ("/articles/free/x", ["permit"]),
        ("/about", ["not-granted"]),  # only "/" matches
        ("/articles/x.pdf", ["prohibit"]),  # `*` and `$`
    ],
)
def test_most_specific_content(path: str, expected: list[str]) -> None:
    body = rsl(
        '<content url="/"><license><permits type="usage">search</permits></license></content>'
        '<content url="/articles/"><license><permits type="usage">ai-train</permits>'
        '<payment type="training"/></license></content>'
        '<content url="https://example.com/articles/free/"><license>'
        '<permits type="usage">ai-train</permits></license></content>'
        '<content url="/articles/*.pdf$"><license><prohibits type="usage">ai-train</prohibits>'
        "</license></content>"
    )
    assert outcomes(body, path)["ai-train"] == expected


def test_equally_specific_contents_are_all_read() -> None:
    body = rsl(
        '<content url="/a/"><license><permits type="usage">ai-train</permits></license></content>'
        '<content url="/a/"><license><permits type="usage">ai-train</permits>'
        '<payment type="use"/></license></content>'
    )
    # both outcomes come out; the engine keeps the most restrictive
    assert outcomes(body, "/a/x")["ai-train"] == ["permit", "permit-with-payment"]


def test_absolute_content_url_on_another_host_does_not_match_a_full_url() -> None:
    body = rsl(
        '<content url="https://other.example/"><license><permits type="usage">all</permits>'
        "</license></content>"
    )
    assert ids(body, "https://example.com/x")[0] == "rsl:no-matching-content"
    # with a bare path the host cannot be checked: the path decides
    assert outcomes(body, "/x")["search"] == ["permit"]


def test_page_level_empty_url_matches() -> None:
    body = rsl(
        '<content url=""><license><permits type="usage">search</permits></license></content>'
    )
    assert outcomes(body, "/any/page.html")["search"] == ["permit"]


def test_no_matching_content_lists_the_urls() -> None:
    [signal] = read(rsl('<content url="/members/"><license/></content>'), "/public/x")
    assert signal.id == "rsl:no-matching-content"
    assert "'/members/'" in signal.evidence.excerpt


# --------------------------------------------------------------------------- bad documents


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # not XML at all
        ("<html><body>404</body>", ["rsl:malformed"]),
        ("", ["rsl:malformed"]),
        ("{not xml", ["rsl:malformed"]),
        # truncated XML
        (f'<rsl {NS}><content url="/">', ["rsl:malformed"]),
        # well-formed, but neither RSL nor a feed carrying RSL
        ("<feed><entry/></feed>", ["rsl:malformed"]),
        # an <rsl> with no content
        (f"<rsl {NS}/>", ["rsl:non-conformant"]),
    ],
)
def test_malformed_documents(body: str, expected: list[str]) -> None:
    assert ids(body) == expected


def test_malformed_reason_and_line() -> None:
    [signal] = read(f'<rsl {NS}>\n<content url="/">\n<license>\n</rsl>')
    assert signal.evidence.excerpt.startswith("the RSL document is not well-formed XML (")
    assert signal.evidence.line == 4


@pytest.mark.parametrize(
    "ns",
    [
        "",  # no namespace at all: tolerated and reported
        'xmlns="https://rslstandard.org/rsl/1.0"',  # a wrong namespace: the same
    ],
)
def test_missing_namespace_is_tolerated_and_reported(ns: str) -> None:
    body = rsl(
        '<content url="/"><license><prohibits type="usage">train-ai</prohibits></license></content>',
        ns=ns,
    )
    found = ids(body)
    assert found[0] == "rsl:namespace-missing"
    assert "rsl:ai-train=prohibit" in found


def test_rss_feed_carrying_rsl_content() -> None:
    feed = (
        '<rss version="2.0" xmlns:rsl="https://rslstandard.org/rsl"><channel><item>'
        '<rsl:content url="/post/1"><rsl:license><rsl:permits type="usage">search</rsl:permits>'
        "</rsl:license></rsl:content></item></channel></rss>"
    )
    assert outcomes(feed, "/post/1")["search"] == ["permit"]


def test_entities_are_not_expanded() -> None:
    # XXE and entity expansion are off: the entity is dropped, never fetched or expanded
    body = (
        '<?xml version="1.0"?><!DOCTYPE rsl [<!ENTITY x SYSTEM "file:///etc/passwd">'
        '<!ENTITY a "ai-train">]>'
        f'<rsl {NS}><content url="/"><license><permits type="usage">search &x; &a;</permits>'
        "</license></content></rsl>"
    )
    found = read(body)
    assert all("root:" not in s.evidence.excerpt for s in found)
    assert outcomes(body)["ai-train"] == ["not-granted"]


def test_encoding_declaration_in_a_str_body() -> None:
    # adapters hand us decoded text; a declared encoding must not make lxml refuse it
    body = '<?xml version="1.0" encoding="ISO-8859-1"?>' + rsl(
        '<content url="/"><license><permits type="usage">search</permits></license></content>'
    )
    assert outcomes(body)["search"] == ["permit"]


# --------------------------------------------------------------------------- fetch failures


@pytest.mark.parametrize(
    ("site_file", "reason"),
    [
        (SiteFile(url="https://x.example/rsl.xml", status=404), "answered HTTP 404"),
        (SiteFile(url="https://x.example/rsl.xml", status=503, body="busy"), "answered HTTP 503"),
        # a redirect the adapter did not follow is not the licence either
        (SiteFile(url="https://x.example/rsl.xml", status=301), "answered HTTP 301"),
        (
            SiteFile(url="https://x.example/rsl.xml", error="timeout"),
            "could not be fetched (timeout)",
        ),
        (SiteFile(url="https://x.example/rsl.xml", status=200), "has no body"),
    ],
)
def test_unreadable_licence(site_file: SiteFile, reason: str) -> None:
    [signal] = rsl_fetch_signals(site_file)
    assert signal.id == "rsl:unreadable"
    assert reason in signal.evidence.excerpt
    assert signal.evidence.path == "https://x.example/rsl.xml"


@pytest.mark.parametrize(
    "site_file",
    [
        SiteFile(url="https://x.example/rsl.xml", status=200, body="<rsl/>"),
        # a snapshot file read from disk has a body and no status
        SiteFile(url="rsl/abc.xml", body="<rsl/>"),
    ],
)
def test_readable_licence_gives_no_fetch_signal(site_file: SiteFile) -> None:
    assert rsl_fetch_signals(site_file) == []


def test_end_to_end_site_licence_and_unreadable_one() -> None:
    engine = pytest.importorskip("compliance.engine")
    from compliance.model import Document, Site

    site = Site(rsl=(SiteFile(url="https://example.com/license.xml", status=200, body=DAVIDTOFAN),))
    doc = Document(id="x", source="x", text="Hello.", url="https://example.com/post", site=site)
    checker = engine.Checker.from_rules()
    verdicts = checker.check(doc).verdicts
    assert verdicts["ai-train"].verdict.value == "conditional"
    assert verdicts["ai-train"].conditions == ("payment",)
    assert verdicts["search"].conditions == ("attribution",)
    assert verdicts["ai-index"].conditions == ("licence",)  # not granted: a licence is needed

    broken = Site(rsl=(SiteFile(url="https://example.com/license.xml", status=500),))
    doc = doc.model_copy(update={"site": broken})
    verdicts = checker.check(doc).verdicts
    assert {verdicts[p].verdict.value for p in ("ai-train", "ai-input", "ai-index")} == {
        "undetermined"
    }


# --------------------------------------------------------------------------- the pack


def pack_examples() -> list[Any]:
    pack = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "rules" / "signals" / "rsl.yaml").read_text("utf-8")
    )
    cases = []
    for rule in pack["rules"]:
        wanted = rule["match"]["signal"]
        wanted = [wanted] if isinstance(wanted, str) else wanted
        for key, fires in (("match", True), ("no-match", False)):
            for n, example in enumerate(rule["examples"][key]):
                if example["kind"] == "html" and "<script" in example["content"]:
                    cases.append(
                        pytest.param(
                            wanted, example["content"], fires, id=f"{rule['id']}-{key}-{n}"
                        )
                    )
    return cases


@pytest.mark.parametrize(("wanted", "html", "fires"), pack_examples())
def test_pack_examples_against_the_extractor(wanted: list[str], html: str, fires: bool) -> None:
    # The pack's HTML examples carry an inline <script type="application/rsl+xml">; read it
    # here directly so the pack is checked against this extractor whatever the HTML stage does.
    scripts = re.findall(r'<script type="application/rsl\+xml">(.*?)</script>', html, re.S)
    found = {
        s.id for body in scripts for s in rsl_signals(body, source="html", evidence_kind="html")
    }
    assert bool(found & set(wanted)) is fires


def test_random_documents_never_raise() -> None:
    # A seeded mini-fuzz over RSL's building blocks: every input gives signals, never an error.
    import random

    rng = random.Random(7)
    pieces = [
        f"<rsl {NS}>",
        "</rsl>",
        '<content url="',
        "/",
        '">',
        "</content>",
        "<license>",
        "</license>",
        '<permits type="usage">',
        "</permits>",
        '<prohibits type="',
        "usage",
        '">',
        "</prohibits>",
        "<payment",
        ' type="',
        "training",
        '"/>',
        "ai-all",
        " ",
        ",",
        "<!DOCTYPE x [<!ENTITY a 'b'>]>",
        "&a;",
        "<terms>",
        "</terms>",
        "*",
        "$",
        "é",
    ]
    for _ in range(2000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        for s in rsl_signals(body, path=rng.choice(["/", "/a", "https://h/x", ""]), source="s"):
            assert s.id.split(":", 1)[0] in ("rsl", "cc"), body
