#!/usr/bin/env bash
# Install Debian's Chromium and its WebDriver for the HTML report test
# (tests/test_html_report_browser.py). Only Debian packages are used: no browser download.
# Without root, or without apt-get, it prints why it skipped; the test then skips itself.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "install-browser: chromium and chromedriver already present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-browser: skipped (not root); the HTML browser test will be skipped" >&2
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: skipped (no apt-get on this system); the HTML browser test will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; then
  echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
else
  echo "install-browser: skipped (apt-get install chromium chromium-driver failed); the HTML browser test will be skipped" >&2
fi
