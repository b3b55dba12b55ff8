"""Stage `themes`: per-document keywords, corpus topics with a lifecycle, topic trends, keywords per organisation.

Reads   outputs/documents.parquet (doc_id, status, sha256, published), outputs/tokens.parquet,
        outputs/mentions.parquet, models/keywords/background_df.tsv.gz, pipeline/nlp/resources/word_forms.tsv.gz,
        models/topics/model.json (the previous fit, if any), cache/themes/ (per-document results, if any)
Writes  outputs/keywords.parquet, outputs/topics.parquet, outputs/document_topics.parquet,
        outputs/topic_trends.parquet, outputs/organisation_keywords.parquet,
        models/topics/model.json (refitted only when the lifecycle rule in pipeline/themes/topics.py says so),
        cache/themes/{terms,keywords,weights}.parquet (not a DVC output; safe to delete)
Params  themes.* in params.yaml
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pydantic import Field
from tqdm import tqdm

from pipeline import schemas
from pipeline.config import ConfigError, params_hash
from pipeline.stage import Params, Stage, run_stage
from pipeline.tables import provenance, read_provenance, write_table
from pipeline.themes import cache, stream
from pipeline.themes import topics as topic_model
from pipeline.themes.background import OUT as BACKGROUND
from pipeline.themes.background import load_background
from pipeline.themes.keywords import score_terms, top_keywords
from pipeline.themes.lemmas import WORD_FORMS, load_lexicon
from pipeline.themes.terms import NLP_RESOURCES, RESOURCES, TermRules, document_terms, topic_terms
from pipeline.themes.trends import organisation_keywords, topic_trends

log = logging.getLogger("pipeline.themes")

DOCUMENTS = Path("outputs/documents.parquet")
TOKENS = Path("outputs/tokens.parquet")
MENTIONS = Path("outputs/mentions.parquet")
KEYWORDS_OUT = Path("outputs/keywords.parquet")
TOPICS_OUT = Path("outputs/topics.parquet")
DOC_TOPICS_OUT = Path("outputs/document_topics.parquet")
TRENDS_OUT = Path("outputs/topic_trends.parquet")
ORG_KEYWORDS_OUT = Path("outputs/organisation_keywords.parquet")
TOPIC_MODEL = Path("models/topics/model.json")
CODE = Path(__file__).resolve().parent
# Params that change what a topic is: a change refits. The others (top_k_keywords, refit, thresholds) do not.
TOPIC_PARAMS = ("min_term_length", "docs_per_topic", "min_topics", "max_topics", "seed", "min_df", "max_df",
                "fit_exclude_genres", "relevance_lambda", "coherent_terms", "terms_per_topic", "fit_max_docs")
TERM_PARAMS = ("min_term_length",)
EXCLUDED_LABELS = ("PER", "LOC", "DATE")  # people, places and dates have their own tables
# Topic terms also leave out organisation names (whole names are organisation_keywords' entity features) and
# anything else the pipeline marked as an entity.
TOPIC_EXCLUDED_LABELS = ("PER", "LOC", "DATE", "ORG", "MISC")
TERM_RESOURCES = (RESOURCES / "genre_stopwords.txt", RESOURCES / "not_themes.txt", RESOURCES / "role_heads.txt",
                  NLP_RESOURCES / "titles.tsv", NLP_RESOURCES / "parties.tsv")


def compute_documents(doc_ids: list[str], keys: dict[str, str], spans: stream.MentionSpans, rules: TermRules,
                      n_ref: int, ref_df: dict[str, int], top_k: int) -> tuple[pa.Table, pa.Table]:
    """Term and keyword cache rows for documents not in the cache, a row group of tokens at a time."""
    term_parts, kw_parts = [], []
    seen = set()
    progress = tqdm(total=len(doc_ids), desc="themes", unit="doc", file=sys.stderr, disable=len(doc_ids) < 500,
                    mininterval=1.0 if sys.stderr.isatty() else 15.0)
    for batch in stream.token_batches(TOKENS, set(doc_ids)):
        batch_ids = [doc_id for doc_id, _ in batch]
        excluded = spans.by_doc(batch_ids, EXCLUDED_LABELS)
        orgs = spans.by_doc(batch_ids, ("ORG",))
        entities = spans.by_doc(batch_ids, TOPIC_EXCLUDED_LABELS)
        term_rows: dict[str, list] = {"doc_id": [], "key": [], "term": [], "count": []}
        kw_rows: dict[str, list] = {"doc_id": [], "key": [], "term": [], "score": [], "rank": [], "count": []}
        for doc_id, tokens in batch:
            seen.add(doc_id)
            progress.update(1)
            counts = document_terms(tokens, excluded.get(doc_id, ()), orgs.get(doc_id, ()), rules)
            _add_terms(term_rows, doc_id, keys[doc_id], topic_terms(tokens, entities.get(doc_id, ()), rules))
            scores = score_terms(counts, n_ref, ref_df)
            for rank, (term, score) in enumerate(top_keywords(scores, top_k), start=1):
                for column, value in zip(kw_rows, (doc_id, keys[doc_id], term, round(score, 6), rank,
                                                   int(counts[term])), strict=True):
                    kw_rows[column].append(value)
        term_parts.append(pa.table(term_rows, schema=cache.TERMS))
        kw_parts.append(pa.table(kw_rows, schema=cache.KEYWORDS))
    progress.close()
    term_rows = {"doc_id": [], "key": [], "term": [], "count": []}
    for doc_id in sorted(set(doc_ids) - seen):  # an ok document without tokens: remembered as having no terms
        _add_terms(term_rows, doc_id, keys[doc_id], Counter())
    term_parts.append(pa.table(term_rows, schema=cache.TERMS))
    return pa.concat_tables(term_parts), pa.concat_tables([cache.KEYWORDS.empty_table(), *kw_parts])


def _add_terms(rows: dict[str, list], doc_id: str, key: str, counts: Counter) -> None:
    items = sorted(counts.items()) or [(None, 0.0)]  # a null term marks a document with no terms
    for term, count in items:
        rows["doc_id"].append(doc_id)
        rows["key"].append(key)
        rows["term"].append(term)
        rows["count"].append(float(count))


def counts_by_doc(terms: pa.Table, doc_ids: set[str] | None = None) -> dict[str, dict[str, float]]:
    if doc_ids is not None:
        terms = terms.filter(pc.is_in(terms["doc_id"], value_set=pa.array(sorted(doc_ids), type=pa.string())))
    out: dict[str, dict[str, float]] = {}
    data = terms.select(["doc_id", "term", "count"]).to_pydict()
    for doc_id, term, count in zip(data["doc_id"], data["term"], data["count"], strict=True):
        bucket = out.setdefault(doc_id, {})
        if term is not None:
            bucket[term] = count
    return out


def weight_rows(model: topic_model.TopicModel, counts: dict[str, dict[str, float]], keys: dict[str, str]) -> pa.Table:
    doc_ids = sorted(counts)
    weights = topic_model.Assigner(model).weights([counts[d] for d in doc_ids])
    vocabulary = set(model.vocabulary)
    cols: dict[str, list] = {name: [] for name in cache.WEIGHTS.names}
    for doc_id, row in zip(doc_ids, weights, strict=True):
        in_vocab, total = topic_model.coverage_of(vocabulary, counts[doc_id])
        for topic_id, weight in zip(model.topic_ids, row, strict=True):
            for column, value in zip(cols, (doc_id, keys[doc_id], topic_id, round(float(weight), 6), in_vocab, total),
                                     strict=True):
                cols[column].append(value)
    return pa.table(cols, schema=cache.WEIGHTS)


def assign(model: topic_model.TopicModel, terms: pa.Table, doc_ids: set[str], keys: dict[str, str]) -> pa.Table:
    """Topic weights of `doc_ids`, a batch of documents' term counts at a time."""
    return stream.in_batches(sorted(doc_ids), lambda batch: weight_rows(model, counts_by_doc(terms, set(batch)), keys),
                             cache.WEIGHTS)


