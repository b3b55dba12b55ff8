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
    """Requests other than loading the report file itself. data: and blob: URLs are decoded inside the browser,
    never fetched (Chromium's own date-picker icon is a data: image; a CSV download is a blob:)."""
    return [url for url in p.requests
            if url != report.resolve().as_uri() and not url.startswith(("data:", "blob:"))]


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


def _workbench_report(folder: Path) -> Path:
    from tests.test_trend import with_tokens

    html, _, _ = build(params_for(with_tokens(folder / "outputs"), max_text_chars=1_000_000))
    path = folder / "report.html"
    path.write_text(html, encoding="utf-8")
    return path


def _set(p: Page, selector: str, value: str, event: str = "change") -> None:
    p.evaluate(f"(() => {{ const n = document.querySelector({selector!r}); n.value = {value!r};"
               f"n.dispatchEvent(new Event({event!r})); }})()")


def test_workbench_filters_export_trend_topics_network_and_links(tmp_path: Path) -> None:
    report = _workbench_report(tmp_path)
    with Page() as p:
        p.open(report)
        assert p.errors == []
        orgs = "[data-list=organisations]"
        # filter: by type, then by date range (active until before Region Skåne first appears)
        _set(p, f"{orgs} select[aria-label=type]", "region")
        assert p.evaluate(f"document.querySelector('{orgs}').dataset.rows") == "1"
        _set(p, f"{orgs} select[aria-label=type]", "")
        _set(p, f"{orgs} input[aria-label='first seen until']", "2022-12-31")
        names = p.evaluate(f"[...document.querySelectorAll('{orgs} tbody tr td:first-child')].map(t => t.textContent)")
        assert names == ["Tillväxtverket"]
        # topic filter: Region Skåne's only document has main topic 1
        _set(p, f"{orgs} input[aria-label='first seen until']", "")
        _set(p, f"{orgs} select[aria-label=topic]", "1")
        assert p.evaluate(f"document.querySelector('{orgs}').dataset.rows") == "2"
        _set(p, f"{orgs} select[aria-label=topic]", "0")
        names = p.evaluate(f"[...document.querySelectorAll('{orgs} tbody tr td:first-child')].map(t => t.textContent)")
        assert names == ["Tillväxtverket"]
        # export: what the list shows (every filtered row), as CSV
        p.evaluate(f"document.querySelector('{orgs} button.export').click()")
        export = p.evaluate("window.lastExport")
        lines = export["text"].strip().split("\r\n")
        assert export["name"] == "organisations.csv" and lines[0].startswith("name,type,aliases,documents")
        assert len(lines) == 2 and lines[1].startswith("Tillväxtverket,myndighet,Tillväxtverkets,2,3,")
        # trend: type a term, see a curve with axes and counts, click a period for its documents
        _set(p, "#term-input", "validering", "input")
        bars = p.evaluate("[...document.querySelectorAll('#term-chart rect.bar')].map(r => r.dataset.period)")
        assert bars == ["2022", "2023"]
        ticks = p.evaluate("[...document.querySelectorAll('#term-chart text.tick')].map(t => t.textContent)")
        assert "2022" in ticks and "2" in ticks  # period on the x axis, count on the y axis
        info = p.evaluate("document.getElementById('term-info').textContent")
        assert info == "3 dated documents contain “validering”"
        p.evaluate("document.querySelector('#term-chart rect.bar[data-period=\"2023\"]')"
                   ".dispatchEvent(new MouseEvent('click', {bubbles: true}))")
        assert p.evaluate("document.querySelectorAll('#term-docs li').length") == 2
        p.evaluate("document.getElementById('term-csv').click()")
        assert p.evaluate("window.lastExport.text").split("\r\n")[1:3] == [
            "2022,validering,1,1,1.000000", "2023,validering,2,2,1.000000"]
        # a topic opens its documents
        p.evaluate("document.querySelector('a.topic-link[href=\"#topic/1\"]').click()")
        p.wait("document.querySelector('[data-list=docs]').dataset.rows === '1'")
        assert p.evaluate("document.querySelector('[data-list=docs] tbody td').textContent") == "Nätverket B"
        # network: an organisation's own neighbourhood on click
        p.evaluate("document.querySelector('#network g[data-node]').dispatchEvent(new MouseEvent('click', "
                   "{bubbles: true}))")
        assert p.evaluate("document.querySelectorAll('#network-panel .neighbours li').length") == 1
        assert p.evaluate("document.querySelectorAll('#network path.edge.on').length") == 1
        # links that point nowhere say so instead of throwing
        p.evaluate("location.hash = '#doc/999'")
        p.wait("document.querySelector('#doc-view .bad')")
        assert "No document 999" in p.evaluate("document.querySelector('#doc-view').textContent")
        p.evaluate("location.hash = '#entity/999'")
        p.wait("document.querySelector('#doc-view .bad').textContent.includes('entity')")
        assert p.errors == []
        assert _offline_requests(p, report) == []


def test_network_labels_never_overlap_or_leave_the_frame(tmp_path: Path) -> None:
    """40 organisations with long names, every one linked to its neighbours: the rotated label boxes as drawn."""
    from pipeline.report import svg

    names = [f"Myndigheten för regional utveckling och kompetens nummer {i}" if i % 3 == 0 else f"Region {i}"
             for i in range(40)]
    nodes = [svg.Node(str(i), n, 100 - i, ["myndighet", "region", "kommun"][i % 3]) for i, n in enumerate(names)]
    edges = [(i, (i + k) % 40, float(k)) for i in range(40) for k in (1, 7)]
    page = tmp_path / "network.html"
    css = (REPO / "pipeline" / "report" / "assets" / "report.css").read_text(encoding="utf-8")  # the report's fonts
    page.write_text(f"<!DOCTYPE html><html><head><style>{css}</style></head><body style='margin:0'>"
                    + svg.ring_network(nodes, edges)
                    + "<script>document.body.dataset.ready='1'</script></body></html>", encoding="utf-8")
    with Page(width=1400, height=1400) as p:
        p.open(page)
        frame = p.evaluate("(() => { const r = document.querySelector('svg').getBoundingClientRect();"
                           "return [r.left, r.top, r.right, r.bottom]; })()")
        boxes = p.evaluate(
            "[...document.querySelectorAll('svg text.node')].map(t => { const b = t.getBBox(), m = t.getCTM();"
            "return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]"
            ".map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]); })"
        )
    assert len(boxes) == 40
    for box in boxes:
        for x, y in box:
            assert frame[0] <= x <= frame[2] and frame[1] <= y <= frame[3], (x, y, frame)
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not _polygons_overlap(boxes[i], boxes[j]), (names[i], names[j])


def _polygons_overlap(a: list[list[float]], b: list[list[float]]) -> bool:
    """Separating-axis test for two convex quadrilaterals (touching edges do not count)."""
    for poly in (a, b):
        for k in range(4):
            (x1, y1), (x2, y2) = poly[k], poly[(k + 1) % 4]
            nx, ny = y2 - y1, x1 - x2
            pa = [nx * x + ny * y for x, y in a]
            pb = [nx * x + ny * y for x, y in b]
            if max(pa) <= min(pb) + 1e-6 or max(pb) <= min(pa) + 1e-6:
                return False
    return True


def test_the_overlap_check_sees_an_overlap() -> None:
    square = [[0, 0], [10, 0], [10, 10], [0, 10]]
    assert _polygons_overlap(square, [[5, 5], [15, 5], [15, 15], [5, 15]])
    assert not _polygons_overlap(square, [[11, 0], [20, 0], [20, 10], [11, 10]])


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
