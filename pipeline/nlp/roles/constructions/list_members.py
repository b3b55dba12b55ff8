"""Members under a list header: "Följande personer ingår i kommittén X:", "Ledamöterna i insynsrådet:", "Vidare
nomineras följande två nya ledamöter till Kungliga Dramaten AB:" -> each listed person is ledamot (or the
ordförande / vice ordförande the line gives) of the header's organisation, else of the one the headline names."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.constructions import registered
from pipeline.nlp.roles.constructions.role_sections import role_header
from pipeline.nlp.roles.context import Candidate, RoleContext, Title
from pipeline.nlp.roles.orgs_near import board_of, board_owner, is_body_slot, named_body

LINE_ROLES = ("vice ordförande", "ordförande", "suppleant", "ledamot")
BULLETS = ("*", "-", "•", "–")


def _header_org(ctx: RoleContext, s: int, e: int, headline_orgs: list[Span]) -> Span | None:
    orgs = [board_owner(ctx, o) for o in ctx.all if o.label_ == "ORG" and s <= o.start and o.end <= e
            and is_body_slot(ctx, o)]
    org = orgs[-1] if orgs else None
    if org is None:
        org = board_of(ctx, s, e, ctx.all)
    if org is None:
        org = named_body(ctx, s, e - 1)
    if org is None and headline_orgs:
        org = headline_orgs[-1]
    return org


def _line_members(ctx: RoleContext, ls: int, le: int) -> list[tuple[Span, Title]] | None:
    """The members one list line names with their roles; None when the line names nobody (the list ended)."""
    doc, lex, cues = ctx.doc, ctx.lex, ctx.cues
    k = ls
    while k < le and doc[k].text in BULLETS:
        k += 1
    # "* Riksdagsledamoten Angelica Bengtsson, ledamot", "* F.d. riksdagsledamoten Olle Wästberg"
    k0 = k
    while k < le and k - k0 < 3 and (doc[k].lower_ in lex.titles or doc[k].lower_ in cues.tenure
                                      or doc[k].lower_ in ("f", "d", "f.d", "d.") or ctx.suffix.match(doc[k].lower_)):
        k += 1
    first = ctx.ent_at(k, "PER")
    if first is None and ctx.settings.add_persons:
        # "Petra Örjegren, redovisningskonsult, ...": a name the model missed, closed by a comma.
        guess = ctx.guess_person_after(k)
        if guess is not None and guess.end < le and doc[guess.end].text == ",":
            first = ctx.add(guess)
    if first is None and k0 > ls:
        # a bullet line with a longer description before the name:
        # "* Ordförande kultur- och fritidsnämnden Gävle kommun Martina Kyngäs, ledamot"
        first = next((p for p in ctx.all if p.label_ == "PER" and ls <= p.start and p.end < le
                      and doc[p.end].text == ","), None)
    if first is None:
        return None
    pers = [p for p in ctx.all if p.label_ == "PER" and ls <= p.start and p.end <= le]
    rest = [tok for tok in doc[k:le] if not any(p.start <= tok.i < p.end for p in pers)]
    members = pers if all(tok.text in (",", "och", "samt", ".") for tok in rest) else [first]
    out = []
    for p in members:
        role = "ledamot"
        if p is first and p.end + 1 < le and doc[p.end].text == ",":
            nxt = doc[p.end + 1:min(le, p.end + 3)].text.lower()
            role = next((cand for cand in LINE_ROLES if nxt.startswith(cand)), role)
        out.append((p, Title(p.end, p.end, role, p.end)))
    return out


@registered("list_members")
def list_members(ctx: RoleContext, found: list[Candidate]) -> list[tuple[Span, Title, Span | None]]:
    doc = ctx.doc
    lines = ctx.lines()
    out: list[tuple[Span, Title, Span | None]] = []
    headline_orgs: list[Span] = []
    if lines:
        s0, e0 = lines[0]
        headline_orgs = [o for o in ctx.ents if o.label_ == "ORG" and s0 <= o.start and o.end <= e0
                         and not (o.start > 0 and doc[o.start - 1].text == "(") and is_body_slot(ctx, o)]
    for n, (s, e) in enumerate(lines):
        if not ctx.is_header(s, e) or not any(tok.lower_ in ctx.cues.member_cue for tok in doc[s:e]):
            continue
        if role_header(ctx, s, e):
            continue  # "**Nya ledamöter:**": role_sections gives each member the header's roles
        org = _header_org(ctx, s, e, headline_orgs)
        if org is None:
            continue
        for ls, le in lines[n + 1:]:
            members = _line_members(ctx, ls, le)
            if members is None:
                break
            out += [(p, t, org) for p, t in members]
    return out
