"""C'': the title as subject, the name after a copula: "Utredare blir Fredrik Wersäll", "Ny ordförande är Anna Ek",
also with the body between ("Ny generaldirektör för Skolverket blir Anna Ek", "Ledamöter i Rådet för X är A, B
och C": every listed name holds it)."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import BREAK, RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_person, org_after_title
from pipeline.nlp.roles.people_near import coordinated_after


@registered("predicative")
def predicative(ctx: RoleContext, t: Title) -> Link | None:
    doc, copula = ctx.doc, ctx.cues.copula
    verb = next((k for k in range(t.end, min(len(doc) - 1, t.end + 8))
                 if doc[k].lower_ in copula or doc[k].text in BREAK or "\n" in doc[k].text), None)
    if verb is None or doc[verb].lower_ not in copula or not ctx.opens(t.start) or ctx.pers_in(t.end, verb):
        return None
    person = ctx.ent_at(verb + 1, "PER")
    if person is None:
        return None
    org = org_after_title(ctx, t, allow_guess=False) if verb > t.end else org_after_person(ctx, person)
    return Link(person, org, [(p, org) for p in coordinated_after(ctx, person, ctx.all)])
