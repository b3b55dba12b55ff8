"""Who represented which organisation, after a sentence that gives their title: "Fyra statssekreterare
representerade regeringen. För Näringsdepartementets räkning deltog A. Utbildningsdepartementet representerades av
B och C och från Socialdepartementet närvarade D." -> statssekreterare at each."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title


def _after_verb(ctx: RoleContext, org: Span) -> int | None:
    """The token after the representing verb of "För X:s räkning deltog", "X representerades av", "från X deltog"."""
    doc, verbs = ctx.doc, ctx.cues.represent_verb
    on_behalf = org.start >= 1 and doc[org.start - 1].lower_ == "för" and org.end + 1 < len(doc) \
        and doc[org.end].lower_ == "räkning" and doc[org.end + 1].lower_ in verbs
    passive = org.end + 1 < len(doc) and doc[org.end].lower_ in ("representerades", "företräddes") \
        and doc[org.end + 1].lower_ == "av"
    if on_behalf or passive:
        return org.end + 2
    if org.start >= 1 and doc[org.start - 1].lower_ == "från" and org.end < len(doc) and doc[org.end].lower_ in verbs:
        return org.end + 1
    return None


@registered("represented_by")
def represented_by(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc, ents = ctx.doc, ctx.all
    used = {c.title.start for c in found}
    out: list[tuple[Span, Title, Span | None]] = []
    people = {e.start: e for e in ents if e.label_ == "PER"}
    free = [t for t in ctx.titles if t.start not in used]
    for org in (e for e in ents if e.label_ == "ORG"):
        k = _after_verb(ctx, org)
        if k is None:
            continue
        here = next((t for t in ctx.titles if t.start == k and t.end in people), None)
        if here is not None:
            # the title follows the verb: "För Finansdepartementets räkning deltog statssekreterare Max Elger"
            out.append((people[here.end], here, org))
            continue
        title = next((t for t in reversed(free) if t.end <= org.start and org.start - t.end <= 60), None)
        if title is None:
            continue
        while k in people:
            p = people[k]
            out.append((p, title, org))
            k = p.end + 1 if p.end < len(doc) and doc[p.end].lower_ in ("och", ",", "samt") else len(doc)
    return out
