"""PER spans made fit for role linking before any construction runs: title and label words stripped from the
front, a missed first name added, "persons" that are organisations relabelled, one-word acronyms dropped."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.nlp.lexicon import Lexicon
from pipeline.nlp.roles.context import BREAK
from pipeline.nlp.roles.cues import Cues

FOREIGN_ARTICLES = ("the", "de", "la", "le", "el")


def _trimmed(doc: Doc, e: Span) -> tuple[int, int]:
    """"European Defence Agency," -> no punctuation at either end of a name; also the "#" of a Markdown
    headline ("# Civilminister Eva Ek")."""
    a, b = e.start, e.end
    while b > a and doc[b - 1].is_punct and doc[b - 1].text not in (".", ")") and doc[b - 1].text != "&":
        b -= 1
    while a < b and (doc[a].is_punct or not any(c.isalnum() for c in doc[a].text)) and doc[a].text not in ("(",):
        a += 1
    return a, b


def _cleaned(doc: Doc, e: Span, lex: Lexicon, cues: Cues, add_orgs: bool) -> Span | None:
    """The PER span `e` as it should be (maybe relabelled), or None to drop it."""
    suffix = cues.role_suffix
    if e.start > 0 and add_orgs and doc[e.start - 1].is_lower \
            and doc[e.start - 1].lower_.endswith(tuple(sorted(cues.org_apposition_ending))):
        # "forskningsorganisationen Sustainable Innovation": the noun before says what the name is
        return Span(doc, e.start, e.end, label="ORG")
    start = e.start
    while e.end - start >= 2 and (doc[start].lower_ in cues.label_word or doc[start].lower_ in lex.titles
                                   or doc[start].lower_ in cues.tenure or doc[start].lower_ in cues.rank
                                   or (suffix.match(doc[start].lower_) and len(doc[start]) > 4)):
        start += 1
    # "budgetchefen på Finansdepartementet Urban Hansson Brusewitz": the model left out the first name.
    prev = doc[e.start - 1] if e.start >= 1 else None
    if start == e.start and e.start >= 2 and prev is not None and _name_like(prev, lex, cues) and \
            prev.lower_ not in FOREIGN_ARTICLES and doc[e.start - 2].text not in BREAK and \
            "\n" not in doc[e.start - 2].text and not doc[e.start - 2].is_space and \
            not any(o.start <= e.start - 1 < o.end for o in doc.ents):
        return Span(doc, e.start - 1, e.end, label="PER")
    if start > e.start:
        span = Span(doc, start, e.end, label="PER")
        return span if span.text[:1].isupper() else None
    if len(e) >= 2 and e[0].lower_ in cues.generic_org_noun and add_orgs:
        # "Nätverket Kompetensförsörjningsdagarna": a generic noun naming what the name is
        return Span(doc, e.start + 1, e.end, label="ORG")
    if len(e) == 1 and e.text.isupper() and len(e.text) >= 2:
        return None
    if len(e) == 1 and (e[0].lower_ in lex.titles or suffix.match(e[0].lower_)):
        return None  # "Civilministern" alone is a title, not a person's name
    if len(e) >= 2 and any(t.lower_ in cues.org_word for t in e):
        return Span(doc, e.start, e.end, label="ORG")
    return e


def _name_like(tok, lex: Lexicon, cues: Cues) -> bool:
    text, low = tok.text, tok.lower_
    return (text[:1].isupper() and text.replace("-", "").isalpha() and low not in lex.stopwords
            and low not in lex.titles and not cues.role_suffix.match(low) and not text.isupper()
            and lex.head_type(low) is None and lex.suffix_of(low) is None)


def clean_persons(doc: Doc, lex: Lexicon, cues: Cues, add_orgs: bool = True) -> None:
    """Strip title and label words the model put inside a PER span ("Riksdagsledamoten Ida Karkiainen",
    "Kontakt Anita Sandell"); relabel "persons" with organisation words ("Validering Väst") as ORG and drop
    one-token acronyms ("RUA") that the model took for people."""
    changed = False
    out = []
    for e in doc.ents:
        a, b = _trimmed(doc, e)
        if (a, b) != (e.start, e.end):
            changed = True
            if b <= a:
                continue
            e = Span(doc, a, b, label=e.label_)
            if e.label_ != "PER":
                out.append(e)
                continue
        if e.label_ != "PER":
            out.append(e)
            continue
        new = _cleaned(doc, e, lex, cues, add_orgs)
        if new is not e:
            changed = True
        if new is not None:
            out.append(new)
    if changed:
        doc.ents = sorted(out, key=lambda x: x.start)
