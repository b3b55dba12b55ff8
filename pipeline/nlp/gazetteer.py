"""Where a place is: its type, country (ISO 3166-1 alpha-2) and, in Sweden, its municipality and county codes (SCB).

Built from the project's own lists: places.tsv (countries, cities abroad, Swedish and world regions, each with its
country) and the organisation registry, whose municipality and county-board rows carry SCB's codes in their ids
(`kommun-1380` is Halmstad, `lst-13` Hallands län) and whose municipality aliases hold the everyday forms
("Halmstad kommun" -> "Halmstad"). Pure lookups; the lists are read by Lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.registry import Entry

SWEDEN = "SE"


@dataclass(frozen=True)
class Place:
    type: str
    country: str | None = None
    municipality_code: str | None = None
    county_code: str | None = None


def county_nominative(county: str) -> str:
    """"Stockholms län" -> "Stockholm", "Dalarnas län" -> "Dalarna", "Skåne län" -> "Skåne"."""
    base = county.removesuffix(" län")
    return base[:-1] if base.endswith("s") else base


def municipality_names(entry: Entry) -> set[str]:
    """The bare names a municipality is written with: "Halmstad" and "Halmstads" from "Halmstad kommun" and
    "Halmstads kommun", "Stockholm" from "Stockholm stad"."""
    out = set()
    for form in entry.forms():
        for tail in (" kommun", " stad", " Kommun", " Stad"):
            if form.endswith(tail):
                out.add(form.removesuffix(tail))
    return out


class Gazetteer:
    def __init__(self, places: dict[str, str], countries: dict[str, str], registry: Iterable[Entry]) -> None:
        self.known: dict[str, Place] = {}
        counties: dict[str, str] = {}  # county name ("Hallands län") -> code
        for e in registry:
            if e.type == "länsstyrelse" and e.id.startswith("lst-") and e.id[4:].isdigit() \
                    and e.name.startswith("Länsstyrelsen i "):
                counties[e.name.removeprefix("Länsstyrelsen i ")] = e.id[4:]
        by_nominative = {county_nominative(c): code for c, code in counties.items()}
        for name, typ in places.items():
            country = countries.get(name) or None
            county = by_nominative.get(name) if country == SWEDEN else None
            self.known[name] = Place(typ, country, None, county)
        for e in registry:
            if e.type != "kommun" or not e.id.startswith("kommun-"):
                continue
            code = e.id.removeprefix("kommun-")
            for bare in municipality_names(e):
                if self.known.get(bare, Place("")).type != "land":
                    self.known[bare] = Place("kommun", SWEDEN, code, code[:2])
        for county, code in counties.items():
            self.known[county] = Place("län", SWEDEN, None, code)

    def lookup(self, name: str) -> Place | None:
        """The place a canonical name names, or None when the lists do not know it. "X län" that the county list
        lacks is still a county (of unknown code)."""
        if name in self.known:
            return self.known[name]
        if name.endswith(" län"):
            return Place("län")
        return None
