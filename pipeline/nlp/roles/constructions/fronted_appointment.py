"""D': the title fronted: "Till ny generaldirektör för Trafikverket har regeringen utsett Anna Ek"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title
from pipeline.nlp.roles.people_near import fronted_appointee


@registered("fronted_appointment")
def fronted_appointment(ctx: RoleContext, t: Title) -> Link | None:
    person = fronted_appointee(ctx, t, ctx.all)
    if person is None:
        return None
    return Link(person, org_after_title(ctx, t, allow_guess=False))
