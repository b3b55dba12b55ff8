"""What the report's working tools read: the term index (terms over time), entity facets for the list filters
(registry-linked, Swedish or foreign, topics) and per-topic document counts over time (the topic sparklines).

Queried with DuckDB from the outputs folder, like pipeline/report/data.py; documents and entities are the page's
array positions (temp tables doc_idx and ent_idx, made by data.collect).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb

from pipeline.report.trend import term_postings

PLACES = Path(__file__).resolve().parents[1] / "nlp" / "resources" / "places.tsv"
TERM_MIN_DOCUMENTS = 2  # a term in one document has no curve worth drawing; leaving those out halves the index
FOREIGN_ORG_TYPES = ("eu/internationell",)
SWEDISH_PLACE_TYPES = ("kommun", "kommun/ort", "region", "län", "landskap", "ort", "stad")


@lru_cache(maxsize=1)
def foreign_place_names() -> frozenset[str]:
    """Countries other than Sweden and the cities abroad that places.tsv lists (lower case)."""
    names, abroad = set(), False
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            abroad = abroad or "abroad" in line
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        name, kind = fields[0].strip().lower(), fields[1].strip()
        if (kind == "land" and name != "sverige") or abroad:
            names.add(name)
    return frozenset(names)


def delta_encode(values: list[int]) -> list[int]:
    """Sorted positions as differences (the first as is): small numbers, which JSON and gzip keep short."""
    out, last = [], 0
    for v in values:
        out.append(v - last)
        last = v
    return out


def term_index(con: duckdb.DuckDBPyConnection, tables: set[str], doc_pos: dict[str, int]) -> dict[str, list[int]]:
    """term -> delta-encoded sorted document positions, for terms in at least TERM_MIN_DOCUMENTS documents."""
    postings = term_postings(con, tables, TERM_MIN_DOCUMENTS)
    return {term: delta_encode(sorted(doc_pos[d] for d in docs if d in doc_pos)) for term, docs in postings.items()}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()}


def entity_facets(con: duckdb.DuckDBPyConnection, table: str, has_topics: bool) -> dict[str, list[Any]]:
    """For the rows of data.collect's entity list `table` (same order): registry-linked, scope ("se", "foreign" or
    None) and the main topics of the documents that mention the entity."""
    cols = _columns(con, table)
    if "registry_id" in cols:
        registry = "t.registry_id IS NOT NULL"
    else:
        registry = "NULL::BOOLEAN"
    if "country" in cols:  # a table that knows each entity's country says it itself
        scope = "CASE WHEN t.country IS NULL THEN NULL WHEN upper(t.country) IN ('SE', 'SWE', 'SVERIGE') " \
                "THEN 'se' ELSE 'foreign' END"
    elif table == "organisations":
        foreign = ", ".join(f"'{x}'" for x in FOREIGN_ORG_TYPES)
        scope = f"CASE WHEN t.type IN ({foreign}) THEN 'foreign' WHEN t.registry_id IS NOT NULL THEN 'se' END"
    elif table == "places":
        names = ", ".join("'" + n.replace("'", "''") + "'" for n in sorted(foreign_place_names()))
        swedish = ", ".join(f"'{x}'" for x in SWEDISH_PLACE_TYPES)
        scope = (f"CASE WHEN lower(t.name) IN ({names}) THEN 'foreign' WHEN lower(t.name) = 'sverige' "
                 f"OR t.type IN ({swedish}) THEN 'se' END")
    else:
        scope = "NULL::VARCHAR"
    topics = "[]::INTEGER[]"
    join = ""
    if has_topics:
        join = (
            "LEFT JOIN (SELECT m.entity_id, list(DISTINCT mt.topic ORDER BY mt.topic) AS topics FROM "
            "(SELECT DISTINCT entity_id, doc_id FROM mentions WHERE entity_id IS NOT NULL) m JOIN "
            "(SELECT doc_id, arg_max(topic_id, weight) AS topic FROM document_topics WHERE weight > 0 "
            "GROUP BY doc_id) mt USING (doc_id) GROUP BY m.entity_id) et USING (entity_id)"
        )
        topics = "coalesce(et.topics, []::INTEGER[])"
    rows = con.execute(
        f"SELECT {registry}, {scope}, {topics} FROM {table} t JOIN ent_idx e USING (entity_id) {join} "
        "ORDER BY t.n_documents DESC, t.n_mentions DESC, t.name, t.entity_id"  # the order of data.collect's rows
    ).fetchall()
    return {"registry": [r[0] for r in rows], "scope": [r[1] for r in rows], "topics": [list(r[2]) for r in rows]}


def topic_counts(con: duckdb.DuckDBPyConnection, unit: str) -> tuple[list[str], dict[int, list[int]]]:
    """Periods (every one from the first to the last dated document) and, per topic, the dated documents whose
    main topic (largest weight) it is in each period."""
    fmt = "%Y-%m" if unit == "month" else "%Y"
    rows = con.execute(
        f"""
        WITH main AS (SELECT doc_id, arg_max(topic_id, weight) AS topic FROM document_topics WHERE weight > 0
                      GROUP BY doc_id),
        dated AS (SELECT m.topic, date_trunc('{unit}', d.published) AS p FROM main m JOIN documents d USING (doc_id)
                  WHERE d.published IS NOT NULL)
        SELECT strftime(p, '{fmt}'), topic, count(*) FROM dated GROUP BY ALL ORDER BY 1, 2
        """
    ).fetchall()
    bounds = con.execute(
        f"SELECT min(date_trunc('{unit}', d.published)), max(date_trunc('{unit}', d.published)) "
        "FROM documents d JOIN document_topics USING (doc_id) WHERE d.published IS NOT NULL"
    ).fetchone()
    if bounds[0] is None:
        return [], {}
    periods = [p for (p,) in con.execute(
        f"SELECT strftime(unnest(generate_series($1::TIMESTAMP, $2::TIMESTAMP, INTERVAL 1 {unit})), '{fmt}')",
        [bounds[0], bounds[1]],
    ).fetchall()]
    pos = {p: i for i, p in enumerate(periods)}
    counts: dict[int, list[int]] = {}
    for period, topic, n in rows:
        counts.setdefault(int(topic), [0] * len(periods))[pos[period]] = int(n)
    return periods, counts
