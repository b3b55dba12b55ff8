"""PDF bytes -> one text per page, with PDFium (pypdfium2: Apache-2.0/BSD-3, wheels on PyPI, no system library).

PDFium returns a page's text in content-stream order (the order the author's tool wrote it, usually the reading
order) with CR LF between lines. Where the page's text runs show two columns side by side (a generator that wrote
them row by row), lines are split at the gutter and read column by column (pipeline/ingest/columns.py). Each
line's vertical position (the loose box of its first and last character) tells paragraph gaps and whether it is a
header or footer candidate (in the page's top/bottom band, or its first or last lines near the edge); the rules
that use them are in pipeline/ingest/pages.py. A page without any text object (a scanned image) gives "".
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.ingest.columns import Box, column_of, find_gutter, reading_order
from pipeline.ingest.pages import Line, page_text, strip_page_chrome

HEADER_BAND = 0.07  # top/bottom share of the page height where running headers and footers live
# Word processors put headers and page numbers inside the margins, lower than HEADER_BAND: the topmost and
# bottommost EDGE_LINES lines within EDGE_BAND are also candidates (removed only when they repeat on other pages,
# or are a page number), so a 2-page report loses its furniture too.
EDGE_BAND = 0.15
EDGE_LINES = 2


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


def _split_at_gutter(textpage, text: str, start: int, end: int, gutter: float) -> list[tuple[int, int, int | None]]:
    """A line's character range -> its parts left and right of the gutter, each with its column (None: the text
    runs across the gutter without a gap, as a title does)."""
    chars = [(i, textpage.get_charbox(i)) for i in range(start, end) if not text[i].isspace()]
    if not chars:
        return [(start, end, None)]
    first, last = chars[0][1], chars[-1][1]
    column = column_of(Box(first[0], first[1], last[2], last[3]), gutter)
    if column is not None:
        return [(start, end, column)]
    for (_, before), (index, after) in zip(chars, chars[1:], strict=False):
        gap = after[0] - before[2]
        if after[0] >= gutter - 1 and before[2] <= gutter + 1 and gap > max(6.0, 0.6 * (after[3] - after[1])):
            return [(start, index, 0), (index, end, 1)]
    return [(start, end, None)]


def _zones(lines: list[Line], height: float) -> list[Line]:
    """Mark header and footer candidates: lines in the HEADER_BAND, and (on a page of more than EDGE_LINES lines)
    the topmost/bottommost lines of the page within EDGE_BAND."""
    placed = [i for i, line in enumerate(lines) if line.top is not None]
    edge = EDGE_LINES if len(placed) > EDGE_LINES else 0  # a page of a line or two is all body
    top_edge = sorted(placed, key=lambda i: -lines[i].top)[:edge]
    foot_edge = sorted(placed, key=lambda i: lines[i].bottom)[:edge]
    out = []
    for i, line in enumerate(lines):
        zone = None
        if line.top is not None:
            if line.bottom > height * (1 - HEADER_BAND) or (i in top_edge and line.bottom > height * (1 - EDGE_BAND)):
                zone = "head"
            elif line.top < height * HEADER_BAND or (i in foot_edge and line.top < height * EDGE_BAND):
                zone = "foot"
        out.append(replace(line, zone=zone))
    return out


def _page_lines(page) -> list[Line]:
    textpage = page.get_textpage()
    try:
        n_chars = textpage.count_chars()
        if n_chars <= 0:
            return []
        text = textpage.get_text_range(0, n_chars)
        geometry = len(text) == n_chars  # one UTF-16 unit per character: indices line up with char boxes
        if not geometry:
            return [Line(raw) for raw in text.replace("\r\n", "\n").split("\n") if raw.strip()]
        runs = [Box(*textpage.get_rect(i)) for i in range(textpage.count_rects())]
        gutter = find_gutter(runs, page.get_width() or 1.0)
        parts: list[tuple[int, int, int | None]] = []
        start = 0
        for raw in text.split("\r\n"):
            end = start + len(raw)
            if raw.strip():
                parts += _split_at_gutter(textpage, text, start, end, gutter) if gutter else [(start, end, None)]
            start = end + 2
        if gutter:
            parts = [parts[i] for i in reading_order([column for _, _, column in parts])]
        lines: list[Line] = []
        for start, end, _ in parts:
            box = _line_box(textpage, start, end, text)
            lines.append(Line(text[start:end], *box) if box else Line(text[start:end]))
        return _zones(lines, page.get_height() or 1.0)
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
