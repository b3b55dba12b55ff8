"""Office documents (.docx, .odt): ZIP packages of XML parts -> paragraphs of text, in one streaming pass.

Safety first: the ZIP directory is checked before anything is inflated: more than `max_zip_entries` entries, more
than `max_unzipped_bytes` declared uncompressed bytes, or an entry of a megabyte or more that inflates more than
`max_zip_ratio` times is `too_large` (a 0.6 MB "zip bomb" whose document.xml inflates to 200 MB is refused in
milliseconds). Python's zipfile never inflates past an entry's declared size, so the check cannot be lied past.
A package under those limits can still hold tens of millions of characters of text; the text is counted while it
is read and the file is `too_large` as soon as it passes `max_chars`.

Pages: neither format stores a layout, but both record where the writing program broke the pages when it saved
the file (Word: w:lastRenderedPageBreak and page-break runs; LibreOffice: text:soft-page-break and paragraph styles
with a page break before). The readers return the text per page by those marks (a paragraph that runs over a break
counts to the page it starts on), so every sentence gets a page as in a PDF; a file without marks is one page.

The main XML part is read with lxml.etree.iterparse (events on paragraphs and table rows only; each finished
paragraph is cleared), so time and memory are linear in the XML size: python-docx looked up each paragraph's style
in styles.xml and took ~16 s per MB of XML. Tables become one line per row, cells joined by " | ". Text that is
not content is left out: deleted tracked changes, field codes, the VML copy of a text box (mc:Fallback), comments,
footnote numbers.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from typing import Any

from lxml import etree

from pipeline.ingest.params import DEFAULTS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"


RATIO_MIN_BYTES = 1_000_000  # smaller entries are not judged by their compression ratio


class PackageError(Exception):
    """The file is not a readable package; `status` is decode_error or too_large."""

    def __init__(self, message: str, status: str = "decode_error") -> None:
        super().__init__(message)
        self.status = status


def open_package(raw: bytes, kind: str, required: str, settings: Mapping[str, Any]) -> zipfile.ZipFile:
    """Open the ZIP and check its directory against the limits; raises PackageError."""
    limits = {**DEFAULTS, **settings}
    if not raw.startswith(b"PK"):
        raise PackageError(f"not a {kind} file (no ZIP signature)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as err:
        raise PackageError(f"not a readable {kind} file (broken ZIP: {err})") from err
    total = sum(info.file_size for info in infos)
    if len(infos) > limits["max_zip_entries"]:
        raise PackageError(
            f"the {kind} package has {len(infos)} ZIP entries, over ingest.max_zip_entries = "
            f"{limits['max_zip_entries']}; not unpacked",
            "too_large",
        )
    if total > limits["max_unzipped_bytes"]:
        raise PackageError(
            f"the {kind} package would inflate from {len(raw)} to {total} bytes, over ingest.max_unzipped_bytes = "
            f"{limits['max_unzipped_bytes']}; not unpacked",
            "too_large",
        )
    for info in infos:
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > limits["max_zip_ratio"] * max(info.compress_size, 1):
            raise PackageError(
                f"the {kind} package's entry {info.filename} would inflate from {info.compress_size} to "
                f"{info.file_size} bytes, a compression ratio of {info.file_size // max(info.compress_size, 1)}, "
                f"over ingest.max_zip_ratio = {limits['max_zip_ratio']}; not unpacked",
                "too_large",
            )
    if required not in archive.namelist():
        raise PackageError(f"not a {kind} file (no {required} in the ZIP package)")
    return archive


def _events(archive: zipfile.ZipFile, part: str, tags: tuple[str, ...]):
    """iterparse over one part; XML and ZIP errors become PackageError."""
    try:
        with archive.open(part) as stream:
            # huge_tree: long text nodes and deep nesting are allowed (the size limit is checked above);
            # resolve_entities=False: no entity expansion from a hostile DTD.
            yield from etree.iterparse(
                stream, events=("end",), tag=tags, huge_tree=True, resolve_entities=False, no_network=True
            )
    except etree.XMLSyntaxError as err:
        raise PackageError(f"{part} is not well-formed XML ({err})") from err
    except (zipfile.BadZipFile, EOFError, OSError) as err:
        raise PackageError(f"{part} cannot be unpacked ({err})") from err


def _release(element) -> None:
    """Free a finished element and the finished siblings before it (keeps memory flat)."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def _inside(element, cell: str, skip: set[str] | frozenset[str]) -> str | None:
    """'skip' below a non-content element, 'cell' inside a table cell (read with its row), else None."""
    for ancestor in element.iterancestors():
        if ancestor.tag in skip:
            return "skip"
        if ancestor.tag == cell:
            return "cell"
    return None


