"""Everything the report shows, queried with DuckDB from the outputs folder into small Python structures.

Two kinds of result: aggregates rendered server-side (charts, the run overview) and the columnar `blob` the page's
script reads (documents, texts, sentence and mention offsets, entity lists), encoded once as compressed JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.report import workbench
from pipeline.tables import read_provenance

TIMELINE_MAX_MONTHS = 240  # beyond this span the timeline and topic trends count per year instead of per month


@dataclass
class ReportData:
    tables: dict[str, dict[str, Any]]  # name -> {"rows", "stage", "manifest_rows", "manifest_run_id"}
    manifest: dict[str, Any] | None
    statuses: list[tuple[str, int]]
    failed: list[tuple[str, str, str]]  # path, status, detail
    n_failed: int
    org_top_documents: list[dict[str, Any]] = field(default_factory=list)
    org_top_mentions: list[dict[str, Any]] = field(default_factory=list)
    org_types: list[tuple[str, int, int]] = field(default_factory=list)  # type, organisations, mentions
    people_top: list[dict[str, Any]] = field(default_factory=list)
    heads: list[dict[str, Any]] = field(default_factory=list)  # tenures of heads, grouped by organisation
    timeline: list[tuple[str, int]] = field(default_factory=list)
    timeline_outside: tuple[int, int, int] = (0, 0, 0)  # earlier, later, undated
    timeline_history: list[tuple[str, int]] = field(default_factory=list)  # decades before the corpus period
    topics: list[dict[str, Any]] = field(default_factory=list)
    topic_periods: list[str] = field(default_factory=list)
    topic_trends_source: str = ""
    topic_unit: str = "month"
    network_nodes: list[dict[str, Any]] = field(default_factory=list)
    network_edges: list[tuple[int, int, float]] = field(default_factory=list)
    blob: dict[str, Any] = field(default_factory=dict)
    n_text_documents: int = 0


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict[str, Any]]:
    cur = con.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _columns(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str, list]:
    """A query's result as {column: list}, via Arrow (no per-row Python work on big tables)."""
    table = con.sql(sql).to_arrow_table()
    return {name: _jsonable(table.column(name)) for name in table.column_names}


def _jsonable(column: pa.ChunkedArray) -> list:
    """Python values JSON can hold: dates and timestamps become ISO strings."""
    if pa.types.is_date(column.type) or pa.types.is_timestamp(column.type):
        column = column.cast(pa.string())
    return column.to_pylist()


def _offsets(doc_idx: list[int], n_docs: int) -> list[int]:
    """CSR offsets: rows of document i are [off[i], off[i+1]) in arrays sorted by document."""
    counts = np.bincount(np.asarray(doc_idx, dtype=np.int64), minlength=n_docs) if doc_idx else np.zeros(n_docs, int)
    return [0, *np.cumsum(counts).tolist()]


