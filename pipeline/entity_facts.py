"""What the entity tables add from the project's own lists, and which rows of the long tail they leave out.

- organisations: the registry's organisation number, validity dates and successor, by registry_id;
- places: type, country and SCB codes from the gazetteer (pipeline/nlp/gazetteer.py), by canonical name;
- the long tail: a name that no list vouches for (an organisation the registry lacks and whose name shows no type,
  a place the gazetteer does not know) is listed only once it occurs in `min_documents` documents. Such names seen
  in one document are mostly the statistical model's guesses on capitalised words ("Innehåll", "Pressbriefing");
  their mentions stay in `mentions`, where an analyst can still find them.
Pure functions from Arrow tables to Arrow tables; the lists come in as arguments.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc

from pipeline.nlp.gazetteer import Gazetteer
from pipeline.registry import Entry

REGISTRY_FACTS = ("orgnr", "valid_from", "valid_to", "successor_id")
PLACE_FACTS = ("country", "municipality_code", "county_code")
UNLISTED_ORG_TYPE = "övrigt"


def _blank_to_none(value: str) -> str | None:
    return value or None


def with_registry_facts(orgs: pa.Table, entries: Iterable[Entry], min_documents: int = 1) -> pa.Table:
    by_id = {e.id: e for e in entries}
    facts: dict[str, list[str | None]] = {c: [] for c in REGISTRY_FACTS}
    for rid in orgs.column("registry_id").to_pylist():
        e = by_id.get(rid) if rid else None
        for c in REGISTRY_FACTS:
            facts[c].append(_blank_to_none(getattr(e, c)) if e is not None else None)
    out = orgs
    for c in REGISTRY_FACTS:
        out = out.append_column(c, pa.array(facts[c], pa.string()))
    if min_documents > 1:
        unlisted = pc.and_(pc.is_null(out["registry_id"]), pc.equal(pc.fill_null(out["type"], UNLISTED_ORG_TYPE),
                                                                     UNLISTED_ORG_TYPE))
        keep = pc.or_(pc.invert(unlisted), pc.greater_equal(out["n_documents"], min_documents))
        out = out.filter(keep)
    return out


def with_place_facts(places: pa.Table, gazetteer: Gazetteer, min_documents: int = 1) -> pa.Table:
    """Gazetteer type and codes by name; a place the gazetteer does not know keeps the type its mentions gave."""
    found = [gazetteer.lookup(name) for name in places.column("name").to_pylist()]
    types = [p.type if p is not None and p.type else t for p, t in zip(found, places.column("type").to_pylist(),
                                                                        strict=True)]
    out = places.set_column(places.schema.get_field_index("type"), "type", pa.array(types, pa.string()))
    for c in PLACE_FACTS:
        out = out.append_column(c, pa.array([getattr(p, c) if p is not None else None for p in found], pa.string()))
    if min_documents > 1:
        known = pa.array([p is not None for p in found], pa.bool_())
        out = out.filter(pc.or_(known, pc.greater_equal(out["n_documents"], min_documents)))
    return out
