"""What a role says besides person, title and organisation: the holder's status on the post, the country of the
office, one spelling per post, and an evidence span that stays inside one sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.nlp.roles.context import Candidate, RoleContext

WINDOW = 6  # words before the title that can say "tidigare", "utses", "lämnar"
LONG_WINDOW = ("career", "relative_clause")  # the verb that dates the post can stand far before the title
APPOINTING = ("appointment", "fronted_appointment", "headline_appointment")  # appointed in the text: from now on
LISTS = ("list_members", "role_sections")  # members under a header line
SUPRANATIONAL = {"eu:s": "EU", "eus": "EU", "fn:s": "UN", "fns": "UN", "eu-kommissionens": "EU"}


def status(ctx: RoleContext, c: Candidate) -> str:
    """current, acting, former, incoming or outgoing, from the title's modifiers first ("tf.", "f.d.", "ny",
    "tillträdande", "avgående"), then from the words between the holder and the title in the sentence (all of
    them in a career sentence: "Hon har sedan 2015 arbetat på UD, bland annat som enhetschef")."""
    doc, cues = ctx.doc, ctx.cues
    t = c.title
    mods = [tok.lower_ for tok in doc[t.start:t.head_start]]
    pairs = {f"{a} {b}" for a, b in zip(mods, mods[1:], strict=False)}
    if any(m in cues.status_acting for m in mods):
        return "acting"
    if any(m in cues.status_former for m in mods) or pairs & {"f d", "f. d.", "före detta"}:
        return "former"
    if any(m in cues.status_outgoing for m in mods):
        return "outgoing"
    if any(m in cues.status_incoming for m in mods):
        return "incoming"
    if t.start > 0 and doc[t.start - 1].lower_ == "från":
        return "former"  # "har bytt tjänst till X från generaldirektör för Y", "kommer närmast från rektor ..."
    s, _e = ctx.sentence_bounds(t.start)
    lo = max(s, c.person.end if c.person.end <= t.start else s)
    if c.construction not in LONG_WINDOW:
        lo = max(lo, t.start - WINDOW)
    words = [tok.lower_ for tok in doc[lo:t.start]]
    if c.person.start >= t.end and c.construction not in LONG_WINDOW:
        words = []  # "... lanserats tidigare under våren och socialminister X": words before a title-name pair
    said = [i for i, w in enumerate(words) if w in cues.speech_word]
    if said:
        words = words[said[-1] + 1:]  # "..., säger socialminister X": the quote before says nothing of the post
    if "före" in words and "detta" in words or any(w in cues.status_former for w in words):
        return "former"
    if any(w in cues.status_outgoing for w in words):
        return "outgoing"
    if any(w in cues.status_incoming for w in words):
        return "incoming"
    if c.construction in LISTS:
        header = _header_before(ctx, c.person.start)
        if header is not None and any(w in cues.appointing or w in cues.appointed for w in header):
            return "incoming"  # "Regeringen har utsett följande ledamöter:" above the list
    if c.construction in APPOINTING:
        # appointed in this text ("Regeringen har utsett Anna Ek till ..."), unless taken up today
        sentence = [tok.lower_ for tok in doc[s:_e]]
        appointed = any(w in cues.appointing or w in cues.appointed or w in cues.status_incoming for w in sentence)
        text = " ".join(sentence)
        if appointed and not any(f"{verb} {today}" in text for verb in ("tillträder", "tillträdde")
                                 for today in ("i dag", "idag")):
            return "incoming"
    return "current"


def _header_before(ctx: RoleContext, i: int) -> list[str] | None:
    """The words of the nearest line ending in a colon above token i (a list's header), if any."""
    for s, e in reversed([(s, e) for s, e in ctx.lines() if e <= i]):
        if ctx.is_header(s, e):
            return [tok.lower_ for tok in ctx.doc[s:e]]
    return None


def country(ctx: RoleContext, c: Candidate) -> str | None:
    """The ISO code of a foreign state whose office this is ("Polens premiärminister", "finska utrikesministern",
    "Finlands nytillträdda utrikesminister"), "EU" / "UN" for their offices ("FN:s generalsekreterare"); None for
    an office of Sweden or of an organisation (the default, SE, is set by the caller)."""
    doc, cues, t = ctx.doc, ctx.cues, c.title
    if t.role.startswith("eu-kommission"):
        return "EU"
    for k in (t.start - 1, t.start - 2):
        if k < 0:
            return None
        tok = doc[k]
        if tok.lower_ in SUPRANATIONAL:
            return SUPRANATIONAL[tok.lower_]
        two = f"{doc[k - 1].lower_} {tok.lower_}" if k >= 1 else ""  # "Nya Zeelands", "Sri Lankas"
        name = two if two in cues.countries else tok.lower_
        if name in cues.countries and (tok.text[:1].isupper() or tok.lower_.endswith("ska")) \
                and _foreign_office(ctx, t.role):
            code = cues.countries[name]
            return code if code != "SE" else None
        if not (tok.is_lower and tok.is_alpha):
            return None  # one adjective may stand between: "Finlands nytillträdda utrikesminister"
    return None


def _foreign_office(ctx: RoleContext, role: str) -> bool:
    last = role.split()[-1]
    return any(last.endswith(w) for w in ctx.cues.foreign_office)


def government_of(ctx: RoleContext, code: str) -> str:
    """PL -> "Polens regering", NZ -> "Nya Zeelands regering" (the name countries.tsv lists first)."""
    name = ctx.cues.country_names.get(code, code)
    return f"{name if name.endswith(('s', 'x', 'z')) else name + 's'} regering"


def fold_post(role: str, variants: dict[str, str]) -> str:
    """One spelling per post: spaces and hyphens of coordinated titles made regular ("arbetsmarknads -och
    integrationsminister" -> "arbetsmarknads- och integrationsminister"), then known variants mapped."""
    post = re.sub(r"\s*-\s*(och|samt)\s+", r"- \1 ", " ".join(role.split()))
    post = re.sub(r"\s*,\s*", ", ", post)
    return variants.get(post, post)


def evidence(doc: Doc, c: Candidate) -> tuple[int, int]:
    """Character span of the statement inside one sentence: the sentence of the title (of the person, for a member
    of a list), covering the pieces of the role that lie in it."""
    t = c.title
    # the title proper: a sentence boundary the sentencizer put after "tf." must not take the title away
    anchor = doc[t.head_start:t.end] if t.end > t.head_start else c.person
    sent = anchor.sent if doc.has_annotation("SENT_START") else doc[:]
    pieces: list[Span] = [p for p in (c.person, doc[t.start:t.end], anchor, c.org)
                          if p is not None and len(p) and sent.start <= p.start and p.end <= sent.end]
    if not pieces:
        pieces = [anchor]
    return min(p.start_char for p in pieces), max(p.end_char for p in pieces)


def start_date(ctx: RoleContext, c: Candidate) -> str | None:
    """The ISO day a post is taken up when the title's sentence gives one after it: "utses till generaldirektör
    från och med den 1 mars 2024", "tillträder den 15 maj"."""
    doc = ctx.doc
    _s, e = ctx.sentence_bounds(c.title.start)
    for ent in doc.ents:
        if ent.label_ != "DATE" or ent.start < c.title.end or ent.start >= e or ent.start < 1:
            continue
        if doc[ent.start - 1].lower_ in ctx.cues.start_cue and ent._.timex:
            value = ent._.timex.get("start_date")
            if value and (ent._.timex.get("granularity") or "day") == "day":
                return str(value)
    return None


def is_head(ctx: RoleContext, role: str) -> bool:
    """A post that heads its organisation (not "vice ordförande", "biträdande generaldirektör")."""
    return role in ctx.cues.head_role
