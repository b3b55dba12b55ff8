"""Unit tests of the annotate, entities and themes stages on small inputs (no trained model needed)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pytest
import spacy

from pipeline import schemas
from pipeline.annotate import DocInput, DocumentCache, annotate_batch, fallback_entity_id
from pipeline.config import ConfigError, params_hash, require, stage_params
from pipeline.entities import add_person_roles, aggregate_entities, cooccurrence_rows
from pipeline.nlp.extensions import register_extensions
from pipeline.tables import provenance, read_provenance, read_table, write_table

TEXT = "Mikael Sjöberg leder Arbetsförmedlingen. Tillväxtverket och Arbetsförmedlingen samarbetar."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    register_extensions()
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Mikael Sjöberg"},
            {"label": "ORG", "pattern": "Arbetsförmedlingen"},
            {"label": "ORG", "pattern": "Tillväxtverket"},
            {"label": "PRS", "pattern": "samarbetar"},
        ]
    )
    return nlp


def test_annotate_rows_have_offsets_sentences_and_stable_ids(nlp) -> None:
    [(doc_id, rows)] = list(annotate_batch(nlp, [DocInput("d1", TEXT, None)], {"PRS": "PER"}))
    assert doc_id == "d1"
    mentions = rows["mentions"]
    assert [m["text"] for m in mentions] == [
        "Mikael Sjöberg",
        "Arbetsförmedlingen",
        "Tillväxtverket",
        "Arbetsförmedlingen",
        "samarbetar",
    ]
    for m in mentions:
        assert TEXT[m["start_char"] : m["end_char"]] == m["text"]
        assert m["mention_id"] == f"d1:{m['start_char']}-{m['end_char']}"
    assert [m["sentence"] for m in mentions] == [0, 0, 1, 1, 1]
    assert mentions[1]["entity_id"] == mentions[3]["entity_id"] == fallback_entity_id("ORG", "Arbetsförmedlingen")
    assert mentions[-1]["label"] == "PER"  # label map applied
    assert len(rows["sentences"]) == 2 and rows["tokens"][0]["text"] == "Mikael"


def test_annotate_passes_anchor_date_to_components(nlp) -> None:
    seen = []

    @spacy.Language.component("record_anchor_test")
    def record(doc):
        seen.append(doc._.anchor_date)
        return doc

    local = spacy.blank("sv")
    local.add_pipe("sentencizer")
    local.add_pipe("record_anchor_test")
    list(annotate_batch(local, [DocInput("d", "Hej.", dt.date(2019, 5, 15))], {}))
    assert seen == [dt.date(2019, 5, 15)]


def test_document_cache_round_trip_and_key(tmp_path) -> None:
    cache = DocumentCache(tmp_path, "model-a")
    item = DocInput("d1", "text", None)
    assert cache.get(item) is None
    cache.put(item, {"mentions": [{"x": 1}]})
    assert cache.get(item) == {"mentions": [{"x": 1}]}
    assert DocumentCache(tmp_path, "model-b").get(item) is None  # other model, other key
    assert cache.get(DocInput("d1", "changed", None)) is None


def _mentions() -> pd.DataFrame:
    rows = [
        ("a", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet"),
        ("a", 0, "Tillväxtverkets", "ORG", "org_1", "Tillväxtverket", "myndighet"),
        ("a", 0, "Gunilla Nordlöf", "PER", "per_1", "Gunilla Nordlöf", None),
        ("a", 1, "SKL", "ORG", "org_2", "Sveriges Kommuner och Landsting", "förening/nätverk"),
        ("b", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet"),
        ("b", 0, "Skåne", "LOC", "loc_1", "Skåne", "län"),
    ]
    return pd.DataFrame(rows, columns=["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type"])


def test_aggregate_entities_folds_aliases_and_counts() -> None:
    dates = pd.Series({"a": dt.date(2019, 5, 15), "b": dt.date(2022, 1, 1)})
    orgs = aggregate_entities(_mentions(), dates, "ORG", 1)
    tv = next(r for r in orgs if r["entity_id"] == "org_1")
    assert tv["name"] == "Tillväxtverket" and tv["aliases"] == ["Tillväxtverkets"]
    assert (tv["n_mentions"], tv["n_documents"], tv["type"]) == (3, 2, "myndighet")
    assert (tv["first_date"], tv["last_date"]) == (dt.date(2019, 5, 15), dt.date(2022, 1, 1))
    skl = next(r for r in orgs if r["entity_id"] == "org_2")
    assert skl["aliases"] == ["SKL"]


def test_people_get_roles_and_organisations() -> None:
    people = aggregate_entities(_mentions(), pd.Series(dtype=object), "PER", 1)
    roles = pd.DataFrame([{"person_id": "per_1", "role": "generaldirektör", "organisation": "Tillväxtverket"}])
    [row] = add_person_roles(people, roles)
    assert row["roles"] == ["generaldirektör"] and row["organisations"] == ["Tillväxtverket"]


def test_cooccurrence_counts_documents_and_sentences() -> None:
    rows = {(r["name_a"], r["name_b"]): r for r in cooccurrence_rows(_mentions())}
    pair = rows[("Tillväxtverket", "Gunilla Nordlöf")]
    assert (pair["n_documents"], pair["n_sentences"]) == (1, 1)
    orgs = rows[("Tillväxtverket", "Sveriges Kommuner och Landsting")]
    assert (orgs["n_documents"], orgs["n_sentences"]) == (1, 0)
    assert all(r["label_a"] == "ORG" for r in rows.values())


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
