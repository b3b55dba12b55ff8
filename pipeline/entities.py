"""Stage `entities`: fold mentions into one row per organisation, person and place, plus dates and co-mentions.

Reads   outputs/mentions.parquet, outputs/roles.parquet, outputs/documents.parquet (published dates)
Writes  outputs/organisations.parquet, outputs/people.parquet, outputs/places.parquet,
        outputs/dates.parquet, outputs/cooccurrence.parquet
Params  entities.* in params.yaml

Canonical names and entity ids come from the annotate stage (per mention), so every aggregate here is a pure
group-by: an entity's row depends only on the mentions that carry its id.
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline import schemas
from pipeline.config import ConfigError, params_hash, require
from pipeline.stage import run_stage
from pipeline.tables import provenance, read_provenance, write_table

log = logging.getLogger("pipeline.entities")

INPUTS = {
    "mentions": Path("outputs/mentions.parquet"),
    "roles": Path("outputs/roles.parquet"),
    "documents": Path("outputs/documents.parquet"),
}
OUTPUTS = {
    "organisations": (Path("outputs/organisations.parquet"), schemas.ORGANISATIONS, "ORG"),
    "people": (Path("outputs/people.parquet"), schemas.PEOPLE, "PER"),
    "places": (Path("outputs/places.parquet"), schemas.PLACES, "LOC"),
}
DATES_OUT = Path("outputs/dates.parquet")
COOC_OUT = Path("outputs/cooccurrence.parquet")
# Which entity kinds make up the collaboration map: organisation pairs and organisation-person pairs.
COOC_LABELS = {("ORG", "ORG"), ("ORG", "PER")}


def _most_common(values: pd.Series) -> Any:
    """Most frequent non-null value; ties broken alphabetically so the result is deterministic."""
    counts = Counter(v for v in values if v is not None and v == v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def aggregate_entities(mentions: pd.DataFrame, doc_dates: pd.Series, label: str, min_mentions: int) -> list[dict]:
    """One row per entity_id of `label`: canonical name, aliases (other surface forms), counts, date span."""
    sub = mentions[mentions["label"] == label]
    rows = []
    for entity_id, group in sub.groupby("entity_id", sort=True):
        if len(group) < min_mentions:
            continue
        name = _most_common(group["canonical"])
        aliases = sorted({t for t in group["text"] if t != name} | {c for c in group["canonical"] if c != name})
        dates = doc_dates.reindex(group["doc_id"].unique()).dropna()
        rows.append(
            {
                "entity_id": entity_id,
                "name": name,
                "aliases": aliases,
                "type": _most_common(group["entity_type"]),
                "n_mentions": len(group),
                "n_documents": group["doc_id"].nunique(),
                "first_date": min(dates) if len(dates) else None,
                "last_date": max(dates) if len(dates) else None,
            }
        )
    return rows


def add_person_roles(people: list[dict], roles: pd.DataFrame) -> list[dict]:
    """people.roles / people.organisations come from the roles table (normalised titles, canonical org names)."""
    by_person = {pid: group for pid, group in roles.groupby("person_id")} if len(roles) else {}
    for row in people:
        group = by_person.get(row["entity_id"])
        row.pop("type", None)
        if group is None:
            row["roles"], row["organisations"] = [], []
            continue
        row["roles"] = sorted(set(group["role"].dropna()) - {""})
        row["organisations"] = sorted(set(group["organisation"].dropna()) - {""})
    return people


def date_rows(mentions: pd.DataFrame) -> list[dict]:
    cols = [f.name for f in schemas.DATES]
    sub = mentions[mentions["label"] == "DATE"]
    return sub[cols].to_dict("records")


def cooccurrence_rows(mentions: pd.DataFrame) -> list[dict]:
    """Pairs of entities mentioned in the same document, with document and sentence counts."""
    ents = mentions[mentions["label"].isin({"ORG", "PER"})][["doc_id", "sentence", "entity_id", "label", "canonical"]]
    names = ents.groupby("entity_id")["canonical"].agg(_most_common).to_dict()
    labels = ents.groupby("entity_id")["label"].first().to_dict()
    doc_pairs: Counter = Counter()
    sent_pairs: Counter = Counter()
    for _sentence_key, group in ents.groupby(["doc_id", "sentence"]):
        sent_pairs.update(combinations(sorted(set(group["entity_id"])), 2))
    for _doc, group in ents.groupby("doc_id"):
        doc_pairs.update(combinations(sorted(set(group["entity_id"])), 2))
    rows = []
    for key in sorted(doc_pairs):
        a, b = key
        if labels[a] != "ORG":  # organisation first, so the table reads "organisation with organisation/person"
            a, b = b, a
        if (labels[a], labels[b]) not in COOC_LABELS:
            continue
        rows.append(
            {
                "entity_a": a,
                "name_a": names[a],
                "label_a": labels[a],
                "entity_b": b,
                "name_b": names[b],
                "label_b": labels[b],
                "n_documents": doc_pairs[key],
                "n_sentences": sent_pairs.get(key, 0),
            }
        )
    return rows


def run(params: dict[str, Any]) -> dict[str, int]:
    min_mentions = require(params, "min_mentions", int, "entities")
    for path in INPUTS.values():
        if not path.exists():
            raise ConfigError(f"{path}: not found; run the earlier stages first (dvc repro)")
    mentions = pd.read_parquet(INPUTS["mentions"])
    roles = pd.read_parquet(INPUTS["roles"])
    documents = pd.read_parquet(INPUTS["documents"], columns=["doc_id", "published"])
    doc_dates = documents.set_index("doc_id")["published"]

    upstream = read_provenance(INPUTS["mentions"])
    meta = provenance("entities", params_hash(params), upstream.get("model"), upstream.get("model_version"))
    counts = {}
    tables = {
        name: aggregate_entities(mentions, doc_dates, label, min_mentions) for name, (_, _, label) in OUTPUTS.items()
    }
    tables["people"] = add_person_roles(tables["people"], roles)
    for row in tables["organisations"] + tables["places"]:
        row.setdefault("type", None)
    for name, (path, schema, _) in OUTPUTS.items():
        write_table(tables[name], path, schema, meta)
        counts[name] = len(tables[name])
    dates = date_rows(mentions)
    write_table(dates, DATES_OUT, schemas.DATES, meta)
    cooc = cooccurrence_rows(mentions)
    write_table(cooc, COOC_OUT, schemas.COOCCURRENCE, meta)
    counts.update(dates=len(dates), cooccurrence=len(cooc))
    return counts


def main(argv: list[str] | None = None) -> int:
    return run_stage("entities", run, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
