"""Terms over time: how many dated documents per period contain a term, as a keyword (keywords.term) or as a lemma
(tokens.lemma, lower case), and that count as a share of all dated documents of the period.

One definition for the `kompetens trend` command and the report's term search (`term_postings` gives the report
the documents of each term; the page counts them per period the same way). Periods run from the first to the last
dated ok document with no gaps (a period without a match shows 0). By month, a document dated only to its year
(published_precision = year) is left out: its month is unknown.
"""

from __future__ import annotations

from typing import Literal

import duckdb

Unit = Literal["month", "year"]
FORMATS = {"month": "%Y-%m", "year": "%Y"}
COLUMNS = ["period", "term", "n_documents", "n_dated", "share"]


def normalise_terms(terms: list[str]) -> list[str]:
    """Lower case, stripped, duplicates dropped in order; empty strings dropped."""
    seen: dict[str, None] = {}
    for term in terms:
        t = term.strip().lower()
        if t:
            seen.setdefault(t, None)
    return list(seen)


def _dated_sql(unit: Unit, has_precision: bool) -> str:
    precision = " AND coalesce(published_precision, 'day') <> 'year'" if unit == "month" and has_precision else ""
    return (f"SELECT doc_id, date_trunc('{unit}', published) AS p FROM documents "
            f"WHERE status = 'ok' AND published IS NOT NULL{precision}")


def _hits_sql(has_tokens: bool, has_keywords: bool) -> str:
    parts = []
    if has_tokens:
        parts.append("SELECT DISTINCT lower(lemma) AS term, doc_id FROM tokens "
                     "WHERE list_contains($terms, lower(lemma))")
    if has_keywords:
        parts.append("SELECT DISTINCT term, doc_id FROM keywords WHERE list_contains($terms, term)")
    return " UNION ".join(parts) if parts else "SELECT NULL::VARCHAR AS term, NULL::VARCHAR AS doc_id WHERE false"


def term_trend(con: duckdb.DuckDBPyConnection, terms: list[str], unit: Unit, tables: set[str]) -> list[tuple]:
    """Rows (period, term, n_documents, n_dated, share) for every period and term, in period then term order."""
    if unit not in FORMATS:
        raise ValueError(f"unit must be month or year, not {unit!r}")
    terms = normalise_terms(terms)
    if not terms or "documents" not in tables:
        return []
    has_precision = any(r[0] == "published_precision" for r in con.execute("DESCRIBE documents").fetchall())
    fmt = FORMATS[unit]
    sql = f"""
        WITH dated AS ({_dated_sql(unit, has_precision)}),
        hits AS ({_hits_sql("tokens" in tables, "keywords" in tables)}),
        bounds AS (SELECT min(p) AS lo, max(p) AS hi FROM dated),
        periods AS (SELECT unnest(generate_series(lo, hi, INTERVAL 1 {unit})) AS p FROM bounds WHERE lo IS NOT NULL),
        n_dated AS (SELECT p, count(*) AS n FROM dated GROUP BY p),
        matched AS (SELECT d.p, h.term, count(DISTINCT d.doc_id) AS n FROM hits h JOIN dated d USING (doc_id)
                    GROUP BY d.p, h.term),
        grid AS (SELECT p, unnest($terms) AS term FROM periods)
        SELECT strftime(g.p, '{fmt}') AS period, g.term, coalesce(m.n, 0) AS n_documents, coalesce(n.n, 0) AS n_dated,
               CASE WHEN coalesce(n.n, 0) = 0 THEN 0.0 ELSE round(coalesce(m.n, 0) / n.n, 6) END AS share
        FROM grid g LEFT JOIN matched m ON m.p = g.p AND m.term = g.term LEFT JOIN n_dated n ON n.p = g.p
        ORDER BY g.p, list_position($terms, g.term)
    """
    return con.execute(sql, {"terms": terms}).fetchall()


def term_postings(con: duckdb.DuckDBPyConnection, tables: set[str], min_documents: int) -> dict[str, list[str]]:
    """term -> doc_ids (sorted) of every lemma of a noun, adjective, verb or proper noun and every keyword found in
    at least `min_documents` ok documents: the index the report's term search reads."""
    parts = []
    if "tokens" in tables:
        parts.append("SELECT DISTINCT lower(lemma) AS term, doc_id FROM tokens "
                     "WHERE pos IN ('NOUN', 'ADJ', 'VERB', 'PROPN') AND NOT coalesce(is_stop, false) "
                     "AND length(lemma) >= 2 AND regexp_matches(lemma, '^[[:alpha:]-]+$')")
    if "keywords" in tables:
        parts.append("SELECT DISTINCT term, doc_id FROM keywords")
    if not parts or "documents" not in tables:
        return {}
    rows = con.execute(
        f"SELECT term, list(doc_id ORDER BY doc_id) FROM ({' UNION '.join(parts)}) h "
        "WHERE doc_id IN (SELECT doc_id FROM documents WHERE status = 'ok') "
        f"GROUP BY term HAVING count(*) >= {int(min_documents)} ORDER BY term"
    ).fetchall()
    return dict(rows)
