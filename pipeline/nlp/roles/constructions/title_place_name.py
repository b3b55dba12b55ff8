"""B/C with a place between title and name: "landshövdingen i Gävleborg Per Bill" (a place is no employer)."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title


@registered("title_place_name")
def title_place_name(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    if t.end + 2 >= len(doc) or doc[t.end].lower_ not in ("i", "för"):
        return None
    loc = ctx.ent_at(t.end + 1, "LOC")
    person = ctx.ent_at(loc.end, "PER") if loc is not None else None
    return Link(person, None) if person is not None else None
