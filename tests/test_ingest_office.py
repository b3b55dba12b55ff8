""".docx/.odt/.rtf ingest: text and titles, ZIP limits checked before unpacking, streaming .docx parsing."""

from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.ingest import document_from_bytes
from tests.test_ingest_helpers import PARAMS, SWEDISH
from tests.test_ingest_samples import docx_paragraph, make_docx, make_odt, make_rtf

SENTENCE = SWEDISH.strip()


def test_odt_text_title_tables_and_skipped_parts():
    body = (
        '<text:tracked-changes><text:changed-region><text:deletion><text:p>Borttagen text</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        "<text:h>Kompetensplan för Dalarna</text:h>"
        f"<text:p>{SENTENCE}<text:note><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>En fotnot om Region Dalarna.</text:p></text:note-body></text:note></text:p>"
        "<text:p>Två<text:s text:c=\"3\"/>ord<text:tab/>och<text:line-break/>rad.</text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Falun</text:p></table:table-cell>"
        "<table:table-cell><text:p>1 200</text:p></table:table-cell></table:table-row></table:table>"
        '<office:annotation xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        "<text:p>En kommentar</text:p></office:annotation>"
    )
    row = document_from_bytes(make_odt(body, title="Plan 2024"), "plan.odt", PARAMS)
    assert row["status"] == "ok" and row["format"] == "odt", row["status_detail"]
    text = row["text"]
    assert row["title"] == "Plan 2024"
    assert "Kompetensplan för Dalarna" in text and SENTENCE in text
    assert "En fotnot om Region Dalarna." in text
    assert "Två ord\toch\nrad." in text  # text:s collapses like any run of spaces; tab and line break kept
    assert "Falun | 1 200" in text
    assert "Borttagen text" not in text and "En kommentar" not in text
    assert "arbetsgivarna1" not in text  # footnote number not glued to the word


def test_odt_title_from_first_heading():
    row = document_from_bytes(make_odt(f"<text:h>Rubrik i ODT</text:h><text:p>{SENTENCE}</text:p>"), "a.odt", PARAMS)
    assert row["title"] == "Rubrik i ODT"


def test_docx_streaming_parser_tables_headings_and_fallbacks():
    body = (
        docx_paragraph("Regional kompetensförsörjning", style="Rubrik1")
        + docx_paragraph(SENTENCE)
        + '<w:p><w:r><w:t>Raden</w:t></w:r><w:r><w:tab/><w:t>fortsätter</w:t><w:br/><w:t>här</w:t></w:r>'
        "<w:r><w:delText>struken</w:delText></w:r></w:p>"
        "<w:tbl><w:tr><w:tc>" + docx_paragraph("Län") + "</w:tc><w:tc>" + docx_paragraph("Antal") + "</w:tc></w:tr>"
        "<w:tr><w:tc>" + docx_paragraph("Skåne") + "</w:tc><w:tc>" + docx_paragraph("12") + "</w:tc></w:tr></w:tbl>"
        '<w:p xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:r><mc:AlternateContent>'
        "<mc:Choice><w:txbxContent>" + docx_paragraph("Text i en ruta") + "</w:txbxContent></mc:Choice>"
        "<mc:Fallback>" + docx_paragraph("Text i en ruta") + "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    styles = (
        '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:styleId="Rubrik1"><w:name w:val="heading 1"/></w:style></w:styles>'
    )
    row = document_from_bytes(make_docx(body, {"word/styles.xml": styles}), "r.docx", PARAMS)
    assert row["status"] == "ok", row["status_detail"]
    text = row["text"]
    assert row["title"] == "Regional kompetensförsörjning"
    assert "Raden\tfortsätter\nhär" in text and "struken" not in text
    assert "Län | Antal\n\nSkåne | 12" in text
    assert text.count("Text i en ruta") == 1  # the VML fallback copy is not read


def test_inflating_docx_is_too_large_before_unpacking():
    """A small package whose document.xml inflates to 20 MB (limit 10 MB here; the issue's file inflates 0.6 MB to
    200 MB against the default 100 MB): refused from the ZIP directory alone."""
    buffer = io.BytesIO()
    filler = b"<w:p><w:r><w:t>" + b"a" * 1_000_000 + b"</w:t></w:r></w:p>"
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(20):
            part.write(filler)
    raw = buffer.getvalue()
    assert len(raw) < 100_000
    row = document_from_bytes(raw, "bomb.docx", {**PARAMS, "max_unzipped_bytes": 10_000_000})
    assert row["status"] == "too_large"
    assert f"would inflate from {len(raw)} to {20 * len(filler)} bytes" in row["status_detail"]
    assert "ingest.max_unzipped_bytes = 10000000" in row["status_detail"]


