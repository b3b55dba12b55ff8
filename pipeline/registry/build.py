"""Build the organisation registry (pipeline/nlp/resources/registry.tsv) from public lists.

    python -m pipeline.registry.build [--shared ../shared/data] [--out pipeline/nlp/resources/registry.tsv]

Inputs (SOURCE.md says where each comes from):
  ../shared/data/svensktext/myndigheter.tsv   SCB's Myndighetsregistret (agencies, courts, universities, county boards)
  ../shared/data/svensktext/kommuner.csv      the 290 municipalities with SCB's municipality codes
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

from pipeline.registry import Entry, parse
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
                              "acronyms": list(acronyms), "orgnr": "", "source": source}

    def entries_sorted(self) -> list[Entry]:
        out = []
        for e in self.entries.values():
            forms = {e["name"]}
            aliases = [a for a in dict.fromkeys(e["aliases"]) if a not in forms]
            forms |= set(aliases)
            acronyms = [a for a in dict.fromkeys(e["acronyms"]) if a not in forms]
            out.append(Entry(e["id"], e["name"], e["type"], tuple(aliases), tuple(acronyms), e["orgnr"],
                             e["source"]))
        return sorted(out, key=lambda x: x.id)


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
    with (sv / "kommuner.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            name = r["name"].strip()
            if name in stad:  # the municipality calls itself "X stad": that is its name, "X kommun" an alias
                own, written = stad[name]
                b.add(own, "kommun", f"kommun-{r['code']}", "scb-kommunkoder", [name, *split(written)])
            else:
                b.add(name, "kommun", f"kommun-{r['code']}", "scb-kommunkoder")
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
        name, typ, al, ac = cells(r, 4)
        aliases = split(al)
        if typ == "departement" and name[0].isupper():
            aliases.append(name[0].lower() + name[1:])  # "näringsdepartementet" is written in lower case too
        b.add(name, typ, f"{PREFIX[typ]}-{slug(name)}", "manual", aliases, split(ac))
    return b.entries_sorted()


HEADER = """# Registry of Swedish organisations (issue 10), written by `python -m pipeline.registry.build`. Do not edit:
# edit pipeline/registry/sources/ and rebuild. Sources and licences: pipeline/registry/SOURCE.md.
# Columns: id (stable), name (canonical), type, aliases (|), acronyms (|), orgnr (empty where no source gives it),
# source (which list the row comes from).
"""


def render(entries: list[Entry]) -> str:
    return HEADER + "\t".join(("id", "name", "type", "aliases", "acronyms", "orgnr", "source")) + "\n" + \
        "".join(e.row() + "\n" for e in entries)


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
