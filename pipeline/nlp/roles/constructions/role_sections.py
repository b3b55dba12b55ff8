"""Members listed under headers that give their roles:
    **Mediestödsnämnden har nu följande sammansättning:**   (the body; else the headline's body)
    **Ordförande:**
    F.d. kammarrättslagmannen Anita Linder (…)
    **Ny ersättare och vice ordförande:**
    Kammarrättslagmannen Mattias Almqvist (…)
-> Anita Linder ordförande, Mattias Almqvist ersättare and vice ordförande of the body."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title
from pipeline.nlp.roles.orgs_near import is_body_slot


def role_header(ctx: RoleContext, s: int, e: int) -> list[Title]:
    """The titles of a header line made of titles only ("**Nya ledamöter:**", "## Ny ersättare och vice
    ordförande:"); empty for any other line."""
    doc = ctx.doc
    if not ctx.is_header(s, e):
        return []
    in_line = [t for t in ctx.titles if s <= t.start and t.end <= e]
    if not in_line:
        return []
    fillers = ctx.cues.header_fillers
    for tok in doc[s:e]:
        if any(t.start <= tok.i < t.end for t in in_line):
            continue
        if tok.lower_ not in fillers and tok.text.strip("*#_:"):
            return []
    return in_line


def headline_body(ctx: RoleContext, lines: list[tuple[int, int]]) -> Span | None:
    """The body a headline names as the place of the members: "Nya ledamöter i X:s styrelse", "Ytterligare
    ledamot och ersättare i mediestödsnämnden" (a named committee in lower case is made an ORG)."""
    if not lines:
        return None
    doc = ctx.doc
    s0, e0 = lines[0]
    orgs = [o for o in ctx.all if o.label_ == "ORG" and s0 <= o.start and o.end <= e0 and is_body_slot(ctx, o)
            and not (o.end < len(doc) and doc[o.end].lower_ in ctx.cues.appointing)]
    if orgs:
        return orgs[-1]
    endings = tuple(sorted(ctx.cues.committee_ending))
    for j in range(s0 + 1, e0):
        if doc[j - 1].lower_ in ("i", "till") and doc[j].is_lower and doc[j].lower_.endswith(endings) \
                and len(doc[j]) > 9 and not ctx.covered(j) and ctx.settings.add_orgs:
            return ctx.add(Span(doc, j, j + 1, label="ORG"))
    return None


def line_person(ctx: RoleContext, ls: int, le: int) -> Span | None:
    """The person a list line names within its first words: "F.d. kammarrättslagmannen Anita Linder (…)",
    "Tillträdande stabschef för Utbetalningsmyndigheten Therese Pelow (…)"."""
    doc = ctx.doc
    for p in ctx.all:
        if p.label_ == "PER" and ls <= p.start < ls + 7 and p.end <= le:
            return p
    if not ctx.settings.add_persons:
        return None
    for k in range(ls, min(le, ls + 7)):
        if ctx.covered(k):
            continue
        guess = ctx.guess_person_after(k)
        if guess is not None and (guess.end == le or doc[guess.end].text in ("(", ",")):
            return ctx.add(guess)
    return None


@registered("role_sections")
def role_sections(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    lines = ctx.lines()
    out: list[tuple[Span, Title, Span | None]] = []
    body: Span | None = None
    for n, (s, e) in enumerate(lines):
        if not ctx.is_header(s, e):
            continue
        heads = role_header(ctx, s, e)
        if not heads:
            orgs = [o for o in ctx.all if o.label_ == "ORG" and s <= o.start and o.end <= e]
            if orgs:
                body = orgs[-1]  # "X har nu följande sammansättning:"
            continue
        org = body or headline_body(ctx, lines)
        if org is None:
            continue
        for ls, le in lines[n + 1:]:
            if ctx.is_header(ls, le):
                break
            p = line_person(ctx, ls, le)
            if p is None:
                break
            out += [(p, t, org) for t in heads]
    return out
