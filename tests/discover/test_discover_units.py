"""`compliance discover` piece by piece: template keys, lossy counters that merge and spill,
stable phrases, bad records, hostile input, --site-field, HTML records and the consistency
check against robots.txt (a dataset record or a --site-files snapshot). Real files and the
real CLI; small hand-made crawls."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from compliance.cli import main
from compliance.discover.keys import block_key, template
from compliance.discover.phrases import matches, stable_phrases
from compliance.discover.sketch import SiteTable, merged_hosts
from compliance.match.normalize import normalize

UNKNOWN = (
    "Please keep our stories out of your AI training sets unless we have agreed terms in writing."
)
ARTICLE = "The council {verb} plans for {n} new bridges after a long debate on {day}."


def run(monkeypatch: pytest.MonkeyPatch, cwd: Path, *args: str) -> Result:
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def pages(site: str, count: int, footer: str, seed: int = 1) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        body = ARTICLE.format(
            verb=rng.choice(["unveiled", "postponed", "reviewed"]), n=rng.randint(2, 900), day=i
        )
        extra = " ".join(rng.choice(["rain", "market", "tram", "school"]) for _ in range(30))
        out.append(
            {
                "id": f"{site}-{i}",
                "url": f"https://www.{site}/news/{i}",
                "text": f"{body}\n\n{extra.capitalize()}.\n\n{footer.format(i=i % 28 + 1)}",
            }
        )
    return out


def write(path: Path, records: list[dict[str, str]], extra: str = "") -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + extra, "utf-8")
    return path


# -- keys -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Dates, years and author names vary; the wording does not.
        (
            "By Alice Morgan | 3 May 2024 - reproduction of this article is prohibited.",
            "By Ben Chen | 19 June 2021 - reproduction of this article is prohibited.",
        ),
        # Counters.
        ("Read 1,204 times", "Read 87 times"),
        # A script without case keeps its words and loses the numbers.
        (
            "本站文章并非AI模型的免费素材。更新于2019年8月23日。",
            "本站文章并非AI模型的免费素材。更新于2024年1月2日。",
        ),
    ],
)
def test_template_keys_fold_what_varies(a: str, b: str) -> None:
    assert block_key(a) == block_key(b)


def test_template_keeps_names_when_nothing_else_is_left() -> None:
    # "© 2024 Foo News" would be empty without its names: two sites' lines stay apart.
    assert template("© 2024 Foo News") == "foo news"
    assert block_key("© 2024 Foo News") != block_key("© 2024 Bar Times")
    assert block_key("  \n ") is None


# -- lossy counters ---------------------------------------------------------------------------


def _table(tmp_path: Path, name: str, max_entries: int) -> SiteTable:
    return SiteTable(width=20, max_entries=max_entries, run_prefix=tmp_path / name)


def _feed(table: SiteTable, shard: int, docs: int) -> None:
    for i in range(docs):
        blocks = [(1, "Reuse needs a licence."), (1000 + shard * 10_000 + i, f"article {i}")]
        if i % 3 == 0:
            blocks.append((2, "Subscribe now."))
        table.add_document("a.example", (shard, i), f"d{shard}-{i}", None, blocks)


def test_lossy_counting_keeps_recurring_blocks_and_drops_one_offs(tmp_path: Path) -> None:
    table = _table(tmp_path, "one", 10_000)
    _feed(table, 0, 200)
    entries = table.hosts["a.example"].entries
    assert entries[1].count == 200 and entries[2].count >= 60
    assert len(entries) < 2 + 20  # one window of one-off article blocks at most
    assert entries[1].samples[0] == ((0, 0), "d0-0")


def test_spilled_runs_merge_to_the_same_counts(tmp_path: Path) -> None:
    whole = _table(tmp_path, "whole", 10_000)
    spilled = _table(tmp_path, "spilled", 10)  # spills every few documents
    for table in (whole, spilled):
        _feed(table, 0, 120)
        table.spill()
    assert len(spilled.runs) > 3
    ((_, a),) = list(merged_hosts(whole.runs))
    ((_, b),) = list(merged_hosts(spilled.runs))
    assert a.documents == b.documents == 120
    assert a.entries[1].count == b.entries[1].count == 120
    assert a.entries[1].samples == b.entries[1].samples


def test_shards_merge_in_any_order(tmp_path: Path) -> None:
    runs = []
    for shard in (0, 1):
        table = _table(tmp_path, f"s{shard}", 10_000)
        _feed(table, shard, 60)
        table.spill()
        runs += table.runs
    ((_, forward),) = list(merged_hosts(runs))
    ((_, backward),) = list(merged_hosts(runs[::-1]))
    assert forward.to_state() == backward.to_state()
    assert forward.entries[1].count == 120


# -- phrases ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variants",
    [
        [
            "Written by Alice Morgan on 3 May 2024. Reproduction without written permission of the Courier is prohibited.",
            "Written by Ben Chen on 19 June 2021. Reproduction without written permission of the Courier is prohibited.",
        ],
        [
            "本站文章并非AI模型的免费素材，如需使用请先联系我们。更新于2019年8月23日。",
            "本站文章并非AI模型的免费素材，如需使用请先联系我们。更新于2024年1月2日。",
        ],
        ["Наши материалы — не бесплатный корм для моделей ИИ. Обновлено 2024."],
    ],
)
def test_stable_phrases_match_every_variant(variants: list[str]) -> None:
    phrases = stable_phrases(variants)
    assert phrases
    for variant in variants:
        assert all(matches(p, normalize(variant).text) for p in phrases)
    assert not any(ch.isdigit() for p in phrases for ch in p)  # years and dates vary


# -- the command on small crawls ---------------------------------------------------------------


def test_bad_records_are_error_entries_naming_file_and_line(tmp_path: Path, monkeypatch) -> None:
    data = write(
        tmp_path / "c.jsonl",
        [{"id": "no-url", "text": "x"}, {"id": "empty", "url": "https://a.example/1", "text": " "}],
        "not json\n" + json.dumps({"id": "n", "url": "https://a.example/2", "text": 5}) + "\n",
    )
    result = run(monkeypatch, tmp_path, "discover", str(data), "-o", "-")
    assert result.exit_code == 3, result.output  # nothing to review, but unreadable records
    report = json.loads(result.stdout)
    lines = {(e["line"], e["message"].split(":")[0]) for e in report["errors"]}
    assert lines == {
        (1, "no site"),
        (2, "no text in the record"),
        (3, "malformed JSON"),
        (4, "field 'text' is int, expected a string (text)"),
    }
    assert report["summary"]["records"] == 4 and report["summary"]["errors"] == 4
    assert f"{data}:1: error: no site" in result.stderr


def test_unknown_notice_found_proposed_and_drafted(tmp_path: Path, monkeypatch) -> None:
    records = pages("courier.example", 30, UNKNOWN) + pages(
        "ledger.example", 30, "Sign up for our free newsletter."
    )
    data = write(tmp_path / "c.jsonl", records)
    result = run(
        monkeypatch, tmp_path, "discover", str(data), "--emit-packs", "packs", "-o", "-", "-q"
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    (candidate,) = report["candidates"]  # the newsletter line is not shown by default
    assert candidate["site"] == "courier.example" and candidate["status"] == "unexplained"
    assert candidate["documents"] == 30 and candidate["share"] == 1.0
    # "unless we have agreed terms in writing": the way to permission makes it conditional.
    assert candidate["proposal"]["effect"] == {
        "ai-index": "conditional",
        "ai-input": "conditional",
        "ai-train": "conditional",
    }
    assert candidate["proposal"]["conditions"] == ["written-permission"]
    assert candidate["sample_ids"] == [f"courier.example-{i}" for i in range(5)]
    assert sorted(p.name for p in (tmp_path / "packs").iterdir()) == ["courier.example.yaml"]
    harmless = run(monkeypatch, tmp_path, "discover", str(data), "--include-harmless", "-o", "-")
    ranked = json.loads(harmless.stdout)["candidates"]
    assert ranked[0]["status"] == "unexplained"
    assert {c["status"] for c in ranked[1:]} == {"harmless"}
    assert any(c["text"] == "Sign up for our free newsletter." for c in ranked)


def test_hostile_records_stay_bounded(tmp_path: Path, monkeypatch) -> None:
    # 20,000 one-line blocks in one page, a 2 MB line without a break, and a long notice.
    many = "\n\n".join(f"Line {i} of a generated list" for i in range(20_000))
    records = [
        {"id": "many", "url": "https://h.example/1", "text": many},
        {"id": "long", "url": "https://h.example/2", "text": "word " * 400_000},
        *pages("h.example", 10, UNKNOWN * 40),
    ]
    data = write(tmp_path / "c.jsonl", records)
    result = run(monkeypatch, tmp_path, "discover", str(data), "-o", "-", "-q")
    report = json.loads(result.stdout)
    assert report["summary"]["documents"] == 12
    (candidate,) = report["candidates"]
    assert len(candidate["text"]) <= 1024  # blocks are kept by their first 1,024 characters


def test_site_field_groups_records_without_urls(tmp_path: Path, monkeypatch) -> None:
    records = [
        {"id": r["id"], "domain": "courier", "text": r["text"]} for r in pages("x", 10, UNKNOWN)
    ]
    data = write(tmp_path / "c.jsonl", records)
    result = run(monkeypatch, tmp_path, "discover", str(data), "--site-field", "domain", "-o", "-")
    (candidate,) = json.loads(result.stdout)["candidates"]
    assert candidate["site"] == "courier" and candidate["documents"] == 10


def test_html_records_are_mined_from_their_visible_text(tmp_path: Path, monkeypatch) -> None:
    records = [
        {
            "id": f"p{i}",
            "url": f"https://page.example/{i}",
            "html": f"<html><body><p>Story {i} about the market.</p><script>var x={i}</script>"
            f"<footer><p>{UNKNOWN}</p></footer></body></html>",
        }
        for i in range(8)
    ]
    data = write(tmp_path / "c.jsonl", records)
    result = run(monkeypatch, tmp_path, "discover", str(data), "-o", "-")
    (candidate,) = json.loads(result.stdout)["candidates"]
    assert candidate["text"] == UNKNOWN and candidate["documents"] == 8


ROBOTS_OPEN = "User-agent: GPTBot\nAllow: /\n\nUser-agent: CCBot\nAllow: /\n"


def test_a_notice_contradicted_by_robots_in_the_dataset(tmp_path: Path, monkeypatch) -> None:
    records = [*pages("open.example", 10, UNKNOWN), *pages("shut.example", 10, UNKNOWN)]
    records.append({"id": "r1", "url": "https://open.example/robots.txt", "text": ROBOTS_OPEN})
    records.append(
        {
            "id": "r2",
            "url": "https://shut.example/robots.txt",
            "text": "User-agent: GPTBot\nDisallow: /\n",
        }
    )
    data = write(tmp_path / "c.jsonl", records)
    result = run(monkeypatch, tmp_path, "discover", str(data), "-o", "-")
    report = json.loads(result.stdout)
    (finding,) = report["consistency"]
    assert finding["site"] == "open.example"
    assert finding["rule_id"] == "signals-consistency/notice-vs-robots-ai-allowed"
    assert finding["reserved"] == ["ai-train", "ai-input", "ai-index"]
    assert report["summary"]["robots_files"] == 2 and report["summary"]["documents"] == 20


def test_a_notice_contradicted_by_a_site_snapshot(tmp_path: Path, monkeypatch) -> None:
    snap = tmp_path / "snap" / "courier"
    snap.mkdir(parents=True)
    (snap / "robots.txt").write_text(ROBOTS_OPEN, "utf-8")
    (snap / "site.json").write_text(
        json.dumps(
            {
                "origin": "https://courier.example",
                "observed_at": "2026-01-01T00:00:00Z",
                "files": {
                    "robots.txt": {"status": 200, "url": "https://courier.example/robots.txt"}
                },
            }
        ),
        "utf-8",
    )
    data = write(tmp_path / "c.jsonl", pages("courier.example", 10, UNKNOWN))
    result = run(
        monkeypatch,
        tmp_path,
        "discover",
        str(data),
        "--site-files",
        str(tmp_path / "snap"),
        "-o",
        "-",
    )
    (finding,) = json.loads(result.stdout)["consistency"]
    assert finding["site"] == "courier.example" and finding["robots_source"].endswith("robots.txt")
    md = run(
        monkeypatch,
        tmp_path,
        "discover",
        str(data),
        "--site-files",
        str(tmp_path / "snap"),
        "-f",
        "markdown",
        "-o",
        "-",
    )
    assert "## Sites that contradict their robots.txt" in md.stdout


def test_usage_errors_exit_2(tmp_path: Path, monkeypatch) -> None:
    missing = run(monkeypatch, tmp_path, "discover", "nope.jsonl")
    assert missing.exit_code == 2 and "no such file" in missing.output
    data = write(tmp_path / "c.jsonl", pages("a.example", 2, UNKNOWN))
    both = run(monkeypatch, tmp_path, "discover", str(data), "--master", "local[2]")
    assert both.exit_code == 2
    help_text = run(monkeypatch, tmp_path, "discover", "--help").output
    assert "Exit codes: 0 nothing needs review; 1 a notice is unexplained" in help_text


def test_the_scan_report_takes_the_discover_section(tmp_path: Path, monkeypatch) -> None:
    data = write(tmp_path / "c.jsonl", pages("courier.example", 10, UNKNOWN))
    assert run(monkeypatch, tmp_path, "discover", str(data), "-o", "d.json", "-q").exit_code == 1
    assert run(monkeypatch, tmp_path, "scan", str(data), "-o", "s.json", "-q").exit_code in (0, 1)
    html = run(monkeypatch, tmp_path, "report", "render", "s.json", "--discover", "d.json")
    assert html.exit_code == 0, html.output
    assert html.stdout.count('<section id="discover">') == 1
    assert "courier.example" in html.stdout and "Documents by notice" in html.stdout
    md = run(
        monkeypatch,
        tmp_path,
        "report",
        "render",
        "s.json",
        "--discover",
        "d.json",
        "-f",
        "markdown",
    )
    assert md.exit_code == 0 and "## Notices discovered" in md.stdout
    wrong = run(monkeypatch, tmp_path, "report", "render", "s.json", "--discover", "s.json")
    assert wrong.exit_code == 2 and "not a compliance discover JSON report" in wrong.stderr
    sarif = run(
        monkeypatch, tmp_path, "report", "render", "s.json", "--discover", "d.json", "-f", "sarif"
    )
    assert sarif.exit_code == 2 and "html and markdown" in sarif.output
