"""B/C with a subject field or a second description between title and name: "docenten i företagsekonomi Mart Ots",
"professorn och historikern Lars Trägårdh", "vd och koncernchef Anna Ek"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_person


@registered("subject_field")
def subject_field(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    if t.end + 2 >= len(doc) or doc[t.end].lower_ not in ("i", "och") or not (
            doc[t.end + 1].is_lower and doc[t.end + 1].is_alpha):
        return None
    after = next((u.end for u in ctx.titles if u.start == t.end + 1), t.end + 2)
    person = ctx.ent_at(after, "PER")
    if person is None:
        return None
    return Link(person, ctx.ent_at(t.start, "ORG", end=True) or org_after_person(ctx, person))
