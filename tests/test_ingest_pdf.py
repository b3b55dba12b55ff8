"""PDF ingest: text per page with page offsets, hyphenation, running headers/footers, pages without text."""

from __future__ import annotations

from bisect import bisect_right

import pytest

from pipeline.ingest import document_from_bytes
from pipeline.ingest.pages import Line, join_hyphenated, page_text, strip_page_chrome
from tests.test_ingest_helpers import PARAMS
from tests.test_ingest_samples import make_pdf, placed_pdf

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


# ---------------------------------------------------------------- short reports, columns


BODY_ONE = [
    "Kompetensförsörjningen i Västerbotten är en viktig fråga för regionen och",
    "kommunerna. Region Västerbotten samarbetar med Umeå universitet och",
    "Arbetsförmedlingen om nya utbildningar för vård och industri.",
    "",
    "Arbetet leds av en styrgrupp där också Länsstyrelsen deltar.",
]
BODY_TWO = ["Andra sidan handlar om Tillväxtverket och Vinnova och deras arbete.",
            "Mer text om Skolverket och yrkeshögskolan i länet."]


def _report_page(number: int, lines: list[str], header_y: float = 775, footer_y: float = 70) -> list:
    """A page as a word processor lays it out with a header and a page number inside the margins."""
    runs = [(72, header_y, 11, "Kompetensrapport 2023")]
    y = header_y - 14
    for line in lines:
        if line:
            runs.append((72, y, 11, line))
        y -= 14
    runs.append((297, footer_y, 11, str(number)))
    return runs


@pytest.mark.parametrize(("header_y", "footer_y"), [(775, 70), (790, 40), (760, 90)])
def test_two_page_report_loses_its_running_header_and_page_numbers(header_y, footer_y):
    raw = placed_pdf([_report_page(1, BODY_ONE, header_y, footer_y), _report_page(2, BODY_TWO, header_y, footer_y)])
    row = document_from_bytes(raw, "rapport.pdf", PARAMS)
    text = row["text"]
    assert "Kompetensrapport" not in text, text
    assert text.startswith("Kompetensförsörjningen i Västerbotten är en viktig fråga"), text
    assert not any(line.strip() in {"1", "2"} for line in text.split("\n")), text
    assert row["n_removed_lines"] == 4
    assert text[row["page_starts"][1]:].startswith("Andra sidan handlar om Tillväxtverket")


def test_one_page_keeps_a_header_like_first_line():
    raw = placed_pdf([_report_page(1, BODY_ONE)])
    assert document_from_bytes(raw, "rapport.pdf", PARAMS)["text"].startswith("Kompetensrapport 2023")


LEFT = ["Vänster rubrik", "Region Skåne arbetar med", "kompetensförsörjning i hela", "länet och med kommunerna."]
RIGHT = ["Höger rubrik", "Tillväxtverket stödjer", "företagen med nya insatser", "för kompetens i landet."]


def _two_columns(title: str | None = "Två spalter om kompetens") -> bytes:
    runs = [(72, 780, 14, title)] if title else []
    y = 740.0
    for left, right in zip(LEFT, RIGHT, strict=True):
        size = 13 if left.endswith("rubrik") else 11
        runs += [(72, y, size, left), (310, y, size, right)]  # written row by row, as some generators do
        y -= 14
    runs.append((72, y - 20, 11, "En avslutande rad över hela sidans bredd om Vinnova och regionens arbete."))
    return placed_pdf([runs])


def test_two_columns_written_row_by_row_are_read_column_by_column():
    row = document_from_bytes(_two_columns(), "spalter.pdf", PARAMS)
    text = row["text"]
    assert "Region Skåne arbetar med kompetensförsörjning i hela länet och med kommunerna." in text, text
    assert "Tillväxtverket stödjer företagen med nya insatser för kompetens i landet." in text, text
    assert text.index("Vänster rubrik") < text.index("länet och med") < text.index("Höger rubrik")
    assert text.index("för kompetens i landet.") < text.index("En avslutande rad")
    assert row["title"] == "Två spalter om kompetens"


def test_column_heads_do_not_make_one_title():
    row = document_from_bytes(_two_columns(title=None), "spalter.pdf", PARAMS)
    assert row["title"] == "Vänster rubrik", row["text"]


def test_a_label_value_table_is_not_two_columns():
    from pipeline.ingest.columns import Box, find_gutter, reading_order

    rows = range(600, 700, 14)
    table = [Box(72, y, 120, y + 10) for y in rows] + [Box(310, y, 500, y + 10) for y in rows]
    assert find_gutter(table, 595) is None  # narrow labels beside values: read row by row
    prose = [Box(72, y, 280, y + 10) for y in rows] + [Box(310, y, 520, y + 10) for y in rows]
    assert find_gutter(prose, 595) is not None
    assert reading_order([None, 0, 1, 0, 1, None, 0]) == [0, 1, 3, 2, 4, 5, 6]
