"""Build the organisation registry (pipeline/nlp/resources/registry.tsv) from public lists.

    python -m pipeline.registry.build [--shared ../shared/data] [--out pipeline/nlp/resources/registry.tsv]

Inputs (SOURCE.md says where each comes from):
  ../shared/data/myndighetsdata/merged.json   agencies, current and closed: organisation numbers, English names,
                                              start and end dates, predecessors and successors (CC0)
  ../shared/data/myndighetsdata/matchlist.csv written variants of agency names -> official names (CC0)
  ../shared/data/svensktext/myndigheter.tsv   SCB's Myndighetsregistret (agencies, courts, universities, county boards)
  ../shared/data/svensktext/kommuner.csv      the 290 municipalities with SCB's municipality codes
  ../shared/data/svensktext/ortsnamn.csv      Swedish localities: only read to tell "Halmstads" (genitive) from
                                              "Borås" (a name ending in s) when writing a municipality's forms
  ../shared/data/svensktext/lan.csv           the 21 counties with SCB's county codes
  ../shared/data/svensktext/eu.csv            EU institutions and bodies
  sources/myndigheter_fixes.tsv               spelling fixes, everyday names and acronyms for the agency list
  sources/regioner.tsv                        the 21 regions by county code
  sources/kommun_stad.tsv                     municipalities that call themselves "stad"
  sources/manual.tsv                          government, ministries, parties, other universities, EU/UN and other
                                              international bodies, large employers, associations
Ids are stable: from official codes where there is one (kommun-0180, region-01, lst-01), otherwise from the name
(myn-skatteverket). The output is sorted by id and byte-identical for the same inputs.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import unicodedata
from pathlib import Path

from pipeline.registry import COLUMNS, Entry, agencies, parse
from pipeline.tables import write_text

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
OUT = HERE.parent / "nlp" / "resources" / "registry.tsv"
SHARED = Path(os.environ.get("SHARED_DATA", "../shared/data"))
PREFIX = {"myndighet": "myn", "departement": "dep", "region": "region", "kommun": "kommun", "länsstyrelse": "lst",
          "lärosäte": "lar", "företag": "ftg", "förening/nätverk": "for", "regering": "reg", "parti": "parti",
          "eu/internationell": "int", "kommitté": "kom", "övrigt": "ovr"}
LAROSATE_RE = re.compile(r"(universitet|universitetet|högskola|högskolan|Karolinska institutet|Konstfack)$")
TRAILING_ACRONYM = re.compile(r"^(.*?)(?: \((\w+)\)|, (\w+))$")


def slug(name: str) -> str:
    flat = unicodedata.normalize("NFKD", name.lower())
    flat = "".join(c for c in flat if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", flat).strip("-")


def rows(path: Path) -> list[list[str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


def cells(row: list[str], n: int) -> list[str]:
    return row + [""] * (n - len(row))


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def county_nominative(county: str) -> str:
    """"Stockholms län" -> "Stockholm", "Dalarnas län" -> "Dalarna", "Skåne län" -> "Skåne"."""
    base = county.removesuffix(" län")
    return base[:-1] if base.endswith("s") else base


class Builder:
    def __init__(self) -> None:
        self.entries: dict[str, dict] = {}  # name -> fields

    def add(self, name: str, typ: str, eid: str, source: str, aliases=(), acronyms=()) -> None:
        if name in self.entries:  # a second list names the same organisation: merge its written forms
            e = self.entries[name]
            e["aliases"] += [a for a in aliases if a not in e["aliases"]]
            e["acronyms"] += [a for a in acronyms if a not in e["acronyms"]]
            return
        self.entries[name] = {"id": eid, "name": name, "type": typ, "aliases": list(aliases),
                              "acronyms": list(acronyms), "orgnr": "", "source": source, "valid_from": "",
                              "valid_to": "", "successor": "", "name_en": ""}

    def entries_sorted(self) -> list[Entry]:
        """Entries sorted by id. A written form goes to the entry that was added first (the curated lists come
        before the agencies added from myndighetsdata), so no form names two organisations."""
        out = []
        claimed: set[str] = set()
        ids = {e["name"]: e["id"] for e in self.entries.values()}
        for e in self.entries.values():
            claimed.add(e["name"])
        for e in self.entries.values():
            forms = {e["name"]}
            aliases = [a for a in dict.fromkeys(e["aliases"]) if a not in forms and a not in claimed]
            forms |= set(aliases)
            acronyms = [a for a in dict.fromkeys(e["acronyms"]) if a not in forms and a not in claimed]
            claimed |= forms | set(acronyms)
            successor = ids.get(e["successor"], "")
            out.append(Entry(e["id"], e["name"], e["type"], tuple(aliases), tuple(acronyms), e["orgnr"],
                             e["source"], e["valid_from"], e["valid_to"], successor if successor != e["id"] else "",
                             e["name_en"]))
        return sorted(out, key=lambda x: x.id)


def municipality_forms(official: str, localities: set[str]) -> list[str]:
    """Every usual written form of a municipality besides its official name ("Halmstads kommun"): the town's
    own name with "kommun" or "stad", genitive or not ("Halmstad kommun", "Halmstads stad", "Halmstad stad").
    The nominative is the locality's name where one matches ("Halmstad", "Falun" for "Falu", "Borås" as is);
    otherwise a final genitive -s is dropped unless the name ends in -ås or -näs."""
    bare = official.removesuffix(" kommun")
    if bare in localities:
        nominative = bare
    elif bare.endswith("s") and bare[:-1] in localities:
        nominative = bare[:-1]
    elif bare + "n" in localities:
        nominative = bare + "n"
    elif bare.endswith("s") and not bare.endswith(("ås", "näs", "ss")):
        nominative = bare[:-1]
    else:
        nominative = bare
    genitive = bare if bare != nominative or nominative.endswith("s") else nominative + "s"
    forms = [f"{nominative} kommun", f"{genitive} kommun", f"{nominative} stad", f"{genitive} stad",
             f"{genitive} Kommun", f"{genitive} Stad"]
    return [f for f in dict.fromkeys(forms) if f != official]


def add_agency_facts(b: Builder, folder: Path, fixed: set[str] = frozenset()) -> None:
    """Organisation numbers, English names, dates and successors from myndighetsdata for the agencies already in
    the registry, and the agencies it knows that the registry lacks (most of them closed: they keep their
    successor, so "Nutek" links to an entry that says when it closed and which agency took over)."""
    merged, variants = agencies.load(folder)
    entry_of: dict[str, str] = {}  # official name -> registry name
    for name, e in list(b.entries.items()):
        if e["type"] in ("kommun", "region", "parti", "eu/internationell", "företag", "förening/nätverk"):
            continue
        official = agencies.official_name([name, *e["aliases"]], merged, variants)
        if official is not None and official not in entry_of:
            entry_of[official] = name
    forms = {f for e in b.entries.values() for f in (e["name"], *e["aliases"], *e["acronyms"])}
    for official in sorted(merged):
        if official in entry_of or official in forms or not agencies.is_agency_name(official, merged[official]):
            continue
        typ = "länsstyrelse" if official.startswith("Länsstyrelsen") else \
            "lärosäte" if LAROSATE_RE.search(official) or official.startswith("Högskolan ") else "myndighet"
        eid = f"{PREFIX[typ]}-{slug(official)}"
        if eid in {e["id"] for e in b.entries.values()}:
            continue
        b.add(official, typ, eid, "myndighetsdata")
        entry_of[official] = official
    renamed: dict[str, str] = {}  # registry name (an old name) -> the official name it was renamed to
    for official, name in list(entry_of.items()):
        if official == name or official in b.entries:
            continue
        e = b.entries[name]
        if name in agencies.old_names(merged[official]):
            # The list the registry started from has the agency under a name it has since left ("Myndigheten för
            # press, radio och tv" -> "Mediemyndigheten"): the present name gets its own row, the old one its end
            # and successor, so mentions keep the name they were written with.
            b.add(official, e["type"], f"{PREFIX[e['type']]}-{slug(official)}", "myndighetsdata")
            entry_of[official] = official
            renamed[name] = official
        elif agencies.near_spelling(name, official) and e["source"] == "scb-myndighetsregistret" \
                and name not in fixed:
            # a misspelling in the agency list ("Arvfondsdelegationen"): the official spelling is the name
            b.entries[official] = {**b.entries.pop(name), "name": official, "aliases": [name, *e["aliases"]]}
            entry_of[official] = official
    later = agencies.successors(merged)
    for official, name in entry_of.items():
        fact = agencies.facts(official, merged[official])
        e = b.entries[name]
        e["orgnr"] = e["orgnr"] or fact.orgnr
        e["name_en"] = e["name_en"] or fact.name_en
        e["valid_from"], e["valid_to"] = e["valid_from"] or fact.valid_from, e["valid_to"] or fact.valid_to
        if official != name and any(c.islower() for c in official):
            e["aliases"].append(official)
        e["aliases"] += [n for n in fact.other_names if n not in e["aliases"]]
        if fact.acronym and not e["acronyms"]:
            e["acronyms"].append(fact.acronym)
        nxt = [entry_of[s] for s in later.get(official, []) if s in entry_of and entry_of[s] != name]
        if nxt and not e["successor"]:
            e["successor"] = nxt[0]
    for old, new in renamed.items():
        e, successor = b.entries[old], b.entries[new]
        # A renamed agency keeps its organisation number. The day of the renaming is not in the sources (the new
        # name's valid_from is the agency's start), so the old name's valid_to stays empty.
        e["orgnr"] = e["orgnr"] or successor["orgnr"]
        e["successor"] = new


def build(shared: Path) -> list[Entry]:
    sv = shared / "svensktext"
    b = Builder()
    counties = {}
    with (sv / "lan.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            counties[r["name"]] = f"{int(r['code']):02d}"
    fixes = {r[0]: cells(r, 4) for r in rows(SOURCES / "myndigheter_fixes.tsv")}
    with (sv / "myndigheter.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            raw = r["name"].strip()
            aliases: list[str] = []
            acronyms: list[str] = []
            if raw in fixes:
                _, name, al, ac = fixes[raw]
                aliases, acronyms = split(al), split(ac)
            else:
                m = TRAILING_ACRONYM.match(raw)
                name = m.group(1) if m else raw
                if m:
                    acronyms.append((m.group(2) or m.group(3)).upper())
                name = name.replace("Hyres och arrendenämnden", "Hyres- och arrendenämnden")
            if name.startswith("Länsstyrelsen i "):
                county = name.removeprefix("Länsstyrelsen i ")
                nom = county_nominative(county)
                aliases += [f"Länsstyrelsen {nom}", f"Länsstyrelsen i {nom}", "l" + name[1:]]
                b.add(name, "länsstyrelse", f"lst-{counties[county]}", "scb-myndighetsregistret", aliases, acronyms)
                continue
            if name == "Regeringskansliet":
                typ = "regering"
            elif (LAROSATE_RE.search(name) or name.startswith("Högskolan ")) \
                    and not name.startswith(("Överklagande", "Myndigheten")):
                typ = "lärosäte"
            else:
                typ = "myndighet"
            b.add(name, typ, f"{PREFIX[typ]}-{slug(name)}", "scb-myndighetsregistret", aliases, acronyms)
    stad = {r[0]: cells(r, 3)[1:] for r in rows(SOURCES / "kommun_stad.tsv")}
    with (sv / "ortsnamn.csv").open(encoding="utf-8") as fh:
        localities = {r["city"].strip() for r in csv.DictReader(fh)}
    with (sv / "kommuner.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            name = r["name"].strip()
            written = municipality_forms(name, localities)
            if name in stad:  # the municipality calls itself "X stad": that is its name, "X kommun" an alias
                own, more = stad[name]
                b.add(own, "kommun", f"kommun-{r['code']}", "scb-kommunkoder",
                      [name, *split(more), *(f for f in written if f != own)])
            else:
                b.add(name, "kommun", f"kommun-{r['code']}", "scb-kommunkoder", written)
    for r in rows(SOURCES / "regioner.tsv"):
        code, name, al, ac = cells(r, 4)
        b.add(name, "region", f"region-{code}", "manual:regioner", split(al), split(ac))
    with (sv / "eu.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            # lower-case alternative names ("ministerrådet") are generic nouns in running text
            alt = [a for a in [r["alternative_name"].strip()] if a and a[0].isupper()]
            acr = [a for a in [r["acronym"].strip()] if a]
            b.add(r["name"].strip(), "eu/internationell", f"int-{slug(r['name'])}", "svensktext-eu", alt, acr)
    for r in rows(SOURCES / "manual.tsv"):
        name, typ, al, ac, successor = cells(r, 5)
        aliases = split(al)
        if typ == "departement" and name[0].isupper():
            aliases.append(name[0].lower() + name[1:])  # "näringsdepartementet" is written in lower case too
        b.add(name, typ, f"{PREFIX[typ]}-{slug(name)}", "manual", aliases, split(ac))
        b.entries[name]["successor"] = successor
    add_agency_facts(b, shared / "myndighetsdata", {f[1] for f in fixes.values()})
    return b.entries_sorted()


HEADER = """# Registry of Swedish organisations, written by `python -m pipeline.registry.build`. Do not edit:
# edit pipeline/registry/sources/ and rebuild. Sources and licences: pipeline/registry/SOURCE.md.
# Columns: id (stable), name (canonical), type, aliases (|), acronyms (|), orgnr (empty where no source gives it),
# valid_from / valid_to (YYYY-MM-DD or YYYY, as precise as the source), successor_id (the entry that took over),
# name_en (English name), source (which list the row comes from).
"""


def render(entries: list[Entry]) -> str:
    return HEADER + "\t".join(COLUMNS) + "\n" + "".join(e.row() + "\n" for e in entries)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "svensktext" / "myndigheter.tsv").exists():
        print(f"{shared}/svensktext/myndigheter.tsv not found (set --shared or SHARED_DATA)", file=sys.stderr)
        return 1
    text = render(build(shared))
    entries = parse(text, args.out)  # the same checks the format test makes, before anything is written
    out = write_text(args.out, text)
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.type] = counts.get(e.type, 0) + 1
    print(f"{len(entries)} organisations -> {out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
