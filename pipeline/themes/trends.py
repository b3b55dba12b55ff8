"""Topic weight per period (month, year) from documents.published, and keywords per organisation."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

MIN_ORG_DOCUMENTS = 3  # fewer documents make any association noise


def topic_trends(document_topics: pd.DataFrame, published: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Rows (period_type, period, topic_id, n_documents, weight, share) and the number of documents left out for
    lack of a date. `weight` is the sum of the period's document weights for the topic (each document's weights sum
    to 1), `share` that sum over the period's number of documents with topic weights."""
    dated = published.dropna(subset=["published"])
    day = pd.to_datetime(dated["published"])  # periods per document, not per (document, topic) row
    dated = dated.assign(month=day.dt.strftime("%Y-%m"), year=day.dt.strftime("%Y"))[["doc_id", "month", "year"]]
    weights = document_topics.merge(dated, on="doc_id", how="inner")
    undated = document_topics["doc_id"].nunique() - weights["doc_id"].nunique()
    columns = ["period_type", "period", "topic_id", "n_documents", "weight", "share"]
    if weights.empty:
        return pd.DataFrame(columns=columns), int(undated)
    frames = []
    for period_type in ("month", "year"):
        w = weights.rename(columns={period_type: "period"})
        docs = w.groupby("period")["doc_id"].nunique().rename("n_documents")
        sums = w.groupby(["period", "topic_id"], as_index=False)["weight"].sum()
        sums = sums.join(docs, on="period")
        sums["share"] = (sums["weight"] / sums["n_documents"]).round(6)
        sums["weight"] = sums["weight"].round(6)
        sums["period_type"] = period_type
        frames.append(sums)
    out = pd.concat(frames, ignore_index=True)
    out = out.sort_values(["period_type", "period", "topic_id"], kind="stable").reset_index(drop=True)
    return out[columns], int(undated)


def is_own_name(term: str, name: str) -> bool:
    """Is `term` a word of the name, or that word inflected (försvarsmakt in "Försvarsmakten"; not försvar)?"""
    return any(word.startswith(term) and len(term) >= len(word) - 2 for word in name.lower().split())


def organisation_keywords(
    org_docs: pd.DataFrame, doc_terms: pd.DataFrame | pa.Table, n_documents: int, top_n: int,
    min_documents: int = MIN_ORG_DOCUMENTS,
) -> pd.DataFrame:
    """Terms most associated with the documents that mention each organisation.

    org_docs: (entity_id, name, doc_id), one row per organisation and document; doc_terms: (doc_id, term), the
    documents' keywords. Score: n_both * log(P(term | org's documents) / P(term | all documents)), i.e. how much more
    often the term is a keyword where the organisation is mentioned, weighted by how often that happens; terms that
    are part of the organisation's own name are left out (they say who, not what). The joins run in DuckDB: the
    organisation x keyword pairs are tens of millions at national scale, too many for pandas frames."""
    import duckdb

    columns = ["entity_id", "name", "rank", "term", "score", "n_documents", "n_org_documents"]
    if len(org_docs) == 0 or len(doc_terms) == 0 or n_documents == 0:
        return pd.DataFrame(columns=columns)
    con = duckdb.connect()
    con.execute("SET threads TO 1")
    con.execute("SET memory_limit = '256MB'")  # DuckDB spills the joins to disk rather than grow the process
    con.execute("SET preserve_insertion_order = false")
    con.register("org_docs_in", org_docs[["entity_id", "name", "doc_id"]])
    con.register("doc_terms", doc_terms)
    both = con.execute(
        "WITH od AS (SELECT entity_id, any_value(name) AS name, doc_id FROM org_docs_in GROUP BY entity_id, doc_id), "
        "sizes AS (SELECT entity_id, count(*) AS n_org_documents FROM od GROUP BY entity_id "
        "          HAVING count(*) >= $min_documents), "
        "term_df AS (SELECT term, count(DISTINCT doc_id) AS term_df FROM doc_terms GROUP BY term), "
        "pairs AS (SELECT od.entity_id, od.name, s.n_org_documents, t.term, count(DISTINCT od.doc_id) AS n_documents "
        "          FROM od JOIN sizes s USING (entity_id) JOIN doc_terms t USING (doc_id) GROUP BY ALL "
        "          HAVING count(DISTINCT od.doc_id) >= 2), "
        "scored AS (SELECT p.*, p.n_documents * ln((p.n_documents / p.n_org_documents) / (d.term_df / $n)) AS score "
        "           FROM pairs p JOIN term_df d USING (term)) "
        "SELECT entity_id, name, term, score, n_documents, n_org_documents FROM scored WHERE score > 0 "
        # Name words are checked only among each organisation's leading terms (a name has few words).
        "QUALIFY row_number() OVER (PARTITION BY entity_id ORDER BY score DESC, term) <= $keep",
        {"min_documents": min_documents, "n": float(n_documents), "keep": top_n + 10},
    ).df()
    if both.empty:
        return pd.DataFrame(columns=columns)
    both["score"] = both["score"].round(6)
    both = both[both["score"] > 0]
    both = both.sort_values(["entity_id", "score", "term"], ascending=[True, False, True], kind="stable")
    own_name = [is_own_name(term, str(name)) for term, name in zip(both["term"], both["name"], strict=True)]
    both = both[~pd.Series(own_name, index=both.index, dtype=bool)].copy()
    both["rank"] = both.groupby("entity_id").cumcount() + 1
    both = both[both["rank"] <= top_n]
    return both[columns].reset_index(drop=True)