def read_manifest(outputs: Path) -> dict[str, Any] | None:
    path = outputs / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def table_overview(paths: dict[str, Path], manifest: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    listed = (manifest or {}).get("tables") or {}
    overview = {}
    for name in sorted(set(paths) | set(listed)):
        entry = listed.get(name) if isinstance(listed.get(name), dict) else {}
        path = paths.get(name)
        overview[name] = {
            "rows": pq.ParquetFile(path).metadata.num_rows if path else None,
            "stage": (read_provenance(path).get("stage") if path else None) or entry.get("stage"),
            "manifest_rows": entry.get("rows"),
            "manifest_run_id": entry.get("run_id"),
            "manifest_stale": bool(entry.get("stale")),
        }
    return overview


def snapshot(con: duckdb.DuckDBPyConnection, tables: dict[str, dict[str, Any]], manifest: dict | None) -> dict:
    docs = con.execute("SELECT path, sha256, status FROM documents ORDER BY path").fetchall()
    return {
        "run_id": (manifest or {}).get("run_id"),
        "tables": {name: info["rows"] for name, info in tables.items() if info["rows"] is not None},
        "documents": {p: [s, st] for p, s, st in docs},
    }


def collect(
    con: duckdb.DuckDBPyConnection,
    paths: dict[str, Path],
    manifest: dict[str, Any] | None,
    top_n: int,
    network_top_n: int,
    keywords_per_document: int,
    max_text_chars: int,
) -> ReportData:
    has = set(paths).__contains__
    tables = table_overview(paths, manifest)
    statuses = con.execute("SELECT status, count(*) FROM documents GROUP BY status ORDER BY 2 DESC, 1").fetchall()
    failed = con.execute(
        "SELECT path, status, coalesce(status_detail, '') FROM documents WHERE status <> 'ok' ORDER BY path"
    ).fetchall()
    data = ReportData(tables, manifest, statuses, failed, len(failed))

    # Index tables: documents and entities become positions in the page's arrays.
    con.execute(
        "CREATE OR REPLACE TEMP TABLE doc_idx AS SELECT doc_id, "
        "(row_number() OVER (ORDER BY published DESC NULLS LAST, path) - 1)::INTEGER AS idx FROM documents"
    )
    sources = []
    if has("mentions"):
        sources.append("SELECT entity_id, label, canonical AS name FROM mentions WHERE entity_id IS NOT NULL")
    for table, label in (("organisations", "ORG"), ("people", "PER"), ("places", "LOC")):
        if has(table):
            sources.append(f"SELECT entity_id, '{label}' AS label, name FROM {table}")
    if sources:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE ent_idx AS SELECT entity_id, label, name, "
            "(row_number() OVER (ORDER BY entity_id) - 1)::INTEGER AS idx FROM ("
            "SELECT entity_id, min(label) AS label, min(name) AS name FROM (" + " UNION ALL ".join(sources) + ") "
            "GROUP BY entity_id)"
        )
    else:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE ent_idx (entity_id VARCHAR, label VARCHAR, name VARCHAR, idx INTEGER)"
        )

    blob: dict[str, Any] = {}
    ents = _columns(con, "SELECT entity_id AS id, name, label FROM ent_idx ORDER BY idx")
    labels = sorted({x for x in ents["label"] if x})
    blob["labels"] = labels
    label_pos = {x: i for i, x in enumerate(labels)}
    blob["ents"] = {"id": ents["id"], "name": ents["name"], "label": [label_pos.get(x, -1) for x in ents["label"]]}

    topic_of_doc = ""
    if has("document_topics"):
        topic_of_doc = (
            "LEFT JOIN (SELECT doc_id, arg_max(topic_id, weight) AS topic FROM document_topics GROUP BY doc_id) t "
            "USING (doc_id)"
        )
    doc_cols = {r[0] for r in con.execute("DESCRIBE documents").fetchall()}
    optional = ", ".join(
        f"{c} AS {alias}" if c in doc_cols else f"NULL::VARCHAR AS {alias}"
        for c, alias in (("genre", "genre"), ("published_precision", "prec"))
    )
    docs = _columns(
        con,
        "SELECT d.doc_id AS id, path, title, published, status, status_detail AS detail, url, publisher, n_chars, "
        + optional + ", "
        + ("t.topic" if topic_of_doc else "NULL::INTEGER AS topic")
        + " FROM documents d JOIN doc_idx i USING (doc_id) "
        + topic_of_doc
        + " ORDER BY i.idx",
    )
    n_docs = len(docs["id"])
    # Texts of ok documents, newest first, up to a budget of characters: the texts are most of the page's size, so
    # the budget bounds the file on corpora far beyond the 8,000-document target (0 = no budget).
    budget = f"WHERE running <= {int(max_text_chars)}" if max_text_chars > 0 else ""
    with_text = con.sql(
        "SELECT idx, text FROM (SELECT i.idx, d.text, sum(length(d.text)) OVER (ORDER BY i.idx) AS running "
        "FROM documents d JOIN doc_idx i USING (doc_id) WHERE d.status = 'ok' AND d.text IS NOT NULL) "
        f"{budget} ORDER BY idx"
    ).to_arrow_table()
    texts: list[str | None] = [None] * n_docs
    for idx, text in zip(with_text.column(0).to_pylist(), with_text.column(1).to_pylist(), strict=True):
        texts[idx] = text
    docs["text"] = texts
    data.n_text_documents = with_text.num_rows
    con.execute("CREATE OR REPLACE TEMP TABLE text_docs AS SELECT * FROM doc_idx WHERE idx IN (SELECT unnest($1))",
                [with_text.column(0).to_pylist()])
    if has("keywords"):
        kw = _columns(
            con,
            f"SELECT i.idx, list(term ORDER BY rank) AS terms FROM keywords k JOIN doc_idx i USING (doc_id) "
            f"WHERE rank <= {int(keywords_per_document)} GROUP BY i.idx",
        )
        kws: list[list[str]] = [[] for _ in range(n_docs)]
        for idx, terms in zip(kw["idx"], kw["terms"], strict=True):
            kws[idx] = terms
        docs["kw"] = kws
    else:
        docs["kw"] = [[] for _ in range(n_docs)]
    blob["docs"] = docs

    if has("sentences"):
        sent = _columns(
            con,
            "SELECT i.idx AS doc, s.sentence, s.start_char AS start, s.end_char AS \"end\" FROM sentences s "
            "JOIN text_docs i USING (doc_id) ORDER BY i.idx, s.sentence",
        )
        blob["sent"] = {"off": _offsets(sent["doc"], n_docs), "num": sent["sentence"], "start": sent["start"],
                        "end": sent["end"]}
    if has("mentions"):
        ment = _columns(
            con,
            "SELECT i.idx AS doc, m.start_char AS start, m.end_char AS \"end\", coalesce(e.idx, -1) AS ent, "
            "m.sentence AS sent FROM mentions m JOIN text_docs i USING (doc_id) "
            "LEFT JOIN ent_idx e USING (entity_id) ORDER BY i.idx, m.start_char, m.end_char DESC",
        )
        blob["ment"] = {"off": _offsets(ment["doc"], n_docs), "start": ment["start"], "end": ment["end"],
                        "ent": ment["ent"], "sent": ment["sent"]}

    for table, extra in (
        ("organisations", "type, array_to_string(aliases, ' · ') AS aliases"),
        ("places", "type, array_to_string(aliases, ' · ') AS aliases"),
        (
            "people",
            "array_to_string(aliases, ' · ') AS aliases, array_to_string(roles, ' · ') AS roles, "
            "array_to_string(organisations, ' · ') AS orgs",
        ),
    ):
        if has(table):
            blob[table] = _columns(
                con,
                f"SELECT e.idx AS ent, {extra}, n_mentions, n_documents, first_date AS first, last_date AS last "
                f"FROM {table} t JOIN ent_idx e USING (entity_id) "
                f"ORDER BY n_documents DESC, n_mentions DESC, t.name, t.entity_id",
            )
            blob[table].update(workbench.entity_facets(con, table, has("document_topics") and has("mentions")))
    if has("roles"):
        blob["roles"] = _columns(
            con,
            "SELECT i.idx AS doc, r.sentence AS sent, coalesce(p.idx, -1) AS person, r.person AS person_name, "
            "r.role, r.role_text, coalesce(o.idx, -1) AS org, r.organisation AS org_name FROM roles r "
            "JOIN doc_idx i USING (doc_id) LEFT JOIN ent_idx p ON p.entity_id = r.person_id "
            "LEFT JOIN ent_idx o ON o.entity_id = r.organisation_id ORDER BY r.person, r.role, i.idx, r.start_char",
        )
    if has("dates"):
        blob["dates"] = _columns(
            con,
            "SELECT i.idx AS doc, t.sentence AS sent, t.text, t.value, t.start_date AS start, t.end_date AS \"end\", "
            "t.granularity AS gran FROM dates t JOIN doc_idx i USING (doc_id) "
            # Newest first: the list opens with the recent events an analyst looks for, not with 1900.
            "ORDER BY t.start_date DESC NULLS LAST, i.idx, t.start_char",
        )
    if has("topics"):
        blob["topics"] = {str(t): label for t, label in con.execute("SELECT topic_id, label FROM topics").fetchall()}
    doc_pos = {doc_id: i for i, doc_id in enumerate(docs["id"])}
    blob["terms"] = workbench.term_index(con, set(paths), doc_pos)
    data.blob = blob

    if has("organisations"):
        org_cols = "o.name, o.type, o.n_documents, o.n_mentions, e.idx AS ent"
        org_from = "FROM organisations o JOIN ent_idx e USING (entity_id)"
        data.org_top_documents = _rows(
            con, f"SELECT {org_cols} {org_from} ORDER BY n_documents DESC, n_mentions DESC, o.name LIMIT {top_n}"
        )
        data.org_top_mentions = _rows(
            con, f"SELECT {org_cols} {org_from} ORDER BY n_mentions DESC, n_documents DESC, o.name LIMIT {top_n}"
        )
        data.org_types = con.execute(
            "SELECT coalesce(type, '(none)'), count(*), sum(n_mentions) FROM organisations "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
    if has("people"):
        data.people_top = _rows(
            con,
            "SELECT p.name, p.n_documents, p.n_mentions, array_to_string(p.roles, ', ') AS roles, e.idx AS ent "
            f"FROM people p JOIN ent_idx e USING (entity_id) ORDER BY n_documents DESC, n_mentions DESC, p.name "
            f"LIMIT {top_n}",
        )
    if has("tenures"):
        data.heads = _heads(con, top_n)
    if has("dates"):
        _timeline(con, data)
    if has("topics"):
        _topics(con, data, has)
    if has("organisations") and has("cooccurrence"):
        _network(con, data, network_top_n)
    return data


def _heads(con: duckdb.DuckDBPyConnection, top_n: int) -> list[dict[str, Any]]:
    """The heads (tenures.head) of the `top_n` organisations with most such documents, in order of their start
    (the appointment's day, else the first document naming them)."""
    return _rows(
        con,
        "WITH h AS (SELECT *, coalesce(start_date, first_seen) AS since FROM tenures "
        "           WHERE head AND organisation IS NOT NULL AND coalesce(start_date, first_seen) IS NOT NULL), "
        "top AS (SELECT organisation_id, sum(n_documents) AS docs FROM h GROUP BY 1 "
        f"        ORDER BY docs DESC, organisation_id LIMIT {top_n}) "
        "SELECT h.organisation, h.person, h.role, h.since, coalesce(h.last_seen, h.since) AS until, "
        "array_to_string(h.statuses, ', ') AS statuses, h.n_documents, coalesce(e.idx, -1) AS ent "
        "FROM h JOIN top USING (organisation_id) LEFT JOIN ent_idx e ON e.entity_id = h.person_id "
        "ORDER BY top.docs DESC, h.organisation, h.since, h.person, h.role",
    )


def _period_unit(con: duckdb.DuckDBPyConnection, sql_dates: str) -> str:
    lo, hi = con.execute(f"SELECT min(d), max(d) FROM ({sql_dates}) t(d)").fetchone()
    if lo is None:
        return "month"
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    return "month" if months <= TIMELINE_MAX_MONTHS else "year"


def _timeline(con: duckdb.DuckDBPyConnection, data: ReportData) -> None:
    # The chart opens where the documents do (their own period: the earliest document date) and runs to the
    # planned future (the 95th percentile of dated events, at least the latest document date). Historical
    # references ("1900", "1946") are counted per decade in a history chart the page folds away.
    lo, hi, undated = con.execute(
        "SELECT (SELECT min(published) FROM documents WHERE status = 'ok'), "
        "greatest(quantile_disc(start_date, 0.95), (SELECT max(published) FROM documents WHERE status = 'ok')), "
        "count(*) - count(start_date) FROM dates"
    ).fetchone()
    if lo is None:  # no dated document: the recent past and planned future of the dated events themselves
        lo = con.execute("SELECT quantile_disc(start_date, 0.10) FROM dates").fetchone()[0]
    if lo is None or hi is None:
        data.timeline_outside = (0, 0, undated)
        return
    lo = min(lo, hi)
    window = f"SELECT start_date FROM dates WHERE start_date BETWEEN DATE '{lo}' AND DATE '{hi}'"
    unit = _period_unit(con, window)
    fmt = "%Y-%m" if unit == "month" else "%Y"
    counts = dict(
        con.execute(
            f"SELECT strftime(date_trunc('{unit}', start_date), '{fmt}'), count(*) FROM ({window}) GROUP BY 1"
        ).fetchall()
    )
    periods = con.execute(
        f"SELECT strftime(p, '{fmt}') FROM range(date_trunc('{unit}', DATE '{lo}'), "
        f"date_trunc('{unit}', DATE '{hi}') + INTERVAL 1 {unit}, INTERVAL 1 {unit}) r(p)"
    ).fetchall()
    data.timeline = [(p, counts.get(p, 0)) for (p,) in periods]
    earlier, later = con.execute(
        f"SELECT count(*) FILTER (start_date < DATE '{lo}'), count(*) FILTER (start_date > DATE '{hi}') FROM dates"
    ).fetchone()
    data.timeline_outside = (earlier, later, undated)
    data.timeline_history = [
        (f"{decade}s", n) for decade, n in con.execute(
            f"SELECT (year(start_date) // 10) * 10 AS decade, count(*) FROM dates WHERE start_date < DATE '{lo}' "
            "GROUP BY 1 ORDER BY 1").fetchall()
    ]


MAX_MONTHS = 36  # topic trends by month up to three years of them, else by year


def _topics(con: duckdb.DuckDBPyConnection, data: ReportData, has) -> None:
    cols = {r[0] for r in con.execute("DESCRIBE topics").fetchall()}
    n_docs = "n_documents" if "n_documents" in cols else "NULL::BIGINT AS n_documents"
    data.topics = _rows(con, f"SELECT topic_id, label, terms, weights, {n_docs} FROM topics ORDER BY topic_id")
    trends: list[tuple[int, str, float]] = []
    if has("topic_trends"):
        cols = [r[0] for r in con.execute("DESCRIBE topic_trends").fetchall()]
        period = next((c for c in ("period", "month", "year", "date") if c in cols), None)
        value = next((c for c in ("share", "weight", "mean_weight", "n_documents") if c in cols), None)
        where = ""
        if "period_type" in cols:  # the themes stage writes months and years: one of them, readable on one axis
            months = con.execute("SELECT count(DISTINCT period) FROM topic_trends WHERE period_type = 'month'")
            where = f"WHERE period_type = '{'month' if months.fetchone()[0] <= MAX_MONTHS else 'year'}'"
        if "topic_id" in cols and period and value:
            trends = con.execute(
                f"SELECT topic_id, CAST({period} AS VARCHAR), {value} FROM topic_trends {where} ORDER BY 2"
            ).fetchall()
            data.topic_trends_source = f"topic_trends ({period}, {value})"
    if not trends and has("document_topics"):
        dated = "SELECT d.published FROM documents d JOIN document_topics USING (doc_id) WHERE d.published IS NOT NULL"
        unit = _period_unit(con, dated)
        fmt = "%Y-%m" if unit == "month" else "%Y"
        # A document's topic weights sum to 1, so a topic's share of a period is its summed weight over the period's.
        trends = con.execute(
            f"SELECT topic_id, strftime(date_trunc('{unit}', d.published), '{fmt}') AS period, "
            "sum(weight) / sum(sum(weight)) OVER (PARTITION BY period) AS share "
            "FROM document_topics JOIN documents d USING (doc_id) WHERE d.published IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY 2"
        ).fetchall()
        n_dated = con.execute(f"SELECT count(DISTINCT published) FROM ({dated})").fetchone()[0]
        data.topic_trends_source = f"document_topics × documents.published, share of {unit}ly weight ({n_dated} dates)"
    periods = sorted({p for _, p, _ in trends})
    data.topic_periods = periods
    pos = {p: i for i, p in enumerate(periods)}
    series: dict[int, list[float]] = {}
    for topic_id, period, share in trends:
        series.setdefault(topic_id, [0.0] * len(periods))[pos[period]] = float(share or 0)
    for topic in data.topics:
        topic["series"] = series.get(topic["topic_id"], [])
    # Per period, the dated documents whose main topic it is: the counts the sparklines print beside the weight.
    data.topic_unit = "month" if periods and len(periods[0]) == 7 else "year"
    counted_periods, counts = workbench.topic_counts(con, data.topic_unit) if has("document_topics") else ([], {})
    at = {p: i for i, p in enumerate(counted_periods)}
    for topic in data.topics:
        row = counts.get(topic["topic_id"], [])
        topic["counts"] = [row[at[p]] if row and p in at else 0 for p in periods]


def _network(con: duckdb.DuckDBPyConnection, data: ReportData, top_n: int) -> None:
    nodes = _rows(
        con,
        "SELECT o.entity_id, o.name, coalesce(o.type, 'övrigt') AS type, o.n_documents, e.idx AS ent "
        "FROM organisations o JOIN ent_idx e USING (entity_id) "
        "WHERE o.entity_id IN (SELECT entity_a FROM cooccurrence WHERE label_b = 'ORG' "
        "UNION SELECT entity_b FROM cooccurrence WHERE label_b = 'ORG') "
        f"ORDER BY o.n_documents DESC, o.n_mentions DESC, o.name LIMIT {top_n}",
    )
    pos = {n["entity_id"]: i for i, n in enumerate(nodes)}
    edges = con.execute(
        "SELECT entity_a, entity_b, n_documents FROM cooccurrence WHERE label_b = 'ORG' AND entity_a IN (SELECT "
        "unnest($1)) AND entity_b IN (SELECT unnest($1)) ORDER BY entity_a, entity_b",
        [list(pos)],
    ).fetchall()
    data.network_nodes = nodes
    data.network_edges = [(pos[a], pos[b], float(w)) for a, b, w in edges if a != b]
