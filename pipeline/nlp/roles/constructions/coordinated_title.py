"""Coordinated titles: "Kristina Rennerstedt, ordförande, f d generaldirektör och statssekreterare": a title right
after another title (and its organisation) has the same holder."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title


@registered("coordinated_title")
def coordinated_title(ctx: RoleContext, t: Title) -> Link | None:
    if t.start < 2 or ctx.doc[t.start - 1].lower_ not in (",", "och", "samt", "/"):
        return None
    prev = ctx.chain_end.get(t.start - 1)
    if prev is None:
        return None
    return Link(prev, org_after_title(ctx, t, allow_guess=False))
