"""The ingest stage: corpus/ (+ optional corpus/metadata.csv) -> outputs/documents.parquet.

Reads: params.yaml section `ingest` (corpus_dir, metadata_csv, max_bytes, min_chars, min_swedish_score; optional
max_unzipped_bytes, max_zip_entries, cache_dir) and the files under corpus_dir. Writes: outputs/documents.parquet
(schema pipeline.schemas.DOCUMENTS), one row per file, sorted by path, atomically; and the file cache
(pipeline/ingest/cache.py) under cache_dir (default cache/ingest), which is not a DVC output. Exit status: 0; 2 for
an invalid params.yaml; 1 when no document at all is ok (the table is still written, so every file's status can
be inspected). metadata.csv problems are warnings, never an exit status.

`python -m pipeline.ingest --check` only lists corpus files DVC cannot hash (symlink loops, broken links; they stop
a pipeline that declares the corpus a DVC dependency) with the fix, and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tqdm import tqdm

from pipeline.config import PARAMS_FILE, ConfigError, params_hash, stage_params
from pipeline.ingest.cache import IngestCache, cache_key
from pipeline.ingest.discover import discover, link_problem, stray_metadata
from pipeline.ingest.document import read_document
from pipeline.ingest.genre import genre_of_row
from pipeline.ingest.metadata import load_metadata_csv
from pipeline.ingest.params import FILE_SETTINGS, IngestParams
from pipeline.params_check import STAGE as PARAMS_CHECK
from pipeline.schemas import DOCUMENTS, STATUSES
from pipeline.stage import Stage, recorded
from pipeline.tables import provenance, write_table

log = logging.getLogger("pipeline.ingest")

STAGE = "ingest"
OUTPUT = Path("outputs/documents.parquet")
PARAMS_CHECKED = PARAMS_CHECK.outputs["checked"]
PROGRESS_SECONDS = 10.0  # a log line this often during a long ingest (the tqdm bar only shows on a terminal)


DECLARATION = Stage(
    name=STAGE,
    module="pipeline.ingest",
    description="corpus/ (+ optional corpus/metadata.csv) -> outputs/documents.parquet",
    params=IngestParams,
    # params.yaml's ingest.corpus_dir can point elsewhere; params_checked orders the params check before this stage
    inputs={"corpus_dir": "corpus", "params_checked": PARAMS_CHECKED},
    outputs={"documents": str(OUTPUT)},
    code=("pipeline/ingest",),
    self_watched=("corpus_dir",),  # the file cache, not DVC, finds what changed (README: Corpus scale)
)


class NoDocuments(Exception):
    """Not one file in the corpus could be ingested (the table is still written)."""


def mark_duplicates(rows: list[dict], arrival: Mapping[str, tuple[int, int]] | None = None) -> None:
    """A file whose raw bytes or clean text equal an ok file that arrived earlier becomes `duplicate`.

    "Earlier" is `arrival[path]` = (the run that first saw the file, from the cache; its modification time), then
    the path: the document that was in the corpus first keeps its status and rows, whatever a newcomer copy's path
    sorts as. Without a cache the modification time (in whole seconds) still tells a copy made today from a file
    checked out or written before it; files with equal times go by path.
    """
    arrival = arrival or {}
    by_bytes: dict[str, str] = {}
    by_text: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: (arrival.get(r["path"], (0, 0)), r["path"])):
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


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def read_all(
    files: list[tuple[str, Path]], corpus_dir: Path, params: Mapping[str, Any], cache: IngestCache
) -> tuple[list[dict], dict[str, int]]:
    """One row per file, from the cache where the file is unchanged; and each file's mtime_ns (0 if unknown)."""
    mtimes: dict[str, int] = {}
    entries = cache.lookup()
    rows: list[dict] = []
    reused = 0
    started = last_log = time.monotonic()
    for i, (rel, path) in enumerate(tqdm(files, desc="ingest", unit="file", disable=None, mininterval=1.0)):
        stat = _stat(path)
        mtimes[rel] = stat[1] if stat else 0
        row = cache.row(entries.get(rel), *stat) if stat else None
        if row is None:
            row = read_document(path, params, corpus_dir, rel)
            if stat:
                cache.put(rel, *stat, row)
        else:
            reused += 1
        rows.append(row)
        now = time.monotonic()
        if now - last_log >= PROGRESS_SECONDS:
            last_log = now
            log.info("ingest: %d/%d files (%d from the cache), %.0f s", i + 1, len(files), reused, now - started)
    log.info("ingest: %d files, %d read, %d unchanged (from the cache)", len(files), len(files) - reused, reused)
    return rows, mtimes


