"""The organisation a title or a person is linked to, found in the words around it. Names the model missed are
added as ORG spans (ctx.add) where the construction makes them certain ("VD Validering Väst")."""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.roles.context import BREAK, RoleContext, Title


def _closes(ctx: RoleContext, i: int) -> bool:
    doc = ctx.doc
    return i >= len(doc) or doc[i].text in BREAK or "\n" in doc[i].text


def org_after_title(ctx: RoleContext, t: Title, ents: list[Span] | None = None,
                    allow_guess: bool = True) -> Span | None:
    """The first ORG after the title, before any punctuation: "GD Arbetsförmedlingen",
    "enhetschef för arbetsmarknad på Haninge kommun", "rektor Centrum Vux Haninge kommun"."""
    doc, cues, add_orgs = ctx.doc, ctx.cues, ctx.settings.add_orgs
    ents = ctx.all if ents is None else ents
    endings = tuple(sorted(cues.committee_ending))
    # another title ends the search: "ledamot i styrelsen och professor vid X" names X for the professor only
    stop = len(doc)
    j = t.end
    while j < min(len(doc), stop) and j - t.end <= ctx.settings.max_gap and doc[j].text not in BREAK \
            and "\n" not in doc[j].text:
        org = ctx.ent_at(j, "ORG", ents)
        if org is not None:
            return employer_after_unit(ctx, t, org, ents)
        if j == t.end + 1 and doc[t.end].lower_ in ("i", "för") and add_orgs and doc[j].is_lower and \
                doc[j].lower_.endswith(endings) and len(doc[j]) > 9 and not ctx.covered(j, ents):
            # "vice ordförande i regionutvecklingsnämnden (RUN)": a named committee of a region or municipality
            return ctx.add(Span(doc, j, j + 1, label="ORG"))
        misc = ctx.ent_at(j, "MISC", ents)
        if misc is not None and add_orgs and (j == t.end or j == t.end + 1 and doc[t.end].lower_ in cues.org_prep):
            # "VD Civil Rights Defenders": the name right after a title is the employer
            return ctx.add(Span(doc, misc.start, misc.end, label="ORG"))
        loc = ctx.ent_at(j, "LOC", ents)
        if loc is not None and j == t.end + 1 and doc[t.end].lower_ in ("för", "på", "hos") and add_orgs \
                and (t.role.endswith(("direktör", "chef")) or "ordförande" in t.role) \
                and loc.text not in ctx.lex.places:
            # "VD för Kungsleden": a director is director of a body, not of a place
            return ctx.add(Span(doc, loc.start, loc.end, label="ORG"))
        per = ctx.ent_at(j, "PER", ents)
        if per is not None:
            # "danschef på Norrdans": a one-word "person" right after the preposition is the employer.
            if len(per) == 1 and (j == t.end or doc[j - 1].lower_ in cues.org_prep) and add_orgs:
                return ctx.add(Span(doc, per.start, per.end, label="ORG"))
            return None
        j += 1
    # "VD Validering Väst": an unknown capitalised name right after the title.
    if allow_guess and add_orgs and t.end < len(doc) and (
            ctx.name_like(doc[t.end]) or doc[t.end].text.isupper() and doc[t.end].is_alpha and len(doc[t.end]) >= 2) \
            and not ctx.covered(t.end, ents):
        k = t.end
        while k < len(doc) and k - t.end < 4 and (ctx.name_like(doc[k]) or doc[k].text.isupper() or (
                k > t.end and doc[k].text[:1].isupper() and doc[k].is_alpha and (
                    ctx.lex.head_type(doc[k].lower_) is not None or ctx.lex.suffix_of(doc[k].lower_) is not None))) \
                and not ctx.covered(k, ents):
            k += 1
        return ctx.add(Span(doc, t.end, k, label="ORG"))
    # "VD för Kungsleden" closing a list line: one unknown name after the preposition is the employer.
    j = t.end + 1
    if allow_guess and add_orgs and j < len(doc) and doc[t.end].lower_ in ("för", "på", "vid", "hos") \
            and ctx.name_like(doc[j]) and not ctx.covered(j, ents) and (j + 1 == len(doc) or _closes(ctx, j + 1)):
        return ctx.add(Span(doc, j, j + 1, label="ORG"))
    return None


def employer_after_unit(ctx: RoleContext, t: Title, org: Span, ents: list[Span]) -> Span:
    """"enhetschef för Innehåll och lärande på Statens museer för världskultur": a chief "för" a unit "på" or
    "vid" an organisation is the organisation's; the first name is the unit."""
    doc = ctx.doc
    if not t.role.endswith("chef") or t.end >= len(doc) or doc[t.end].lower_ != "för":
        return org
    k = org.end
    while k + 1 < len(doc) and k - org.end <= 6 and doc[k].text not in BREAK and "\n" not in doc[k].text:
        if doc[k].lower_ in ("på", "vid"):
            return ctx.ent_at(k + 1, "ORG", ents) or org
        k += 1
    return org


