"""`compliance explain FILE`: the composer's reading of a document, block by block."""

from __future__ import annotations

import sys

import click

from compliance.errors import ConfigError
from compliance.extract import sites
from compliance.extract.regions import TextView
from compliance.model import ErrorEntry
from compliance.notices.compose import OPERATORS
from compliance.notices.explain import explain_lines
from compliance.notices.lexicon import load_lexicons
from compliance.notices.recognise import recognise
from compliance.sources.files import read_documents


@click.command("explain")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--kind",
    type=click.Choice(["text", "html", "robots"]),
    help="Treat every input as this kind (default: from the file name).",
)
@click.option("--rules", "rules", multiple=True, help="Extra rule folder or lexicon file.")
@click.option(
    "--all-blocks",
    is_flag=True,
    help="Also show blocks that state nothing, with the reason a check passed over them.",
)
@click.option(
    "--without",
    "without",
    multiple=True,
    type=click.Choice(OPERATORS),
    help="Switch an operator off (repeatable), to see what it does.",
)
def explain_command(
    paths: tuple[str, ...],
    kind: str | None,
    rules: tuple[str, ...],
    all_blocks: bool,
    without: tuple[str, ...],
) -> None:
    """Show how generic notices in FILE are read: per block its voice, clauses, concept
    hits, the operators applied and the effects (`-` reads stdin)."""
    try:
        lexicons = load_lexicons(rules)
    except ConfigError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    for item in read_documents(list(paths), kind=kind):  # type: ignore[arg-type]
        if isinstance(item, ErrorEntry):
            click.echo(f"{item.source}: {item.message}", err=True)
            continue
        click.echo(f"== {item.source}")
        if item.problems:
            for problem in item.problems:
                click.echo(f"  {problem.code}: {problem.message}")
            continue
        view, _, _ = sites.extract_document(item, path="/", agent=None)

        def in_footer(start: int, end: int, view: TextView = view) -> bool:
            return view.in_region("footer", start, end)

        recognition = recognise(
            view.text,
            item.kind,
            lexicons,
            in_footer=in_footer,
            disabled=frozenset(without),
            trace=True,
            agent_groups=view.agent_groups,
            names=view.names,
        )
        for line in explain_lines(recognition, lexicons, all_blocks=all_blocks):
            click.echo(line)
