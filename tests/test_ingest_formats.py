"""One test per format (txt, md, html, docx) and per encoding; text metadata from the seeds."""

from __future__ import annotations

import io
import sys
from datetime import date

import pytest

from pipeline.ingest import document_from_bytes, read_document
from pipeline.ingest.decode import decode_bytes
from pipeline.ingest.formats import extract_html, strip_markdown
from pipeline.ingest.metadata import parse_date
from tests.test_ingest_helpers import PARAMS, SEEDS, SWEDISH


def doc(raw: bytes | str, name: str) -> dict:
    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    return document_from_bytes(raw, name, PARAMS)


# ------------------------------------------------------------------ formats


def test_txt():
    row = doc("Kompetens i Skåne\n\n" + SWEDISH, "a.txt")
    assert row["status"] == "ok" and row["format"] == "txt" and row["encoding"] == "utf-8"
    assert row["title"] == "Kompetens i Skåne"
    assert row["text"].startswith("Kompetens i Skåne\n\nRegion Skåne arbetar")
    assert row["n_chars"] == len(row["text"])
    assert row["language"] == "sv" and row["language_score"] > 0.9


def test_md():
    raw = (
        "---\ntitle: Lärserie om kompetens\ndate: 2022-03-01\n---\n"
        "# Rubrik i texten\n\nDet är **viktigt** att *alla* läser [rapporten](https://example.se/r.pdf).\n\n"
        "![Svetsare i arbete](bild.jpg)\n\n> Ett citat om snake_case_namn.\n\n- punkt ett\n\n" + SWEDISH
    )
    row = doc(raw, "notes/a.md")
    assert row["status"] == "ok" and row["format"] == "md"
    assert row["title"] == "Lärserie om kompetens"
    assert row["published"] == date(2022, 3, 1)
    text = row["text"]
    assert text.startswith("Rubrik i texten\n\nDet är viktigt att alla läser rapporten.")
    assert "Svetsare i arbete" in text and "Ett citat om snake_case_namn." in text and "- punkt ett" in text
    for syntax in ("#", "**", "](", "---", "> "):
        assert syntax not in text


def test_md_title_from_heading():
    assert strip_markdown("## Del __två__\n\nText") == "Del två\n\nText"
    row = doc("# Regional utveckling\n\n" + SWEDISH, "b.md")
    assert row["title"] == "Regional utveckling"


