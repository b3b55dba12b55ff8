"""G: a genitive name before an appointment noun: "Robert Andréns förordnande som landshövding och chef för
Länsstyrelsen i X"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title


@registered("appointment_noun")
def appointment_noun(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    if t.start < 3 or doc[t.start - 1].lower_ != "som" or doc[t.start - 2].lower_ not in ctx.cues.appointment_noun:
        return None
    p = ctx.ent_at(t.start - 2, "PER", end=True)
    if p is None or not p.text.endswith("s"):
        return None
    return Link(p, org_after_title(ctx, t, allow_guess=False))
