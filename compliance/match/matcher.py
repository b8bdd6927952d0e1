"""One compiled matcher for every text pattern of every loaded pack (DESIGN.md §4).

All patterns go into a single RE2 set automaton that says, in one pass, which patterns occur
in a document; only those are confirmed (for exact spans and Python `re` semantics) with the
`regex` module under a time limit. Cost per document therefore stays nearly flat as packs
grow. Patterns RE2 cannot take (back-references, ...) run on the `regex` module directly with
a per-document time limit: a slower, reported path that cannot hang a scan.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from compliance.match.dialect import Unsupported, to_prefilter

try:  # pragma: no branch - google-re2 is a runtime dependency; the fallback keeps it optional
    import re2
except ImportError:  # pragma: no cover
    re2 = None

# Per document and pattern on the slow path / confirmation: long enough for a 10 MB page,
# short enough that a pathological user pattern cannot stall a batch.
DEFAULT_TIME_LIMIT_S = 2.0
_FLAGS = regex.IGNORECASE | regex.V0


@dataclass
class ScanResult:
    """Spans (in normalised text) per pattern index, and the patterns that ran out of time."""

    spans: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    timed_out: list[int] = field(default_factory=list)


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """RE2 logs rejected patterns on the C stderr; we report them ourselves instead."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    saved = os.dup(fd)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


class Matcher:
    """Compiled once per run from prepared patterns; `scan` is the per-document hot path."""

    def __init__(self, patterns: Sequence[str], time_limit_s: float = DEFAULT_TIME_LIMIT_S):
        self.patterns = list(patterns)
        self.time_limit_s = time_limit_s
        # Exact (confirming) patterns compile on first use: most never fire in a run.
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self.patterns)
        self.slow: list[int] = []
        self.slow_reasons: dict[int, str] = {}
        self._set_to_pattern: list[int] = []
        self._set = None
        if re2 is None:
            self.slow = list(range(len(self.patterns)))
            self.slow_reasons = dict.fromkeys(self.slow, "google-re2 is not installed")
            return
        options = re2.Options()
        options.max_mem = 512 << 20  # the 8 MB default is too small for hundreds of rules
        options.case_sensitive = False
        candidate = re2.Set.SearchSet(options)
        with _quiet_stderr():
            for index, pattern in enumerate(self.patterns):
                try:
                    candidate.Add(to_prefilter(pattern))
                except (Unsupported, re2.error) as exc:
                    self.slow.append(index)
                    reason = str(exc) if isinstance(exc, Unsupported) else "RE2 rejects it"
                    self.slow_reasons[index] = reason
                    continue
                self._set_to_pattern.append(index)
            if self._set_to_pattern:
                try:
                    candidate.Compile()
                    self._set = candidate
                except re2.error:
                    # Too large for max_mem together (20 rules of `[\w]{1000}` did it): every
                    # pattern still runs, on the exact, time-limited path.
                    for index in self._set_to_pattern:
                        self.slow.append(index)
                        self.slow_reasons[index] = "the fast engine's set is too large to compile"
                    self._set_to_pattern = []

    def exact(self, index: int) -> regex.Pattern[str]:
        """The confirming pattern (Python `re` semantics), compiled once when first needed."""
        compiled = self._compiled[index]
        if compiled is None:
            compiled = self._compiled[index] = regex.compile(self.patterns[index], _FLAGS)
        return compiled

    def candidates(self, text: str) -> list[int]:
        """Indices of patterns that may occur (fast ones by the set, plus every slow one)."""
        found: list[int] = []
        if self._set is not None:
            hits = self._set.Match(text.encode("utf-8"))
            if hits:
                found = [self._set_to_pattern[i] for i in hits]
        return found + self.slow

    def scan(self, text: str) -> ScanResult:
        """Every non-empty span of every pattern that occurs in `text` (normalised)."""
        result = ScanResult()
        for index in self.candidates(text):
            try:
                spans = [
                    m.span()
                    for m in self.exact(index).finditer(text, timeout=self.time_limit_s)
                    if m.end() > m.start()
                ]
            except TimeoutError:
                result.timed_out.append(index)
                continue
            if spans:
                result.spans[index] = spans
        return result
