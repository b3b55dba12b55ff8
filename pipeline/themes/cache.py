"""Per-document results of the themes stage, kept under cache/themes/ between runs (not a DVC output).

Each row carries the document's key: a hash of the document's bytes (documents.sha256) and of everything else its
terms depend on (upstream model and params, themes term params, resource files). A document whose key is unchanged
is not re-read from tokens.parquet. The cache is only an accelerator: a missing, damaged or stale file is logged and
rebuilt, and results are identical with or without it.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.fingerprint import fingerprint
from pipeline.tables import write_table

log = logging.getLogger("pipeline.themes")

CACHE_DIR = Path("cache/themes")
CACHE_FORMAT = "themes-cache-2"  # bump when what a cached row means changes

TERMS = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("key", pa.string()),
        pa.field("term", pa.string()),
        pa.field("count", pa.float64()),
    ]
)
KEYWORDS = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("key", pa.string()),
        pa.field("term", pa.string()),
        pa.field("score", pa.float64()),
        pa.field("rank", pa.int32()),
        pa.field("count", pa.int32()),
    ]
)
WEIGHTS = pa.schema(
    [
        pa.field("doc_id", pa.string()),
        pa.field("key", pa.string()),  # document key + model version
        pa.field("topic_id", pa.int32()),
        pa.field("weight", pa.float64()),
        pa.field("vocab_mass", pa.float64()),  # the document's term occurrences in the model vocabulary
        pa.field("total_mass", pa.float64()),  # all its term occurrences
    ]
)
SCHEMAS = {"terms": TERMS, "keywords": KEYWORDS, "weights": WEIGHTS}


def document_key(salt: str, doc_id: str, sha256: str | None) -> str:
    """Unique per document (the doc_id is hashed in), so a key alone identifies the document's rows."""
    return hashlib.sha256(f"{salt}\0{doc_id}\0{sha256 or ''}".encode()).hexdigest()[:20]


def file_digest(path: Path) -> str:
    return fingerprint([path]) if path.exists() else "missing"


def load(name: str, keys: dict[str, str], cache_dir: Path = CACHE_DIR) -> tuple[pa.Table, bool]:
    """(cached rows of `name` whose (doc_id, key) is current, whether the file held nothing else). An empty table
    when the file is absent or unreadable."""
    schema = SCHEMAS[name]
    path = cache_dir / f"{name}.parquet"
    empty = schema.empty_table()
    if not path.exists():
        return empty, False
    try:
        table = pq.read_table(path).select(schema.names).cast(schema)
    except (OSError, ValueError, KeyError, pa.ArrowException) as err:
        log.warning("%s: unreadable cache, rebuilding it (%s)", path, err)
        return empty, False
    if table.num_rows == 0:
        return empty, not keys
    # A key hashes the doc_id with everything else, so matching keys alone matches (doc_id, key) pairs.
    kept = table.filter(pc.is_in(table["key"], value_set=pa.array(sorted(keys.values()), type=pa.string())))
    return kept, kept.num_rows == table.num_rows


def save(name: str, table: pa.Table, cache_dir: Path = CACHE_DIR) -> None:
    write_table(table, cache_dir / f"{name}.parquet", SCHEMAS[name], {"format": CACHE_FORMAT})


def cached_docs(table: pa.Table) -> set[str]:
    return set(pc.unique(table["doc_id"]).to_pylist()) if table.num_rows else set()
