"""B/C: the title right before the name, with the organisation in the genitive before it or after the name:
"Arbetsförmedlingens generaldirektör Mikael Sjöberg", "statssekreterare Elisabeth Backteman",
"FoUU-chef Anders Carlberg på Västra Götalandsregionen". A name the model missed is guessed."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_person


@registered("title_before_name")
def title_before_name(ctx: RoleContext, t: Title) -> Link | None:
    if t.end >= len(ctx.doc):
        return None
    person = ctx.ent_at(t.end, "PER")
    if person is None and ctx.settings.add_persons:
        person = ctx.guess_person_after(t.end)
        if person is not None:
            ctx.add(person)
    if person is None:
        return None
    return Link(person, ctx.ent_at(t.start, "ORG", end=True) or org_after_person(ctx, person))
