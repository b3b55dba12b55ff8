"""`sv_org_rules`: Swedish organisation names (and "X län" places) by their regular shapes.

Why rules: public-body names are formed from a small set of endings and frames (-verket, -myndigheten,
"Region X", "X kommun", "Länsstyrelsen i X län", "Myndigheten för X och Y", "Stockholms universitet") that a
statistical model trained on news rarely sees, and the genitive ("Tillväxtverkets", "SKL:s") must stay one
name. The shapes are token patterns for spaCy's Matcher built from the word lists in resources/
(org_suffixes.tsv, org_heads.tsv, org_prefixes.txt, org_exclude.txt, stopwords.txt); known names and acronyms
(org_names.tsv) go through a PhraseMatcher. Acronyms introduced in the text ("Sveriges Kommuner och Landsting
(SKL)") are tagged wherever they recur. Found spans replace overlapping model spans (spans.merge_entities).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.apostrophes import extend_apostrophe_names
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.lexicon import Lexicon, LexiconComponent, default_lexicon, genitive_forms
from pipeline.nlp.spans import (
    OVERLAP_POLICY,
    OverlapPolicy,
    acronym_definitions,
    has_context,
    merge_entities,
    propagate_names,
)

register_extensions()

UPPER = "A-ZÅÄÖÉÜ"
LOWER = "a-zåäöéü"
# Words that open a two-word place name ("Västra Götalands län", "Upplands Väsby kommun").
COMPASS = ["Västra", "Östra", "Norra", "Södra", "Mellersta", "Upplands", "Lilla", "Stora", "Övre", "Nedre"]
# Heads that do not form compounds as organisation names ("innerstad" is not a city council).
EXACT_HEADS = {"stad", "bank", "kommun", "region", "landsting", "centrum"}
# Tail words with these parts of speech end a name ("Myndigheten för yrkeshögskolan beviljar ...").
TAIL_STOP_POS = {"VERB", "AUX", "ADV", "PRON", "DET", "ADP", "SCONJ", "NUM", "PART", "INTJ"}
PRIORITY = {"PARTY": 0, "ACR_GEN_HEAD": 0, "NAME": 0, "LEARNED": 0, "LST": 1, "REGION": 1, "HOGSKOLAN": 1,
            "COMPANY": 1, "CAP_PLURAL": 1, "EMPLOYER": 5, "HEAD": 2, "PREFIX_SUFFIX": 2, "BARE_HEAD": 2, "SUFFIX": 3,
            "SUFFIX_ANY": 3, "LAN": 4}
# Shapes that common nouns share ("Mo Yans samlade verk", "Centrum för ..."): where such a span cuts across an
# entity of the statistical model, the model's entity stays (spans.merge_entities, `weak`). Known names, acronyms
# the text defines, party letters and the fixed frames (Region X, Länsstyrelsen i X län, -verket) are strong.
WEAK_KEYS = {"HEAD", "BARE_HEAD", "CAP_PLURAL", "SUFFIX_ANY", "EMPLOYER"}
# Titles that name the organisation the person leads or works for right after them ("vd för Kungsleden",
# "danschef Norrdans"): the title's own words, plus any compound ending in -chef or -direktör.
EMPLOYER_TITLES = ("vd", "vd:n", "ordförande", "styrelseordförande", "rektor", "generalsekreterare", "grundare")
EMPLOYER_ENDINGS = ("chef", "direktör")


class OrgRuler(LexiconComponent):
    """Finds organisation spans by shape; see the module docstring."""

    def __init__(self, nlp: Language, name: str = "sv_org_rules", overwrite_ents: bool = True,
                 max_tail: int = 8, learn_acronyms: bool = True, propagate: bool = True,
                 overlap_policy: OverlapPolicy = merge_entities, min_context_sentences: int = 3) -> None:
        self.nlp = nlp
        self.merge = overlap_policy
        self.min_context_sentences = min_context_sentences
        self.propagate = propagate
        self.name = name
        self.overwrite_ents = overwrite_ents
        self.max_tail = max_tail
        self.learn_acronyms = learn_acronyms
        self.set_lexicon(default_lexicon())

    # ---------------------------------------------------------------------------------------- patterns
    def set_lexicon(self, lex: Lexicon) -> None:
        self.lex = lex
        stop = sorted(lex.stopwords)
        title_suf = "|".join(re.escape(s.suffix) for s in lex.suffixes if not s.any_case)
        any_suf = "|".join(re.escape(s.suffix) for s in lex.suffixes if s.any_case)
        comp = [h for h in lex.heads if h not in EXACT_HEADS]
        head_re = (rf"^(?:[{LOWER}-]*(?:{'|'.join(map(re.escape, comp))})|"
                   rf"{'|'.join(map(re.escape, sorted(EXACT_HEADS & set(lex.heads))))})s?$")
        suffix_tok = {"TEXT": {"REGEX": rf"^[{UPPER}][\w-]*(?:{title_suf})(?:s|:s)?$"}}
        place_tok = {"IS_TITLE": True, "LOWER": {"NOT_IN": stop}}
        compass = {"ORTH": {"IN": COMPASS}}
        # Adjectives and coordinated parts inside a name: "tekniska", "Tekniska", "plikt-" "och".
        adj_re = rf"^(?:[{LOWER}][{LOWER}-]*[ae]|[{LOWER}]+-|och)$"
        adj = {"TEXT": {"REGEX": adj_re}, "LOWER": {"NOT_IN": sorted(lex.stopwords - {"och", "andra"})},
               "OP": "{0,3}"}
        adj1 = {"TEXT": {"REGEX": rf"^[{UPPER}][{LOWER}]+(?:iska|ska|liga|ala|ella|na)$"}, "OP": "{1,2}"}
        lan = {"LOWER": {"IN": ["län", "läns"]}}
        bare_heads = sorted({s.suffix.capitalize() for s in lex.suffixes if s.tail} | {"Centrum", "Forum"})
        preps = sorted({p for s in lex.suffixes for p in s.tail})
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        add = self.matcher.add
        add("SUFFIX", [[suffix_tok]])
        # Lower-case names written in one word ("näringsdepartementet", "finansutskottet"); a hyphenated compound
        # ("public service-kommittén") describes a body rather than naming it.
        add("SUFFIX_ANY", [[{"LOWER": {"REGEX": rf"^[{LOWER}]{{3,}}(?:{any_suf})s?$"}}]])
        lower_suffix_tok = {"TEXT": {"REGEX": rf"^[{LOWER}][\w-]*(?:{title_suf})(?:s|:s)?$"}}
        add("PREFIX_SUFFIX", [[{"ORTH": {"IN": sorted(lex.prefixes)}}, adj, suffix_tok],
                              [{"ORTH": {"IN": sorted(lex.prefixes)}}, lower_suffix_tok]])
        add("HEAD", [
            [place_tok, adj, {"LOWER": {"REGEX": head_re}, "IS_LOWER": True}],
            [compass, place_tok, adj, {"LOWER": {"REGEX": head_re}, "IS_LOWER": True}],
            [{"ORTH": {"IN": sorted(lex.prefixes)}}, adj, {"LOWER": {"REGEX": head_re}, "IS_LOWER": True}],
            # "Kungliga Tekniska Högskolan", "Danmarks Tekniska universitet": capitalised head after an adjective
            [place_tok, adj1, {"LOWER": {"REGEX": head_re}, "IS_TITLE": True}],
            [place_tok, adj1, {"LOWER": {"REGEX": head_re}, "IS_LOWER": True}],
        ])
        # "FN:s livsmedelsprogram", "FN:s livsmedels- och jordbruksorganisation", "EU:s ministerråd"
        add("ACR_GEN_HEAD", [[{"TEXT": {"REGEX": rf"^[{UPPER}]{{2,}}:s$"}},
                              {"TEXT": {"REGEX": r"-$"}, "OP": "?"}, {"LOWER": "och", "OP": "?"},
                              {"LOWER": {"REGEX": rf"^[{LOWER}-]*(?:program|programmet|kontor|organisation|"
                                                  rf"kommission|byrå|sekretariat|församling|"
                                                  rf"säkerhetsråd|ministerråd|domstol|arbetsgrupp)$"}}]])
        add("PARTY", [[{"ORTH": "("}, {"ORTH": {"IN": sorted(lex.parties)}}, {"ORTH": ")"}]])
        add("CAP_PLURAL", [[{"TEXT": {"REGEX": rf"^[{UPPER}]\w+s$"}}, {"ORTH": {"IN": ["Kommuner", "Regioner"]}}]])
        add("REGION", [
            [{"ORTH": {"IN": ["Region", "Regions"]}}, place_tok, {**lan, "OP": "?"}],
            [{"ORTH": {"IN": ["Region", "Regions"]}}, compass, place_tok, {**lan, "OP": "?"}],
        ])
        lst = {"TEXT": {"REGEX": r"^Länsstyrelsens?$"}}
        add("LST", [
            [lst],
            [lst, {"LOWER": "i"}, place_tok, {"IS_ALPHA": True, "LOWER": {"NOT_IN": stop}, "OP": "?"}, lan],
            [lst, {"LOWER": "i"}, place_tok],
            [lst, place_tok],
            [lst, compass, place_tok],
        ])
        hs = {"ORTH": {"IN": ["Högskolan", "Högskolans"]}}
        # "Universitetet i Oslo", "universitetet i Manchester": universities abroad named by their city
        uni = {"LOWER": {"IN": ["universitetet", "universitetets"]}}
        add("HOGSKOLAN", [[hs, {"LOWER": "i"}, place_tok], [hs, place_tok], [uni, {"LOWER": "i"}, place_tok]])
        add("LAN", [[place_tok, lan], [compass, place_tok, lan]])
        add("COMPANY", [[{"IS_TITLE": True, "LOWER": {"NOT_IN": stop}, "OP": "{1,3}"},
                         {"ORTH": {"IN": ["AB", "AB:s", "Aktiebolag", "HB", "KB"]}}]])
        add("BARE_HEAD", [[{"ORTH": {"IN": bare_heads}}, {"LOWER": {"IN": preps}}]])
        title_re = rf"^(?:{'|'.join(map(re.escape, EMPLOYER_TITLES))}|[{LOWER}-]*(?:{'|'.join(EMPLOYER_ENDINGS)}))$"
        employer_title = {"LOWER": {"REGEX": title_re}}
        name_tok = {"IS_TITLE": True, "LOWER": {"NOT_IN": stop}}
        # "VD för Kungsleden", "chef på Schibsted Sverige"; "Mira Helenius Martinsson, danschef Norrdans"
        add("EMPLOYER", [[employer_title, {"LOWER": {"IN": ["för", "på", "vid", "hos"]}}, {**name_tok, "OP": "{1,3}"}],
                         [{"ORTH": ","}, employer_title, name_tok]])
        self.tail_preps = {s.suffix: set(s.tail) for s in lex.suffixes}
        # Known names, aliases and acronyms, written as in the list (case matters: "Sida" vs "sida").
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        forms: dict[str, str] = {}
        for alias, canonical in lex.aliases.items():
            for form in [alias, *genitive_forms(alias)]:
                forms[form] = canonical
        self.known_forms = forms
        self.phrases.add("NAME", [self.nlp.make_doc(f) for f in forms])

    # ------------------------------------------------------------------------------------------ running
    def __call__(self, doc: Doc) -> Doc:
        cands: list[tuple[int, int, str, str]] = []  # start, end, key, type
        for key_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[key_id]
            cand = self._check(doc, key, start, end)
            if cand:
                cands.append(cand)
        context = has_context(doc, self.min_context_sentences)
        for _key, start, end in self.phrases(doc):
            if not context and self.lex.is_common_noun_name(doc[start:end].text):
                continue  # "regeringen" in a sentence out of its text: whichever government the text is about
            canonical = self.known_forms.get(doc[start:end].text)
            cands.append((start, end, "NAME", self.lex.org_type(canonical or doc[start:end].text)))
        spans, weak = self._select(doc, cands)
        if self.learn_acronyms:
            spans = self._add_learned_acronyms(doc, spans)
        if self.overwrite_ents:
            self.merge(doc, spans, weak=weak)
        else:
            self.merge(doc, [s for s in spans if not any(s.start < e.end and e.start < s.end for e in doc.ents)],
                       weak=weak)
        extend_apostrophe_names(doc)  # "McDonald's Sverige AB", "Jonas O'Neill": before names are propagated
        if self.propagate:
            propagate_names(doc, is_registry_name=lambda t: self.lex.registry_entry(t) is not None,
                            stopwords=self.lex.stopwords, places=self.lex.places)
        return doc

    def _check(self, doc: Doc, key: str, start: int, end: int) -> tuple[int, int, str, str] | None:
        """Validate one Matcher hit, extend names that continue with a prepositional tail, give its type."""
        last = doc[end - 1]
        if key == "PARTY":
            return start + 1, end - 1, key, "övrigt"
        if key == "ACR_GEN_HEAD":
            return start, self._extend_tail(doc, end, ("för",)), key, "övrigt"
        if key in ("SUFFIX", "SUFFIX_ANY", "PREFIX_SUFFIX"):
            suf = self.lex.suffix_of(last.text)
            if suf is None:
                return None
            if suf.tail:
                end = self._extend_tail(doc, end, suf.tail)
            # "Klimat- och näringslivsdepartementet", "Tandvårds- och läkemedelsförmånsverket": one name.
            while start >= 2 and doc[start - 1].lower_ == "och" and doc[start - 2].text.endswith("-") \
                    and doc[start - 2].text[:1].isupper():
                start -= 2
            return start, end, key, suf.type
        if key == "BARE_HEAD":
            new_end = self._extend_tail(doc, end - 1, self.tail_preps.get(doc[start].lower_) or {"för", "mot"})
            if new_end <= end - 1:
                return None  # "Myndigheten för" with nothing name-like after it
            return start, new_end, key, self.lex.org_type(doc[start].text)
        if key == "HEAD":
            typ = self.lex.head_type(last.text)
            if last.lower_ in ("styrelse", "styrelsen", "styrelses", "riksstyrelse"):
                return None  # "Fortifikationsverkets styrelse" is the board of a body, not a body's name
            first = doc[start].lower_
            person_words = ("minister", "ministern", "direktör", "direktören", "chef", "chefen")
            if typ is None or first in self.lex.stopwords or first.rstrip("s") in self.lex.titles \
                    or first.rstrip("s").endswith(person_words):
                return None  # "Finansministerns ekonomiska råd" is a council of a person, not a named body
            low = last.lower_.rstrip("s") if not last.lower_.endswith("ss") else last.lower_
            for suf in self.lex.suffixes:
                if suf.tail and (low == suf.suffix or low.endswith(suf.suffix)):
                    end = self._extend_tail(doc, end, suf.tail)
                    break
            else:
                if self.lex.head_tail(last.text):  # "Nationellt centrum för kvinnofrid", "Kunskapscentrum om X"
                    end = self._extend_tail(doc, end, self.lex.head_tail(last.text))
                elif doc[start].text in self.lex.prefixes:  # "Statens centrum för arkitektur och design"
                    end = self._extend_tail(doc, end, ("för",))
            return start, end, key, typ
        if key == "LAN":
            return start, end, key, "län"
        if key == "REGION":
            return start, end, key, "region"
        if key == "LST":
            return start, end, key, "länsstyrelse"
        if key == "HOGSKOLAN":
            if start > 0 and doc[start - 1].is_title and not doc[start].is_sent_start:
                return None  # "Kungliga Tekniska Högskolan i Stockholm": the name ends at Högskolan
            return start, end, key, "lärosäte"
        if key == "COMPANY":
            return start, end, key, "företag"
        if key == "EMPLOYER":
            return self._employer(doc, start, end)
        if key == "CAP_PLURAL":
            return start, end, key, "förening/nätverk"
        return None

    def _employer(self, doc: Doc, start: int, end: int) -> tuple[int, int, str, str] | None:
        """The name after an employer title ("vd för Kungsleden"): not a place ("ambassadör i Spanien" is not
        matched, "chef för Sverige" is no employer), not the start of a longer capitalised run, and, without a
        preposition, one word that the model does not read as part of a person's name ("danschef Norrdans" but
        not "generaldirektör Anna Berg")."""
        name_start = start + 2
        if end < len(doc) and doc[end].is_title and not doc[end].is_sent_start:
            return None  # the name goes on: a longer run the matcher also offers, or a person's name
        name = doc[name_start:end]
        if any(ent.start == name_start and ent.end < end for ent in doc.ents):
            return None  # the model's entity ends first: "chef för Kontrollmyndigheten Karin Sjö" is no longer name
        nxt = doc[end] if end < len(doc) else None
        if name[-1].text.endswith("-") or name[-1].pos_ == "ADJ" or nxt is not None and nxt.text[:1].isalpha() \
                and nxt.is_lower and nxt.lower_ not in self.lex.stopwords and nxt.pos_ not in TAIL_STOP_POS:
            return None  # "Statens fastighetsverk", "Havs- och ...", "Digitalt engagemang": the name goes on
        text = name.text.removesuffix(":s")
        if text in self.lex.places or text.removesuffix("s") in self.lex.places \
                or self.lex.registry_entry(f"{text} kommun") is not None:
            return None
        if doc[start].text == "," and any(t.ent_type_ == "PER" and self._in_long_person(doc, t) for t in name):
            return None
        return name_start, end, "EMPLOYER", self.lex.org_type(text)

    @staticmethod
    def _in_long_person(doc: Doc, tok) -> bool:
        """True when `tok` is part of a person entity of two or more words."""
        return tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I")

    def _extend_tail(self, doc: Doc, end: int, preps: set[str] | tuple[str, ...]) -> int:
        """"Myndigheten för samhällsskydd och beredskap", "Förvaltningsrätten i Malmö": extend over the tail.

        After "i"/"vid" only a capitalised place (and "län") may follow; after "för"/"mot"/"över" lower-case
        content words joined by "och", commas and hyphens. Stop words, verbs (when the doc is tagged) and a
        capitalised word after a comma (the next item of a list) end the tail.
        """
        if end >= len(doc) or doc[end].lower_ not in preps:
            return end
        prep = doc[end].lower_
        place_only = prep in ("i", "vid")
        last_good = None
        j = end + 1
        while j < len(doc) and j - end <= self.max_tail:
            tok = doc[j]
            low = tok.lower_
            if low in ("och", ",", "&", "samt", "till", "av") and not place_only:
                if low == "," and j + 1 < len(doc) and doc[j + 1].is_title:
                    break
                j += 1
                continue
            if place_only:
                if tok.is_title and low not in self.lex.stopwords and last_good is None:
                    last_good = j
                elif last_good is not None and low in ("län", "läns"):
                    last_good = j
                    break
                else:
                    break
            else:
                if not (tok.is_alpha or ("-" in tok.text and tok.text.replace("-", "").isalpha())):
                    break
                if low in self.lex.stopwords or tok.pos_ in TAIL_STOP_POS or tok.is_title and j > end + 1 and \
                        doc[j - 1].lower_ != "och":
                    break
                last_good = j
            j += 1
        return end if last_good is None else last_good + 1

    def _select(self, doc: Doc, cands: list[tuple[int, int, str, str]]) -> tuple[list[Span], set[tuple[int, int]]]:
        """Longest candidate first, then by pattern priority; no overlaps. Also returns the (start, end) of the
        spans that only a weak shape found (WEAK_KEYS)."""
        cands.sort(key=lambda c: (-(c[1] - c[0]), PRIORITY.get(c[2], 9), c[0]))
        strong = {(c[0], c[1]) for c in cands if c[2] not in WEAK_KEYS}
        weak: set[tuple[int, int]] = set()
        taken: list[Span] = []
        for start, end, key, typ in cands:
            if any(start < s.end and s.start < end for s in taken):
                continue
            label = "LOC" if key == "LAN" else "ORG"
            span = Span(doc, start, end, label=label)
            span._.source = "rule"
            span._.entity_type = typ
            taken.append(span)
            if (start, end) not in strong:
                weak.add((start, end))
        return taken, weak

    def _add_learned_acronyms(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """"Sveriges Kommuner och Landsting (SKL)" and "SKL (Sveriges ...)": tag the acronym everywhere."""
        orgs = [s for s in list(spans) + [e for e in doc.ents if e.label_ == "ORG"]]
        learned = {acronym: s._.entity_type or "övrigt" for acronym, s in acronym_definitions(doc, orgs)}
        if not learned:
            return spans
        out = list(spans)
        for tok in doc:
            base = tok.text[:-2] if tok.text.endswith(":s") else tok.text
            if base in learned and not any(s.start <= tok.i < s.end for s in out):
                span = Span(doc, tok.i, tok.i + 1, label="ORG")
                span._.source = "rule"
                span._.entity_type = learned[base]
                out.append(span)
        return out

    # ------------------------------------------------------------------------------------ serialisation


@Language.factory(
    "sv_org_rules",
    default_config={"overwrite_ents": True, "max_tail": 8, "learn_acronyms": True, "propagate": True,
                    "overlap_policy": OVERLAP_POLICY, "min_context_sentences": 3},
    assigns=["doc.ents", "span._.source", "span._.entity_type"],
)
def make_org_rules(nlp: Language, name: str, overwrite_ents: bool, max_tail: int, learn_acronyms: bool,
                   propagate: bool, overlap_policy: OverlapPolicy, min_context_sentences: int) -> OrgRuler:
    return OrgRuler(nlp, name, overwrite_ents=overwrite_ents, max_tail=max_tail, learn_acronyms=learn_acronyms,
                    propagate=propagate, overlap_policy=overlap_policy, min_context_sentences=min_context_sentences)


__all__: list[Any] = ["OrgRuler", "make_org_rules"]
