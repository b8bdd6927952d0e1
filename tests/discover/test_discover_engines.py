"""Issue 14: Ray and Spark give the same candidates as the local run (local clusters).

The map stage runs on the engine (one task per shard, run files in a shared work folder);
the reduce stage merges them on the driver in input order, so the reports agree exactly:
candidates, counts, errors and consistency findings. Skipped, with the extra to install,
when an engine's package is missing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from compliance.cli import main
from tests.discover import crawl

SITES, PAGES = 70, 16  # 1,120 records over several shards (byte ranges of ~1 MB)
COMPARED = ("candidates", "consistency", "errors", "errors_omitted", "summary", "exit_code")


def discover(
    monkeypatch: pytest.MonkeyPatch, cwd: Path, data: Path, *engine: str
) -> dict[str, Any]:
    from compliance.cli import main as cli

    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(
        cli, ["discover", str(data), "-j", "2", "-o", "out.json", *engine], catch_exceptions=False
    )
    assert result.exit_code == 1, result.output
    assert not list((cwd / "reports").glob(".discover-*")), "work files left behind"
    report = json.loads((cwd / "out.json").read_text("utf-8"))
    return {key: report[key] for key in COMPARED}


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("engines") / "crawl.jsonl"
    crawl.write_jsonl(path, SITES, PAGES)
    with path.open("a", encoding="utf-8") as out:  # errors must agree too
        out.write('{"id": "no-url", "text": "a record without a URL"}\n')
        out.write("not json\n")
    return path


@pytest.fixture(scope="module")
def local(dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with pytest.MonkeyPatch.context() as mp:
        report = discover(mp, tmp_path_factory.mktemp("local"), dataset)
    assert report["summary"]["errors"] == 2
    assert report["summary"]["candidates"]["unexplained"] > 0
    return report


# The command starts its own local Ray, as a user's run does (no cluster set up here); the
# cluster goes down after this module: tests/test_engines.py starts its own later, and
# `ray.init` refuses to run twice in one process.
@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[Any]:
    ray = pytest.importorskip("ray", reason="compliance[ray] is not installed")
    assert not ray.is_initialized(), "an earlier test left Ray running"
    yield ray
    if ray.is_initialized():
        ray.shutdown()


@pytest.fixture(scope="module")
def spark_session() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="compliance[spark] is not installed")
    from compliance.integrations.spark import session

    spark = session("local[2]", 2)  # no PYSPARK_PYTHON: local mode finds this interpreter
    yield spark
    spark.stop()


@pytest.mark.slow
def test_ray_gives_the_local_candidates(
    ray_cluster: Any, local: dict[str, Any], dataset: Path, tmp_path: Path, monkeypatch
) -> None:
    assert discover(monkeypatch, tmp_path, dataset, "--engine", "ray") == local


@pytest.mark.slow
def test_spark_gives_the_local_candidates(
    spark_session: Any, local: dict[str, Any], dataset: Path, tmp_path: Path, monkeypatch
) -> None:
    assert discover(monkeypatch, tmp_path, dataset, "--engine", "spark") == local


def test_one_process_gives_the_candidates_of_two(
    local: dict[str, Any], dataset: Path, tmp_path: Path, monkeypatch
) -> None:
    # Different shard plans, same counts: every block of this crawl is counted exactly.
    assert discover(monkeypatch, tmp_path, dataset, "-j", "1") == local


def test_missing_engine_names_the_extra(tmp_path: Path, monkeypatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "ray" else real(name, *a)
    )
    data = tmp_path / "one.jsonl"
    data.write_text('{"id": "a", "url": "https://a.example/1", "text": "x"}\n', "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["discover", str(data), "--engine", "ray"])
    assert result.exit_code == 2
    assert "pip install 'content-compliance[ray]'" in result.output
