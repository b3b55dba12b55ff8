"""Unit tests of the shared table and config helpers (stage tests: tests/test_<stage>.py)."""

from __future__ import annotations

import pyarrow as pa
import pytest

from pipeline import schemas
from pipeline.config import ConfigError, params_hash, stage_params
from pipeline.tables import provenance, read_provenance, read_table, write_table
from pipeline.themes.__main__ import STAGE as THEMES


def test_write_table_is_atomic_typed_and_carries_provenance(tmp_path) -> None:
    path = tmp_path / "k.parquet"
    meta = provenance("themes", "abc", "sv_pipeline", "0.1.0")
    write_table([{"doc_id": "d", "term": "t", "score": 1.0, "rank": 1, "count": 2}], path, schemas.KEYWORDS, meta)
    first = path.read_bytes()
    assert read_table(path).schema.field("rank").type == pa.int32()
    assert read_provenance(path)["model"] == "sv_pipeline"
    write_table([{"doc_id": "d", "term": "t", "score": 1.0, "rank": 1, "count": 2}], path, schemas.KEYWORDS, meta)
    assert path.read_bytes() == first  # same rows, same bytes
    with pytest.raises(ValueError, match="not in the schema"):
        write_table([{"doc_id": "d", "bogus": 1}], path, schemas.KEYWORDS, meta)
    with pytest.raises(pa.ArrowInvalid):
        write_table([{"doc_id": "d", "term": "t", "rank": "first"}], path, schemas.KEYWORDS, meta)
    assert path.read_bytes() == first  # a failed write leaves the old table
    assert [p.name for p in tmp_path.iterdir()] == ["k.parquet"]


def test_config_errors_name_the_file_and_key(tmp_path) -> None:
    params = tmp_path / "params.yaml"
    params.write_text("themes:\n  seed: zero\n", encoding="utf-8")
    section = stage_params("themes", params)
    with pytest.raises(ConfigError, match="'themes.seed' = 'zero'"):
        THEMES.load_params(section)
    with pytest.raises(ConfigError, match="section 'annotate'"):
        stage_params("annotate", params)
    params.write_text("themes: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        stage_params("themes", params)
    assert params_hash({"a": 1, "b": 2}) == params_hash({"b": 2, "a": 1})
