"""Every output table's pyarrow schema, in one place. The README's data dictionary documents each column.

Stages build rows as plain dicts and hand them to `pipeline.tables.write_table`, which casts them to the
schema below, so a column that drifts in type fails loudly instead of silently changing the parquet file.
"""

from __future__ import annotations

import json

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
        pa.field("published", DATE),  # first day of the period when published_precision is month or year
        pa.field("published_source", STR),  # metadata (metadata.csv) | text (the document itself) | path
        pa.field("published_precision", STR),  # day | month | year
        pa.field("url", STR),
        pa.field("language", STR),
        pa.field("language_score", F64),  # share of Swedish evidence in the offline language check (0..1)
        pa.field("genre", STR),  # press_invitation | visit | appointment | speech | ... | text (ingest/genre.py)
        pa.field("n_bytes", BIG),
        pa.field("n_chars", BIG),
        pa.field("n_removed_lines", INT),
        # PDF, .docx, .odt: page_starts[i] = offset in `text` where page i+1 begins (bisect gives a 1-based page).
        pa.field("page_starts", pa.list_(BIG)),
        # [start, end) of paragraphs in another language than Swedish; the annotate stage finds no entities there.
        pa.field("foreign_spans", pa.list_(pa.list_(BIG))),
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
    "no_text_layer",  # a PDF none of whose pages has text (scanned images; needs OCR)
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
        pa.field("page", INT),  # 1-based page of paged formats (PDF), else null
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
        pa.field("registry_id", STR),  # the organisation registry entry the mention links to, if any
        pa.field("source", STR),
        # Temporal normalisation, filled for label DATE only.
        pa.field("value", STR),
        pa.field("start_date", DATE),
        pa.field("end_date", DATE),
        pa.field("granularity", STR),
        pa.field("anchored_to", DATE),
        pa.field("page", INT),  # 1-based page of paged formats (PDF), else null
    ]
)

ROLES = pa.schema(
    [
        pa.field("doc_id", STR, nullable=False),
        pa.field("person_id", STR, nullable=False),
        pa.field("person", STR),
        pa.field("mention_id", STR),  # the person's mention the role was read at
        pa.field("role", STR),
        pa.field("role_text", STR),
        pa.field("status", STR),  # current, acting, former, incoming, outgoing
        pa.field("country", STR),  # ISO 3166 code of the office's state (EU, UN for their offices)
        pa.field("organisation_id", STR),
        pa.field("organisation", STR),
        pa.field("organisation_inferred", pa.bool_()),  # true: the organisation is not named in the statement
        pa.field("head", pa.bool_()),  # the post heads its organisation (generaldirektör, rektor, ...)
        pa.field("start_date", DATE),  # the day the post is taken up, where the sentence gives one
        pa.field("construction", STR),  # the role matcher's construction that proposed the link
        pa.field("score", F64),  # the trained decision's probability (null without a trained decision)
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
        pa.field("registry_id", STR),  # organisation registry entry, null for names it lacks
        pa.field("n_mentions", BIG),
        pa.field("n_documents", BIG),
        pa.field("first_date", DATE),
        pa.field("last_date", DATE),
        pa.field("orgnr", STR),  # organisation number (NNNNNN-NNNN) from the registry
        pa.field("valid_from", STR),  # when the organisation began / ended, per the registry: YYYY-MM-DD or YYYY
        pa.field("valid_to", STR),
        pa.field("successor_id", STR),  # registry id of the organisation that took over its work
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
        pa.field("description", STR),  # the most frequent role and its organisation ("generaldirektör, X")
        pa.field("first_date", DATE),
        pa.field("last_date", DATE),
    ]
)

TENURES = pa.schema(
    [
        pa.field("person_id", STR, nullable=False),
        pa.field("person", STR),
        pa.field("role", STR),
        pa.field("organisation_id", STR),
        pa.field("organisation", STR),
        pa.field("country", STR),
        pa.field("head", pa.bool_()),  # the post heads the organisation
        pa.field("first_seen", DATE),  # earliest document date stating the role
        pa.field("first_seen_precision", STR),  # day | month | year (the document date's)
        pa.field("last_seen", DATE),
        pa.field("last_seen_precision", STR),
        pa.field("start_date", DATE),  # the day an appointment gives ("från och med 1 mars")
        pa.field("statuses", STR_LIST),  # current, acting, former, incoming, outgoing as stated
        pa.field("n_documents", BIG),
        pa.field("evidence", STR_LIST),  # mention ids of the person where the role was read
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
        pa.field("country", STR),  # ISO 3166-1 alpha-2, null when the gazetteer does not know the place
        pa.field("municipality_code", STR),  # SCB kommunkod of a Swedish municipality ("1380")
        pa.field("county_code", STR),  # SCB länskod of the county a Swedish municipality or county is ("13")
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
        pa.field("page", INT),
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


# Entity labels in mentions.label (MISC only where the statistical model gives it).
LABELS = ("PER", "ORG", "LOC", "DATE", "MISC")

# Calendar precision of a normalised date (dates.granularity, mentions.granularity).
GRANULARITIES = ("day", "week", "month", "quarter", "half", "season", "year", "decade", "range", "duration")


def pandas_metadata(schema: pa.Schema) -> dict[bytes, bytes]:
    """The b"pandas" schema metadata that makes `pd.read_parquet` keep nullable integers and booleans as such.

    Without it pyarrow turns an int column holding one null into float64 and a bool column into object. pandas reads
    the dtypes named here (Int32, Int64, boolean: its nullable types) with no extra argument; DuckDB, polars and
    pyarrow ignore the key. Non-nullable integer fields keep plain numpy dtypes. Date fields are left as they are:
    no pandas dtype that pyarrow can fill from this metadata compares with a string, so the README shows the one
    argument that gives datetime64 columns. Deterministic bytes, so the parquet files stay byte-identical.
    """
    nullable = {pa.int8(): "Int8", pa.int16(): "Int16", pa.int32(): "Int32", pa.int64(): "Int64", pa.bool_(): "boolean"}
    columns = []
    for f in schema:
        if f.nullable and f.type in nullable:
            numpy_type = nullable[f.type]
        elif pa.types.is_integer(f.type) or pa.types.is_floating(f.type):
            numpy_type = str(f.type)
        else:
            numpy_type = "bool" if pa.types.is_boolean(f.type) else "object"
        pandas_type = "unicode" if pa.types.is_string(f.type) else "date" if pa.types.is_date(f.type) else numpy_type
        columns.append({"name": f.name, "field_name": f.name, "pandas_type": pandas_type, "numpy_type": numpy_type})
    meta = {"index_columns": [], "column_indexes": [], "columns": columns}
    return {b"pandas": json.dumps(meta, sort_keys=True).encode("utf-8")}