def test_too_many_zip_entries():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<x/>")
        for i in range(30):
            archive.writestr(f"Pictures/{i}.png", b"")
    row = document_from_bytes(buffer.getvalue(), "many.odt", {**PARAMS, "max_zip_entries": 20})
    assert row["status"] == "too_large" and "31 ZIP entries, over ingest.max_zip_entries = 20" in row["status_detail"]


@pytest.mark.parametrize(
    ("name", "raw", "detail"),
    [
        ("a.odt", b"inte en zip", "not a OpenDocument .odt file (no ZIP signature)"),
        ("a.docx", b"PK\x03\x04 trasig", "broken ZIP"),
        ("a.odt", make_docx("<w:p/>"), "no content.xml in the ZIP package"),
        ("a.docx", make_docx("<w:p><w:r><w:t>öppen"), "word/document.xml is not well-formed XML"),
    ],
)
def test_broken_packages(name, raw, detail):
    row = document_from_bytes(raw, name, PARAMS)
    assert row["status"] == "decode_error" and detail in row["status_detail"], row["status_detail"]


def test_rtf():
    raw = make_rtf(["Kompetensförsörjning i Jämtland", SENTENCE])
    row = document_from_bytes(raw, "brev.rtf", PARAMS)
    assert row["status"] == "ok" and row["format"] == "rtf" and row["encoding"] == "cp1252"
    assert row["text"].startswith("Kompetensförsörjning i Jämtland\n") and SENTENCE in row["text"]
    assert row["status_detail"] is None  # cp1252 is RTF's own declared code page, not a repair


def test_not_rtf():
    row = document_from_bytes(b"Vanlig text, ingen RTF.", "fel.rtf", PARAMS)
    assert row["status"] == "decode_error" and "not an RTF file" in row["status_detail"]


def test_reader_crash_is_a_status_not_a_stopped_run(monkeypatch):
    from pipeline.ingest import formats

    def crashes(raw, settings=None):
        raise RuntimeError("internal error in a reader library")

    monkeypatch.setitem(formats.EXTRACTORS, ".odt", ("odt", crashes))
    row = document_from_bytes(b"PK whatever", "x.odt", PARAMS)
    assert row["status"] == "decode_error"
    assert row["status_detail"] == (
        "the odt reader failed on this file (RuntimeError: internal error in a reader library)"
    )


def test_odt_pages_from_soft_page_breaks_and_break_styles():
    from bisect import bisect_right

    styles = (
        '<office:automatic-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">'
        '<style:style style:name="P9" style:family="paragraph">'
        '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>'
    )
    body = (
        "<text:p>Sida ett: Region Dalarna.</text:p>"
        "<text:soft-page-break/>"
        "<text:p>Sida två: Högskolan Dalarna.</text:p>"
        "<text:p>Sida två fortsätter<text:soft-page-break/> över gränsen.</text:p>"
        "<text:p>Sida tre: Falun.</text:p>"
        '<text:p text:style-name="P9">Sida fyra: Borlänge.</text:p>'
    )
    raw = make_odt(body, styles_xml=styles)
    row = document_from_bytes(raw, "sidor.odt", PARAMS)
    assert row["status"] == "ok", row["status_detail"]
    text, starts = row["text"], row["page_starts"]
    assert len(starts) == 4
    for page, needle in ((1, "Region Dalarna"), (2, "Högskolan"), (2, "över gränsen"), (3, "Falun"), (4, "Borlänge")):
        assert bisect_right(starts, text.index(needle)) == page, needle


def test_docx_pages_from_rendered_and_explicit_breaks():
    from bisect import bisect_right

    body = (
        docx_paragraph("Sida ett om Region Skåne och kompetensförsörjning.")
        + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Sida två om Malmö stad.</w:t></w:r></w:p>'
        + '<w:p><w:r><w:t>Fortfarande sida två.</w:t><w:br w:type="page"/></w:r></w:p>'
        + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Sida tre om Lund.</w:t></w:r></w:p>'  # same break, marked twice
    )
    row = document_from_bytes(make_docx(body), "sidor.docx", PARAMS)
    text, starts = row["text"], row["page_starts"]
    assert len(starts) == 3
    pages = [bisect_right(starts, text.index(word)) for word in ("Region Skåne", "Malmö", "Fortfarande", "Lund")]
    assert pages == [1, 2, 2, 3]


def test_office_file_without_page_marks_is_one_page():
    row = document_from_bytes(make_odt(f"<text:p>{SENTENCE}</text:p>"), "en.odt", PARAMS)
    assert row["page_starts"] == [0]
