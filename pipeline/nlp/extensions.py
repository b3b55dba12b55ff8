"""Custom attributes shared by the domain components and the annotate stage (the contract between them).

Doc._.anchor_date   str | None             ISO date ("2019-05-15") that relative/partial dates resolve against;
                                           set by the caller *before* the pipeline runs (annotate does). A
                                           datetime.date is accepted too, but only strings survive
                                           nlp.pipe(n_process > 1) and Doc.to_bytes.
Doc._.roles         list[dict] | None      role relations found by the role matcher, each:
                                           {person_start, person_end, role, role_text, org_start, org_end,
                                            start_char, end_char, post, org_name, org_inferred, status,
                                            country, head, start_date, construction, score, features}
                                           (character offsets into doc.text; org_* are None when no
                                           organisation is linked; roles/component.py says what each is).
Doc._.anchor_granularity  str | None    precision of anchor_date: "day" (default when None), "month" or "year"
                                           (a press release dated only "2016-02": "idag" -> 2016-02).
Doc._.aliases       dict[str, list[str]] | None   {entity_id: surface forms seen in this doc} (canonicaliser).
Span._.canonical    str | None             canonical name ("Tillväxtverkets" -> "Tillväxtverket").
Span._.entity_id    str | None             stable id, the same for every mention of one entity in any document.
Span._.entity_type  str | None             organisation type (myndighet, region, kommun, ...) or place type.
Span._.source       str | None             "model" or "rule" (which component produced the span).
Span._.registry_id  str | None             id of the organisation registry entry the mention links to, if any.
Span._.timex        dict | None            for DATE spans: {value, start_date, end_date, granularity, anchored_to}
                                           with start_date/end_date/anchored_to as ISO date strings or None
                                           (every extension value serialises: msgpack knows no dates).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register_extensions() -> None:
    """Idempotent; every component factory and the annotate stage call it."""
    for name in ("anchor_date", "anchor_granularity", "roles", "aliases"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("canonical", "entity_id", "entity_type", "registry_id", "source", "timex"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()
