"""Benchmarks: throughput of the checker against baselines measured in the same run.

    make bench                              # or: .venv/bin/python benchmarks/run.py
    .venv/bin/python benchmarks/run.py --quick          # smoke run, ~1 minute
    .venv/bin/python benchmarks/run.py --big-file       # + a > 2 GB JSONL scan (temp dir)

Workloads are generated deterministically (seeded) in a temporary directory: news-like text
documents of ~4 KB in eight languages (5 % carrying a notice near the end, 10 % a near miss),
synthetic multilingual rule packs of 10 / 200 / 1,000 rules (alternations, `\\s+` gaps,
case-insensitive Unicode), ~100 KB HTML pages, JSONL and Parquet datasets. Printed: docs/s
and MB/s per core for text and HTML, the ratio against a naive per-rule `re` loop and against
BeautifulSoup+lxml, throughput at 10 / 200 / 1,000 rules, robots.txt against Protego
(bench_robots.py), the 1 → 2 worker speed-up of `compliance scan`, peak memory, and
`compliance discover` on a generated 1,000,000-record crawl against `scan` (bench_discover.py).
Benchmarks are not tests: nothing here asserts timing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import orjson  # noqa: E402
import yaml  # noqa: E402

from compliance.engine import Checker  # noqa: E402
from compliance.extract.html import extract_html  # noqa: E402
from compliance.match.normalize import normalize  # noqa: E402
from compliance.model import Document  # noqa: E402

_WORD_LINES = """
en: the market city council said report minister week prices people school river
id: harga pasar kota pemerintah warga sekolah sungai menteri pekan laporan
de: der Markt Stadt Rat sagte Bericht Minister Woche Preise Straße Schule
ru: рынок город совет заявил доклад министр неделя цены люди школа
fr: le marché ville conseil a déclaré rapport ministre semaine prix école
es: el mercado ciudad consejo dijo informe ministro semana precios escuela
zh: 市场 城市 议会 表示 报告 部长 本周 价格 人们 学校
th: ตลาด เมือง สภา กล่าว รายงาน รัฐมนตรี สัปดาห์ ราคา ประชาชน โรงเรียน
"""
WORDS = {
    line.split(":")[0]: line.split(":")[1].split() for line in _WORD_LINES.strip().splitlines()
}
# Per language: (prohibition words, object words) used to build synthetic notice rules.
NOTICE_PARTS = {
    "en": (["may not", "must not", "is prohibited", "is forbidden"], ["train", "scrape", "copy"]),
    "id": (["dilarang", "tidak boleh"], ["mengambil", "menyalin", "melatih"]),
    "de": (["ist untersagt", "ist verboten", "darf nicht"], ["kopieren", "straße", "trainieren"]),
    "ru": (["запрещено", "не допускается"], ["копирование", "обучение", "сбор"]),
    "fr": (["est interdit", "est interdite"], ["reproduction", "entraînement", "collecte"]),
    "es": (["está prohibido", "queda prohibida"], ["reproducción", "entrenamiento", "copia"]),
    "zh": (["禁止", "不得"], ["转载", "训练", "抓取"]),
    "th": (["ห้าม", "ไม่อนุญาต"], ["คัดลอก", "ฝึก", "เก็บ"]),
}
SYLLABLES = tuple("ka lo mi ru sa te vo ne pa zi bu de fo gu hi".split())  # noqa: SIM905
BUNDLED_NOTICES = [
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
    "You may not use our content to train artificial intelligence models without our prior"
    " written permission.",
    "This article is licensed under a Creative Commons Attribution 4.0 International License.",
]


# -- workloads --------------------------------------------------------------------------------


def token(i: int) -> str:
    """A deterministic pseudo-word per rule, so rules are distinct and mostly silent."""
    rng = random.Random(i)
    return "".join(rng.choice(SYLLABLES) for _ in range(3)) + str(i % 97)


def synthetic_rule(i: int) -> tuple[str, str, str]:
    """(language, pattern, a matching sentence) for synthetic rule i."""
    langs = sorted(NOTICE_PARTS)
    lang = langs[i % len(langs)]
    verbs, objects = NOTICE_PARTS[lang]
    rng = random.Random(1000 + i)
    chosen = rng.sample(objects, 2)
    pattern = (
        f"(?:{'|'.join(re.escape(v) for v in verbs)})\\s+(?:\\w+\\s+){{0,3}}"
        f"(?:{'|'.join(chosen)})\\s+{token(i)}"
    )
    sentence = f"{verbs[0].upper()}  {chosen[0]} {token(i)}."
    return lang, pattern, sentence


def write_pack(directory: Path, n_rules: int) -> Path:
    """A synthetic pack of `n_rules` multilingual notice rules (deterministic)."""
    pack_dir = directory / f"rules-{n_rules}"
    pack_dir.mkdir(parents=True, exist_ok=True)
    rules = []
    for i in range(n_rules):
        lang, pattern, sentence = synthetic_rule(i)
        rules.append(
            {
                "id": f"bench/r{i:04d}-reserved",
                "title": f"Synthetic notice {i}",
                "language": lang,
                "where": "footer" if i % 3 == 0 else "anywhere",
                "match": {"pattern": pattern},
                "effect": {"ai-train": "deny"},
                "confidence": "notice",
                "message": f"Synthetic notice {i} reserves AI training.",
                "examples": {"match": [sentence], "no-match": ["nothing here"]},
            }
        )
    pack = {"pack": {"id": "bench", "version": "1", "title": "Synthetic benchmark rules"}}
    pack["rules"] = rules  # type: ignore[assignment]
    (pack_dir / "bench.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True), "utf-8")
    return pack_dir


def make_docs(n: int, seed: int = 7, n_rules: int = 200) -> list[str]:
    """~4 KB news-like documents; 5 % end with a notice, 10 % carry a near miss."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        lang = rng.choice(sorted(WORDS))
        joiner = "" if lang in ("zh", "th") else " "
        per_line = 40 if lang in ("zh", "th") else 15
        words = [rng.choice(WORDS[lang]) for _ in range(600)]
        lines = [joiner.join(words[j : j + per_line]) + "." for j in range(0, 600, per_line)]
        text = "\n".join(lines)[:4000]
        if i % 20 == 0:
            notice = synthetic_rule(rng.randrange(n_rules))[2] if i % 40 else ""
            text += "\n\n" + (notice or rng.choice(BUNDLED_NOTICES))
        elif i % 10 == 1:
            verbs, objects = NOTICE_PARTS[lang]
            text += f"\n{verbs[0]} {objects[0]} nothing."  # near miss: no rule token
        docs.append(text)
    return docs


