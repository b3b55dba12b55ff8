"""A person's name and nothing else: where the name inside a PER span begins and ends.

The statistical model's PER spans sometimes take in the words around a name: a form of address or a title before it
("Mr", "H.E.", "EU-kommissionär", "Vicekorpral"), a verb opening the line ("Kontakta pressekreterare ..."), or the
next word after it ("Eva Ek ny barnombudsman", "Bo Berg Kiev", "Per Holm Österrikes"). GUIDELINES.md
annotates the name only; titles belong to the roles table. `name_bounds` reads one span's words and says which of
them are the name. Pure functions; the word lists come from person_words.tsv and the Lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

KINDS = ("honorific", "rank", "lead", "particle")
ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
# Words of English titles and names of things that the model takes for people ("Development Act", "Bucharest
# Nine"): a name with one of them is a work, a programme or a body, not a person.
NOT_IN_NAMES = {"of", "the", "and", "for", "act", "agency", "agencies", "council", "forum", "fund", "group", "nine",
                "programme", "program", "project", "deployment", "initiative", "alliance", "award", "prize",
                "science", "university", "institute", "museum", "center", "centre", "college", "school",
                "foundation", "festival", "conference", "summit", "network", "company", "association", "society",
                "academy", "entrepreneurship", "breakthroughs", "sparbank", "operation", "enterprise", "aerospace",
                "&"}


@dataclass(frozen=True)
class PersonWords:
    honorifics: frozenset[str] = frozenset()
    ranks: frozenset[str] = frozenset()
    leads: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> PersonWords:
        kinds: dict[str, set[str]] = {k: set() for k in KINDS}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    word, kind = line.split("\t")
                    kinds[kind].add(word)
        return cls(*(frozenset(kinds[k]) for k in KINDS))

    def address(self, word: str) -> bool:
        """A form of address or a rank: "Mr", "Kommissionär" (a surname alone after one is still a name)."""
        low = word.lower().rstrip(",:")
        return low in self.honorifics or low in self.ranks

    def before_name(self, word: str) -> bool:
        low = word.lower().rstrip(",:")
        return low in self.honorifics or low in self.ranks or low in self.leads


# Definite Swedish nouns of buildings, venues and places ("Eric Ericssonhallen", "Kulturhuset"): a last word with
# one of these endings names a place, not a person.
PLACE_ENDINGS = ("hallen", "huset", "parken", "gatan", "vägen", "torget", "skolan", "kyrkan", "museet", "teatern",
                 "arenan", "gården", "slottet", "hamnen", "platsen")
GLUED = re.compile(r"[a-zåäöéü]{4}[A-ZÅÄÖÉ]")  # "StoltenbergKommendör": two words run together


def odd_name(words: list[str]) -> bool:
    """Words no person's name has: a digit ("CP1"), a word in capitals that is no Roman numeral ("AI", "NATO"),
    an English word of titles and bodies ("Act", "Agencies"), a last word naming a building or place
    ("Ericssonhallen"), or two words run together ("StoltenbergKommendör"; "McCarthy" and "DeSantis" are names)."""
    last = words[-1].lower() if words else ""
    if any(last.endswith(e) and len(last) > len(e) + 2 for e in PLACE_ENDINGS):
        return True
    for w in words:
        if any(c.isdigit() for c in w) or w.lower() in NOT_IN_NAMES or GLUED.search(w):
            return True
        letters = [c for c in w if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and w.rstrip(".") not in ROMAN:
            return True
    return False


def name_bounds(words: list[str], words_pos: list[str], pw: PersonWords, is_title: Callable[[str], bool],
                is_place: Callable[[str], bool], other_names: set[str], sentence_start: bool = False,
                spaces: list[str] | None = None) -> tuple[int, int] | None:
    """(start, end), end exclusive, of the name among a PER span's `words`, or None when the span holds no
    person's name. `words_pos` are the tagger's parts of speech; `other_names` the document's other PER texts;
    `sentence_start` says whether the span opens its sentence; `spaces` the whitespace after each word (tokens
    such as "Carl", "-", "Oskar" are written without)."""
    if not words:
        return None  # nothing left after the span's trailing "och" or hyphen was cut
    start, end = 0, len(words)
    spaces = spaces if spaces is not None else [" "] * len(words)

    def text(a: int, b: int) -> str:
        return "".join(w + sp for w, sp in zip(words[a:b], spaces[a:b], strict=True)).strip()

    def title(word: str) -> bool:
        parts = word.split("-")
        return pw.before_name(word) or is_title(word) or (len(parts) > 1 and is_title(parts[-1]))

    while end - start > 1:
        w = words[start]
        verb = start == 0 and sentence_start and words_pos[start] in ("VERB", "AUX") and len(w) > 3
        if title(w) or verb or (w[:1].islower() and w.lower() not in pw.particles):
            start += 1
            continue
        break
    if title(words[start]) or pw.before_name(words[start]):
        return None  # a title alone ("Kommissionären") names nobody
    for i in range(start + 1, end):
        if words[i][:1].islower() and words[i].lower() not in pw.particles:
            end = i  # "Eva Ek ny barnombudsman": the name ends before the first lower-case word
            break
    while end - start > 1 and words[end - 1].lower() in pw.particles:
        end -= 1
    while end - start > 2 and (title(words[end - 1]) or is_place(words[end - 1])):
        end -= 1  # "Anna Svensson Generaldirektör", "Bo Berg Kiev", "Per Holm Österrikes"
    if title(words[end - 1]):
        return None  # "Biträdande Generalkonsul": titles only
    if end - start > 2:
        for k in range(end - 1, start + 1, -1):
            if text(start, k) in other_names:
                end = k  # "Karl-Erik Lund Jönköping" beside "Karl-Erik Lund" in the same document
                break
    if odd_name(words[start:end]) or sum(c.isalpha() for c in text(start, end)) < 2:
        return None  # "CP1 Deployment", or one letter left ("betyget D")
    return start, end
