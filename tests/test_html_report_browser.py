"""The HTML report in a real headless Chromium: counts shown, verdict filter works, screenshot.

Driven with Selenium and Debian's /usr/bin/chromium + /usr/bin/chromedriver (installed by
scripts/install-browser.sh); nothing is downloaded. Skipped with the reason when either is
missing. The page is opened from a file:// URL: no network at all.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from test_scan import make_record, scan

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")


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
    assert 'id="count-documents">20<' in page
    assert "<mark>Dilarang keras mengambil konten" in page  # evidence highlighted


@pytest.fixture()
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        pytest.skip(
            "/usr/bin/chromium or /usr/bin/chromedriver absent: run scripts/install-browser.sh as root"
        )
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

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
        "--window-size=1200,900",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_report_in_headless_chromium(browser, html_report: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(html_report.as_uri())
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 1000
    assert browser.find_element(By.ID, "count-documents").text == "20"
    # Records 19 is absent (corrupt is i % 100 == 99), so 20 documents: 5 of each kind.
    assert browser.find_element(By.ID, "count-fail").text == "10"
    cell = browser.find_element(
        By.CSS_SELECTOR, '#summary td[data-purpose="ai-train"][data-verdict="deny"]'
    )
    assert cell.text == "5"  # the noai pages

    def visible() -> list[str]:
        docs = browser.find_elements(By.CSS_SELECTOR, "article.doc")
        return [d.find_element(By.TAG_NAME, "code").text for d in docs if d.is_displayed()]

    assert len(visible()) == 20
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("deny")
    assert visible() == [f"r{i:05d}" for i in range(20) if i % 4 == 3]
    assert browser.find_element(By.ID, "shown-count").text == "5"
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("conditional")
    assert visible() == [f"r{i:05d}" for i in range(20) if i % 4 == 1]
    Select(browser.find_element(By.ID, "filter-verdict")).select_by_value("")
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value(
        "antara/ai-and-crawling-reserved"
    )
    assert visible() == [f"r{i:05d}" for i in range(20) if i % 4 == 1]
    marks = browser.find_elements(By.CSS_SELECTOR, "article.doc mark")
    assert any("Dilarang keras" in m.text for m in marks if m.is_displayed())
    browser.save_screenshot(str(tmp_path / "filtered.png"))
