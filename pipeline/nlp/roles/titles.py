"""Titles in a document: the written forms of titles.tsv, compounds recognised by their ending (-chef, -direktör,
-minister, ...), one-letter misspellings of long titles, with their modifiers ("vice", "tf.", "särskilda") and
coordinated first parts ("energi- och näringsminister"), each normalised to one role."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.nlp.canonical import edit_distance_le1
from pipeline.nlp.lexicon import Lexicon
from pipeline.nlp.roles.context import Title
from pipeline.nlp.roles.cues import Cues

# Endings that a definite form adds to each kind of compound: "chefen" -> chef, "ministern" -> minister.
EN_DEFINITE = ("chef", "direktör", "strateg", "koordinator", "ledamot", "ambassadör")
N_KEPT = ("chef", "direktör", "strateg", "koordinator", "ansvarig", "ambassadör")
UNIT = re.compile(r"[a-zåäö]{3,}s?(enhet|enheten|avdelning|avdelningen)")
ABBREVIATED_TF = ((".", "tf"), (".", "t.f"), ("d", "f"), ("d.", "f."), ("d", "f."))


class TitleFinder:
    def __init__(self, nlp: Language, lex: Lexicon, cues: Cues) -> None:
        self.lex, self.cues = lex, cues
        self.suffix = cues.role_suffix
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.phrases.add("TITLE", [nlp.make_doc(t) for t in lex.titles])
        self.long_titles = [t for t in lex.titles if len(t) >= 10 and " " not in t]

    def normalise(self, words: str) -> str:
        low = words.lower()
        if low in self.lex.titles:
            return self.lex.titles[low]
        for t in self.long_titles:
            if len(low) >= 10 and edit_distance_le1(low, t):
                return self.lex.titles[t]
        m = self.suffix.match(words) or self.suffix.match(low)
        word = words if any(c.isupper() for c in words[1:]) else low
        if m and m.group(2):
            head, ending = m.group(1), m.group(2)
            stem = word[: len(word) - len(ending)]
            # chefen -> chef, direktören -> direktör, ministern -> minister, ledaren -> ledare,
            # ansvarige -> ansvarig; anything else is left as written.
            if (ending == "en" and head in EN_DEFINITE) or (ending == "n" and head not in N_KEPT) or \
                    (ending == "e" and head == "ansvarig"):
                word = stem
        return word.lower()

    def _hits(self, doc: Doc) -> dict[int, tuple[int, str]]:
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
            if fuzzy or self.suffix.match(tok.text) or self.suffix.match(low):
                hits[tok.i] = (tok.i + 1, tok.text)
        return hits

    def find(self, doc: Doc) -> list[Title]:
        hits = self._hits(doc)
        cues = self.cues
        titles: list[Title] = []
        for s in sorted(hits):
            e, text = hits[s]
            if any(t.start <= s < t.end for t in titles):
                continue
            if e in hits and text.lower().endswith(("ansvarig", "ansvariga", "ansvarige")):
                continue  # "ytterst ansvarig chef": an adjective before the title proper
            base = role = self.normalise(text)
            start = s
            # Modifiers before the title: "vice ordförande", "tf. generaldirektör", "tillförordnad rektor".
            while start > 0:
                prev = doc[start - 1].lower_
                if prev in cues.rank:
                    role = f"{prev} {role}"
                    start -= 1
                elif prev in cues.role_adj and start == s:
                    # "särskilda utredare" -> särskild utredare, "administrativ chef", "ständiga sekreterare"
                    role = f"{cues.role_adj[prev]} {role}"
                    start -= 1
                elif prev in cues.tenure:
                    start -= 1
                elif start > 1 and (prev, doc[start - 2].lower_) in ABBREVIATED_TF:
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
                role = " ".join(t.lower_ for t in doc[start:s] if t.lower_ not in cues.tenure) + " " + base
                role = role.replace(" ,", ",").replace(" - ", "- ")
            titles.append(Title(start, e, self._unit_chief(doc, role, e), s))
        return titles

    def _unit_chief(self, doc: Doc, role: str, e: int) -> str:
        """"chef för enheten för X" -> enhetschef (also avdelningen, sektionen, staben, kansliet), "chef för
        nordisk-baltiska gruppen" -> gruppchef; "chef för UD:s kommunikationsenhet" -> kommunikationschef; a rank
        stays in front ("biträdande chef för enheten" -> biträdande enhetschef)."""
        rank, _, base = role.rpartition(" ")
        if rank and rank.split()[0] in self.cues.rank and base == "chef":
            unit = self._unit_chief(doc, base, e)
            return f"{rank} {unit}" if unit != base else role
        if role != "chef" or e + 1 >= len(doc) or doc[e].lower_ != "för":
            return role
        if doc[e + 1].lower_ in self.cues.unit_chief:
            return self.cues.unit_chief[doc[e + 1].lower_]
        # a compound unit: "chef för ekonomistyrningsenheten", "chef för it-avdelningen" -> enhetschef, avdelningschef
        unit = next((u for u in self.cues.unit_chief if doc[e + 1].lower_.endswith(u)), None)
        if unit is not None and doc[e + 1].is_lower:
            return self.cues.unit_chief[unit]
        # one or two lower-case adjectives before the unit noun: "chef för nordisk-baltiska gruppen"
        for k in (e + 2, e + 3):
            if k < len(doc) and doc[k].lower_ in self.cues.unit_chief and all(
                    tok.is_lower and tok.text.replace("-", "").isalpha() for tok in doc[e + 1:k]):
                return self.cues.unit_chief[doc[k].lower_]
        if e + 2 < len(doc) and UNIT.fullmatch(doc[e + 2].lower_) and doc[e + 1].text.endswith("s") \
                and doc[e + 1].text[:1].isupper():
            return re.sub(r"(enhet|enheten|avdelning|avdelningen)$", "chef", doc[e + 2].lower_)
        return role
