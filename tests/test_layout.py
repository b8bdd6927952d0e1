"""Package layout: one `compliance.cli` package, and a core that never imports its callers.

The engine is used by the CLI, dataset scans and distributed batches; if it imported them (even
lazily, inside a function) every change there could break the engine and cycles would creep
back. Imports are read from the source, so a lazy import counts as much as a top-level one.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "compliance"
CALLERS = ("compliance.batch", "compliance.scan", "compliance.sources.datasets", "compliance.cli")


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imported(name: str) -> set[str]:
    """Every compliance module `name` imports anywhere in its source (with its parents)."""
    path = MODULES[name]
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    parents = {".".join(n.split(".")[:i]) for n in names for i in range(1, n.count(".") + 2)}
    return {n for n in parents if n in MODULES}


def _reachable(start: str) -> dict[str, str]:
    """module -> the module that imports it, for everything `start` can end up importing."""
    via = {start: ""}
    todo = [start]
    while todo:
        current = todo.pop()
        for name in _imported(current):
            if name not in via:
                via[name] = current
                todo.append(name)
    return via


def _chain(via: dict[str, str], target: str) -> str:
    chain = [target]
    while via[chain[-1]]:
        chain.append(via[chain[-1]])
    return " <- ".join(chain)


@pytest.mark.parametrize(
    ("start", "forbidden"),
    [
        ("compliance.engine", CALLERS),
        ("compliance.scan", ("compliance.batch", "compliance.cli")),
        ("compliance.batch", ("compliance.cli",)),
    ],
)
def test_the_core_never_imports_its_callers_even_lazily(
    start: str, forbidden: tuple[str, ...]
) -> None:
    via = _reachable(start)
    found = [_chain(via, name) for name in forbidden if name in via]
    assert not found, f"{start} imports its callers: {found}"


def test_importing_the_engine_loads_none_of_its_callers() -> None:
    code = (
        "import sys, compliance.engine\n"
        f"print(','.join(m for m in {CALLERS!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def _commands(command: click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    if isinstance(command, click.Group):
        for name, sub in sorted(command.commands.items()):
            yield from _commands(sub, (*path, name))


def test_the_console_script_is_the_cli_package_main_and_every_help_exits_0() -> None:
    import compliance.cli

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    main = compliance.cli.main
    assert pkgutil.resolve_name(scripts["compliance"]) is main
    assert isinstance(main, click.Group)
    assert set(main.commands) == {
        "baseline",
        "check",
        "discover",
        "eval",
        "explain",
        "report",
        "rules",
        "scan",
    }
    paths = list(_commands(main))
    assert len(paths) >= 17  # the group, 8 commands, and the subcommands of 3 groups
    runner = CliRunner()
    for path in paths:
        result = runner.invoke(main, [*path, "--help"], prog_name="compliance")
        assert result.exit_code == 0, (path, result.output)
        assert result.output.startswith(f"Usage: compliance {' '.join(path)}".rstrip()), path


def test_python_dash_m_compliance_runs_the_cli_package() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "compliance", "scan", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Usage: python -m compliance scan [OPTIONS] DATA...")


def _module_constants(path: Path) -> Iterator[str]:
    """Names bound by a plain assignment at a module's top level."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        yield from (t.id for t in targets if isinstance(t, ast.Name))


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_constant_is_bound_twice(module: str) -> None:
    # A second `_PLACE_WORDS = …` further down a long module silently changes what every
    # function above it reads: each constant is bound once.
    names = list(_module_constants(MODULES[module]))
    twice = sorted({n for n in names if names.count(n) > 1 and n != "__all__"})
    assert not twice, f"{module} binds {twice} more than once"
