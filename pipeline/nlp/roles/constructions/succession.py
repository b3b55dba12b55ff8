"""D'': a succession: "Anna Ek efterträder Bo Berg som generaldirektör för X": both held the post."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title


@registered("succession")
def succession(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    if t.start < 3 or doc[t.start - 1].lower_ != "som":
        return None
    prev = ctx.ent_at(t.start - 1, "PER", end=True)
    if prev is None or prev.start < 2 or doc[prev.start - 1].lower_ not in ctx.cues.succeed_verb:
        return None
    subj = ctx.ent_at(prev.start - 1, "PER", end=True)
    org = org_after_title(ctx, t, allow_guess=False)
    return Link(prev, org, [(subj, org)] if subj is not None else [])
