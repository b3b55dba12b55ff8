"""Coordinated genitive organisations before a plural title and as many names after it, paired in order:
"Verkets och Myndighetens generaldirektörer Anna Ek och Bo Berg" -> Anna Ek at Verket, Bo Berg at Myndigheten."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import Link, registered
from pipeline.nlp.roles.context import RoleContext, Title

JOINERS = (",", "och", "samt")


def _chain(ctx: RoleContext, first: Span | None, label: str, backwards: bool) -> list[Span]:
    """`first` and the spans of `label` coordinated with it ("A, B och C"), in text order."""
    doc, out, cur = ctx.doc, [], first
    while cur is not None:
        out.append(cur)
        k = cur.start - 1 if backwards else cur.end
        if not (0 <= k < len(doc)) or doc[k].lower_ not in JOINERS:
            break
        cur = ctx.ent_at(k, label, end=True) if backwards else ctx.ent_at(k + 1, label)  # end=True: ends before k
    return out[::-1] if backwards else out


@registered("paired_genitives")
def paired_genitives(ctx: RoleContext, t: Title) -> Link | None:
    if t.start < 1 or t.end >= len(ctx.doc):
        return None
    orgs = _chain(ctx, ctx.ent_at(t.start, "ORG", end=True), "ORG", backwards=True)
    people = _chain(ctx, ctx.ent_at(t.end, "PER"), "PER", backwards=False)
    if len(orgs) < 2 or len(orgs) != len(people) or not all(o.text.endswith("s") for o in orgs):
        return None
    return Link(people[0], orgs[0], list(zip(people[1:], orgs[1:], strict=True)))