def readable_label(terms: list[str], n: int = 3) -> str:
    """n distinct terms, none a part of another (not "sjukvård / sjukvårdsminister")."""
    chosen: list[str] = []
    for term in terms:
        if any(term in c or c in term for c in chosen):
            continue
        chosen.append(term)
        if len(chosen) == n:
            break
    return " / ".join(chosen)


def load_model() -> topic_model.TopicModel | None:
    if not TOPIC_MODEL.exists():
        return None
    try:
        return topic_model.TopicModel.load(TOPIC_MODEL)
    except ValueError as err:
        log.warning("themes: %s; it will be refitted", err)
        return None


def run(p: ThemesParams | dict[str, Any]) -> dict[str, int]:
    """`p` is validated by the stage declaration (ThemesParams); a plain dict is validated here."""
    p = p if isinstance(p, ThemesParams) else STAGE.load_params(p)
    params = p.model_dump()
    top_k, min_length, terms_per_topic = p.top_k_keywords, p.min_term_length, p.terms_per_topic
    refit_growth, min_coverage, match_threshold = p.refit_growth, p.min_coverage, p.match_threshold
    min_df, max_df, org_top, relevance = p.min_df, p.max_df, p.organisation_keywords, p.relevance_lambda
    for path, stage in ((DOCUMENTS, "ingest"), (TOKENS, "annotate"), (MENTIONS, "entities")):
        if not path.exists():
            raise ConfigError(f"{path}: not found; run the {stage} stage first")
    for path in (BACKGROUND, WORD_FORMS):
        if not path.exists():
            raise ConfigError(f"{path}: missing; build it with python -m pipeline.themes.background")
    has_genre = "genre" in pq.read_schema(DOCUMENTS).names
    documents = pq.read_table(
        DOCUMENTS, columns=["doc_id", "status", "sha256", "published", *(["genre"] if has_genre else [])]
    ).to_pandas()
    documents = documents[documents["status"] == "ok"].sort_values("doc_id", kind="stable")
    upstream = read_provenance(TOKENS)
    salt = params_hash({
        "format": cache.CACHE_FORMAT,
        "tokens": upstream,
        "mentions": read_provenance(MENTIONS),
        "params": {k: params.get(k) for k in (*TERM_PARAMS, "top_k_keywords")},
        "resources": [cache.file_digest(p) for p in (BACKGROUND, WORD_FORMS, *TERM_RESOURCES)],
        "code": [cache.file_digest(CODE / f"{m}.py") for m in ("terms", "lemmas", "keywords", "topics")],
    })
    keys = {d: cache.document_key(salt, d, s) for d, s in zip(documents["doc_id"], documents["sha256"], strict=True)}

    # Terms and keywords: from the cache, computed only for documents new or changed since the last run.
    terms, terms_clean = cache.load("terms", keys)
    keywords, keywords_clean = cache.load("keywords", keys)
    todo = sorted(set(keys) - (cache.cached_docs(terms) & (cache.cached_docs(keywords) | _no_term_docs(terms))))
    if todo:
        n_ref, ref_df = load_background(BACKGROUND)
        rules = TermRules.build(load_lexicon(WORD_FORMS), ref_df, min_length)
        spans = stream.MentionSpans(MENTIONS, TOPIC_EXCLUDED_LABELS)
        new_terms, new_keywords = compute_documents(todo, keys, spans, rules, n_ref, ref_df, top_k)
        # The lexicon, the reference frequencies and the compound-split cache are only needed for new documents.
        del spans, rules, ref_df
        load_lexicon.cache_clear()
        stream.release_memory()
        todo_set = pa.array(todo, type=pa.string())
        terms = pa.concat_tables([terms.filter(pc.invert(pc.is_in(terms["doc_id"], value_set=todo_set))), new_terms])
        keywords = pa.concat_tables(
            [keywords.filter(pc.invert(pc.is_in(keywords["doc_id"], value_set=todo_set))), new_keywords]
        )
        del new_terms, new_keywords  # held by the concatenations only, so freed with them
    # terms stays in cache order (a document's rows together, its terms sorted): nothing reads it across documents
    # in order, and sorting millions of rows cost a second per added document at national scale.
    keywords = keywords.sort_by([("doc_id", "ascending"), ("rank", "ascending")])
    if todo or not terms_clean:
        cache.save("terms", terms)
    if todo or not keywords_clean:
        cache.save("keywords", keywords)
    log.info("themes: %d documents, %d from the cache, %d (re)computed", len(keys), len(keys) - len(todo), len(todo))

    # Topics: keep the model while it fits the corpus (lifecycle rule), else refit with stable ids.
    topic_hash = params_hash({k: params.get(k) for k in TOPIC_PARAMS})
    model = load_model()
    weights = cache.WEIGHTS.empty_table()
    weights_changed = True
    coverage = 0.0
    refit = bool(params.get("refit", False))
    # A refit that does not hinge on coverage (growth, params, no model) is known before assigning anything.
    reason = topic_model.needs_refit(model, topic_hash, refit, sorted(keys), 1.0, refit_growth, min_coverage) \
        if keys else None
    if model is not None and keys and not reason:
        wkeys = {d: f"{k}:{model.version}" for d, k in keys.items()}
        weights, weights_clean = cache.load("weights", wkeys)
        missing = set(keys) - cache.cached_docs(weights)
        weights_changed = bool(missing) or not weights_clean
        if missing:
            weights = pa.concat_tables([weights, assign(model, terms, missing, wkeys)])
        coverage = _coverage(weights)
        reason = topic_model.needs_refit(model, topic_hash, refit, sorted(keys), coverage, refit_growth,
                                         min_coverage)
    if reason:
        doc_ids = sorted(cache.cached_docs(terms))
        fit_ids = fit_documents(doc_ids, documents, p.fit_exclude_genres)
        sample = stream.fit_sample(fit_ids, p.fit_max_docs, p.seed)
        counts = counts_by_doc(terms, set(sample))
        k = topic_model.n_topics_for(len(fit_ids), params["docs_per_topic"], params["min_topics"], params["max_topics"])
        log.info("themes: refitting the topic model (%s): %d topics on %d of %d documents (%d of genres %s assigned "
                 "only)", reason, k, len(sample), len(fit_ids), len(doc_ids) - len(fit_ids),
                 ", ".join(p.fit_exclude_genres) or "-")
        old_version = model.version if model else None
        # Every document counts as seen by the fit (fitted_docs), so neither those of excluded genres nor those left
        # out of the sample trigger a refit.
        model = topic_model.fit(sample, [counts[d] for d in sample], k, params["seed"], topic_hash, model, min_df,
                                max_df, match_threshold, relevance, p.coherent_terms, terms_per_topic,
                                corpus_docs=doc_ids)
        del counts
        stream.release_memory()
        model.save(TOPIC_MODEL)
        weights = assign(model, terms, set(doc_ids), {d: f"{k_}:{model.version}" for d, k_ in keys.items()})
        weights_changed = True
        log.info("themes: topic model %s (was %s): %d topics, new ids %s; every document reassigned",
                 model.version, old_version, model.n_topics, model.new_ids)
    elif model is not None:
        log.info("themes: keeping topic model %s (%d topics, fitted on %d documents, vocabulary covers %.1f%%)",
                 model.version, model.n_topics, len(model.fitted_docs), 100 * coverage)
    del terms  # the largest table; what follows needs keywords and weights only
    weights = weights.sort_by([("doc_id", "ascending"), ("topic_id", "ascending")])
    if weights_changed:
        cache.save("weights", weights)
    stream.release_memory()

    meta = provenance("themes", params_hash(params), upstream.get("model"), upstream.get("model_version"))
    meta["topic_model_version"] = model.version if model else None
    doc_topics = weights.select(["doc_id", "topic_id", "weight"])
    write_table(keywords.select(["doc_id", "term", "score", "rank", "count"]), KEYWORDS_OUT, schemas.KEYWORDS, meta)
    write_table(topic_rows(model, doc_topics, terms_per_topic, relevance), TOPICS_OUT, schemas.TOPICS, meta)
    write_table(doc_topics, DOC_TOPICS_OUT, schemas.DOCUMENT_TOPICS, meta)

    trends, undated = topic_trends(doc_topics.to_pandas(), documents[["doc_id", "published"]])
    log.info("themes: topic_trends from %d dated documents; %d documents without a published date left out",
             pc.count_distinct(doc_topics["doc_id"]).as_py() - undated if doc_topics.num_rows else 0, undated)
    write_table(pa.Table.from_pandas(trends, preserve_index=False), TRENDS_OUT, schemas.TOPIC_TRENDS, meta)
    org_kw = organisation_keywords(
        org_documents(MENTIONS, sorted(keys)), keywords.select(["doc_id", "term"]), len(keys), org_top
    )
    write_table(pa.Table.from_pandas(org_kw, preserve_index=False), ORG_KEYWORDS_OUT, schemas.ORGANISATION_KEYWORDS,
                meta)
    return {
        "keywords": keywords.num_rows,
        "topics": model.n_topics if model else 0,
        "document_topics": doc_topics.num_rows,
        "topic_trends": len(trends),
        "organisation_keywords": len(org_kw),
    }


