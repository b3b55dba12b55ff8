"""Member lists inside one sentence: "Regeringen har utsett följande ledamöter i X:s insynsråd: A, B och C." or
"Styrelsen består av A (ordförande), B och C." -> each person is ledamot (or the role in brackets) of the
organisation named before the list."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.context import Candidate, RoleContext, Title

BRACKET_ROLES = ("ordförande", "ledamot", "suppleant")


def _members(ctx: RoleContext, k: int, by_start: dict[int, Span]) -> list[tuple[Span, str]]:
    doc = ctx.doc
    members: list[tuple[Span, str]] = []
    while k < len(doc):
        p = by_start.get(k)
        if p is None:
            break
        role, k = "ledamot", p.end
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].lower_ in BRACKET_ROLES:
            role, k = doc[k + 1].lower_, k + 3
        elif k + 3 < len(doc) and doc[k].text == "(" and doc[k + 3].text == ")" and \
                f"{doc[k + 1].lower_} {doc[k + 2].lower_}" == "vice ordförande":
            role, k = "vice ordförande", k + 4
        members.append((p, role))
        if k < len(doc) and doc[k].lower_ in (",", "och", "samt"):
            k += 1
            continue
        break
    return members


@registered("inline_members")
def inline_members(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc, ents = ctx.doc, ctx.all
    seen = {(c.person.start, c.title.role) for c in found}
    out: list[tuple[Span, Title, Span | None]] = []
    by_start = {e.start: e for e in ents if e.label_ == "PER"}
    for tok in doc:
        colon = tok.text == ":" and tok.i + 1 < len(doc) and "\n" not in doc[tok.i + 1].text_with_ws \
            and "\n" not in tok.whitespace_
        consists = tok.lower_ == "av" and tok.i > 0 and doc[tok.i - 1].lower_ in ("består", "utgörs")
        if not (colon or consists):
            continue
        cue = tok.i
        s, _e = ctx.sentence_bounds(cue)
        if not any(t.lower_ in ctx.cues.member_cue or t.lower_ in ("styrelsen", "består") for t in doc[s:cue]):
            continue
        orgs = [o for o in ents if o.label_ == "ORG" and s <= o.start and o.end <= cue]
        if not orgs:
            continue
        members = _members(ctx, cue + 1, by_start)
        if len(members) < 2:
            continue
        out += [(p, Title(p.end, p.end, role, p.end), orgs[-1]) for p, role in members if (p.start, role) not in seen]
    return out
