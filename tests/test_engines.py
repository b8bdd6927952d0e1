"""Issue 8 acceptance: one 10,000-record dataset, four engines, identical verdicts and counts.

Local `--jobs 2` is the reference; `--engine ray` (local Ray, 2 CPUs), `--engine spark`
(`local[2]`) and the datatrove filter block must give the same per-document verdicts and the
same summary counts. Each engine starts one session-scoped local cluster and is skipped, with
the extra to install, when its package is missing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_scan import make_dataset, scan

RUN_METADATA = ("generated_at", "tool", "run")


def _reports(directory: Path) -> tuple[list[str], dict[str, Any]]:
    jsonl = next(directory.glob("scan-*.jsonl")).read_text("utf-8").splitlines()
    summary = json.loads(next(directory.glob("scan-*.summary.json")).read_text("utf-8"))
    for key in RUN_METADATA:
        summary.pop(key)
    return jsonl, summary


def _verdicts(lines: list[str]) -> dict[str, tuple[str, dict[str, str]]]:
    out = {}
    for line in lines:
        entry = json.loads(line)
        if "gate" in entry:
            verdicts = {p: v["verdict"] for p, v in entry["verdicts"].items()}
            out[entry["id"]] = (entry["gate"], verdicts)
    return out


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_dataset(tmp_path_factory.mktemp("engines") / "mixed.jsonl", 10_000)


@pytest.fixture(scope="module")
def local(
    dataset: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[list[str], dict[str, Any]]:
    cwd = tmp_path_factory.mktemp("local")
    with pytest.MonkeyPatch.context() as mp:
        result = scan(
            mp,
            cwd,
            str(dataset),
            "-p",
            "ai-train",
            "-j",
            "2",
            "-f",
            "jsonl",
            "-f",
            "summary-json",
            "-q",
        )
    assert result.exit_code == 1, result.output
    return _reports(cwd / "reports")


def _engine_run(
    monkeypatch: pytest.MonkeyPatch, cwd: Path, dataset: Path, *engine: str
) -> tuple[list[str], dict[str, Any]]:
    result = scan(
        monkeypatch,
        cwd,
        str(dataset),
        "-p",
        "ai-train",
        "-j",
        "2",
        "-f",
        "jsonl",
        "-f",
        "summary-json",
        *engine,
    )
    assert result.exit_code == 1, result.output
    assert "10,000 record(s) read = 9,900 document(s) + 100 error(s)" in result.output
    assert not list((cwd / "reports").glob(".parts-*")), "part files left behind"
    return _reports(cwd / "reports")


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    ray = pytest.importorskip("ray", reason="compliance[ray] is not installed")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def spark_session() -> Iterator[Any]:
    pytest.importorskip("pyspark", reason="compliance[spark] is not installed")
    # No PYSPARK_PYTHON here (issue 12 item 25): local mode must find the running
    # interpreter by itself, as in a user's run.
    from compliance.integrations.spark import session

    spark = session("local[2]", 2)
    yield spark
    spark.stop()


@pytest.mark.slow
def test_ray_engine_matches_local(
    ray_cluster: Any,
    local: tuple[list[str], dict[str, Any]],
    dataset: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines, summary = _engine_run(monkeypatch, tmp_path, dataset, "--engine", "ray")
    assert lines == local[0]  # the same JSONL report, line for line, in input order
    assert summary == local[1]


@pytest.mark.slow
def test_spark_engine_matches_local(
    spark_session: Any,
    local: tuple[list[str], dict[str, Any]],
    dataset: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines, summary = _engine_run(monkeypatch, tmp_path, dataset, "--engine", "spark")
    assert lines == local[0]
    assert summary == local[1]


@pytest.mark.slow
def test_datatrove_filter_matches_local(
    local: tuple[list[str], dict[str, Any]], dataset: Path, tmp_path: Path
) -> None:
    pytest.importorskip("datatrove", reason="compliance[datatrove] is not installed")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from compliance.engine import CheckerSpec
    from compliance.integrations.datatrove import ComplianceFilter

    def adapter(
        self: Any, data: dict[str, Any], path: str, id_in_file: int | str
    ) -> dict[str, Any]:
        # HTML records keep their HTML in metadata (the filter checks it as HTML); the text
        # slot only has to be non-empty for datatrove to keep the document.
        meta = {k: v for k, v in data.items() if k not in ("id", "text")}
        return {"text": data.get("text") or data.get("html"), "id": data["id"], "metadata": meta}

    os.environ["SOURCE_DATE_EPOCH"] = "1798761600"
    spec = CheckerSpec(purposes="ai-train")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(dataset.parent), glob_pattern="mixed.jsonl", adapter=adapter),
            ComplianceFilter(spec, exclusion_writer=JsonlWriter(str(tmp_path / "rejected"))),
            JsonlWriter(str(tmp_path / "allowed")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    seen: dict[str, tuple[str, dict[str, str]]] = {}
    import gzip

    for part in [*(tmp_path / "allowed").glob("*"), *(tmp_path / "rejected").glob("*")]:
        with gzip.open(part, "rt", encoding="utf-8") as lines:
            for line in lines:
                doc = json.loads(line)
                verdict = doc["metadata"]["compliance"]
                seen[doc["id"]] = (verdict["gate"], verdict["verdicts"])
    expected = _verdicts(local[0])
    assert seen == expected
    gates = {"pass": 0, "fail": 0, "undetermined": 0}
    for gate, _ in seen.values():
        gates[gate] += 1
    assert gates == local[1]["summary"]["gate"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    compliance_stats = next(s for s in stats if "compliance" in s["name"])["stats"]
    assert compliance_stats["dropped"] == gates["fail"]


def test_spark_names_how_to_ship_compliance_to_executors() -> None:
    # The message a cluster run gets when its executors' Python lacks the package.
    from compliance.integrations.spark import missing_package_hint

    error = RuntimeError("PythonException: ModuleNotFoundError: No module named 'compliance'")
    hint = missing_package_hint(error)
    assert hint is not None and "--py-files" in hint and "spark.pyspark.python" in hint
    assert missing_package_hint(RuntimeError("No module named 'numpy'")) is None


@pytest.mark.parametrize(("engine", "extra"), [("ray", "ray"), ("spark", "spark")])
def test_missing_engine_names_the_extra(
    engine: str, extra: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("ray", "pyspark") else real(name, *a),
    )
    data = tmp_path / "one.jsonl"
    data.write_text('{"id": "a", "text": "x"}\n', "utf-8")
    result = scan(monkeypatch, tmp_path, str(data), "--engine", engine)
    assert result.exit_code == 2
    assert f"pip install 'content-compliance[{extra}]'" in result.output
