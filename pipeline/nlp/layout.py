"""Line breaks are boundaries: a blank line ends a headline, a caption or a contact card even without a full stop.

`sv_line_breaks` marks a sentence start after every whitespace token that holds a line break, so a headline is
its own sentence; `trim_at_line_breaks` cuts entity spans that run across a line break ("Reglab.se\\n\\nKontakt"
-> "Reglab.se"), which the statistical NER sometimes predicts over the glued whitespace token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.component("sv_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def trim_at_line_breaks(span: Span) -> Span | None:
    """The part of `span` before its first line-break token, or None if nothing is left."""
    for token in span:
        if "\n" in token.text:
            end = token.i
            while end > span.start and span.doc[end - 1].is_space:
                end -= 1
            return Span(span.doc, span.start, end, label=span.label) if end > span.start else None
    return span
