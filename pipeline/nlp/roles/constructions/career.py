"""F: career sentences with a sentence-initial subject: "Christina Malm har tidigare varit överdirektör på FRA",
"Hon kommer närmast från rollen som ..."."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title
from pipeline.nlp.roles.people_near import indefinite, sentence_subject


@registered("career")
def career(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    if indefinite(doc, t) or doc[t.start - 1].lower_ == "hos":
        return None
    person = sentence_subject(ctx, t, ctx.all)
    if person is None:
        return None
    org = org_after_title(ctx, t, allow_guess=False)
    if org is None and t.start > 0 and doc[t.start - 1].lower_ == "som":
        # "... på UD:s informationsenhet, bland annat som gruppchef": the organisation named earlier in the
        # same sentence.
        s0 = max(person.end, ctx.sentence_bounds(t.start)[0])
        before = [o for o in ctx.all if o.label_ == "ORG" and s0 <= o.start and o.end <= t.start]
        org = before[-1] if before else None
    return Link(person, org)
