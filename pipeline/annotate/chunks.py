"""Cutting long documents into pieces the spaCy pipeline can take, without cutting a sentence or an entity.

The pipeline ends a sentence and an entity span at every line break (`sv_line_breaks`, `trim_at_line_breaks`),
so a cut right after a line break changes nothing the pipeline would have produced; a paragraph break is preferred
when one is in the second half of the window. A window without any line break (a 20,000-character paragraph) is cut
after its last sentence end, and failing that at its last space. Each step looks at one window once: linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

_SENTENCE_END = re.compile(r"[.!?]\s")


def _cut(window: str) -> int:
    """Length of the piece to take from the start of `window` (> 0)."""
    half = len(window) // 2
    para = window.rfind("\n\n")
    if para >= half:
        return para + 2
    line = window.rfind("\n")
    if line > 0:
        return line + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(window, half)]
    if ends:
        return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > 0 else len(window)


def split_text(text: str, max_chars: int) -> list[tuple[int, str]]:
    """`(offset, piece)` pairs covering `text` exactly, in order, each piece at most `max_chars` long."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    pieces = []
    pos = 0
    while len(text) - pos > max_chars:
        take = _cut(text[pos : pos + max_chars])
        pieces.append((pos, text[pos : pos + take]))
        pos += take
    if pos < len(text) or not pieces:
        pieces.append((pos, text[pos:]))
    return pieces


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    index: int
    offset: int
    text: str
    anchor: str | None  # ISO date the document's relative dates resolve against
    precision: str | None  # day, month or year: how much of the anchor is known


class Document(Protocol):
    doc_id: str
    text: str
    anchor: str | None
    precision: str | None


def chunks_of(documents: Iterable[Document], chunk_chars: int) -> Iterator[Chunk]:
    for doc in documents:
        for index, (offset, text) in enumerate(split_text(doc.text, chunk_chars)):
            yield Chunk(doc.doc_id, index, offset, text, doc.anchor, doc.precision)
