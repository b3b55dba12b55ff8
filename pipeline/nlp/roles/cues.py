"""The role matcher's data: cue word sets, mappings and countries, read from tab-separated files.

Why a dataclass of named sets: every construction reads a handful of word sets ("appoint", "tenure", ...); a field
per set makes a missing or misspelt set an error at load time instead of an empty set at run time. The files are
read in the component's `initialize` and written by its `to_disk`, so a saved pipeline carries the lists it was
built with.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field, fields
from pathlib import Path

RESOURCES = Path(__file__).parent.parent / "resources"
FILES = ("role_cues.tsv", "role_maps.tsv", "countries.tsv")
MAPS = ("role_adj", "unit_chief", "inferred_org", "post_variant")
# Punctuation and Markdown marks a role header line carries besides its words.
HEADER_MARKS = frozenset({",", ":", "*", "**", ":*", ":**", "#", "##", "###", "-", "–"})


def read_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a resource file, without comments and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Cues:
    tenure: frozenset[str]
    rank: frozenset[str]
    org_prep: frozenset[str]
    appoint: frozenset[str]
    career_verb: frozenset[str]
    career_participle: frozenset[str]
    appointing: frozenset[str]
    appointed: frozenset[str]
    relative_filler: frozenset[str]
    succeed_verb: frozenset[str]
    pronoun: frozenset[str]
    appointment_noun: frozenset[str]
    represent_verb: frozenset[str]
    generic_org_noun: frozenset[str]
    subject_adverb: frozenset[str]
    member_cue: frozenset[str]
    body_word: frozenset[str]
    label_word: frozenset[str]
    org_word: frozenset[str]
    org_apposition_ending: frozenset[str]
    committee_ending: frozenset[str]
    role_header_filler: frozenset[str]
    title_ending: frozenset[str]
    speech_word: frozenset[str]
    copula: frozenset[str]
    appoint_verb: frozenset[str]
    announce_word: frozenset[str]
    board_word: frozenset[str]
    status_acting: frozenset[str]
    status_former: frozenset[str]
    status_incoming: frozenset[str]
    status_outgoing: frozenset[str]
    foreign_office: frozenset[str]
    head_role: frozenset[str]
    start_cue: frozenset[str]
    role_adj: dict[str, str] = field(default_factory=dict)
    unit_chief: dict[str, str] = field(default_factory=dict)
    inferred_org: tuple[tuple[str, str], ...] = ()
    post_variant: dict[str, str] = field(default_factory=dict)  # a post's other spelling -> the one kept
    countries: dict[str, str] = field(default_factory=dict)   # name and genitive (lower case) -> ISO code
    country_names: dict[str, str] = field(default_factory=dict)  # ISO code -> the country's name (first listed)

    @property
    def role_suffix(self) -> re.Pattern[str]:
        """Compound titles recognised by their last part, with a definite or plural ending."""
        endings = "|".join(sorted(self.title_ending, key=lambda w: (-len(w), w)))
        return _suffix_pattern(endings)

    @property
    def header_fillers(self) -> frozenset[str]:
        return self.role_header_filler | HEADER_MARKS

    @classmethod
    def load(cls, folder: Path = RESOURCES) -> Cues:
        sets: dict[str, set[str]] = {}
        for name, word in read_rows(folder / "role_cues.tsv"):
            sets.setdefault(name, set()).add(word)
        maps: dict[str, list[tuple[str, str]]] = {}
        for name, key, value in read_rows(folder / "role_maps.tsv"):
            maps.setdefault(name, []).append((key, value))
        set_names = {f.name for f in fields(cls)} - set(MAPS) - {"countries", "country_names"}
        missing, unknown = set_names - set(sets), set(sets) - set_names
        if missing or unknown:
            raise ValueError(f"{folder / 'role_cues.tsv'}: missing sets {sorted(missing)}, unknown {sorted(unknown)}")
        countries: dict[str, str] = {}
        names: dict[str, str] = {}
        for name, code in read_rows(folder / "countries.tsv"):
            countries[name.lower()] = code
            if name[:1].isupper():
                names.setdefault(code, name)
            if not name.endswith(("s", "x", "z")):
                countries[name.lower() + "s"] = code
        return cls(**{k: frozenset(v) for k, v in sets.items()},
                   role_adj=dict(maps.get("role_adj", [])), unit_chief=dict(maps.get("unit_chief", [])),
                   inferred_org=tuple(maps.get("inferred_org", [])), post_variant=dict(maps.get("post_variant", [])),
                   countries=countries, country_names=names)

    @staticmethod
    def copy_files(src: Path, dest: Path) -> None:
        dest.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            shutil.copyfile(src / name, dest / name)


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _suffix_pattern(endings: str) -> re.Pattern[str]:
    if endings not in _PATTERNS:
        _PATTERNS[endings] = re.compile(rf"^(?:[\wåäöÅÄÖ]+-)?[\wåäö]*({endings})(en|n|e)?$")
    return _PATTERNS[endings]
