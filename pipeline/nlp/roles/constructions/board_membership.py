"""Board membership: "NN sitter i Fortifikationsverkets styrelse" -> ledamot of Fortifikationsverket."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title
from pipeline.nlp.roles.people_near import sentence_subject


@registered("board_membership")
def board_membership(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc, ents = ctx.doc, ctx.all
    out: list[tuple[Span, Title, Span | None]] = []
    for org in ents:
        if org.label_ != "ORG" or org.end >= len(doc) or doc[org.end].lower_ not in ctx.cues.board_word:
            continue
        if org.start == 0 or doc[org.start - 1].lower_ not in ("i", "till"):
            continue
        t = Title(org.start - 1, org.end + 1, "ledamot", org.end)
        subj = sentence_subject(ctx, t, ents)
        if subj is not None:
            out.append((subj, t, org))
    return out
