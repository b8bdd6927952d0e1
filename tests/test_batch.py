"""The Arrow batch stage (issue 8): rows unchanged, verdict columns added, picklable spec."""

from __future__ import annotations

import json
import pickle

import pyarrow as pa
import pytest

from compliance.batch import added_columns, check_batch, checker_for
from compliance.engine import CheckerSpec
from compliance.model import Purpose

SPEC = CheckerSpec(purposes="ai-train")
FOOTER = (
    "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI"
    " di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA."
)


@pytest.fixture(scope="module")
def table() -> pa.Table:
    return pa.table(
        {
            "id": ["a", "b", "c", "d"],
            "url": ["https://x.example/1", "https://www.antaranews.com/b/2", None, None],
            "text": ["Harga beras naik.", f"Berita.\n{FOOTER}", None, None],
            "html": [None, None, '<meta name="robots" content="noai"><p>x</p>', None],
            "embedding": [[0.1], [0.2], [0.3], [0.4]],
        }
    )


def test_rows_unchanged_and_columns_added(table: pa.Table) -> None:
    out = check_batch(SPEC, table)
    assert out.num_rows == table.num_rows
    assert out.select(table.column_names).equals(table)
    assert out.column_names[len(table.column_names) :] == added_columns((Purpose.AI_TRAIN,))
    rows = out.to_pylist()
    assert [r["compliance_gate"] for r in rows] == ["pass", "fail", "fail", None]
    assert rows[1]["compliance_ai_train"] == "conditional"
    assert rows[2]["compliance_ai_train"] == "deny"
    rules = {f["rule_id"] for f in json.loads(rows[1]["compliance_findings"])}
    assert "antara/ai-and-crawling-reserved" in rules
    assert rows[3]["compliance_error"].startswith("no text or html field")


def test_record_batch_and_full_result_match_check(table: pa.Table) -> None:
    batch = table.to_batches()[0]
    out = check_batch(SPEC, batch, source_column="id", full=True).to_pylist()
    result = checker_for(SPEC).check
    from compliance.model import Document

    expected = result(
        Document(id="b", source="b", url=table["url"][1].as_py(), text=table["text"][1].as_py())
    )
    assert json.loads(out[1]["compliance_result"]) == expected.model_dump(mode="json")


def test_spec_is_picklable_and_checker_built_once_per_process() -> None:
    clone = pickle.loads(pickle.dumps(SPEC))
    assert clone == SPEC
    assert checker_for(clone) is checker_for(SPEC)


def test_a_built_checker_passes_through_the_batch_entry_point() -> None:
    import pyarrow as pa

    from compliance.engine import Checker

    checker = Checker.from_rules(purposes="ai-train")
    table = pa.table(
        {
            "id": ["a", "b"],
            "text": [
                "Nothing here.",
                "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.",
            ],
        }
    )
    out = check_batch(checker, table)
    assert out.column("id").to_pylist() == ["a", "b"]  # input rows unchanged
    assert out.column("compliance_ai_train").to_pylist() == ["unknown", "conditional"]
