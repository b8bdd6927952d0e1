"""Benchmarks: throughput of the checker against baselines measured in the same run.

    make bench            # or: .venv/bin/python benchmarks/run.py [--docs N]

Workloads are generated deterministically (seeded): news-like text documents of ~4 KB in
several languages, 5 % carrying a notice near the end; ~100 KB HTML pages. Printed:
docs/s and MB/s, the ratio against a naive per-rule `re` loop over the same patterns, and the
HTML path against BeautifulSoup+lxml. Benchmarks are not tests: nothing here asserts timing.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compliance.engine import Checker  # noqa: E402
from compliance.extract.html import extract_html  # noqa: E402
from compliance.model import Document  # noqa: E402

WORDS = {
    "en": [
        "the",
        "market",
        "city",
        "council",
        "said",
        "report",
        "minister",
        "week",
        "prices",
        "people",
        "school",
        "river",
    ],
    "id": [
        "harga",
        "pasar",
        "kota",
        "pemerintah",
        "warga",
        "sekolah",
        "sungai",
        "menteri",
        "pekan",
        "laporan",
    ],
    "de": [
        "der",
        "Markt",
        "Stadt",
        "Rat",
        "sagte",
        "Bericht",
        "Minister",
        "Woche",
        "Preise",
        "Straße",
        "Schule",
    ],
    "ru": [
        "рынок",
        "город",
        "совет",
        "заявил",
        "доклад",
        "министр",
        "неделя",
        "цены",
        "люди",
        "школа",
    ],
}
NOTICES = [
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
    "You may not use our content to train artificial intelligence models without our prior"
    " written permission.",
    "This article is licensed under a Creative Commons Attribution 4.0 International License.",
]


def make_docs(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lang = rng.choice(list(WORDS))
        words = [rng.choice(WORDS[lang]) for _ in range(600)]
        text = "\n".join(" ".join(words[j : j + 15]) + "." for j in range(0, 600, 15))
        if i % 20 == 0:
            text += "\n\n" + rng.choice(NOTICES)
        docs.append(text)
    return docs


def make_page(seed: int) -> str:
    rng = random.Random(seed)
    paras = "".join(
        f"<p class='c{k}'>" + " ".join(rng.choice(WORDS["en"]) for _ in range(80)) + "</p>"
        for k in range(120)
    )
    metas = "".join(f'<meta name="m{k}" content="v{k}">' for k in range(24))
    script = "<script>" + "var x = 1;" * 2000 + "</script>"
    return (
        f"<html><head>{metas}<meta name='robots' content='noai'>{script}</head><body><nav>"
        f"{'<a href=/x>x</a>' * 200}</nav><article>{paras}</article>"
        "<footer>Copyright 2026</footer></body></html>"
    )


def best_of(runs: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_text(n: int) -> None:
    checker = Checker.from_rules(purposes="all")
    docs = make_docs(n)
    size_mb = sum(len(d.encode()) for d in docs) / 1e6
    documents = [Document(id=str(i), source=str(i), text=d) for i, d in enumerate(docs)]
    ours = best_of(3, lambda: [checker.check(d) for d in documents])
    # Baseline: a per-rule loop of Python `re.search` over the same patterns (no set engine).
    naive = [re.compile(p, re.IGNORECASE) for p in checker.matcher.patterns]
    sample = docs[: max(50, n // 20)]
    naive_t = best_of(1, lambda: [[p.search(d.lower()) for p in naive] for d in sample])
    naive_rate = len(sample) / naive_t
    print(f"text: {len(checker.matcher.patterns)} patterns, {n} docs, {size_mb:.1f} MB")
    print(f"  compliance check end to end: {n / ours:,.0f} docs/s, {size_mb / ours:.1f} MB/s")
    print(f"  naive per-rule re loop (match only): {naive_rate:,.0f} docs/s")
    print(f"  ratio: {(n / ours) / naive_rate:.1f}x")


def bench_html(pages: int) -> None:
    from bs4 import BeautifulSoup

    html = [make_page(i) for i in range(pages)]
    ours = best_of(3, lambda: [extract_html(h) for h in html])

    def soup_text() -> None:
        for h in html:
            soup = BeautifulSoup(h, "lxml")
            for tag in soup(["script", "style"]):
                tag.decompose()
            soup.get_text("\n")

    theirs = best_of(1, soup_text)
    print(f"html: {pages} pages of ~{len(html[0]) // 1000} KB")
    print(f"  compliance (lexbor): {pages / ours:,.0f} pages/s")
    print(f"  BeautifulSoup+lxml text only: {pages / theirs:,.0f} pages/s")
    print(f"  ratio: {theirs / ours:.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()
    bench_text(args.docs)
    bench_html(args.pages)
    robots = Path(__file__).with_name("bench_robots.py")
    if robots.is_file():
        subprocess.run([sys.executable, str(robots)], check=False)


if __name__ == "__main__":
    main()