def org_after_person(ctx: RoleContext, person: Span, ents: list[Span] | None = None) -> Span | None:
    """"Moderator Catrin Ditz, Storsthlm," / "FoUU-chef Anders Carlberg på X"."""
    doc = ctx.doc
    ents = ctx.all if ents is None else ents
    j = person.end
    if j + 1 < len(doc) and doc[j].lower_ in ("vid", "på", "hos", "från"):
        return ctx.ent_at(j + 1, "ORG", ents)  # "prefekten Eva Lund vid Lunds universitet"
    if j >= len(doc) or doc[j].text != ",":
        return None
    # skip a lower-case subject field between commas: ", makroekonomi, Stockholms universitet"
    k = j + 1
    while k < len(doc) and k - j <= 6 and (doc[k].is_lower and doc[k].is_alpha or
                                            doc[k].text.endswith("-") and doc[k].text[:1].islower()):
        k += 1
    if k > j + 1 and k < len(doc) and doc[k].text == ",":
        org = ctx.ent_at(k + 1, "ORG", ents)
        if org is not None and _closes(ctx, org.end):
            return org
    org = ctx.ent_at(j + 1, "ORG", ents)
    if org is None and j + 2 < len(doc) and doc[j + 1].lower_ in ("från", "vid", "på"):
        # "professor Shi Yinhong, från Renminuniversitet"
        org = ctx.ent_at(j + 2, "ORG", ents)
        if org is not None and (org.end >= len(doc) or doc[org.end].text in BREAK
                                or doc[org.end].lower_ in ("och", "samt")):
            return org
        return None
    if org is None:
        return None
    # "Catrin Ditz, Storsthlm, hälsade ...": an apposition; but "Meeri Wasberg, Region Stockholm,
    # Vinnova och ..." is a list of participants, not the person's organisation.
    nxt = org.end + 1 if org.end < len(doc) and doc[org.end].text == "," else None
    if org.end >= len(doc) or doc[org.end].text in BREAK:
        if nxt is None or nxt >= len(doc):
            return org
        if doc[nxt].lower_ in ("och", "samt") or any(e.start == nxt for e in ents):
            return None
        return org
    return None


def org_closing_apposition(ctx: RoleContext, t: Title, ents: list[Span] | None = None) -> Span | None:
    """"* Bo Berg, vd, Ericsson": an organisation between commas right after an apposition title, closing the
    line or the apposition."""
    doc = ctx.doc
    if t.end + 1 >= len(doc) or doc[t.end].text != ",":
        return None
    org = ctx.ent_at(t.end + 1, "ORG", ents)
    if org is None:
        return None
    if org.end >= len(doc) or "\n" in doc[org.end].text or doc[org.end].text in (".", ";"):
        return org
    return None


def county_board(ctx: RoleContext) -> Span | None:
    """A landshövding heads the county board: when the text names exactly one county board, it is hers."""
    boards = [e for e in ctx.ents if e.label_ == "ORG" and e.text.lower().startswith("länsstyrelsen") and len(e) > 1]
    names = {" ".join(b.text.split()).lower().removesuffix("s") for b in boards}
    return boards[0] if boards and len(names) == 1 else None


def represented_in_sentence(ctx: RoleContext, t: Title, ents: list[Span]) -> Span | None:
    """"Från Västra Götalandsregionen medverkade … FoUU-chef A och regionutvecklare B": a sentence that opens
    with the organisation the people came from gives it to every title after the verb."""
    doc = ctx.doc
    s, _e = ctx.sentence_bounds(t.start)
    if doc[s].lower_ != "från":
        return None
    org = ctx.ent_at(s + 1, "ORG", ents)
    if org is None or org.end >= t.start or doc[org.end].lower_ not in ctx.cues.represent_verb:
        return None
    if t.role.endswith("minister") or t.role in ("riksdagsledamot", "statsråd"):
        return None
    return org


def genitive_before_noun(ctx: RoleContext, org: Span) -> bool:
    """"... och Internationella Valutafondens utvecklingskommitté": the organisation only qualifies a noun."""
    doc = ctx.doc
    return org.text.endswith("s") and org.end < len(doc) and doc[org.end].is_lower and doc[org.end].is_alpha


def is_body_slot(ctx: RoleContext, o: Span) -> bool:
    """An ORG that members belong to ("i X", "till X", "X:s styrelse"), not the acting subject
    ("Kulturdepartementet nominerar ...")."""
    doc, board = ctx.doc, ctx.cues.board_word
    if o[-1].lower_ in board or o.end < len(doc) and doc[o.end].lower_ in board:
        return True
    return o.start > 0 and doc[o.start - 1].lower_ in ("i", "till", "för", "hos", "vid", "inom")


def board_owner(ctx: RoleContext, o: Span) -> Span:
    """"Operans styrelse" tagged as one ORG: the board belongs to "Operans"."""
    if len(o) >= 2 and o[-1].lower_ in ctx.cues.board_word and ctx.settings.add_orgs:
        return ctx.add(Span(ctx.doc, o.start, o.end - 1, label="ORG"))
    return o


def board_of(ctx: RoleContext, s: int, e: int, ents: list[Span]) -> Span | None:
    """"i Kungliga Operans styrelse" / "i Dramatens styrelse" where the model gave no ORG: the genitive
    name before "styrelse" is the organisation."""
    doc = ctx.doc
    for i in range(s + 1, e):
        if doc[i].lower_ not in ctx.cues.board_word:
            continue
        prev = next((x for x in ents if x.end == i), None)
        if prev is not None:
            start = prev.start
        elif doc[i - 1].text[:1].isupper() and doc[i - 1].text.endswith("s"):
            start = i - 1
            while start > s and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in ("i", "till"):
                start -= 1
        else:
            continue
        if ctx.settings.add_orgs:
            return ctx.add(Span(doc, start, i, label="ORG"))
    return None


def named_body(ctx: RoleContext, s: int, e: int) -> Span | None:
    """"kommittén Radio och tv i allmänhetens tjänst" up to the end of the header: a named committee."""
    doc = ctx.doc
    for i in range(s, e - 1):
        if doc[i].lower_ in ctx.cues.body_word and doc[i + 1].text[:1].isupper() and e - (i + 1) <= 8:
            span = Span(doc, i + 1, e, label="ORG")
            if ctx.settings.add_orgs:
                return ctx.add(span)
    return None
