"""An apposition with a title that is not in titles.tsv, closed by an organisation: "Anna Berg, kulturstrateg vid
Region Skåne" -> the common noun after the comma is the title (the tagger must call it a noun, and the
organisation must follow at once)."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title


@registered("unlisted_title")
def unlisted_title(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc, ents = ctx.doc, ctx.all
    has_role = {c.person.start for c in found}
    out: list[tuple[Span, Title, Span | None]] = []
    orgs = {e.start: e for e in ents if e.label_ == "ORG"}
    for p in ents:
        if p.label_ != "PER" or p.start in has_role or p.end + 3 >= len(doc) or doc[p.end].text != ",":
            continue
        word, prep = doc[p.end + 1], doc[p.end + 2]
        org = orgs.get(p.end + 3)
        if org is None or prep.lower_ not in ("vid", "på", "hos", "i") or not word.is_alpha \
                or not word.is_lower or len(word) < 5 or word.pos_ != "NOUN" or word.lower_ in ctx.lex.stopwords:
            continue
        out.append((p, Title(p.end + 1, p.end + 2, ctx.normalise(word.text), p.end + 1), org))
    return out