def ingest(
    corpus_dir: Path,
    params: Mapping[str, Any],
    metadata: Mapping[str, Mapping[str, Any]] | None = None,
    skip: set[Path] | None = None,
    cache_dir: Path | None = None,
) -> list[dict]:
    """All files under corpus_dir -> documents rows, sorted by path. `cache_dir` None: no cache, no history."""
    skip = {os.path.abspath(p) for p in skip or ()}
    files = [(rel, path) for rel, path in discover(corpus_dir) if os.path.abspath(path) not in skip]
    log.info("ingest: scanning %d files under %s", len(files), corpus_dir)
    settings = {key: params[key] for key in FILE_SETTINGS}
    cache = IngestCache(cache_dir, cache_key({**settings, "corpus": os.path.abspath(corpus_dir)}))
    try:
        rows, mtimes = read_all(files, corpus_dir, settings, cache)
        paths = [row["path"] for row in rows]
        arrival = cache.arrival(paths)
        # whole seconds: files written in one batch (a checkout, a cp -r) tie and go by path, so the same corpus
        # gives the same table wherever it was copied; a copy made by hand later is still the newcomer
        mark_duplicates(rows, {path: (arrival[path], mtimes.get(path, 0) // 1_000_000_000) for path in paths})
        apply_metadata(rows, metadata or {})
        cache.commit(paths, arrival)
    finally:
        cache.close()
    return rows


def ingest_corpus(p: IngestParams, output: Path = OUTPUT) -> Counter:
    """Write the documents table for the corpus; returns the count of each status."""
    corpus_dir = Path(p.corpus_dir)
    if not corpus_dir.is_dir():
        raise ConfigError(f"{PARAMS_FILE}: '{STAGE}.corpus_dir' = {p.corpus_dir!r} is not a folder")
    metadata_path = Path(p.metadata_csv) if p.metadata_csv else None
    metadata: dict = {}
    if metadata_path and metadata_path.exists():
        metadata, warnings = load_metadata_csv(metadata_path)
        for warning in warnings:
            log.warning("ingest: %s", warning)
    for stray in stray_metadata(corpus_dir, metadata_path):
        log.warning("ingest: %s is not read: only %s is (ingest.metadata_csv); give its rows paths relative to "
                    "%s and move them there", stray, metadata_path or "no metadata.csv", corpus_dir)
    skip = {metadata_path} if metadata_path else set()
    section = p.model_dump()
    rows = ingest(corpus_dir, section, metadata, skip, Path(p.cache_dir) if p.cache_dir else None)
    for row in rows:
        row["genre"] = genre_of_row(row)  # after metadata.csv, whose title wins
        if row["status"] != "ok":
            log.warning("ingest: %s: %s: %s", corpus_dir / row["path"], row["status"], row["status_detail"])
    write_table(rows, output, DOCUMENTS, meta=provenance(STAGE, params_hash(section)))
    counts = Counter(row["status"] for row in rows)
    summary = ", ".join(f"{status} {counts[status]}" for status in STATUSES if counts[status])
    log.info("ingest: wrote %s: %d files (%s)", output, len(rows), summary or "none")
    if not counts["ok"]:
        raise NoDocuments(f"ingest: no document in {corpus_dir} could be ingested ({len(rows)} files found); "
                          f"see {output} for each file's status")
    return counts


def run(params_file: Path = PARAMS_FILE, output: Path = OUTPUT) -> int:
    """Exit status: 0; 2 for an invalid params.yaml; 1 when no document at all is ok."""
    try:
        with recorded(DECLARATION):
            ingest_corpus(DECLARATION.load_params(stage_params(STAGE, params_file)), output)
    except ConfigError as err:
        log.error("ingest: configuration error: %s", err)
        return 2
    except NoDocuments as err:
        log.error("%s", err)
        return 1
    return 0


def check(params_file: Path = PARAMS_FILE) -> int:
    """Print every corpus file DVC cannot hash (it stops on them where the corpus is a DVC dependency), with the
    fix."""
    corpus_dir = Path(stage_params(STAGE, params_file).get("corpus_dir", "corpus"))
    problems = []
    for root, dirs, names in os.walk(corpus_dir):
        dirs.sort()
        problems += [p for p in (link_problem(Path(root) / n, corpus_dir) for n in sorted(names)) if p]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) under {corpus_dir}" if problems else f"{corpus_dir}: no problems for DVC")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.ingest", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only list corpus files DVC cannot hash, with the fix")
    args = parser.parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stderr)
    if args.check:
        return check()
    return run()
