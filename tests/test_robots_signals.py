"""robots.txt signals: DESIGN.md §5 readings, the labelled corpus, STANDARDS.md vectors.

Every parametrized case says why it holds. Verdicts are checked through the engine
(`compliance.engine.Checker`) when it is importable, else through a tiny mapping read from
rules/signals/robots.yaml (most restrictive effect wins), so the pack is tested either way.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest
import yaml

from compliance.extract.robots_signals import (
    robots_comments,
    robots_fetch_signals,
    robots_signals,
    site_file_from_response,
)
from compliance.extract.robotstxt import PARSE_LIMIT
from compliance.model import Signal, SiteFile

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PACK = ROOT / "rules" / "signals" / "robots.yaml"
# Content-Usage is one mechanism in headers and robots.txt: its rules live in headers.yaml.
SHARED_RULES = ROOT / "rules" / "signals" / "headers.yaml"
PURPOSES = ("crawl", "search", "ai-train", "ai-input", "ai-index", "republish", "archive")
ORDER = {"deny": 4, "undetermined": 3, "conditional": 2, "allow": 1, "unknown": 0}


def ids(signals: list[Signal]) -> set[str]:
    return {s.id for s in signals}


@functools.cache
def _pack() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(PACK.read_text(encoding="utf-8"))
    return data


@functools.cache
def _mapping_rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = list(_pack()["rules"])
    if SHARED_RULES.exists():
        shared = yaml.safe_load(SHARED_RULES.read_text(encoding="utf-8"))["rules"]
        rules += [r for r in shared if "content-usage:" in str(r["match"].get("signal"))]
    return rules


def verdicts_from_pack(signals: list[Signal], conservative: bool = False) -> dict[str, str]:
    """The packs' mapping applied to signals: per purpose, the most restrictive effect."""
    result = dict.fromkeys(PURPOSES, "unknown")
    found = ids(signals)
    for rule in _mapping_rules():
        wanted = rule["match"]["signal"]
        wanted = {wanted} if isinstance(wanted, str) else set(wanted)
        if not wanted & found:
            continue
        effects = dict(rule["effect"])
        if conservative:
            effects.update(rule.get("conservative", {}))
        for purpose, effect in effects.items():
            if ORDER[effect] > ORDER[result[purpose]]:
                result[purpose] = effect
    return result


def verdicts(body: str, path: str = "/") -> dict[str, str]:
    """Verdicts of a robots.txt document: the engine's when it exists, else the pack's."""
    try:
        from compliance.engine import Checker
        from compliance.model import Document
    except ImportError:
        return verdicts_from_pack(robots_signals(body, path=path))
    checker = _checker(Checker)
    url = f"https://example.test{path}" if path != "/" else None
    result = checker.check(Document(id="t", source="t", kind="robots", text=body, url=url))
    return {p.value: v.verdict.value for p, v in result.verdicts.items()}


_CHECKERS: dict[str, Any] = {}


def _checker(checker_class: Any) -> Any:
    if "default" not in _CHECKERS:
        _CHECKERS["default"] = checker_class.from_rules()
    return _CHECKERS["default"]


def one(signals: list[Signal], sid: str) -> Signal:
    found = [s for s in signals if s.id == sid]
    assert len(found) == 1, f"expected one {sid}, got {[s.id for s in signals]}"
    return found[0]


# --- DESIGN.md §5 "robots.txt without --agent" ---------------------------------------------

READINGS = [
    # `*` Disallow: / alone: crawl and search deny, AI purposes unknown (DESIGN §5).
    pytest.param(
        "User-agent: *\nDisallow: /\n",
        {"robots:crawl=disallow", "robots:search=disallow"},
        {"robots-agent:ai-train=disallow", "robots-agent:ai-train=allow"},
        id="star-disallow-all",
    ),
    # A training crawler's own group disallows: ai-train deny, crawl still allowed for `*`.
    pytest.param(
        "User-agent: *\nAllow: /\n\nUser-agent: GPTBot\nDisallow: /\n",
        {"robots:crawl=allow", "robots:search=allow", "robots-agent:ai-train=disallow"},
        {"robots-agent:ai-train=allow"},
        id="gptbot-disallowed",
    ),
    # Named training crawlers all allowed: ai-train allow (DESIGN §5).
    pytest.param(
        "User-agent: GPTBot\nUser-agent: CCBot\nAllow: /\n",
        {"robots-agent:ai-train=allow"},
        {"robots-agent:ai-train=disallow"},
        id="training-crawlers-allowed",
    ),
    # One training crawler disallowed among allowed ones: disallow wins, no allow is emitted.
    pytest.param(
        "User-agent: GPTBot\nAllow: /\n\nUser-agent: CCBot\nDisallow: /\n",
        {"robots-agent:ai-train=disallow"},
        {"robots-agent:ai-train=allow"},
        id="one-training-crawler-disallowed",
    ),
    # `*` disallow does not count as a training-agent disallow: no agent is named.
    pytest.param(
        "User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nAllow: /\n",
        {"robots:crawl=disallow"},
        {"robots-agent:ai-train=disallow", "robots:search=allow"},
        id="star-disallow-does-not-name-agents",
    ),
    # Applebot (search) is not Applebot-Extended (training-control): no ai-train reading.
    pytest.param(
        "User-agent: Applebot\nDisallow: /\n",
        {"robots:crawl=allow"},
        {"robots-agent:ai-train=disallow"},
        id="applebot-is-not-applebot-extended",
    ),
    # Google-Extended is a training-control token: ai-train deny, but not ai-input (corpus 227).
    pytest.param(
        "User-agent: Google-Extended\nDisallow: /\n",
        {"robots-agent:ai-train=disallow"},
        {"robots-agent:ai-input=disallow"},
        id="google-extended-training-only",
    ),
    # Answer-time agents disallowed: ai-input deny.
    pytest.param(
        "User-agent: PerplexityBot\nUser-agent: ChatGPT-User\nDisallow: /\n",
        {"robots-agent:ai-input=disallow"},
        {"robots-agent:ai-train=disallow"},
        id="answer-agents-disallowed",
    ),
    # Googlebot disallowed while Bingbot allowed: search disallow (either disallows).
    pytest.param(
        "User-agent: Googlebot\nDisallow: /\n\nUser-agent: Bingbot\nAllow: /\n",
        {"robots:search=disallow"},
        {"robots:search=allow"},
        id="either-search-engine-disallows",
    ),
    # No group for Googlebot, Bingbot or `*`: robots.txt has no search opinion.
    pytest.param(
        "User-agent: GPTBot\nDisallow: /\n",
        {"robots:crawl=allow"},
        {"robots:search=allow", "robots:search=disallow"},
        id="no-search-opinion",
    ),
    # The path matters: a training crawler disallowed only under /private/ is allowed at /.
    pytest.param(
        "User-agent: GPTBot\nDisallow: /private/\n",
        {"robots-agent:ai-train=allow"},
        {"robots-agent:ai-train=disallow"},
        id="path-scoped-disallow-not-at-root",
    ),
]


