"""How long the report takes to open in a browser, and whether every document is reachable (a report, not a test).

    python benchmarks/bench_report_open.py [OUTPUTS] [--repeat 3]

Opens OUTPUTS/report.html (default outputs/) in headless Chromium (pipeline/report/browser.py; Debian package
`chromium`) `--repeat` times, each in a fresh browser, and times navigation until the page has drawn everything
(body[data-ready], set after the embedded data is decompressed and parsed and every section is built). Then, through
`kompetens serve` on a free local port, opens one document whose text is not embedded and times until its text is
shown. Prints the size, the median and every opening time, the machine's load average, and writes
benchmarks/results/report_open_<n_documents>.json.
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.report.browser import Page  # noqa: E402  (after the path fix, for a plain script)
from pipeline.report.serve import server  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
READY = "document.body && document.body.dataset.ready === '1'"


def open_once(url: str) -> float:
    with Page() as page:
        started = time.perf_counter()
        page.call("Page.navigate", {"url": url})
        page.wait(READY)
        seconds = time.perf_counter() - started
        if page.errors:
            raise SystemExit(f"the report logged errors: {page.errors}")
    return seconds


def embedded_documents(report: Path) -> dict:
    """The report's document columns, decoded from the page as its script decodes them."""
    html = report.read_text(encoding="utf-8")
    start = html.index(">", html.index('id="report-data"')) + 1
    blob = json.loads(gzip.decompress(base64.b64decode(html[start:html.index("</script>", start)].strip())))
    return blob["docs"]


def served_document(outputs: Path, report: Path, docs: dict) -> dict:
    """Open the report through `kompetens serve`, pick a document without embedded text, time until it shows."""
    httpd = server(outputs, report, 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with Page() as page:
            page.call("Page.navigate", {"url": f"http://127.0.0.1:{httpd.server_address[1]}/"})
            page.wait(READY)
            missing = [i for i, (t, st) in enumerate(zip(docs["text"], docs["status"], strict=True))
                       if t is None and st == "ok"]
            if not missing:
                return {"documents_without_text": 0}
            index = missing[len(missing) // 2]
            started = time.perf_counter()
            page.evaluate(f"location.hash = '#doc/{index}'")
            page.wait("document.querySelector('#doc-view .doc-text') && "
                      "!document.querySelector('#doc-view .doc-text p.empty')")
            seconds = time.perf_counter() - started
            chars = page.evaluate("document.querySelector('#doc-view .doc-text').textContent.length")
    finally:
        httpd.shutdown()
        httpd.server_close()
    return {"documents_without_text": len(missing), "served_document_s": round(seconds, 3), "served_chars": chars,
            "served_doc_id": docs["id"][index]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", nargs="?", type=Path, default=Path("outputs"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = args.outputs / "report.html"
    if not report.exists():
        raise SystemExit(f"bench_report_open: {report} not found")
    load_before = os.getloadavg()
    times = [open_once(report.resolve().as_uri()) for _ in range(args.repeat)]
    docs = embedded_documents(report)
    n_docs, n_text = len(docs["id"]), sum(t is not None for t in docs["text"])
    result = {
        "report": str(report), "bytes": report.stat().st_size, "documents": n_docs, "documents_with_text": n_text,
        "open_s_median": round(statistics.median(times), 3), "open_s": [round(t, 3) for t in times],
        **served_document(args.outputs, report, docs),
        "loadavg_before": [round(x, 2) for x in load_before], "loadavg_after": [round(x, 2) for x in os.getloadavg()],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"report_open_{n_docs}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
