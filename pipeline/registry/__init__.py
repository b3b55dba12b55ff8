"""The registry of Swedish organisations: one row per organisation with a stable id, its name, type, aliases,
acronyms and, where a public source gives them, organisation number, English name, the dates it existed between and
the registry entry that took over its work (successor_id).

`build.py` writes it from public lists (see SOURCE.md) to pipeline/nlp/resources/registry.tsv; this module reads
and checks that file. Reading is strict: a bad row raises RegistryFormatError naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("myndighet", "departement", "region", "kommun", "länsstyrelse", "lärosäte", "företag", "förening/nätverk",
         "regering", "parti", "eu/internationell", "kommitté", "övrigt")
COLUMNS = ("id", "name", "type", "aliases", "acronyms", "orgnr", "valid_from", "valid_to", "successor_id", "name_en",
           "source")
# The first version's columns: a pipeline saved with it still loads (its rows have no dates or successors).
V1_COLUMNS = ("id", "name", "type", "aliases", "acronyms", "orgnr", "source")
ID_RE = re.compile(r"^[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$")
ORGNR_RE = re.compile(r"^\d{6}-\d{4}$")
# valid_from / valid_to: as precise as the source is, a day or only a year ("2009-04-01", "2009")
VALID_RE = re.compile(r"^\d{4}(?:-\d\d-\d\d)?$")


class RegistryFormatError(ValueError):
    pass


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = field(default_factory=tuple)
    acronyms: tuple[str, ...] = field(default_factory=tuple)
    orgnr: str = ""
    source: str = ""
    valid_from: str = ""
    valid_to: str = ""
    successor_id: str = ""
    name_en: str = ""

    def forms(self) -> tuple[str, ...]:
        """Every written form that names this organisation: name, aliases, acronyms."""
        return (self.name, *self.aliases, *self.acronyms)

    def row(self) -> str:
        return "\t".join((self.id, self.name, self.type, "|".join(self.aliases), "|".join(self.acronyms),
                          self.orgnr, self.valid_from, self.valid_to, self.successor_id, self.name_en, self.source))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(p for p in cell.split("|")) if cell else ()


def parse(text: str, path: str = "registry.tsv") -> list[Entry]:
    """Parse and check registry text. Raises RegistryFormatError("<path>:<line>: <problem>") on the first bad row."""
    entries: list[Entry] = []
    ids: dict[str, int] = {}
    forms: dict[str, tuple[str, int]] = {}
    header_seen = v1 = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")

        def fail(problem: str, lineno: int = lineno) -> RegistryFormatError:
            return RegistryFormatError(f"{path}:{lineno}: {problem}")

        if not header_seen:
            if tuple(cells) not in (COLUMNS, V1_COLUMNS):
                raise fail(f"header must be {'/'.join(COLUMNS)}, found {'/'.join(cells)}")
            header_seen = True
            v1 = tuple(cells) == V1_COLUMNS
            continue
        if v1 and len(cells) == len(V1_COLUMNS):
            cells = [*cells[:6], "", "", "", "", cells[6]]
        if len(cells) != len(COLUMNS):
            raise fail(f"{len(cells)} tab-separated columns, expected {len(COLUMNS)}")
        if any(c != c.strip() for c in cells):
            raise fail("a cell has leading or trailing spaces")
        eid, name, typ, aliases, acronyms, orgnr, valid_from, valid_to, successor, name_en, source = cells
        if not ID_RE.match(eid):
            raise fail(f"bad id {eid!r} (lower-case ascii words joined by '-')")
        if eid in ids:
            raise fail(f"id {eid!r} already used on line {ids[eid]}")
        if not name or not any(c.isalpha() for c in name):
            raise fail(f"name {name!r} has no letter")
        if typ not in TYPES:
            raise fail(f"type {typ!r} is not one of {', '.join(TYPES)}")
        if orgnr and not ORGNR_RE.match(orgnr):
            raise fail(f"organisation number {orgnr!r} is not NNNNNN-NNNN")
        for label, value in (("valid_from", valid_from), ("valid_to", valid_to)):
            if value and not VALID_RE.match(value):
                raise fail(f"{label} {value!r} is not YYYY-MM-DD or YYYY")
        if valid_from and valid_to and valid_to < valid_from:
            raise fail(f"valid_to {valid_to} is before valid_from {valid_from}")
        if successor and (not ID_RE.match(successor) or successor == eid):
            raise fail(f"successor_id {successor!r} is not another entry's id")
        if not source:
            raise fail("source is empty")
        entry = Entry(eid, name, typ, _split(aliases), _split(acronyms), orgnr, source, valid_from, valid_to,
                      successor, name_en)
        for form in entry.forms():
            if not form or form != form.strip() or not any(c.isalnum() for c in form):
                raise fail(f"empty or blank alias in {aliases!r}/{acronyms!r}")
            if form in forms and forms[form][0] != eid:
                raise fail(f"{form!r} also names {forms[form][0]} (line {forms[form][1]})")
            forms[form] = (eid, lineno)
        ids[eid] = lineno
        entries.append(entry)
    if not header_seen:
        raise RegistryFormatError(f"{path}: no header line")
    dangling = [(e.id, e.successor_id) for e in entries if e.successor_id and e.successor_id not in ids]
    if dangling:
        eid, successor = dangling[0]
        raise RegistryFormatError(f"{path}:{ids[eid]}: successor_id {successor!r} names no entry")
    return entries


def load(path: Path | str) -> list[Entry]:
    path = Path(path)
    return parse(path.read_text(encoding="utf-8"), str(path))


__all__ = ["COLUMNS", "TYPES", "Entry", "RegistryFormatError", "load", "parse"]
