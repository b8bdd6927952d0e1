"""User-facing documentation is self-contained and installs only our own distribution.

Users have the repository (or the wheel), not the design notes it was built from, so nothing
they read may point at DESIGN.md, STANDARDS.md, NOTICES.md or ../shared. And every `pip
install` they are told to run must name `content-compliance` (or this repository): the bare
name `compliance` on the public index belongs to someone else, whose code would run in their CI.
"""

from __future__ import annotations

import re
import shlex
import tomllib
from pathlib import Path

import click
import pytest

from compliance.cli import main
from compliance.resources import DISTRIBUTION, PROJECT_URL

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["verdicts.md", "purposes.md", "signals.md", "failure-policy.md", "report-format.md"]
OUTSIDE = re.compile(r"DESIGN\.md|STANDARDS\.md|NOTICES\.md|\bDESIGN §|\bSTANDARDS §|\.\./shared")
PIP = re.compile(r"pip3? install\s+([^`\n]*)")


def _user_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / "rules" / "README.md", ROOT / ".pre-commit-hooks.yaml"]
    return files + sorted((ROOT / "docs").glob("*.md"))


def _help_texts(command: click.Command, path: str) -> list[tuple[str, str]]:
    texts = [(path, command.get_help(click.Context(command, info_name=path)))]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            texts += _help_texts(sub, f"{path} {name}")
    return texts


def test_docs_exist_and_the_readme_links_them() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for name in DOCS:
        assert (ROOT / "docs" / name).is_file(), name
        assert f"docs/{name}" in readme, name


@pytest.mark.parametrize("path", _user_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_user_files_point_only_inside_the_repository(path: Path) -> None:
    text = path.read_text("utf-8")
    found = [m.group(0) for m in OUTSIDE.finditer(text)]
    assert not found, f"{path.name} points outside the repository: {found}"
    # Relative Markdown links (outside code) resolve to files of the repository.
    prose = re.sub(r"`[^`\n]*`", "", re.sub(r"```.*?```", "", text, flags=re.S))
    for target in re.findall(r"\]\((?!https?://|#)([^)#\s]+)", prose):
        assert (path.parent / target).exists(), f"{path.name}: broken link {target}"


def test_help_texts_point_only_inside_the_repository() -> None:
    texts = _help_texts(main, "compliance")
    assert len(texts) > 10  # check, scan, rules ..., report ..., baseline ...
    for command, text in texts:
        found = [m.group(0) for m in OUTSIDE.finditer(text)]
        assert not found, f"`{command} --help` points outside the repository: {found}"


def _requirements(args: str) -> list[str]:
    """The requirement arguments of one `pip install ...` (options and their values skipped)."""
    args = args.split(" #", 1)[0]
    words = shlex.split(args.replace("\\\n", " "))
    out, skip = [], False
    for word in words:
        if skip:
            skip = False
            out.append(word)  # `-e PATH` / `-r FILE`: the value is the requirement
            continue
        if word in ("-e", "--editable"):
            skip = True
        elif not word.startswith("-"):
            out.append(word)
    return out


def _ours(requirement: str) -> bool:
    if requirement.startswith((".", "/", "~")):  # a path: a clone of this repository
        return True
    if requirement.startswith(("git+", "http")):
        return requirement.removeprefix("git+").startswith(PROJECT_URL)
    name, _, url = requirement.partition("@")
    name = re.split(r"[\[<>=!~ ;]", name.strip(), maxsplit=1)[0]
    if re.sub(r"[-_.]+", "-", name).lower() != DISTRIBUTION:
        return False
    url = url.strip()
    return not url or url.removeprefix("git+").startswith(PROJECT_URL)


def _install_commands(path: Path) -> list[str]:
    """`pip install` arguments of fenced code lines and inline code spans."""
    text = path.read_text("utf-8")
    commands = []
    for block in re.findall(r"```[^\n]*\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            code = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            commands += PIP.findall(code)
    prose = re.sub(r"```.*?```", "", text, flags=re.S)
    for span in re.findall(r"`([^`\n]+)`", prose):
        commands += PIP.findall(span)
    return commands


def test_every_pip_install_names_our_distribution() -> None:
    seen = 0
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for args in _install_commands(path):
            requirements = _requirements(args)
            assert requirements, f"{path.name}: `pip install {args}` installs nothing?"
            for requirement in requirements:
                seen += 1
                assert _ours(requirement), f"{path.name}: `pip install {args}` is not ours"
    assert seen >= 5  # the install section, the CI job and the engine extras


def test_install_check_rejects_the_unowned_name() -> None:
    assert not _ours("compliance")
    assert not _ours("compliance[ray]")
    assert not _ours("content-compliance @ git+https://example.org/someone/else")
    assert _ours("content-compliance[ray]") and _ours(".") and _ours(".[test]")
    assert _ours(f"content-compliance @ git+{PROJECT_URL}@v0.1.0")


def test_messages_in_the_code_never_install_the_unowned_name() -> None:
    for path in sorted((ROOT / "compliance").rglob("*.py")):
        for args in PIP.findall(path.read_text("utf-8")):
            for word in args.split():
                name = re.split(r"[\[<>=!~;{]", word.strip("\"'(),"), maxsplit=1)[0]
                assert name.lower() != "compliance", f"{path.name}: pip install {args}"


def test_distribution_metadata_is_publish_ready() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == DISTRIBUTION == "content-compliance"
    assert project["scripts"] == {"compliance": "compliance.cli:main"}
    assert project["keywords"] and len(project["classifiers"]) >= 5
    assert project["urls"]["Source"] == PROJECT_URL
    assert all(not u.startswith("https://example.invalid") for u in project["urls"].values())
