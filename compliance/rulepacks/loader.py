"""Loading rule packs: bundled ones plus the user's, every problem reported at once.

Strict with the user's configuration (DESIGN.md §7): unknown keys, bad regexes, duplicate
ids and missing examples are collected across all files and raised together as a
`ConfigError`, each as `file:line:col: message`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from compliance.errors import ConfigError, Located
from compliance.match.dialect import prepare_pattern
from compliance.match.limits import pattern_problem
from compliance.match.normalize import fold
from compliance.resources import bundled_rules_dir
from compliance.rulepacks.schema import MatchNode, PackMeta, Profile, Rule, RulePack
from compliance.rulepacks.yamlsource import (
    Positions,
    YamlProblem,
    load_with_positions,
    position_of,
)

# Bundled packs live in these folders; `profiles/` and `agents.yaml` are other data.
BUNDLED_PACK_DIRS = ("publishers", "notices", "signals")


@dataclass(frozen=True)
class LoadedPack:
    meta: PackMeta
    rules: tuple[Rule, ...]
    path: str
    sha256: str
    bundled: bool
    replaces_bundled: bool = False
    positions: dict[str, int] = field(default_factory=dict, compare=False)

    @property
    def is_publisher(self) -> bool:
        return self.meta.publisher is not None


@dataclass(frozen=True)
class RuleSet:
    """The packs of one run, in load order, with a rule index."""

    packs: tuple[LoadedPack, ...]

    def rules(self) -> Iterable[tuple[LoadedPack, Rule]]:
        for pack in self.packs:
            for rule in pack.rules:
                yield pack, rule

    def find(self, rule_id: str) -> tuple[LoadedPack, Rule] | None:
        for pack, rule in self.rules():
            if rule.id == rule_id:
                return pack, rule
        return None

    def pack(self, pack_id: str) -> LoadedPack | None:
        return next((p for p in self.packs if p.meta.id == pack_id), None)

    def rule_line(self, rule_id: str) -> tuple[str, int]:
        """File and line of a rule, for `rules test` and `rules explain` messages."""
        for pack in self.packs:
            if rule_id in pack.positions:
                return pack.path, pack.positions[rule_id]
        return "?", 0


def _pack_files(directory: Path, bundled: bool) -> list[Path]:
    if directory.is_file():
        return [directory]
    roots = [directory / sub for sub in BUNDLED_PACK_DIRS] if bundled else [directory]
    files: list[Path] = []
    for root in roots:
        if root.is_dir():
            files.extend(
                p
                for p in root.rglob("*")
                if p.suffix in {".yaml", ".yml"} and p.is_file() and "profiles" not in p.parts
            )
    return sorted(files)


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


Loc = tuple[str | int, ...]


def _collect_patterns(node: MatchNode, loc: Loc) -> list[tuple[str, Loc]]:
    found: list[tuple[str, Loc]] = []
    if node.pattern is not None:
        found.append((node.pattern, (*loc, "pattern")))
    for key in ("any", "all"):
        children = getattr(node, key)
        for i, child in enumerate(children or []):
            found.extend(_collect_patterns(child, (*loc, key, i)))
    if node.not_ is not None:
        found.extend(_collect_patterns(node.not_, (*loc, "not")))
    return found


def _collect_phrases(node: MatchNode, loc: Loc) -> list[tuple[Loc, str]]:
    found = [((*loc, "phrases", i), p) for i, p in enumerate(node.phrases or [])]
    for key in ("any", "all"):
        for i, child in enumerate(getattr(node, key) or []):
            found.extend(_collect_phrases(child, (*loc, key, i)))
    if node.not_ is not None:
        found.extend(_collect_phrases(node.not_, (*loc, "not")))
    return found


def _pattern_error(pattern: str) -> tuple[str, str] | None:
    """Why a rule pattern is refused: too large for the engines, or not a valid regex."""
    limit = pattern_problem(pattern)
    if limit:
        return "regex too complex", limit
    try:
        re.compile(prepare_pattern(pattern), re.IGNORECASE)
    except re.error as exc:
        return "invalid regex", str(exc)
    except RecursionError:  # pragma: no cover - the depth limit comes first
        return "invalid regex", "nested too deeply"
    return None


_PACK_CACHE: dict[tuple[str, int, int, bool], LoadedPack] = {}


def _read_pack(path: Path, bundled: bool, problems: list[Located]) -> LoadedPack | None:
    """Read one pack; valid packs are cached per process by path, size and mtime."""
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size, bundled)
    except OSError:
        key = None
    if key is not None and key in _PACK_CACHE:
        cached = _PACK_CACHE[key]
        return cached
    loaded = _read_pack_uncached(path, bundled, problems)
    if loaded is not None and key is not None:
        _PACK_CACHE[key] = loaded
    return loaded


def _read_pack_uncached(path: Path, bundled: bool, problems: list[Located]) -> LoadedPack | None:
    shown = _display(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Located(shown, 0, 0, f"cannot read rule pack: {exc}"))
        return None
    try:
        data, positions, yaml_problems = load_with_positions(text)
    except YamlProblem as exc:
        problems.append(Located(shown, exc.line, exc.column, exc.message))
        return None
    for yp in yaml_problems:
        problems.append(Located(shown, yp.line, yp.column, yp.message))
    if not isinstance(data, dict):
        problems.append(
            Located(shown, 1, 1, "a rule pack must be a mapping with 'pack' and 'rules'")
        )
        return None
    pack = _validate_pack(data, positions, shown, problems)
    if pack is None:
        return None
    if not _check_rules(pack.pack.id, list(pack.rules), positions, shown, problems):
        return None
    rule_lines = {r.id: position_of(positions, ("rules", i))[0] for i, r in enumerate(pack.rules)}
    return LoadedPack(
        meta=pack.pack,
        rules=tuple(pack.rules),
        path=shown,
        sha256=hashlib.sha256(raw).hexdigest(),
        bundled=bundled,
        positions=rule_lines,
    )


def _check_rules(
    pack_id: str | None,
    rules: Sequence[Rule | None],
    positions: Positions,
    shown: str,
    problems: list[Located],
) -> bool:
    """Checks beyond the schema: id prefix, regexes, examples, duplicates within the file."""
    ok = True
    seen: set[str] = set()
    for index, rule in enumerate(rules):
        if rule is None:
            continue
        base: tuple[str | int, ...] = ("rules", index)
        if rule.id in seen:
            line, col = position_of(positions, (*base, "id"))
            problems.append(Located(shown, line, col, f"duplicate rule id {rule.id!r}"))
            ok = False
        seen.add(rule.id)
        if pack_id is not None and not rule.id.startswith(pack_id + "/"):
            line, col = position_of(positions, (*base, "id"))
            problems.append(
                Located(shown, line, col, f"rule id {rule.id!r} must start with '{pack_id}/'")
            )
            ok = False
        patterns = _collect_patterns(rule.match, (*base, "match"))
        if rule.unless_in_sentence is not None:
            patterns.append((rule.unless_in_sentence, (*base, "unless-in-sentence")))
        for pattern, loc in patterns:
            error = _pattern_error(pattern)
            if error:
                line, col = position_of(positions, loc)
                kind, detail = error
                problems.append(
                    Located(shown, line, col, f"{kind} in {rule.id}: {detail} in {pattern!r}")
                )
                ok = False
        for node_loc, phrase in _collect_phrases(rule.match, (*base, "match")):
            if not fold(re.sub(r"\s+", " ", phrase)).strip():
                line, col = position_of(positions, node_loc)
                problems.append(
                    Located(
                        shown,
                        line,
                        col,
                        f"phrase {phrase!r} in {rule.id} is empty once invisible characters"
                        " are dropped",
                    )
                )
                ok = False
        if not rule.examples.match or not rule.examples.no_match:
            line, col = position_of(positions, (*base, "examples"))
            problems.append(
                Located(
                    shown,
                    line,
                    col,
                    f"rule {rule.id} needs at least one 'match' and one 'no-match' example",
                )
            )
            ok = False
    return ok


def _schema_problems(
    exc: ValidationError, prefix: tuple[str | int, ...], positions: Positions, shown: str
) -> list[Located]:
    found = []
    for err in exc.errors():
        loc = (*prefix, *err["loc"])
        # pydantic puts the failing union member's type name in the loc; drop it.
        loc = tuple(p for p in loc if not (isinstance(p, str) and p[:1].isupper()))
        line, col = position_of(positions, loc)
        where = ".".join(str(p) for p in loc) or "pack"
        found.append(Located(shown, line, col, f"{where}: {_explain(err)}"))
    return found


def _validate_pack(
    data: dict[str, Any], positions: Positions, shown: str, problems: list[Located]
) -> RulePack | None:
    """Validate pack metadata and each rule on its own, so one bad rule hides no other."""
    before = len(problems)
    unknown = sorted(set(data) - {"pack", "rules"})
    for key in unknown:
        line, col = position_of(positions, (key,))
        problems.append(
            Located(shown, line, col, f"{key}: unknown key (a pack has 'pack' and 'rules')")
        )
    meta = None
    try:
        meta = PackMeta.model_validate(data.get("pack"))
    except ValidationError as exc:
        problems.extend(_schema_problems(exc, ("pack",), positions, shown))
    raw_rules = data.get("rules", [])
    if not isinstance(raw_rules, list):
        line, col = position_of(positions, ("rules",))
        problems.append(Located(shown, line, col, "rules: must be a list of rules"))
        raw_rules = []
    rules: list[Rule | None] = []
    for index, raw in enumerate(raw_rules):
        try:
            rules.append(Rule.model_validate(raw))
        except ValidationError as exc:
            problems.extend(_schema_problems(exc, ("rules", index), positions, shown))
            rules.append(None)
    if meta is None or len(problems) > before:
        # Keep checking the rules that did validate (regexes, examples), then give up.
        _check_rules(meta.id if meta else None, rules, positions, shown, problems)
        return None
    return RulePack(pack=meta, rules=[r for r in rules if r is not None])


def _explain(err: object) -> str:
    assert isinstance(err, dict)
    kind = err.get("type")
    if kind == "extra_forbidden":
        return "unknown key (check the spelling; see `compliance rules schema`)"
    if kind == "missing":
        return "required key is missing"
    msg = str(err.get("msg", "invalid value"))
    if kind == "enum" or kind == "literal_error":
        return f"{msg} (got {err.get('input')!r})"
    return msg.removeprefix("Value error, ")


def load_packs(extra: Sequence[str | Path] = (), *, include_bundled: bool = True) -> RuleSet:
    """Load the bundled packs and the user's (`--rules`), raising every problem at once."""
    problems: list[Located] = []
    packs: list[LoadedPack] = []
    if include_bundled:
        for path in _pack_files(bundled_rules_dir(), bundled=True):
            loaded = _read_pack(path, True, problems)
            if loaded:
                packs.append(loaded)
    for entry in extra:
        directory = Path(entry)
        if not directory.exists():
            problems.append(Located(str(entry), 0, 0, "rules path does not exist"))
            continue
        files = _pack_files(directory, bundled=False)
        if not files:
            problems.append(Located(str(entry), 0, 0, "no *.yaml rule packs found there"))
        for path in files:
            loaded = _read_pack(path, False, problems)
            if loaded is None:
                continue
            # A user pack with a bundled pack's id replaces it (DESIGN.md §4).
            same = [i for i, p in enumerate(packs) if p.meta.id == loaded.meta.id]
            if same and all(packs[i].bundled for i in same):
                for i in reversed(same):
                    del packs[i]
                loaded = LoadedPack(
                    meta=loaded.meta,
                    rules=loaded.rules,
                    path=loaded.path,
                    sha256=loaded.sha256,
                    bundled=False,
                    replaces_bundled=True,
                    positions=loaded.positions,
                )
            elif same:
                problems.append(
                    Located(loaded.path, 1, 1, f"pack id {loaded.meta.id!r} is loaded twice")
                )
                continue
            packs.append(loaded)
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                line = pack.positions.get(rule.id, 0)
                problems.append(
                    Located(
                        pack.path,
                        line,
                        3,
                        f"duplicate rule id {rule.id!r} (also in {seen[rule.id]})",
                    )
                )
            else:
                seen[rule.id] = pack.path
    if problems:
        raise ConfigError(problems, hint="fix the rule packs, then run `compliance rules validate`")
    return RuleSet(tuple(packs))


def load_profile(name: str) -> Profile:
    """A bundled profile by name, or a profile YAML file by path."""
    candidate = Path(name)
    if not (candidate.suffix in {".yaml", ".yml"} and candidate.is_file()):
        candidate = bundled_rules_dir() / "profiles" / f"{name}.yaml"
    if not candidate.is_file():
        known = sorted(p.stem for p in (bundled_rules_dir() / "profiles").glob("*.yaml"))
        raise ConfigError(
            [Located(name, 0, 0, f"unknown profile (expected one of {', '.join(known)})")]
        )
    try:
        data, positions, _ = load_with_positions(candidate.read_text("utf-8"))
        return Profile.model_validate(data)
    except YamlProblem as exc:
        raise ConfigError([Located(str(candidate), exc.line, exc.column, exc.message)]) from None
    except ValidationError as exc:
        raise ConfigError(
            [
                Located(str(candidate), *position_of(positions, tuple(e["loc"])), _explain(e))
                for e in exc.errors()
            ]
        ) from None
