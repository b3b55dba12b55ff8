"""HTML bytes -> main text, metadata, and how many blocks of page chrome were left out.

Three extractors, tried in order:

1. trafilatura (main-content extraction: drops menus, cookie banners, related links) on pages lxml can parse whole.
2. An lxml walk over the visible text without script/style and without the chrome elements (nav, header, footer,
   aside, form), when trafilatura fails or finds no main content.
3. A streaming tokenizer (the standard library's html.parser) for pages nested deeper than libxml2 builds a tree
   for (it stops at 256 levels, 2,048 with huge_tree, and silently drops what is deeper): no tree, so no depth
   limit; same rules as 2.

Every walk is iterative, so no nesting depth raises RecursionError. `removed` counts the visible text blocks the
chosen extractor left out (menus, footers, banners ...), so `n_removed_lines` reflects HTML chrome too. trafilatura's
own log warnings (e.g. "discarding data: None") are captured and become the note that explains the fallback.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

import lxml.html
from lxml import etree

from pipeline.ingest.metadata import parse_date

_BREAK = "\x00"  # block boundary marker (NUL never survives decoding into text)
BLOCK_TAGS = frozenset(
    {
        *("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "hr", "section", "article"),
        *("main", "blockquote", "pre", "table", "ul", "ol", "dl", "dd", "dt", "figure", "figcaption"),
        *("caption", "button", "label", "option", "select", "address", "details", "summary"),
        *("nav", "header", "footer", "aside", "form", "body", "title"),
    }
)
CELL_TAGS = frozenset({"td", "th"})
INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
LXML_MAX_DEPTH = 255  # libxml2's tree depth limit (without huge_tree); a page this deep lost its inner text

PUBLISHED_META = (
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


@dataclass
class Page:
    text: str
    removed: int
    extractor: str
    title: str | None = None
    publisher: str | None = None
    published: object = None
    notes: list[str] = field(default_factory=list)


def _squash(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _blocks(parts: list[str]) -> list[str]:
    blocks = (" ".join(block.split()) for block in "".join(parts).split(_BREAK))
    return [block for block in blocks if block]


def tree_blocks(tree, drop: frozenset[str]) -> list[str]:
    """Visible text blocks of an lxml tree, leaving out elements whose tag is in `drop` (iterative walk)."""
    parts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(tree, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None  # comments and processing instructions: tail only
        if event == "start":
            if tag in drop or tag in INVISIBLE_TAGS:
                skipping += 1
            elif not skipping:
                if tag in BLOCK_TAGS:
                    parts.append(_BREAK)
                if tag and node.text:
                    parts.append(node.text)
            continue
        if tag in drop or tag in INVISIBLE_TAGS:
            skipping -= 1
        elif not skipping:
            parts.append(_BREAK if tag in BLOCK_TAGS else " " if tag in CELL_TAGS else "")
        if not skipping and node.tail and node is not tree:
            parts.append(node.tail)
    return _blocks(parts)


class _Tokenizer(HTMLParser):
    """Visible text blocks from a token stream: no tree, so any nesting depth."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.chrome: list[str] = []
        self.open: Counter[str] = Counter()

    def _sink(self) -> list[str] | None:
        if any(self.open[t] for t in INVISIBLE_TAGS):
            return None
        return self.chrome if any(self.open[t] for t in CHROME_TAGS) else self.parts

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_TAGS or tag in CHROME_TAGS:
            self.open[tag] += 1
        sink = self._sink()
        if sink is not None and tag in BLOCK_TAGS:
            sink.append(_BREAK)

    def handle_startendtag(self, tag, attrs):
        sink = self._sink()
        if sink is not None and tag in BLOCK_TAGS:
            sink.append(_BREAK)

    def handle_endtag(self, tag):
        sink = self._sink()
        if sink is not None:
            sink.append(_BREAK if tag in BLOCK_TAGS else " " if tag in CELL_TAGS else "")
        if self.open[tag]:
            self.open[tag] -= 1

    def handle_data(self, data):
        sink = self._sink()
        if sink is not None:
            sink.append(data)


