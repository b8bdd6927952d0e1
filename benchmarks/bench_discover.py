"""Benchmark of `compliance discover` on a generated crawl (issue 14): peak memory and
throughput against `compliance scan` on the same file, measured in the same run.

    .venv/bin/python benchmarks/bench_discover.py              # 1,000,000 records (~4 GB)
    .venv/bin/python benchmarks/bench_discover.py --quick      # 20,000 records
    .venv/bin/python benchmarks/bench_discover.py --records 200000 --jobs 2

The crawl comes from `tests/discover/crawl.py` (news-like pages of 200+ sites in 15
languages with recurring, noisy footers), written as plain JSONL into a temporary folder.
Each command runs in its own child process; its peak RSS is the largest resident size of
that child or any of its workers (`getrusage(RUSAGE_CHILDREN)` read by a wrapper process).
Printed, never asserted: records/s of both commands, the ratio, discover's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The wrapper: run the command, then print its children's peak RSS (Linux: KiB) as JSON.
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "elapsed = time.perf_counter() - t\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    'print(\'{"code": %d, "seconds": %.3f, "peak_kib": %d}\' % (code, elapsed, peak))\n'
)


def measured(command: list[str], cwd: Path) -> dict[str, float]:
    """Exit code, wall seconds and peak RSS of one command and every process it started."""
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 records")
    parser.add_argument("--records", type=int, default=None, help="default 1,000,000")
    parser.add_argument("--jobs", type=int, default=0, help="workers for both commands")
    args = parser.parse_args()
    records = args.records or (20_000 if args.quick else 1_000_000)
    from tests.discover import crawl

    compliance = [sys.executable, "-m", "compliance"]
    jobs = ["-j", str(args.jobs)]
    with tempfile.TemporaryDirectory(prefix="compliance-bench-discover-") as name:
        tmp = Path(name)
        data = tmp / "crawl.jsonl"
        started = time.perf_counter()
        sites, pages = crawl.shape(records)
        written = crawl.write_jsonl(data, sites, pages, records=records)
        size = data.stat().st_size
        print(
            f"discover benchmark: {written:,} records, {size / 1e9:.2f} GB"
            f" (generated in {time.perf_counter() - started:.0f} s), {os.cpu_count()} cores"
        )
        sys.stdout.flush()
        found = measured(
            [*compliance, "discover", str(data), *jobs, "-q", "-o", str(tmp / "d.json")], tmp
        )
        report = json.loads((tmp / "d.json").read_text("utf-8"))
        summary = report["summary"]
        print(
            f"  discover: {found['seconds']:.1f} s, {written / found['seconds']:,.0f} records/s,"
            f" peak RSS {found['peak_kib'] / 1024:.0f} MB (exit {found['code']});"
            f" {summary['sites']:,} sites, candidates {summary['candidates']}"
        )
        sys.stdout.flush()
        scanned = measured(
            [*compliance, "scan", str(data), *jobs, "-q", "-f", "summary-json", "-o", "-"], tmp
        )
        print(
            f"  scan:     {scanned['seconds']:.1f} s, {written / scanned['seconds']:,.0f}"
            f" records/s, peak RSS {scanned['peak_kib'] / 1024:.0f} MB (exit {scanned['code']})"
        )
        ratio = found["seconds"] / scanned["seconds"]
        print(f"  discover takes {ratio:.2f}x the time of scan on the same file (target < 2x);")
        print(f"  discover peak RSS {found['peak_kib'] / 1024:.0f} MB (target < 1024 MB)")


if __name__ == "__main__":
    main()
