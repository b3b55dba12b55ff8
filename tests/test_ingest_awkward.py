"""Awkward input a new user hits: NUL and control bytes, bidi controls, NFD file names, mixed languages, bad
front matter, Markdown links with parentheses, a metadata.csv in a subfolder, text that inflates past the bound."""

from __future__ import annotations

import io
import logging
import os
import unicodedata
import zipfile

import pytest

from pipeline.ingest import document_from_bytes, stage
from pipeline.ingest.discover import doc_id
from tests.test_ingest_helpers import ENGLISH, PARAMS, SWEDISH, make_project, read_rows

NAME_NFC = unicodedata.normalize("NFC", "Åtgärdsplan för Västerås.txt")
NAME_NFD = unicodedata.normalize("NFD", NAME_NFC)


def row_of(raw: bytes | str, path: str = "a.txt", **params) -> dict:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return document_from_bytes(raw, path, {**PARAMS, **params})


# ---------------------------------------------------------------- control bytes


def test_one_nul_byte_is_removed_not_binary():
    raw = ("Rubrik\n\n" + SWEDISH).encode("utf-8").replace(b"kommunerna", b"kommun\x00erna")
    row = row_of(raw)
    assert row["status"] == "ok", row["status_detail"]
    assert "\x00" not in row["text"] and "kommunerna" in row["text"]
    assert "control character" in row["status_detail"]


def test_other_control_bytes_are_removed_and_noted():
    raw = ("Rubrik\x07\n\n" + SWEDISH + "\x1b\x01Slut.\n").encode("cp1252")
    row = row_of(raw)
    assert row["status"] == "ok", row["status_detail"]
    assert not any(ord(c) < 32 and c not in "\n\t" for c in row["text"])
    assert "3 control character" in row["status_detail"]


def test_binary_by_content_share_or_signature():
    assert row_of(bytes(range(256)) * 8)["status"] == "binary"
    png = b"\x89PNG\r\n\x1a\n" + b"Region Sk\xc3\xa5ne arbetar med kompetens. " * 20
    row = row_of(png)
    assert row["status"] == "binary" and "PNG" in row["status_detail"]
    assert row_of(b"%PDF-1.7\n" + SWEDISH.encode() * 3, "x.txt")["status"] == "binary"


# ---------------------------------------------------------------- bidi controls


