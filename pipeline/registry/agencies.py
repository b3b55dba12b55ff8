"""Facts about Swedish state agencies from ../shared/data/myndighetsdata (CC0, Civic Tech Sweden; SOURCE.md).

`merged.json` holds, per official agency name, what each public source says about it (SCB, ESV, Statskontoret,
SFS, Arbetsgivarverket, handlingar.se, Wikidata); `matchlist.csv` maps lower-cased written variants to official
names. These functions read one agency's record into the registry's terms: organisation number, English name, the
dates it existed between, its other names and the agencies that took over its work. Pure functions over the parsed
JSON; `load` is the only IO.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ORGNR_RE = re.compile(r"^(\d{6})-?(\d{4})$")
DAY_RE = re.compile(r"^(\d{4}-\d\d-\d\d)")
YEAR_RE = re.compile(r"^(\d{4})$")
# Agencies closed before the corpora this project reads were written have no mentions to link; the registry keeps
# them anyway when a later agency names them as its predecessor, so a successor chain has no gaps.


@dataclass(frozen=True)
class Agency:
    name: str                                   # official name (merged.json's key)
    orgnr: str = ""
    name_en: str = ""
    acronym: str = ""
    valid_from: str = ""
    valid_to: str = ""
    other_names: tuple[str, ...] = ()           # everyday names the agency uses ("Skolverket")
    successors: tuple[str, ...] = field(default_factory=tuple)  # official names of agencies that took over


def load(folder: Path) -> tuple[dict[str, dict[str, Any]], dict[str, set[str]]]:
    """(merged records by official name, lower-cased written variant -> official names)."""
    merged = json.loads((folder / "merged.json").read_text(encoding="utf-8"))
    variants: dict[str, set[str]] = defaultdict(set)
    with (folder / "matchlist.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            variants[row["name"].strip()].add(row["official_name"].strip())
    return merged, dict(variants)


def _records(value: Any) -> list[dict[str, Any]]:
    """A source gives one record, or a list of them for an agency that had several instructions (SFS)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, dict)]
    return []


def norm_orgnr(value: Any) -> str:
    m = ORGNR_RE.match(str(value or "").strip())
    return f"{m.group(1)}-{m.group(2)}" if m else ""


def norm_date(value: Any) -> str:
    """ "2009-04-01T00:00:00Z" -> "2009-04-01"; 2009 or "2009" -> "2009"; anything else -> ""."""
    if value is None or value == "":
        return ""
    text = str(value).strip()
    m = DAY_RE.match(text) or YEAR_RE.match(text)
    return m.group(1) if m else ""


def _first(*values: str) -> str:
    return next((v for v in values if v), "")


def _span(record: dict[str, Any]) -> tuple[str, str]:
    """(valid_from, valid_to). SFS dates are the instructions' own (a day), so they come first: the instruction in
    force now gives the start under the current name; a closed agency's last instruction gives its end. Wikidata
    next, then the years ESV, SCB and Statskontoret give."""
    sfs = sorted(_records(record.get("sfs")), key=lambda r: norm_date(r.get("start")) or "0")
    start = end = ""
    if sfs:
        current = [r for r in sfs if not r.get("end")]
        if current:
            start = norm_date(current[-1].get("start"))
        else:
            last = max(sfs, key=lambda r: norm_date(r.get("end")))
            start, end = norm_date(last.get("start")), norm_date(last.get("end"))
    wd = record.get("wd") if isinstance(record.get("wd"), dict) else {}
    others = [r for key in ("esv", "scb", "stkt") for r in _records(record.get(key))]
    start = _first(start, norm_date(wd.get("start")), *(norm_date(r.get("start")) for r in others))
    closed = bool(sfs) and not any(not r.get("end") for r in sfs)
    if not sfs or closed:
        end = _first(end, norm_date(wd.get("end")), *(norm_date(r.get("end")) for r in others))
    if start and end and end[:len(start)] < start[:len(end)]:
        start = ""  # the sources disagree; an end before the start is no fact
    return start, end


