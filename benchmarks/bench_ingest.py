"""Speed of ingest's format readers on generated documents (a report, not a test).

    python benchmarks/bench_ingest.py [--quick]

- PDF: pages/second of `document_from_bytes` (extraction, chrome removal, paragraphs, cleaning, language check)
  on generated reports of 50 and 200 pages, against the bare pypdfium2 text call (`get_text_range` per page) on
  the same bytes in the same run.
- .docx: MB of document.xml per second for 1, 4 and 16 MB of XML (linear: the rate should not fall with size),
  against python-docx (the reader this replaced; paragraph texts and styles) on the 1 MB file when installed.
- .odt: MB of content.xml per second at 4 MB.
- HTML nested 30,000 levels deep: seconds to text.
- A .docx whose document.xml inflates 0.6 MB -> 200 MB: seconds to the `too_large` row.

Writes benchmarks/results/ingest.json and prints one line per measurement.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.ingest import document_from_bytes  # noqa: E402  (after the path fix, for a plain script)
from tests.test_ingest_samples import docx_paragraph, make_docx, make_odt, make_pdf  # noqa: E402

RESULTS = Path("benchmarks/results")
PARAMS = {"corpus_dir": "corpus", "max_bytes": 500_000_000, "min_chars": 20, "min_swedish_score": 0.5}
PARAGRAPH = (
    "Region Västerbotten arbetar med kompetensförsörjning tillsammans med kommunerna, Arbetsförmedlingen och "
    "Umeå universitet. Behoven inom hälso- och sjukvården är stora och utbildningarna behöver byggas ut."
)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def report_pdf(n_pages: int) -> bytes:
    words = PARAGRAPH.split()
    lines: list[str] = []
    for i in range(0, len(words) * 3, 9):
        lines.append(" ".join((words * 3)[i : i + 9]))
    page = ["Kapitel om regional kompetens", "", *lines, "", *lines[:8], "", *lines]
    return make_pdf([page] * n_pages, header="Regional kompetensförsörjning 2023", footer="Sida {n}")


def bench_pdf(n_pages: int, repeat: int) -> dict:
    import pypdfium2

    raw = report_pdf(n_pages)

    def bare():
        document = pypdfium2.PdfDocument(raw)
        for page in document:
            page.get_textpage().get_text_range()
        document.close()

    row = document_from_bytes(raw, "rapport.pdf", PARAMS)
    assert row["status"] == "ok" and len(row["page_starts"]) == n_pages, row["status_detail"]
    ours = best_of(lambda: document_from_bytes(raw, "rapport.pdf", PARAMS), repeat)
    base = best_of(bare, repeat)
    return {
        "pages": n_pages,
        "pages_per_s": round(n_pages / ours, 1),
        "pypdfium2_text_only_pages_per_s": round(n_pages / base, 1),
        "ratio_to_text_only": round(ours / base, 2),
    }


def docx_bytes(xml_mb: float) -> tuple[bytes, int]:
    one = docx_paragraph(PARAGRAPH)
    n = int(xml_mb * 1_000_000 / len(one.encode()))
    body = "".join(docx_paragraph("Rubrik", style="Heading1") if i % 50 == 0 else one for i in range(n))
    raw = make_docx(body)
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        size = archive.getinfo("word/document.xml").file_size
    return raw, size


def bench_docx(sizes: list[float], repeat: int) -> dict:
    out: dict = {"ours": []}
    for mb in sizes:
        raw, size = docx_bytes(mb)
        assert document_from_bytes(raw, "r.docx", PARAMS)["status"] == "ok"
        seconds = best_of(lambda raw=raw: document_from_bytes(raw, "r.docx", PARAMS), repeat)
        out["ours"].append(
            {"xml_mb": round(size / 1e6, 2), "seconds": round(seconds, 3), "mb_per_s": round(size / 1e6 / seconds, 2)}
        )
    try:
        import docx
    except ImportError:
        out["python_docx"] = "not installed"
        return out
    # python-docx needs a complete package, so the comparison file is written by python-docx itself; both readers
    # are timed on those same bytes.
    document = docx.Document()
    for i in range(5_000):
        document.add_paragraph("Rubrik" if i % 50 == 0 else PARAGRAPH, style="Heading 1" if i % 50 == 0 else None)
    buffer = io.BytesIO()
    document.save(buffer)
    raw = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        size = archive.getinfo("word/document.xml").file_size

    def python_docx():
        parsed = docx.Document(io.BytesIO(raw))
        for paragraph in parsed.paragraphs:
            _ = paragraph.text, paragraph.style.name

    theirs = best_of(python_docx, 1)
    ours = best_of(lambda: document_from_bytes(raw, "r.docx", PARAMS), repeat)
    out["same_file"] = {
        "xml_mb": round(size / 1e6, 2),
        "python_docx_seconds": round(theirs, 3),
        "ours_seconds": round(ours, 3),
        "speedup": round(theirs / ours, 1),
    }
    return out


def bench_odt(mb: float, repeat: int) -> dict:
    one = f"<text:p>{PARAGRAPH}</text:p>"
    raw = make_odt(one * int(mb * 1_000_000 / len(one.encode())))
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        size = archive.getinfo("content.xml").file_size
    assert document_from_bytes(raw, "r.odt", PARAMS)["status"] == "ok"
    seconds = best_of(lambda: document_from_bytes(raw, "r.odt", PARAMS), repeat)
    return {"xml_mb": round(size / 1e6, 2), "seconds": round(seconds, 3), "mb_per_s": round(size / 1e6 / seconds, 2)}


def bench_deep_html(depth: int) -> dict:
    html = ("<html><body>" + "<div>" * depth + f"<p>{PARAGRAPH}</p>" + "</div>" * depth + "</body></html>").encode()
    start = time.perf_counter()
    row = document_from_bytes(html, "djup.html", PARAMS)
    return {"depth": depth, "seconds": round(time.perf_counter() - start, 3), "status": row["status"]}


def bench_bomb() -> dict:
    buffer = io.BytesIO()
    chunk = b"<w:p><w:r><w:t>" + b"a" * 1_000_000 + b"</w:t></w:r></w:p>"
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(200):
            part.write(chunk)
    raw = buffer.getvalue()
    start = time.perf_counter()
    row = document_from_bytes(raw, "bomb.docx", {k: v for k, v in PARAMS.items() if k != "max_bytes"})
    return {"bytes": len(raw), "seconds": round(time.perf_counter() - start, 4), "status": row["status"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, one repetition")
    args = parser.parse_args()
    repeat = 1 if args.quick else 3
    results = {
        "machine": platform.platform(),
        "python": platform.python_version(),
        "pdf": [bench_pdf(n, repeat) for n in ((20,) if args.quick else (50, 200))],
        "docx": bench_docx([1, 4] if args.quick else [1, 4, 16], repeat),
        "odt": bench_odt(1 if args.quick else 4, repeat),
        "deep_html": bench_deep_html(30_000),
        "docx_bomb": bench_bomb(),
    }
    for key, value in results.items():
        print(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
