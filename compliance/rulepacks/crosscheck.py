"""`rules validate`: every rule's examples through both engines, refusing a disagreement.

The RE2 prefilter decides which patterns the exact engine confirms; a pattern whose prefilter
misses text its exact form matches makes its rule silently never fire. Each example a rule
carries is a case where that can be checked, so each is run through both engines.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from compliance.errors import Located
from compliance.extract.sites import extract_document
from compliance.match.dialect import Unsupported, phrase_pattern, prepare_pattern, to_prefilter
from compliance.match.normalize import normalize
from compliance.model import Document
from compliance.rulepacks.loader import RuleSet
from compliance.rulepacks.schema import ExampleDoc, MatchNode, Rule

try:
    import re2
except ImportError:  # pragma: no cover
    re2 = None

_FLAGS = regex.IGNORECASE | regex.V0


def _patterns(node: MatchNode) -> Iterator[str]:
    if node.pattern is not None:
        yield prepare_pattern(node.pattern)
    for phrase in node.phrases or []:
        yield phrase_pattern(phrase)
    for child in [*(node.any or []), *(node.all or []), *([node.not_] if node.not_ else [])]:
        yield from _patterns(child)


def _texts(rule: Rule) -> Iterator[str]:
    """Each example as the normalised text the matcher scans."""
    examples = rule.examples
    for n, example in enumerate([*examples.match, *examples.no_match, *examples.todo_match]):
        doc = example if isinstance(example, ExampleDoc) else ExampleDoc(content=example)
        document = Document(
            id=f"{rule.id}#{n}",
            source=rule.id,
            kind=doc.kind,
            text=doc.content if doc.kind != "html" else None,
            html=doc.content if doc.kind == "html" else None,
        )
        view = extract_document(document, path="/", agent=None)[0]
        if view.text:
            yield normalize(view.text).text


def disagreements(ruleset: RuleSet) -> list[Located]:
    """file:line problems where a prefilter misses what its exact pattern matches."""
    if re2 is None:  # pragma: no cover - no fast engine, nothing to disagree with
        return []
    options = re2.Options()
    options.case_sensitive = False
    options.max_mem = 64 << 20
    found: list[Located] = []
    for _, rule in ruleset.rules():
        texts = list(_texts(rule))
        if not texts:
            continue
        path, line = ruleset.rule_line(rule.id)
        for pattern in dict.fromkeys(_patterns(rule.match)):
            try:
                fast = re2.compile(to_prefilter(pattern), options)
            except (Unsupported, re2.error):
                continue  # the slow path runs the exact pattern only: nothing to disagree on
            exact = regex.compile(pattern, _FLAGS)
            for text in texts:
                try:
                    hit = any(m.end() > m.start() for m in exact.finditer(text, timeout=2.0))
                except TimeoutError:
                    continue  # the exact pattern is reported undetermined at check time
                if hit and not fast.search(text):
                    found.append(
                        Located(
                            path,
                            line,
                            1,
                            f"{rule.id}: the fast engine misses what pattern {pattern!r}"
                            f" matches in the example {text[:60]!r} (prefilter"
                            f" {to_prefilter(pattern)!r}); please report it, and rewrite the"
                            " pattern meanwhile",
                        )
                    )
                    break
    return found
