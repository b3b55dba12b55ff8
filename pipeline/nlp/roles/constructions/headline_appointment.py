"""A headline that announces a title without a name ("Ny generaldirektör utsedd för Swedac", "Försvarsmakten får ny
generaldirektör"): the person the body appoints holds it; "Civilministern besöker X": the minister the headline
names in the definite is the body's first person."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title
from pipeline.nlp.roles.orgs_near import org_after_title

PASSIVE_APPOINTED = ("utsetts", "utnämnts", "anställts")


@registered("headline_appointment")
def headline_appointment(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc, cues, ents = ctx.doc, ctx.cues, ctx.all
    used = {c.title.start for c in found}
    titled = {c.person.start for c in found if c.title.end == c.person.start}
    lines = ctx.lines()
    if not lines:
        return []
    s0, e0 = lines[0]
    if any(p.label_ == "PER" and s0 <= p.start < e0 for p in ents):
        return []
    heads = [t for t in ctx.titles if s0 <= t.start and t.end <= e0 and t.start not in used]
    if len(heads) != 1:
        return []
    t = heads[0]
    if doc[t.head_start].morph.get("Number") == ["Plur"]:
        return []  # "Regeringen förordnar nya ledamöter ...": several people, named in a list below
    org = org_after_title(ctx, t, ents, allow_guess=False)
    if org is None:
        # the organisation the headline names before the title, unless it is the one that appoints
        # ("Försvarsmakten får ny generaldirektör" but not "Regeringen utser ny ...")
        before = [o for o in ents if o.label_ == "ORG" and s0 <= o.start and o.end <= t.start
                  and not (o.end < len(doc) and doc[o.end].lower_ in cues.appointing)]
        org = before[-1] if before else None
    if t.role.endswith("minister") or t.role == "statsråd":
        org = None  # "Civilministern besöker Länsstyrelsen ...": the place visited is not the employer
    announces = any(tok.lower_ in cues.appointing or tok.lower_ in cues.announce_word for tok in doc[s0:e0]) \
        or doc[t.head_start].lower_.endswith("ministern")
    for p in ents:
        if p.label_ != "PER" or p.start < e0:
            continue
        s, e = ctx.sentence_bounds(p.start)
        if sum(tok.text == "(" for tok in doc[s:p.start]) > sum(tok.text == ")" for tok in doc[s:p.start]):
            continue  # inside brackets: a name of something else ("(Children and Armed Conflict, CAAC)")
        if p.start in titled:
            break  # the body's first person has a title of her own ("kontakta pressassistent NN")
        if announces or any(tok.lower_ in cues.appointing or tok.lower_ in PASSIVE_APPOINTED for tok in doc[s:e]):
            return [(p, t, org)]
        break  # only the first person named in the body
    return []