def _squash(text: str) -> str:
    return " ".join(text.split())


def _row_line(cells: list[str]) -> str:
    return " | ".join(dict.fromkeys(c for c in cells if c))  # merged cells repeat their text: once is enough


class Pages:
    """Text blocks collected page by page; a break on a page without text yet is ignored (Word marks an explicit
    break twice, and a document may start with one). More than `max_chars` characters raise PackageError
    (too_large) at once, so an inflating package costs no more than reading that many."""

    def __init__(self, max_chars: int | None = None, n_bytes: int = 0) -> None:
        self.pages: list[list[str]] = [[]]
        self.max_chars = max_chars
        self.n_bytes = n_bytes
        self.n_chars = 0

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])

    def add(self, text: str, before: bool = False, after: bool = False) -> None:
        if before:
            self.new_page()
        if text:
            self.pages[-1].append(text)
            self.n_chars += len(text)
            if self.max_chars is not None and self.n_chars > self.max_chars:
                raise PackageError(too_many_chars(self.n_bytes, self.n_chars, self.max_chars), "too_large")
        if after:
            self.new_page()

    def texts(self) -> list[str]:
        pages = self.pages[:-1] if len(self.pages) > 1 and not self.pages[-1] else self.pages
        return ["\n\n".join(blocks) for blocks in pages]


def too_many_chars(n_bytes: int, n_chars: int, max_chars: int) -> str:
    return (f"the file of {n_bytes} bytes gives more than {max_chars} characters of text (over ingest.max_chars; "
            f"stopped reading at {n_chars})")


def _break_sides(element, is_break, has_text) -> tuple[bool, bool]:
    """(a page break before any text of `element`, a page break after some of its text)."""
    before = after = seen_text = False
    for node in element.iter():
        if is_break(node):
            if seen_text:
                after = True
            else:
                before = True
        elif has_text(node):
            seen_text = True
    return before, after


def _small_part(archive: zipfile.ZipFile, name: str):
    if name not in archive.namelist():
        return None
    try:
        return etree.fromstring(archive.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError):
        return None  # metadata only: a broken part costs the title, not the document


# ---------------------------------------------------------------- .docx

