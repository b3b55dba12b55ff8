"""The ingest stage: corpus/ (+ optional corpus/metadata.csv) -> outputs/documents.parquet.

Reads: params.yaml section `ingest` (corpus_dir, metadata_csv, max_bytes, min_chars, min_swedish_score) and the
files under corpus_dir. Writes: outputs/documents.parquet (schema pipeline.schemas.DOCUMENTS), one row per file,
sorted by path, atomically. Exit status: 0; 2 for an invalid configuration (params or metadata.csv); 1 when no
document at all is ok (the table is still written, so every file's status can be inspected).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ConfigDict
from tqdm import tqdm

from pipeline.config import PARAMS_FILE, ConfigError, params_hash, require, stage_params
from pipeline.ingest.discover import discover
from pipeline.ingest.document import read_document
from pipeline.ingest.metadata import load_metadata_csv
from pipeline.schemas import DOCUMENTS, STATUSES
from pipeline.stage import Params, Stage
from pipeline.tables import provenance, write_table

log = logging.getLogger("pipeline.ingest")

STAGE = "ingest"
OUTPUT = Path("outputs/documents.parquet")


class IngestParams(Params):
    model_config = ConfigDict(extra="allow")  # ingest still checks its own keys (validate below)


DECLARATION = Stage(
    name=STAGE,
    module="pipeline.ingest",
    description="corpus/ (+ optional corpus/metadata.csv) -> outputs/documents.parquet",
    params=IngestParams,
    inputs={"corpus": "corpus"},
    outputs={"documents": str(OUTPUT)},
    code=("pipeline/ingest",),
)


def validate(section: Mapping[str, Any]) -> dict[str, Any]:
    """Check the ingest section; returns it with defaults filled. Raises ConfigError."""
    corpus_dir = require(section, "corpus_dir", str, STAGE)
    metadata_csv = section.get("metadata_csv")
    if metadata_csv is not None and not isinstance(metadata_csv, str):
        raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.metadata_csv' must be a path or null, got {metadata_csv!r}")
    max_bytes = require(section, "max_bytes", int, STAGE)
    min_chars = require(section, "min_chars", int, STAGE)
    score = require(section, "min_swedish_score", (int, float), STAGE)
    for key, value in (("max_bytes", max_bytes), ("min_chars", min_chars), ("min_swedish_score", score)):
        if isinstance(value, bool):
            raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.{key}' must be a number, got {value!r}")
    if max_bytes <= 0:
        raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.max_bytes' must be > 0, got {max_bytes}")
    if min_chars < 0:
        raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.min_chars' must be >= 0, got {min_chars}")
    if not 0 <= score <= 1:
        raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.min_swedish_score' must be in 0..1, got {score}")
    return {**section, "corpus_dir": corpus_dir, "metadata_csv": metadata_csv}


def mark_duplicates(rows: list[dict]) -> None:
    """A file whose raw bytes or clean text equal an earlier ok file's (by sorted path) becomes `duplicate`."""
    by_bytes: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for row in rows:
        if row["status"] != "ok":
            continue
        text_key = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
        original = by_bytes.get(row["sha256"])
        if original:
            detail = f"identical bytes to {original}"
        else:
            original = by_text.get(text_key)
            detail = f"same text after cleaning as {original}" if original else None
        if original:
            row.update(status="duplicate", status_detail=detail, text=None)
            continue
        by_bytes[row["sha256"]] = row["path"]
        by_text[text_key] = row["path"]


def apply_metadata(rows: list[dict], metadata: Mapping[str, Mapping[str, Any]]) -> None:
    """metadata.csv values win over what the file itself gave; empty cells leave the file's value."""
    paths = {row["path"] for row in rows}
    for rel in sorted(set(metadata) - paths):
        log.warning("metadata.csv lists %s, which is not in the corpus", rel)
    for row in rows:
        for key, value in metadata.get(row["path"], {}).items():
            if value is not None:
                row[key] = value


def ingest(
    corpus_dir: Path,
    params: Mapping[str, Any],
    metadata: Mapping[str, Mapping[str, Any]] | None = None,
    skip: set[Path] | None = None,
) -> list[dict]:
    """All files under corpus_dir -> documents rows, sorted by path (no I/O besides reading the corpus)."""
    skip = {os.path.abspath(p) for p in skip or ()}
    files = [(rel, path) for rel, path in discover(corpus_dir) if os.path.abspath(path) not in skip]
    log.info("ingest: scanning %d files under %s", len(files), corpus_dir)
    rows = [
        read_document(path, params, corpus_dir)
        for _rel, path in tqdm(files, desc="ingest", unit="file", disable=None, mininterval=1.0)
    ]
    mark_duplicates(rows)
    apply_metadata(rows, metadata or {})
    return rows


def run(params_file: Path = PARAMS_FILE, output: Path = OUTPUT) -> int:
    try:
        section = validate(stage_params(STAGE, params_file))
        corpus_dir = Path(section["corpus_dir"])
        if not corpus_dir.is_dir():
            raise ConfigError(f"{params_file}: '{STAGE}.corpus_dir' = {str(corpus_dir)!r} is not a folder")
        metadata_path = Path(section["metadata_csv"]) if section["metadata_csv"] else None
        metadata = load_metadata_csv(metadata_path) if metadata_path and metadata_path.exists() else {}
    except ConfigError as err:
        log.error("ingest: configuration error: %s", err)
        return 2
    skip = {metadata_path} if metadata_path else set()
    rows = ingest(corpus_dir, section, metadata, skip)
    for row in rows:
        if row["status"] != "ok":
            log.warning("ingest: %s: %s: %s", corpus_dir / row["path"], row["status"], row["status_detail"])
    write_table(rows, output, DOCUMENTS, meta=provenance(STAGE, params_hash(section)))
    counts = Counter(row["status"] for row in rows)
    summary = ", ".join(f"{status} {counts[status]}" for status in STATUSES if counts[status])
    log.info("ingest: wrote %s: %d files (%s)", output, len(rows), summary or "none")
    if not counts["ok"]:
        log.error(
            "ingest: no document in %s could be ingested (%d files found); see %s for each file's status",
            corpus_dir,
            len(rows),
            output,
        )
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr)
    return run()
