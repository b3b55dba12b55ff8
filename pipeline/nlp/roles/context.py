"""What every role construction reads: the document, its entities (indexed once), the titles found, the word lists,
and the spans the constructions add (persons and organisations the model missed).

Why one object: the constructions are small functions listed in the component's config; each needs the same
lookups ("the PER ending at token i", "the sentence around token i"), and an index built once per document keeps
those lookups constant-time on long documents.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.lexicon import Lexicon
from pipeline.nlp.roles.cues import Cues

BREAK = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "\n", "\n\n"})
LIST_MARKS = ("#", "##", "###", "*", "-", "•", "–")


@dataclass
class Title:
    start: int        # first token, including modifiers
    end: int
    role: str         # normalised
    head_start: int   # first token of the title word(s) proper


@dataclass
class Candidate:
    """A person - title - organisation link proposed by one construction."""
    person: Span
    title: Title
    org: Span | None
    construction: str


@dataclass
class Settings:
    add_persons: bool = True
    add_orgs: bool = True
    max_gap: int = 10


@dataclass
class RoleContext:
    doc: Doc
    ents: list[Span]
    lex: Lexicon
    cues: Cues
    settings: Settings
    titles: list[Title] = field(default_factory=list)
    new_ents: list[Span] = field(default_factory=list)
    pending: list[Span] = field(default_factory=list)   # persons to add only if the role is kept
    chain_end: dict[int, Span] = field(default_factory=dict)  # token after a title (and its organisation) -> holder
    normalise: Callable[[str], str] = str.lower                # a title as written -> its role

    def __post_init__(self) -> None:
        self.suffix = self.cues.role_suffix
        self._pers = sorted((e for e in self.ents if e.label_ == "PER"), key=lambda e: e.start)
        self._per_starts = [e.start for e in self._pers]
        self._by_start: dict[tuple[int, str], Span] = {}
        self._by_end: dict[tuple[int, str], Span] = {}
        for e in self.ents:
            self._by_start.setdefault((e.start, e.label_), e)
            self._by_end.setdefault((e.end, e.label_), e)

    @property
    def all(self) -> list[Span]:
        """The model's entities and those added so far (a new list: a snapshot)."""
        return self.ents + self.new_ents

    def add(self, span: Span) -> Span:
        self.new_ents.append(span)
        return span

    # ------------------------------------------------------------------------------------------ lookups
    def ent_at(self, i: int, label: str, ents: list[Span] | None = None, end: bool = False) -> Span | None:
        """The entity with this label starting (or ending) at token i, among `ents` (default: all so far). The
        model's entities come from the index; only the added tail is scanned."""
        ents = self.all if ents is None else ents
        n = len(self.ents)
        if n and len(ents) >= n and ents[0] is self.ents[0] and ents[n - 1] is self.ents[n - 1]:
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

    def pers_in(self, s: int, e: int, ents: list[Span] | None = None) -> list[Span]:
        """PER spans inside tokens [s, e), in order."""
        ents = self.all if ents is None else ents
        n = len(self.ents)
        if n and len(ents) >= n and ents[0] is self.ents[0] and ents[n - 1] is self.ents[n - 1]:
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

    def covered(self, i: int, ents: list[Span] | None = None) -> bool:
        return any(e.start <= i < e.end for e in (self.all if ents is None else ents))

    # ------------------------------------------------------------------------------------------ text shape
    def sentence_bounds(self, i: int) -> tuple[int, int]:
        doc = self.doc
        s = i
        while s > 0 and doc[s - 1].text not in (".", "!", "?") and "\n" not in doc[s - 1].text:
            s -= 1
        e = i
        while e < len(doc) and doc[e].text not in (".", "!", "?") and "\n" not in doc[e].text:
            e += 1
        return s, e

    def lines(self) -> list[tuple[int, int]]:
        """Token ranges of the text's lines (newline tokens excluded)."""
        out, start = [], 0
        for tok in self.doc:
            if "\n" in tok.text:
                if tok.i > start:
                    out.append((start, tok.i))
                start = tok.i + 1
        if start < len(self.doc):
            out.append((start, len(self.doc)))
        return out

    def opens(self, i: int) -> bool:
        """Token i starts a sentence or line (after list or headline marks)."""
        doc = self.doc
        j = i - 1
        while j >= 0 and doc[j].text in LIST_MARKS:
            j -= 1
        return j < 0 or bool(doc[i].is_sent_start) or "\n" in doc[j].text or doc[j].text in (".", "!", "?", ":")

    def is_header(self, s: int, e: int) -> bool:
        """A line that ends in a colon, also inside Markdown emphasis ("**Ordförande:**")."""
        return self.doc[s:e].text.strip("*_ ").endswith(":")

    def is_title_word(self, low: str) -> bool:
        return low in self.lex.titles or bool(self.suffix.match(low))

    # ------------------------------------------------------------------------------------------ names
    def name_like(self, tok: Token) -> bool:
        text, low = tok.text, tok.lower_
        return (text[:1].isupper() and text.replace("-", "").isalpha() and low not in self.lex.stopwords
                and low not in self.lex.titles and not self.suffix.match(low) and not text.isupper()
                and self.lex.head_type(low) is None and self.lex.suffix_of(low) is None)

    @staticmethod
    def initial(tok: Token) -> bool:
        """A middle initial: "H.", "L", "R."."""
        return bool(re.fullmatch(r"[A-ZÅÄÖ]\.?", tok.text))

    def _name_tokens_ok(self, toks: Span) -> bool:
        return (len(toks) >= 2 and self.name_like(toks[0]) and self.name_like(toks[-1])
                and sum(self.name_like(t) for t in toks) >= 2)

    def guess_person_after(self, i: int, ents: list[Span] | None = None) -> Span | None:
        """A capitalised name of two to four words starting at token i that the model did not tag."""
        doc, ents = self.doc, self.all if ents is None else ents
        j = i
        while j < len(doc) and j - i < 4 and (self.name_like(doc[j]) or j > i and self.initial(doc[j])) and \
                not self.covered(j, ents):
            if j - i == 3 and not self.initial(doc[j - 1]) and not self.initial(doc[j - 2]):
                break
            j += 1
        while j > i and not self.name_like(doc[j - 1]):
            j -= 1
        return Span(doc, i, j, label="PER") if self._name_tokens_ok(doc[i:j]) else None

    def guess_person_before(self, end: int, ents: list[Span] | None = None) -> Span | None:
        """The same, ending right before token `end`."""
        doc, ents = self.doc, self.all if ents is None else ents
        j = end
        while j > 0 and end - j < 4 and (self.name_like(doc[j - 1]) or j < end and self.initial(doc[j - 1])) and \
                not self.covered(j - 1, ents):
            if end - j == 3 and not any(self.initial(t) for t in doc[j:end]):
                break
            j -= 1
        while j < end and not self.name_like(doc[j]):
            j += 1
        if not self._name_tokens_ok(doc[j:end]):
            return None
        return Span(doc, j, end, label="PER")