@pytest.mark.parametrize(("body", "present", "absent"), READINGS)
def test_design_readings(body: str, present: set[str], absent: set[str]) -> None:
    found = ids(robots_signals(body))
    assert present <= found, f"missing {present - found} in {sorted(found)}"
    assert not absent & found, f"unexpected {absent & found}"


def test_agent_signals_carry_agent_and_deciding_line() -> None:
    body = "User-agent: *\nAllow: /\n\nUser-agent: GPTBot\nUser-agent: CCBot\nDisallow: /\n"
    signals = [s for s in robots_signals(body) if s.id == "robots-agent:ai-train=disallow"]
    assert sorted((s.agent or "", s.evidence.line) for s in signals) == [
        ("CCBot", 6),
        ("GPTBot", 6),
    ]
    assert {s.evidence.excerpt for s in signals} == {"Disallow: /"}
    assert {s.evidence.kind for s in signals} == {"robots"}


def test_crawl_evidence_is_the_group_line_when_nothing_matched() -> None:
    crawl = one(robots_signals("# hi\nUser-agent: *\nDisallow: /x/\n"), "robots:crawl=allow")
    assert (crawl.evidence.line, crawl.evidence.excerpt) == (2, "User-agent: *")
    assert crawl.evidence.path == "robots.txt"


def test_crawl_at_the_given_path() -> None:
    body = "User-agent: *\nDisallow: /private/\n"
    crawl = one(robots_signals(body, path="/private/a"), "robots:crawl=disallow")
    assert (crawl.evidence.line, crawl.evidence.excerpt) == (2, "Disallow: /private/")
    one(robots_signals(body, path="https://example.test/public"), "robots:crawl=allow")


def test_with_agent_crawl_is_that_agents_and_the_uses_stay_the_sites() -> None:
    body = "User-agent: *\nAllow: /\n\nUser-agent: GPTBot\nDisallow: /\n"
    signals = robots_signals(body, agent="GPTBot", source="site/robots.txt")
    # crawl is GPTBot's own; search is still Googlebot/Bingbot's (GPTBot is no search crawler);
    # ai-train is the catalogue reading, the same whoever asks (DESIGN.md §5).
    assert ids(signals) == {
        "robots:crawl=disallow",
        "robots:search=allow",
        "robots-agent:ai-train=disallow",
    }
    assert signals[0].evidence.path == "site/robots.txt"
    # An agent without its own group falls back to `*` for crawl; ai-train is still reserved.
    assert ids(robots_signals(body, agent="FooBot")) == {
        "robots:crawl=allow",
        "robots:search=allow",
        "robots-agent:ai-train=disallow",
    }


# --- the labelled corpus (kind: robots) -----------------------------------------------------


