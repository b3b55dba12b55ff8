"""Reusing the last run's tables for unchanged documents: the plan, the files, and byte-identical outputs."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import schemas
from pipeline.annotate import previous
from pipeline.annotate import stage as annotate
from pipeline.annotate.previous import FromPrevious, FromStore, Index, plan
from pipeline.tables import TableWriter, write_table

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "sv_pipeline"


def test_plan_without_previous_tables_reads_every_document_from_the_store() -> None:
    assert list(plan(["a", "b"], None)) == [FromStore("a"), FromStore("b")]


def test_plan_copies_runs_and_reads_new_documents_from_the_store() -> None:
    prev = Index(["a", "b", "c", "d"], {})
    # "x" is new between b and c; "c" was removed (edited documents get a new key, like "x").
    assert list(plan(["a", "b", "x", "d"], prev)) == [FromPrevious(0, 2), FromStore("x"), FromPrevious(3, 4)]
    assert list(plan(["a", "b", "c", "d"], prev)) == [FromPrevious(0, 4)]
    assert list(plan([], prev)) == []


def test_plan_reads_documents_out_of_their_old_order_from_the_store() -> None:
    prev = Index(["a", "b", "c"], {})
    assert list(plan(["c", "a", "b"], prev)) == [FromPrevious(2, 3), FromStore("a"), FromStore("b")]


def test_row_groups_are_cut_by_row_count_whatever_the_batches(tmp_path) -> None:
    schema = pa.schema([("doc_id", pa.string()), ("n", pa.int64())])
    rows = pa.table({"doc_id": [f"d{i // 7}" for i in range(100)], "n": list(range(100))}, schema=schema)
    for name, batches in (("one", [rows]), ("many", [rows.slice(i, 7) for i in range(0, 100, 7)])):
        with TableWriter(tmp_path / f"{name}.parquet", schema, {}, row_group_rows=16) as writer:
            for batch in batches:
                writer.write(batch)
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "many.parquet").read_bytes()
    assert pq.ParquetFile(tmp_path / "one.parquet").metadata.num_row_groups == 7


def test_index_and_files_round_trip_and_a_changed_file_is_not_used(tmp_path) -> None:
    schema = pa.schema([("doc_id", pa.string())])
    out = tmp_path / "out.parquet"
    write_table([{"doc_id": "a"}, {"doc_id": "a"}, {"doc_id": "b"}], out, schema, {})
    previous.save(tmp_path / "store", {"t": out}, Index(["ka", "kb"], {"t": [2, 1]}))
    index, files = previous.load(tmp_path / "store", {"t": schema})
    assert index == Index(["ka", "kb"], {"t": [2, 1]})
    reader = previous.RowReader(files["t"])
    reader.skip(2)
    assert pa.concat_tables(reader.take(1)).column("doc_id").to_pylist() == ["b"]
    reader.close()
    write_table([{"doc_id": "a"}], files["t"], schema, {})  # the kept file no longer matches its index
    assert previous.load(tmp_path / "store", {"t": schema}) is None
    assert previous.load(tmp_path / "nowhere", {"t": schema}) is None


def _documents(root: Path, texts: dict[str, str]) -> None:
    rows = [{"doc_id": doc_id, "path": f"{doc_id}.txt", "status": "ok", "text": text,
             "published": dt.date(2021, 3, 1)} for doc_id, text in texts.items()]
    write_table(rows, root / "outputs/documents.parquet", schemas.DOCUMENTS, {})


TEXTS = {
    "a": "Tillväxtverket ger Region Skåne stöd för kompetensförsörjning.",
    "b": "Arbetsförmedlingen och Region Dalarna samarbetar om yrkesutbildning i länet.",
    "d": "Landshövding Anna Svensson besökte Länsstyrelsen i Värmlands län i mars 2023.",
}


@pytest.mark.parametrize("change", ["add", "edit", "remove"])
def test_tables_from_previous_files_are_byte_identical_to_a_full_rewrite(tmp_path, monkeypatch, change) -> None:
    monkeypatch.chdir(tmp_path)
    params = annotate.AnnotateParams(model=str(MODEL), n_process=1)
    _documents(tmp_path, TEXTS)
    annotate.run(params)
    texts = dict(TEXTS)
    if change == "add":
        texts["c"] = "Skolverket och Universitets- och högskolerådet presenterade en rapport."
        texts = dict(sorted(texts.items()))
    elif change == "edit":
        texts["b"] = "Arbetsförmedlingen och Region Gävleborg samarbetar om vuxenutbildning."
    else:
        del texts["b"]
    _documents(tmp_path, texts)
    counts = annotate.run(params)  # most rows come from the previous files
    assert counts["annotated"] == (0 if change == "remove" else 1)
    incremental = {name: Path(f"outputs/{name}.parquet").read_bytes() for name in annotate.TABLES}

    shutil.rmtree(tmp_path / "cache/annotate" / previous.FOLDER)  # now every row comes from the store
    annotate.run(params)
    for name in annotate.TABLES:
        assert Path(f"outputs/{name}.parquet").read_bytes() == incremental[name], name
    docs = set(pq.read_table("outputs/tokens.parquet", columns=["doc_id"]).column("doc_id").to_pylist())
    assert docs == set(texts)


def test_the_main_process_of_annotate_does_not_import_spacy() -> None:
    code = "import sys, pipeline.annotate.stage; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def test_a_worker_process_while_the_main_process_writes_gives_the_same_bytes(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _documents(tmp_path, TEXTS)
    annotate.run(annotate.AnnotateParams(model=str(MODEL), n_process=1, cache_dir="cache/one"))
    in_process = {name: Path(f"outputs/{name}.parquet").read_bytes() for name in annotate.TABLES}
    counts = annotate.run(annotate.AnnotateParams(model=str(MODEL), n_process="auto", cache_dir="cache/auto"))
    assert counts["annotated"] == len(TEXTS)
    for name in annotate.TABLES:
        assert Path(f"outputs/{name}.parquet").read_bytes() == in_process[name], name


def test_tables_record_what_their_rows_depend_on(tmp_path, monkeypatch) -> None:
    """Downstream caches (themes) key on the annotate provenance, so it must change when the rows can change, even
    when the model's version string does not (a model whose lemmas changed)."""
    from pipeline.tables import read_provenance

    monkeypatch.chdir(tmp_path)
    _documents(tmp_path, TEXTS)
    annotate.run(annotate.AnnotateParams(model=str(MODEL), n_process=1))
    first = read_provenance("outputs/tokens.parquet")["annotation_key"]
    annotate.run(annotate.AnnotateParams(model=str(MODEL), n_process=1, chunk_chars=5000))
    assert read_provenance("outputs/tokens.parquet")["annotation_key"] != first
    monkeypatch.setattr(annotate, "model_fingerprint", lambda model: "another model")
    annotate.run(annotate.AnnotateParams(model=str(MODEL), n_process=1))
    assert read_provenance("outputs/tokens.parquet")["annotation_key"] not in (first, None)
