"""Issue 12 items 16 and 20: an interrupted scan stops promptly and leaves nothing that looks
complete — exit 130 (SIGINT) / 143 (SIGTERM), no spool, no report, no counts.json.

Real processes and real signals. Ctrl-C at a terminal reaches the whole process group (the
workers too), so SIGINT goes to the group; `kill PID` sends SIGTERM to the parent only. The
signal is sent once the worker processes exist, i.e. while the scan is running: the dataset is
far larger than what can be scanned in that time, so a scan that finished would show as exit 1.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

TIMEOUT = 120  # generous: only a deadlock reaches it

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for children")


def _dataset(path: Path, records: int) -> Path:
    line = '{"id": "r%d", "text": "Artikel %d: harga beras di pasar induk naik tipis. %s"}\n'
    filler = "Pedagang berharap pasokan membaik. " * 8
    with path.open("w", encoding="utf-8") as out:
        for i in range(records):
            out.write(line % (i, i, filler))
    return path


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def _start_scan(cwd: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "compliance", "scan", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a job at a terminal
        # A terminal job has the default SIGINT action; a test runner started in the
        # background may have passed "ignore" down, which Python would keep.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _wait_for_workers(proc: subprocess.Popen[str], count: int) -> None:
    deadline = time.monotonic() + TIMEOUT
    while len(_children(proc.pid)) < count:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "workers never started"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _dataset(tmp_path_factory.mktemp("interrupt") / "big.jsonl", 150_000)


@pytest.mark.parametrize(
    ("sig", "code", "group"),
    [
        (signal.SIGINT, 130, True),  # Ctrl-C: the parent and both workers get it
        (signal.SIGTERM, 143, False),  # kill PID: the parent alone
    ],
)
def test_interrupted_parallel_scan_exits_promptly_and_leaves_no_partial_state(
    big: Path, tmp_path: Path, sig: signal.Signals, code: int, group: bool
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    # An earlier, complete run's files: its counts.json must not vouch for this run's output.
    (out / "counts.json").write_text(json.dumps({"files": ["allowed.2.jsonl"]}), "utf-8")
    (out / "allowed.2.jsonl").write_text("{}\n", "utf-8")
    proc = _start_scan(tmp_path, str(big), "-j", "2", "--split", "out", "-f", "jsonl", "-q")
    _wait_for_workers(proc, 2)
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    try:
        _, stderr = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError("the scan did not stop after the signal (deadlock)") from None
    assert proc.returncode == code, stderr
    assert f"interrupted ({sig.name})" in stderr
    assert "Traceback" not in stderr
    assert not (out / "counts.json").exists()
    assert not (out / "allowed.2.jsonl").exists()
    reports = tmp_path / "reports"
    assert not list(reports.glob(".spool-*")), "spool left behind"
    assert not list(reports.glob("scan-*")), "a report was written for a partial run"
    with pytest.raises(ProcessLookupError):  # no worker outlived the scan
        os.killpg(proc.pid, 0)