def test_bidi_controls_are_stripped_and_noted():
    raw = "Rubrik\n\nRegion \u202eenåkS\u202c arbetar \u2066med\u2069 \u200fkompetens.\n\n" + SWEDISH
    row = row_of(raw)
    assert row["status"] == "ok"
    assert not any(c in row["text"] for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
    assert "bidirectional" in row["status_detail"]


# ---------------------------------------------------------------- Markdown


def test_markdown_link_with_parentheses_in_the_url():
    raw = ("# Rubrik\n\nLäs mer, [klicka här](https://sv.wikipedia.org/wiki/Umeå_(stad)) eller "
           "[här](<https://a.se/b (c)>) och [där](https://a.se/x \"titel (1)\").\n\n" + SWEDISH)
    row = row_of(raw, "a.md")
    assert "klicka här eller här och där." in row["text"], row["text"]


def test_bad_front_matter_date_is_reported():
    raw = "---\ntitle: Planen\ndate: 2023-13-45\n---\n\n" + SWEDISH
    row = row_of(raw, "a.md")
    assert row["status"] == "ok" and row["title"] == "Planen"
    assert "2023-13-45" in row["status_detail"] and "front matter" in row["status_detail"]
    good = row_of("---\ndate: 2023-02-01\n---\n\n" + SWEDISH, "b.md")
    assert good["status_detail"] is None and str(good["published"]) == "2023-02-01"


# ---------------------------------------------------------------- language per paragraph


def test_mixed_language_document_is_ok_with_its_swedish_share():
    text = "Rubrik\n\n" + SWEDISH * 2 + "\n" + "\n".join([ENGLISH] * 3)
    row = row_of(text)
    assert row["status"] == "ok", row["status_detail"]
    assert "Swedish" in row["status_detail"] and "%" in row["status_detail"]
    spans = row["foreign_spans"]
    assert spans and all(row["text"][s:e].startswith("The region") for s, e in spans)
    assert not any(s <= row["text"].index("Region Skåne") < e for s, e in spans)


def test_english_document_is_still_not_swedish():
    assert row_of(ENGLISH * 3)["status"] == "not_swedish"


# ---------------------------------------------------------------- text bound


def _docx(body_xml: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body_xml + "</w:body></w:document>",
        )
    return buffer.getvalue()


def test_docx_text_over_max_chars_is_too_large_with_both_sizes():
    paragraph = "<w:p><w:r><w:t>" + "Kompetensförsörjning i regionen. " * 30 + "</w:t></w:r></w:p>"
    raw = _docx(paragraph * 300)  # ~300,000 characters of text
    row = row_of(raw, "a.docx", max_chars=100_000, max_zip_ratio=10_000)
    assert row["status"] == "too_large", row["status_detail"]
    assert "100000" in row["status_detail"].replace(",", "") and str(len(raw)) in row["status_detail"]


def test_zip_entry_compression_ratio_is_a_second_guard():
    raw = _docx("<w:p><w:r><w:t>" + "a" * 3_000_000 + "</w:t></w:r></w:p>")
    row = row_of(raw, "a.docx", max_chars=10_000_000)
    assert row["status"] == "too_large" and "ratio" in row["status_detail"], row["status_detail"]


# ---------------------------------------------------------------- paths in NFC


def test_nfd_file_name_matches_nfc_metadata_and_keeps_its_id(tmp_path, monkeypatch):
    files = {NAME_NFD: "Rubrik\n\n" + SWEDISH, "metadata.csv": f"path,title\n{NAME_NFC},Från metadata\n"}
    root = make_project(tmp_path, files)
    monkeypatch.chdir(root)
    assert stage.run() == 0
    rows = read_rows(root)
    assert list(rows) == [NAME_NFC]
    row = rows[NAME_NFC]
    assert row["title"] == "Från metadata" and row["doc_id"] == doc_id(NAME_NFC)


def test_nfc_and_nfd_twins_get_distinct_rows(tmp_path, monkeypatch):
    root = make_project(tmp_path, {NAME_NFC: "Rubrik\n\n" + SWEDISH, NAME_NFD: "Annan rubrik\n\n" + SWEDISH * 2})
    monkeypatch.chdir(root)
    assert stage.run() == 0
    rows = read_rows(root)
    assert len(rows) == 2 and len({r["doc_id"] for r in rows.values()}) == 2
    assert rows[NAME_NFC]["doc_id"] == doc_id(NAME_NFC)


def test_metadata_csv_outside_the_corpus_root_is_logged(tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="pipeline.ingest")
    files = {"undermapp/a.txt": "Rubrik\n\n" + SWEDISH, "undermapp/metadata.csv": "path,title\na.txt,X\n"}
    root = make_project(tmp_path, files)
    monkeypatch.chdir(root)
    assert stage.run() == 0
    assert any("undermapp/metadata.csv" in r.getMessage() and r.levelno >= logging.WARNING for r in caplog.records)


@pytest.mark.skipif(os.name == "nt", reason="POSIX file names")
def test_nfd_path_in_metadata_csv_matches_nfc_file(tmp_path, monkeypatch):
    files = {NAME_NFC: "Rubrik\n\n" + SWEDISH, "metadata.csv": f"path,title\n{NAME_NFD},Via NFD\n"}
    root = make_project(tmp_path, files)
    monkeypatch.chdir(root)
    assert stage.run() == 0
    assert read_rows(root)[NAME_NFC]["title"] == "Via NFD"