def token_blocks(html: str) -> tuple[list[str], int]:
    """(content blocks, number of chrome blocks) of an HTML string, by streaming tokenization."""
    tokenizer = _Tokenizer()
    tokenizer.feed(html)
    tokenizer.close()
    return _blocks(tokenizer.parts), len(_blocks(tokenizer.chrome))


def _depth(tree) -> int:
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _trafilatura(html: str, notes: list[str]) -> list[str] | None:
    try:
        import trafilatura
    except ImportError as err:  # e.g. lxml>=5.2 without the lxml_html_clean package
        notes.append(f"trafilatura cannot be imported ({err}); text from the lxml fallback")
        return None
    logger = logging.getLogger("trafilatura")
    capture = _Capture()
    logger.addHandler(capture)
    propagate, logger.propagate = logger.propagate, False  # its warnings become our note instead of log noise
    try:
        text = trafilatura.extract(
            html,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            with_metadata=False,
            output_format="txt",
        )
    except Exception as err:  # noqa: BLE001 - a third-party parser failing on one page must not stop the run
        capture.messages.append(f"{type(err).__name__}: {err}")
        text = None
    finally:
        logger.removeHandler(capture)
        logger.propagate = propagate
    if not text or not text.strip():
        said = "; ".join(dict.fromkeys(capture.messages))
        notes.append("trafilatura found no main content" + (f" ({said})" if said else "") + "; text from lxml")
        return None
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _left_out(all_blocks: list[str], kept: list[str]) -> int:
    """How many of the page's visible blocks are not among the kept ones (multiset difference)."""
    remaining = Counter(kept)
    removed = 0
    for block in all_blocks:
        if remaining[block]:
            remaining[block] -= 1
        else:
            removed += 1
    return removed


def _metadata(tree) -> tuple[str | None, str | None, object]:
    meta: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if key and value and key not in meta:
            meta[key] = value
    h1 = tree.find(".//h1")
    title_tag = tree.find(".//title")
    title = (
        _squash(h1.text_content() if h1 is not None else None)
        or _squash(title_tag.text_content() if title_tag is not None else None)
        or _squash(meta.get("og:title"))
    )
    publisher = _squash(meta.get("og:site_name") or meta.get("publisher") or meta.get("dc.publisher"))
    published = None
    for key in PUBLISHED_META:
        published = parse_date(meta.get(key, ""))
        if published:
            break
    if published is None:
        time_node = tree.find(".//time[@datetime]")
        if time_node is not None:
            published = parse_date(time_node.get("datetime", ""))
    return title, publisher, published


def extract_page(html: str) -> Page:
    """Main text of an HTML page, with the blocks left out counted and a note when a fallback was used."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, etree.ParserError):  # empty document, or a string that declares a byte encoding
        tree = None
    if tree is None:
        blocks, chrome = token_blocks(html)
        return Page("\n\n".join(blocks), chrome, "tokenizer")
    title, publisher, published = _metadata(tree)
    notes: list[str] = []
    depth = _depth(tree)
    if depth >= LXML_MAX_DEPTH:
        blocks, chrome = token_blocks(html)
        notes.append(
            f"HTML nested deeper than {LXML_MAX_DEPTH} levels (lxml and trafilatura drop the deeper text): "
            "text from the streaming tokenizer"
        )
        return Page("\n\n".join(blocks), chrome, "tokenizer", title, publisher, published, notes)
    all_blocks = tree_blocks(tree, frozenset())
    kept = _trafilatura(html, notes)
    extractor = "trafilatura"
    if kept is None:
        kept = tree_blocks(tree, CHROME_TAGS)
        extractor = "lxml"
    return Page("\n\n".join(kept), _left_out(all_blocks, kept), extractor, title, publisher, published, notes)