def fit_documents(doc_ids: list[str], documents: pd.DataFrame, exclude: list[str]) -> list[str]:
    """The documents a topic fit learns from: all but those of the excluded genres (press invitations and
    appointments say how a text is published, and would make topics of their furniture); all of them when that
    would leave none."""
    if not exclude or "genre" not in documents.columns:
        return doc_ids
    left_out = set(documents.loc[documents["genre"].isin(exclude), "doc_id"])
    kept = [d for d in doc_ids if d not in left_out]
    return kept or doc_ids


def _no_term_docs(terms: pa.Table) -> set[str]:
    if terms.num_rows == 0:
        return set()
    return set(pc.unique(terms.filter(pc.is_null(terms["term"]))["doc_id"]).to_pylist())


def _coverage(weights: pa.Table) -> float:
    if weights.num_rows == 0:
        return 0.0
    per_doc = weights.group_by("doc_id").aggregate([("vocab_mass", "max"), ("total_mass", "max")])
    total = pc.sum(per_doc["total_mass_max"]).as_py() or 0.0
    return (pc.sum(per_doc["vocab_mass_max"]).as_py() or 0.0) / total if total else 0.0


def org_documents(mentions: Path, doc_ids: list[str]) -> pd.DataFrame:
    """(entity_id, name, doc_id) of ORG mentions in ok documents; name = the entity's most frequent canonical.
    A DuckDB query over the parquet file: the mentions table is never held in memory."""
    import duckdb

    con = duckdb.connect()
    con.execute("SET threads TO 1")  # the stage is one process; a second core is the other stages'
    con.execute("SET memory_limit = '256MB'")
    con.register("ok", pa.table({"doc_id": pa.array(doc_ids, type=pa.string())}))
    return con.execute(
        "WITH orgs AS (SELECT m.entity_id, m.canonical, m.doc_id FROM read_parquet($path) m SEMI JOIN ok USING (doc_id)"
        "  WHERE m.label = 'ORG' AND m.entity_id IS NOT NULL), "
        "names AS (SELECT entity_id, first(canonical ORDER BY n DESC, canonical) AS name FROM "
        "  (SELECT entity_id, canonical, count(*) AS n FROM orgs GROUP BY ALL) GROUP BY entity_id) "
        "SELECT DISTINCT o.entity_id, o.doc_id, n.name FROM orgs o JOIN names n USING (entity_id) "
        "ORDER BY o.entity_id, o.doc_id",
        {"path": str(mentions)},
    ).df()


