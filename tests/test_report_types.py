"""Types an analyst expects from pd.read_parquet, and the documented value sets (README <-> pipeline.schemas)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline import schemas
from pipeline.tables import to_table

REPO = Path(__file__).resolve().parents[1]
ALL_SCHEMAS = [v for v in vars(schemas).values() if isinstance(v, type(schemas.DOCUMENTS))]


def _write(rows: list[dict], schema, path: Path) -> Path:
    table = to_table(rows, schema)
    pq.write_table(table.replace_schema_metadata(schemas.pandas_metadata(schema)), path)
    return path


def test_nullable_integers_and_booleans_stay_so(tmp_path: Path) -> None:
    rows = [
        {"doc_id": "a", "path": "a.txt", "status": "ok", "n_chars": 5, "n_removed_lines": 1},
        {"doc_id": "b", "path": "b.txt", "status": "empty", "n_chars": None},
    ]
    df = pd.read_parquet(_write(rows, schemas.DOCUMENTS, tmp_path / "d.parquet"))
    assert str(df["n_chars"].dtype) == "Int64" and df["n_chars"].iloc[0] == 5 and pd.isna(df["n_chars"].iloc[1])
    assert str(df["n_removed_lines"].dtype) == "Int32"
    assert df["language_score"].dtype == "float64"
    tokens = [{"doc_id": "a", "token": 0, "sentence": 0, "start_char": 0, "end_char": 1, "is_stop": None}]
    df = pd.read_parquet(_write(tokens, schemas.TOKENS, tmp_path / "t.parquet"))
    assert str(df["is_stop"].dtype) == "boolean" and df["token"].dtype == "int32"  # non-nullable stays numpy


def test_dates_as_the_readme_loads_them(tmp_path: Path) -> None:
    rows = [{"doc_id": "a", "mention_id": "a:0-4", "start_date": dt.date(2022, 3, 1)},
            {"doc_id": "a", "mention_id": "a:5-9", "start_date": dt.date(2021, 3, 1)},
            {"doc_id": "a", "mention_id": "a:9-12", "start_date": None}]
    path = _write(rows, schemas.DATES, tmp_path / "dates.parquet")
    dates = pd.read_parquet(path, to_pandas_kwargs={"date_as_object": False})
    assert str(dates["start_date"].dtype).startswith("datetime64")
    assert len(dates[dates.start_date >= "2022-01-01"]) == 1
    plain = pd.read_parquet(path)
    assert len(plain[plain.start_date >= dt.date(2022, 1, 1)]) == 1
    assert str(pd.read_parquet(path, columns=["sentence"])["sentence"].dtype) == "Int32"


@pytest.mark.parametrize("schema", ALL_SCHEMAS)
def test_pandas_metadata_names_every_column_deterministically(schema) -> None:
    meta = schemas.pandas_metadata(schema)
    assert meta == schemas.pandas_metadata(schema)
    assert [c["name"] for c in json.loads(meta[b"pandas"])["columns"]] == schema.names


def _readme_values(column: str) -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if x.startswith(f"| `{column}`"))
    return re.findall(r"`([^`]+)`", line.split("|")[2])


def test_readme_enumerations_match_the_schemas() -> None:
    assert tuple(_readme_values("documents.status")) == schemas.STATUSES
    assert tuple(_readme_values("mentions.label")) == schemas.LABELS
    assert tuple(_readme_values("dates.granularity")) == schemas.GRANULARITIES
