"""Columns on a PDF page, from the positions of its text runs: where the gutter is, and the reading order.

PDFium returns a page's text in content-stream order. A generator that writes a two-column page row by row puts
the left and the right column's lines side by side in that order ("Region Skåne arbetar med Tillväxtverket
stödjer ..."), so the page's layout decides instead: the text runs (PDFium's rectangles, one per run of text
without a wide gap) show a gutter when many runs start at one x position in the middle of the page, and the runs
left of it end before it, side by side with runs right of it. Such a page is read section by section: a line
that spans the gutter (a title, a closing paragraph) ends a section; inside one, the left column top to bottom,
then the right column. Pure functions over boxes; pipeline/ingest/pdf.py feeds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

MIN_COLUMN_RUNS = 3  # runs on each side of a gutter before a page counts as having columns
MAX_SPANNING_SHARE = 0.25  # at most this share of the runs may cross the gutter (titles, full-width paragraphs)
MIN_COLUMN_WIDTH = 0.2  # a column's runs are prose: their median width is at least this share of the page
X_TOLERANCE = 3.0  # points: runs of one column start within this of each other


@dataclass(frozen=True)
class Box:
    left: float
    bottom: float
    right: float
    top: float


def _overlaps_vertically(a: Box, b: Box) -> bool:
    return min(a.top, b.top) > max(a.bottom, b.bottom)


def find_gutter(runs: Sequence[Box], page_width: float) -> float | None:
    """The x position of a gutter between two columns, or None for a page read as one column."""
    if len(runs) < 2 * MIN_COLUMN_RUNS:
        return None
    starts = Counter(round(r.left / X_TOLERANCE) for r in runs if 0.3 * page_width < r.left < 0.7 * page_width)
    for key, count in starts.most_common(3):
        if count < MIN_COLUMN_RUNS:
            break
        gutter = key * X_TOLERANCE - X_TOLERANCE
        left = [r for r in runs if r.right <= gutter]
        right = [r for r in runs if r.left >= gutter]
        spanning = len(runs) - len(left) - len(right)
        if len(left) < MIN_COLUMN_RUNS or spanning > max(2, MAX_SPANNING_SHARE * len(runs)):
            continue
        widths = sorted(r.right - r.left for r in left)
        if widths[len(widths) // 2] < MIN_COLUMN_WIDTH * page_width:
            continue  # narrow labels beside values: a table or a form, read row by row
        side_by_side = sum(any(_overlaps_vertically(a, b) for b in right) for a in left)
        if side_by_side >= MIN_COLUMN_RUNS - 1:
            return gutter
    return None


def column_of(box: Box, gutter: float) -> int | None:
    """0 left of the gutter, 1 right of it, None across it."""
    if box.right <= gutter:
        return 0
    if box.left >= gutter:
        return 1
    return None


def reading_order(columns: Sequence[int | None]) -> list[int]:
    """Indices of lines (in top-to-bottom stream order, each with its column) in reading order: sections end at
    a line across the gutter; inside a section the left column's lines come before the right column's."""
    order: list[int] = []
    section: dict[int, list[int]] = {0: [], 1: []}
    for i, column in enumerate(columns):
        if column is None:
            order += section[0] + section[1]
            section = {0: [], 1: []}
            order.append(i)
        else:
            section[column].append(i)
    return order + section[0] + section[1]
