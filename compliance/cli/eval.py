"""`compliance eval DIR`: the command around the scoring in `compliance.evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from compliance.evaluate import (
    ablation_table,
    build_checker,
    load_cases,
    predict,
    prediction_line,
    render_text,
    score,
)


@click.command("eval")
@click.argument(
    "directory", type=click.Path(exists=True, file_okay=False, dir_okay=True, path_type=Path)
)
@click.option(
    "--predictions",
    "predictions_file",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write one JSON line per case: id, verdicts, conditions (corpus purpose names).",
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option(
    "--no-publisher-packs", is_flag=True, help="Use the generic packs only (no publisher packs)."
)
@click.option("--rules", "rules", multiple=True, help="Extra rule pack file or directory.")
@click.option(
    "--ablate",
    is_flag=True,
    help="Also score with each composer operator switched off (the ablation table).",
)
def eval_command(
    directory: Path,
    predictions_file: Path | None,
    fmt: str,
    no_publisher_packs: bool,
    rules: tuple[str, ...],
    ablate: bool,
) -> None:
    """Score the checker on the labelled cases (*.yaml) in DIRECTORY. Always exits 0."""
    from compliance.errors import ConfigError

    if ablate:
        click.echo(ablation_table(directory, rules, publisher_packs=not no_publisher_packs))
        return

    try:
        checker = build_checker(rules, publisher_packs=not no_publisher_packs)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc
    cases, errors = load_cases(directory)
    for path, message in errors:
        click.echo(f"error: {path}: {message}", err=True)
    predictions = predict(cases, checker.check)
    scores = score(cases, predictions)
    if predictions_file is not None:
        with predictions_file.open("w", encoding="utf-8") as handle:
            for case in cases:
                handle.write(prediction_line(predictions[case.id]) + "\n")
    if fmt == "json":
        payload = {
            "cases": len(cases),
            "errors": [{"source": p, "message": m} for p, m in errors],
            "publisher_packs": not no_publisher_packs,
            **scores.as_dict(),
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(scores, len(cases), errors))
