"""Putting rule spans into doc.ents: the one place that decides who wins when rules and the model disagree."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions

register_extensions()


def mark_model_ents(doc: Doc) -> None:
    """Ents that no rule component has touched came from the statistical model."""
    for ent in doc.ents:
        if ent._.source is None:
            ent._.source = "model"


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def merge_entities(doc: Doc, new: Iterable[Span], protect_rule_spans: bool = True) -> list[Span]:
    """Add `new` (non-overlapping) spans to doc.ents.

    A new rule span replaces every model span it overlaps ("Region" + "Skåne" -> "Region Skåne",
    "Tillväxtverkets olika" -> "Tillväxtverkets"): the rules encode name shapes the model does not know.
    A span that an earlier rule component put there is kept, and the new one dropped, so the order of the
    rule components is their priority. Returns the spans that were added.
    """
    mark_model_ents(doc)
    existing = list(doc.ents)
    added: list[Span] = []
    for span in sorted(new, key=lambda s: (s.start, -len(s))):
        if any(overlaps(span, a) for a in added):
            continue
        if protect_rule_spans and any(e._.source == "rule" and overlaps(span, e) for e in existing):
            continue
        added.append(span)
    kept = [e for e in existing if not any(overlaps(e, a) for a in added)]
    doc.ents = sorted(kept + added, key=lambda s: s.start)
    return added
