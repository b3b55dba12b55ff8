"""The annotate stage: chunking, row extraction, the result store, processes, pages, and the stage end to end."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import spacy

from pipeline import schemas
from pipeline.annotate import stage as annotate
from pipeline.annotate.chunks import Chunk, split_text
from pipeline.annotate.executor import ChunkError, annotate_chunks, run_local
from pipeline.annotate.rows import TABLES, chunk_tables, merge_chunks
from pipeline.annotate.store import AnnotationStore, document_key
from pipeline.nlp.canonical import entity_id
from pipeline.nlp.extensions import register_extensions
from pipeline.tables import write_table

REPO = Path(__file__).resolve().parents[1]
MODEL = REPO / "models" / "sv_pipeline"
TEXT = "Mikael Sjöberg leder Arbetsförmedlingen. Tillväxtverket och Arbetsförmedlingen samarbetar."


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    register_extensions()
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sv_line_breaks")
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


@pytest.fixture(scope="module")
def sv_pipeline() -> spacy.language.Language:
    from pipeline.nlp.loading import load_pipeline

    return load_pipeline(str(MODEL))


def _chunk(text: str, doc_id: str = "d1", anchor: str | None = None) -> Chunk:
    return Chunk(doc_id, 0, 0, text, anchor, None)


def test_split_text_covers_the_text_and_cuts_after_line_breaks() -> None:
    para = "Regionen arbetar med kompetensförsörjning. " * 5
    text = "\n\n".join([para] * 40)
    pieces = split_text(text, 1000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 1000 for _, piece in pieces) and len(pieces) > 1
    assert all(text[offset - 1] == "\n" for offset, _ in pieces[1:])
    assert [o for o, _ in pieces] == sorted(o for o, _ in pieces)


def test_split_text_without_line_breaks_cuts_after_a_sentence_or_a_space() -> None:
    sentences = "Tillväxtverket ger stöd till regionerna. " * 100
    pieces = split_text(sentences, 500)
    assert "".join(p for _, p in pieces) == sentences
    assert all(p.endswith(". ") for _, p in pieces[:-1])
    words = "ord " * 400
    assert "".join(p for _, p in split_text(words, 100)) == words
    assert split_text("", 100) == [(0, "")]
    assert split_text("x" * 250, 100) == [(0, "x" * 100), (100, "x" * 100), (200, "x" * 50)]


def test_rows_have_offsets_sentences_and_stable_ids(nlp) -> None:
    result = chunk_tables("d1", nlp(TEXT), {"PRS": "PER"})
    mentions = result.tables["mentions"].to_pylist()
    assert [m["text"] for m in mentions] == [
        "Mikael Sjöberg", "Arbetsförmedlingen", "Tillväxtverket", "Arbetsförmedlingen", "samarbetar"]
    for m in mentions:
        assert TEXT[m["start_char"] : m["end_char"]] == m["text"]
        assert m["mention_id"] == f"d1:{m['start_char']}-{m['end_char']}"
    assert [m["sentence"] for m in mentions] == [0, 0, 1, 1, 1]
    assert mentions[1]["entity_id"] == mentions[3]["entity_id"] == entity_id("ORG", "Arbetsförmedlingen")
    assert mentions[-1]["label"] == "PER"  # label map applied
    assert result.tables["sentences"].num_rows == 2
    assert result.tables["tokens"].column("text")[0].as_py() == "Mikael"
    assert result.tables["tokens"].schema.equals(schemas.TOKENS)


def test_chunked_document_gives_the_rows_of_the_whole_document(nlp) -> None:
    """Cut after line breaks, chunks give the same mentions and sentences, offsets into the whole text."""
    text = "\n".join(f"Rad {i}: {TEXT}" for i in range(30))
    whole = merge_chunks([chunk_tables("d", nlp(text), {})])
    pieces = [chunk_tables("d", nlp(piece), {}, offset, i) for i, (offset, piece) in enumerate(split_text(text, 300))]
    assert len(pieces) > 5
    chunked = merge_chunks(pieces)
    for name in ("mentions", "sentences"):
        assert chunked[name].to_pylist() == whole[name].to_pylist()
    assert chunked["tokens"].column("text").to_pylist() == whole["tokens"].column("text").to_pylist()
    assert chunked["tokens"].column("start_char").to_pylist() == whole["tokens"].column("start_char").to_pylist()
    tokens = chunked["tokens"].column("token").to_pylist()
    assert tokens == sorted(set(tokens))  # renumbered: unique and increasing across chunks


def test_pages_come_from_page_offsets(nlp) -> None:
    text = "Sida ett om Tillväxtverket.\n\nSida två om Arbetsförmedlingen.\n"
    second = text.index("Sida två")
    merged = merge_chunks([chunk_tables("d", nlp(text), {})], page_starts=[0, second])
    pages = {m["text"]: m["page"] for m in merged["mentions"].to_pylist()}
    assert pages == {"Tillväxtverket": 1, "Arbetsförmedlingen": 2}
    assert merged["sentences"].column("page").to_pylist()[0] == 1
    assert merge_chunks([chunk_tables("d", nlp(text), {})])["mentions"].column("page").null_count == 2


def test_no_entities_in_paragraphs_of_another_language(nlp) -> None:
    text = "Tillväxtverket leder arbetet.\n\nThe Arbetsförmedlingen office said so.\n\nArbetsförmedlingen hjälper."
    english = (text.index("The"), text.index("\n\nArbetsförmedlingen hjälper"))
    merged = merge_chunks([chunk_tables("d", nlp(text), {})], foreign=[english])
    starts = [m["start_char"] for m in merged["mentions"].to_pylist()]
    assert len(starts) == 2 and not any(english[0] <= s < english[1] for s in starts)
    assert merged["sentences"].num_rows == merge_chunks([chunk_tables("d", nlp(text), {})])["sentences"].num_rows
    key = document_key("c", "d", text, None, None, None)
    assert document_key("c", "d", text, None, None, None, [english]) != key


def test_anchor_date_reaches_components_as_an_iso_string(nlp) -> None:
    seen = []

    @spacy.Language.component("record_anchor_test")
    def record(doc):
        seen.append((doc._.anchor_date, doc._.anchor_granularity))
        return doc

    local = spacy.blank("sv")
    local.add_pipe("sentencizer")
    local.add_pipe("record_anchor_test")
    annotate_chunks(local, [Chunk("d", 0, 0, "Hej.", "2019-05-15", "month")], {}, 16)
    assert seen == [("2019-05-15", "month")]


def test_a_failing_chunk_is_reported_and_the_others_are_kept(nlp) -> None:
    @spacy.Language.component("fail_on_boom_test")
    def fail(doc):
        if "BOOM" in doc.text:
            raise RuntimeError("component failed")
        return doc

    local = spacy.blank("sv")
    local.add_pipe("sentencizer")
    local.add_pipe("fail_on_boom_test")
    results = annotate_chunks(local, [_chunk("Hej.", "a"), _chunk("BOOM här.", "b"), _chunk("Hej då.", "c")], {}, 16)
    assert [type(r).__name__ for r in results] == ["ChunkResult", "ChunkError", "ChunkResult"]
    assert isinstance(results[1], ChunkError) and "component failed" in results[1].error
    [alone] = annotate_chunks(local, [_chunk("BOOM ensam.", "d")], {}, 16)  # a batch of one fails alone too
    assert isinstance(alone, ChunkError) and alone.doc_id == "d"


def test_store_round_trip_prune_and_corrupt_file(tmp_path, nlp) -> None:
    tables = merge_chunks([chunk_tables("d1", nlp(TEXT), {})])
    store = AnnotationStore(tmp_path, TABLES)
    key = document_key("cfg", "d1", TEXT, None, None, None)
    assert key != document_key("cfg2", "d1", TEXT, None, None, None)
    assert key != document_key("cfg", "d1", TEXT, "2019-05-15", None, None)
    assert key != document_key("cfg", "d1", TEXT, None, None, [0, 10])
    assert store.get(key) is None
    store.put(key, "d1", tables)
    store.put("other", "d2", tables)
    store.commit()
    back = store.get(key)
    assert all(back[name].equals(tables[name]) for name in tables)
    assert store.prune({key}) == 1 and store.keys() == {key}
    store.close()
    (tmp_path / AnnotationStore.FILE).write_bytes(b"not a database at all" * 100)
    fresh = AnnotationStore(tmp_path, TABLES)  # rebuilt, not fatal
    assert fresh.keys() == set()
    fresh.close()


def test_model_docs_serialise_for_multiprocessing(sv_pipeline) -> None:
    """nlp.pipe(n_process=2) ships Docs between processes: every extension value must survive to_bytes."""
    doc = sv_pipeline.make_doc("Tillväxtverket meddelade den 19 juni att Region Skåne får stöd.")
    doc._.anchor_date = "2019-05-15"
    doc = sv_pipeline(doc)
    dates = [e for e in doc.ents if e.label_ == "DATE"]
    assert dates and dates[0]._.timex["anchored_to"] == "2019-05-15"
    assert all(isinstance(v, (str, type(None))) for v in dates[0]._.timex.values())
    back = spacy.tokens.Doc(sv_pipeline.vocab).from_bytes(doc.to_bytes())
    assert [e.text for e in back.ents] == [e.text for e in doc.ents]


def test_two_processes_give_the_same_rows_as_one(sv_pipeline) -> None:
    texts = [f"Arbetsförmedlingen och Region {r} samarbetar om kompetensförsörjning sedan 2019.\n\nKontakt: "
             f"Anna Svensson, enhetschef på Region {r}." for r in ("Skåne", "Uppsala", "Gävleborg", "Jämtland")]
    chunks = [Chunk(f"d{i}", 0, 0, t, "2022-03-01", "day") for i, t in enumerate(texts)]
    one = list(run_local(str(MODEL), chunks, {}, 2, 1, nlp=sv_pipeline))
    two = list(run_local(str(MODEL), chunks, {}, 2, 2))
    assert [r.doc_id for r in two] == [r.doc_id for r in one]
    for a, b in zip(one, two, strict=True):
        assert all(a.tables[name].equals(b.tables[name]) for name in a.tables)


def _documents(tmp_path: Path, texts: dict[str, str], pages: dict[str, list[int]] | None = None) -> None:
    rows = [{"doc_id": doc_id, "path": f"{doc_id}.txt", "status": "ok", "text": text,
             "published": dt.date(2021, 3, 1), "page_starts": (pages or {}).get(doc_id)}
            for doc_id, text in texts.items()]
    write_table(rows, tmp_path / "outputs/documents.parquet", schemas.DOCUMENTS, {})


def test_stage_streams_tables_reuses_the_store_and_prunes(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    report = "\n\n".join(f"Avsnitt {i}. Tillväxtverket och Region Skåne har i uppdrag att stärka "
                         f"kompetensförsörjningen i länet." for i in range(60))
    texts = {"a": "Tillväxtverket ger Region Skåne stöd.", "long": report}
    _documents(tmp_path, texts, pages={"long": [0, len(report) // 2]})
    params = annotate.AnnotateParams(model=str(MODEL), n_process=1, chunk_chars=1000)
    counts = annotate.run(params)
    assert (counts["annotated"], counts["failed"]) == (2, 0)
    mentions = pq.read_table("outputs/mentions.parquet").to_pylist()
    long = [m for m in mentions if m["doc_id"] == "long"]
    assert max(m["start_char"] for m in long) > len(report) - 200  # found to the end of the long document
    assert all(report[m["start_char"] : m["end_char"]] == m["text"] for m in long)
    assert {m["page"] for m in long} == {1, 2} and all(m["page"] is None for m in mentions if m["doc_id"] == "a")
    sentences = pq.read_table("outputs/sentences.parquet").to_pylist()
    assert [s["sentence"] for s in sentences if s["doc_id"] == "long"] == list(range(
        sum(s["doc_id"] == "long" for s in sentences)))
    first = {name: Path(f"outputs/{name}.parquet").read_bytes() for name in ("mentions", "tokens")}

    again = annotate.run(params)
    assert again["annotated"] == 0
    assert all(Path(f"outputs/{name}.parquet").read_bytes() == data for name, data in first.items())

    _documents(tmp_path, {"a": "Tillväxtverket ger Region Skåne nytt stöd.", "long": report},
               pages={"long": [0, len(report) // 2]})
    edited = annotate.run(params)
    assert (edited["annotated"], edited["pruned"]) == (1, 1)
    with sqlite3.connect(tmp_path / "cache/annotate" / AnnotationStore.FILE) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (2,)
