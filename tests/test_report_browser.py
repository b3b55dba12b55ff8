"""The report in headless Chromium: it draws every section, lists organisations, highlights entities, opens an
entity's sentences, and makes no network request. Skipped where Chromium is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.report import page as report_page
from pipeline.report.browser import Page, find_chromium
from pipeline.report.build import build
from tests.test_report_build import params_for, write_outputs

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    find_chromium() is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)


def _report(folder: Path) -> Path:
    html, _, _ = build(params_for(folder))
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def _offline_requests(p: Page, report: Path) -> list[str]:
    """Requests other than loading the report file itself."""
    return [url for url in p.requests if url != report.resolve().as_uri()]


def test_synthetic_report_renders_and_stays_offline(tmp_path: Path) -> None:
    report = _report(write_outputs(tmp_path / "outputs"))
    with Page() as p:
        p.open(report)
        assert p.errors == []
        for key, title in report_page.SECTIONS:
            assert p.evaluate(f"document.querySelector('section#{key} h2').textContent") == title
        orgs = p.evaluate("[...document.querySelectorAll('[data-list=organisations] tbody tr td:first-child')]"
                          ".map(td => td.textContent)")
        assert orgs == ["Tillväxtverket", "Region Skåne"]
        marks = p.evaluate("[...document.querySelectorAll('#doc-view mark.ent')].map(m => m.dataset.label)")
        assert "ORG" in marks and "DATE" in marks
        # an entity row links to its sentences
        p.evaluate("document.querySelector('[data-list=organisations] tbody a').click()")
        p.wait("!document.getElementById('evidence').hidden")
        sentences = p.evaluate("[...document.querySelectorAll('#evidence li')].map(li => li.textContent)")
        assert len(sentences) == 3 and any("TillväxtverketsORG nätverk" in s for s in sentences)  # ORG: the tag
        assert any(s.startswith("Inbjudan <b>A</b>") for s in sentences)  # a title is shown as text, not markup
        # search narrows a list
        p.evaluate("const i = document.querySelector('[data-list=organisations] input');"
                   "i.value = 'skåne'; i.dispatchEvent(new Event('input'))")
        assert p.evaluate("document.querySelectorAll('[data-list=organisations] tbody tr').length") == 1
        # a header click sorts; the document search also looks in the texts
        p.evaluate("const i = document.querySelector('[data-list=organisations] input');"
                   "i.value = ''; i.dispatchEvent(new Event('input'));"
                   "document.querySelector('[data-list=organisations] th.sortable').click()")
        assert p.evaluate("document.querySelector('[data-list=organisations] tbody td').textContent") == "Region Skåne"
        p.evaluate("const d = document.querySelector('[data-list=docs] input');"
                   "d.value = 'möts i juni'; d.dispatchEvent(new Event('input'))")
        assert p.evaluate("document.querySelector('[data-list=docs] .info').textContent") == "1–1 of 1"
        assert _offline_requests(p, report) == []
        assert p.evaluate("document.body.dataset.resources") == "0"


def test_the_network_check_sees_a_request(tmp_path: Path) -> None:
    """Control: the same check on a page that does ask for a remote image reports it."""
    report = _report(write_outputs(tmp_path / "outputs"))
    bad = tmp_path / "bad.html"
    remote = '<main><img src="http://example.invalid/x.png">'
    bad.write_text(report.read_text(encoding="utf-8").replace("<main>", remote), encoding="utf-8")
    with Page() as p:
        p.open(bad)
        assert _offline_requests(p, bad) == ["http://example.invalid/x.png"]


@pytest.mark.slow
def test_seed_corpus_report(tmp_path: Path) -> None:
    """The real stages over corpus/ (the five seeds), then the report: seed organisations and people are listed."""
    if not (REPO / "models" / "sv_pipeline" / "meta.json").exists():
        pytest.skip("models/sv_pipeline is not built")
    for name in ("corpus", "models/keywords", "models/topics"):
        shutil.copytree(REPO / name, tmp_path / name)
    (tmp_path / "models" / "sv_pipeline").symlink_to(REPO / "models" / "sv_pipeline")
    shutil.copy2(REPO / "params.yaml", tmp_path / "params.yaml")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for stage in ("ingest", "annotate", "entities", "themes", "report"):
        done = subprocess.run([sys.executable, "-m", f"pipeline.{stage}"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{stage}: {done.stderr[-2000:]}"
    report = tmp_path / "outputs" / "report.html"
    with Page() as p:
        p.open(report)
        assert p.errors == []
        orgs = p.evaluate("[...document.querySelectorAll('[data-list=organisations] tbody tr td:first-child')]"
                          ".map(td => td.textContent)")
        people = p.evaluate("[...document.querySelectorAll('[data-list=people] tbody tr td:first-child')]"
                            ".map(td => td.textContent)")
        assert "Tillväxtverket" in orgs and "Arbetsförmedlingen" in orgs
        assert "Mikael Sjöberg" in people
        assert p.evaluate("document.querySelectorAll('#doc-view mark.ent').length") > 0
        assert _offline_requests(p, report) == []


def test_a_document_without_embedded_text_is_reachable(tmp_path: Path) -> None:
    """Over report.max_text_chars: the opened file names the command that prints the text; served by
    `kompetens serve`, the document view fetches the text with its entities from the local server."""
    import threading

    from pipeline.report.serve import server

    outputs = write_outputs(tmp_path / "outputs")
    html, _, _ = build(params_for(outputs).model_copy(update={"max_text_chars": 1}))
    report = outputs / "report.html"
    report.write_text(html, encoding="utf-8")
    with Page() as p:
        p.open(report)
        p.evaluate("location.hash = '#doc/0'")
        p.wait("document.querySelector('#doc-view .doc-text p.empty')")
        hint = p.evaluate("document.querySelector('#doc-view .doc-text').textContent")
        assert "Text not embedded" in hint and ("kompetens doc db" in hint or "kompetens doc da" in hint)
    httpd = server(outputs, report, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with Page() as p:
            p.call("Page.navigate", {"url": f"http://127.0.0.1:{httpd.server_address[1]}/"})
            p.wait("document.body && document.body.dataset.ready === '1'")
            p.evaluate("location.hash = '#doc/0'")
            p.wait("document.querySelector('#doc-view .doc-text mark.ent')")
            shown = p.evaluate("document.querySelector('#doc-view .doc-text').textContent")
            assert "Region Skåne" in shown or "Tillväxtverket" in shown
            assert "Text not embedded" not in shown
            assert p.errors == []
    finally:
        httpd.shutdown()
        httpd.server_close()
