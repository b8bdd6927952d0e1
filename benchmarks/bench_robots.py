"""Benchmark: our robots.txt parser against Protego 0.7.0 on the shared corpus.

Each run parses every file of ../shared/corpus/robots/ once and decides GPTBot, CCBot,
Googlebot and `*` at `/`. Five runs each, interleaved; the medians and their ratio
(ours / Protego, lower is better; the bar is <= 1.0) are printed. Exit 1 when the bar is missed.

    python benchmarks/bench_robots.py

Protego is a benchmark-only dependency (`pip install protego==0.7.0`); bodies are decoded
once, outside the timed loop, since Protego takes text only.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "robots"
AGENTS = ("GPTBot", "CCBot", "Googlebot", "*")
RUNS = 5

sys.path.insert(0, str(ROOT))


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent (a clone outside the shared setup)")
        return 0
    try:
        from protego import Protego  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        print("skipped: protego is not installed (pip install protego==0.7.0)")
        return 0
    from compliance.extract.robotstxt import parse_robots

    bodies = [
        p.read_bytes().decode("utf-8", "replace") for p in sorted(CORPUS.iterdir()) if p.is_file()
    ]

    def ours() -> None:
        for body in bodies:
            robots = parse_robots(body)
            for agent in AGENTS:
                robots.decide(agent, "/")

    def protego() -> None:
        for body in bodies:
            robots = Protego.parse(body)
            for agent in AGENTS:
                robots.can_fetch("/", agent)

    timings: dict[str, list[float]] = {"ours": [], "protego": []}
    runners: dict[str, Callable[[], None]] = {"ours": ours, "protego": protego}
    ours()  # warm-up: imports, regex caches
    protego()
    for _ in range(RUNS):
        for name, run in runners.items():
            start = time.perf_counter()
            run()
            timings[name].append(time.perf_counter() - start)

    ours_s = statistics.median(timings["ours"])
    protego_s = statistics.median(timings["protego"])
    ratio = ours_s / protego_s
    print(f"files: {len(bodies)}, agents: {', '.join(AGENTS)}, path: /, runs: {RUNS} (median)")
    print(f"ours:    {ours_s:.3f} s")
    print(f"protego: {protego_s:.3f} s")
    print(f"ratio ours/protego: {ratio:.2f} (bar: <= 1.00)")
    if ratio > 1.0:
        print("FAILED: slower than Protego; profile parse_robots (python -m cProfile ...)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
