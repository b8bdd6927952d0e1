"""`compliance rules validate`: load errors plus lint for rules that cannot do their job.

Lint catches what the schema cannot: patterns that match the empty string (they would match
almost everything), phrases too short to mean anything, and patterns the fast engine cannot
take (an error in bundled packs, which must stay fast; a warning in the user's, which run on
the slower, time-limited path).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import regex

from compliance.errors import ConfigError, Located
from compliance.match.dialect import Unsupported, phrase_pattern, prepare_pattern, to_prefilter
from compliance.match.matcher import Matcher
from compliance.rulepacks.crosscheck import disagreements
from compliance.rulepacks.loader import load_packs
from compliance.rulepacks.schema import MatchNode

try:
    import re2
except ImportError:  # pragma: no cover
    re2 = None


def _nodes(node: MatchNode) -> list[MatchNode]:
    found = [node]
    for child in [*(node.any or []), *(node.all or []), *([node.not_] if node.not_ else [])]:
        found.extend(_nodes(child))
    return found


def _fast_engine_accepts(prepared: str) -> str | None:
    try:
        candidate = to_prefilter(prepared)
    except Unsupported as exc:
        return str(exc)
    if re2 is None:
        return None
    try:
        re2.compile(candidate)
    except re2.error as exc:
        return f"RE2 rejects it ({exc})"
    return None


def lint(
    rules: Sequence[str | Path], include_bundled: bool = True
) -> tuple[list[Located], list[str]]:
    """(errors, warnings) for the loaded packs; load errors come back as errors too."""
    try:
        ruleset = load_packs(rules, include_bundled=include_bundled)
    except ConfigError as exc:
        return exc.problems, []
    errors: list[Located] = []
    warnings: list[str] = []
    every: dict[str, tuple[str, int, bool]] = {}  # prepared pattern -> (file, line, bundled)
    for pack, rule in ruleset.rules():
        path, line = ruleset.rule_line(rule.id)
        for node in _nodes(rule.match):
            patterns = []
            if node.pattern is not None:
                patterns.append(prepare_pattern(node.pattern))
            for phrase in node.phrases or []:
                if len(phrase.strip()) < 3:
                    errors.append(
                        Located(
                            path,
                            line,
                            1,
                            f"{rule.id}: phrase {phrase!r} is too short to mean anything",
                        )
                    )
                patterns.append(phrase_pattern(phrase))
            for prepared in patterns:
                every.setdefault(prepared, (path, line, pack.bundled))
                if regex.compile(prepared, regex.IGNORECASE).fullmatch(""):
                    errors.append(
                        Located(
                            path,
                            line,
                            1,
                            f"{rule.id}: pattern {prepared!r} matches the empty string"
                            " (it would match almost everything)",
                        )
                    )
                reason = _fast_engine_accepts(prepared)
                if reason:
                    message = (
                        f"{rule.id}: pattern {prepared!r} cannot use the fast engine: {reason}"
                    )
                    if pack.bundled:
                        errors.append(Located(path, line, 1, message))
                    else:
                        warnings.append(
                            f"{path}:{line}: {message}; it runs on the slower, time-limited path"
                        )
    errors.extend(_set_problems(every, warnings))
    errors.extend(disagreements(ruleset))
    return errors, warnings


def _set_problems(every: dict[str, tuple[str, int, bool]], warnings: list[str]) -> list[Located]:
    """Patterns each fine alone that the fast engine cannot take together (as a run would)."""
    matcher = Matcher(list(every))
    failed = [
        index
        for index, reason in matcher.slow_reasons.items()
        if reason == "the fast engine's set is too large to compile"
    ]
    if not failed:
        return []
    path, line, _ = list(every.values())[failed[0]]
    message = (
        f"the fast engine cannot compile these {len(failed)} patterns together (too large);"
        " shorten counted repeats such as `{1000}`"
    )
    if all(bundled for _, _, bundled in every.values()):
        return [Located(path, line, 1, message)]
    warnings.append(f"{path}:{line}: {message}; they run on the slower, time-limited path")
    return []
