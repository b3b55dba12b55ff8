"""The person a title belongs to when the name is not next to it: appointees, sentence subjects of career
sentences, coordinated names."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.nlp.roles.context import RoleContext, Title


def sentence_subject(ctx: RoleContext, t: Title, ents: list[Span]) -> Span | None:
    """The sentence-initial person (or "Han"/"Hon" for the last person named before) of a career sentence:
    "Christina Malm har tidigare varit överdirektör på FRA, ..."; "Hon kommer närmast från rollen som ..."."""
    doc, cues = ctx.doc, ctx.cues
    s, _e = ctx.sentence_bounds(t.start)
    pers = ctx.pers_in(s, t.start, ents)
    if pers and pers[0].start == s:
        subj = pers[0]
        if len(pers) > 1:
            return None
        nxt = subj.end
    elif doc[s].lower_ in cues.pronoun and not pers:
        before = [p for p in ents if p.label_ == "PER" and p.end <= s]
        if not before:
            return None
        subj = before[-1]
        nxt = s + 1
    elif not pers and any(doc[k].lower_ in cues.pronoun and doc[k - 1].lower_ in cues.career_verb
                          for k in range(s + 1, t.start)):
        # inverted order after a fronted adverbial: "Mellan 1998 och 2012 arbetade han i X, från 2007 som ..."
        before = [p for p in ents if p.label_ == "PER" and p.end <= s]
        return before[-1] if before else None
    else:
        return None
    if nxt + 1 < t.start and doc[nxt].text == "," and doc[nxt + 1].lower_ == "som":
        nxt += 2  # "Anna Björkander, som närmast kommer från tjänsten som ..."
    while nxt < t.start and doc[nxt].lower_ in cues.subject_adverb:
        nxt += 1
    if nxt >= t.start or doc[nxt].lower_ not in cues.career_verb:
        return None
    if any(tok.lower_ in cues.speech_word for tok in doc[nxt:t.start]):
        return None
    # "Anna Ek har i dag träffat generaldirektören för X": another main verb makes the title an object, and
    # "tillsammans med generaldirektörerna" names other people (the tagger's part of speech and number).
    if any(tok.pos_ == "VERB" and tok.lower_ not in cues.career_verb and tok.lower_ not in cues.career_participle
           and tok.lower_ not in cues.appoint for tok in doc[nxt + 1:t.start]):
        return None
    if doc[t.head_start].morph.get("Number") == ["Plur"]:
        return None
    return subj


def coordinated_after(ctx: RoleContext, person: Span, ents: list[Span]) -> list[Span]:
    """The names listed after this one: "A, B och C" -> [B, C] for A."""
    doc, out, p = ctx.doc, [], person
    while p.end + 1 < len(doc) and doc[p.end].lower_ in (",", "och", "samt"):
        nxt = ctx.ent_at(p.end + 1, "PER", ents)
        if nxt is None:
            break
        out.append(nxt)
        p = nxt
    return out


def coordinated_before(ctx: RoleContext, person: Span, ents: list[Span]) -> list[Span]:
    """The names listed before this one: "A, B och C" -> [A, B] for C."""
    doc, out, p = ctx.doc, [], person
    while p.start >= 2 and doc[p.start - 1].lower_ in (",", "och", "samt"):
        prev = ctx.ent_at(p.start - 1, "PER", ents, end=True)
        if prev is None:
            break
        out.append(prev)
        p = prev
    return out


def fronted_appointee(ctx: RoleContext, t: Title, ents: list[Span]) -> Span | None:
    """"Till ny generaldirektör för X har regeringen utsett Anna Ek": the title fronted with "till", the
    appointee after the appointing verb."""
    doc, cues = ctx.doc, ctx.cues
    s, e = ctx.sentence_bounds(t.start)
    if t.start - s > 3 or doc[s].lower_ not in ("till", "som") or \
            any(tok.lower_ not in cues.tenure for tok in doc[s + 1:t.start]):
        return None
    verb = next((k for k in range(t.end, e) if doc[k].lower_ in cues.appointing), None)
    if verb is not None:
        return next(iter(ctx.pers_in(verb + 1, e, ents)), None)
    # "Till särskild utredare har generaldirektören Anna Ek utsetts": the appointee before the participle
    part = next((k for k in range(t.end, e) if doc[k].lower_ in cues.appointed), None)
    return next(iter(ctx.pers_in(t.end, part, ents)), None) if part is not None else None


def appointed_person(ctx: RoleContext, t: Title) -> Span | None:
    """"Anna Ek utses till generaldirektör", "Mats Wiberg, rättschef vid X, utses till särskild utredare": the
    person before the appointment words. A name the model missed is guessed and kept pending."""
    doc, cues, ents = ctx.doc, ctx.cues, ctx.ents
    # Only a person ending at most six tokens before the title can be the appointee: look those up.
    candidates = [p for i in range(max(0, t.start - 6), t.start + 1)
                  if (p := ctx.ent_at(i, "PER", ents, end=True)) is not None]
    if ctx.settings.add_persons:
        j = t.start
        while j > 0 and t.start - j < 6 and doc[j - 1].lower_ in cues.appoint:
            j -= 1
        if j < t.start:
            guess = ctx.guess_person_before(j, ents)
            if guess is not None:
                candidates.append(guess)
    if not candidates:
        # an apposition between the name and the appointment: look a little further back
        candidates = [p for i in range(max(0, t.start - 18), t.start - 6)
                      if (p := ctx.ent_at(i, "PER", ents, end=True)) is not None
                      and i < len(doc) and doc[i].text == ","]
    for e in candidates:
        if e.label_ != "PER" or e.end > t.start or not (t.start - e.end <= 6 or doc[e.end].text == ","):
            continue
        if _appoints(ctx, doc, e, t):
            if e not in ents:
                ctx.pending.append(e)
            return e
    return None


def _appoints(ctx: RoleContext, doc: Doc, e: Span, t: Title) -> bool:
    cues = ctx.cues
    between = doc[e.end:t.start]
    if len(between) and between[0].text == ",":
        close = next((k for k in range(1, len(between)) if between[k].text == ","), None)
        if close is not None:
            between = between[close + 1:]
        elif e.start > 0 and doc[e.start - 1].text == ",":
            between = between[1:]  # the comma closes an apposition before the name
    if all(tok.lower_ in cues.appoint for tok in between) and any(tok.lower_ in cues.appoint_verb for tok in between):
        return True
    s0 = ctx.sentence_bounds(e.start)[0]
    return [tok.lower_ for tok in between] in (["till"], ["som"]) and any(
        tok.lower_ in cues.appointing or tok.lower_ in cues.appointed for tok in doc[s0:e.start])


def skip_description(doc: Doc, k: int) -> int:
    """Index of the comma before an occupation between commas, or k: in "Eva Ek, journalist, tidigare SVT-chef"
    and "Mats Ek, författare och publicist, chef för X" the title belongs to the name before the occupation."""
    if k < 2 or doc[k].text != ",":
        return k
    j = k - 1
    while j > 0 and k - j <= 4 and (doc[j].is_lower and doc[j].is_alpha):
        j -= 1
    return j if j < k - 1 and doc[j].text == "," else k


def indefinite(doc: Doc, t: Title) -> bool:
    """"Hon är en erfaren chef och ledare": a title after an indefinite article describes, it names no post."""
    k = t.start - 1
    if k >= 2 and doc[k].lower_ in ("och", "samt"):
        k -= 2  # the second of two coordinated nouns: look before the first
    if k >= 1 and doc[k].is_lower and doc[k].is_alpha and doc[k - 1].lower_ in ("en", "ett"):
        k -= 1  # one adjective between: "en erfaren chef"
    return k >= 0 and doc[k].lower_ in ("en", "ett")
