"""Spans that are a piece of a longer name or a title, not a name of their own (pure checks over a Doc's tokens).

- an organisation ending in a function word ("International Institute for") was cut off mid-name;
- a capitalised acronym right before an organisation belongs to it ("APR Technologies AB");
- a name right after "de"/"von" that follows another capitalised word ("Palacio de Bellas Artes"), or right before
  "&" and a capitalised word ("Rabén & Sjögren"), is a piece of a longer name;
- a place written in capitals that the gazetteer does not know ("AI"), or in lower case ("biblioteket"), is none;
- a "place" right after a title ("president Zelenskyj") is a person;
- an acronym the document defines by a common phrase ("socialförsäkringsbalken (SFB)", "intelligenta
  transportsystem (ITS)") names a law, a programme or a thing, not an organisation.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pipeline.nlp.lexicon import is_acronym

FUNCTION_WORDS = {"for", "of", "the", "and", "för", "och", "av", "i", "på", "med", "till", "om", "mot", "vid", "&"}


def common_acronyms(doc: Doc, taken: set[int]) -> set[str]:
    """Acronyms written in brackets right after a lower-case word that is no part of an entity. An organisation's
    long form is a name: capitalised, or found as an entity ("Center mot våldsbejakande extremism (CVE)")."""
    out = set()
    for i in range(1, len(doc) - 2):
        if doc[i].text == "(" and doc[i + 2].text == ")" and is_acronym(doc[i + 1].text):
            prev = doc[i - 1]
            if prev.is_alpha and prev.text[:1].islower() and (i - 1) not in taken and not _named(doc, i - 1):
                out.add(doc[i + 1].text)
    return out


def _named(doc: Doc, last: int, reach: int = 6) -> bool:
    """A capitalised word (not opening the sentence) among the few words before `last`: the bracketed acronym
    expands a name ("Center mot våldsbejakande extremism (CVE)")."""
    j = last
    while j >= 0 and last - j < reach and doc[j].is_alpha:
        if doc[j].text[:1].isupper():
            return not doc[j].is_sent_start
        j -= 1
    return False


def ends_mid_name(doc: Doc, start: int, end: int) -> bool:
    return end - start >= 2 and doc[end - 1].lower_ in FUNCTION_WORDS


def acronym_after_comma(doc: Doc, start: int, end: int) -> int:
    """The end of an organisation name that takes in its acronym after a comma ("Nationellt centrum för
    kvinnofrid, NCK"): the name ends before the comma."""
    if end - start >= 3 and doc[end - 2].text == "," and doc[end - 1].text.isupper() and doc[end - 1].is_alpha:
        return end - 2
    return end


def acronym_before(doc: Doc, start: int, taken: set[int], is_title: Callable[[str], bool]) -> int:
    """The start of an organisation name extended over an acronym written right before it ("APR" + "Technologies
    AB"); `taken` holds the tokens of other entities; a title in capitals ("VD") is no part of a name."""
    i = start
    while i > 0 and (i - 1) not in taken and not doc[i].is_sent_start and doc[i - 1].is_alpha \
            and len(doc[i - 1].text) >= 2 and doc[i - 1].text.isupper() and not is_title(doc[i - 1].text):
        i -= 1
    return i


def piece_of_longer_name(doc: Doc, start: int, end: int, particles: frozenset[str] | set[str]) -> bool:
    if start >= 2 and doc[start - 1].lower_ in particles and doc[start - 1].is_lower \
            and doc[start - 2].text[:1].isupper() and not doc[start - 1].is_sent_start:
        return True  # "Palacio de Bellas Artes" (a person's own "von der Leyen" starts at the particle)
    return end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text[:1].isupper()


def no_place_shape(text: str) -> bool:
    """Capitals ("AI") or a lower-case word ("biblioteket"): no shape of a place name the gazetteer lacks."""
    letters = [c for c in text if c.isalpha()]
    return not letters or text[:1].islower() or (len(letters) >= 2 and all(c.isupper() for c in letters))
