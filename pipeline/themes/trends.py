"""Topic weight per period (month, year) from documents.published, and keywords per organisation."""

from __future__ import annotations

import math

import pandas as pd

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
    org_docs: pd.DataFrame, doc_terms: pd.DataFrame, n_documents: int, top_n: int,
    min_documents: int = MIN_ORG_DOCUMENTS,
) -> pd.DataFrame:
    """Terms most associated with the documents that mention each organisation.

    org_docs: (entity_id, name, doc_id), one row per organisation and document; doc_terms: (doc_id, term), the
    documents' keywords. Score: n_both * log(P(term | org's documents) / P(term | all documents)), i.e. how much more
    often the term is a keyword where the organisation is mentioned, weighted by how often that happens; terms that
    are part of the organisation's own name are left out (they say who, not what)."""
    columns = ["entity_id", "name", "rank", "term", "score", "n_documents", "n_org_documents"]
    org_docs = org_docs.drop_duplicates(["entity_id", "doc_id"])
    sizes = org_docs.groupby("entity_id")["doc_id"].nunique().rename("n_org_documents")
    org_docs = org_docs.join(sizes, on="entity_id")
    org_docs = org_docs[org_docs["n_org_documents"] >= min_documents]
    if org_docs.empty or doc_terms.empty or n_documents == 0:
        return pd.DataFrame(columns=columns)
    term_df = doc_terms.groupby("term")["doc_id"].nunique().rename("term_df")
    both = org_docs.merge(doc_terms, on="doc_id", how="inner")
    both = both.groupby(["entity_id", "name", "n_org_documents", "term"], as_index=False)["doc_id"].nunique()
    both = both.rename(columns={"doc_id": "n_documents"}).join(term_df, on="term")
    both = both[both["n_documents"] >= 2]
    lift = (both["n_documents"] / both["n_org_documents"]) / (both["term_df"] / n_documents)
    both["score"] = (both["n_documents"] * lift.map(math.log)).round(6)
    both = both[both["score"] > 0]
    both = both.sort_values(["entity_id", "score", "term"], ascending=[True, False, True], kind="stable")
    # Name words are checked only among each organisation's leading terms (a name has few words).
    both = both[both.groupby("entity_id").cumcount() < top_n + 10]
    own_name = [is_own_name(term, str(name)) for term, name in zip(both["term"], both["name"], strict=True)]
    both = both[~pd.Series(own_name, index=both.index, dtype=bool)].copy()
    both["rank"] = both.groupby("entity_id").cumcount() + 1
    both = both[both["rank"] <= top_n]
    return both[columns].reset_index(drop=True)
