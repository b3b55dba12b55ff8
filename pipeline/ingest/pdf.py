"""PDF bytes -> one text per page, with PDFium (pypdfium2: Apache-2.0/BSD-3, wheels on PyPI, no system library).

PDFium returns a page's text in content-stream order (the order the author's tool wrote it, which for reports is
the reading order, columns included) with CR LF between lines. Each line's vertical position (the loose box of its
first and last character) tells paragraph gaps and whether it sits in the page's header or footer band; the rules
that use them are in pipeline/ingest/pages.py. A page without any text object (a scanned image) gives "".
"""

from __future__ import annotations

from pipeline.ingest.pages import Line, page_text, strip_page_chrome

HEADER_BAND = 0.07  # top/bottom share of the page height where running headers and footers live


class PdfError(Exception):
    """The bytes are not a PDF PDFium can open (or it is encrypted), or give more text than allowed; `status`
    is decode_error or too_large."""

    def __init__(self, message: str, status: str = "decode_error") -> None:
        super().__init__(message)
        self.status = status


def _line_box(textpage, start: int, end: int, text: str) -> tuple[float, float, float] | None:
    """(top, bottom, height) of the characters start..end of a line, from their loose boxes."""
    first = next((i for i in range(start, end) if not text[i].isspace()), None)
    last = next((i for i in range(end - 1, start - 1, -1) if not text[i].isspace()), None)
    if first is None or last is None:
        return None
    _, bottom_first, _, top = textpage.get_charbox(first, loose=True)
    _, bottom, _, _ = textpage.get_charbox(last, loose=True)
    return top, bottom, max(top - bottom_first, 1.0)


def _page_lines(page) -> list[Line]:
    textpage = page.get_textpage()
    try:
        n_chars = textpage.count_chars()
        if n_chars <= 0:
            return []
        text = textpage.get_text_range(0, n_chars)
        geometry = len(text) == n_chars  # one UTF-16 unit per character: indices line up with char boxes
        height = page.get_height() or 1.0
        lines: list[Line] = []
        start = 0
        for raw in text.replace("\r\n", "\n").split("\n") if not geometry else text.split("\r\n"):
            end = start + len(raw)
            box = _line_box(textpage, start, end, text) if geometry and raw.strip() else None
            if box:
                top, bottom, line_height = box
                zone = "head" if bottom > height * (1 - HEADER_BAND) else "foot" if top < height * HEADER_BAND else None
                lines.append(Line(raw, top, bottom, line_height, zone))
            elif raw.strip():
                lines.append(Line(raw))
            start = end + 2
        return lines
    finally:
        textpage.close()


def pdf_pages(raw: bytes, max_chars: int | None = None) -> tuple[list[str], int, dict[str, str]]:
    """Return (text per page, number of lines removed as page chrome, document info such as Title).
    More than `max_chars` characters of text raise PdfError (too_large) as soon as the pages read pass it."""
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(raw)
    except pypdfium2.PdfiumError as err:
        raise PdfError(f"not a readable PDF ({err})") from err
    try:
        pages: list[list[Line]] = []
        n_chars = 0
        for index in range(len(document)):
            page = document[index]
            try:
                pages.append(_page_lines(page))
            finally:
                page.close()
            n_chars += sum(len(line.text) for line in pages[-1])
            if max_chars is not None and n_chars > max_chars:
                raise PdfError(f"the file of {len(raw)} bytes gives more than {max_chars} characters of text "
                               f"(over ingest.max_chars; stopped reading at page {index + 1})", "too_large")
        info = {k: v for k, v in document.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    finally:
        document.close()
    pages, removed = strip_page_chrome(pages)
    return [page_text(lines) for lines in pages], removed, info