def _dev_cases() -> list[Any]:
    folder = SHARED / "corpus" / "dev"
    if not folder.is_dir():
        return [
            pytest.param(None, marks=pytest.mark.skip(reason=f"{folder} is absent"), id="absent")
        ]
    cases = []
    for path in sorted(folder.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        if case.get("kind") == "robots":
            cases.append(pytest.param(case, id=case["id"]))
    return cases


@pytest.mark.parametrize("case", _dev_cases())
def test_labelled_corpus_robots_cases(case: dict[str, Any]) -> None:
    got = verdicts(case["content"])
    also = case.get("also_acceptable") or {}
    for label, expected in case["expected"].items():
        purpose = "search" if label == "search-index" else label
        acceptable = {expected, *also.get(label, [])}
        assert got[purpose] in acceptable, (
            f"{case['id']}: {label} is {got[purpose]}, expected {expected}"
        )


def test_pack_mapping_matches_the_corpus_without_the_engine() -> None:
    # The same labels through the pack alone: the YAML mapping itself is right.
    for param in _dev_cases():
        case = param.values[0]
        if case is None:
            pytest.skip("corpus absent")
        got = verdicts_from_pack(robots_signals(case["content"]))
        for label, expected in case["expected"].items():
            assert got["search" if label == "search-index" else label] == expected, case["id"]


# --- STANDARDS.md §4.1: the official Content-Signal example ----------------------------------

CONTENT_SIGNALS_POLICY = """\
# As a condition of accessing this website, you agree to abide by the following
# content signals:
# (a) If a Content-Signal = yes, you may collect content for the corresponding use.
# (b) If a Content-Signal = no, you may not collect content for the corresponding use.
# (c) If the website operator does not include a Content-Signal for a corresponding use,
#     the website operator neither grants nor restricts permission via Content-Signal
#     with respect to the corresponding use.
# The content signals and their meanings are:
# search: building a search index and providing search results (e.g., returning
#   hyperlinks and short excerpts from your website's contents). Search does not include
#   providing AI-generated search summaries.
# ai-input: inputting content into one or more AI models (e.g., retrieval augmented
#   generation, grounding, or other real-time taking of content for generative AI
#   search answers).
# ai-train: training or fine-tuning AI models.
# ANY RESTRICTIONS EXPRESSED VIA CONTENT SIGNALS ARE EXPRESS RESERVATIONS OF RIGHTS UNDER
# ARTICLE 4 OF THE EUROPEAN UNION DIRECTIVE 2019/790 ON COPYRIGHT AND RELATED RIGHTS IN
# THE DIGITAL SINGLE MARKET.
User-Agent: *
Content-Signal: ai-train=no, search=yes, ai-input=yes
Allow: /
"""


def test_content_signals_official_example() -> None:
    signals = robots_signals(CONTENT_SIGNALS_POLICY)
    assert {
        "content-signal:ai-train=no",
        "content-signal:search=yes",
        "content-signal:ai-input=yes",
        "robots:crawl=allow",
    } <= ids(signals)
    line = one(signals, "content-signal:ai-train=no").evidence
    assert (line.line, line.excerpt) == (
        20,
        "Content-Signal: ai-train=no, search=yes, ai-input=yes",
    )
    got = verdicts_from_pack(signals)
    assert (got["ai-train"], got["search"], got["ai-input"]) == ("deny", "allow", "allow")
    # The policy text is kept for text rules, with its line numbers.
    comments = robots_comments(CONTENT_SIGNALS_POLICY)
    assert comments[0] == (
        1,
        "As a condition of accessing this website, you agree to abide by the following",
    )
    assert len(comments) == 18


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Cloudflare's managed default (since July 2026), no spaces.
        (
            "Content-Signal: search=yes,ai-train=no,use=reference",
            {
                "content-signal:search=yes",
                "content-signal:ai-train=no",
                "content-signal:use=reference",
            },
        ),
        # Older copies: lower-case record name, a space after the comma.
        (
            "Content-signal: search=yes, ai-train=no",
            {"content-signal:search=yes", "content-signal:ai-train=no"},
        ),
        # Case of keys and values is tolerated (STANDARDS §4.2).
        (
            "CONTENT-SIGNAL: AI-Train = NO ; Search=Yes",
            {"content-signal:ai-train=no", "content-signal:search=yes"},
        ),
        # A typo'd key is ignored and reported, the valid key still counts.
        (
            "Content-Signal: ai_train=no, search=yes",
            {"content-signal:invalid", "content-signal:search=yes"},
        ),
        # An invalid value is unknown for that key (reported).
        ("Content-Signal: ai-train=maybe", {"content-signal:invalid"}),
    ],
)
def test_content_signal_parsing(line: str, expected: set[str]) -> None:
    found = {
        s
        for s in ids(robots_signals(f"User-agent: *\n{line}\nAllow: /\n"))
        if s.startswith("content-signal:")
    }
    assert found == expected


def test_content_signal_conflict_goes_most_restrictive() -> None:
    body = "User-agent: *\nContent-Signal: ai-train=yes\nContent-Signal: ai-train=no\nAllow: /\n"
    signals = robots_signals(body)
    assert one(signals, "content-signal:ai-train=no").evidence.line == 3
    assert "content-signal:ai-train=yes" not in ids(signals)
    assert one(signals, "consistency:content-signal-conflict").evidence.line == 2


def test_content_signal_in_a_bot_group_is_not_site_wide() -> None:
    body = "User-agent: *\nAllow: /\n\nUser-agent: GPTBot\nContent-Signal: ai-train=no\nAllow: /\n"
    assert "content-signal:ai-train=no" not in ids(robots_signals(body))
    # ... but it is GPTBot's own signal with --agent GPTBot.
    assert "content-signal:ai-train=no" in ids(robots_signals(body, agent="GPTBot"))


