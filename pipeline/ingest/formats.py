"""Per-format extraction: raw bytes of a .txt/.md/.html/.docx file -> raw text plus format-given metadata.

Pure functions (bytes in, `Extracted` out). Decoding failures raise `decode.DecodeFailure`; a file that is not
valid in its format (a .docx that is not a Word file) raises `FormatError`. Cleaning happens afterwards, the same
for every format (`clean.clean_text`).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from pipeline.ingest.decode import DecodeFailure, decode_bytes
from pipeline.ingest.metadata import parse_date

log = logging.getLogger(__name__)


class FormatError(Exception):
    """The bytes are not a valid file of the format its extension claims."""

    status = "decode_error"


@dataclass
class Extracted:
    text: str
    encoding: str | None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- plain text


def extract_txt(raw: bytes) -> Extracted:
    text, encoding = decode_bytes(raw)
    return Extracted(text=text, encoding=encoding)


# ---------------------------------------------------------------- markdown

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^```.*$", re.MULTILINE), ""),  # code fences (content kept)
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> link text
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


def extract_md(raw: bytes) -> Extracted:
    text, encoding = decode_bytes(raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, front = _front_matter(text)
    heading = _MD_HEADING.search(text) or _SETEXT_H1.search(text)
    title = front.get("title") or (strip_markdown(heading.group(1)).strip() if heading else None)
    published = parse_date(front.get("date") or front.get("published") or "")
    publisher = front.get("publisher") or None
    return Extracted(strip_markdown(text), encoding, title=title, publisher=publisher, published=published)


# ---------------------------------------------------------------- HTML

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "pubdate",
    "publish-date",
    "publishdate",
)
_BREAK = "\x00"  # paragraph boundary marker (NUL never survives decoding into text)
_BLOCK_TAGS = frozenset(
    {
        *("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "hr", "section", "article"),
        *("main", "blockquote", "pre", "table", "ul", "ol", "dl", "dd", "dt", "figure", "figcaption"),
        *("caption", "button", "label", "option", "select", "address", "details", "summary"),
    }
)
_CELL_TAGS = frozenset({"td", "th"})
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg")


def _html_tree(text: str):
    import lxml.html

    try:
        return lxml.html.document_fromstring(text)
    except (ValueError, lxml.etree.ParserError):  # empty document, or bytes-declaring string
        return None


def _meta(tree) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _squash(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def html_fallback_text(tree) -> str:
    """Visible text of an lxml tree without scripts and page chrome, one paragraph per block element."""
    for bad in tree.xpath("|".join(f"//{tag}" for tag in _DROP_TAGS)):
        bad.drop_tree()
    body = tree.find("body")
    parts: list[str] = []

    def walk(node) -> None:
        block = isinstance(node.tag, str) and node.tag in _BLOCK_TAGS
        if block:
            parts.append(_BREAK)
        if isinstance(node.tag, str) and node.text:  # comments and processing instructions: tail only
            parts.append(node.text)
        for child in node:
            walk(child)
        if block:
            parts.append(_BREAK)
        elif isinstance(node.tag, str) and node.tag in _CELL_TAGS:
            parts.append(" ")
        if node.tail:
            parts.append(node.tail)

    walk(body if body is not None else tree)
    blocks = (" ".join(block.split()) for block in "".join(parts).split(_BREAK))
    return "\n\n".join(block for block in blocks if block)


_WARNED: list[bool] = []


def _trafilatura_text(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError as err:  # e.g. lxml>=5.2 without the lxml_html_clean package
        if not _WARNED:
            _WARNED.append(True)
            log.warning("trafilatura cannot be imported (%s); HTML main text comes from the lxml fallback", err)
        return None
    text = trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        with_metadata=False,
        output_format="txt",
    )
    if not text or not text.strip():
        return None
    # trafilatura puts one block per line; make paragraphs explicit as in the .txt corpus.
    return "\n\n".join(line for line in text.split("\n") if line.strip())


def extract_html(raw: bytes) -> Extracted:
    text, encoding = decode_bytes(raw)
    tree = _html_tree(text)
    if tree is None:
        return Extracted("", encoding)
    meta = _meta(tree)
    h1 = tree.find(".//h1")
    title_tag = tree.find(".//title")
    title = (
        _squash(h1.text_content() if h1 is not None else None)
        or _squash(title_tag.text_content() if title_tag is not None else None)
        or _squash(meta.get("og:title"))
    )
    publisher = _squash(meta.get("og:site_name") or meta.get("publisher") or meta.get("dc.publisher"))
    published = None
    for key in _PUBLISHED_META:
        published = parse_date(meta.get(key, ""))
        if published:
            break
    if published is None:
        time_node = tree.find(".//time[@datetime]")
        if time_node is not None:
            published = parse_date(time_node.get("datetime", ""))
    body = _trafilatura_text(text)
    used = "trafilatura"
    if body is None:
        body = html_fallback_text(tree)
        used = "lxml"
    return Extracted(body, encoding, title=title, publisher=publisher, published=published, extra={"extractor": used})


# ---------------------------------------------------------------- Word


def extract_docx(raw: bytes) -> Extracted:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    if not raw.startswith(b"PK"):
        raise FormatError("not a Word .docx file (no ZIP signature)")
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise FormatError(f"not a readable Word .docx file ({type(err).__name__}: {err})") from err
    blocks: list[str] = []
    heading: str | None = None
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = [" ".join(c.text.split()) for c in row.cells]
                line = " | ".join(dict.fromkeys(c for c in cells if c))
                if line:
                    blocks.append(line)
            continue
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        if heading is None and style.lower().startswith(("title", "heading", "rubrik")):
            heading = text
        blocks.append(text)
    props = document.core_properties
    title = _squash(props.title) or heading
    # A .docx is a ZIP of XML parts; there is no text encoding to report.
    return Extracted("\n\n".join(blocks), None, title=title, publisher=None, published=None)


EXTRACTORS: dict[str, tuple[str, Callable[[bytes], Extracted]]] = {
    ".txt": ("txt", extract_txt),
    ".text": ("txt", extract_txt),
    ".md": ("md", extract_md),
    ".markdown": ("md", extract_md),
    ".html": ("html", extract_html),
    ".htm": ("html", extract_html),
    ".xhtml": ("html", extract_html),
    ".docx": ("docx", extract_docx),
}

__all__ = ["EXTRACTORS", "DecodeFailure", "Extracted", "FormatError", "strip_markdown"]
