"""PDF ingest: text per page with page offsets, hyphenation, running headers/footers, pages without text."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from pipeline.ingest import document_from_bytes
from pipeline.ingest.pages import Line, join_hyphenated, page_text, strip_page_chrome
from tests.test_ingest_helpers import PARAMS
from tests.test_ingest_samples import make_pdf

BODY = [
    "Regionen arbetar med kompetens-",
    "försörjning och hälso-",
    "och sjukvården tillsammans med EU-",
    "kommissionen och Arbetsförmedlingen.",
    "",
    "Ett nytt stycke om Tillväxtverket i Umeå.",
]


def page_of(row: dict, needle: str) -> int:
    """1-based page of the first occurrence of `needle`, as the annotate stage computes it."""
    return bisect_right(row["page_starts"], row["text"].index(needle))


def test_pdf_text_pages_hyphenation_and_chrome():
    pages = [
        ["Kompetensförsörjning i Västerbotten", *BODY],
        ["Andra sidan handlar om Region Västerbotten och kommunerna i länet."],
        ["Tredje sidan nämner Umeå universitet och regionens utbildningar."],
    ]
    raw = make_pdf(pages, header="Regional rapport 2023", footer="Sida {n} av 3")
    row = document_from_bytes(raw, "rapport.pdf", PARAMS)
    assert row["status"] == "ok" and row["format"] == "pdf", row["status_detail"]
    text = row["text"]
    assert "kompetensförsörjning och hälso- och sjukvården tillsammans med EU-kommissionen" in text
    assert "Regional rapport" not in text and "Sida" not in text  # running header and page numbers
    assert row["n_removed_lines"] == 6
    assert len(row["page_starts"]) == 3 and row["page_starts"][0] == 0
    assert page_of(row, "Tillväxtverket") == 1
    assert page_of(row, "Region Västerbotten") == 2
    assert page_of(row, "Umeå universitet") == 3
    # every page's text starts exactly at its offset
    assert text[row["page_starts"][1] :].startswith("Andra sidan")
    # paragraphs: lines joined with spaces, a vertical gap starts a new paragraph
    assert "Arbetsförmedlingen.\n\nEtt nytt stycke" in text


def test_page_numbers_go_long_repeated_lines_stay():
    """Only short repeated band lines are furniture; a page-number line always is."""
    lines = [[Line("Sida 1", zone="foot"), Line("Text")], [Line("2", zone="foot"), Line("Mer text")]]
    stripped, removed = strip_page_chrome(lines)
    assert removed == 2 and [[line.text for line in page] for page in stripped] == [["Text"], ["Mer text"]]
    long_line = "Detta är ett långt stycke som av en slump står överst på varje sida i rapporten, " * 2
    pages = [[Line(long_line, top=800, zone="head"), Line("Text", top=700)] for _ in range(3)]
    assert strip_page_chrome(pages)[1] == 0


def test_single_page_keeps_its_first_line():
    stripped, removed = strip_page_chrome([[Line("Rubrik", zone="head"), Line("Brödtext här.")]])
    assert removed == 0 and len(stripped[0]) == 2


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("kompetens-", "försörjning", "kompetensförsörjning"),
        ("hälso-", "och sjukvård", "hälso- och sjukvård"),
        ("EU-", "kommissionen", "EU-kommissionen"),
        ("2020-", "talet", "2020-talet"),
        ("kompetens\ufffe".replace("\ufffe", "-"), "utveckling", "kompetensutveckling"),
    ],
)
def test_join_hyphenated(left, right, joined):
    assert join_hyphenated(left, right) == joined


def test_page_text_bullets_on_own_lines():
    lines = [Line("Vi vill:"), Line("• fler utbildningar"), Line("• fler praktikplatser")]
    assert page_text(lines) == "Vi vill:\n• fler utbildningar\n• fler praktikplatser"


def test_scanned_pdf_has_its_own_status():
    row = document_from_bytes(make_pdf([None, None, None]), "skannad.pdf", PARAMS)
    assert row["status"] == "no_text_layer"
    assert "none of the 3 page(s) has a text layer" in row["status_detail"]


def test_partly_scanned_pdf_says_which_pages():
    text_page = ["Sidan med text handlar om kompetensförsörjning i Region Skåne och kommunerna."]
    row = document_from_bytes(make_pdf([text_page, None, text_page + ["Mer."]]), "delvis.pdf", PARAMS)
    assert row["status"] == "ok"
    assert row["status_detail"] == "1 of 3 pages have no text layer: page 2"
    starts = row["page_starts"]
    assert starts[1] == starts[2] - 2  # the empty page starts where the next text (after the separator) begins


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        (b"%PDF-1.4 broken", "not a readable PDF"),
        (b"Det h\xe4r \xe4r ingen PDF utan text.", "no %PDF- header"),
    ],
)
def test_broken_pdf(raw, detail):
    row = document_from_bytes(raw, "trasig.pdf", PARAMS)
    assert row["status"] == "decode_error" and detail in row["status_detail"]


def test_pdf_output_is_deterministic():
    raw = make_pdf([["Kompetensförsörjning i Region Skåne är viktigt för alla."]] * 2)
    assert document_from_bytes(raw, "a.pdf", PARAMS) == document_from_bytes(raw, "a.pdf", PARAMS)
