"""The project's own word lists (pipeline/nlp/resources/) loaded into one object that components share.

Why a separate module: the organisation ruler, the canonicaliser and the role matcher all need the same lists
(name endings, known names and their aliases, stop words, titles). Each component keeps a `Lexicon`, writes
it into its own folder on `to_disk` and reads it back on `from_disk`, so `spacy.load(model)` restores the
lists that were used when the pipeline was saved, not whatever the installed package has now.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import registry as org_registry
from pipeline.fingerprint import fingerprint
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.nlp.person_names import PersonWords

RESOURCES = Path(__file__).parent / "resources"
FILES = (
    "org_suffixes.tsv", "org_heads.tsv", "org_prefixes.txt", "org_exclude.txt", "org_names.tsv",
    "stopwords.txt", "places.tsv", "titles.tsv", "parties.tsv", "date_words.json", "registry.tsv", "not_names.txt",
    "generic_names.txt", "work_nouns.txt", "person_words.tsv",
)


def _rows(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def is_acronym(text: str) -> bool:
    """SKL, SKR, ESF, OECD, HaV: mostly capitals, short."""
    core = text.replace("-", "")
    return 2 <= len(core) <= 8 and sum(c.isupper() for c in core) >= max(2, len(core) - 1)


def genitive_forms(name: str) -> list[str]:
    """Written forms of a name in the genitive: Tillväxtverkets, SKL:s, Sveriges Kommuner och Landstings."""
    if is_acronym(name.split()[-1]):
        return [name + ":s", name + "s"]
    if name[-1] in "sxzSXZ":
        return []
    return [name + "s"]


@dataclass
class Suffix:
    suffix: str
    type: str
    any_case: bool
    tail: tuple[str, ...]


@dataclass
class Lexicon:
    suffixes: list[Suffix] = field(default_factory=list)
    heads: dict[str, str] = field(default_factory=dict)
    head_tails: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head -> prepositions a name goes on with
    prefixes: set[str] = field(default_factory=set)
    exclude: set[str] = field(default_factory=set)
    exclude_endings: tuple[str, ...] = ()                        # "-området": not "-rådet" (Stockholmsområdet)
    names: dict[str, str] = field(default_factory=dict)           # canonical -> type
    aliases: dict[str, str] = field(default_factory=dict)         # alias (as written) -> canonical
    stopwords: set[str] = field(default_factory=set)
    places: dict[str, str] = field(default_factory=dict)          # place -> type
    countries: dict[str, str] = field(default_factory=dict)       # place -> ISO country code (places.tsv)
    _gazetteer: Gazetteer | None = None                           # built on first use
    titles: dict[str, str] = field(default_factory=dict)          # written (lower) -> normalised
    parties: dict[str, str] = field(default_factory=dict)         # party letter -> party name
    registry: dict[str, org_registry.Entry] = field(default_factory=dict)  # registry name -> entry
    registry_forms: dict[str, str] = field(default_factory=dict)  # every name/alias/acronym -> registry name
    _casefold: dict[str, str] | None = None                       # built on first use
    not_names: set[str] = field(default_factory=set)              # activities, laws, school forms (as written)
    generic_names: set[str] = field(default_factory=set)          # "regeringen": a name and a common noun
    work_nouns: tuple[str, ...] = ()                              # "rapporten": a quoted title follows
    person_words: PersonWords = field(default_factory=PersonWords)  # never part of a person's name
    source_dir: Path = RESOURCES

    @classmethod
    def load(cls, folder: Path | str = RESOURCES) -> Lexicon:
        folder = Path(folder)
        lex = cls(source_dir=folder)
        for row in _rows(folder / "org_suffixes.tsv"):
            tail = tuple(t for t in row[3].split(",") if t and t != "-") if len(row) > 3 else ()
            lex.suffixes.append(Suffix(row[0].lower(), row[1], len(row) > 2 and row[2] == "any", tail))
        lex.suffixes.sort(key=lambda s: len(s.suffix), reverse=True)
        lex.heads = {r[0].lower(): r[1] for r in _rows(folder / "org_heads.tsv")}
        lex.head_tails = {r[0].lower(): tuple(t for t in r[2].split(",") if t and t != "-")
                          for r in _rows(folder / "org_heads.tsv") if len(r) > 2}
        lex.prefixes = {r[0] for r in _rows(folder / "org_prefixes.txt")}
        excluded = {r[0].lower() for r in _rows(folder / "org_exclude.txt")}
        lex.exclude = {w for w in excluded if not w.startswith("-")}
        lex.exclude_endings = tuple(sorted(w[1:] for w in excluded if w.startswith("-") and len(w) > 1))
        for row in _rows(folder / "org_names.tsv"):
            canonical, typ = row[0], row[1]
            lex.names[canonical] = typ
            lex.aliases[canonical] = canonical
            for alias in (row[2].split("|") if len(row) > 2 and row[2] else []):
                lex.aliases[alias.strip()] = canonical
        lex.stopwords = {r[0].lower() for r in _rows(folder / "stopwords.txt")}
        lex.places = {r[0]: r[1] for r in _rows(folder / "places.tsv")}
        lex.countries = {r[0]: r[2] for r in _rows(folder / "places.tsv") if len(r) > 2 and r[2]}
        lex.titles = {r[0].lower(): r[1] for r in _rows(folder / "titles.tsv")}
        if (folder / "parties.tsv").exists():
            lex.parties = {r[0]: r[1] for r in _rows(folder / "parties.tsv")}
        if (folder / "not_names.txt").exists():
            lex.not_names = {r[0] for r in _rows(folder / "not_names.txt")}
        if (folder / "work_nouns.txt").exists():
            lex.work_nouns = tuple(sorted({r[0].lower() for r in _rows(folder / "work_nouns.txt")}))
        if (folder / "generic_names.txt").exists():
            lex.generic_names = {r[0].lower() for r in _rows(folder / "generic_names.txt")}
        lex.person_words = PersonWords.load(folder / "person_words.tsv")
        if (folder / "registry.tsv").exists():
            lex.add_registry(org_registry.load(folder / "registry.tsv"))
        return lex

    def add_registry(self, entries: list[org_registry.Entry]) -> None:
        """The registry decides name and type of every organisation it holds (it overrides org_names.tsv).
        One-letter acronyms (party letters) link a span that is exactly that letter but are not searched for."""
        for e in entries:
            self.registry[e.name] = e
            self.names[e.name] = e.type
            for form in e.forms():
                self.registry_forms[form] = e.name
                if len(form) >= 2:
                    self.aliases[form] = e.name

    def is_common_noun_name(self, text: str) -> bool:
        """True for a name written as the common noun for such a body in any country (generic_names.txt:
        "regeringen", "riksdagens"): it names the Swedish body only in a Swedish text about it. Capitalised
        ("Regeringen", "Regeringens särskilda utredare") it is taken as the name."""
        return text in self.generic_names or text.removesuffix("s") in self.generic_names

    def registry_entry_casefold(self, text: str) -> org_registry.Entry | None:
        """Like registry_entry, ignoring case, for names of four letters or more ("Statens Servicecenter",
        "Umeå Universitet"); shorter forms are acronyms, where case matters ("Sida" / "SIDA" / "sida")."""
        if self._casefold is None:
            self._casefold = {}
            for form, name in self.registry_forms.items():
                if len(form) >= 4:
                    self._casefold.setdefault(form.casefold(), name)
        low = text.casefold()
        for form in (low, low[:-2] if low.endswith(":s") else low[:-1] if low.endswith("s") else low):
            name = self._casefold.get(form)
            if name is not None and len(form) >= 4:
                return self.registry[name]
        return None

    def registry_entry(self, text: str) -> org_registry.Entry | None:
        """The registry entry a written form names, also in the genitive ("Natos", "SKR:s", "Region Skånes")."""
        forms = [text]
        if text.endswith(":s"):
            forms.append(text[:-2])
        elif text.endswith("s") and len(text) > 3:
            forms.append(text[:-1])
        for form in forms:
            name = self.registry_forms.get(form)
            if name is not None:
                return self.registry[name]
        return None

    def to_disk(self, folder: Path | str) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            src = self.source_dir / name
            if src.exists() and src.resolve() != (folder / name).resolve():
                shutil.copyfile(src, folder / name)

    # ------------------------------------------------------------------------------------------ lookups
    def suffix_of(self, word: str) -> Suffix | None:
        """The organisation-name ending of one word ("Tillväxtverkets" -> verket), if any."""
        low = word.lower()
        if low.endswith(":s"):
            low = low[:-2]
        ends = self.exclude_endings
        if low in self.exclude or (ends and (low.endswith(ends) or low.endswith("s") and low[:-1].endswith(ends))):
            return None
        for suf in self.suffixes:
            for form in (suf.suffix, suf.suffix + "s"):
                if low.endswith(form) and len(low) - len(form) >= 2:
                    if low[: len(low) - 1] in self.exclude or low in self.exclude:
                        return None
                    return suf
        return None

    def head_type(self, word: str) -> str | None:
        low = word.lower()
        for head in sorted(self.heads, key=len, reverse=True):
            if low == head or low == head + "s" or (low.endswith((head, head + "s")) and len(low) > len(head) + 2
                                                    and head not in ("stad", "bank")):
                return self.heads[head]
        return None

    def head_tail(self, word: str) -> tuple[str, ...]:
        """Prepositions after which a name ending in this head goes on ("centrum" -> för, om, mot)."""
        low = word.lower()
        for head, tail in self.head_tails.items():
            if tail and (low == head or low.endswith(head)):
                return tail
        return ()

    def org_type(self, canonical: str) -> str:
        """Best type for an organisation name: known list, then the shape of its words."""
        if canonical in self.names:
            return self.names[canonical]
        if canonical in self.aliases:
            return self.names.get(self.aliases[canonical], "övrigt")
        words = canonical.split()
        if not words:
            return "övrigt"
        if words[0] in ("Region", "Landstinget") or (len(words) >= 2 and words[-1] == "län" and words[0] == "Region"):
            return "region"
        if words[0].startswith("Länsstyrelse"):
            return "länsstyrelse"
        if words[-1] in ("kommun", "stad") or words[0] == "Kommun":
            # Every Swedish municipality is in the registry in all its usual forms, so an "X kommun" it does not
            # hold is a municipality abroad ("Köpenhamns kommun") or no municipality ("Sveriges minsta kommun").
            return "kommun" if not self.registry or words[0] == "Kommun" else "övrigt"
        if words[-1] in ("AB", "Aktiebolag", "HB", "KB"):
            return "företag"
        low = canonical.lower()
        if re.search(r"(universitet|högskola|högskolan|universitetet)\b", low) or words[0] == "Högskolan":
            return "lärosäte"
        if low.endswith("departementet"):
            return "departement"
        for w in reversed(words):
            suf = self.suffix_of(w)
            if suf:
                return suf.type
            t = self.head_type(w)
            if t:
                # a compound on "-kommun" the registry lacks ("Sveriges Digitaliseringskommun") is no municipality
                return t if t != "kommun" or not self.registry else "övrigt"
        return "övrigt"

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(self.places, self.countries, self.registry.values())
        return self._gazetteer

    def place_type(self, name: str) -> str:
        """land, län, kommun (a Swedish municipality), region (a Swedish region or province), internationell region,
        utländsk ort (a city abroad), or ort: any other place, in Sweden or of a country the lists do not know."""
        place = self.gazetteer.lookup(name.removesuffix("s") if name.endswith(" läns") else name)
        return place.type if place is not None else "ort"


_DEFAULT: Lexicon | None = None


def default_lexicon() -> Lexicon:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Lexicon.load(RESOURCES)
    return _DEFAULT


class LexiconComponent:
    """Serialisation shared by the components whose data is the Lexicon: it is saved into the component's folder
    of the pipeline (to_disk) and read back from there (from_disk), so `spacy.load` restores the word lists."""

    lex: Lexicon

    def set_lexicon(self, lex: Lexicon) -> None:
        self.lex = lex

    def to_disk(self, path: str | Path, *, exclude: tuple = ()) -> None:
        self.lex.to_disk(Path(path))

    def from_disk(self, path: str | Path, *, exclude: tuple = ()) -> LexiconComponent:
        if Path(path).exists():
            self.set_lexicon(shared_lexicon(Path(path)))
        return self


_SHARED: dict[str, Lexicon] = {}


def shared_lexicon(folder: Path) -> Lexicon:
    """One Lexicon object for every component folder with the same files: the components of a loaded pipeline
    share their word lists (each saves a copy, so that any one of them can be used alone)."""
    key = fingerprint([folder.resolve()])
    if key not in _SHARED:
        _SHARED[key] = Lexicon.load(folder)
    return _SHARED[key]
