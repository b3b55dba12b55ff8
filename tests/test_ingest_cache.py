"""The ingest file cache (edit, add, delete, corrupt) and stable duplicate identity across runs."""

from __future__ import annotations

import os

import pytest

from pipeline.ingest import stage
from pipeline.ingest.cache import CACHE_FILE
from pipeline.ingest.discover import doc_id
from tests.test_ingest_helpers import SWEDISH, make_project, read_rows


def run(root, monkeypatch) -> bytes:
    monkeypatch.chdir(root)
    assert stage.run() == 0
    return (root / "outputs" / "documents.parquet").read_bytes()


@pytest.fixture()
def project(tmp_path):
    files = {f"{name}.txt": f"Rubrik {name}\n\n{SWEDISH}" for name in ("a", "b", "c")}
    return make_project(tmp_path, files)


def reads(monkeypatch) -> list[str]:
    """Record which files read_document is asked to read."""
    seen: list[str] = []
    original = stage.read_document

    def spy(path, *args, **kwargs):
        seen.append(os.path.basename(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(stage, "read_document", spy)
    return seen


def test_unchanged_files_come_from_the_cache(project, monkeypatch):
    first = run(project, monkeypatch)
    seen = reads(monkeypatch)
    assert run(project, monkeypatch) == first and seen == []


def test_edit_add_delete(project, monkeypatch):
    run(project, monkeypatch)
    seen = reads(monkeypatch)
    corpus = project / "corpus"
    (corpus / "b.txt").write_text("Ny rubrik\n\n" + SWEDISH + "Tillägg om Region Skåne.\n", encoding="utf-8")
    (corpus / "d.txt").write_text("Rubrik d\n\n" + SWEDISH + "Nytt dokument.\n", encoding="utf-8")
    (corpus / "c.txt").unlink()
    with_cache = run(project, monkeypatch)
    assert sorted(seen) == ["b.txt", "d.txt"]
    rows = read_rows(project)
    assert sorted(rows) == ["a.txt", "b.txt", "d.txt"] and "Tillägg" in rows["b.txt"]["text"]
    # byte-identical to a run without any cache
    (project / "cache" / "ingest" / CACHE_FILE).unlink()
    assert run(project, monkeypatch) == with_cache


def test_params_change_invalidates(project, monkeypatch):
    run(project, monkeypatch)
    seen = reads(monkeypatch)
    make_project(project, min_chars=10)  # rewrites params.yaml only
    run(project, monkeypatch)
    assert sorted(seen) == ["a.txt", "b.txt", "c.txt"]


def test_corrupt_cache_is_rebuilt(project, monkeypatch, caplog):
    first = run(project, monkeypatch)
    cache = project / "cache" / "ingest" / CACHE_FILE
    cache.write_bytes(b"this is not a database" * 100)
    assert run(project, monkeypatch) == first
    assert any("is unreadable" in r.getMessage() and "starting a new one" in r.getMessage() for r in caplog.records)
    seen = reads(monkeypatch)
    assert run(project, monkeypatch) == first and seen == []  # the new cache works


def test_late_copy_is_the_duplicate_whatever_its_path(project, monkeypatch):
    """A copy of a seed added later, whose path sorts first, is the duplicate; the seed keeps its doc_id and text."""
    run(project, monkeypatch)
    corpus = project / "corpus"
    (corpus / "0_kopia.txt").write_bytes((corpus / "b.txt").read_bytes())
    (corpus / "00_samma_text.txt").write_bytes(("Rubrik b\r\n\r\n" + SWEDISH).encode("utf-16"))
    run(project, monkeypatch)
    rows = read_rows(project)
    assert rows["b.txt"]["status"] == "ok" and rows["b.txt"]["doc_id"] == doc_id("b.txt")
    assert rows["0_kopia.txt"]["status"] == "duplicate"
    assert rows["0_kopia.txt"]["status_detail"] == "identical bytes to b.txt"
    assert rows["00_samma_text.txt"]["status_detail"] == "same text after cleaning as b.txt"
    # and it stays that way on the next run
    run(project, monkeypatch)
    assert read_rows(project)["b.txt"]["status"] == "ok"


def test_fresh_corpus_goes_by_modification_time_then_path(tmp_path, monkeypatch):
    """Without history: the older file is the original; equal times (a fresh checkout) fall back to path order."""
    root = make_project(tmp_path, {"b.txt": "Rubrik\n\n" + SWEDISH, "a.txt": "Rubrik\n\n" + SWEDISH})
    corpus = root / "corpus"
    os.utime(corpus / "b.txt", ns=(1_600_000_000_000_000_000,) * 2)
    os.utime(corpus / "a.txt", ns=(1_700_000_000_000_000_000,) * 2)  # a.txt was copied later
    make_project(root, cache_dir=None)
    run(root, monkeypatch)
    rows = read_rows(root)
    assert rows["b.txt"]["status"] == "ok" and rows["a.txt"]["status"] == "duplicate"
    os.utime(corpus / "a.txt", ns=(1_600_000_000_000_000_000,) * 2)  # same time: path order
    run(root, monkeypatch)
    rows = read_rows(root)
    assert rows["a.txt"]["status"] == "ok" and rows["b.txt"]["status"] == "duplicate"


def test_no_cache_dir(project, monkeypatch):
    make_project(project, cache_dir=None)
    run(project, monkeypatch)
    assert not (project / "cache").exists()