def test_a_training_agents_own_refusal_refuses_training() -> None:
    # GPTBot may fetch, but its own group refuses training: ai-train is refused, from that line
    body = "User-agent: *\nDisallow: /search\n\nUser-agent: GPTBot\nContent-Signal: ai-train=no\nAllow: /\n"
    signals = robots_signals(body)
    refused = one(signals, "robots-agent:ai-train=disallow")
    assert (refused.agent, refused.evidence.line) == ("GPTBot", 5)
    assert "robots-agent:ai-train=allow" not in ids(signals)
    found = verdicts(body)
    assert (found["crawl"], found["ai-train"], found["ai-input"]) == ("allow", "deny", "unknown")
    # a refusal of another use in the group leaves training to the group's rules
    other = body.replace("ai-train=no", "ai-input=no")
    assert verdicts(other)["ai-train"] == "allow"


def test_content_signal_outside_groups_is_site_wide() -> None:
    body = "Content-Signal: ai-train=no\n\nUser-agent: *\nAllow: /\n"
    assert "content-signal:ai-train=no" in ids(robots_signals(body))


def test_content_signal_vs_robots_consistency() -> None:
    # STANDARDS §14: ai-train=yes while a training crawler is disallowed.
    body = (
        "User-agent: *\nContent-Signal: ai-train=yes\nAllow: /\n\nUser-agent: GPTBot\nDisallow: /\n"
    )
    signals = robots_signals(body)
    assert one(signals, "consistency:content-signal-vs-robots").evidence.line == 2
    # Contradiction fails closed: the disallowed crawler makes ai-train deny.
    assert verdicts_from_pack(signals)["ai-train"] == "deny"
    # Disallow + search=yes on the same path.
    body = "User-agent: *\nContent-Signal: search=yes\nDisallow: /\n"
    assert "consistency:content-signal-vs-robots" in ids(robots_signals(body))


# --- §16 suggested own vector: a bot group lacking the `*` Content-Signal --------------------

CLOUDFLARE_MANAGED = """\
# BEGIN Cloudflare Managed content

User-agent: *
Content-signal: search=yes,ai-train=no
Allow: /

User-agent: Amazonbot
Disallow: /

User-agent: GPTBot
Disallow: /

# END Cloudflare Managed Content

User-agent: Googlebot
Allow: /
"""


def test_bot_group_lacking_content_signal() -> None:
    signals = robots_signals(CLOUDFLARE_MANAGED)
    lacking = [s for s in signals if s.id == "consistency:bot-group-lacks-content-signal"]
    # Amazonbot and GPTBot are disallowed anyway; Googlebot may fetch without the signal.
    assert [(s.evidence.line, s.evidence.excerpt) for s in lacking] == [
        (15, "User-agent: Googlebot")
    ]
    got = verdicts_from_pack(signals)
    assert (got["crawl"], got["search"], got["ai-train"]) == ("allow", "allow", "deny")
    # With --agent Googlebot the `*` group's signal is still taken as site-wide.
    as_google = ids(robots_signals(CLOUDFLARE_MANAGED, agent="Googlebot"))
    assert {"content-signal:ai-train=no", "consistency:bot-group-lacks-content-signal"} <= as_google


# --- STANDARDS.md §5.3: the aipref attach example -------------------------------------------

AIPREF_ATTACH = """\
User-Agent: *
Allow: /
Disallow: /never/
Content-Usage: train-ai=n
Content-Usage: /ai-ok/ train-ai=y

User-Agent: ExampleBot
Allow: /
Content-Usage: train-ai=y
"""


@pytest.mark.parametrize(
    ("path", "agent", "crawl", "usage"),
    [
        # The table of attach §3.4: /test crawlable with train-ai=n.
        ("/test", None, "robots:crawl=allow", {"content-usage:train-ai=n"}),
        # /never/test may not be crawled, so no preference applies.
        ("/never/test", None, "robots:crawl=disallow", set()),
        # /ai-ok/test: the longer path wins, train-ai=y.
        ("/ai-ok/test", None, "robots:crawl=allow", {"content-usage:train-ai=y"}),
        # ExampleBot uses only its own group: train-ai=y everywhere.
        ("/test", "ExampleBot", "robots:crawl=allow", {"content-usage:train-ai=y"}),
        ("/never/test", "ExampleBot", "robots:crawl=allow", {"content-usage:train-ai=y"}),
    ],
)
def test_aipref_attach_example(path: str, agent: str | None, crawl: str, usage: set[str]) -> None:
    found = ids(robots_signals(AIPREF_ATTACH, path=path, agent=agent))
    assert crawl in found
    assert {s for s in found if s.startswith("content-usage:")} == usage


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # vocab §6 vector: train-ai allow, search deny.
        ("train-ai=y, search=n", {"content-usage:train-ai=y", "content-usage:search=n"}),
        # Boolean and String members are unknown: reported, no preference is emitted.
        ('train-ai=y, train-ai, search=n, search="n"', {"content-usage:invalid-value"}),
        # The last member wins and its parameters are ignored.
        ("train-ai;allow=n, train-ai=y", {"content-usage:train-ai=y"}),
        # A trailing ";" fails strict RFC 9651 parsing: all unknown, reported.
        ('train-ai;has;parameters="?";', {"content-usage:malformed"}),
        # Uppercase keys fail parsing (§16 suggested vector): all unknown, reported.
        ("Train-AI=n", {"content-usage:malformed"}),
        # Unknown labels are ignored.
        ("future-label=n", set()),
        # A legacy label is read for its intent and flagged.
        ("ai=n", {"content-usage:ai=n", "content-usage:legacy-label"}),
        # A CC signal is a conditional permission, not a plain n.
        ("ai-use=n;exceptions=cc-cr", {"content-usage:ai-use=cc-cr", "content-usage:legacy-label"}),
    ],
)
def test_content_usage_vectors(value: str, expected: set[str]) -> None:
    found = ids(robots_signals(f"User-agent: *\nContent-Usage: {value}\n"))
    assert {s for s in found if s.startswith("content-usage:")} == expected