def facts(name: str, record: dict[str, Any]) -> Agency:
    """One agency's registry facts from its merged record."""
    scb, esv, stkt, wd, hand = ((_records(record.get(k)) or [{}])[0]
                                for k in ("scb", "esv", "stkt", "wd", "handlingar"))
    orgnr = _first(*(norm_orgnr(r.get("org_nr")) for r in (scb, esv, stkt, wd)))
    name_en = _first(str(esv.get("name_en") or "").strip().rstrip("."), str(wd.get("name_en") or "").strip())
    # handlingar.se's short name is the acronym agencies use; ESV's is an internal code ("SKOL", "LSTHLM")
    acronym = str(hand.get("short_name") or "").strip()
    acronym = acronym if 2 <= len(acronym) <= 8 and acronym.isupper() and acronym.isalpha() \
        and acronym not in old_names(record) else ""  # an old name's acronym ("MPRT") names the old name
    # Statskontoret's other names are the everyday names of the same agency; Wikidata's mix in bodies the
    # agency absorbed ("Lärarnas ansvarsnämnd" for Skolverket), so they are not used.
    other = tuple(n.strip() for n in stkt.get("other_names") or [] if isinstance(n, str) and n.strip()
                  and any(c.islower() for c in n))
    start, end = _span(record)
    return Agency(name, orgnr, name_en, acronym, start, end, other, tuple(str(s) for s in wd.get("replaced_by") or []))


# Rows of merged.json that name no agency of their own: missions abroad listed one by one, posts
# ("Handelssekreterare"), groups of bodies in the plural ("Kammarrätter", "Domkapitlen") and placeholders ("Okänd").
NOT_AN_AGENCY = re.compile(r"^(?:Sveri?g?i?es (?:ambassad|generalkonsulat|delegation|representation|ständiga)|"
                           r"Svergies |Kansliet för de Stockholmsbas|Okänd$)|[,()\d]|- ", re.IGNORECASE)
POSTS = ("sekreterare", "attaché", "chef", "råd", "nämnder")


def old_names(record: dict[str, Any]) -> set[str]:
    """Names the agency had before its present one (ESV's old names; Wikidata's other names are not used: they mix
    in bodies the agency absorbed)."""
    return {n for r in _records(record.get("esv")) for n in r.get("old_names") or [] if isinstance(n, str)}


def near_spelling(a: str, b: str, limit: int = 2) -> bool:
    """At most `limit` letters inserted, deleted or changed: "Arvfondsdelegationen" / "Arvsfondsdelegationen"."""
    if abs(len(a) - len(b)) > limit:
        return False
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1] <= limit


def is_agency_name(name: str, record: dict[str, Any]) -> bool:
    """A row to add to the registry as an agency of its own: written with lower-case letters (capitals-only rows
    repeat another row), not a mission, post or group (NOT_AN_AGENCY), and vouched for by an organisation number or
    an instruction in SFS."""
    if not any(c.islower() for c in name) or NOT_AN_AGENCY.search(name):
        return False
    if len(name.split()) == 1 and name.endswith(("er", "na", "erna")) and not name.endswith(("verket", "nämnden")):
        return False  # a plural: several bodies of a kind ("Kammarrätter", "Länsvägnämnderna")
    if name.endswith(POSTS):
        return False  # a post abroad ("Handelssekreterare", "Arbetsmarknadsråd") or bodies in the plural
    has_orgnr = any(norm_orgnr(r.get("org_nr")) for k in ("scb", "esv", "stkt", "wd") for r in _records(record.get(k)))
    return has_orgnr or bool(_records(record.get("sfs")))


def successors(merged: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Official name -> official names of the agencies that took over, from SFS (an instruction that `replaces`
    an agency; an agency `expired_by` an instruction of another) and Wikidata (`replaced_by`), in that order."""
    by_sfs: dict[str, str] = {}
    for name, record in merged.items():
        for r in _records(record.get("sfs")):
            for number in r.get("sfs") or []:
                by_sfs.setdefault(str(number), name)
    out: dict[str, list[str]] = defaultdict(list)
    for name, record in merged.items():
        for r in _records(record.get("sfs")):
            for old in r.get("replaces") or []:
                if isinstance(old, str) and old != name and name not in out[old]:
                    out[old].append(name)
            expired = by_sfs.get(str(r.get("expired_by") or ""))
            if expired and expired != name and expired not in out[name]:
                out[name].append(expired)
    for name, record in merged.items():
        wd = record.get("wd") if isinstance(record.get("wd"), dict) else {}
        for new in wd.get("replaced_by") or []:
            if isinstance(new, str) and new != name and new not in out[name]:
                out[name].append(new)
    return dict(out)


def official_name(forms: list[str], merged: dict[str, Any], variants: dict[str, set[str]]) -> str | None:
    """The merged.json key one of `forms` (a registry entry's name and aliases) is written for, if exactly one.
    Case is ignored: some sources write names in capitals ("SVERIGES RIKSBANK")."""
    keys: dict[str, set[str]] = defaultdict(set)
    for key in merged:
        keys[key.casefold()].add(key)
    for form in forms:
        hits = keys.get(form.casefold(), set())
        if len(hits) == 1:
            return next(iter(hits))
    for form in forms:
        hits = {k for name in variants.get(form.lower(), set()) for k in keys.get(name.casefold(), set())}
        if len(hits) == 1:
            return next(iter(hits))
    return None
