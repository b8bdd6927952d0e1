"""Notice recognition: the costs issue 11 bounds, each as a ratio to a baseline measured in
the same run.

    .venv/bin/python benchmarks/bench_notices.py [--docs N] [--profile plain|dense|vocabulary]

- realistic scan: news-like text (5 % with a notice) through the bundled checker, against one
  Python regex pass over the same JSONL (target ≤ 4x);
- cue-dense articles (AI-policy news stories *about* crawling bans, our own text) against
  plain articles of the same size (target ≤ 3x), and 4 KB made of nothing but notice
  vocabulary (the worst case, printed for information);
- start-up: `compliance check` of one small file against `python -c "import yaml, pydantic,
  click"` (target ≤ 10x).
`--profile WORKLOAD` runs that workload once under cProfile and prints where the time goes
(instead of the ratios).
Nothing here asserts: benchmarks print, tests assert behaviour.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compliance.engine import Checker  # noqa: E402
from compliance.model import Document  # noqa: E402

PLAIN = [
    "the",
    "city",
    "council",
    "met",
    "on",
    "tuesday",
    "to",
    "discuss",
    "the",
    "budget",
    "for",
    "the",
    "coming",
    "year",
    "and",
    "the",
    "new",
    "school",
    "buildings",
    "near",
    "the",
    "river",
    "while",
    "prices",
    "at",
    "the",
    "market",
    "rose",
    "again",
    "this",
    "week",
    "as",
    "residents",
    "told",
    "the",
    "minister",
    "that",
    "the",
    "roads",
    "needed",
    "repair",
    "before",
    "the",
    "rainy",
    "season",
]
NOTICE_WORDS = [
    "publishers",
    "said",
    "they",
    "prohibit",
    "scraping",
    "and",
    "crawling",
    "of",
    "their",
    "articles",
    "to",
    "train",
    "artificial",
    "intelligence",
    "models",
    "without",
    "written",
    "permission",
    "according",
    "to",
    "a",
    "report",
    "while",
    "news",
    "organisations",
    "have",
    "blocked",
    "AI",
    "crawlers",
    "and",
    "bots",
    "and",
    "reserve",
    "text",
    "and",
    "data",
    "mining",
    "rights",
    "except",
    "for",
    "search",
    "engines",
    "unless",
    "a",
    "licence",
    "is",
    "agreed",
    "and",
    "reproduction",
    "is",
    "forbidden",
]
NOTICES = [
    "Reproduction without written permission is prohibited.",
    "No part of this article may be used to train artificial intelligence systems.",
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
    "This article is licensed under a Creative Commons Attribution 4.0 International License.",
]


# An AI-policy news story (our own text): most sentences carry notice vocabulary.
STORY = [
    "A growing number of news organisations have blocked AI crawlers from their websites,"
    " according to a study published on Tuesday.",
    "The study counted hundreds of publishers whose robots.txt files now disallow GPTBot, the"
    " crawler that collects training data for large language models.",
    '"We do not allow our journalism to be used to train AI without permission," the chief'
    " executive of one newspaper group said in a statement.",
    "Several media outlets have added clauses to their terms saying that scraping content for"
    " AI training is prohibited without a licence, the researchers wrote.",
    "Others have gone further: one broadcaster said it forbids any reproduction of its articles"
    " by AI systems.",
    "Lawyers told the authors that such notices are hard to enforce across borders.",
    "AI companies argue that training on publicly available text is fair use, a claim several"
    " lawsuits now test.",
    "Some sites have signed licensing deals instead, allowing AI firms to use archives in"
    " exchange for payment.",
    "Text and data mining reservations under European law must be machine-readable, the"
    " authors noted.",
    "The researchers said they would repeat the count every six months.",
]


def article(rng: random.Random, words: list[str], size: int = 4000) -> str:
    out: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(12, 24)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        out.append(sentence)
        length += len(sentence) + 1
        if len(out) % 5 == 0:
            out.append("\n\n")
    return " ".join(out)[:size]


def story(rng: random.Random, size: int = 4000) -> str:
    paragraphs: list[str] = []
    length = 0
    while length < size:
        paragraph = " ".join(rng.sample(STORY, 2))
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def docs(n: int, words: list[str] | None, notice_share: float, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = article(rng, words) if words is not None else story(rng)
        if notice_share and i % int(1 / notice_share) == 0:
            text += "\n\n" + rng.choice(NOTICES)
        out.append(text)
    return out


def best_of(runs: int, func, clock=time.process_time) -> float:  # type: ignore[no-untyped-def]
    """Best of `runs`, in CPU time of this process by default (steadier on a busy machine)."""
    times = []
    for _ in range(runs):
        start = clock()
        func()
        times.append(clock() - start)
    return min(times)


def best_of_each(
    runs: int, funcs: Sequence[Callable[[], object]], clock: Callable[[], float] = time.process_time
) -> list[float]:
    """`best_of` for several workloads, their runs interleaved: a ratio of two of them is
    then measured under the same load (this VM is shared; a burst of another process
    during one workload's runs skews the ratio less)."""
    best = [float("inf")] * len(funcs)
    for _ in range(runs):
        for i, func in enumerate(funcs):
            start = clock()
            func()
            best[i] = min(best[i], clock() - start)
    return best


def checker_pass(checker: Checker, path: Path) -> int:
    fails = 0
    with open(path, "rb") as handle:
        for line in handle:
            record = json.loads(line)
            doc = Document(id=record["id"], source="bench", text=record["text"])
            fails += checker.check(doc).gate == "fail"
    return fails


def regex_pass(path: Path) -> int:
    pattern = re.compile(r"prohibited|dilarang|licensed under|may not", re.IGNORECASE)
    hits = 0
    with open(path, "rb") as handle:
        for line in handle:
            hits += bool(pattern.search(json.loads(line)["text"]))
    return hits


def write(path: Path, texts: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for i, text in enumerate(texts):
            handle.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")


def startup(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as name:
        small = Path(name) / "small.txt"
        small.write_text(
            "A short article.\n\nReproduction without written permission is prohibited.\n"
        )
        exe = Path(sys.executable).with_name("compliance")
        check = (
            [str(exe), "check", str(small)]
            if exe.exists()
            else [sys.executable, "-m", "compliance", "check", str(small)]
        )
        base = best_of(
            runs,
            lambda: subprocess.run(
                [sys.executable, "-c", "import yaml, pydantic, click"], check=True
            ),
            time.perf_counter,
        )
        ours = best_of(
            runs, lambda: subprocess.run(check, capture_output=True, check=False), time.perf_counter
        )
    return ours, base


def profile(checker: Checker, workload: str, n: int) -> None:
    """One pass over a workload of the cue-density line under cProfile (after a warm-up)."""
    words = {"plain": PLAIN, "dense": None, "vocabulary": NOTICE_WORDS}[workload]
    with tempfile.TemporaryDirectory(prefix="compliance-bench-notices-") as name:
        path = Path(name) / f"{workload}.jsonl"
        write(path, docs(n, words, 0, seed=5))
        checker_pass(checker, path)
        profiler = cProfile.Profile()
        profiler.runcall(checker_pass, checker, path)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description="notice recognition costs")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=("plain", "dense", "vocabulary"))
    args = parser.parse_args()
    checker = Checker.from_rules(purposes="all")
    if args.profile:
        profile(checker, args.profile, max(200, args.docs // 4))
        return
    with tempfile.TemporaryDirectory(prefix="compliance-bench-notices-") as name:
        tmp = Path(name)
        news = tmp / "news.jsonl"
        write(news, docs(args.docs, PLAIN, 0.05, seed=3))
        ours = best_of(args.runs, lambda: checker_pass(checker, news))
        base = best_of(args.runs, lambda: regex_pass(news))
        print(
            f"notices: realistic scan {args.docs / ours:,.0f} docs/s, one-regex pass"
            f" {args.docs / base:,.0f} docs/s → {ours / base:.2f}x (target ≤ 4x)"
        )
        plain, dense = tmp / "plain.jsonl", tmp / "dense.jsonl"
        n = max(200, args.docs // 4)
        write(plain, docs(n, PLAIN, 0, seed=5))
        write(dense, docs(n, None, 0, seed=5))
        vocab = tmp / "vocabulary.jsonl"
        write(vocab, docs(n, NOTICE_WORDS, 0, seed=5))
        t_plain, t_dense, t_vocab = best_of_each(
            args.runs,
            [partial(checker_pass, checker, path) for path in (plain, dense, vocab)],
        )
        print(
            f"notices: cue-dense articles {n / t_dense:,.0f} docs/s, plain {n / t_plain:,.0f}"
            f" docs/s → {t_dense / t_plain:.2f}x (target ≤ 3x); pure notice vocabulary"
            f" {n / t_vocab:,.0f} docs/s → {t_vocab / t_plain:.2f}x (worst case, no target)"
        )
    ours_s, base_s = startup(args.runs)
    print(
        f"start-up: compliance check {ours_s * 1000:.0f} ms, import yaml+pydantic+click"
        f" {base_s * 1000:.0f} ms → {ours_s / base_s:.1f}x (target ≤ 10x)"
    )


if __name__ == "__main__":
    main()
