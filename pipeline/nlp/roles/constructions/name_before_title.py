"""E: the name right before the title, as headlines write it: "Urban Hansson Brusewitz ny generaldirektör för
Konjunkturinstitutet"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title


@registered("name_before_title")
def name_before_title(ctx: RoleContext, t: Title) -> Link | None:
    p = ctx.ent_at(t.start, "PER", end=True) if t.start > 0 else None
    if p is None:
        return None
    return Link(p, org_after_title(ctx, t, allow_guess=False))