_W_TEXT = {W + "t": None, W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
HEADING_STYLES = ("title", "heading", "rubrik", "titel")
_DOCX_SKIP = frozenset({MC_FALLBACK})


def _docx_paragraph(p) -> str:
    parts = []
    for node in p.iter(*_W_TEXT):
        if node.tag == W + "t":
            parts.append(node.text or "")
        elif node.getparent() is not None and node.getparent().tag == W + "r":  # not a tab stop definition
            parts.append(_W_TEXT[node.tag])
    return "".join(parts).strip()


def _docx_style_names(archive: zipfile.ZipFile) -> dict[str, str]:
    styles = _small_part(archive, "word/styles.xml")
    if styles is None:
        return {}
    out = {}
    for style in styles.iter(W + "style"):
        name = style.find(W + "name")
        if name is not None:
            out[style.get(W + "styleId", "")] = name.get(W + "val", "")
    return out


def _docx_break(node) -> bool:
    return node.tag == W + "lastRenderedPageBreak" or (node.tag == W + "br" and node.get(W + "type") == "page")


def _docx_has_text(node) -> bool:
    return node.tag == W + "t" and bool((node.text or "").strip())


def docx_text(raw: bytes, settings: Mapping[str, Any]) -> tuple[list[str], str | None]:
    """Return (text per page, paragraphs joined by blank lines; title from docProps/core.xml or the first heading)."""
    archive = open_package(raw, "Word .docx", "word/document.xml", settings)
    styles = _docx_style_names(archive)
    pages = Pages({**DEFAULTS, **settings}["max_chars"], len(raw))
    heading = None
    for _, element in _events(archive, "word/document.xml", (W + "p", W + "tr", MC_FALLBACK)):
        if element.tag == MC_FALLBACK:
            element.clear(keep_tail=True)
            continue
        if _inside(element, W + "tc", _DOCX_SKIP):
            continue  # a table cell's paragraph is read with its row; a fallback copy is dropped with it
        if element.tag == W + "tr":
            cells = [
                _squash(" ".join(_docx_paragraph(p) for p in tc.iter(W + "p"))) for tc in element.iterchildren(W + "tc")
            ]
            pages.add(_row_line(cells))
        else:
            line = _docx_paragraph(element)
            style = element.find(f"{W}pPr/{W}pStyle")
            style_id = style.get(W + "val", "") if style is not None else ""
            name = styles.get(style_id, style_id).lower()
            if heading is None and line and name.startswith(HEADING_STYLES):
                heading = _squash(line)
            before, after = _break_sides(element, _docx_break, _docx_has_text)
            before = before or element.find(f"{W}pPr/{W}pageBreakBefore") is not None
            pages.add(line, before, after)
        _release(element)
    core = _small_part(archive, "docProps/core.xml")
    title = core.findtext(DC_TITLE) if core is not None else None
    return pages.texts(), _squash(title or "") or heading


# ---------------------------------------------------------------- .odt

_ODT_PARAGRAPHS = (TEXT + "p", TEXT + "h")
_ODT_SPACES = {TEXT + "s", TEXT + "tab", TEXT + "line-break"}
# Not content: footnote numbers, comments, deleted text kept for change tracking, image titles/descriptions.
_ODT_SKIP = {TEXT + "note-citation", OFFICE + "annotation", TEXT + "tracked-changes", SVG + "title", SVG + "desc"}


_ODT_BREAK = TEXT + "soft-page-break"


def _odt_has_text(node) -> bool:
    return bool((node.text or "").strip()) and node.tag != _ODT_BREAK


def _page_break_style(style) -> bool:
    properties = style.find(STYLE + "paragraph-properties")
    return properties is not None and properties.get(FO + "break-before") == "page"


def odt_text(raw: bytes, settings: Mapping[str, Any]) -> tuple[list[str], str | None]:
    """Return (text per page, paragraphs joined by blank lines; title from meta.xml or the first heading)."""
    archive = open_package(raw, "OpenDocument .odt", "content.xml", settings)
    tags = (*_ODT_PARAGRAPHS, TABLE + "table-row", *_ODT_SPACES, *_ODT_SKIP, _ODT_BREAK, STYLE + "style")
    pages = Pages({**DEFAULTS, **settings}["max_chars"], len(raw))
    break_styles: set[str] = set()  # automatic paragraph styles that start a new page
    heading = None
    for _, element in _events(archive, "content.xml", tags):
        tag = element.tag
        if tag == STYLE + "style":
            if _page_break_style(element):
                break_styles.add(element.get(STYLE + "name", ""))
            continue
        if tag == _ODT_BREAK:
            if not any(a.tag in _ODT_PARAGRAPHS or a.tag == TABLE + "table-row" for a in element.iterancestors()):
                pages.new_page()  # between paragraphs; one inside a paragraph is read with it
            continue
        if tag in _ODT_SPACES:
            count = int(element.get(TEXT + "c", "1") or 1) if tag == TEXT + "s" else 1
            element.text = " " * min(count, 1000) if tag == TEXT + "s" else "\t" if tag == TEXT + "tab" else "\n"
            continue
        if tag in _ODT_SKIP:
            element.clear(keep_tail=True)
            continue
        if _inside(element, TABLE + "table-cell", _ODT_SKIP):
            continue  # a table cell's paragraph is read with its row; a comment's or deletion's is not content
        if tag == TABLE + "table-row":
            cells = element.iterchildren(TABLE + "table-cell")
            pages.add(_row_line([_squash("".join(cell.itertext())) for cell in cells]))
        else:
            line = "".join(element.itertext()).strip()
            if heading is None and tag == TEXT + "h" and line:
                heading = _squash(line)
            before, after = _break_sides(element, lambda node: node.tag == _ODT_BREAK, _odt_has_text)
            before = before or element.get(TEXT + "style-name") in break_styles
            pages.add(line, before, after)
        _release(element)
    meta = _small_part(archive, "meta.xml")
    title = next((t.text for t in meta.iter(DC_TITLE)), None) if meta is not None else None
    return pages.texts(), _squash(title or "") or heading
