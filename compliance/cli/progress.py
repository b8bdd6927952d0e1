"""The progress line `scan` and long `check` runs show on a terminal (stderr only)."""

from __future__ import annotations

import time

import click


class ProgressBar:
    """One self-overwriting stderr line: records, records/s, and % + ETA when size is known.

    `check` uses it too, counting documents (`total` and `done` are then document counts).
    """

    def __init__(
        self, total_bytes: int, enabled: bool, verb: str = "scanning", unit: str = "records"
    ) -> None:
        self.total = total_bytes
        self.enabled = enabled
        self.verb = verb
        self.unit = unit
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, records: int, done_bytes: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.2 and done_bytes < self.total:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-6)
        line = f"{self.verb}: {records:,} {self.unit} · {records / elapsed:,.0f}/s"
        if self.total and done_bytes:
            share = min(done_bytes / self.total, 1.0)
            eta = elapsed * (1 - share) / share if share else 0
            line += f" · {share:5.1%} · ETA {int(eta) // 60}:{int(eta) % 60:02d}"
        click.echo("\r" + line.ljust(78), nl=False, err=True)

    def finish(self) -> None:
        if self.enabled:
            click.echo("\r" + " " * 78 + "\r", nl=False, err=True)