def topic_rows(
    model: topic_model.TopicModel | None, doc_topics: pa.Table, terms_per_topic: int, relevance: float
) -> list[dict]:
    if model is None:
        return []
    frame = doc_topics.to_pandas()
    frame = frame[frame["weight"] > 0]
    top = frame.sort_values(["doc_id", "weight", "topic_id"], ascending=[True, False, True], kind="stable")
    n_docs = top.drop_duplicates("doc_id")["topic_id"].value_counts()
    rows = []
    for row, topic_id in enumerate(model.topic_ids):
        top_terms = model.top_terms(row, max(terms_per_topic, 25), relevance)
        rows.append({
            "topic_id": topic_id,
            "label": readable_label([t for t, _ in top_terms]),
            "terms": [t for t, _ in top_terms[:terms_per_topic]],
            "weights": [round(w, 6) for _, w in top_terms[:terms_per_topic]],
            "is_new": topic_id in model.new_ids,
            "n_documents": int(n_docs.get(topic_id, 0)),
        })
    return rows


class ThemesParams(Params):
    top_k_keywords: int = Field(20, ge=1)
    min_term_length: int = Field(3, ge=1)
    docs_per_topic: int = Field(3, ge=1)  # n_topics = clamp(n_docs / docs_per_topic, min_topics, max_topics)
    min_topics: int = Field(2, ge=1)
    max_topics: int = Field(25, ge=1)
    terms_per_topic: int = Field(10, ge=1)
    seed: int = 0
    refit: bool = False  # true: refit the topic model even if models/topics fits the corpus
    refit_growth: float = Field(0.2, gt=0)  # refit when documents not in the fit exceed this share of those in it
    min_coverage: float = Field(0.6, ge=0, le=1)  # refit when the vocabulary covers less of the corpus's terms
    match_threshold: float = Field(0.3, ge=0, le=1)  # cosine for a refitted topic to keep an old topic's id
    min_df: int = Field(5, ge=1)  # a topic term is in at least this many documents ...
    max_df: float = Field(0.5, gt=0, le=1)  # ... and at most this share of them
    organisation_keywords: int = Field(20, ge=1)  # terms kept per organisation
    relevance_lambda: float = Field(0.6, ge=0, le=1)  # topic term order: 1 = by weight
    coherent_terms: int = Field(20, ge=0)  # a topic's terms are read in coherence order from this many (0 = off)
    # Genres (documents.genre) a topic fit does not learn from; their documents are still assigned to topics.
    fit_exclude_genres: list[str] = Field(default_factory=lambda: ["press_invitation", "appointment", "visit"])
    # The topic model is fitted on at most this many documents (a seeded sample; every document is then assigned),
    # so a refit's memory and time stop growing with the corpus.
    fit_max_docs: int = Field(10_000, ge=1)


STAGE = Stage(
    name="themes",
    module="pipeline.themes",
    description=__doc__.splitlines()[0],
    params=ThemesParams,
    inputs={"documents": str(DOCUMENTS), "tokens": str(TOKENS), "mentions": str(MENTIONS),
            "background": str(BACKGROUND), "word_forms": "pipeline/nlp/resources/word_forms.tsv.gz"},
    outputs={"keywords": str(KEYWORDS_OUT), "topics": str(TOPICS_OUT), "document_topics": str(DOC_TOPICS_OUT),
             "topic_trends": str(TRENDS_OUT), "organisation_keywords": str(ORG_KEYWORDS_OUT),
             "topic_model": str(TOPIC_MODEL.parent)},
    code=("pipeline/themes",),
    persistent_outputs=("topic_model",),
)


def main(argv: list[str] | None = None) -> int:
    return run_stage(STAGE, run, argv)


if __name__ == "__main__":
    sys.exit(main())
