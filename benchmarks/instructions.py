"""Notice recognition: cue-dense against plain articles of the same size, in instructions.

    PYTHONPATH=. .venv/bin/python benchmarks/instructions.py [--docs N]

Wall clock on a shared 2-core machine moves by ±15 % between runs; instruction counts under
callgrind move by well under 1 %, so a change of a few per cent can be judged. The script
runs itself under `valgrind --tool=callgrind` (with PYTHONHASHSEED=0), warms the checker up
on every document first (a lexicon cache rebuilt after a lexicon change is not counted),
then checks the cue-dense documents and the plain ones, each inside one call of the C
function behind `itertools.dropwhile` (nothing the checker uses): callgrind collects inside
that function only and dumps its counts on leaving it.
Prints the instructions per document of each workload and their ratio (target ≤ 3x).
`--inside` is the measured process itself (what valgrind runs).
Nothing here asserts: benchmarks print, tests assert behaviour.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_notices import PLAIN, docs  # noqa: E402

WORKLOADS = ("dense", "plain")


def inside(n: int) -> None:
    """The measured process: warm up, then one `dropwhile` per workload (callgrind's
    marks)."""
    from compliance.engine import Checker
    from compliance.model import Document

    checker = Checker.from_rules(purposes="all")
    texts = {"dense": docs(n, None, 0, seed=5), "plain": docs(n, PLAIN, 0, seed=5)}
    documents = {
        name: [Document(id=f"d{i}", source="bench", text=t) for i, t in enumerate(texts[name])]
        for name in WORKLOADS
    }
    for name in WORKLOADS:  # warm-up: caches on disk and in memory
        for doc in documents[name]:
            checker.check(doc)
    for name in WORKLOADS:

        def work(_: None, batch: list[Document] = documents[name]) -> bool:
            for doc in batch:
                checker.check(doc)
            return False  # `dropwhile` yields its item at once: entered once

        next(itertools.dropwhile(work, [None]))


_TOTALS = re.compile(r"^totals: (\d+)", re.M)


def main() -> None:
    parser = argparse.ArgumentParser(description="cue-dense / plain, in instructions")
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        inside(args.docs)
        return
    with tempfile.TemporaryDirectory(prefix="compliance-instructions-") as name:
        out = Path(name) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}",
                "--collect-atstart=no",
                "--toggle-collect=dropwhile_next",
                "--dump-after=dropwhile_next",
                sys.executable,
                __file__,
                "--inside",
                f"--docs={args.docs}",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        dumps = sorted(Path(name).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        counts = []
        for dump in dumps:
            found = _TOTALS.search(dump.read_text(errors="replace"))
            if found and int(found.group(1)):
                counts.append(int(found.group(1)))
    if len(counts) != len(WORKLOADS):
        sys.exit(f"expected {len(WORKLOADS)} dumps with counts, got {counts}")
    per_doc = dict(zip(WORKLOADS, (c / args.docs for c in counts), strict=True))
    print(
        f"instructions per document: cue-dense {per_doc['dense']:,.0f}, plain"
        f" {per_doc['plain']:,.0f} → {per_doc['dense'] / per_doc['plain']:.3f}x (target ≤ 3x)"
    )


if __name__ == "__main__":
    main()
