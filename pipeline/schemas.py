"""Every output table's pyarrow schema, in one place. The README's data dictionary documents each column.

Stages build rows as plain dicts and hand them to `pipeline.tables.write_table`, which casts them to the
schema below, so a column that drifts in type fails loudly instead of silently changing the parquet file.
"""

from __future__ import annotations

import pyarrow as pa

STR = pa.string()
INT = pa.int32()
BIG = pa.int64()
F64 = pa.float64()
DATE = pa.date32()
STR_LIST = pa.list_(pa.string())
F64_LIST = pa.list_(pa.float64())

DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("path", STR, nullable=False),
        pa.field("sha256", STR),
        pa.field("status", STR, nullable=False),
        pa.field("status_detail", STR),
        pa.field("format", STR),
        pa.field("encoding", STR),
        pa.field("title", STR),
        pa.field("publisher", STR),
        pa.field("published", DATE),
        pa.field("url", STR),
        pa.field("language", STR),
        pa.field("language_score", F64),  # share of Swedish evidence in the offline language check (0..1)
        pa.field("n_bytes", BIG),
        pa.field("n_chars", BIG),
        pa.field("n_removed_lines", INT),
        pa.field("text", STR),
    ]
)

# Document statuses; only "ok" documents go on to later stages.
STATUSES = (
    "ok",
    "empty",
    "binary",
    "decode_error",
    "duplicate",
    "not_swedish",
    "too_large",
    "unreadable",
    "unsupported",
)

SENTENCES = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("sentence", INT, nullable=False),
        pa.field("start_char", BIG, nullable=False),
        pa.field("end_char", BIG, nullable=False),
        pa.field("text", STR),
    ]
)

TOKENS = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("token", INT, nullable=False),
        pa.field("sentence", INT, nullable=False),
        pa.field("start_char", BIG, nullable=False),
        pa.field("end_char", BIG, nullable=False),
        pa.field("text", STR),
        pa.field("lemma", STR),
        pa.field("pos", STR),
        pa.field("is_stop", pa.bool_()),
    ]
)

MENTIONS = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("mention_id", STR, nullable=False),
        pa.field("sentence", INT, nullable=False),
        pa.field("start_char", BIG, nullable=False),
        pa.field("end_char", BIG, nullable=False),
        pa.field("text", STR),
        pa.field("label", STR),
        pa.field("entity_id", STR),
        pa.field("canonical", STR),
        pa.field("entity_type", STR),
        pa.field("source", STR),
        # Temporal normalisation, filled for label DATE only.
        pa.field("value", STR),
        pa.field("start_date", DATE),
        pa.field("end_date", DATE),
        pa.field("granularity", STR),
        pa.field("anchored_to", DATE),
    ]
)

ROLES = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("person_id", STR, nullable=False),
        pa.field("person", STR),
        pa.field("role", STR),
        pa.field("role_text", STR),
        pa.field("organisation_id", STR),
        pa.field("organisation", STR),
        pa.field("sentence", INT),
        pa.field("start_char", BIG),
        pa.field("end_char", BIG),
    ]
)

ORGANISATIONS = pa.schema(
    [
        pa.field("entity_id", STR, nullable=False),
        pa.field("name", STR, nullable=False),
        pa.field("aliases", STR_LIST),
        pa.field("type", STR),
        pa.field("n_mentions", BIG),
        pa.field("n_documents", BIG),
        pa.field("first_date", DATE),
        pa.field("last_date", DATE),
    ]
)

PEOPLE = pa.schema(
    [
        pa.field("entity_id", STR, nullable=False),
        pa.field("name", STR, nullable=False),
        pa.field("aliases", STR_LIST),
        pa.field("n_mentions", BIG),
        pa.field("n_documents", BIG),
        pa.field("roles", STR_LIST),
        pa.field("organisations", STR_LIST),
        pa.field("first_date", DATE),
        pa.field("last_date", DATE),
    ]
)

PLACES = pa.schema(
    [
        pa.field("entity_id", STR, nullable=False),
        pa.field("name", STR, nullable=False),
        pa.field("aliases", STR_LIST),
        pa.field("type", STR),
        pa.field("n_mentions", BIG),
        pa.field("n_documents", BIG),
        pa.field("first_date", DATE),
        pa.field("last_date", DATE),
    ]
)

DATES = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("mention_id", STR, nullable=False),
        pa.field("sentence", INT),
        pa.field("start_char", BIG),
        pa.field("end_char", BIG),
        pa.field("text", STR),
        pa.field("value", STR),
        pa.field("start_date", DATE),
        pa.field("end_date", DATE),
        pa.field("granularity", STR),
        pa.field("anchored_to", DATE),
    ]
)

COOCCURRENCE = pa.schema(
    [
        pa.field("entity_a", STR, nullable=False),
        pa.field("name_a", STR),
        pa.field("label_a", STR),
        pa.field("entity_b", STR, nullable=False),
        pa.field("name_b", STR),
        pa.field("label_b", STR),
        pa.field("n_documents", BIG),
        pa.field("n_sentences", BIG),
    ]
)

KEYWORDS = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("term", STR, nullable=False),
        pa.field("score", F64),
        pa.field("rank", INT),
        pa.field("count", INT),
    ]
)

TOPICS = pa.schema(
    [
        pa.field("topic_id", INT, nullable=False),
        pa.field("label", STR),
        pa.field("terms", STR_LIST),
        pa.field("weights", F64_LIST),
        pa.field("is_new", pa.bool_()),  # first seen in the current fit (no earlier topic matched it)
        pa.field("n_documents", BIG),  # documents whose largest weight is this topic
    ]
)

DOCUMENT_TOPICS = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("topic_id", INT, nullable=False),
        pa.field("weight", F64),
    ]
)

TOPIC_TRENDS = pa.schema(
    [
        pa.field("period_type", STR, nullable=False),  # "month" or "year"
        pa.field("period", STR, nullable=False),  # "2024-03" or "2024"
        pa.field("topic_id", INT, nullable=False),
        pa.field("n_documents", BIG),  # dated documents in the period
        pa.field("weight", F64),  # sum of the period's document weights for the topic
        pa.field("share", F64),  # weight / n_documents
    ]
)

ORGANISATION_KEYWORDS = pa.schema(
    [
        pa.field("entity_id", STR, nullable=False),
        pa.field("name", STR),
        pa.field("rank", INT),
        pa.field("term", STR, nullable=False),
        pa.field("score", F64),
        pa.field("n_documents", BIG),  # documents mentioning the organisation with the term as a keyword
        pa.field("n_org_documents", BIG),  # documents mentioning the organisation
    ]
)
