"""Unit tests of the themes stage and the shared table/config helpers on small inputs (no trained model needed)."""

from __future__ import annotations

from collections import Counter

import pyarrow as pa
import pytest

from pipeline import schemas
from pipeline.config import ConfigError, params_hash, require, stage_params
from pipeline.tables import provenance, read_provenance, read_table, write_table
from pipeline.themes import topics
from pipeline.themes.keywords import CompoundSplitter, score_terms, term_counts, top_keywords


def test_compound_splitter_credits_the_modifier() -> None:
    splitter = CompoundSplitter(
        ["kompetensförsörjning", "arbetet", "kompetens", "försörjning", "regionala"], common=["regionala"]
    )
    assert splitter.split("kompetensförsörjningsarbetet") == ["kompetensförsörjning", "arbetet"]
    assert splitter.modifiers("kompetensförsörjningsarbetet") == ["kompetensförsörjning"]
    assert splitter.split("regionala") == []
    counts = term_counts(
        [
            ("kompetensförsörjningsarbetet", "NOUN", False),
            ("och", "CCONJ", True),
            ("kompetensförsörjning", "NOUN", False),
        ],
        splitter,
        3,
    )
    # a standalone compound credits its own modifier too
    assert counts == Counter({"kompetensförsörjning": 1.5, "kompetensförsörjningsarbetet": 1.0, "kompetens": 0.5})


def test_keyword_scores_prefer_rare_terms() -> None:
    scores = score_terms(Counter({"regeringen": 3, "kompetensförsörjning": 3}), 1000, {"regeringen": 900})
    assert top_keywords(scores, 1)[0][0] == "kompetensförsörjning"


def test_topics_fit_transform_and_persist(tmp_path) -> None:
    docs = [
        {"skola": 2.0, "lärare": 1.0},
        {"skola": 1.0, "elev": 2.0},
        {"vård": 2.0, "sjukhus": 1.0},
        {"vård": 1.0, "sjukhus": 2.0},
    ]
    assert topics.n_topics_for(4, 3, 2, 25) == 2 and topics.n_topics_for(1, 3, 2, 25) == 1
    model = topics.fit(docs, 2, seed=0, params_hash="h")
    again = topics.fit(docs, 2, seed=0, params_hash="h")
    assert (model.components == again.components).all()  # deterministic
    model.save(tmp_path / "m.json")
    loaded = topics.TopicModel.load(tmp_path / "m.json")
    weights = topics.transform(loaded, docs)
    assert weights.shape == (4, 2) and abs(weights.sum(axis=1) - 1).max() < 1e-9
    assert weights[0].argmax() == weights[1].argmax() != weights[2].argmax()


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
    with pytest.raises(ConfigError, match="themes.seed"):
        require(section, "seed", int, "themes")
    with pytest.raises(ConfigError, match="section 'annotate'"):
        stage_params("annotate", params)
    params.write_text("themes: [\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        stage_params("themes", params)
    assert params_hash({"a": 1, "b": 2}) == params_hash({"b": 2, "a": 1})