def make_page(seed: int) -> str:
    """A ~90 KB news page: metas, inline JS, nav, 120 paragraphs, a footer."""
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


def write_jsonl(path: Path, docs: Sequence[str]) -> None:
    with open(path, "wb") as handle:
        for i, text in enumerate(docs):
            handle.write(orjson.dumps({"id": f"d{i}", "text": text}) + b"\n")


# -- timing -----------------------------------------------------------------------------------


def median_time(runs: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its (waited-for) children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


# -- text -------------------------------------------------------------------------------------


def check_jsonl(checker: Checker, path: Path) -> int:
    """End to end as a scan does it: read → parse → normalise → match → decide."""
    gates = 0
    with open(path, "rb") as handle:
        for line in handle:
            record = orjson.loads(line)
            doc = Document(id=record["id"], source=str(path), text=record["text"])
            gates += checker.check(doc).gate == "fail"
    return gates


def naive_jsonl(patterns: Sequence[re.Pattern[str]], path: Path, limit: int) -> int:
    """The baseline: the same read, then `re.search` per rule on the lowered text."""
    hits = 0
    with open(path, "rb") as handle:
        for count, line in enumerate(handle):
            if count >= limit:
                break
            text = json.loads(line)["text"].lower()
            hits += any([p.search(text) for p in patterns])
    return hits


def bench_text(tmp: Path, n_docs: int, sizes: Sequence[int], runs: int) -> None:
    docs = make_docs(n_docs)
    path = tmp / "docs.jsonl"
    write_jsonl(path, docs)
    size_mb = path.stat().st_size / 1e6
    print(
        f"text: {n_docs:,} docs, {size_mb:.1f} MB, {sum(not d.isascii() for d in docs)} non-ASCII"
    )
    rates: dict[int, float] = {}
    for n_rules in sizes:
        pack = write_pack(tmp, n_rules)
        start = time.perf_counter()
        checker = Checker.from_rules([pack], include_bundled=False, purposes="all")
        build = time.perf_counter() - start
        elapsed = median_time(runs, lambda c=checker: check_jsonl(c, path))
        rates[n_rules] = n_docs / elapsed
        line = (
            f"  {n_rules:>5} rules: build {build:5.2f} s | {n_docs / elapsed:8,.0f} docs/s "
            f"{size_mb / elapsed:6.1f} MB/s per core"
        )
        if n_rules == 200 or n_rules == sizes[len(sizes) // 2]:
            patterns = [re.compile(p, re.IGNORECASE) for p in checker.matcher.patterns]
            sample = max(40, n_docs // 50)
            naive = median_time(1, lambda ps=patterns, k=sample: naive_jsonl(ps, path, k))
            naive_rate = sample / naive
            line += (
                f" | naive re loop {naive_rate:,.0f} docs/s → {rates[n_rules] / naive_rate:.0f}x"
            )
        print(line)
    low, high = min(sizes), max(sizes)
    print(f"  rule scaling: {high} rules at {rates[high] / rates[low]:.0%} of {low} rules")
    bundled = Checker.from_rules(purposes="all")
    elapsed = median_time(runs, lambda: check_jsonl(bundled, path))
    print(
        f"  bundled packs ({len(bundled.matcher.patterns)} patterns): {n_docs / elapsed:,.0f} "
        f"docs/s {size_mb / elapsed:.1f} MB/s per core"
    )
    norm = median_time(runs, lambda: [normalize(d) for d in docs])
    print(f"  normalisation alone: {size_mb / norm:.0f} MB/s")


# -- HTML -------------------------------------------------------------------------------------


def bench_html(pages: int, runs: int) -> None:
    from html_reference import extract_html_reference

    html = [make_page(i) for i in range(pages)]
    size_mb = sum(len(h.encode()) for h in html) / 1e6
    same = all(
        (a.text, a.footer, a.header, [s.id for s in sa])
        == (b.text, b.footer, b.header, [s.id for s in sb])
        for (a, sa), (b, sb) in ((extract_html(h), extract_html_reference(h)) for h in html[:5])
    )
    checker = Checker.from_rules(purposes="all")
    documents = [
        Document(id=str(i), source=str(i), kind="html", html=h) for i, h in enumerate(html)
    ]
    ours = median_time(runs, lambda: [extract_html(h) for h in html])
    check = median_time(runs, lambda: [checker.check(d) for d in documents])
    theirs = median_time(1, lambda: [extract_html_reference(h) for h in html])
    print(f"html: {pages} pages of ~{size_mb * 1e3 / pages:.0f} KB (same extraction: {same})")
    print(f"  extract (lexbor): {pages / ours:,.0f} pages/s {size_mb / ours:.0f} MB/s per core")
    print(f"  check end to end: {pages / check:,.0f} pages/s {size_mb / check:.0f} MB/s per core")
    print(f"  BeautifulSoup+lxml reference extraction: {pages / theirs:,.0f} pages/s")
    print(f"  ratio: extract {theirs / ours:.1f}x, check end to end {theirs / check:.1f}x")


# -- scan -------------------------------------------------------------------------------------


def bench_scan(tmp: Path, n_docs: int, runs: int) -> None:
    import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]
    import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]

    from compliance.engine import CheckerSpec
    from compliance.scan import run_scan

    docs = make_docs(n_docs, seed=11)
    jsonl = tmp / "scan.jsonl"
    write_jsonl(jsonl, docs)
    parquet = tmp / "scan.parquet"
    table = pa.table({"id": [f"d{i}" for i in range(n_docs)], "text": docs})
    pq.write_table(table, parquet, row_group_size=max(1, n_docs // 16))
    spec = CheckerSpec()
    checker = spec.build()
    print(f"scan: {n_docs:,} records, bundled packs, median of {runs}")
    for path in (jsonl, parquet):
        times = {}
        for jobs in (1, 2):
            times[jobs] = median_time(
                runs, lambda j=jobs, p=path: run_scan([str(p)], spec, jobs=j, checker=checker)
            )
        print(
            f"  {path.suffix[1:]:8} 1 worker {n_docs / times[1]:7,.0f} rec/s, "
            f"2 workers {n_docs / times[2]:7,.0f} rec/s → {times[1] / times[2]:.2f}x"
        )


def bench_big_file(tmp: Path, gigabytes: float) -> None:
    """`compliance scan` a > 2 GB JSONL file with 2 workers; report the peak memory of the
    command and its workers (the report streams from a spool on disk, results never pile up)."""
    path = tmp / "big.jsonl"
    docs = make_docs(2000, seed=13)
    block = b"".join(orjson.dumps({"id": f"b{i}", "text": t}) + b"\n" for i, t in enumerate(docs))
    target = int(gigabytes * 1e9)
    with open(path, "wb") as handle:
        written = 0
        while written < target:
            handle.write(block)
            written += len(block)
    summary = tmp / "big-summary.json"
    command = [
        sys.executable,
        "-m",
        "compliance",
        "scan",
        str(path),
        "-j",
        "2",
        "-f",
        "summary",
        "-o",
        str(summary),
        "-q",
        "--report-dir",
        str(tmp),
    ]
    code = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=False)\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(f'{time.perf_counter() - start:.1f} {kids:.0f}')\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, *command], capture_output=True, text=True, check=False
        )
        if done.returncode != 0 or not summary.is_file():
            print(f"big file: scan failed: {done.stderr.strip()[-500:]}")
            return
        seconds, kids = done.stdout.split()
        counts = orjson.loads(summary.read_bytes())["summary"]
        records = counts["documents"] + counts["errors"]
        print(
            f"big file: {written / 1e9:.2f} GB, {records:,} records in {seconds} s with 2 "
            f"workers; peak RSS of the largest process {kids} MB"
        )
    finally:
        path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small workloads, one run each")
    parser.add_argument("--docs", type=int, default=None, help="text documents (default 10,000)")
    parser.add_argument("--pages", type=int, default=None, help="HTML pages (default 200)")
    parser.add_argument("--big-file", action="store_true", help="also scan a > 2 GB JSONL file")
    parser.add_argument("--big-gb", type=float, default=2.1, help="size of that file in GB")
    args = parser.parse_args()
    runs = 1 if args.quick else 3
    n_docs = args.docs or (1000 if args.quick else 10_000)
    pages = args.pages or (20 if args.quick else 200)
    sizes = (10, 200, 1000)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, medians of {runs} run(s)")
    with tempfile.TemporaryDirectory(prefix="compliance-bench-") as name:
        tmp = Path(name)
        bench_text(tmp, n_docs, sizes, runs)
        bench_html(pages, runs)
        bench_scan(tmp, 2000 if args.quick else 20_000, 3)
        if args.big_file:
            bench_big_file(tmp, args.big_gb)
    sys.stdout.flush()
    notices = Path(__file__).with_name("bench_notices.py")
    subprocess.run(
        [sys.executable, str(notices), "--docs", "500" if args.quick else "2000"], check=False
    )
    discover = Path(__file__).with_name("bench_discover.py")
    sys.stdout.flush()
    subprocess.run(
        [sys.executable, str(discover), *(["--quick"] if args.quick else [])], check=False
    )
    robots = Path(__file__).with_name("bench_robots.py")
    if robots.is_file():
        sys.stdout.flush()
        subprocess.run([sys.executable, str(robots)], check=False)
    own, children = peak_rss_mb()
    print(f"peak memory: {own:.0f} MB (this process), {children:.0f} MB (largest child)")


if __name__ == "__main__":
    main()
