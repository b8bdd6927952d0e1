"""The HTML report in a real headless Chromium: filters, triage to a baseline, screenshot.

Driven with Selenium and Debian's /usr/bin/chromium + /usr/bin/chromedriver (installed by
scripts/install-browser.sh); nothing is downloaded. Skipped with the reason when either is
missing. Pages are opened from file:// URLs: no network at all. The triage round trip runs
`compliance scan` as a user does (a child process), downloads the baseline the page builds
and scans again with it.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from test_scan import make_record, scan

from compliance.baseline import load_baseline

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ANTARA = "Kantor Berita ANTARA"
ANTARA_RULE = "antara/ai-and-crawling-reserved"


@pytest.fixture(scope="module")
def html_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("html")
    data = root / "mixed.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(20)), "utf-8")
    monkeypatch = pytest.MonkeyPatch()
    try:
        result = scan(monkeypatch, root, str(data), "-p", "ai-train", "-j", "1", "-q", "-f", "html")
    finally:
        monkeypatch.undo()
    assert result.exit_code == 1
    return next((root / "reports").glob("scan-*.html"))


def test_html_is_self_contained(html_report: Path) -> None:
    page = html_report.read_text("utf-8")
    assert "<script src" not in page and "<link " not in page and "@import" not in page
    assert "http://" not in page.split("<body>")[0] and "https://" not in page.split("<body>")[0]
    assert 'id="count-documents">20<' in page
    assert "<mark>Dilarang keras mengambil konten" in page  # decisive terms highlighted


@pytest.fixture()
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip(
            "/usr/bin/chromium or /usr/bin/chromedriver absent: run scripts/install-browser.sh as root"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,1400",
    ):
        options.add_argument(flag)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _groups(browser) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Shown notice groups: rule ids of the head -> the count shown."""
    from selenium.webdriver.common.by import By

    shown = {}
    for group in browser.find_elements(By.CSS_SELECTOR, "section.group"):
        if group.is_displayed():
            rules = [r.text for r in group.find_elements(By.CSS_SELECTOR, ".group-head h3 .rule")]
            key = " + ".join(rules) or group.find_element(By.CSS_SELECTOR, "h3").text
            shown[key] = int(group.find_element(By.CSS_SELECTOR, ".group-count").text)
    return shown


