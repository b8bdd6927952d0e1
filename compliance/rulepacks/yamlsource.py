"""YAML reading that remembers where every value came from.

PyYAML's safe composer gives nodes with marks; we build plain Python values from them and a
map `path tuple -> (line, col)` so schema errors can point at the exact key. Duplicate keys,
which PyYAML silently overwrites, are reported here.
"""

from __future__ import annotations

from typing import Any

import yaml

# libyaml's parser when present (10x faster on dozens of packs); same nodes and marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Path_ = tuple[str | int, ...]
Positions = dict[Path_, tuple[int, int]]


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
    constructor = yaml.constructor.SafeConstructor()
    value = _build(node, (), positions, problems, constructor)
    return value, positions, problems


def _build(
    node: yaml.nodes.Node,
    path: Path_,
    positions: Positions,
    problems: list[YamlProblem],
    constructor: yaml.constructor.SafeConstructor,
) -> Any:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.nodes.MappingNode):
        result: dict[Any, Any] = {}
        constructor.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = constructor.construct_object(key_node, deep=True)
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
            result[key] = _build(value_node, child, positions, problems, constructor)
            # The key's own position is more useful than the value's for "unknown key".
            positions[(*child, "__key__")] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
        return result
    if isinstance(node, yaml.nodes.SequenceNode):
        return [
            _build(item, (*path, i), positions, problems, constructor)
            for i, item in enumerate(node.value)
        ]
    return constructor.construct_object(node, deep=True)


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
