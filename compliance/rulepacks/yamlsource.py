"""YAML reading that remembers where every value came from.

PyYAML's safe composer gives nodes with marks; we build plain Python values from them and a
map `path tuple -> (line, col)` so schema errors can point at the exact key. Duplicate keys,
which PyYAML silently overwrites, are reported here.

Rule packs, grants and profiles need no anchors, aliases or exotic tags, and those are how a
1 KB file becomes a billion-laughs bomb or a self-referencing loop: they are refused with
their line and column, as is any value the safe constructor cannot build (`2099-13-01`).
"""

from __future__ import annotations

import re
from typing import Any

import yaml

# libyaml's parser when present (10x faster on dozens of packs); same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Path_ = tuple[str | int, ...]
Positions = dict[Path_, tuple[int, int]]
# A cheap look for `&name` / `*name` where YAML could read an anchor or alias; only then is
# the event stream scanned (a second parse) for the exact place.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:?-])[&*][^\s\[\]{},]", re.MULTILINE)
# Tags a plain data file resolves to; anything else (`!!python/...`, `!!binary`, `!!set`,
# custom `!tags`) is refused.
_PLAIN_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "merge")
)


class YamlProblem(Exception):
    """A YAML syntax problem at a line and column (1-based)."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def load_with_positions(text: str) -> tuple[Any, Positions, list[YamlProblem]]:
    """Parse one YAML document safely; return value, positions and non-fatal problems."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise YamlProblem(line, col, f"invalid YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(0, 0, f"invalid YAML: {exc}") from None
    positions: Positions = {}
    problems: list[YamlProblem] = []
    if node is None:
        return None, positions, problems
    if _MAYBE_ANCHOR.search(text):
        _refuse_anchors(text)
    constructor = yaml.constructor.SafeConstructor()
    try:
        value = _build(node, (), positions, problems, constructor, set())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        raise YamlProblem(line, col, f"invalid YAML: {exc.problem or exc}") from None
    except RecursionError:
        raise YamlProblem(0, 0, "invalid YAML: nested too deeply") from None
    return value, positions, problems


def _refuse_anchors(text: str) -> None:
    """Raise at the first anchor or alias (they are what makes alias bombs possible)."""
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            mark = event.start_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (0, 0)
            raise YamlProblem(
                line,
                col,
                "YAML anchors and aliases (&name, *name) are not allowed here; write the value out",
            )


def _mark(node: yaml.nodes.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: yaml.nodes.Node, constructor: yaml.constructor.SafeConstructor) -> Any:
    """A scalar's value, or a YamlProblem at its position (never a constructor traceback)."""
    if node.tag not in _PLAIN_TAGS:
        raise YamlProblem(*_mark(node), f"YAML tag {node.tag!r} is not allowed here")
    try:
        return constructor.construct_object(node, deep=True)
    except (ValueError, TypeError, OverflowError) as exc:
        raise YamlProblem(*_mark(node), f"invalid value {node.value!r}: {exc}") from None


def _build(
    node: yaml.nodes.Node,
    path: Path_,
    positions: Positions,
    problems: list[YamlProblem],
    constructor: yaml.constructor.SafeConstructor,
    seen: set[int],
) -> Any:
    positions[path] = _mark(node)
    if id(node) in seen:  # an alias the event scan did not catch: never build it twice
        raise YamlProblem(*_mark(node), "YAML aliases are not allowed here")
    seen.add(id(node))
    if not isinstance(node, yaml.nodes.ScalarNode) and node.tag not in _PLAIN_TAGS:
        raise YamlProblem(*_mark(node), f"YAML tag {node.tag!r} is not allowed here")
    if isinstance(node, yaml.nodes.MappingNode):
        result: dict[Any, Any] = {}
        constructor.flatten_mapping(node)
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.nodes.ScalarNode):
                raise YamlProblem(*_mark(key_node), "a key must be a plain value")
            key = _scalar(key_node, constructor)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                key = str(key)
            if key in result:
                problems.append(
                    YamlProblem(
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        f"duplicate key {key!r}",
                    )
                )
            child = (*path, str(key))
            result[key] = _build(value_node, child, positions, problems, constructor, seen)
            # The key's own position is more useful than the value's for "unknown key".
            positions[(*child, "__key__")] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
        return result
    if isinstance(node, yaml.nodes.SequenceNode):
        return [
            _build(item, (*path, i), positions, problems, constructor, seen)
            for i, item in enumerate(node.value)
        ]
    return _scalar(node, constructor)


def position_of(positions: Positions, loc: tuple[str | int, ...]) -> tuple[int, int]:
    """Best position for a pydantic error location: the deepest known prefix."""
    loc = tuple(loc)
    key_pos = positions.get((*loc, "__key__"))
    if key_pos:
        return key_pos
    while loc:
        if loc in positions:
            return positions[loc]
        loc = loc[:-1]
    return positions.get((), (1, 1))
