"""Issue 12 item 14: `check` reads stdin only up to --max-bytes and refuses FIFOs and devices.

Real processes, a real FIFO and the real /dev/zero: each run must end (a generous timeout
catches a hang), and the answer must fail closed, naming the input.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TIMEOUT = 120  # generous: only a hang can reach it


def _check(*args: str, stdin: object = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "compliance", "check", *args],
        stdin=stdin,  # type: ignore[arg-type]
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


def test_stdin_over_max_bytes_is_too_large() -> None:
    # 50 KB with --max-bytes 1000: used to be read whole and passed.
    result = subprocess.run(
        [sys.executable, "-m", "compliance", "check", "-", "--max-bytes", "1000"],
        input="plain words\n" * 5000,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 3, result.stderr
    assert "too-large" in result.stdout and "<stdin>" in result.stdout


def test_endless_stdin_stops_at_max_bytes() -> None:
    # `yes | compliance check -`: an endless stream grew to MemoryError (exit 4).
    with open("/dev/zero", "rb") as zero:
        result = _check("-", "--max-bytes", "4096", stdin=zero)
    assert result.returncode == 3, result.stderr
    assert "too-large" in result.stdout


def test_character_device_is_refused_by_name() -> None:
    result = _check("/dev/zero")
    assert result.returncode == 3, result.stderr
    assert "/dev/zero" in result.stdout and "character device" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_without_writer_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _check(str(fifo))
    assert result.returncode == 3, result.stderr
    assert str(fifo) in result.stdout and "FIFO" in result.stdout