def test_content_usage_identical_paths_most_restrictive() -> None:
    body = "User-agent: *\nContent-Usage: /a/ train-ai=y\nContent-Usage: /a/ train-ai=n\n"
    signals = robots_signals(body, path="/a/b")
    assert one(signals, "content-usage:train-ai=n").evidence.line == 3
    assert "content-usage:train-ai=y" not in ids(signals)
    # The contradiction is reported, pointing at the line that lost.
    assert one(signals, "consistency:content-usage-conflict").evidence.line == 2


def test_content_usage_longest_path_wins_over_shorter_n() -> None:
    body = "User-agent: *\nContent-Usage: train-ai=n\nContent-Usage: /open/ train-ai=y\n"
    assert "content-usage:train-ai=y" in ids(robots_signals(body, path="/open/x"))
    assert "content-usage:train-ai=n" in ids(robots_signals(body, path="/closed/x"))


def test_legacy_label_reads_as_reservation() -> None:
    got = verdicts_from_pack(robots_signals("User-agent: *\nContent-Usage: ai=n\n"))
    assert (got["ai-train"], got["ai-index"], got["crawl"]) == ("deny", "deny", "allow")


def test_content_usage_vs_robots_consistency() -> None:
    body = "User-agent: *\nAllow: /\nContent-Usage: train-ai=y\n\nUser-agent: GPTBot\nDisallow: /\n"
    assert "consistency:content-usage-vs-robots" in ids(robots_signals(body))


def test_disallow_ai_training_with_legacy_usage() -> None:
    # A deployed pattern (STANDARDS §5.1 / §8.3): DisallowAITraining with Content-Usage: ai=n.
    body = "User-agent: *\nDisallowAITraining: /\nContent-Usage: ai=n\nAllow: /\n"
    signals = robots_signals(body)
    assert one(signals, "robots:disallow-ai-training").evidence.line == 2
    assert verdicts_from_pack(signals)["ai-train"] == "deny"
    # Longest match: AllowAITraining on a longer path lifts it there.
    body = "User-agent: *\nDisallowAITraining: /\nAllowAITraining: /open/\n"
    assert "robots:disallow-ai-training" not in ids(robots_signals(body, path="/open/x"))


# --- §16 suggested own vector: License lines before, inside and after groups -----------------

LICENSES = """\
License: https://example.com/global.xml
User-agent: *
Allow: /

User-agent: GPTBot
License: https://example.com/gptbot.xml
Disallow: /private/

License: https://example.com/trailing.xml
"""


def test_license_lines_before_inside_after_groups() -> None:
    signals = [s for s in robots_signals(LICENSES) if s.id == "rsl:license-url"]
    found = sorted((s.agent, s.evidence.line) for s in signals if s.agent is None)
    # Site-wide: the one before the groups and the trailing one set apart by a blank line.
    assert found == [(None, 1), (None, 9)]
    scoped = [(s.agent, s.evidence.excerpt) for s in signals if s.agent]
    assert scoped == [("GPTBot", "License: https://example.com/gptbot.xml")]
    # GPTBot's own group has a License line: it replaces the site-wide ones (RSL §4.4).
    as_gptbot = [
        s.evidence.line
        for s in robots_signals(LICENSES, agent="GPTBot")
        if s.id == "rsl:license-url"
    ]
    assert as_gptbot == [6]
    assert "robots:ambiguous-group" in ids(robots_signals(LICENSES))


# --- §16 suggested own vector: a 600 KiB robots.txt with a Disallow after the cut ------------


