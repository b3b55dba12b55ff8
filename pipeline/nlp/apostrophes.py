"""Names with an apostrophe inside ("McDonald's Sverige AB", "Jonas O'Neill", "O’Learys"): one entity, not cut at
the apostrophe.

The statistical model rarely saw such names: it tags "Sverige AB" without "McDonald's", and "Jonas" or "Jonas O"
without "Neill" (the tokenizer splits a typographic ’ off: "O", "’", "Neill"). `extend_apostrophe_names` widens
such entities over the apostrophe word next to them: a PER over a capitalised word with an apostrophe after its
first letters (O'Neill, D'Angelo) on either side, an ORG leftwards over a capitalised word with an apostrophe
(McDonald's, O'Learys), and any entity that ends or starts inside such a word over the rest of it. Never across a
space inside the apostrophe word, a line break, a sentence start or another entity.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

APOSTROPHES = "'’ʼ"
# One token holding a whole apostrophe word: "McDonald's", "O'Neill", "D'Artagnan".
_WORD = re.compile(rf"[^\W\d_]\w*[{APOSTROPHES}][^\W\d_]\w*")
_CAPITAL_AFTER = re.compile(rf"[^\W\d_]{{1,3}}[{APOSTROPHES}][^\W\d_a-zåäö]\w*")  # O'Neill, D'Angelo, O’Learys


def _attached(doc: Doc, i: int) -> bool:
    """Token i is written against token i + 1 (no space between)."""
    return not doc[i].whitespace_


def _word_at(doc: Doc, start: int) -> int | None:
    """End of an apostrophe word starting at token `start` (one token, or word + apostrophe + word), else None."""
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return None
    if _WORD.fullmatch(doc[start].text):
        return start + 1
    if (start + 2 < len(doc) and doc[start].is_alpha and doc[start + 1].text in APOSTROPHES
            and doc[start + 2].is_alpha and _attached(doc, start) and _attached(doc, start + 1)):
        return start + 3
    return None


def _word_ending_at(doc: Doc, end: int) -> int | None:
    """Start of an apostrophe word ending right before token `end`, else None."""
    for start in (end - 1, end - 3):
        if start >= 0 and _word_at(doc, start) == end:
            return start
    return None


def _is_capital_after(doc: Doc, start: int, end: int) -> bool:
    return bool(_CAPITAL_AFTER.fullmatch(doc[start:end].text))


def _free(doc: Doc, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    if any(start < e and s < end for s, e in taken):
        return False
    return not any("\n" in t.text or (t.is_sent_start and t.i > start) for t in doc[start:end])


def _widened(doc: Doc, ent: Span, taken: list[tuple[int, int]]) -> tuple[int, int]:
    start, end = ent.start, ent.end
    # an entity that stops right after the apostrophe of a word ("Jonas O’" of "O’Neill")
    if (end < len(doc) and end - start >= 2 and doc[end - 1].text in APOSTROPHES and _attached(doc, end - 2)
            and _attached(doc, end - 1) and doc[end].is_alpha and _free(doc, end, end + 1, taken)):
        end += 1
    # an entity that stops inside an apostrophe word ("Jonas O" of "O’Neill", "McDonald" of "McDonald's")
    if end + 1 < len(doc) and doc[end].text in APOSTROPHES and _attached(doc, end - 1):
        inner = _word_at(doc, end - 1)
        if inner == end + 2 and _free(doc, end, end + 2, taken):
            end = inner
    if start >= 2 and doc[start - 1].text in APOSTROPHES and _attached(doc, start - 2):
        outer = _word_ending_at(doc, start + 1)
        if outer == start - 2 and _free(doc, start - 2, start, taken):
            start = outer
    # a whole apostrophe word next to the entity
    after = _word_at(doc, end)
    if ent.label_ == "PER" and after and _is_capital_after(doc, end, after) and _free(doc, end, after, taken):
        end = after
    before = _word_ending_at(doc, start)
    if before is not None and _free(doc, before, start, taken) and (
        ent.label_ == "ORG" or (ent.label_ == "PER" and _is_capital_after(doc, before, start))
    ):
        start = before
    return start, end


def _with_extensions(span: Span, like: Span) -> Span:
    """span with the extension values (source, type) of the entity it replaces."""
    for name in ("source", "entity_type"):
        if Span.has_extension(name):
            setattr(span._, name, getattr(like._, name))
    return span


def _joined_possessives(doc: Doc, ents: list[Span]) -> list[Span]:
    """An English-possessive apostrophe word ("McDonald's", "O'Learys") tagged as an entity of its own (of any label,
    its "s" possibly cut off as a genitive) and directly followed, on the same line, by an ORG ("Sverige AB") is one
    organisation name: the model may tag the two halves apart."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        word_end = _word_at(doc, prev.start) if prev is not None else None
        if (prev is not None and ent.label_ == "ORG" and word_end == ent.start
                and word_end in (prev.end, prev.end + 1) and doc[word_end - 1].text[-1:] in "sS"
                and doc[word_end - 1].whitespace_ == " " and not ent[0].is_sent_start):
            out[-1] = _with_extensions(Span(doc, prev.start, ent.end, label="ORG"), ent)
            continue
        out.append(ent)
    return out


def extend_apostrophe_names(doc: Doc) -> Doc:
    """Widen entities over the apostrophe words they belong to; the new span keeps the old one's extension
    values (source, type) and its place in any span group that held it."""
    joined = _joined_possessives(doc, list(doc.ents))
    if len(joined) != len(doc.ents):
        doc.ents = joined
    ents = list(doc.ents)
    changed = False
    out = []
    for i, ent in enumerate(ents):
        taken = [(e.start, e.end) for j, e in enumerate(ents) if j != i]
        start, end = _widened(doc, ent, taken)
        if (start, end) == (ent.start, ent.end):
            out.append(ent)
            continue
        wide = _with_extensions(Span(doc, start, end, label=ent.label_), ent)
        for key, group in list(doc.spans.items()):
            if any((s.start, s.end, s.label_) == (ent.start, ent.end, ent.label_) for s in group):
                kept = [s for s in group if (s.start, s.end, s.label_) != (ent.start, ent.end, ent.label_)]
                doc.spans[key] = [*kept, wide]
        ents[i] = wide
        out.append(wide)
        changed = True
    if changed:
        doc.ents = out
    return doc
