"""`sv_canonicalizer`: one canonical name, type and stable id for every entity mention.

Why after all other components: canonical names depend on the whole document (the nominative form that
occurs elsewhere decides whether "Lööws" or "Borås" ends in a genitive -s; "(SKL)" after a full name teaches
the acronym; a surname alone refers back to the full name; "Lars Lööf" once next to "Lars Lööw" three times is
a misspelling). It sets span._.canonical, span._.entity_id, span._.entity_type on every ent and
doc._.aliases ({entity_id: [surface forms]}).

entity_id = "<label prefix>_" + sha1(canonical.lower())[:12]: the same canonical gives the same id in any
document and any run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.fragments import (
    acronym_after_comma,
    acronym_before,
    common_acronyms,
    ends_mid_name,
    no_place_shape,
    piece_of_longer_name,
)
from pipeline.nlp.lexicon import Lexicon, LexiconComponent, default_lexicon
from pipeline.nlp.person_names import name_bounds
from pipeline.nlp.place_names import capitalised_mid_sentence, common_word_place
from pipeline.nlp.spans import acronym_definitions, has_context, mark_model_ents

register_extensions()

ID_PREFIX = {"ORG": "org", "PER": "per", "LOC": "loc", "DATE": "date", "MISC": "misc"}


# Lower-case organisation names that are names, not common nouns ("näringsdepartementet", "valideringsdelegationen",
# "finansutskottet"): the endings of named bodies of the state. Other all-lower-case ORG spans ("socialtjänsten",
# "polisen", "universitetet", "kommunal", "komvux") are common nouns and are dropped unless the registry has them.
LOWERCASE_NAME_ENDINGS = ("departementet", "delegationen", "nämnden", "utskottet", "beredningen", "kommittén")
TITLE_ENDINGS = ("minister", "ministern", "ambassadör", "direktör", "sekreterare", "ordförande", "chef", "chefen")

# Boards and councils of an organisation, written after its genitive; not part of the organisation's name.
BODY_TAILS = {"insynsråd", "insynsrådet", "insynsråds", "styrelse", "styrelsen", "styrelses", "ledning", "ledningen",
              "riksstyrelse", "kansli", "kansliet"}

QUOTES = {'"', "”", "“", "«", "»", "„"}
# A web address is no organisation, person or place ("Reglab.se", "verksamt.se"; guidelines).
WEB_ADDRESS = re.compile(r"\w\.(?:se|nu|com|org|net|eu|info|gov|int)\b", re.IGNORECASE)
# Units of an organisation ("Afrikaenheten", "Enheten för europeisk säkerhetspolitik", "Nordafrikaenhet") are not
# annotated (guidelines): spans that open with such a word go.
UNIT_ENDINGS = ("enhet", "enheten", "enhets", "enhetens")

GENITIVE_HEADS = {"styrelse", "styrelsen", "styrelseordförande", "ordförande", "generaldirektör", "vd", "chef",
                  "ledning", "ledamöter", "insynsråd", "verksamhet"}


def entity_id(label: str, canonical: str) -> str:
    prefix = ID_PREFIX.get(label, label.lower())
    return f"{prefix}_{hashlib.sha1(canonical.lower().encode('utf-8')).hexdigest()[:12]}"


def edit_distance_le1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=False)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def county_genitive(place: str) -> str:
    """The county name's form before "län": Skåne län, Stockholms län, Dalarnas län, Kalmar län."""
    if place.endswith("s"):
        return place
    if place == "Dalarna":
        return "Dalarnas"
    if place[-1] in "aeiouyåäö" or place == "Kalmar":
        return place
    return place + "s"


def normalise_space(text: str) -> str:
    """Single spaces, and one apostrophe: "McDonald’s" and "McDonald's" are the same name."""
    return " ".join(text.split()).replace("’", "'").replace("ʼ", "'")