def test_600_kib_file_with_disallow_after_the_cut() -> None:
    filler = "# " + "x" * 97 + "\n"
    body = (
        "User-agent: *\nAllow: /\n"
        + filler * (600 * 1024 // 100)
        + "User-agent: GPTBot\nDisallow: /\n"
    )
    signals = robots_signals(body)
    assert "robots-agent:ai-train=disallow" not in ids(signals)
    truncated = one(signals, "robots:truncated")
    assert str(PARSE_LIMIT) in truncated.evidence.excerpt


# --- fetch semantics (RFC 9309 §2.3.1, DESIGN.md §7) -----------------------------------------


@pytest.mark.parametrize(
    ("site_file", "expected"),
    [
        # 2xx: parsed.
        (SiteFile(status=200, body="User-agent: *\nDisallow: /\n"), "robots:crawl=disallow"),
        # 3xx left after the fetcher followed redirects: treated as 4xx.
        (SiteFile(status=301), "robots:unavailable"),
        # 4xx: no restrictions.
        (SiteFile(status=404), "robots:unavailable"),
        # 429: read as unreachable, as Google does (fail closed).
        (SiteFile(status=429), "robots:unreachable"),
        # 5xx: complete disallow.
        (SiteFile(status=503), "robots:unreachable"),
        # Network error or timeout: complete disallow.
        (SiteFile(error="timeout"), "robots:unreachable"),
        # Nothing known at all: fail closed.
        (SiteFile(), "robots:unreachable"),
        # A body without a status (a snapshot file): parsed.
        (SiteFile(body="User-agent: *\nAllow: /\n"), "robots:crawl=allow"),
    ],
)
def test_fetch_semantics(site_file: SiteFile, expected: str) -> None:
    signals = robots_fetch_signals(site_file, path="/x")
    assert expected in ids(signals)


def test_unreachable_maps_to_crawl_deny_and_undetermined() -> None:
    got = verdicts_from_pack(robots_fetch_signals(SiteFile(status=500)))
    assert got == {
        "crawl": "deny",
        "search": "undetermined",
        "ai-train": "undetermined",
        "ai-input": "undetermined",
        "ai-index": "undetermined",
        "republish": "unknown",
        "archive": "undetermined",
    }


def test_saved_response_head_is_read_with_fetch_semantics() -> None:
    body = "HTTP/1.1 301 Moved\nLocation: /r\n\nHTTP/1.1 200 OK\nContent-Type: text/plain\n\nUser-agent: *\nDisallow: /\n"
    parsed = site_file_from_response(body)
    assert parsed is not None and parsed[0].status == 200
    assert "robots:crawl=disallow" in ids(robots_signals(body))
    assert "robots:unreachable" in ids(robots_signals("HTTP/2 502\n\n"))


def test_five_xx_robots_beats_page_that_allows_training() -> None:
    # §16 suggested vector: a 5xx robots.txt with a 200 page carrying train-ai=y: crawl deny wins.
    pytest.importorskip("compliance.engine")
    from compliance.engine import Checker
    from compliance.model import Document, Site

    document = Document(
        id="page",
        source="page",
        kind="text",
        url="https://example.test/article",
        text="An article.",
        headers=(("Content-Usage", "train-ai=y"),),
        site=Site(origin="https://example.test", robots=SiteFile(status=503)),
    )
    result = _checker(Checker).check(document)
    assert (
        result.verdicts[next(p for p in result.verdicts if p.value == "crawl")].verdict.value
        == "deny"
    )


# --- informational signals -------------------------------------------------------------------


def test_ambiguous_group_signal() -> None:
    body = "User-agent: FooBot\nInvalid-Unknown-Line: unknown\nUser-agent: *\nDisallow: /\n"
    ambiguous = one(robots_signals(body), "robots:ambiguous-group")
    assert (ambiguous.evidence.line, ambiguous.evidence.excerpt) == (
        2,
        "Invalid-Unknown-Line: unknown",
    )


def test_html_body_signal() -> None:
    signals = robots_signals("<!DOCTYPE html>\n<html><body>Just a moment...</body></html>\n")
    assert {"robots:html-body", "robots:unparsed-lines", "robots:crawl=allow"} <= ids(signals)
    conservative = verdicts_from_pack(signals, conservative=True)
    assert conservative["crawl"] == "deny"


def test_comments_for_text_rules() -> None:
    body = "User-agent: *  # all robots\nDisallow: /\n# AI training is reserved.\n"
    assert robots_comments(body) == [(1, "all robots"), (3, "AI training is reserved.")]


def test_never_raises_on_garbage() -> None:
    for body in [
        "",
        "\x00\x01\x02",
        ":::",
        "User-agent:\nContent-Usage:\nLicense:\n",
        "Content-Signal: =,=;;",
    ]:
        signals = robots_signals(body)
        assert any(s.id.startswith("robots:crawl=") for s in signals)


# --- the pack's own examples, through the extractor alone ------------------------------------


def _pack_examples() -> list[Any]:
    cases = []
    for rule in _pack()["rules"]:
        wanted = rule["match"]["signal"]
        wanted = [wanted] if isinstance(wanted, str) else wanted
        for kind, fires in (("match", True), ("no-match", False)):
            for n, example in enumerate(rule["examples"][kind]):
                cases.append(
                    pytest.param(
                        example["content"], set(wanted), fires, id=f"{rule['id']}-{kind}-{n}"
                    )
                )
    return cases


@pytest.mark.parametrize(("content", "wanted", "fires"), _pack_examples())
def test_pack_examples_produce_their_signals(content: str, wanted: set[str], fires: bool) -> None:
    assert bool(ids(robots_signals(content)) & wanted) is fires


# --- the agent catalogue (rules/agents.yaml) -------------------------------------------------

STANDARDS_SECTION_3_TOKENS = [
    "GPTBot",
    "OAI-SearchBot",
    "ChatGPT-User",
    "Operator",
    "OAI-AdsBot",
    "ClaudeBot",
    "Claude-SearchBot",
    "Claude-User",
    "anthropic-ai",
    "Claude-Web",
    "Claude-Code",
    "Google-Extended",
    "Googlebot",
    "GoogleOther",
    "GoogleOther-Image",
    "GoogleOther-Video",
    "Google-CloudVertexBot",
    "Google-Agent",
    "GoogleAgent-Mariner",
    "GoogleAgent-URLContext",
    "Gemini-Deep-Research",
    "Google-NotebookLM",
    "Applebot",
    "Applebot-Extended",
    "PerplexityBot",
    "Perplexity-User",
    "CCBot",
    "Bytespider",
    "TikTokSpider",
    "meta-externalagent",
    "Meta-ExternalFetcher",
    "meta-webindexer",
    "FacebookBot",
    "facebookexternalhit",
    "Amazonbot",
    "Amzn-SearchBot",
    "Amzn-User",
    "NovaAct",
    "AmazonBuyForMe",
    "bedrockbot",
    "amazon-kendra",
    "amazon-QBusiness",
    "cohere-ai",
    "cohere-training-data-crawler",
    "Bingbot",
    "DuckAssistBot",
    "MistralAI-User",
    "YouBot",
    "PhindBot",
    "kagi-fetcher",
    "TavilyBot",
    "ExaBot",
    "Bravebot",
    "ShapBot",
    "LinkupBot",
    "DeepSeekBot",
    "PanguBot",
    "YandexAdditional",
    "PetalBot",
    "ChatGLM-Spider",
    "TongyiBot",
    "YiyanBot",
    "Kimi-User",
    "AI2Bot",
    "Ai2Bot-Dolma",
    "img2dataset",
    "LAIONDownloader",
    "Timpibot",
    "omgili",
    "Diffbot",
    "ImagesiftBot",
    "Scrapy",
    "FirecrawlAgent",
    "Crawl4AI",
    "ApifyBot",
    "CloudflareBrowserRenderingCrawler",
]


def test_catalogue_has_every_standards_token() -> None:
    from compliance.agents import lookup

    missing = [t for t in [*STANDARDS_SECTION_3_TOKENS, "ChatGPT Agent"] if lookup(t) is None]
    assert not missing


@pytest.mark.parametrize(
    ("token", "role"),
    [
        # Training crawlers of DESIGN §5's list.
        ("GPTBot", "training"),
        ("cohere-ai", "training"),
        ("Amazonbot", "training"),
        # Tokens that never crawl and only govern use.
        ("Google-Extended", "training-control"),
        ("applebot-extended", "training-control"),
        # Answer-time agents of DESIGN §5's list.
        ("OAI-SearchBot", "ai-search"),
        ("Perplexity-User", "user-fetch"),
        # Applebot is Apple's search crawler, not a training token.
        ("Applebot", "search"),
    ],
)
def test_catalogue_roles(token: str, role: str) -> None:
    from compliance.agents import lookup

    agent = lookup(token)
    assert agent is not None and agent.role.value == role


def test_catalogue_views() -> None:
    from compliance.agents import answer_time_agents, search_agents, training_agents

    assert [a.token for a in search_agents()] == ["Googlebot", "Bingbot"]
    training = {a.token for a in training_agents()}
    answer = {a.token for a in answer_time_agents()}
    assert {"GPTBot", "Google-Extended", "CCBot", "ClaudeBot", "anthropic-ai"} <= training
    assert {"Applebot-Extended", "Bytespider", "meta-externalagent", "cohere-ai"} <= training
    assert {"ChatGPT-User", "OAI-SearchBot", "PerplexityBot", "Perplexity-User"} <= answer
    assert {"Claude-User", "Claude-SearchBot"} <= answer
    assert not training & answer


# --- issue 12: hardening ----------------------------------------------------------------------

# The catalogue's training crawlers are refused; everyone else may crawl.
AI_BOTS_REFUSED = (
    "User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /\n\n"
    "User-agent: NewsBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
)


def _checked(body: str, agent: str | None) -> Any:
    from compliance.engine import Checker
    from compliance.model import Document

    base = _checker(Checker)
    checker = base if agent is None else Checker(base.ruleset, agent=agent)
    return checker.check(Document(id="r", source="r", kind="robots", text=body))


@pytest.mark.parametrize(
    ("agent", "crawl"),
    [
        (None, "allow"),  # the site's view: `*` allows crawling
        ("NewsBot", "deny"),  # its own group refuses it; ai-train must not depend on that
        ("GPTBot", "deny"),  # a training crawler asking: crawl per agent, ai-train the same
        ("OtherBot", "allow"),  # no group of its own: `*` decides crawl, ai-train unchanged
        ("Googlebot", "allow"),  # a search crawler: its group decides search as well
    ],
)
def test_ai_train_verdict_does_not_depend_on_the_agent(agent: str | None, crawl: str) -> None:
    result = _checked(AI_BOTS_REFUSED, agent)
    verdicts = {p.value: v.verdict.value for p, v in result.verdicts.items()}
    assert verdicts["ai-train"] == "deny"  # was `unknown` (gate passed) with --agent
    assert verdicts["crawl"] == crawl
    train = [f for f in result.findings if "ai-train" in {p.value for p in f.effects}]
    assert {f.rule_id for f in train} == {"signals-robots/training-crawlers-disallowed"}
    lines = {e.line for f in train for e in f.evidence}
    assert {2, 5} <= lines  # GPTBot's and CCBot's Disallow lines
    # The asking agent's own refusing group is added as evidence (NewsBot, line 8).
    assert (8 in lines) is (agent == "NewsBot")


def test_agent_scoped_meta_for_a_training_crawler_binds_every_agent() -> None:
    from compliance.engine import Checker
    from compliance.model import Document

    page = '<html><head><meta name="GPTBot" content="noindex"></head><body>x</body></html>'
    doc = Document(id="p", source="p", kind="html", html=page)
    base = _checker(Checker)
    for agent in (None, "NewsBot"):
        checker = base if agent is None else Checker(base.ruleset, agent=agent)
        assert checker.check(doc).verdicts[_purpose("ai-train")].verdict.value == "deny", agent


def test_search_is_per_agent_only_for_search_crawlers() -> None:
    body = "User-agent: Bingbot\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    assert _verdict(_checked(body, None), "search") == "deny"  # Bingbot refused: site view
    assert _verdict(_checked(body, "NewsBot"), "search") == "deny"  # not a search crawler
    assert _verdict(_checked(body, "Googlebot"), "search") == "allow"  # its own group
    assert _verdict(_checked(body, "Bingbot"), "search") == "deny"


def test_star_disallow_ai_training_binds_an_agent_with_its_own_group() -> None:
    body = "User-agent: *\nDisallowAITraining: /\n\nUser-agent: NewsBot\nAllow: /\n"
    assert _verdict(_checked(body, None), "ai-train") == "deny"
    assert _verdict(_checked(body, "NewsBot"), "ai-train") == "deny"  # was unknown


def _purpose(name: str) -> Any:
    from compliance.model import Purpose

    return Purpose(name)


def _verdict(result: Any, purpose: str) -> str:
    return str(result.verdicts[_purpose(purpose)].verdict.value)


def test_license_by_user_agent_blow_up_is_linear() -> None:
    # 1,500 User-agent lines in one group holding 1,500 License lines (~80 KB): one signal
    # per distinct URL, not one per URL per agent token (2.25 M signals, minutes and GBs).
    n = 1500
    body = (
        "".join(f"User-agent: bot{i}\n" for i in range(n))
        + "Disallow: /private/\n"
        + "".join(f"License: https://licences.example/{i}.xml\n" for i in range(n))
        + "User-agent: *\nAllow: /\n"
    )
    signals = robots_signals(body)
    licences = [s for s in signals if s.id == "rsl:license-url"]
    assert len(licences) == n
    assert len(signals) <= n + 10
    # The same URL repeated n times is one signal, for the site and for an agent.
    repeated = "User-agent: *\nAllow: /\n" + "License: https://licences.example/l.xml\n" * n
    for agent in (None, "bot1"):
        found = robots_signals(repeated, agent=agent)
        assert [s.evidence.line for s in found if s.id == "rsl:license-url"] == [3], agent


def test_comment_notice_evidence_is_its_real_line() -> None:
    from compliance.engine import Checker
    from compliance.model import Document

    notice = (
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis"
        " untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
    )
    rules = "".join(f"Disallow: /private/{i}/\n" for i in range(22))
    body = f"# robots.txt of a news site\nUser-agent: *\n{rules}# {notice}\n"
    assert body.splitlines()[24].startswith("# Dilarang")  # line 25 of the file
    result = _checker(Checker).check(Document(id="r", source="r", kind="robots", text=body))
    antara = [f for f in result.findings if f.rule_id == "antara/ai-and-crawling-reserved"]
    assert antara, [f.rule_id for f in result.findings]
    assert antara[0].evidence[0].line == 25  # was 2: the line among the comments


def test_conservative_reading_of_star_disallow_does_not_depend_on_the_agent() -> None:
    from compliance.engine import Checker
    from compliance.model import Document
    from compliance.rulepacks.loader import load_profile

    body = "User-agent: *\nDisallow: /\n\nUser-agent: NewsBot\nAllow: /\n"
    doc = Document(id="r", source="r", kind="robots", text=body)
    base = _checker(Checker)
    for agent in (None, "NewsBot", "OtherBot"):
        checker = Checker(base.ruleset, profile=load_profile("conservative"), agent=agent)
        assert _verdict(checker.check(doc), "ai-train") == "deny", agent  # NewsBot: was unknown
        assert _verdict(_checked(body, agent), "ai-train") == "unknown", agent  # default profile


@pytest.mark.parametrize(
    ("agent", "search", "archive"),
    [
        (None, "deny", "deny"),  # the site's view: Google's noindex keeps it out of search
        ("NewsBot", "deny", "deny"),  # not a search crawler: the site's view
        ("Bingbot", "unknown", "deny"),  # a search crawler: Google's search rules are not its
    ],
)
def test_agent_scoped_meta_search_per_agent_archive_for_everyone(
    agent: str | None, search: str, archive: str
) -> None:
    from compliance.engine import Checker
    from compliance.model import Document

    page = (
        '<html><head><meta name="googlebot" content="noindex, noarchive"></head>'
        "<body>x</body></html>"
    )
    doc = Document(id="p", source="p", kind="html", html=page)
    base = _checker(Checker)
    result = (base if agent is None else Checker(base.ruleset, agent=agent)).check(doc)
    assert (_verdict(result, "search"), _verdict(result, "archive")) == (search, archive)