def test_report_in_headless_chromium(browser, html_report: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(html_report.as_uri())
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 1000
    assert browser.find_element(By.ID, "count-documents").text == "20"
    assert browser.find_element(By.ID, "count-fail").text == "10"
    cell = browser.find_element(
        By.CSS_SELECTOR, '#summary td[data-purpose="ai-train"][data-verdict="deny"]'
    )
    assert cell.text == "5"  # the noai pages
    assert _groups(browser) == {
        ANTARA_RULE: 5,
        "signals-headers/noai": 5,
        "notices-en/conditional": 5,  # CC BY says nothing about ai-train: passes, grouped by notice
        "No notice found": 5,
    }
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("deny")
    assert _groups(browser) == {"signals-headers/noai": 5}
    assert browser.find_element(By.ID, "shown-count").text == "5"
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-publisher")).select_by_value(ANTARA)
    assert _groups(browser) == {ANTARA_RULE: 5}
    Select(browser.find_element(By.ID, "filter-publisher")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-language")).select_by_value("en")
    assert _groups(browser) == {"notices-en/conditional": 5}
    Select(browser.find_element(By.ID, "filter-language")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-purpose")).select_by_value("ai-train")
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("conditional")
    assert _groups(browser) == {ANTARA_RULE: 5}
    marks = browser.find_elements(By.CSS_SELECTOR, "section.group .group-head mark")
    assert any("Dilarang keras" in m.text for m in marks if m.is_displayed())
    browser.save_screenshot(str(tmp_path / "filtered.png"))


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`compliance ARGS` as a user runs it, in a child process."""
    return subprocess.run(
        [sys.executable, "-m", "compliance", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _wait_for_download(folder: Path) -> Path:
    deadline = time.monotonic() + 60  # generous: the file is a few KB
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if not p.name.endswith(".crdownload")]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no download in {folder}")


def test_triage_round_trip_accepts_exactly_the_ticked_group(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    data = tmp_path / "crawl.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(24)), "utf-8")
    first = _cli(tmp_path, "scan", str(data), "-p", "ai-train", "-q", "-f", "html", "-f",
                 "json", "--report-dir", "before")  # fmt: skip
    assert first.returncode == 1, first.stderr
    report = json.loads(next((tmp_path / "before").glob("scan-*.json")).read_text("utf-8"))
    failing = {d["id"]: d for d in report["documents"] if d["gate"] == "fail"}
    antara_ids = {i for i, d in failing.items() if "antaranews.com" in (d["url"] or "")}
    assert len(antara_ids) == 6 and len(failing) == 12  # 6 ANTARA + 6 noai pages

    browser.get(next((tmp_path / "before").glob("scan-*.html")).as_uri())
    Select(browser.find_element(By.ID, "filter-publisher")).select_by_value(ANTARA)
    assert _groups(browser) == {ANTARA_RULE: 6}
    group = next(
        g for g in browser.find_elements(By.CSS_SELECTOR, "section.group") if g.is_displayed()
    )
    group.find_element(By.CSS_SELECTOR, "input.accept-group").click()
    assert browser.find_element(By.ID, "triage-count").text == "6"
    # One noai page accepted on its own: its group opened, one finding ticked.
    Select(browser.find_element(By.ID, "filter-publisher")).select_by_value("")
    noai = next(
        g
        for g in browser.find_elements(By.CSS_SELECTOR, "section.group")
        if "signals-headers/noai" in g.find_element(By.CSS_SELECTOR, ".group-head").text
    )
    noai.find_element(By.CSS_SELECTOR, "details.drill > summary").click()
    one = noai.find_element(By.CSS_SELECTOR, "article.doc")
    one_id = one.find_element(By.CSS_SELECTOR, "h4 code").text
    one.find_element(By.CSS_SELECTOR, "input.accept-finding").click()
    assert browser.find_element(By.ID, "triage-count").text == "7"
    browser.find_element(By.ID, "triage-download").click()  # no reason yet: refused, said why
    assert "reason" in browser.find_element(By.ID, "triage-status").text
    expires = (dt.date.today() + dt.timedelta(days=365)).isoformat()
    browser.find_element(By.ID, "triage-reason").send_keys("written permission from ANTARA")
    browser.find_element(By.ID, "triage-owner").send_keys("legal@example.org")
    date_input = browser.find_element(By.ID, "triage-expires")
    browser.execute_script("arguments[0].value = arguments[1];", date_input, expires)
    browser.find_element(By.ID, "triage-download").click()
    downloaded = _wait_for_download(browser.downloads)

    baseline = load_baseline(downloaded, dt.date.today())  # the CLI's own reader accepts it
    antara_fps = {fp for i in antara_ids for v in failing[i]["verdicts"].values()
                  for fp in v["findings"]}  # fmt: skip
    one_fps = {fp for v in failing[one_id]["verdicts"].values() for fp in v["findings"]}
    assert len(one_fps) == 1
    assert {e.fingerprint for e in baseline.entries} == antara_fps | one_fps
    assert {e.reason for e in baseline.entries} == {"written permission from ANTARA"}
    assert {e.expires for e in baseline.entries} == {dt.date.fromisoformat(expires)}
    # The same entries `compliance baseline create` writes for the ANTARA rule.
    created = _cli(tmp_path, "baseline", "create", str(next((tmp_path / "before").glob("*.json"))),
                   "--rule", ANTARA_RULE, "--reason", "written permission from ANTARA",
                   "--owner", "legal@example.org", "--expires", expires, "-o", "cli.json")  # fmt: skip
    assert created.returncode == 0, created.stderr
    ours, theirs = (
        json.loads(downloaded.read_text("utf-8")),
        json.loads((tmp_path / "cli.json").read_text("utf-8")),
    )
    assert ours.pop("created_at") and theirs.pop("created_at")
    ours["entries"] = [e for e in ours["entries"] if e["rule_id"] == ANTARA_RULE]
    assert ours == theirs
    assert downloaded.read_text("utf-8").endswith("}\n")

    again = _cli(tmp_path, "scan", str(data), "-p", "ai-train", "-q", "-f", "json",
                 "--report-dir", "after", "--baseline", str(downloaded))  # fmt: skip
    assert again.returncode == 1, again.stderr  # the noai pages were not accepted
    after = json.loads(next((tmp_path / "after").glob("scan-*.json")).read_text("utf-8"))
    gates = {d["id"]: d["gate"] for d in after["documents"]}
    assert {i for i, g in gates.items() if g == "fail"} == set(failing) - antara_ids - {one_id}
    assert gates[one_id] == "pass"
    assert all(gates[i] == "pass" for i in antara_ids)


def test_1000_record_scan_screenshot(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    data = tmp_path / "thousand.jsonl"
    data.write_text("".join(make_record(i) + "\n" for i in range(1000)), "utf-8")
    result = _cli(tmp_path, "scan", str(data), "-p", "ai-train,crawl", "-q", "-f", "html",
                  "--report-dir", "reports")  # fmt: skip
    assert result.returncode == 1, result.stderr
    page = next((tmp_path / "reports").glob("scan-*.html"))
    assert page.stat().st_size < 1000 * 4096  # O(documents), a few KB each
    browser.get(page.as_uri())
    shot = tmp_path / "thousand.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")
    # 1,000 records, 10 corrupt (i % 100 == 99): 990 documents in four notice groups.
    assert browser.find_element(By.ID, "count-documents").text == "990"
    assert browser.find_element(By.ID, "count-errors").text == "10"
    assert _groups(browser) == {
        ANTARA_RULE: 250,
        "signals-headers/noai": 240,
        "notices-en/conditional": 250,
        "No notice found": 250,
    }
    legend = browser.find_element(By.ID, "legend")
    assert legend.is_displayed() and "Silence is not permission" in legend.text
    counts = browser.find_elements(By.CSS_SELECTOR, "section.group .group-count")
    assert all(c.is_displayed() for c in counts)
    antara = next(
        g
        for g in browser.find_elements(By.CSS_SELECTOR, "section.group")
        if ANTARA_RULE in g.find_element(By.CSS_SELECTOR, ".group-head").text
    )
    rows = antara.find_elements(By.CSS_SELECTOR, ".group-head table.decide tr[data-purpose]")
    decided = {
        r.get_attribute("data-purpose"): (
            r.find_element(By.CSS_SELECTOR, "td.decided-by").text,
            r.find_element(By.CSS_SELECTOR, "td.action").text,
        )
        for r in rows
        if r.is_displayed()
    }
    assert set(decided) == {"crawl", "ai-train"}
    for who, what in decided.values():
        assert ANTARA_RULE in who and ANTARA in who
        assert what.startswith(f"ask {ANTARA} for written permission")
    # The drill-down lists the group's documents once opened.
    antara.find_element(By.CSS_SELECTOR, "details.drill > summary").click()
    listed = antara.find_elements(By.CSS_SELECTOR, "article.doc")
    assert len(listed) == 250 and listed[0].is_displayed()
