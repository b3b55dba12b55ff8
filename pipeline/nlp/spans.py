"""Putting rule spans into doc.ents: the one place that decides who wins when rules and the model disagree."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.layout import trim_at_line_breaks

register_extensions()


def mark_model_ents(doc: Doc) -> None:
    """Ents that no rule component has touched came from the statistical model; no entity crosses a line break."""
    if any("\n" in ent.text for ent in doc.ents):
        doc.ents = [t for t in (trim_at_line_breaks(e) for e in doc.ents) if t is not None]
    for ent in doc.ents:
        if ent._.source is None:
            ent._.source = "model"


RULE_SPANS_KEY = ("pipeline.nlp", "rule_spans")


def _rule_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Spans placed by rule components, by (start, end, label). Kept in doc.user_data rather than read from
    span._.source because Span extension values are keyed by offsets: a rule span with the same offsets as a
    model span ("Region Skåne" tagged PER by the model) shares its `_` values, so `_.source` cannot tell them
    apart. A list, not a set, so that Doc.to_bytes (msgpack) can serialise it."""
    return doc.user_data.setdefault(RULE_SPANS_KEY, [])


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
    rule_spans = {tuple(key) for key in _rule_spans(doc)}
    existing = list(doc.ents)
    added: list[Span] = []
    for span in sorted(new, key=lambda s: (s.start, -len(s))):
        if any(overlaps(span, a) for a in added):
            continue
        if protect_rule_spans and any(
            (e.start, e.end, e.label_) in rule_spans and overlaps(span, e) for e in existing
        ):
            continue
        added.append(span)
    kept = [e for e in existing if not any(overlaps(e, a) for a in added)]
    doc.ents = sorted(kept + added, key=lambda s: s.start)
    for span in added:
        _rule_spans(doc).append((span.start, span.end, span.label_))
        span._.source = "rule"
    return added
