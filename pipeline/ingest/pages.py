"""Paged text (PDF) -> one clean string per page: running headers/footers and page numbers removed, lines joined
into paragraphs, line-end hyphenation undone.

Pure functions over `Line`s (a line's text plus, where the extractor knows it, its vertical position). The rules:

- Page chrome: a line in the top or bottom band of a page (`zone` "head"/"foot"; without geometry the first and
  last line of the page) is removed when, with its digits masked, it appears in that band on at least half of the
  pages with text (and on 2 pages at least): "Regional kompetensförsörjning 2023 | Sida 4" is furniture, a
  paragraph that happens to open one page is not, nor is any line over MAX_CHROME_CHARS. A band line that is only
  a page number (resources/page_number_lines.txt) is removed on any page.
- Paragraphs: consecutive lines are one paragraph (joined by a space, because the annotate stage treats every line
  break as a sentence boundary) unless the vertical gap between them exceeds PARAGRAPH_GAP line heights or their
  type size differs (a heading); a line that starts with a list bullet goes on a line of its own.
- Hyphenation: "kompetens-" + "försörjning" -> "kompetensförsörjning"; a hyphen after a capital or digit stays
  ("EU-" + "kommissionen" -> "EU-kommissionen"); a suspended compound keeps hyphen and space ("hälso-" + "och
  sjukvård" -> "hälso- och sjukvård", word list in resources/suspended_hyphen_words.txt). PDFium marks a
  hyphenation it already joined with U+FFFE; the same rule decides what that mark becomes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

PARAGRAPH_GAP = 0.5  # a gap of more than half a line height between two lines starts a new paragraph
FONT_CHANGE = 0.15  # lines whose heights differ by more than this share are not one paragraph
CHROME_SHARE = 0.5  # share of text pages a band line must repeat on to be page chrome
MAX_CHROME_CHARS = 120  # a longer line is a paragraph even when it repeats (headers and footers are short)
SOFT_HYPHEN_MARK = "\ufffe"  # PDFium's marker for a line-end hyphen it has joined


def _data_lines(name: str) -> list[str]:
    text = resources.files("pipeline.ingest").joinpath("resources", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


SUSPENDED_HYPHEN_WORDS = frozenset(_data_lines("suspended_hyphen_words.txt"))
PAGE_NUMBER_LINES = tuple(re.compile(p, re.IGNORECASE) for p in _data_lines("page_number_lines.txt"))

_BULLET = re.compile(r"[•▪◦●○■□➢►‣∙·*]\s|[-–—]\s|\(?\d{1,2}[.)]\s|\(?[a-zåäö][.)]\s")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Line:
    text: str
    top: float | None = None
    bottom: float | None = None
    height: float | None = None
    zone: str | None = None  # "head", "foot" or None (body)


def join_hyphenated(left: str, right: str) -> str:
    """Join `left`, which ends in a line-end hyphen ("-" or U+FFFE), with the next line `right`."""
    stem = left[:-1]
    before = stem[-1:] if stem else ""
    word = _FIRST_WORD.match(right)
    if word and word.group(1).lower() in SUSPENDED_HYPHEN_WORDS:
        return f"{stem}- {right.lstrip()}"
    if not before.isalpha() or not right[:1].isalpha():
        return f"{stem}-{right.lstrip()}" if left.endswith("-") or before.isdigit() else f"{stem} {right.lstrip()}"
    if before.isupper() or right[:1].isupper():
        return f"{stem}-{right.lstrip()}"  # "EU-kommissionen", "Nord-Korea"
    return stem + right.lstrip()


def resolve_soft_hyphens(text: str) -> str:
    """Turn PDFium's U+FFFE marks inside a line into what join_hyphenated would make of them."""
    while SOFT_HYPHEN_MARK in text:
        left, _, right = text.partition(SOFT_HYPHEN_MARK)
        text = join_hyphenated(left + "-", right)
    return text


def is_page_number(text: str) -> bool:
    stripped = text.strip()
    return any(p.fullmatch(stripped) for p in PAGE_NUMBER_LINES)


def _chrome_key(text: str) -> str:
    return " ".join(_DIGITS.sub("#", text.lower()).split())


def _band(lines: list[Line]) -> list[tuple[int, str]]:
    """(index, band) of the lines in a page's header/footer bands."""
    if not lines:
        return []
    if any(line.top is not None for line in lines):
        return [(i, line.zone) for i, line in enumerate(lines) if line.zone]
    out = [(0, "head")]
    if len(lines) > 1:
        out.append((len(lines) - 1, "foot"))
    return out


def strip_page_chrome(pages: list[list[Line]]) -> tuple[list[list[Line]], int]:
    """Remove running headers/footers and page numbers; returns (pages, number of lines removed)."""
    text_pages = sum(1 for lines in pages if lines)
    counts: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        counts.update({(band, _chrome_key(lines[i].text)) for i, band in _band(lines)})
    threshold = max(2, CHROME_SHARE * text_pages)
    removed = 0
    out: list[list[Line]] = []
    for lines in pages:
        drop = {
            i
            for i, band in _band(lines)
            if is_page_number(lines[i].text)
            or (len(lines[i].text) <= MAX_CHROME_CHARS and counts[(band, _chrome_key(lines[i].text))] >= threshold)
        }
        removed += len(drop)
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out, removed


def _new_paragraph(previous: Line, line: Line) -> bool:
    if previous.bottom is None or line.top is None:
        return False
    height = max(previous.height or 0.0, line.height or 0.0) or 1.0
    if abs((previous.height or 0.0) - (line.height or 0.0)) > FONT_CHANGE * height:
        return True  # a heading in a larger type, or a caption in a smaller one
    return previous.bottom - line.top > PARAGRAPH_GAP * height


def page_text(lines: list[Line]) -> str:
    """A page's lines -> paragraphs separated by blank lines; list items on lines of their own."""
    paragraphs: list[list[str]] = []
    previous: Line | None = None
    for line in lines:
        text = resolve_soft_hyphens(line.text).strip()
        if not text:
            continue
        if previous is None or _new_paragraph(previous, line):
            paragraphs.append([text])
        elif _BULLET.match(text):
            paragraphs[-1].append("\n" + text)
        else:
            last = paragraphs[-1][-1]
            if last.endswith("-") and len(last) > 1 and not last.endswith(" -"):
                paragraphs[-1][-1] = join_hyphenated(last, text)
            else:
                paragraphs[-1].append(" " + text)
        previous = line
    return "\n\n".join("".join(parts) for parts in paragraphs)
