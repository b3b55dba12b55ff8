"""File fingerprints: change with content and names, not with where the files live."""

from __future__ import annotations

import shutil

from pipeline.fingerprint import fingerprint


def test_fingerprint_follows_content_not_location(tmp_path) -> None:
    model = tmp_path / "a" / "model"
    (model / "ner").mkdir(parents=True)
    (model / "meta.json").write_text("{}", encoding="utf-8")
    (model / "ner" / "model").write_bytes(b"weights")
    (model / "__pycache__").mkdir()
    (model / "__pycache__" / "x.pyc").write_bytes(b"ignored")
    first = fingerprint([model])
    moved = tmp_path / "b" / "model"
    shutil.copytree(model, moved)
    assert fingerprint([moved]) == first  # a checkout elsewhere keeps its caches
    (moved / "__pycache__" / "x.pyc").write_bytes(b"still ignored")
    assert fingerprint([moved]) == first
    (moved / "ner" / "model").write_bytes(b"other weights")
    assert fingerprint([moved]) != first
    (moved / "ner" / "model").write_bytes(b"weights")
    (moved / "ner" / "model").rename(moved / "ner" / "renamed")
    assert fingerprint([moved]) != first


def test_relative_code_paths_resolve_against_the_package(tmp_path, monkeypatch) -> None:
    here = fingerprint(["pipeline/annotate"])
    monkeypatch.chdir(tmp_path)  # a Dask worker's working directory is anywhere
    assert fingerprint(["pipeline/annotate"]) == here
    assert fingerprint(["pipeline/annotate"]) != fingerprint(["pipeline/entities.py"])
