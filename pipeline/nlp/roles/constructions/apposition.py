"""A: a title in apposition after the name: "Mikael Sjöberg, GD Arbetsförmedlingen", "Sara Berg, Svenska
Akademiens ständiga sekreterare", "Eva Ek, journalist, tidigare SVT-chef", "Anna Ek (S), kommunalråd", and in
member lists after a dash: "* Lars Berg – vikarierande generaldirektör för Verket"."""

from __future__ import annotations

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title, org_closing_apposition
from pipeline.nlp.roles.people_near import skip_description

DASHES = ("–", "—", "-")


@registered("apposition")
def apposition(ctx: RoleContext, t: Title) -> Link | None:
    doc = ctx.doc
    k = t.start - 1
    follows = ctx.ent_at(t.end, "PER") if t.end < len(doc) else None
    genitive = ctx.ent_at(t.start, "ORG", end=True) if k >= 0 else None
    if genitive is not None and genitive.start >= 1 and doc[genitive.start - 1].text == "," and \
            genitive.text.endswith("s") and follows is None:
        k = genitive.start - 1  # "Sara Berg, Svenska Akademiens ständiga sekreterare"
    k = skip_description(doc, k)
    if follows is not None and len(follows) == 1 and k >= 1 and doc[k].text == "," and \
            ctx.ent_at(k, "PER", ctx.ents, end=True) is not None:
        follows = None  # "Mia Ek, danschef Norrdans": the one word after the title is the employer
    if k < 0 or doc[k].text != "," and not (k >= 1 and doc[k].text in DASHES) or follows is not None:
        return None  # a dash stands where the comma would in member lists
    j = k
    if j >= 3 and doc[j - 1].text == ")" and doc[j - 3].text == "(":
        j -= 3
    person = ctx.ent_at(j, "PER", ctx.ents, end=True)
    if person is None and ctx.settings.add_persons:
        person = ctx.guess_person_before(j)
        if person is not None:
            ctx.add(person)
    if person is None:
        return None
    org = genitive if genitive is not None and k == genitive.start - 1 else org_after_title(ctx, t)
    if org is None:
        org = org_closing_apposition(ctx, t)
    # "minister Max Elger, generaldirektören för Finansinspektionen, Erik Thedéen": the person before already has
    # a title in front; this title belongs to the name after it.
    if any(u.end == person.start for u in ctx.titles if u is not t):
        after = org.end if org is not None and org.start >= t.end else t.end
        if after + 1 < len(doc) and doc[after].text == ",":
            nxt = ctx.ent_at(after + 1, "PER")
            if nxt is not None:
                person = nxt
    return Link(person, org)
