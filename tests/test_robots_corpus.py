"""Never crash, never hang: the parser and the signal reader over 4,231 real robots.txt files.

The files are ../shared/corpus/robots/ (collected by scrapy/protego). There are no expected
outcomes; this proves robustness. Each file runs under a 10 s hang guard (a hang check, not a
speed assertion: speed is measured in benchmarks/bench_robots.py).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from compliance.extract.robots_signals import robots_signals
from compliance.extract.robotstxt import parse_robots

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "robots"
HANG_GUARD_S = 10
AGENTS = ("GPTBot", "CCBot", "Googlebot", "*")


class Hang(Exception):
    pass


@contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM; a no-op where it is unavailable)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _corpus() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent (a clone outside the shared setup)")
    files = sorted(p for p in CORPUS.iterdir() if p.is_file())
    assert len(files) == 4231, "the shared corpus should hold 4,231 robots.txt files"
    return files


def test_every_corpus_file_parses_and_decides() -> None:
    failures: list[str] = []
    for path in _corpus():
        body = path.read_bytes()
        try:
            with hang_guard(HANG_GUARD_S):
                robots = parse_robots(body)
                for agent in AGENTS:
                    robots.decide(agent, "/")
                    robots.decide(agent, "/some/deep/path.html?q=1")
        except Exception as exc:  # collect them all, report every file at once
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        # parse_robots never raises; a swallowed internal error shows up as `failure`.
        if robots.failure is not None:
            failures.append(f"{path.name}: parser failure {robots.failure}")
    assert not failures, "\n".join(failures[:20])


def test_every_corpus_file_gives_signals() -> None:
    failures: list[str] = []
    for path in _corpus():
        body = path.read_text(encoding="utf-8", errors="replace")
        try:
            with hang_guard(HANG_GUARD_S):
                signals = robots_signals(body, path="/", source=path.name)
        except Exception as exc:
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        crawl = [s for s in signals if s.id.startswith("robots:crawl=")]
        if len(crawl) != 1:
            failures.append(f"{path.name}: expected one robots:crawl signal, got {len(crawl)}")
    assert not failures, "\n".join(failures[:20])
