"""HTML ingest: any nesting depth keeps its text, chrome is counted, library warnings become an explanation."""

from __future__ import annotations

import logging

import pytest

from pipeline.ingest import document_from_bytes
from pipeline.ingest.webpage import LXML_MAX_DEPTH, extract_page, token_blocks, tree_blocks
from tests.test_ingest_helpers import PARAMS, SWEDISH

SENTENCE = SWEDISH.strip()


@pytest.mark.parametrize("depth", [300, 2_100, 30_000])
def test_deep_html_keeps_its_text(depth, caplog):
    caplog.set_level(logging.DEBUG)
    html = (
        "<html><head><title>Djup sida</title></head><body><nav>Meny Start Om oss</nav>"
        + "<div>" * depth
        + f"<p>{SENTENCE}</p>"
        + "</div>" * depth
        + "<footer>Kontakta oss</footer></body></html>"
    )
    row = document_from_bytes(html.encode("utf-8"), "djup.html", PARAMS)
    assert row["status"] == "ok", row["status_detail"]
    assert row["text"] == SENTENCE
    assert f"HTML nested deeper than {LXML_MAX_DEPTH} levels" in row["status_detail"]
    assert row["n_removed_lines"] == 2  # the nav and the footer
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]  # no unexplained library warnings


def test_trafilatura_warning_becomes_the_note(caplog, monkeypatch):
    """A page trafilatura gives up on: its warning is in status_detail, not in the log."""
    import trafilatura

    def gives_up(html, **kwargs):
        logging.getLogger("trafilatura.core").warning("discarding data: %s", None)
        return None

    monkeypatch.setattr(trafilatura, "extract", gives_up)
    caplog.set_level(logging.DEBUG)
    page = extract_page(f"<html><body><nav>Meny</nav><p>{SENTENCE}</p></body></html>")
    assert page.extractor == "lxml" and page.text == SENTENCE and page.removed == 1
    assert page.notes == ["trafilatura found no main content (discarding data: None); text from lxml"]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_html_chrome_is_counted():
    html = (
        "<html><body><header><a>Gå till innehåll</a><nav><ul><li>Start</li><li>Nyheter</li><li>Om oss</li></ul>"
        f"</nav></header><main><article><h1>Kompetens i Skåne</h1><p>{SENTENCE}</p>"
        f"<p>{SENTENCE.replace('Skåne', 'Halland')}</p></article></main>"
        "<footer><p>Region Skåne, 291 89 Kristianstad</p><p>Cookies</p></footer></body></html>"
    )
    row = document_from_bytes(html.encode("utf-8"), "sida.html", PARAMS)
    assert row["status"] == "ok"
    assert "Nyheter" not in row["text"] and "291 89" not in row["text"]
    assert row["n_removed_lines"] >= 5  # header link, three menu items, the footer's lines


def test_walks_are_iterative():
    """Both text walks handle nesting far beyond Python's recursion limit."""
    import lxml.html

    html = "<div>" * 5_000 + "tekst" + "</div>" * 5_000
    assert token_blocks(html) == (["tekst"], 0)
    tree = lxml.html.document_fromstring(f"<html><body>{'<span>' * 200}ord{'</span>' * 200}</body></html>")
    assert tree_blocks(tree, frozenset()) == ["ord"]


def test_repeated_paragraph_stays_in_html_and_text():
    html = f"<html><body><article><p>{SENTENCE}</p><p>Mellan.</p><p>{SENTENCE}</p></article></body></html>"
    assert document_from_bytes(html.encode(), "r.html", PARAMS)["text"].count(SENTENCE) == 2
    text = f"Rubrik\n\n{SENTENCE}\n\n{SENTENCE}\n"
    assert document_from_bytes(text.encode(), "r.txt", PARAMS)["text"].count(SENTENCE) == 2


def test_mojibake_repair_is_reported():
    raw = "Rubrik\n\nKompetensfÃ¶rsÃ¶rjning i VÃ¤stra GÃ¶taland och kommunerna.".encode()
    row = document_from_bytes(raw, "m.txt", PARAMS)
    assert "Kompetensförsörjning i Västra Götaland" in row["text"]
    assert "mojibake repaired by ftfy" in row["status_detail"]


def test_legacy_encoding_is_reported():
    row = document_from_bytes(("Rubrik\n\n" + SWEDISH).encode("cp1252"), "l.txt", PARAMS)
    assert row["status"] == "ok" and row["status_detail"] == "not valid UTF-8: decoded as cp1252"
