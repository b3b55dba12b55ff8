"""D: an appointment: "Anna Ek utses till generaldirektör för X"; "Regeringen har utsett A, B och C till ledamöter
i X" gives the title to every name of the list."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title
from pipeline.nlp.roles.people_near import appointed_person, coordinated_before


@registered("appointment")
def appointment(ctx: RoleContext, t: Title) -> Link | None:
    person = appointed_person(ctx, t)
    if person is None:
        return None
    org = org_after_title(ctx, t, allow_guess=False)
    return Link(person, org, [(p, org) for p in coordinated_before(ctx, person, ctx.all)])
