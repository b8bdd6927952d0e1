"""Size limits on user patterns, checked with one linear scan before anything compiles them.

A 40-character pattern of nested counted repeats (`(?:(?:(?:a{100}){100}){100}){100}`) asks
an automaton for 10^8 states, and 1,200 nested groups overflow the recursive parsers of `re`
and `regex`. Both are refused at load time (exit 2, file:line) instead of reaching them.
"""

from __future__ import annotations

import re

MAX_GROUP_DEPTH = 64
MAX_REPEAT_PRODUCT = 10_000

_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")


def pattern_problem(pattern: str) -> str | None:
    """Why `pattern` is refused (too deeply nested, repeats too large), or None."""
    depth, product = measure(pattern)
    if depth > MAX_GROUP_DEPTH:
        return f"groups nested {depth} deep (the limit is {MAX_GROUP_DEPTH})"
    if product > MAX_REPEAT_PRODUCT:
        return (
            f"nested counted repeats multiply to {product:,} (the limit is"
            f" {MAX_REPEAT_PRODUCT:,}); use an open repeat such as `{{1,}}` or `+`"
        )
    return None


def measure(pattern: str) -> tuple[int, int]:
    """(deepest group nesting, largest product of counted repeats along one nesting path).

    An open repeat (`*`, `+`, `{n,}`) counts as its lower bound: it costs no states per
    repetition. Brackets inside character classes and escaped ones are not groups.
    """
    stack: list[int] = [1]  # per open group: the largest cost of an atom inside it
    deepest = 0
    last = 1  # cost of the atom just closed, which a following quantifier multiplies
    i = 0
    size = len(pattern)
    while i < size:
        char = pattern[i]
        if char == "\\":
            i += 2
            last = 1
            continue
        if char == "[":
            i = _class_end(pattern, i)
            last = 1
            continue
        if char == "(":
            stack.append(1)
            deepest = max(deepest, len(stack) - 1)
            i += 1
            continue
        if char == ")" and len(stack) > 1:
            last = stack.pop()
            stack[-1] = max(stack[-1], last)
            i += 1
            continue
        if char == "{":
            counted = _COUNTED.match(pattern, i)
            if counted and (counted.group(1) or counted.group(3)):
                bounded = counted.group(2) and counted.group(3)
                times = int(counted.group(3) if bounded else counted.group(1) or 0)
                cost = last * max(times, 1)
                stack[-1] = max(stack[-1], cost)
                last = cost
                i = counted.end()
                continue
        last = 1
        i += 1
    return deepest, max(stack)


def _class_end(pattern: str, i: int) -> int:
    """Index just past the character class starting at pattern[i] (`[`)."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "[" and pattern.startswith("[:", j):
            close = pattern.find(":]", j + 2)
            if close != -1:
                j = close + 2
                continue
        if pattern[j] == "]":
            return j + 1
        j += 1
    return j