class Canonicalizer(LexiconComponent):
    def __init__(self, nlp: Language, name: str = "sv_canonicalizer", merge_variants: bool = True,
                 link_surnames: bool = True, min_context_sentences: int = 3) -> None:
        self.nlp = nlp
        self.name = name
        self.min_context_sentences = min_context_sentences
        self.merge_variants = merge_variants
        self.link_surnames = link_surnames
        self.lex: Lexicon = default_lexicon()

    # ------------------------------------------------------------------------------------------ helpers
    def _fold_genitive(self, text: str, label: str, seen: set[str]) -> str:
        """Drop a genitive -s (or :s) when the evidence says it is one.

        Evidence, in order: ":s" is always a genitive; the form without -s occurs in this document or in the
        known-name/place lists; the name ends in a known organisation ending + s ("Tillväxtverkets");
        "Region Xs" / "X läns" / "X kommuns" (frames whose last word never ends in -s by itself).
        Names that end in -s by nature ("Borås", "Lars") keep it without such evidence.
        """
        if text.endswith(":s"):
            return text[:-2]
        if not text.endswith("s") or len(text) < 3:
            return text
        base = text[:-1]
        if base in seen or base in self.lex.aliases or base in self.lex.places:
            return base
        if label == "ORG":
            words = base.split()
            if words[0] == "Region" and len(words) >= 2:
                return base
            if words[-1] in ("län", "kommun", "stad", "universitet", "högskola", "landsting", "AB"):
                return base
            last = text.split()[-1]
            suf = self.lex.suffix_of(last)
            if suf and last.lower().endswith(suf.suffix + "s"):
                return base
            if self.lex.head_type(last[:-1]) is not None:
                return base
            if len(words) == 1 and len(base) > 5 and base.endswith(("en", "na", "et", "an")) and base[1:].islower():
                return base  # a definite noun as a name, in the genitive: "Medieutredningens", "Socialtjänstens"
        if label == "LOC" and (base.endswith(" län") or base + " kommun" in self.lex.registry_forms):
            return base  # "Karlshamns rådhus": the municipality's name in the genitive
        if label == "PER" and text.endswith("sons"):
            return base
        return text

    def _org_canonical(self, text: str, seen: set[str], learned: dict[str, str]) -> str:
        text = normalise_space(text)
        for form in (text, text.removesuffix(":s")):
            if form in learned:  # the text's own expansion of an acronym wins ("IOM (International ...)")
                return learned[form]
        entry = self.lex.registry_entry(text) or self.lex.registry_entry_casefold(text)
        if entry is not None:
            return entry.name
        base = self._fold_genitive(text, "ORG", seen)
        for form in (base, text):
            if form in learned:
                return learned[form]
            if form in self.lex.aliases:
                return self.lex.aliases[form]
        words = base.split()
        if words[0] == "Länsstyrelsen" and len(words) >= 2 and words[-1] != "län":
            # "Länsstyrelsen Skåne", "Länsstyrelsen i Stockholm" -> the official "Länsstyrelsen i X län"
            place = " ".join(words[2:] if words[1] == "i" else words[1:])
            return f"Länsstyrelsen i {county_genitive(place)} län"
        if base[:1].islower():
            # "näringsdepartementet", "utvecklingskommittén", "universitetet i Manchester": a name written in lower
            # case in running text has its first letter capitalised as a name
            base = base[0].upper() + base[1:]
        return self._swedish_case(base)

    def _swedish_case(self, name: str) -> str:
        """Swedish names capitalise the first word only: "Umeå Universitet" -> "Umeå universitet",
        "Kungliga Tekniska Högskolan" -> "Kungliga Tekniska högskolan", "Institutet för Näringslivsforskning" ->
        "Institutet för näringslivsforskning". Place names and acronyms keep their capitals."""
        words = name.split(" ")
        if len(words) < 2:
            return name
        out = [words[0]]
        after_for = False
        for w in words[1:]:
            low = w.lower()
            plain = w[:1].isupper() and w[1:].islower() and w.isalpha() and w not in self.lex.places
            if plain and (self.lex.head_type(low) is not None and low.startswith(("universitet", "högskol"))
                          or after_for):
                w = low
            if low == "för":
                after_for = True
            out.append(w)
        return " ".join(out)

    def _learn_acronyms(self, doc: Doc) -> dict[str, str]:
        """"Sveriges Kommuner och Landsting (SKL)" or "SKL (Sveriges Kommuner och Landsting)"."""
        orgs = [e for e in doc.ents if e.label_ == "ORG" and len(e) > 1]  # a one-word long form explains nothing
        learned = {acronym: self._fold_genitive(normalise_space(ent.text), "ORG", set())
                   for acronym, ent in acronym_definitions(doc, orgs)}
        # The long form itself may be a known alias: "Sveriges kommuner och landsting (SKL)".
        return {k: self.lex.aliases.get(v, v) for k, v in learned.items()}

    # ------------------------------------------------------------------------------------------- running
    def _registry_vote(self, doc: Doc) -> None:
        """A name the registry holds is an organisation, whatever label the model gave it ("Volvo Cars" as PER,
        "Nato" as LOC). Not for a lone surname of a person named in full in this document ("Ericsson" after
        "Lars Ericsson"), nor for a form that is also a known place."""
        surnames = {e.text.split()[-1] for e in doc.ents if e.label_ == "PER" and len(e) > 1}
        out: list[Span] = []
        changed = False
        for ent in doc.ents:
            text = normalise_space(ent.text)
            if ent.label_ in ("PER", "LOC", "MISC") and len(text) >= 2 and text not in surnames \
                    and text not in self.lex.places and self.lex.registry_entry(text) is not None:
                span = Span(doc, ent.start, ent.end, label="ORG")
                span._.source = ent._.source
                out.append(span)
                changed = True
            else:
                out.append(ent)
        if changed:
            doc.ents = out

    def _is_title(self, word: str) -> bool:
        low = word.lower()
        return low in self.lex.titles or low.endswith(TITLE_ENDINGS)

    def _municipalities(self) -> set[str]:
        """Bare municipality names ("Luleå" from "Luleå kommun"): a place when written alone."""
        if not hasattr(self, "_munis"):
            self._munis = set()
            for e in self.lex.registry.values():
                if e.type == "kommun":
                    for form in e.forms():
                        if form.endswith(" kommun"):
                            bare = form.removesuffix(" kommun")  # "Göteborgs" / "Borås": keep both readings
                            self._munis |= {bare, bare.removesuffix("s")} if bare.endswith("s") else {bare}
        return self._munis

    def _quoted_titles(self, doc: Doc, max_len: int = 60) -> list[bool]:
        """Per token: inside a quoted title that a work noun introduces ('regeringsuppdraget "Uppdrag att ..."',
        'rapporten "..."', 'med titeln "..."'; work_nouns.txt). Quoted speech is left alone: it follows no such
        noun. A title ends at its closing quote, within `max_len` tokens and on the same line."""
        inside = [False] * (len(doc) + 1)
        if not self.lex.work_nouns:
            return inside
        i = 1
        while i < len(doc):
            if doc[i].text in QUOTES and doc[i - 1].lower_.endswith(self.lex.work_nouns):
                j = i + 1
                while j < len(doc) and j - i <= max_len and doc[j].text not in QUOTES and "\n" not in doc[j].text:
                    j += 1
                if j < len(doc) and doc[j].text in QUOTES:
                    inside[i + 1:j] = [True] * (j - i - 1)
                    i = j
            i += 1
        return inside

    def _name_in_compound(self, span: Span) -> bool:
        """One word made of a registry name and a common noun ("Natoländernas", "FN-rapport", "EU-medlen") is a
        common noun: an entity name that is only the first part of a compound is not annotated (guidelines).
        Names that are registry forms themselves ("EU-kommissionen") and names going on in capitals
        ("Nato-Ukrainarådet") are kept."""
        if len(span) != 1 or self.lex.registry_entry(span.text) is not None or span.text in self.lex.aliases:
            return False
        word = span.text.removesuffix(":s")
        for i in range(2, len(word) - 3):
            head, rest = word[:i].rstrip("-"), word[i:].lstrip("-")
            known = head in self.lex.registry_forms or self.lex.places.get(head) == "land"  # "Sverigebilden"
            if rest.isalpha() and rest.islower() and len(rest) >= 4 and known \
                    and (len(head) >= 3 or word[i] == "-" or word[i - 1] == "-"):
                return True
        return False

    def _unit_or_title(self, span: Span) -> bool:
        """A span that opens with a unit of an organisation ("Afrikaenheten", "Enheten för ..."), or that is one
        title word ("Finansministerns", "Generaldirektören"), names no organisation, person or place, unless the
        registry holds it."""
        first = span[0].lower_.removesuffix(":s")
        if first.endswith(UNIT_ENDINGS) and self.lex.registry_entry(span.text) is None:
            return True
        if len(span) == 1 and span[0].text[:1].isupper():
            base = first[:-1] if first.endswith("s") and not first.endswith("ss") else first
            return base in self.lex.titles or base.endswith(TITLE_ENDINGS) or first.endswith(TITLE_ENDINGS)
        return False

    def _common_phrase(self, span: Span) -> bool:
        """An adjective or a common noun in the genitive, capitalised, then a common noun in the indefinite form
        that is no organisation head: "Svenska företag", "Hedersrelaterat våld", "Statens stöd". Names of bodies
        built this way take the definite form ("Svenska institutet") or a head noun ("Stockholms universitet"),
        so such a phrase is a sentence-initial common phrase, not a name. Needs the tagger's parts of speech; the
        definite form is read from the ending (-en/-et/-an, plural -na), since the trained model has no
        morphological features."""
        if len(span) != 2:
            return False
        first, noun = span[0], span[1]
        return first.pos_ in ("ADJ", "NOUN") and first.text[:1].isupper() and noun.is_lower \
            and noun.pos_ == "NOUN" and not noun.lower_.endswith(("en", "et", "an", "na")) \
            and self.lex.head_type(noun.text) is None and self.lex.suffix_of(noun.text) is None

    def _fragment_rules(self, doc: Doc, start: int, end: int, label: str, taken: set[int]) -> tuple[int, int, str]:
        """Pieces of longer names, titles and shapes no place has (fragments.py); (start, start, label) drops."""
        text, pw = doc[start:end].text, self.lex.person_words
        if label == "PER" and end - start > 1 and self.lex.places.get(text) in ("land", "utländsk ort"):
            return start, end, "LOC"  # "El Salvador", "San Marino"
        if label in ("PER", "LOC") and piece_of_longer_name(doc, start, end, pw.particles):
            return start, start, label  # "Palacio de Bellas Artes", "Rabén & Sjögren"
        if label == "LOC" and not self._is_place(text):
            if no_place_shape(text) or (end - start == 1 and (self._is_title(text) or pw.address(text))):
                return start, start, label  # "AI", "biblioteket", "Ambassadråd"
            prev = doc[start - 1].text if start > 0 else ""
            if end - start == 1 and prev[:1].islower() and (self._is_title(prev) or pw.address(prev)):
                return start, end, "PER"  # "president Zelenskyj"
        if label == "ORG" and self.lex.registry_entry(text) is None and text not in self.lex.aliases:
            acronyms, lower_words = self._doc_words
            if ends_mid_name(doc, start, end) or text.removesuffix(":s") in acronyms \
                    or (end - start == 1 and text[1:].islower() and text.lower().removesuffix("s") in lower_words
                        and self.lex.suffix_of(text) is None and self.lex.head_type(text) is None
                        and not text.lower().rstrip("s").endswith(LOWERCASE_NAME_ENDINGS)):
                return start, start, label  # "International Institute for", "SFB", "Uppdraget" beside "uppdraget"
            end = acronym_after_comma(doc, start, end)  # "Nationellt centrum för kvinnofrid, NCK"
            return acronym_before(doc, start, taken, self._is_title), end, label  # "APR Technologies AB"
        return start, end, label

    def _person_bounds(self, doc: Doc, start: int, end: int, people: set[str]) -> tuple[int, int]:
        """The name inside a PER span (person_names.name_bounds): titles, forms of address, verbs and glued words
        go; an empty span (start == end) when no name is left."""
        span = doc[start:end]
        bounds = name_bounds([t.text for t in span], [t.pos_ for t in span], self.lex.person_words, self._is_title,
                             self._is_place, people - {normalise_space(span.text)}, doc[start].is_sent_start,
                             [t.whitespace_ for t in span])
        return (start + bounds[0], start + bounds[1]) if bounds is not None else (start, start)

    def _is_place(self, text: str) -> bool:
        places = self.lex.places
        munis = self._municipalities()
        forms = [text, text[:-2] if text.endswith(":s") else text[:-1] if text.endswith("s") else text]
        return any(f in places or f in munis for f in forms)

    def _clean_spans(self, doc: Doc) -> None:
        """Organisation-table hygiene, mention by mention:
        - no name without a letter ("−") and no name ending in a hyphen: "Natos stats- och regeringschefer" keeps
          "Natos", a lone "Havs-" goes;
        - no title inside a person's name ("Civilminister Eva Ek" -> "Eva Ek");
        - an all-lower-case "organisation" that the registry does not know and that has no name ending
          ("socialtjänsten", "polisen", "kommunal") is a common noun: dropped; so is one capitalised word that
          opens a sentence and that the tagger calls a common noun ("Kommunernas ansvar ...");
        - a place tagged ORG ("Polen", "Luleå", "Georgiens") becomes LOC, unless the registry knows the name.
        Roles that pointed at a changed span are moved with it (or lose their organisation)."""
        out: list[Span] = []
        moved: dict[tuple[int, int], tuple[int, int] | None] = {}
        changed = False
        in_title = self._quoted_titles(doc)
        people = {normalise_space(e.text) for e in doc.ents if e.label_ == "PER"}
        words = [t.text for t in doc]
        mid_caps = capitalised_mid_sentence(words, [t.is_sent_start for t in doc])
        lower_words = {w for w in words if w.islower()}
        particles = self.lex.person_words.particles
        taken = {i for e in doc.ents for i in range(e.start, e.end)}
        self._doc_words = (common_acronyms(doc, taken), lower_words)
        for ent in doc.ents:
            if in_title[ent.start] and in_title[ent.end - 1]:
                changed = True  # inside the quoted title of a report or assignment (guidelines)
                moved[(ent.start_char, ent.end_char)] = None
                continue
            if ent.label_ not in ("PER", "ORG", "LOC", "MISC"):
                out.append(ent)
                continue
            start, end, label = ent.start, ent.end, ent.label_
            while end > start and (doc[end - 1].text.endswith("-") or doc[end - 1].lower_ in ("och", "eller", ",")):
                end -= 1
            if label == "PER":
                start, end = self._person_bounds(doc, start, end, people)
            if label == "LOC" and end - start >= 2 and doc[end - 1].is_lower and doc[start].text[:1].isupper():
                cut = end
                while cut - start >= 2 and doc[cut - 1].is_lower and doc[cut - 1].lower_ not in ("län", "läns"):
                    cut -= 1  # "Haninge kommunhus" -> "Haninge": a place modifying a common noun (guidelines)
                if cut < end and self._is_place(doc[start:cut].text):
                    end = cut  # only down to a known place: "Östkinesiska havet" is a name of its own
            if all(t.lower_ in particles for t in doc[start:end]):
                end = start  # "von" alone: a particle of a name, nothing of its own
            elif label == "LOC" and start >= 2 and doc[start - 1].lower_ in particles \
                    and doc[start - 1].is_lower and doc[start].text[:1].isupper():
                while start > 0 and doc[start - 1].lower_ in particles and doc[start - 1].is_lower:
                    start -= 1
                label = "PER"  # "von der Leyen": a surname with its particles
            elif label == "LOC" and end - start == 1 and common_word_place(
                    doc[start].text, self._is_place(doc[start].text), lower_words, mid_caps):
                end = start  # "Ange namn ...", "Asbest är ...": a common word opening a sentence
            if label == "LOC" and end - start >= 2 and doc[start].is_lower and doc[start + 1].text[:1].isupper():
                start += 1  # "norra Sverige" -> "Sverige": a lower-case direction word is not part of the name
            if label == "ORG" and end - start >= 2 and doc[end - 1].lower_ in BODY_TAILS \
                    and doc[end - 2].text.endswith("s") and self.lex.registry_entry(doc[start:end].text) is None:
                end -= 1  # "Migrationsverkets insynsråd": the organisation is the genitive before the body
            if label == "ORG" and end - start >= 3 and self.lex.registry_entry(doc[start:end].text) is None:
                for k in range(start + 1, end - 1):
                    if doc[k].lower_ in ("och", "samt") and self.lex.registry_entry(doc[start:k].text) is not None \
                            and (doc[k + 1].is_lower or self.lex.registry_entry(doc[k + 1:end].text) is not None):
                        end = k  # "Institutet för ... utvärdering och disputerad nationalekonom": glued words
                        break
            if label == "ORG" and end - start >= 3 and doc[start].lower_ == "styrelsen" \
                    and doc[start + 1].lower_ in ("för", "i") and doc[start + 2].text[:1].isupper() \
                    and self.lex.registry_entry(doc[start:end].text) is None:
                start += 2  # "Styrelsen för Vattenfall" is the board of Vattenfall, not an organisation's name
            if end > start:
                start, end, label = self._fragment_rules(doc, start, end, label, taken)
            text = doc[start:end].text if end > start else ""
            keep = end > start and any(c.isalpha() for c in text) \
                and not {text, text.removesuffix(":s"), text.removesuffix("s")} & self.lex.not_names \
                and not WEB_ADDRESS.search(text) and not self._unit_or_title(doc[start:end]) \
                and (label == "PER" or not self._name_in_compound(doc[start:end]))
            if keep and label == "ORG":
                words = [w for w in text.split() if any(c.isalpha() for c in w)]
                known = self.lex.registry_entry(text) is not None or text in self.lex.aliases
                if not known and all(w == w.lower() for w in words) and not words[-1].rstrip("s").endswith(
                        LOWERCASE_NAME_ENDINGS) and not words[-1].endswith(LOWERCASE_NAME_ENDINGS):
                    keep = False
                elif not known and len(words) == 1 and (text.lower() in self.lex.exclude
                                                         or text.lower()[:-1] in self.lex.exclude):
                    keep = False  # "Socialtjänsten", "Kommunernas": a common noun at a sentence start
                elif not known and self._is_place(text):
                    label = "LOC"
                elif not known and end - start == 1 and doc[start].is_sent_start and doc[start].pos_ == "NOUN" \
                        and doc[start].text[1:].islower():
                    keep = False  # "Socialtjänstens", "Kommunernas" opening a sentence: a common noun
                elif not known and self._common_phrase(doc[start:end]):
                    keep = False  # "Svenska företag", "Statens stöd", "Företagens villkor": no name

            if keep and (start, end, label) == (ent.start, ent.end, ent.label_):
                out.append(ent)
                continue
            changed = True
            if not keep:
                moved[(ent.start_char, ent.end_char)] = None
                continue
            span = Span(doc, start, end, label=label)
            span._.source = ent._.source
            moved[(ent.start_char, ent.end_char)] = (span.start_char, span.end_char)
            out.append(span)
        if not changed:
            return
        doc.ents = out
        if doc._.roles:
            roles = []
            for r in doc._.roles:
                key = (r["person_start"], r["person_end"])
                if key in moved:
                    if moved[key] is None:
                        continue
                    r = {**r, "person_start": moved[key][0], "person_end": moved[key][1]}
                okey = (r["org_start"], r["org_end"])
                if r["org_start"] is not None and okey in moved:
                    new = moved[okey]
                    r = {**r, "org_start": new[0] if new else None, "org_end": new[1] if new else None}
                roles.append(r)
            doc._.roles = roles

    def __call__(self, doc: Doc) -> Doc:
        mark_model_ents(doc)
        self._registry_vote(doc)
        self._clean_spans(doc)
        ents = list(doc.ents)
        seen = {normalise_space(e.text) for e in ents}
        learned = self._learn_acronyms(doc)
        canon: dict[int, str] = {}
        for i, ent in enumerate(ents):
            text = normalise_space(ent.text)
            if ent.label_ == "ORG":
                # "Operans styrelse", "Dramatens vd": a name right before a board/office noun is a genitive.
                # "Scanias vd", "Stora Ensos styrelse": a name right before a common noun is a genitive.
                nxt = doc[ent.end] if ent.end < len(doc) else None
                if nxt is not None and text.endswith("s") and not text.endswith((":s", "ss")) and len(text) > 3 \
                        and (nxt.lower_ in GENITIVE_HEADS or nxt.text[:1].islower() and nxt.text[:1].isalpha()
                             and (nxt.pos_ == "NOUN" or "-" in nxt.text)) \
                        and self.lex.registry_entry(text) is None:
                    seen = seen | {text[:-1]}
                canon[i] = self._org_canonical(text, seen, learned)
            elif ent.label_ in ("PER", "LOC"):
                canon[i] = self._fold_genitive(text, ent.label_, seen)
            elif ent.label_ == "DATE":
                canon[i] = (ent._.timex or {}).get("value") or text
            else:
                canon[i] = text
        self._link_people(ents, canon)
        if self.link_surnames:
            ents, canon = self._drop_lone_names(doc, ents, canon)
        aliases: dict[str, set[str]] = defaultdict(set)
        for i, ent in enumerate(ents):
            ent._.canonical = canon[i]
            ent._.entity_id = entity_id(ent.label_, canon[i])
            if ent.label_ == "ORG":
                entry = self.lex.registry.get(canon[i])
                ent._.registry_id = entry.id if entry is not None else None
                if entry is not None:
                    ent._.entity_type = entry.type
                elif not ent._.entity_type or ent._.source != "rule" or ent._.entity_type == "kommun":
                    ent._.entity_type = self.lex.org_type(canon[i])  # a "kommun" the registry lacks: abroad
            elif ent.label_ == "LOC":
                ent._.entity_type = ent._.entity_type or self.lex.place_type(canon[i])
            if ent.label_ != "DATE":
                aliases[ent._.entity_id].add(normalise_space(ent.text))
        doc._.aliases = {k: sorted(v) for k, v in aliases.items()}
        return doc

    def _drop_lone_names(self, doc: Doc, ents: list[Span], canon: dict[int, str]) -> tuple[list[Span], dict]:
        """A one-word "person" that no full name in the document explains and no title introduces is checked
        against evidence, in this order:
        - a known place ("Damaskus", "Haag") is a place: relabelled LOC;
        - a word the tagger does not call a proper noun ("Lansering", "Historisk" opening a headline) is not a
          name: dropped;
        - in a document with context (at least `min_context_sentences` sentences), Swedish public-sector texts
          name a person in full before using a surname or first name alone, so an unexplained one
          ("Kompetensförsörjningsdagarna", "Medierepresentanter", a company name) is dropped.
        A sentence or two of text has no such context: there the model's person stays."""
        drop: set[int] = set()
        relabel: set[int] = set()
        context = has_context(doc, self.min_context_sentences)
        for i, e in enumerate(ents):
            if e.label_ != "PER" or len(e) != 1 or len(canon[i].split()) != 1:
                continue
            prev = doc[e.start - 1].lower_ if e.start > 0 else ""
            if prev in self.lex.titles or prev.endswith(("minister", "ministern", "chef", "chefen")) \
                    or self.lex.person_words.address(prev) or prev in self.lex.person_words.particles:
                continue
            if self._is_place(e.text):
                relabel.add(i)
            elif e[0].pos_ not in ("PROPN", "") or e.text in self.lex.not_names or context:
                drop.add(i)
        if not drop and not relabel:
            return ents, canon
        gone = {(ents[i].start_char, ents[i].end_char) for i in drop | relabel}
        for i in relabel:
            span = Span(doc, ents[i].start, ents[i].end, label="LOC")
            span._.source = ents[i]._.source
            ents[i] = span
            canon[i] = self._fold_genitive(normalise_space(span.text), "LOC", set())
        doc.ents = [e for i, e in enumerate(ents) if i not in drop]
        if doc._.roles:
            doc._.roles = [r for r in doc._.roles if (r["person_start"], r["person_end"]) not in gone]
        keep = [i for i in range(len(ents)) if i not in drop]
        return [ents[i] for i in keep], {n: canon[i] for n, i in enumerate(keep)}

    def _link_people(self, ents: list[Span], canon: dict[int, str]) -> None:
        """Surname (or first name) alone -> the full name in the same document; merge one-letter variants."""
        people = [i for i, e in enumerate(ents) if e.label_ == "PER"]
        full = Counter(canon[i] for i in people if len(canon[i].split()) >= 2)
        if self.merge_variants and full:
            order = list(dict.fromkeys(canon[i] for i in people if canon[i] in full))
            mapping: dict[str, str] = {}
            for a in order:
                for b in order:
                    if a == b or a in mapping or b in mapping:
                        continue
                    ta, tb = a.split(), b.split()
                    if len(ta) != len(tb) or len(a) < 8 or not edit_distance_le1(a, b):
                        continue
                    # One token differs by one letter, and that token is long enough to be a name.
                    diff = [(x, y) for x, y in zip(ta, tb, strict=False) if x != y]
                    if len(diff) != 1 or min(len(diff[0][0]), len(diff[0][1])) < 4:
                        continue
                    # The rarer spelling (later one on a tie) goes to the more frequent one.
                    if (full[a], -order.index(a)) >= (full[b], -order.index(b)):
                        mapping[b] = a
            for i in people:
                if canon[i] in mapping:
                    canon[i] = mapping[canon[i]]
            full = Counter(canon[i] for i in people if len(canon[i].split()) >= 2)
        if not self.link_surnames:
            return
        # "Hansson Brusewitz" after "Urban Hansson Brusewitz": a shorter full name that ends a longer one.
        for i in people:
            longer = {n for n in full if n.endswith(" " + canon[i])}
            if len(canon[i].split()) >= 2 and len(longer) == 1:
                canon[i] = next(iter(longer))
        full = Counter(canon[i] for i in people if len(canon[i].split()) >= 2)
        by_last: dict[str, set[str]] = defaultdict(set)
        by_first: dict[str, set[str]] = defaultdict(set)
        for name in full:
            by_last[name.split()[-1]].add(name)
            by_first[name.split()[0]].add(name)
        for i in people:
            name = canon[i]
            if len(name.split()) != 1:
                continue
            bare = name[:-1] if name.endswith("s") and name[:-1] in by_last else name
            if len(by_last.get(bare, ())) == 1:
                canon[i] = next(iter(by_last[bare]))
            elif len(by_first.get(name, ())) == 1 and name not in by_last:
                canon[i] = next(iter(by_first[name]))

    # ------------------------------------------------------------------------------------ serialisation


@Language.factory("sv_canonicalizer",
                  default_config={"merge_variants": True, "link_surnames": True, "min_context_sentences": 3},
                  assigns=["span._.canonical", "span._.entity_id", "span._.entity_type", "doc._.aliases"])
def make_canonicalizer(nlp: Language, name: str, merge_variants: bool, link_surnames: bool,
                       min_context_sentences: int) -> Canonicalizer:
    return Canonicalizer(nlp, name, merge_variants=merge_variants, link_surnames=link_surnames,
                         min_context_sentences=min_context_sentences)
