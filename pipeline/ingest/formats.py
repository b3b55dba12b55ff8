"""Per-format extraction: raw bytes -> raw text (one string per page for PDF) plus format-given metadata.

Pure functions (bytes and the ingest settings in, `Extracted` out). Decoding failures raise `decode.DecodeFailure`;
a file that is not valid in its format (a .docx that is not a Word file), or whose package is over the size
limits, raises `FormatError` with its status. Cleaning happens afterwards (`clean.clean_document`). The formats
themselves live in small modules: webpage (HTML), office (.docx, .odt), pdf; plain text, Markdown and RTF are here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pipeline.ingest.decode import DecodeFailure, decode_bytes, strip_controls
from pipeline.ingest.metadata import parse_date


class FormatError(Exception):
    """The bytes are not a valid file of the format its extension claims (or too large once unpacked)."""

    def __init__(self, message: str, status: str = "decode_error") -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Extracted:
    text: str
    encoding: str | None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    extra: dict = field(default_factory=dict)
    pages: list[str] | None = None  # paged formats: the text of each page (then `text` is unused)
    removed: int = 0  # lines/blocks the extractor itself left out as chrome (HTML menus, PDF running headers)
    notes: list[str] = field(default_factory=list)  # what the extractor had to repair or fall back on


# ---------------------------------------------------------------- plain text

# Encodings that need no comment; any other (cp1252, latin-1 ...) is noted in status_detail as a repair.
UNICODE_ENCODINGS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"})


def decode_noted(raw: bytes) -> tuple[str, str, list[str]]:
    """decode_bytes with stray control characters removed, plus a note for each repair: an encoding that had to
    be guessed, control characters (NUL ...) taken out."""
    text, encoding = decode_bytes(raw)
    text, controls = strip_controls(text)
    notes = [] if encoding in UNICODE_ENCODINGS else [f"not valid UTF-8: decoded as {encoding}"]
    if controls:
        notes.append(f"{controls} control character(s) (NUL, escape ...) removed")
    return text, encoding, notes


def extract_txt(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    text, encoding, notes = decode_noted(raw)
    return Extracted(text=text, encoding=encoding, notes=notes)


# ---------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A link destination: <anything but newline and >>, or a URL whose parentheses balance (one level deep, as in
# Wikipedia's "Umeå_(stad)"); then an optional quoted title. Stopping at the first ")" left "klicka här)".
_MD_DEST = r"\(\s*(?:<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$", re.MULTILINE), ""),  # code fences (content kept)
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]" + _MD_DEST), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]" + _MD_DEST), r"\1"),  # links -> link text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis *x*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis _x_
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,2}[ \t]+(.+?)[ \t]*#*[ \t]*$", re.MULTILINE)
_SETEXT_H1 = re.compile(r"^(\S.*)\n=+[ \t]*$", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """Minimal Markdown -> text: headings, emphasis, links, images, quotes, rules; list markers are kept."""
    text = re.sub(r"^(\S.*)\n(?:=+|-+)[ \t]*$", r"\1", text, flags=re.MULTILINE)  # setext headings
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return text[match.end() :], fields


def extract_md(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    text, encoding, notes = decode_noted(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, front = _front_matter(text)
    heading = _MD_HEADING.search(text) or _SETEXT_H1.search(text)
    title = front.get("title") or (strip_markdown(heading.group(1)).strip() if heading else None)
    published = None
    for key in ("date", "published"):
        value = front.get(key)
        if value and published is None:
            published = parse_date(value)
            if published is None:
                notes.append(f"front matter {key}: {value!r} is not a date (use 2023-05-17); ignored")
    publisher = front.get("publisher") or None
    return Extracted(
        strip_markdown(text), encoding, title=title, publisher=publisher, published=published, notes=notes
    )


# ---------------------------------------------------------------- HTML


def extract_html(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    from pipeline.ingest.webpage import extract_page

    text, encoding, notes = decode_noted(raw)
    page = extract_page(text)
    return Extracted(
        page.text,
        encoding,
        title=page.title,
        publisher=page.publisher,
        published=page.published,
        extra={"extractor": page.extractor},
        removed=page.removed,
        notes=notes + page.notes,
    )


# ---------------------------------------------------------------- Word, OpenDocument


def _package(reader, raw: bytes, settings: Mapping[str, Any] | None) -> Extracted:
    from pipeline.ingest.office import PackageError

    try:
        pages, title = reader(raw, settings or {})
    except PackageError as err:
        raise FormatError(str(err), err.status) from err
    # A package is a ZIP of XML parts; there is no text encoding to report.
    return Extracted("", None, title=title, pages=pages)


def extract_docx(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    from pipeline.ingest.office import docx_text

    return _package(docx_text, raw, settings)


def extract_odt(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    from pipeline.ingest.office import odt_text

    return _package(odt_text, raw, settings)


# ---------------------------------------------------------------- RTF

_RTF_CODEPAGE = re.compile(rb"\\ansicpg(\d+)")


def extract_rtf(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    """RTF via striprtf; the code page (\\ansicpgNNNN, default 1252) decodes \\'xx escapes and 8-bit bytes."""
    from striprtf.striprtf import rtf_to_text

    if not raw.lstrip()[:5] == b"{\\rtf":
        raise FormatError("not an RTF file (it does not start with {\\rtf)")
    match = _RTF_CODEPAGE.search(raw[:2000])
    encoding = f"cp{match.group(1).decode()}" if match else "cp1252"
    try:
        "".encode(encoding)
    except LookupError:
        encoding = "cp1252"
    text = rtf_to_text(raw.decode(encoding, errors="replace"), encoding=encoding, errors="replace")
    return Extracted(text.replace("\r\n", "\n"), encoding)


# ---------------------------------------------------------------- PDF

_PDF_FILENAME_TITLE = re.compile(
    r"(?:microsoft (?:word|powerpoint) - |untitled|namnlös)|\.(?:docx?|pptx?|indd|pdf)$", re.IGNORECASE
)


def extract_pdf(raw: bytes, settings: Mapping[str, Any] | None = None) -> Extracted:
    from pipeline.ingest.pdf import PdfError, pdf_pages

    if not raw.lstrip()[:5] == b"%PDF-":
        raise FormatError("not a PDF file (no %PDF- header)")
    try:
        pages, removed, info = pdf_pages(raw, (settings or {}).get("max_chars"))
    except PdfError as err:
        raise FormatError(str(err), err.status) from err
    title = " ".join(info.get("Title", "").split()) or None
    if title and _PDF_FILENAME_TITLE.search(title):
        title = None  # "Microsoft Word - rapport.docx" names a file, not the document
    return Extracted("", None, title=title, pages=pages, removed=removed)


EXTRACTORS: dict[str, tuple[str, Callable[..., Extracted]]] = {
    ".txt": ("txt", extract_txt),
    ".text": ("txt", extract_txt),
    ".md": ("md", extract_md),
    ".markdown": ("md", extract_md),
    ".html": ("html", extract_html),
    ".htm": ("html", extract_html),
    ".xhtml": ("html", extract_html),
    ".docx": ("docx", extract_docx),
    ".odt": ("odt", extract_odt),
    ".rtf": ("rtf", extract_rtf),
    ".pdf": ("pdf", extract_pdf),
}

__all__ = ["EXTRACTORS", "DecodeFailure", "Extracted", "FormatError", "strip_markdown"]
