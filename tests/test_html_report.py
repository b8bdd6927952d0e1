"""The HTML report for a person who decides (issue 13, item 1), read as HTML without a browser.

Reports come from the real CLI over real files; the page is parsed with lexbor (selectolax)
and the assertions read what a reviewer reads: the legend, the deciding finding and the
action per purpose, each sentence quoted once with the decisive terms marked, groups by notice.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser
from test_scan import ANTARA_FOOTER, make_record

from compliance.baseline import entries_from_report
from compliance.formats import html_report
from compliance.formats.html_notices import MAX_PATTERN_TIMEOUTS, Marker, PackFacts
from compliance.model import (
    Confidence,
    DocumentResult,
    Evidence,
    Finding,
    PackInfo,
    Problem,
    Purpose,
    Report,
    RunInfo,
    Summary,
    ToolInfo,
    Verdict,
    VerdictValue,
)

ANTARA = "examples/antara-article.txt"


def page(run_cli, *args: str) -> LexborHTMLParser:  # type: ignore[no-untyped-def]
    result = run_cli(*args, "-f", "html")
    assert result.exit_code in (0, 1, 3), result.output
    return LexborHTMLParser(result.stdout)


def docs(tree: LexborHTMLParser) -> dict[str, object]:
    return {d.css_first("h4 code").text(): d for d in tree.css("article.doc")}


def test_legend_header_and_action_for_antara(run_cli) -> None:  # type: ignore[no-untyped-def]
    tree = page(run_cli, "check", ANTARA)
    legend = tree.css_first("#legend").text()
    for term in ("deny", "conditional", "allow", "unknown", "undetermined", "gate"):
        assert term in legend
    assert "Silence is not permission" in legend
    # Packs are folded away; the headline is counts, not a wall of pack ids.
    headline = tree.css_first("p.headline").text()
    assert "notices-" not in headline and "1 fail" in " ".join(headline.split())
    assert tree.css_first("details#run-details").css("#packs li")
    (doc,) = tree.css("article.doc")
    row = doc.css_first('tr[data-purpose="ai-train"]') or tree.css_first(
        'section.group tr[data-purpose="ai-train"]'
    )
    assert row is not None
    cells = [td.text() for td in row.css("td")]
    assert cells[0] == "conditional (written-permission)"
    assert "antara/ai-and-crawling-reserved" in cells[1] and "Kantor Berita ANTARA" in cells[1]
    assert cells[2] == (
        "ask Kantor Berita ANTARA for written permission, then add a grant for publisher antara"
    )


def test_each_sentence_once_marked_superseded_folded_no_backticks(run_cli) -> None:  # type: ignore[no-untyped-def]
    tree = page(run_cli, "check", ANTARA)
    (doc,) = tree.css("article.doc")
    quotes = [q.text() for q in doc.css("blockquote.quote")]
    # Five findings (one publisher, four generic) quote the same footer sentence: shown once.
    assert sum("Dilarang keras mengambil konten" in q for q in quotes) == 1
    marks = [m.text() for m in doc.css("blockquote.quote mark")]
    # The publisher rule's phrases, nothing else of the sentence.
    assert marks == [
        "Dilarang keras mengambil konten",
        "pengindeksan otomatis untuk AI",
        "tanpa izin tertulis dari Kantor Berita ANTARA",
    ]
    folded = doc.css_first("details.superseded")
    assert folded is not None and "superseded by antara/ai-and-crawling-reserved" in folded.text()
    visible = [li.text() for li in doc.css("article.doc > ul.findings > li")]
    assert len(visible) == 1 and "antara/ai-and-crawling-reserved" in visible[0]
    assert "`" not in tree.css_first("body").text()
    assert "a grant for publisher antara satisfies" in visible[0]


def test_all_unknown_reads_no_notice_found(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plain = tmp_path / "plain.txt"
    plain.write_text("Harga beras naik tipis.\nPedagang berharap pasokan membaik.\n", "utf-8")
    tree = page(run_cli, "check", str(plain))
    (doc,) = tree.css("article.doc")
    assert doc.css_first(".gate-label").text() == "no notice found"
    assert tree.css_first("#count-no-notice").text() == "1"
    assert "No notice found" in tree.css_first("section.group.pass h3").text()


def test_html_evidence_gives_the_source_line(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "article.html"
    lines = [
        "<!doctype html>",
        "<html><head><title>Berita</title></head>",
        "<body>",
        "<article><p>Berita hari ini: pemerintah mengumumkan kebijakan baru.</p>",
        "<p>Pewarta: Budi</p><p>Editor: Sari</p></article>",
        "<!-- the footer follows -->",
        "<div class='nav'><a href='/'>Beranda</a> <a href='/x'>Indeks</a></div>",
        "",
        "<footer><p>",
        ANTARA_FOOTER.replace("crawling atau", "crawling\n atau").replace(
            "ANTARA.", "<b>ANTARA</b>."
        ),
        "</p></footer></body></html>",
    ]
    source.write_text("\n".join(lines), "utf-8")
    tree = page(run_cli, "check", str(source))
    places = [s.text() for s in tree.css("article.doc blockquote.quote + span.meta")]
    assert places and f"line 10 of {source}" in places[0], places
    # A page given on stdin has no source file: the text line is labelled as such.
    result = run_cli("check", "-", "--kind", "html", "-f", "html", input=source.read_text())
    stdin_places = [
        s.text() for s in LexborHTMLParser(result.stdout).css("blockquote.quote + span.meta")
    ]
    assert stdin_places and "of the page text" in stdin_places[0]


def _scan_page(run_cli, tmp_path: Path, count: int) -> tuple[LexborHTMLParser, dict]:  # type: ignore[no-untyped-def, type-arg]
    data = tmp_path / "mixed.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(count)), "utf-8")
    out = tmp_path / "reports"
    result = run_cli(
        "scan",
        str(data),
        "-p",
        "ai-train",
        "-j",
        "1",
        "-q",
        "-f",
        "html",
        "-f",
        "json",
        "--report-dir",
        str(out),
    )
    assert result.exit_code == 1, result.output
    html = next(out.glob("scan-*.html")).read_text("utf-8")
    report = json.loads(next(out.glob("scan-*.json")).read_text("utf-8"))
    return LexborHTMLParser(html), report


def test_scan_groups_by_notice_failures_first_and_real_filters(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tree, report = _scan_page(run_cli, tmp_path, 40)
    sections = [s.attributes["id"] for s in tree.css("section.gate-section")]
    assert sections == ["gate-fail", "gate-pass"]  # passes grouped after the failures
    groups = {
        " ".join(g.css_first("h3").text().split()): int(g.css_first(".group-count").text())
        for g in tree.css("section.group")
    }
    antara = next(k for k in groups if "antara/ai-and-crawling-reserved" in k)
    noai = next(k for k in groups if "signals-headers/noai" in k)
    # Records 0..39 cycle clean / ANTARA / CC / noai: ten of each.
    assert groups[antara] == 10 and groups[noai] == 10
    assert "Kantor Berita ANTARA" in antara
    assert sum(groups.values()) == report["summary"]["documents"] == 40
    drill = tree.css("section.group")[0].css_first("details.drill")
    assert len(drill.css("article.doc")) == 10
    publishers = [o.attributes["value"] for o in tree.css("#filter-publisher option")]
    assert publishers == ["", "Kantor Berita ANTARA"]  # never a signal pack id
    languages = [o.attributes["value"] for o in tree.css("#filter-language option")]
    assert "id" in languages and "en" in languages
    antara_docs = [
        d for d in tree.css("article.doc") if "antara" in (d.attributes["data-rules"] or "")
    ]
    assert antara_docs and all(d.attributes["data-languages"] == "id" for d in antara_docs)


def test_triage_data_matches_baseline_create(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tree, report = _scan_page(run_cli, tmp_path, 12)
    data = json.loads(tree.css_first("#triage-data").text())
    expected = entries_from_report(report["documents"], reason="", owner="", expires=None)
    assert {fp: tuple(v) for fp, v in data["findings"].items()} == {
        e.fingerprint: (e.rule_id, e.document, e.excerpt) for e in expected
    }
    boxes = {b.attributes["data-fp"] for b in tree.css("input.accept-finding")}
    assert boxes == set(data["findings"])
    assert len(tree.css("input.accept-group")) == len(tree.css("#gate-fail section.group"))


def _finding(message: str, excerpt: str, pack: str = "mine") -> Finding:
    return Finding(
        rule_id=f"{pack}/rule",
        pack_id=pack,
        pack_version="1",
        title="A <b>title</b>",
        message=message,
        effects={Purpose.AI_TRAIN: VerdictValue.DENY},
        confidence=Confidence.NOTICE,
        evidence=(Evidence(kind="text", excerpt=excerpt, line=1, column=1, start=0, end=4),),
        fingerprint="abcd",
    )


def test_hostile_text_is_escaped_and_missing_packs_fail_quietly() -> None:
    hostile = "Stop</script><script>alert(1)</script> `code` <img src=x onerror=alert(2)>"
    finding = _finding("Use `--grants` </script><b>x</b>", hostile)
    doc = DocumentResult(
        id="d<1>",
        source="nowhere/d.html",
        kind="html",
        gate="fail",
        verdicts={Purpose.AI_TRAIN: Verdict(verdict=VerdictValue.DENY, findings=("abcd",))},
        findings=(finding,),
    )
    report = Report(
        tool=ToolInfo(version="1"),
        generated_at="2027-01-01T00:00:00Z",
        run=RunInfo(),
        packs=(PackInfo(id="mine", version="1", sha256="0" * 64, path="/nonexistent/p.yaml"),),
        purposes=(Purpose.AI_TRAIN,),
        profile="default",
        documents=(doc,),
        summary=Summary(
            documents=1,
            errors=0,
            by_purpose={Purpose.AI_TRAIN: {VerdictValue.DENY: 1}},
            gate={"pass": 0, "fail": 1, "undetermined": 0},
        ),
        exit_code=1,
    )
    html = html_report.render(report)
    assert html.count("<script") == 2  # the triage data and the page's own script only
    assert "<img" not in html and "<b>x</b>" not in html
    tree = LexborHTMLParser(html)
    data = json.loads(tree.css_first("#triage-data").text())
    assert data["findings"]["abcd"][2] == hostile  # survives the script element intact
    message = tree.css_first("article.doc li.finding").text()
    assert "Use --grants </script><b>x</b>" in message and "`" not in message
    assert "`code`" in tree.css_first("article.doc blockquote").text()  # quotes stay verbatim
    assert "the publisher" in tree.css_first("td.action").text()  # no pack file, no name
    assert tree.css("#filter-publisher option")[-1].attributes["value"] == ""


def test_catastrophic_user_pattern_is_bounded_by_a_count_of_timeouts() -> None:
    """A user's pathological pattern cannot stall the report: after MAX_PATTERN_TIMEOUTS the
    rest is marked from evidence offsets only (bounded by count, shown by finishing at all)."""
    facts = {"evil": PackFacts(rule_patterns={"evil/rule": (r"(?:(?:a|aa)+)+b",)})}
    marker = Marker(facts)
    finding = _finding("m", "x", pack="evil")
    results = [
        marker.spans("a" * (40 + i) + "c", [finding]) for i in range(3 * MAX_PATTERN_TIMEOUTS)
    ]
    assert marker.timeouts == MAX_PATTERN_TIMEOUTS
    assert results == [[]] * len(results)
    # Offsets still mark a sentence that starts with the match.
    sentence = _finding("m", "abcd efgh", pack="evil")
    assert marker.spans("abcd efgh", [sentence]) == [(0, 4)]


def test_saved_report_rendered_elsewhere_keeps_publisher_names(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    saved = json.loads(run_cli("check", ANTARA, "-f", "json").stdout)
    for pack in saved["packs"]:  # as shown when the run's cwd was the checkout
        pack["path"] = "rules/" + "/".join(Path(pack["path"]).parts[-2:])
    tampered = json.loads(json.dumps(saved))
    next(p for p in tampered["packs"] if p["id"] == "antara")["sha256"] = "0" * 64
    monkeypatch.chdir(tmp_path)
    tree = LexborHTMLParser(html_report.render(Report.model_validate(saved)))
    assert "Kantor Berita ANTARA" in tree.css_first("td.action").text()
    # A pack file that is not the one the run used gives no facts, never wrong ones.
    tree = LexborHTMLParser(html_report.render(Report.model_validate(tampered)))
    assert tree.css_first("td.action").text().startswith("ask the publisher for written")


def test_undetermined_documents_group_by_problem_and_say_what_to_do() -> None:
    doc = DocumentResult(
        id="page-1",
        source="https://example.org/1",
        kind="html",
        gate="undetermined",
        verdicts={
            Purpose.AI_TRAIN: Verdict(
                verdict=VerdictValue.UNDETERMINED, reasons=("robots-unreachable",)
            )
        },
        problems=(Problem(code="robots-unreachable", message="robots.txt answered `503`"),),
    )
    report = Report(
        tool=ToolInfo(version="1"),
        generated_at="2027-01-01T00:00:00Z",
        run=RunInfo(),
        packs=(),
        purposes=(Purpose.AI_TRAIN,),
        profile="default",
        documents=(doc, doc.model_copy(update={"id": "page-2"})),
        summary=Summary(
            documents=2,
            errors=0,
            by_purpose={Purpose.AI_TRAIN: {VerdictValue.UNDETERMINED: 2}},
            gate={"pass": 0, "fail": 0, "undetermined": 2},
        ),
        exit_code=3,
    )
    tree = LexborHTMLParser(html_report.render(report))
    (group,) = tree.css("section.group.undetermined")
    assert "Could not be checked: robots-unreachable" in group.css_first("h3").text()
    assert group.css_first(".group-count").text() == "2"
    assert group.css_first("td.action").text().startswith("fix the input (robots-unreachable)")
    assert "robots.txt answered 503" in group.css_first("article.doc p.undetermined").text()
    assert not tree.css("input.accept-group")  # only failures are triaged into a baseline
