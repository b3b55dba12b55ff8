"""C': title, its organisation, then the name: "budgetchefen på Finansdepartementet Urban Hansson Brusewitz",
"Generaldirektören och chefen för Rättsmedicinalverket, Jenny Kvarnholt"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title


@registered("title_org_name")
def title_org_name(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    prep = t.end + 2 if t.end + 2 < len(doc) and doc[t.end].lower_ == "och" and \
        doc[t.end + 1].lower_ in ("chef", "chefen") else t.end
    if prep + 1 >= len(doc) or doc[prep].lower_ not in ctx.cues.org_prep:
        return None
    o = ctx.ent_at(prep + 1, "ORG")
    if o is None:
        return None
    at = o.end + 1 if o.end < len(doc) and doc[o.end].text == "," else o.end
    p = ctx.ent_at(at, "PER")
    if p is None and ctx.settings.add_persons and (at > o.end or ctx.opens(t.start)) and at < len(doc):
        # after a comma, or in a list line "Tillträdande stabschef för X Therese Pelow (…)"
        p = ctx.guess_person_after(at)
        if p is not None:
            ctx.add(p)
    return Link(p, o) if p is not None else None