HTML = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">
<title>Möte om kompetens - Tillväxtverket</title>
<meta property="og:site_name" content="Tillväxtverket">
<meta property="article:published_time" content="2019-06-19T10:00:00+02:00">
<script>var x = "Gå direkt till huvudinnehållet";</script></head>
<body><header><a href="#main">Gå direkt till huvudinnehållet</a><nav><ul><li>Start</li><li>Om oss</li>
</ul></nav></header>
<main id="main"><article><h1>Möte på hög nivå om kompetensförsörjning</h1>
<p>En delegation med fyra statssekreterare från fyra av regeringens departement träffade Västra
Götalandsregionen och Region Östergötland 19 juni i Linköping för ett samtal om kompetensförsörjning.</p>
<h2>Bakgrund</h2>
<p>Samtalen handlade om centrala delar i kompetensförsörjningsarbetet idag och framåt. Bakgrunden är att den
regionala nivån kan bidra till förbättrad matchning på arbetsmarknaden.</p>
<p>Programmet finns på <a href="https://reglab.se">Reglab.se<span>länk till annan webbplats, öppnas i nytt
fönster</span></a></p></article></main>
<footer><p>Tillväxtverket, 117 86 Stockholm</p></footer></body></html>"""


def test_html():
    row = doc(HTML, "web/mote.html")
    assert row["status"] == "ok" and row["format"] == "html"
    assert row["title"] == "Möte på hög nivå om kompetensförsörjning"  # <h1> before <title>
    assert row["publisher"] == "Tillväxtverket"
    assert row["published"] == date(2019, 6, 19)
    text = row["text"]
    assert "En delegation med fyra statssekreterare" in text and "Bakgrunden är att" in text
    assert "var x" not in text and "Om oss" not in text
    assert "länk till annan webbplats" not in text
    assert "\n\n" in text  # one paragraph per block


def test_html_title_falls_back_to_title_tag_and_lxml_text():
    raw = f"<html><head><title>Regional utveckling</title></head><body><div>{SWEDISH}</div></body></html>"
    extracted = extract_html(raw.encode("utf-8"))
    assert extracted.title == "Regional utveckling"
    assert "kompetensförsörjning" in extracted.text


def test_htm_extension():
    assert doc(HTML, "b.htm")["format"] == "html"


def test_docx(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Kompetensförsörjning i Skåne", level=1)
    document.add_paragraph(SWEDISH.strip())
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Region Skåne"
    table.cell(0, 1).text = "Arbetsförmedlingen"
    document.add_paragraph("Kontakt: Anita Sandell")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "rapport.docx"
    path.write_bytes(buffer.getvalue())
    row = read_document(path, {**PARAMS, "corpus_dir": str(tmp_path)})
    assert row["status"] == "ok" and row["format"] == "docx" and row["path"] == "rapport.docx"
    assert row["title"] == "Kompetensförsörjning i Skåne"
    assert row["text"].startswith("Kompetensförsörjning i Skåne\n\nRegion Skåne arbetar")
    assert "Region Skåne | Arbetsförmedlingen" in row["text"]
    assert row["text"].endswith("Kontakt: Anita Sandell")


def test_docx_core_title_wins(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.core_properties.title = "Rapport om kompetens"
    document.add_paragraph(SWEDISH.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    assert doc(buffer.getvalue(), "r.docx")["title"] == "Rapport om kompetens"


def test_docx_that_is_not_a_zip():
    row = doc(b"Det h\xe4r \xe4r inte ett Word-dokument alls, bara text.", "fake.docx")
    assert row["status"] == "decode_error"
    assert "not a Word .docx file" in row["status_detail"]


# ------------------------------------------------------------------ encodings

TEXT = "Kompetensförsörjning i Västra Götaland och Region Östergötland är viktig för många – även i Skåne.\n"


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM: NUL pattern
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.replace("–", "-").encode("latin-1"), "cp1252"),  # latin-1 bytes are read as their superset
    ],
)
def test_encodings(raw, encoding):
    text, found = decode_bytes(raw)
    assert found == encoding
    assert text.replace("–", "-") == TEXT.replace("–", "-")


def test_cp1252_seed_roundtrip():
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    row = doc(seed.encode("cp1252", errors="replace"), "legacy.txt")
    reference = doc(seed, "seed.txt")
    assert row["encoding"] == "cp1252"
    assert row["text"] == reference["text"]


def test_short_latin1_is_not_misdetected():
    text, encoding = decode_bytes("Skåne är här.".encode("latin-1"))
    assert text == "Skåne är här." and encoding == "cp1252"


def test_mojibake_file_is_repaired():
    row = doc("KompetensfÃ¶rsÃ¶rjning i regionen\n\n" + SWEDISH, "moji.txt")
    assert row["status"] == "ok"
    assert row["title"] == "Kompetensförsörjning i regionen"
    assert row["text"].startswith("Kompetensförsörjning i regionen")


def test_crlf_file():
    row = doc(("Rubrik\r\n\r\n" + SWEDISH).replace("\n", "\r\n"), "crlf.txt")
    assert "\r" not in row["text"]


# ------------------------------------------------------------------ metadata from the text


@pytest.mark.parametrize(
    ("prefix", "title", "publisher", "published"),
    [
        ("000", "Samling kring kompetensförsörjning", "Tillväxtverket", None),
        ("001", "Möte på hög nivå om kompetensförsörjning", None, None),
        ("002", "Regional kompetensförsörjning", "Tillväxtverket", None),
        ("003", "Lärserie: kompetensförsörjning för skånska branscher", None, None),
        ("004", "En skjuts framåt för regional kompetensförsörjning", None, date(2019, 5, 15)),
    ],
)
def test_seed_metadata(prefix, title, publisher, published):
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    row = read_document(path, {**PARAMS, "corpus_dir": str(SEEDS)})
    assert row["status"] == "ok"
    assert row["path"] == path.name
    assert (row["title"], row["publisher"], row["published"]) == (title, publisher, published)


def test_published_line_and_path_date():
    row = doc("Rubrik om kompetens\n\nPublicerad: 15 maj 2019\n\n" + SWEDISH, "x.txt")
    assert row["published"] == date(2019, 5, 15)
    assert doc("Rubrik\n\n" + SWEDISH, "nyheter/2020-01-31-mote.txt")["published"] == date(2020, 1, 31)
    month = doc("Rubrik\n\n" + SWEDISH, "nyheter/2020/01/mote.txt")  # the press releases' layout
    assert (month["published"], month["published_source"], month["published_precision"]) == (
        date(2020, 1, 1),
        "path",
        "month",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-05-15", date(2019, 5, 15)),
        ("2019-05-15T10:00:00+02:00", date(2019, 5, 15)),
        ("15 maj 2019", date(2019, 5, 15)),
        ("1 okt. 2021", date(2021, 10, 1)),
        ("2019-02-30", None),
        ("igår", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_title_rules():
    assert doc("Pressmeddelande\n\nRegeringen satsar på kompetens\n\n" + SWEDISH, "p.txt")["title"] == (
        "Regeringen satsar på kompetens"
    )
    # no headline: a subheading after the first paragraph is not the title
    assert doc(SWEDISH + "\nBakgrund\n\n" + SWEDISH, "q.txt")["title"] is None
    # a date in a body sentence is not the publication date
    body = "Rubrik\n\n" + SWEDISH + "Rapporten publicerad 2018-03-01 visar att behoven är stora.\n"
    assert doc(body, "r.txt")["published"] is None


def test_read_document_with_absolute_path(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    (path,) = SEEDS.glob("004_*.txt")
    row = read_document(path.resolve(), PARAMS)  # corpus_dir "corpus" relative to the working folder
    assert row["path"] == path.name and row["status"] == "ok"


def test_html_without_trafilatura(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails -> lxml fallback
    extracted = extract_html(HTML.encode("utf-8"))
    assert extracted.extra["extractor"] == "lxml"
    row = doc(HTML, "fallback.html")
    text = row["text"]
    assert row["status"] == "ok" and row["title"] == "Möte på hög nivå om kompetensförsörjning"
    assert "Gå direkt" not in text and "Om oss" not in text and "117 86" not in text  # header/nav/footer
    assert "Programmet finns på Reglab.se" in text
    assert "Västra Götalandsregionen och Region Östergötland 19 juni" in text  # source newlines joined
