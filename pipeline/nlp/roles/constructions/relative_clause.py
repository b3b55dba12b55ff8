"""H: a relative clause after the name: "Hon efterträder Bo Berg, som varit generaldirektör sedan 2015"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title

RELATIVE_VERBS = ("varit", "är", "var", "blir", "har", "hade")


@registered("relative_clause")
def relative_clause(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    k = t.start - 1
    while k > 0 and t.start - k <= 4 and doc[k].lower_ in ctx.cues.relative_filler:
        k -= 1
    if not (k >= 2 and k < t.start - 1 and doc[k].lower_ == "som" and doc[k - 1].text == ","
            and doc[k + 1].lower_ in RELATIVE_VERBS):
        return None
    person = ctx.ent_at(k - 1, "PER", end=True)
    if person is None:
        return None
    return Link(person, org_after_title(ctx, t, allow_guess=False))
