"""Stage `themes`: per-document keywords and corpus topics.

Reads   outputs/tokens.parquet, outputs/mentions.parquet (PER spans), models/keywords/background_df.tsv.gz
Writes  outputs/keywords.parquet, outputs/topics.parquet, outputs/document_topics.parquet,
        models/topics/model.json (kept between runs: topics are refitted only when the themes params change or
        themes.refit is true, so adding documents assigns them to the existing topics)
Params  themes.* in params.yaml
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import Field

from pipeline import schemas
from pipeline.config import ConfigError, params_hash, require
from pipeline.stage import Params, Stage, run_stage
from pipeline.tables import provenance, read_provenance, write_table
from pipeline.themes import topics as topic_model
from pipeline.themes.background import OUT as BACKGROUND
from pipeline.themes.background import load_background
from pipeline.themes.keywords import CompoundSplitter, score_terms, term_counts, top_keywords

log = logging.getLogger("pipeline.themes")

TOKENS = Path("outputs/tokens.parquet")
MENTIONS = Path("outputs/mentions.parquet")
KEYWORDS_OUT = Path("outputs/keywords.parquet")
TOPICS_OUT = Path("outputs/topics.parquet")
DOC_TOPICS_OUT = Path("outputs/document_topics.parquet")
TOPIC_MODEL = Path("models/topics/model.json")
# Params that change what a topic is; refit when they change (top_k_keywords, refit do not).
TOPIC_PARAMS = ("min_term_length", "docs_per_topic", "min_topics", "max_topics", "seed")


# Reference-corpus document frequencies that make a word a known compound part / too common to split.
LEXICON_MIN_DF = 5
COMMON_MIN_DF = 20


def document_scores(tokens: pd.DataFrame, n_ref: int, ref_df: dict[str, int], min_length: int) -> dict:
    """doc_id -> (term counts, term scores)."""
    lexicon = {w for w, n in ref_df.items() if n >= LEXICON_MIN_DF}
    lexicon |= {str(x).lower() for x in tokens["lemma"].dropna().unique()}
    splitter = CompoundSplitter(lexicon, common=(w for w, n in ref_df.items() if n >= COMMON_MIN_DF))
    out = {}
    for doc_id, group in tokens.groupby("doc_id", sort=True):
        rows = zip(group["lemma"].fillna(group["text"]), group["pos"], group["is_stop"], strict=True)
        counts = term_counts(
            ((lemma, pos if pos == pos else None, stop) for lemma, pos, stop in rows), splitter, min_length
        )
        out[doc_id] = (counts, score_terms(counts, n_ref, ref_df))
    return out


def without_person_names(tokens: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """People are in the people table; as keywords their names crowd out the themes."""
    people = mentions[mentions["label"] == "PER"]
    if people.empty:
        return tokens
    spans = people.groupby("doc_id")[["start_char", "end_char"]].apply(lambda g: list(map(tuple, g.values)))
    inside = [
        any(s <= start < e for s, e in spans.get(doc_id, ()))
        for doc_id, start in zip(tokens["doc_id"], tokens["start_char"], strict=True)
    ]
    return tokens[~pd.Series(inside, index=tokens.index)]


def run(params: dict[str, Any]) -> dict[str, int]:
    top_k = require(params, "top_k_keywords", int, "themes")
    min_length = require(params, "min_term_length", int, "themes")
    terms_per_topic = require(params, "terms_per_topic", int, "themes")
    refit = bool(params.get("refit", False))
    if not TOKENS.exists():
        raise ConfigError(f"{TOKENS}: not found; run the annotate stage first")
    if not BACKGROUND.exists():
        raise ConfigError(f"{BACKGROUND}: background frequencies missing; run python -m pipeline.themes.background")
    n_ref, ref_df = load_background(BACKGROUND)
    tokens = without_person_names(
        pd.read_parquet(TOKENS, columns=["doc_id", "start_char", "text", "lemma", "pos", "is_stop"]),
        pd.read_parquet(MENTIONS, columns=["doc_id", "start_char", "end_char", "label"]),
    )
    per_doc = document_scores(tokens, n_ref, ref_df, min_length)

    keyword_rows = []
    for doc_id, (counts, scores) in per_doc.items():
        for rank, (term, score) in enumerate(top_keywords(scores, top_k), start=1):
            keyword_rows.append(
                {"doc_id": doc_id, "term": term, "score": round(score, 6), "rank": rank, "count": int(counts[term])}
            )

    doc_ids = sorted(per_doc)
    doc_scores = [per_doc[d][1] for d in doc_ids]
    topic_hash = params_hash({k: params.get(k) for k in TOPIC_PARAMS})
    model = topic_model.TopicModel.load(TOPIC_MODEL) if TOPIC_MODEL.exists() else None
    if doc_ids and (refit or model is None or model.params_hash != topic_hash):
        k = topic_model.n_topics_for(len(doc_ids), params["docs_per_topic"], params["min_topics"], params["max_topics"])
        log.info("themes: fitting %d topics on %d documents", k, len(doc_ids))
        model = topic_model.fit(doc_scores, k, params["seed"], topic_hash)
        model.save(TOPIC_MODEL)
    elif model is not None:
        log.info("themes: reusing the %d topics in %s (set themes.refit: true to refit)", model.n_topics, TOPIC_MODEL)

    topic_rows, doc_topic_rows = [], []
    if model is not None:
        for t in range(model.n_topics):
            top = model.top_terms(t, terms_per_topic)
            topic_rows.append(
                {
                    "topic_id": t,
                    "label": " / ".join(term for term, _ in top[:3]),
                    "terms": [term for term, _ in top],
                    "weights": [round(w, 6) for _, w in top],
                }
            )
        weights = topic_model.transform(model, doc_scores)
        for doc_id, row in zip(doc_ids, weights, strict=True):
            for t, weight in enumerate(row):
                doc_topic_rows.append({"doc_id": doc_id, "topic_id": t, "weight": round(float(weight), 6)})

    upstream = read_provenance(TOKENS)
    meta = provenance("themes", params_hash(params), upstream.get("model"), upstream.get("model_version"))
    write_table(keyword_rows, KEYWORDS_OUT, schemas.KEYWORDS, meta)
    write_table(topic_rows, TOPICS_OUT, schemas.TOPICS, meta)
    write_table(doc_topic_rows, DOC_TOPICS_OUT, schemas.DOCUMENT_TOPICS, meta)
    return {"keywords": len(keyword_rows), "topics": len(topic_rows), "document_topics": len(doc_topic_rows)}


class ThemesParams(Params):
    top_k_keywords: int = Field(20, ge=1)
    min_term_length: int = Field(3, ge=1)
    docs_per_topic: int = Field(3, ge=1)  # n_topics = clamp(n_docs / docs_per_topic, min_topics, max_topics)
    min_topics: int = Field(2, ge=1)
    max_topics: int = Field(25, ge=1)
    terms_per_topic: int = Field(10, ge=1)
    seed: int = 0
    refit: bool = False


STAGE = Stage(
    name="themes",
    module="pipeline.themes",
    description=__doc__.splitlines()[0],
    params=ThemesParams,
    inputs={"tokens": str(TOKENS), "mentions": str(MENTIONS), "background": str(BACKGROUND)},
    outputs={"keywords": str(KEYWORDS_OUT), "topics": str(TOPICS_OUT), "document_topics": str(DOC_TOPICS_OUT),
             "topic_model": str(TOPIC_MODEL.parent)},
    code=("pipeline/themes",),
    uncached_outputs=("topic_model",),
    persistent_outputs=("topic_model",),
)


def main(argv: list[str] | None = None) -> int:
    return run_stage(STAGE, lambda p: run(p.model_dump()), argv)


if __name__ == "__main__":
    sys.exit(main())
