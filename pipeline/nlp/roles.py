"""`sv_role_matcher`: who holds which title at which organisation (doc._.roles).

Why rules: Swedish press texts state roles in a handful of fixed constructions, and these are exactly what an
analyst wants as a table:
  A  apposition after the name   "Mikael Sjöberg, GD Arbetsförmedlingen"
                                 "Anette Berggren, enhetschef för arbetsmarknad på Haninge kommun"
  B  genitive organisation       "Arbetsförmedlingens generaldirektör Mikael Sjöberg", "SKL:s VD Vesna Jovic"
  C  title before the name       "statssekreterare Elisabeth Backteman", "landshövding X",
                                 "arbetsmarknadsminister Ylva Johansson", "Moderator Catrin Ditz, Storsthlm"
  D  appointment                 "X utses till generaldirektör för Y", "X blir ny rektor vid Y"
Titles come from resources/titles.tsv (written form -> normalised role) plus compounds recognised by their
ending (-chef, -direktör, -minister, ...) and one-letter misspellings of long titles ("generaldirkektör").
When the model missed the person next to a title, a capitalised name sequence there is added as PER (source
"rule"); when an apposition title is followed by an unknown capitalised name ("VD Validering Väst") it is
added as ORG. Run after the organisation rules and before the canonicaliser.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.nlp.canonical import edit_distance_le1
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.lexicon import Lexicon, LexiconComponent, default_lexicon
from pipeline.nlp.spans import OVERLAP_POLICY, OverlapPolicy, mark_model_ents, merge_entities

register_extensions()

# Compound titles recognised by their last part ("FoUU-chef", "arbetsmarknadsminister", "regionutvecklare").
ROLE_SUFFIX = re.compile(
    r"^(?:[\wåäöÅÄÖ]+-)?[\wåäö]*(chef|direktör|ansvarig|ledare|samordnare|strateg|utvecklare|handläggare|"
    r"minister|sekreterare|rådgivare|koordinator|ordförande|ledamot|ambassadör)(en|n|e)?$")
BREAK = {".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "\n", "\n\n"}
RESOURCES = Path(__file__).parent / "resources"


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a resource file, without comments and blank lines."""
    lines = (RESOURCES / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


def _cue_sets() -> dict[str, set[str]]:
    sets: dict[str, set[str]] = {}
    for name, word in _rows("role_cues.tsv"):
        sets.setdefault(name, set()).add(word)
    return sets


def _maps() -> dict[str, list[tuple[str, str]]]:
    maps: dict[str, list[tuple[str, str]]] = {}
    for name, key, value in _rows("role_maps.tsv"):
        maps.setdefault(name, []).append((key, value))
    return maps


# The word lists and mappings are data (resources/role_cues.tsv, role_maps.tsv; each set is described there).
_CUES = _cue_sets()
_MAPS = _maps()
TENURE = _CUES["tenure"]
RANK = _CUES["rank"]
ORG_PREPS = _CUES["org_prep"]
APPOINT = _CUES["appoint"]
CAREER_VERBS = _CUES["career_verb"]
CAREER_PARTICIPLES = _CUES["career_participle"]
APPOINTING = _CUES["appointing"]
APPOINTED = _CUES["appointed"]
RELATIVE_FILLERS = _CUES["relative_filler"]
SUCCEED_VERBS = _CUES["succeed_verb"]
PRONOUNS = _CUES["pronoun"]
APPOINTMENT_NOUNS = _CUES["appointment_noun"]
REPRESENT_VERBS = _CUES["represent_verb"]
GENERIC_ORG_NOUNS = _CUES["generic_org_noun"]
SUBJECT_ADVERBS = _CUES["subject_adverb"]
MEMBER_CUES = _CUES["member_cue"]
BODY_WORDS = _CUES["body_word"]
LABEL_WORDS = _CUES["label_word"]
ORG_WORDS = _CUES["org_word"]
ORG_APPOSITION_ENDINGS = tuple(sorted(_CUES["org_apposition_ending"]))
COMMITTEE_ENDINGS = tuple(sorted(_CUES["committee_ending"]))
# Header words besides titles, plus the punctuation and Markdown marks a header line carries.
ROLE_HEADER_FILLERS = _CUES["role_header_filler"] | {",", ":", "*", "**", ":*", ":**", "#", "##", "###", "-", "–"}
ROLE_ADJ = dict(_MAPS["role_adj"])
UNIT_CHIEF = dict(_MAPS["unit_chief"])
# The role dict of such a post carries org_inferred=True and org_name; org_start/org_end stay None.
INFERRED_ORG = tuple(_MAPS["inferred_org"])


@dataclass
class Title:
    start: int        # first token, including modifiers
    end: int
    role: str         # normalised
    head_start: int   # first token of the title word(s) proper


class RoleMatcher(LexiconComponent):
    def __init__(self, nlp: Language, name: str = "sv_role_matcher", add_persons: bool = True,
                 add_orgs: bool = True, max_gap: int = 10, overlap_policy: OverlapPolicy = merge_entities) -> None:
        self.nlp = nlp
        self.merge = overlap_policy
        self.name = name
        self.add_persons = add_persons
        self.add_orgs = add_orgs
        self.max_gap = max_gap
        self.set_lexicon(default_lexicon())

    def set_lexicon(self, lex: Lexicon) -> None:
        self.lex = lex
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.phrases.add("TITLE", [self.nlp.make_doc(t) for t in lex.titles])
        self.long_titles = [t for t in lex.titles if len(t) >= 10 and " " not in t]

    # ------------------------------------------------------------------------------------------ titles
    def _normalise(self, words: str) -> str:
        low = words.lower()
        if low in self.lex.titles:
            return self.lex.titles[low]
        for t in self.long_titles:
            if len(low) >= 10 and edit_distance_le1(low, t):
                return self.lex.titles[t]
        m = ROLE_SUFFIX.match(words) or ROLE_SUFFIX.match(low)
        word = words if any(c.isupper() for c in words[1:]) else low
        if m and m.group(2):
            head, ending = m.group(1), m.group(2)
            stem = word[: len(word) - len(ending)]
            # chefen -> chef, direktören -> direktör, ministern -> minister, ledaren -> ledare,
            # ansvarige -> ansvarig; anything else is left as written.
            if (ending == "en" and head in ("chef", "direktör", "strateg", "koordinator", "ledamot", "ambassadör")) or \
                    (ending == "n" and head not in ("chef", "direktör", "strateg", "koordinator", "ansvarig",
                                                    "ambassadör")) or \
                    (ending == "e" and head == "ansvarig"):
                word = stem
        return word.lower()

    def _find_titles(self, doc: Doc) -> list[Title]:
        hits: dict[int, tuple[int, str]] = {}
        for _k, s, e in self.phrases(doc):
            if s not in hits or e > hits[s][0]:
                hits[s] = (e, doc[s:e].text)
        covered = {i for s, (e, _) in hits.items() for i in range(s, e)}
        for tok in doc:
            if tok.i in covered or not tok.is_alpha and "-" not in tok.text and ":" not in tok.text:
                continue
            low = tok.lower_
            if low in self.lex.stopwords or len(low) < 4:
                continue
            fuzzy = len(low) >= 10 and any(edit_distance_le1(low, t) for t in self.long_titles)
            if fuzzy or ROLE_SUFFIX.match(tok.text) or ROLE_SUFFIX.match(low):
                hits[tok.i] = (tok.i + 1, tok.text)
        titles = []
        for s in sorted(hits):
            e, text = hits[s]
            if any(t.start <= s < t.end for t in titles):
                continue
            if e in hits and text.lower().endswith(("ansvarig", "ansvariga", "ansvarige")):
                continue  # "ytterst ansvarig chef": an adjective before the title proper
            base = role = self._normalise(text)
            start = s
            # Modifiers before the title: "vice ordförande", "tf. generaldirektör", "tillförordnad rektor".
            while start > 0:
                prev = doc[start - 1].lower_
                if prev in RANK:
                    role = f"{prev} {role}"
                    start -= 1
                elif prev in ROLE_ADJ and start == s:
                    # "särskilda utredare" -> särskild utredare, "administrativ chef", "ständiga sekreterare"
                    role = f"{ROLE_ADJ[prev]} {role}"
                    start -= 1
                elif prev in TENURE:
                    start -= 1
                elif start > 1 and (prev, doc[start - 2].lower_) in (
                        (".", "tf"), (".", "t.f"), ("d", "f"), ("d.", "f."), ("d", "f.")):
                    start -= 2
                else:
                    break
            # "energi- och näringsminister", "jämställdhets- och biträdande arbetsmarknadsminister": one title.
            if start >= 2 and doc[start - 1].lower_ == "och" and doc[start - 2].text.endswith("-"):
                start -= 2
                while start >= 2 and doc[start - 1].text == "," and doc[start - 2].text.endswith("-"):
                    start -= 2
                if doc[start].text == "-" and start >= 1 and doc[start - 1].is_alpha:
                    start -= 1  # "energi - och näringsminister": a hyphen written apart from its word
                role = " ".join(t.lower_ for t in doc[start:s] if t.lower_ not in TENURE) + " " + base
                role = role.replace(" ,", ",").replace(" - ", "- ")
            # "chef för enheten för X" -> enhetschef (also avdelningen, sektionen, staben, kansliet)
            if role == "chef" and e + 1 < len(doc) and doc[e].lower_ == "för" and \
                    doc[e + 1].lower_ in UNIT_CHIEF:
                role = UNIT_CHIEF[doc[e + 1].lower_]
            elif role == "chef" and e + 2 < len(doc) and doc[e].lower_ == "för" and \
                    re.fullmatch(r"[a-zåäö]{3,}s?(enhet|enheten|avdelning|avdelningen)", doc[e + 2].lower_) and \
                    (doc[e + 1].text.endswith(":s") or doc[e + 1].text.endswith("s")) and doc[e + 1].text[:1].isupper():
                # "chef för UD:s kommunikationsenhet" -> kommunikationschef
                role = re.sub(r"(enhet|enheten|avdelning|avdelningen)$", "chef", doc[e + 2].lower_)
            titles.append(Title(start, e, role, s))
        return titles

    # ------------------------------------------------------------------------------------------ people
    def _name_like(self, tok) -> bool:
        text = tok.text
        low = tok.lower_
        return (text[:1].isupper() and text.replace("-", "").isalpha() and low not in self.lex.stopwords
                and low not in self.lex.titles and not ROLE_SUFFIX.match(low) and not text.isupper()
                and self.lex.head_type(low) is None and self.lex.suffix_of(low) is None)

    def _ent_at(self, doc: Doc, i: int, label: str, ents: list[Span], end: bool = False) -> Span | None:
        """The entity with this label starting (or ending) at token i. The doc's entities are looked up in an
        index built once per document (a scan per call is quadratic in long documents); only the few spans
        added during this call (the tail of `ents` after the indexed ones) are scanned."""
        base = getattr(self, "_base", None)
        n = len(base) if base else 0
        if n and len(ents) >= n and ents[0] is base[0] and ents[n - 1] is base[n - 1]:
            hit = (self._by_end if end else self._by_start).get((i, label))
            if hit is not None:
                return hit
            rest = ents[n:]
        else:
            rest = ents
        for e in rest:
            if e.label_ == label and ((e.end == i) if end else (e.start == i)):
                return e
        return None

    def _pers_in(self, ents: list[Span], s: int, e: int) -> list[Span]:
        """PER spans inside tokens [s, e), in order; the indexed ones by bisection, the added tail by a scan."""
        base = getattr(self, "_base", None)
        n = len(base) if base else 0
        if n and len(ents) >= n and ents[0] is base[0] and ents[n - 1] is base[n - 1]:
            i = bisect.bisect_left(self._per_starts, s)
            out = []
            while i < len(self._pers) and self._pers[i].start < e:
                if self._pers[i].end <= e:
                    out.append(self._pers[i])
                i += 1
            rest = ents[n:]
        else:
            out, rest = [], ents
        out += [p for p in rest if p.label_ == "PER" and s <= p.start and p.end <= e]
        return sorted(out, key=lambda p: p.start)

    def _index(self, ents: list[Span]) -> None:
        self._pers = sorted((e for e in ents if e.label_ == "PER"), key=lambda e: e.start)
        self._per_starts = [e.start for e in self._pers]
        self._base = ents
        self._by_start: dict[tuple[int, str], Span] = {}
        self._by_end: dict[tuple[int, str], Span] = {}
        for e in ents:
            self._by_start.setdefault((e.start, e.label_), e)
            self._by_end.setdefault((e.end, e.label_), e)

    @staticmethod
    def _initial(tok) -> bool:
        """A middle initial: "H.", "L", "R."."""
        return bool(re.fullmatch(r"[A-ZÅÄÖ]\.?", tok.text))

    def _name_tokens_ok(self, toks) -> bool:
        return (len(toks) >= 2 and self._name_like(toks[0]) and self._name_like(toks[-1])
                and sum(self._name_like(t) for t in toks) >= 2)

    def _guess_person_after(self, doc: Doc, i: int, ents: list[Span]) -> Span | None:
        j = i
        while j < len(doc) and j - i < 4 and (self._name_like(doc[j]) or j > i and self._initial(doc[j])) and \
                not any(e.start <= j < e.end for e in ents):
            if j - i == 3 and not self._initial(doc[j - 1]) and not self._initial(doc[j - 2]):
                break
            j += 1
        while j > i and not self._name_like(doc[j - 1]):
            j -= 1
        return Span(doc, i, j, label="PER") if self._name_tokens_ok(doc[i:j]) else None

    def _guess_person_before(self, doc: Doc, end: int, ents: list[Span]) -> Span | None:
        j = end
        while j > 0 and end - j < 4 and (self._name_like(doc[j - 1]) or j < end and self._initial(doc[j - 1])) and \
                not any(e.start <= j - 1 < e.end for e in ents):
            if end - j == 3 and not any(self._initial(t) for t in doc[j:end]):
                break
            j -= 1
        while j < end and not self._name_like(doc[j]):
            j += 1
        if not self._name_tokens_ok(doc[j:end]):
            return None
        return Span(doc, j, end, label="PER")

    # ---------------------------------------------------------------------------------------- running
    def _clean_persons(self, doc: Doc) -> None:
        """Strip title and label words the model put inside a PER span ("Riksdagsledamoten Ida Karkiainen",
        "Kontakt Anita Sandell"); relabel "persons" with organisation words ("Validering Väst") as ORG and drop
        one-token acronyms ("RUA") that the model took for people."""
        changed = False
        out = []
        for e in doc.ents:
            # "European Defence Agency," -> no punctuation at either end of a name
            a, b = e.start, e.end
            while b > a and doc[b - 1].is_punct and doc[b - 1].text not in (".", ")") and doc[b - 1].text != "&":
                b -= 1
            while a < b and (doc[a].is_punct or not any(c.isalnum() for c in doc[a].text)) \
                    and doc[a].text not in ("(",):
                a += 1  # also "#" of a Markdown headline: "# Civilminister Erik Slottner"
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
            if e.start > 0 and self.add_orgs and doc[e.start - 1].is_lower \
                    and doc[e.start - 1].lower_.endswith(ORG_APPOSITION_ENDINGS):
                # "forskningsorganisationen Sustainable Innovation": the noun before says what the name is
                changed = True
                out.append(Span(doc, e.start, e.end, label="ORG"))
                continue
            start = e.start
            while e.end - start >= 2 and (doc[start].lower_ in LABEL_WORDS or doc[start].lower_ in self.lex.titles
                                           or doc[start].lower_ in TENURE or doc[start].lower_ in RANK
                                           or (ROLE_SUFFIX.match(doc[start].lower_) and len(doc[start]) > 4)):
                start += 1
            # "budgetchefen på Finansdepartementet Urban Hansson Brusewitz": the model left out the first name.
            if start == e.start and e.start >= 2 and self._name_like(doc[e.start - 1]) and \
                    doc[e.start - 1].lower_ not in ("the", "de", "la", "le", "el") and \
                    doc[e.start - 2].text not in BREAK and "\n" not in doc[e.start - 2].text and \
                    not doc[e.start - 2].is_space and not any(o.start <= e.start - 1 < o.end for o in doc.ents):
                changed = True
                out.append(Span(doc, e.start - 1, e.end, label="PER"))
                continue
            if start > e.start:
                changed = True
                span = Span(doc, start, e.end, label="PER")
                if span.text[:1].isupper():
                    out.append(span)
                continue
            if len(e) >= 2 and e[0].lower_ in GENERIC_ORG_NOUNS and self.add_orgs:
                # "Nätverket Kompetensförsörjningsdagarna": a generic noun naming what the name is
                changed = True
                out.append(Span(doc, e.start + 1, e.end, label="ORG"))
                continue
            if len(e) == 1 and e.text.isupper() and len(e.text) >= 2:
                changed = True
                continue
            if len(e) == 1 and (e[0].lower_ in self.lex.titles or ROLE_SUFFIX.match(e[0].lower_)):
                changed = True  # "Civilministern" alone is a title, not a person's name
                continue
            if len(e) >= 2 and any(t.lower_ in ORG_WORDS for t in e):
                changed = True
                out.append(Span(doc, e.start, e.end, label="ORG"))
                continue
            out.append(e)
        if changed:
            doc.ents = sorted(out, key=lambda x: x.start)

    def _sentence_bounds(self, doc: Doc, i: int) -> tuple[int, int]:
        s = i
        while s > 0 and doc[s - 1].text not in (".", "!", "?") and "\n" not in doc[s - 1].text:
            s -= 1
        e = i
        while e < len(doc) and doc[e].text not in (".", "!", "?") and "\n" not in doc[e].text:
            e += 1
        return s, e

    def _sentence_subject(self, doc: Doc, t: Title, ents: list[Span]) -> Span | None:
        """The sentence-initial person (or "Han"/"Hon" for the last person named before) of a career sentence:
        "Christina Malm har tidigare varit överdirektör på FRA, ..."; "Hon kommer närmast från rollen som ..."."""
        s, _e = self._sentence_bounds(doc, t.start)
        pers = self._pers_in(ents, s, t.start)
        subj = None
        if pers and pers[0].start == s:
            subj = pers[0]
            if len(pers) > 1:
                return None
            nxt = subj.end
        elif doc[s].lower_ in PRONOUNS and not pers:
            before = [p for p in ents if p.label_ == "PER" and p.end <= s]
            if not before:
                return None
            subj = before[-1]
            nxt = s + 1
        elif not pers and any(doc[k].lower_ in PRONOUNS and doc[k - 1].lower_ in CAREER_VERBS
                              for k in range(s + 1, t.start)):
            # inverted order after a fronted adverbial: "Mellan 1998 och 2012 arbetade han i X, från 2007 som ..."
            before = [p for p in ents if p.label_ == "PER" and p.end <= s]
            return before[-1] if before else None
        else:
            return None
        if nxt + 1 < t.start and doc[nxt].text == "," and doc[nxt + 1].lower_ == "som":
            nxt += 2  # "Anna Björkander, som närmast kommer från tjänsten som ..."
        while nxt < t.start and doc[nxt].lower_ in SUBJECT_ADVERBS:
            nxt += 1
        if nxt >= t.start or doc[nxt].lower_ not in CAREER_VERBS:
            return None
        if any(tok.lower_ in ("säger", "sa", "menar", "anser", "att") for tok in doc[nxt:t.start]):
            return None
        # "Anna Ek har i dag träffat generaldirektören för X": another main verb makes the title an object, and
        # "tillsammans med generaldirektörerna" names other people (the tagger's part of speech and number).
        if any(tok.pos_ == "VERB" and tok.lower_ not in CAREER_VERBS and tok.lower_ not in CAREER_PARTICIPLES
               and tok.lower_ not in APPOINT for tok in doc[nxt + 1:t.start]):
            return None
        if doc[t.head_start].morph.get("Number") == ["Plur"]:
            return None
        return subj

    def _board_memberships(self, doc: Doc, ents: list[Span]) -> list[tuple[Span, Title, Span]]:
        """"NN sitter i Fortifikationsverkets styrelse" -> ledamot of Fortifikationsverket."""
        out = []
        for org in ents:
            if org.label_ != "ORG" or org.end >= len(doc) or doc[org.end].lower_ not in ("styrelse", "styrelsen"):
                continue
            if org.start == 0 or doc[org.start - 1].lower_ not in ("i", "till"):
                continue
            t = Title(org.start - 1, org.end + 1, "ledamot", org.end)
            subj = self._sentence_subject(doc, t, ents)
            if subj is None:
                continue
            out.append((subj, t, org))
        return out

    def _lines(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of the text's lines (newline tokens excluded)."""
        out, start = [], 0
        for tok in doc:
            if "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i))
                start = tok.i + 1
        if start < len(doc):
            out.append((start, len(doc)))
        return out

    def _list_members(self, doc: Doc, ents: list[Span], new_ents: list[Span], titles: list[Title]
                      ) -> list[tuple[Span, Title, Span]]:
        """Members under a list header: "Följande personer ingår i kommittén X:", "Ledamöterna i insynsrådet:",
        "Vidare nomineras följande två nya ledamöter till Kungliga Dramaten AB:" -> each listed person is ledamot
        (or the ordförande / vice ordförande the line gives) of the header's organisation, else of the one the
        headline names."""
        lines = self._lines(doc)
        out = []
        headline_orgs = []
        if lines:
            s0, e0 = lines[0]
            headline_orgs = [o for o in ents if o.label_ == "ORG" and s0 <= o.start and o.end <= e0
                             and not (o.start > 0 and doc[o.start - 1].text == "(") and self._is_body_slot(doc, o)]
        for n, (s, e) in enumerate(lines):
            if not self._is_header(doc, s, e) or not any(tok.lower_ in MEMBER_CUES for tok in doc[s:e]):
                continue
            if self._role_header(doc, s, e, titles):
                continue  # "**Nya ledamöter:**": _role_sections gives each member the header's roles
            orgs = [self._board_owner(doc, o, new_ents) for o in ents + new_ents
                    if o.label_ == "ORG" and s <= o.start and o.end <= e and self._is_body_slot(doc, o)]
            org = orgs[-1] if orgs else None
            if org is None:
                org = self._board_of(doc, s, e, ents + new_ents, new_ents)
            if org is None:
                org = self._named_body(doc, s, e - 1, new_ents)
            if org is None and headline_orgs:
                org = headline_orgs[-1]
            if org is None:
                continue
            for ls, le in lines[n + 1:]:
                k = ls
                while k < le and doc[k].text in ("*", "-", "•", "–"):
                    k += 1
                # "* Riksdagsledamoten Angelica Bengtsson, ledamot", "* F.d. riksdagsledamoten Olle Wästberg"
                k0 = k
                while k < le and k - k0 < 3 and (doc[k].lower_ in self.lex.titles or doc[k].lower_ in TENURE
                                                  or doc[k].lower_ in ("f", "d", "f.d", "d.")
                                                  or ROLE_SUFFIX.match(doc[k].lower_)):
                    k += 1
                first = self._ent_at(doc, k, "PER", ents + new_ents)
                if first is None and self.add_persons:
                    # "Petra Örjegren, redovisningskonsult, ...": a name the model missed, closed by a comma.
                    guess = self._guess_person_after(doc, k, ents + new_ents)
                    if guess is not None and guess.end < le and doc[guess.end].text == ",":
                        first = guess
                        new_ents.append(guess)
                if first is None and k0 > ls:
                    # a bullet line with a longer description before the name:
                    # "* Ordförande kultur- och fritidsnämnden Gävle kommun Martina Kyngäs, ledamot"
                    first = next((p for p in ents + new_ents if p.label_ == "PER" and ls <= p.start and p.end < le
                                  and doc[p.end].text == ","), None)
                if first is None:
                    break
                pers = [p for p in ents + new_ents if p.label_ == "PER" and ls <= p.start and p.end <= le]
                rest = [tok for tok in doc[k:le] if not any(p.start <= tok.i < p.end for p in pers)]
                members = pers if all(tok.text in (",", "och", "samt", ".") for tok in rest) else [first]
                for p in members:
                    role = "ledamot"
                    if p is first and p.end + 1 < le and doc[p.end].text == ",":
                        nxt = doc[p.end + 1:min(le, p.end + 3)].text.lower()
                        for cand in ("vice ordförande", "ordförande", "suppleant", "ledamot"):
                            if nxt.startswith(cand):
                                role = cand
                                break
                    out.append((p, Title(p.end, p.end, role, p.end), org))
        return out

    @staticmethod
    def _is_header(doc: Doc, s: int, e: int) -> bool:
        """A line that ends in a colon, also inside Markdown emphasis ("**Ordförande:**")."""
        return doc[s:e].text.strip("*_ ").endswith(":")

    @staticmethod
    def _role_header(doc: Doc, s: int, e: int, titles: list[Title]) -> list[Title]:
        """The titles of a header line made of titles only ("**Nya ledamöter:**", "## Ny ersättare och vice
        ordförande:"); empty for any other line."""
        if not doc[s:e].text.strip("*_ ").endswith(":"):
            return []
        in_line = [t for t in titles if s <= t.start and t.end <= e]
        if not in_line:
            return []
        for tok in doc[s:e]:
            if any(t.start <= tok.i < t.end for t in in_line):
                continue
            if tok.lower_ not in ROLE_HEADER_FILLERS and tok.text.strip("*#_:"):
                return []
        return in_line

    def _headline_body(self, doc: Doc, lines: list[tuple[int, int]], ents: list[Span], new_ents: list[Span]
                       ) -> Span | None:
        """The body a headline names as the place of the members: "Nya ledamöter i X:s styrelse", "Ytterligare
        ledamot och ersättare i mediestödsnämnden" (a named committee in lower case is made an ORG)."""
        if not lines:
            return None
        s0, e0 = lines[0]
        orgs = [o for o in ents + new_ents if o.label_ == "ORG" and s0 <= o.start and o.end <= e0
                and self._is_body_slot(doc, o) and not (o.end < len(doc) and doc[o.end].lower_ in APPOINTING)]
        if orgs:
            return orgs[-1]
        for j in range(s0 + 1, e0):
            if doc[j - 1].lower_ in ("i", "till") and doc[j].is_lower and doc[j].lower_.endswith(COMMITTEE_ENDINGS) \
                    and len(doc[j]) > 9 and not any(x.start <= j < x.end for x in ents + new_ents) and self.add_orgs:
                span = Span(doc, j, j + 1, label="ORG")
                new_ents.append(span)
                return span
        return None

    def _line_person(self, doc: Doc, ls: int, le: int, ents: list[Span], new_ents: list[Span]) -> Span | None:
        """The person a list line names within its first words: "F.d. kammarrättslagmannen Anita Linder (…)",
        "Tillträdande stabschef för Utbetalningsmyndigheten Therese Pelow (…)"."""
        for p in ents + new_ents:
            if p.label_ == "PER" and ls <= p.start < ls + 7 and p.end <= le:
                return p
        if not self.add_persons:
            return None
        for k in range(ls, min(le, ls + 7)):
            if any(x.start <= k < x.end for x in ents + new_ents):
                continue
            guess = self._guess_person_after(doc, k, ents + new_ents)
            if guess is not None and (guess.end == le or doc[guess.end].text in ("(", ",")):
                new_ents.append(guess)
                return guess
        return None

    def _role_sections(self, doc: Doc, ents: list[Span], new_ents: list[Span], titles: list[Title]
                       ) -> list[tuple[Span, Title, Span]]:
        """Members listed under headers that give their roles:
            **Mediestödsnämnden har nu följande sammansättning:**   (the body; else the headline's body)
            **Ordförande:**
            F.d. kammarrättslagmannen Anita Linder (…)
            **Ny ersättare och vice ordförande:**
            Kammarrättslagmannen Mattias Almqvist (…)
        -> Anita Linder ordförande, Mattias Almqvist ersättare and vice ordförande of the body."""
        lines = self._lines(doc)
        out: list[tuple[Span, Title, Span]] = []
        body: Span | None = None
        for n, (s, e) in enumerate(lines):
            if not self._is_header(doc, s, e):
                continue
            heads = self._role_header(doc, s, e, titles)
            if not heads:
                orgs = [o for o in ents + new_ents if o.label_ == "ORG" and s <= o.start and o.end <= e]
                if orgs:
                    body = orgs[-1]  # "X har nu följande sammansättning:"
                continue
            org = body or self._headline_body(doc, lines, ents, new_ents)
            if org is None:
                continue
            for ls, le in lines[n + 1:]:
                if self._is_header(doc, ls, le):
                    break
                p = self._line_person(doc, ls, le, ents, new_ents)
                if p is None:
                    break
                out += [(p, t, org) for t in heads]
        return out

    def _unlisted_titles(self, doc: Doc, ents: list[Span], has_role: set[int]) -> list[tuple[Span, Title, Span]]:
        """An apposition with a title that is not in titles.tsv, closed by an organisation: "Anna Berg,
        kulturstrateg vid Region Skåne" -> the common noun after the comma is the title (the tagger must call it
        a noun, and the organisation must follow at once)."""
        out = []
        orgs = {e.start: e for e in ents if e.label_ == "ORG"}
        for p in ents:
            if p.label_ != "PER" or p.start in has_role or p.end + 3 >= len(doc) or doc[p.end].text != ",":
                continue
            word, prep = doc[p.end + 1], doc[p.end + 2]
            org = orgs.get(p.end + 3)
            if org is None or prep.lower_ not in ("vid", "på", "hos", "i") or not word.is_alpha \
                    or not word.is_lower or len(word) < 5 or word.pos_ != "NOUN" or word.lower_ in self.lex.stopwords:
                continue
            out.append((p, Title(p.end + 1, p.end + 2, self._normalise(word.text), p.end + 1), org))
        return out

    @staticmethod
    def _opens(doc: Doc, i: int) -> bool:
        """Token i starts a sentence or line (after list or headline marks)."""
        j = i - 1
        while j >= 0 and doc[j].text in ("#", "##", "###", "*", "-", "•", "–"):
            j -= 1
        return j < 0 or bool(doc[i].is_sent_start) or "\n" in doc[j].text or doc[j].text in (".", "!", "?", ":")

    @staticmethod
    def _genitive_before_noun(doc: Doc, org: Span) -> bool:
        """"... och Internationella Valutafondens utvecklingskommitté": the organisation only qualifies a noun."""
        return org.text.endswith("s") and org.end < len(doc) and doc[org.end].is_lower and doc[org.end].is_alpha

    def _headline_appointment(self, doc: Doc, ents: list[Span], titles: list[Title], used: set[int],
                              new_ents: list[Span], titled: set[int]) -> list[tuple[Span, Title, Span | None]]:
        """A headline that announces a title without a name ("Ny generaldirektör utsedd för Swedac",
        "Försvarsmakten får ny generaldirektör"): the person the body appoints holds it."""
        lines = self._lines(doc)
        if not lines:
            return []
        s0, e0 = lines[0]
        if any(p.label_ == "PER" and s0 <= p.start < e0 for p in ents):
            return []
        heads = [t for t in titles if s0 <= t.start and t.end <= e0 and t.start not in used]
        if len(heads) != 1:
            return []
        t = heads[0]
        if doc[t.head_start].morph.get("Number") == ["Plur"]:
            return []  # "Regeringen förordnar nya ledamöter ...": several people, named in a list below
        org = self._org_after_title(doc, t, ents, new_ents, allow_guess=False)
        if org is None:
            # the organisation the headline names before the title, unless it is the one that appoints
            # ("Försvarsmakten får ny generaldirektör" but not "Regeringen utser ny ...")
            before = [o for o in ents if o.label_ == "ORG" and s0 <= o.start and o.end <= t.start
                      and not (o.end < len(doc) and doc[o.end].lower_ in APPOINTING)]
            org = before[-1] if before else None
        if t.role.endswith("minister") or t.role == "statsråd":
            org = None  # "Civilministern besöker Länsstyrelsen ...": the place visited is not the employer
        announces = any(tok.lower_ in APPOINTING or tok.lower_ in ("utsedd", "utnämnd", "ny", "nye", "nya")
                        for tok in doc[s0:e0]) or doc[t.head_start].lower_.endswith("ministern")
        # "Civilministern besöker X": the minister the headline names in the definite is the body's first person
        for p in ents:
            if p.label_ != "PER" or p.start < e0:
                continue
            s, e = self._sentence_bounds(doc, p.start)
            if sum(tok.text == "(" for tok in doc[s:p.start]) > sum(tok.text == ")" for tok in doc[s:p.start]):
                continue  # inside brackets: a name of something else ("(Children and Armed Conflict, CAAC)")
            if p.start in titled:
                break  # the body's first person has a title of her own ("kontakta pressassistent NN")
            if announces or any(tok.lower_ in APPOINTING or tok.lower_ in ("utsetts", "utnämnts", "anställts")
                                for tok in doc[s:e]):
                return [(p, t, org)]
            break  # only the first person named in the body
        return []

    def _represented_by(self, doc: Doc, ents: list[Span], titles: list[Title], used: set[int]
                        ) -> list[tuple[Span, Title, Span]]:
        """Who represented which organisation, after a sentence that gives their title: "Fyra statssekreterare
        representerade regeringen. För Näringsdepartementets räkning deltog A. Utbildningsdepartementet
        representerades av B och C och från Socialdepartementet närvarade D." -> statssekreterare at each."""
        out = []
        orgs = [e for e in ents if e.label_ == "ORG"]
        people = {e.start: e for e in ents if e.label_ == "PER"}
        free = [t for t in titles if t.start not in used]
        for org in orgs:
            k = None
            on_behalf = org.start >= 1 and doc[org.start - 1].lower_ == "för" and org.end + 1 < len(doc) \
                and doc[org.end].lower_ == "räkning" and doc[org.end + 1].lower_ in REPRESENT_VERBS
            passive = org.end + 1 < len(doc) and doc[org.end].lower_ in ("representerades", "företräddes") \
                and doc[org.end + 1].lower_ == "av"
            if on_behalf or passive:
                k = org.end + 2
            elif org.start >= 1 and doc[org.start - 1].lower_ == "från" and org.end < len(doc) \
                    and doc[org.end].lower_ in REPRESENT_VERBS:
                k = org.end + 1
            if k is None:
                continue
            here = next((t for t in titles if t.start == k and t.end in people), None)
            if here is not None:
                # the title follows the verb: "För Finansdepartementets räkning deltog statssekreterare Max Elger"
                out.append((people[here.end], here, org))
                continue
            title = next((t for t in reversed(free) if t.end <= org.start and org.start - t.end <= 60), None)
            if title is None:
                continue
            while k in people:
                p = people[k]
                out.append((p, title, org))
                k = p.end + 1 if p.end < len(doc) and doc[p.end].lower_ in ("och", ",", "samt") else len(doc)
        return out

    def _inline_members(self, doc: Doc, ents: list[Span], seen: set) -> list[tuple[Span, Title, Span]]:
        """Member lists inside one sentence: "Regeringen har utsett följande ledamöter i X:s insynsråd: A, B och
        C." or "Styrelsen består av A (ordförande), B och C." -> each person is ledamot (or the role in brackets)
        of the organisation named before the list."""
        out = []
        by_start = {e.start: e for e in ents if e.label_ == "PER"}
        for tok in doc:
            colon = tok.text == ":" and tok.i + 1 < len(doc) and "\n" not in doc[tok.i + 1].text_with_ws \
                and "\n" not in tok.whitespace_
            consists = tok.lower_ == "av" and tok.i > 0 and doc[tok.i - 1].lower_ in ("består", "utgörs")
            if not (colon or consists):
                continue
            cue = tok.i
            s, _e = self._sentence_bounds(doc, cue)
            head = doc[s:cue]
            if not any(t.lower_ in MEMBER_CUES or t.lower_ in ("styrelsen", "består") for t in head):
                continue
            orgs = [o for o in ents if o.label_ == "ORG" and s <= o.start and o.end <= cue]
            if not orgs:
                continue
            org = orgs[-1]
            k = cue + 1
            members: list[tuple[Span, str]] = []
            while k < len(doc):
                p = by_start.get(k)
                if p is None:
                    break
                role, k = "ledamot", p.end
                if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and \
                        doc[k + 1].lower_ in ("ordförande", "ledamot", "suppleant"):
                    role, k = doc[k + 1].lower_, k + 3
                elif k + 3 < len(doc) and doc[k].text == "(" and doc[k + 3].text == ")" and \
                        f"{doc[k + 1].lower_} {doc[k + 2].lower_}" == "vice ordförande":
                    role, k = "vice ordförande", k + 4
                members.append((p, role))
                if k < len(doc) and doc[k].lower_ in (",", "och", "samt"):
                    k += 1
                    continue
                break
            if len(members) < 2:
                continue
            for p, role in members:
                if (p.start, role) not in seen:
                    out.append((p, Title(p.end, p.end, role, p.end), org))
        return out

    @staticmethod
    def _is_body_slot(doc: Doc, o: Span) -> bool:
        """An ORG that the members belong to ("i X", "till X", "X:s styrelse"), not the acting subject
        ("Kulturdepartementet nominerar ...")."""
        if o[-1].lower_ in ("styrelse", "styrelsen"):
            return True
        if o.end < len(doc) and doc[o.end].lower_ in ("styrelse", "styrelsen"):
            return True
        return o.start > 0 and doc[o.start - 1].lower_ in ("i", "till", "för", "hos", "vid", "inom")

    def _board_owner(self, doc: Doc, o: Span, new_ents: list[Span]) -> Span:
        """"Operans styrelse" tagged as one ORG: the board belongs to "Operans"."""
        if len(o) >= 2 and o[-1].lower_ in ("styrelse", "styrelsen") and self.add_orgs:
            span = Span(doc, o.start, o.end - 1, label="ORG")
            new_ents.append(span)
            return span
        return o

    def _board_of(self, doc: Doc, s: int, e: int, ents: list[Span], new_ents: list[Span]) -> Span | None:
        """"i Kungliga Operans styrelse" / "i Dramatens styrelse" where the model gave no ORG: the genitive
        name before "styrelse" is the organisation."""
        for i in range(s + 1, e):
            if doc[i].lower_ not in ("styrelse", "styrelsen"):
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
            if self.add_orgs:
                span = Span(doc, start, i, label="ORG")
                new_ents.append(span)
                return span
        return None

    def _named_body(self, doc: Doc, s: int, e: int, new_ents: list[Span]) -> Span | None:
        """"kommittén Radio och tv i allmänhetens tjänst" up to the end of the header: a named committee."""
        for i in range(s, e - 1):
            if doc[i].lower_ in BODY_WORDS and doc[i + 1].text[:1].isupper() and e - (i + 1) <= 8:
                span = Span(doc, i + 1, e, label="ORG")
                if self.add_orgs:
                    new_ents.append(span)
                    return span
        return None

    def __call__(self, doc: Doc) -> Doc:
        mark_model_ents(doc)
        self._clean_persons(doc)
        titles = self._find_titles(doc)
        ents = list(doc.ents)
        self._index(ents)
        new_ents: list[Span] = []
        self._pending: list[Span] = []
        found: list[tuple[Span, Title, Span | None]] = []
        chain_end: dict[int, Span] = {}   # token after a title (and its organisation) -> the title's holder
        for t in titles:
            person, org = None, None
            # A: "Name, TITLE ..." (also "Name (S), TITLE")
            k = t.start - 1
            follows = self._ent_at(doc, t.end, "PER", ents + new_ents) if t.end < len(doc) else None
            genitive = self._ent_at(doc, t.start, "ORG", ents + new_ents, end=True) if k >= 0 else None
            if genitive is not None and genitive.start >= 1 and doc[genitive.start - 1].text == "," and \
                    genitive.text.endswith("s") and follows is None:
                k = genitive.start - 1  # "Sara Berg, Svenska Akademiens ständiga sekreterare"
            k = self._skip_description(doc, k)  # "Eva Ek, journalist, tidigare SVT-chef"
            if follows is not None and len(follows) == 1 and k >= 1 and doc[k].text == "," and \
                    self._ent_at(doc, k, "PER", ents, end=True) is not None:
                follows = None  # "Mia Ek, danschef Norrdans": the one word after the title is the employer
            if k >= 0 and doc[k].text == "," and follows is None:
                j = k
                if j >= 3 and doc[j - 1].text == ")" and doc[j - 3].text == "(":
                    j -= 3
                person = self._ent_at(doc, j, "PER", ents, end=True)
                if person is None and self.add_persons:
                    person = self._guess_person_before(doc, j, ents + new_ents)
                    if person is not None:
                        new_ents.append(person)
                if person is not None:
                    org = genitive if genitive is not None and k == genitive.start - 1 else \
                        self._org_after_title(doc, t, ents + new_ents, new_ents)
                    if org is None:
                        org = self._org_closing_apposition(doc, t, ents + new_ents)
                # "minister Max Elger, generaldirektören för Finansinspektionen, Erik Thedéen": the person before
                # already has a title in front; this title belongs to the name after it.
                if person is not None and any(u.end == person.start for u in titles if u is not t):
                    after = org.end if org is not None and org.start >= t.end else t.end
                    if after + 1 < len(doc) and doc[after].text == ",":
                        nxt = self._ent_at(doc, after + 1, "PER", ents + new_ents)
                        if nxt is not None:
                            person = nxt
            # "generaldirektör och chef för X", "vd och koncernchef" are one role.
            if t.role in ("chef", "koncernchef") and t.start >= 2 and doc[t.start - 1].lower_ == "och" and \
                    any(u.end == t.start - 1 for u in titles):
                continue
            # C': "budgetchefen på Finansdepartementet Urban Hansson Brusewitz", also "Generaldirektören och
            # chefen för Rättsmedicinalverket, Jenny Kvarnholt"
            prep = t.end + 2 if t.end + 2 < len(doc) and doc[t.end].lower_ == "och" and \
                doc[t.end + 1].lower_ in ("chef", "chefen") else t.end
            if person is None and prep + 1 < len(doc) and doc[prep].lower_ in ORG_PREPS:
                o = self._ent_at(doc, prep + 1, "ORG", ents + new_ents)
                if o is not None:
                    at = o.end + 1 if o.end < len(doc) and doc[o.end].text == "," else o.end
                    p = self._ent_at(doc, at, "PER", ents + new_ents)
                    if p is None and self.add_persons and (at > o.end or self._opens(doc, t.start)) \
                            and at < len(doc):
                        # after a comma, or in a list line "Tillträdande stabschef för X Therese Pelow (…)"
                        p = self._guess_person_after(doc, at, ents + new_ents)
                        if p is not None:
                            new_ents.append(p)
                    if p is not None:
                        person, org = p, o
            # C'': "Utredare blir Fredrik Wersäll", "Ny ordförande är Anna Ek", also with the body between
            # ("Ny generaldirektör för Skolverket blir Anna Ek", "Ledamöter i Rådet för X är A, B och C")
            verb = next((k for k in range(t.end, min(len(doc) - 1, t.end + 8))
                         if doc[k].lower_ in ("blir", "är", "blev", "var") or doc[k].text in BREAK
                         or "\n" in doc[k].text), None)
            if person is None and verb is not None and doc[verb].lower_ in ("blir", "är", "blev", "var") \
                    and self._opens(doc, t.start) and not self._pers_in(ents + new_ents, t.end, verb):
                person = self._ent_at(doc, verb + 1, "PER", ents + new_ents)
                if person is not None:
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False) \
                        if verb > t.end else self._org_after_person(doc, person, ents + new_ents)
                    found += [(p, t, org) for p in self._coordinated_after(doc, person, ents + new_ents)]
            # B/C: "[ORG's] TITLE Name"; also with a subject field ("docenten i företagsekonomi Mart Ots") or a
            # second description coordinated ("professorn och historikern Lars Trägårdh", "vd och koncernchef X")
            if person is None and t.end + 2 < len(doc) and doc[t.end].lower_ in ("i", "och") and \
                    doc[t.end + 1].is_lower and doc[t.end + 1].is_alpha:
                after = next((u.end for u in titles if u.start == t.end + 1), t.end + 2)
                person = self._ent_at(doc, after, "PER", ents + new_ents)
                if person is not None:
                    org = self._ent_at(doc, t.start, "ORG", ents + new_ents, end=True) or \
                        self._org_after_person(doc, person, ents + new_ents)
            if person is None and t.end + 2 < len(doc) and doc[t.end].lower_ in ("i", "för"):
                loc = self._ent_at(doc, t.end + 1, "LOC", ents + new_ents)
                if loc is not None:
                    person = self._ent_at(doc, loc.end, "PER", ents + new_ents)
            if person is None and t.end < len(doc):
                person = self._ent_at(doc, t.end, "PER", ents + new_ents)
                if person is None and self.add_persons:
                    person = self._guess_person_after(doc, t.end, ents + new_ents)
                    if person is not None:
                        new_ents.append(person)
                if person is not None:
                    org = self._ent_at(doc, t.start, "ORG", ents + new_ents, end=True)
                    if org is None:
                        org = self._org_after_person(doc, person, ents + new_ents)
            # D: "Name utses till TITLE för ORG"; "Regeringen har utsett A, B och C till ledamöter i X" gives
            # the title to every name of the list.
            if person is None:
                person = self._appointed_person(doc, t, ents)
                if person is not None:
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
                    found += [(p, t, org) for p in self._coordinated_before(doc, person, ents + new_ents)]
            # D': "Till ny generaldirektör för Trafikverket har regeringen utsett Anna Ek"
            if person is None:
                person = self._fronted_appointee(doc, t, ents + new_ents)
                if person is not None:
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
            # D'': "Anna Ek efterträder Bo Berg som generaldirektör för X": both held it.
            if person is None and t.start >= 3 and doc[t.start - 1].lower_ == "som":
                prev = self._ent_at(doc, t.start - 1, "PER", ents + new_ents, end=True)
                if prev is not None and prev.start >= 2 and doc[prev.start - 1].lower_ in SUCCEED_VERBS:
                    subj = self._ent_at(doc, prev.start - 1, "PER", ents + new_ents, end=True)
                    person = prev
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
                    if subj is not None:
                        found.append((subj, t, org))
            # Coordinated titles: "Kristina Rennerstedt, ordförande, f d generaldirektör och statssekreterare"
            if person is None and t.start >= 2 and doc[t.start - 1].lower_ in (",", "och", "samt", "/"):
                prev = chain_end.get(t.start - 1)
                if prev is not None:
                    person = prev
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
            # E: "Urban Hansson Brusewitz ny generaldirektör för Konjunkturinstitutet" (headlines)
            if person is None and t.start > 0:
                p = self._ent_at(doc, t.start, "PER", ents + new_ents, end=True)
                if p is not None:
                    person = p
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
            # H: a relative clause after the name: "Hon efterträder Bo Berg, som varit generaldirektör sedan 2015"
            if person is None:
                k = t.start - 1
                while k > 0 and t.start - k <= 4 and doc[k].lower_ in RELATIVE_FILLERS:
                    k -= 1
                if k >= 2 and k < t.start - 1 and doc[k].lower_ == "som" and doc[k - 1].text == "," and \
                        doc[k + 1].lower_ in ("varit", "är", "var", "blir", "har", "hade"):
                    person = self._ent_at(doc, k - 1, "PER", ents + new_ents, end=True)
                    if person is not None:
                        org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
            # G: "Robert Andréns förordnande som landshövding och chef för Länsstyrelsen i X"
            if person is None and t.start >= 3 and doc[t.start - 1].lower_ == "som" and \
                    doc[t.start - 2].lower_ in APPOINTMENT_NOUNS:
                p = self._ent_at(doc, t.start - 2, "PER", ents + new_ents, end=True)
                if p is not None and p.text.endswith("s"):
                    person = p
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
            # F: career sentences with a sentence-initial subject
            if person is None and not self._indefinite(doc, t) and doc[t.start - 1].lower_ != "hos":
                person = self._sentence_subject(doc, t, ents + new_ents)
                if person is not None:
                    org = self._org_after_title(doc, t, ents + new_ents, new_ents, allow_guess=False)
                    if org is None and t.start > 0 and doc[t.start - 1].lower_ == "som":
                        # "... på UD:s informationsenhet, bland annat som gruppchef": the organisation named
                        # earlier in the same sentence.
                        s0 = max(person.end, self._sentence_bounds(doc, t.start)[0])
                        before = [o for o in ents + new_ents if o.label_ == "ORG" and s0 <= o.start
                                  and o.end <= t.start]
                        org = before[-1] if before else None
            if person is not None:
                posted = org is not None and t.end < org.start <= t.end + 3 and doc[t.end].lower_ in ("vid", "på")
                if (t.role.endswith("minister") or t.role in ("riksdagsledamot", "statsråd")) and not posted:
                    # a minister's or MP's party or ministry is not stated as employer this way; "minister vid
                    # EU-representationen" is a diplomatic rank at a mission
                    org = None
                found.append((person, t, org))
                chain_end[max(t.end, org.end if org is not None and org.start >= t.end else t.end)] = person
        found = [(p, t, org if org is not None or t.role != "landshövding" else self._county_board(doc, ents))
                 for p, t, org in found]
        found = [(p, t, org if org is not None else self._represented_in_sentence(doc, t, ents + new_ents))
                 for p, t, org in found]
        # "ledamot av Valmyndighetens nämnd och Migrationsverkets insynsråd": the title holds at both.
        orgs_at = {e.start: e for e in ents + new_ents if e.label_ == "ORG"}
        found += [(p, t, orgs_at[org.end + 1]) for p, t, org in found
                  if org is not None and org.end + 1 < len(doc) and doc[org.end].lower_ in ("och", "samt")
                  and org.end + 1 in orgs_at and org.start >= t.end
                  and not self._genitive_before_noun(doc, orgs_at[org.end + 1])]
        found += self._headline_appointment(doc, ents + new_ents, titles, {t.start for _p, t, _o in found},
                                            new_ents, {p.start for p, t, _o in found if t.end == p.start})
        found += self._board_memberships(doc, ents + new_ents)
        found += self._role_sections(doc, ents, new_ents, titles)
        found += self._list_members(doc, ents, new_ents, titles)
        found += self._inline_members(doc, ents + new_ents, {(p.start, t.role) for p, t, _o in found})
        found += self._represented_by(doc, ents + new_ents, titles, {t.start for _p, t, _o in found})
        found += self._unlisted_titles(doc, ents + new_ents, {p.start for p, _t, _o in found})
        new_ents += self._pending
        if new_ents:
            self.merge(doc, [s for s in new_ents if self._mark(s)])
        roles = []
        for person, t, org in found:
            pieces = [person, doc[t.start:t.end]] + ([org] if org is not None else [])
            inferred = None
            if org is None:
                inferred = next((name for ending, name in INFERRED_ORG if t.role.endswith(ending)), None)
                if t.role == "minister":
                    inferred = None  # a bare "minister" is also a diplomatic rank ("minister vid EU-representationen")
                elif t.role.startswith("minister för"):
                    inferred = "Regeringen"  # "minister för civilt försvar"
            if org is None and t.role == "landshövding" and t.end + 2 < len(doc) and doc[t.end].lower_ == "i" \
                    and doc[t.end + 2].lower_ in ("län", "läns"):
                inferred = f"Länsstyrelsen i {doc[t.end + 1].text} län"  # "landshövding i Dalarnas län"
            roles.append({
                "org_inferred": inferred is not None, "org_name": inferred,
                "person_start": person.start_char, "person_end": person.end_char,
                "role": t.role, "role_text": doc[t.start:t.end].text,
                "org_start": org.start_char if org is not None else None,
                "org_end": org.end_char if org is not None else None,
                "start_char": min(p.start_char for p in pieces), "end_char": max(p.end_char for p in pieces),
            })
        # A role stated once with its organisation and once without is one role. (doc.text is built anew on
        # every access: read it once, or this is quadratic in the document length.)
        text = doc.text
        def who(r: dict) -> str:  # "Robert Andréns förordnande som landshövding" is Robert Andrén's
            return re.sub(r"(:s|s)$", "", text[r["person_start"]:r["person_end"]])

        with_org = {(who(r), r["role"]) for r in roles if r["org_start"] is not None}
        roles = [r for r in roles if r["org_start"] is not None or (who(r), r["role"]) not in with_org]
        seen: set[tuple] = set()
        roles = [r for r in roles if (key := (r["person_start"], r["role"], r["org_start"])) not in seen
                 and not seen.add(key)]
        doc._.roles = roles
        self._base = None  # the index holds spans of this document only
        return doc

    def _represented_in_sentence(self, doc: Doc, t: Title, ents: list[Span]) -> Span | None:
        """"Från Västra Götalandsregionen medverkade … FoUU-chef A och regionutvecklare B": a sentence that opens
        with the organisation the people came from gives it to every title after the verb."""
        s, _e = self._sentence_bounds(doc, t.start)
        if doc[s].lower_ != "från":
            return None
        org = self._ent_at(doc, s + 1, "ORG", ents)
        if org is None or org.end >= t.start or doc[org.end].lower_ not in REPRESENT_VERBS:
            return None
        if t.role.endswith("minister") or t.role in ("riksdagsledamot", "statsråd"):
            return None
        return org

    def _coordinated_after(self, doc: Doc, person: Span, ents: list[Span]) -> list[Span]:
        """The names listed after this one: "A, B och C" -> [B, C] for A."""
        out = []
        p = person
        while p.end + 1 < len(doc) and doc[p.end].lower_ in (",", "och", "samt"):
            nxt = self._ent_at(doc, p.end + 1, "PER", ents)
            if nxt is None:
                break
            out.append(nxt)
            p = nxt
        return out

    def _coordinated_before(self, doc: Doc, person: Span, ents: list[Span]) -> list[Span]:
        """The names listed before this one: "A, B och C" -> [A, B] for C."""
        out = []
        p = person
        while p.start >= 2 and doc[p.start - 1].lower_ in (",", "och", "samt"):
            prev = self._ent_at(doc, p.start - 1, "PER", ents, end=True)
            if prev is None:
                break
            out.append(prev)
            p = prev
        return out

    def _fronted_appointee(self, doc: Doc, t: Title, ents: list[Span]) -> Span | None:
        """"Till ny generaldirektör för X har regeringen utsett Anna Ek": the title fronted with "till", the
        appointee after the appointing verb."""
        s, e = self._sentence_bounds(doc, t.start)
        if t.start - s > 3 or doc[s].lower_ not in ("till", "som") or \
                any(tok.lower_ not in TENURE for tok in doc[s + 1:t.start]):
            return None
        verb = next((k for k in range(t.end, e) if doc[k].lower_ in APPOINTING), None)
        if verb is not None:
            return next((p for p in self._pers_in(ents, verb + 1, e)), None)
        # "Till särskild utredare har generaldirektören Anna Ek utsetts": the appointee before the participle
        part = next((k for k in range(t.end, e) if doc[k].lower_ in APPOINTED), None)
        return next((p for p in self._pers_in(ents, t.end, part)), None) if part is not None else None

    def _org_closing_apposition(self, doc: Doc, t: Title, ents: list[Span]) -> Span | None:
        """"* Bo Berg, vd, Ericsson": an organisation between commas right after an apposition title, closing the
        line or the apposition."""
        if t.end + 1 >= len(doc) or doc[t.end].text != ",":
            return None
        org = self._ent_at(doc, t.end + 1, "ORG", ents)
        if org is None:
            return None
        if org.end >= len(doc) or "\n" in doc[org.end].text or doc[org.end].text in (".", ";"):
            return org
        return None

    @staticmethod
    def _skip_description(doc: Doc, k: int) -> int:
        """Index of the comma before an occupation between commas, or k: in "Eva Ek, journalist, tidigare SVT-chef"
        and "Mats Ek, författare och publicist, chef för X" the title belongs to the name before the occupation."""
        if k < 2 or doc[k].text != ",":
            return k
        j = k - 1
        while j > 0 and k - j <= 4 and (doc[j].is_lower and doc[j].is_alpha):
            j -= 1
        return j if j < k - 1 and doc[j].text == "," else k

    @staticmethod
    def _indefinite(doc: Doc, t: Title) -> bool:
        """"Hon är en erfaren chef och ledare": a title after an indefinite article describes, it names no post."""
        k = t.start - 1
        if k >= 2 and doc[k].lower_ in ("och", "samt"):
            k -= 2  # the second of two coordinated nouns: look before the first
        if k >= 1 and doc[k].is_lower and doc[k].is_alpha and doc[k - 1].lower_ in ("en", "ett"):
            k -= 1  # one adjective between: "en erfaren chef"
        return k >= 0 and doc[k].lower_ in ("en", "ett")

    @staticmethod
    def _county_board(doc: Doc, ents: list[Span]) -> Span | None:
        """A landshövding heads the county board: when the text names exactly one county board, it is hers."""
        boards = [e for e in ents if e.label_ == "ORG" and e.text.lower().startswith("länsstyrelsen")
                  and len(e) > 1]
        return boards[0] if boards and len({" ".join(b.text.split()).lower().removesuffix("s")
                                            for b in boards}) == 1 else None

    @staticmethod
    def _mark(span: Span) -> bool:
        span._.source = "rule"
        if span.label_ == "ORG":
            span._.entity_type = span._.entity_type or "övrigt"
        return True

    def _org_after_title(self, doc: Doc, t: Title, ents: list[Span], new_ents: list[Span],
                         allow_guess: bool = True) -> Span | None:
        """The first ORG after the title, before any punctuation: "GD Arbetsförmedlingen",
        "enhetschef för arbetsmarknad på Haninge kommun", "rektor Centrum Vux Haninge kommun"."""
        j = t.end
        while j < len(doc) and j - t.end <= self.max_gap and doc[j].text not in BREAK and "\n" not in doc[j].text:
            org = self._ent_at(doc, j, "ORG", ents)
            if org is not None:
                return self._employer_after_unit(doc, t, org, ents)
            if j == t.end + 1 and doc[t.end].lower_ in ("i", "för") and self.add_orgs and doc[j].is_lower and \
                    doc[j].lower_.endswith(COMMITTEE_ENDINGS) and len(doc[j]) > 9 and \
                    not any(e.start <= j < e.end for e in ents):
                # "vice ordförande i regionutvecklingsnämnden (RUN)": a named committee of a region or municipality
                span = Span(doc, j, j + 1, label="ORG")
                new_ents.append(span)
                return span
            misc = self._ent_at(doc, j, "MISC", ents)
            if misc is not None and self.add_orgs and (j == t.end or j == t.end + 1 and doc[t.end].lower_ in ORG_PREPS):
                # "VD Civil Rights Defenders": the name right after a title is the employer
                span = Span(doc, misc.start, misc.end, label="ORG")
                new_ents.append(span)
                return span
            loc = self._ent_at(doc, j, "LOC", ents)
            if loc is not None and j == t.end + 1 and doc[t.end].lower_ in ("för", "på", "hos") and self.add_orgs \
                    and (t.role.endswith(("direktör", "chef")) or "ordförande" in t.role) \
                    and loc.text not in self.lex.places:
                # "VD för Kungsleden": a director is director of a body, not of a place
                span = Span(doc, loc.start, loc.end, label="ORG")
                new_ents.append(span)
                return span
            per = self._ent_at(doc, j, "PER", ents)
            if per is not None:
                # "danschef på Norrdans": a one-word "person" right after the preposition is the employer.
                if len(per) == 1 and (j == t.end or doc[j - 1].lower_ in ORG_PREPS) and self.add_orgs:
                    span = Span(doc, per.start, per.end, label="ORG")
                    new_ents.append(span)
                    return span
                return None
            j += 1
        # "VD Validering Väst": an unknown capitalised name right after the title.
        if allow_guess and self.add_orgs and t.end < len(doc) and (
                self._name_like(doc[t.end]) or doc[t.end].text.isupper() and doc[t.end].is_alpha
                and len(doc[t.end]) >= 2) and \
                not any(e.start <= t.end < e.end for e in ents):
            k = t.end
            while k < len(doc) and k - t.end < 4 and (self._name_like(doc[k]) or doc[k].text.isupper() or (
                    k > t.end and doc[k].text[:1].isupper() and doc[k].is_alpha and (
                        self.lex.head_type(doc[k].lower_) is not None or self.lex.suffix_of(doc[k].lower_)
                        is not None))) and \
                    not any(e.start <= k < e.end for e in ents):
                k += 1
            span = Span(doc, t.end, k, label="ORG")
            new_ents.append(span)
            return span
        # "VD för Kungsleden" closing a list line: one unknown name after the preposition is the employer.
        j = t.end + 1
        if allow_guess and self.add_orgs and j < len(doc) and doc[t.end].lower_ in ("för", "på", "vid", "hos") \
                and self._name_like(doc[j]) and not any(e.start <= j < e.end for e in ents) \
                and (j + 1 == len(doc) or doc[j + 1].text in BREAK or "\n" in doc[j + 1].text):
            span = Span(doc, j, j + 1, label="ORG")
            new_ents.append(span)
            return span
        return None

    def _employer_after_unit(self, doc: Doc, t: Title, org: Span, ents: list[Span]) -> Span:
        """"enhetschef för Innehåll och lärande på Statens museer för världskultur": a chief "för" a unit "på" or
        "vid" an organisation is the organisation's; the first name is the unit."""
        if not t.role.endswith("chef") or t.end >= len(doc) or doc[t.end].lower_ != "för":
            return org
        k = org.end
        while k + 1 < len(doc) and k - org.end <= 6 and doc[k].text not in BREAK and "\n" not in doc[k].text:
            if doc[k].lower_ in ("på", "vid"):
                return self._ent_at(doc, k + 1, "ORG", ents) or org
            k += 1
        return org

    def _org_after_person(self, doc: Doc, person: Span, ents: list[Span]) -> Span | None:
        """"Moderator Catrin Ditz, Storsthlm," / "FoUU-chef Anders Carlberg på X"."""
        j = person.end
        if j + 1 < len(doc) and doc[j].lower_ in ("vid", "på", "hos", "från"):
            # "prefekten Eva Lund vid Lunds universitet"
            return self._ent_at(doc, j + 1, "ORG", ents)
        if j < len(doc) and doc[j].text == ",":
            # skip a lower-case subject field between commas: ", makroekonomi, Stockholms universitet"
            k = j + 1
            while k < len(doc) and k - j <= 6 and (doc[k].is_lower and doc[k].is_alpha or
                                                    doc[k].text.endswith("-") and doc[k].text[:1].islower()):
                k += 1
            if k > j + 1 and k < len(doc) and doc[k].text == ",":
                org = self._ent_at(doc, k + 1, "ORG", ents)
                if org is not None and (org.end >= len(doc) or doc[org.end].text in BREAK
                                        or "\n" in doc[org.end].text):
                    return org
            org = self._ent_at(doc, j + 1, "ORG", ents)
            if org is None and j + 2 < len(doc) and doc[j + 1].lower_ in ("från", "vid", "på"):
                # "professor Shi Yinhong, från Renminuniversitet"
                org = self._ent_at(doc, j + 2, "ORG", ents)
                if org is not None and (org.end >= len(doc) or doc[org.end].text in BREAK
                                        or doc[org.end].lower_ in ("och", "samt")):
                    return org
                return None
            if org is None:
                return None
            if doc[j].text != ",":
                return org
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

    def _appointed_person(self, doc: Doc, t: Title, ents: list[Span]) -> Span | None:
        # Only a person ending at most six tokens before the title can be the appointee: look those up.
        candidates = [p for i in range(max(0, t.start - 6), t.start + 1)
                      if (p := self._ent_at(doc, i, "PER", ents, end=True)) is not None]
        if self.add_persons:
            # The model may have missed the name: look for one before the appointment words.
            j = t.start
            while j > 0 and t.start - j < 6 and doc[j - 1].lower_ in APPOINT:
                j -= 1
            if j < t.start:
                guess = self._guess_person_before(doc, j, ents)
                if guess is not None:
                    candidates.append(guess)
        if not candidates:
            # an apposition between the name and the appointment: look a little further back
            candidates = [p for i in range(max(0, t.start - 18), t.start - 6)
                          if (p := self._ent_at(doc, i, "PER", ents, end=True)) is not None
                          and i < len(doc) and doc[i].text == ","]
        for e in candidates:
            if e.label_ == "PER" and e.end <= t.start and (t.start - e.end <= 6 or doc[e.end].text == ","):
                between = doc[e.end:t.start]
                if len(between) and between[0].text == ",":
                    # "Mats Wiberg, rättschef vid Statens fastighetsverk, utses till särskild utredare"
                    close = next((k for k in range(1, len(between)) if between[k].text == ","), None)
                    if close is not None:
                        between = between[close + 1:]
                    elif e.start > 0 and doc[e.start - 1].text == ",":
                        between = between[1:]  # the comma closes an apposition before the name
                if all(tok.lower_ in APPOINT for tok in between) and any(
                        tok.lower_ in ("utses", "utsetts", "utsågs", "utnämns", "utnämnts", "utnämndes", "blir",
                                       "blev", "är", "var", "tillträder", "tillträdde", "förordnas", "förordnats",
                                       "anställs", "anställts", "väljs", "valts", "valdes", "vald", "utsedd")
                        for tok in between) or (
                        [tok.lower_ for tok in between] in (["till"], ["som"]) and any(
                            tok.lower_ in APPOINTING or tok.lower_ in APPOINTED
                            for tok in doc[self._sentence_bounds(doc, e.start)[0]:e.start])):
                    if e not in ents:
                        self._pending.append(e)
                    return e
        return None

    # ------------------------------------------------------------------------------------ serialisation


@Language.factory("sv_role_matcher", default_config={"add_persons": True, "add_orgs": True, "max_gap": 10,
                                                    "overlap_policy": OVERLAP_POLICY},
                  assigns=["doc._.roles", "doc.ents"])
def make_role_matcher(nlp: Language, name: str, add_persons: bool, add_orgs: bool, max_gap: int,
                       overlap_policy: OverlapPolicy) -> RoleMatcher:
    return RoleMatcher(nlp, name, add_persons=add_persons, add_orgs=add_orgs, max_gap=max_gap,
                       overlap_policy=overlap_policy)
