"""Frames and row dicts become typed tables in one place, whatever pandas (2 or 3) did to missing values."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import schemas
from pipeline.tables import TableWriter, to_table


def test_missing_values_from_pandas_become_null() -> None:
    frame = pd.DataFrame({
        "doc_id": ["a", "b", "c"],
        "mention_id": ["a:0-1", "b:0-1", "c:0-1"],
        "sentence": [0, 1, 2],
        "start_char": [0.0, np.nan, 2.0],  # an int column that pandas turned into floats
        "end_char": [1, 1, 1],
        "text": ["x", pd.NA, None],
        "value": ["2019", np.nan, None],  # pandas 3 reads a missing string as NaN
        "start_date": [dt.date(2019, 1, 1), pd.NaT, None],
    })
    frame["text"] = frame["text"].astype("string")  # the NA-backed string dtype
    table = to_table(frame.to_dict("records"), schemas.DATES)
    assert table.schema.equals(schemas.DATES)
    assert table.column("value").to_pylist() == ["2019", None, None]
    assert table.column("start_char").to_pylist() == [0, None, 2]
    assert table.column("start_date").to_pylist() == [dt.date(2019, 1, 1), None, None]


def test_table_writer_streams_row_groups_deterministically(tmp_path) -> None:
    batches = [to_table([{"doc_id": f"d{i}", "term": f"t{j}", "rank": j} for j in range(7)], schemas.KEYWORDS)
               for i in range(10)]

    def write(path):
        with TableWriter(path, schemas.KEYWORDS, {"stage": "test"}, row_group_rows=20) as writer:
            for batch in batches:
                writer.write(batch)
        return path.read_bytes()

    assert write(tmp_path / "a.parquet") == write(tmp_path / "b.parquet")
    meta = pq.read_metadata(tmp_path / "a.parquet")
    assert meta.num_rows == 70 and meta.num_row_groups == 4  # 21 + 21 + 21 + 7


def test_table_writer_leaves_the_old_file_when_interrupted(tmp_path) -> None:
    path = tmp_path / "k.parquet"
    with TableWriter(path, schemas.KEYWORDS, {}) as writer:
        writer.write(to_table([{"doc_id": "old", "term": "t"}], schemas.KEYWORDS))
    before = path.read_bytes()
    with pytest.raises(RuntimeError), TableWriter(path, schemas.KEYWORDS, {}) as writer:
        writer.write(to_table([{"doc_id": "new", "term": "t"}], schemas.KEYWORDS))
        raise RuntimeError("killed")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["k.parquet"]
    assert oct(path.stat().st_mode & 0o777) == "0o644"
    assert pa.ipc  # pyarrow is the only writer
