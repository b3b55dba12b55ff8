"""Stage `annotate`: run the Swedish spaCy pipeline over every ok document, streaming rows to parquet.

Documents longer than `chunk_chars` are annotated in pieces cut after line breaks (pipeline.annotate.chunks), so
any length works and time per character does not grow with the length. Results are kept per document in an
indexed store (pipeline.annotate.store); only new or changed documents are annotated, on `n_process` cores, and the
tables are written by streaming every document's rows from the store in corpus order, so memory holds the texts and
one row group, not the tables, and the output is the same with any number of processes. With `executor: dask` the
same batches are annotated on a Dask cluster instead (pipeline.annotate.dask_executor; README "Running annotate
on a Dask cluster").
"""

from __future__ import annotations

import hashlib
import logging
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pyarrow.parquet as pq
from pydantic import Field, PositiveInt
from tqdm import tqdm

from pipeline.annotate import previous
from pipeline.annotate.chunks import Chunk, chunks_of
from pipeline.annotate.executor import ChunkError, available_cores, run_local
from pipeline.annotate.rows import TABLES, ChunkResult, Tables, merge_chunks
from pipeline.annotate.store import AnnotationStore, document_key
from pipeline.config import ConfigError, params_hash
from pipeline.model.reference import DEFAULT_LABEL_MAP, ModelError, model_fingerprint, model_meta
from pipeline.stage import Params, Stage, run_stage
from pipeline.tables import TableWriter, provenance

log = logging.getLogger("pipeline.annotate")


class AnnotateParams(Params):
    model: str = "models/sv_pipeline"  # a pipeline folder, or an installed package such as sv_core_news_lg
    batch_size: PositiveInt = 16
    n_process: Literal["auto"] | PositiveInt = "auto"  # auto: every core when there is enough to annotate
    auto_min_chars: int = Field(300_000, ge=0)  # below this much new text, one process (workers cost a model load)
    chunk_chars: int = Field(20_000, ge=1_000, le=900_000)  # longer documents are annotated in pieces
    cache_dir: str = "cache/annotate"
    label_map: dict[str, str] = Field(default_factory=dict)
    executor: Literal["local", "dask"] = "local"  # dask: on a Dask cluster (pipeline.annotate.dask_executor)
    dask_scheduler: str = ""  # a scheduler address (tcp://host:8786), or empty for a LocalCluster of n_process workers


STAGE = Stage(
    name="annotate",
    module="pipeline.annotate",
    description=__doc__.splitlines()[0],
    params=AnnotateParams,
    inputs={"documents": "outputs/documents.parquet", "model": "models/sv_pipeline"},
    outputs={name: f"outputs/{name}.parquet" for name in TABLES},
    code=("pipeline/annotate", "pipeline/nlp", "pipeline/themes/lemmas.py"),
)
# The code a document's rows depend on (pipeline/nlp is in the model fingerprint): the store key covers it, and
# nothing else, so a change to how the stage runs, stores or writes (this file, store.py, previous.py) does not
# re-annotate the corpus. What goes into a chunk is in chunks.py; Docs become rows in executor.py and rows.py.
ROW_CODE = ("pipeline/annotate/chunks.py", "pipeline/annotate/executor.py", "pipeline/annotate/rows.py",
            "pipeline/schemas.py", "pipeline/tables.py", "pipeline/themes/lemmas.py")
# Params that change no row: how the work is spread, where the store lives.
RUNTIME_PARAMS = ("batch_size", "n_process", "auto_min_chars", "cache_dir", "executor", "dask_scheduler")


@dataclass(frozen=True)
class DocInput:
    doc_id: str
    text: str
    anchor: str | None
    precision: str | None
    page_starts: tuple[int, ...] | None = None
    foreign: tuple[tuple[int, int], ...] | None = None  # paragraphs in another language: no entities there


def read_inputs(path: Path) -> list[DocInput]:
    if not path.exists():
        raise ConfigError(f"{path}: not found; run the ingest stage first (dvc repro ingest)")
    names = set(pq.read_schema(path).names)
    columns = [c for c in ("doc_id", "status", "text", "published", "published_precision", "page_starts",
                           "foreign_spans") if c in names]
    out = []
    for r in pq.read_table(path, columns=columns).to_pylist():
        if r["status"] != "ok" or not r["text"]:
            continue
        published = r.get("published")
        foreign = tuple((int(s), int(e)) for s, e in r.get("foreign_spans") or ()) or None
        out.append(DocInput(r["doc_id"], r["text"], published.isoformat() if published else None,
                            r.get("published_precision"), tuple(r.get("page_starts") or ()) or None, foreign))
    return out


def resolve_processes(n_process: int | str, todo_chars: int, auto_min_chars: int) -> tuple[int, bool]:
    """How many processes, and whether to annotate in this one. `auto` with little to do uses one worker process
    rather than this one: the worker loads the model while this process writes the unchanged documents' rows."""
    if n_process != "auto":
        return int(n_process), int(n_process) == 1
    return (available_cores() if todo_chars >= auto_min_chars else 1), False


def chunk_results(chunks: list[Chunk], p: AnnotateParams, label_map: dict[str, str],
                  n_process: int, in_process: bool) -> Iterator[ChunkResult | ChunkError]:
    """Every chunk's result, in input order, from the configured executor."""
    if p.executor == "local":
        return run_local(p.model, chunks, label_map, p.batch_size, n_process, in_process=in_process)
    try:
        from pipeline.annotate.dask_executor import run_dask
    except ImportError as err:
        raise ConfigError(f"annotate.executor: dask needs Dask installed: pip install 'kompetens-pipeline[dask]' "
                          f"({err})") from err
    workers = p.n_process if isinstance(p.n_process, int) else available_cores()  # for a LocalCluster only
    return run_dask(p.model, chunks, label_map, p.batch_size, p.dask_scheduler, workers)


Annotated = Iterator[tuple[str, Tables | None]]


def _close(results: Iterator) -> None:
    """Stop an executor's iterator early (its workers exit); an iterator without `close` holds nothing."""
    close = getattr(results, "close", None)
    if close is not None:
        close()


def annotate(todo: list[DocInput], keys: dict[str, str], store: AnnotationStore, p: AnnotateParams,
             label_map: dict[str, str]) -> Annotated:
    """Start annotating `todo`; the iterator gives each document's tables (None if it failed), in `todo` order,
    after committing them to the store (an interrupted run keeps every finished document)."""
    total = sum(len(item.text) for item in todo)
    n_process, in_process = resolve_processes(p.n_process, total, p.auto_min_chars)
    chunks = list(chunks_of(todo, p.chunk_chars))
    where = ("this process" if in_process else f"{n_process} process{'es' if n_process > 1 else ''}"
             ) if p.executor == "local" else f"Dask ({p.dask_scheduler or 'LocalCluster'})"
    log.info("annotate: %d documents (%d chunks, %d characters) on %s", len(todo), len(chunks), total, where)
    results = chunk_results(chunks, p, label_map, n_process, in_process)  # workers start now
    return _documents(results, chunks, todo, keys, store, total)


def _documents(results: Iterator[ChunkResult | ChunkError], chunks: list[Chunk], todo: list[DocInput],
               keys: dict[str, str], store: AnnotationStore, total: int) -> Annotated:
    size = {(c.doc_id, c.index): len(c.text) for c in chunks}
    remaining = Counter(c.doc_id for c in chunks)
    by_id = {item.doc_id: item for item in todo}
    parts: dict[str, list[ChunkResult]] = {}
    failed: set[str] = set()
    progress = tqdm(total=total, desc="annotate", unit="char", unit_scale=True, file=sys.stderr,
                    mininterval=1.0 if sys.stderr.isatty() else 15.0)
    try:
        for result in results:
            progress.update(size[result.doc_id, result.index])
            if isinstance(result, ChunkError):
                log.error("annotate: document %s, chunk %d failed, so the document is left out: %s",
                          result.doc_id, result.index, result.error)
                failed.add(result.doc_id)
            else:
                parts.setdefault(result.doc_id, []).append(result)
            remaining[result.doc_id] -= 1
            if remaining[result.doc_id] == 0:
                done = parts.pop(result.doc_id, [])
                tables = None
                if result.doc_id not in failed:
                    item = by_id[result.doc_id]
                    tables = merge_chunks(done, item.page_starts, item.foreign)
                    store.put(keys[result.doc_id], result.doc_id, tables)
                    store.commit()
                yield result.doc_id, tables
    finally:
        progress.close()
        _close(results)


def run(p: AnnotateParams) -> dict[str, int]:
    items = read_inputs(STAGE.input("documents"))
    meta = model_meta(p.model)
    label_map = {**DEFAULT_LABEL_MAP, **p.label_map}
    config = params_hash({k: v for k, v in p.model_dump().items() if k not in RUNTIME_PARAMS})
    config_key = f"{model_fingerprint(p.model)}|{config}|{STAGE.code_fingerprint(ROW_CODE)}"
    keys = {i.doc_id: document_key(config_key, i.doc_id, i.text, i.anchor, i.precision, i.page_starts, i.foreign)
            for i in items}
    store = AnnotationStore(Path(p.cache_dir), TABLES)
    try:
        stored = store.keys()
        todo = [i for i in items if keys[i.doc_id] not in stored]
        log.info("annotate: %d documents, %d stored, %d to annotate with %s", len(items), len(items) - len(todo),
                 len(todo), p.model)
        fresh = annotate(todo, keys, store, p, label_map) if todo else iter(())
        # The hash of the params that change rows: how the work was spread must not change the tables' bytes.
        table_meta = provenance("annotate", config, meta.get("name"), meta.get("version"))
        # What every row depends on besides its document (model files, rule code, params, row code): caches
        # downstream (themes) key on it, since a model can change its lemmas without changing its version.
        table_meta["annotation_key"] = hashlib.sha256(config_key.encode()).hexdigest()[:16]
        counts, failed = write_tables(items, keys, store, fresh, {keys[i.doc_id] for i in todo}, table_meta,
                                      Path(p.cache_dir))
        pruned = store.prune(set(keys.values()))
    finally:
        store.close()
    counts.update(documents=len(items), annotated=len(todo), failed=failed, pruned=pruned)
    return counts


def write_tables(items: list[DocInput], keys: dict[str, str], store: AnnotationStore, fresh: Annotated,
                 todo: set[str], meta: dict, root: Path) -> tuple[dict[str, int], int]:
    """Every document's rows, in corpus order, streamed into the four tables: runs of documents unchanged since
    the last run are copied from its tables (pipeline.annotate.previous), documents annotated now are taken as
    they come (`fresh`, in corpus order), the rest is read from the store. Returns row counts and failures."""
    loaded = previous.load(root, TABLES)
    index, files = loaded if loaded else (None, {})
    readers = {name: previous.RowReader(path) for name, path in files.items()}
    writers = {name: TableWriter(STAGE.output(name), schema, meta) for name, schema in TABLES.items()}
    written = previous.Index([], {name: [] for name in TABLES})
    failed = 0
    try:
        steps = list(previous.plan([keys[item.doc_id] for item in items], index, exclude=todo))
        from_store = store.get_many([s.key for s in steps if isinstance(s, previous.FromStore) and s.key not in todo])
        cursor = 0
        for step in steps:
            if isinstance(step, previous.FromStore):
                if step.key in todo:
                    doc_id, tables = next(fresh)
                    if keys[doc_id] != step.key:  # both follow corpus order; anything else is a bug
                        raise RuntimeError(f"annotate: expected the rows of {step.key}, got {doc_id}'s")
                    failed += tables is None
                else:
                    tables = next(from_store)
                if tables is None:
                    continue  # failed: logged where it failed
                for name, writer in writers.items():
                    writer.write(tables[name])
                    written.counts[name].append(tables[name].num_rows)
                written.keys.append(step.key)
                continue
            for name, reader in readers.items():
                counts = index.counts[name]
                reader.skip(sum(counts[cursor : step.start]))
                for part in reader.take(sum(counts[step.start : step.stop])):
                    writers[name].write(part)
                written.counts[name].extend(counts[step.start : step.stop])
            written.keys.extend(index.keys[step.start : step.stop])
            cursor = step.stop
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    finally:
        for reader in readers.values():
            reader.close()
        _close(fresh)
    rows = {name: writer.close() for name, writer in writers.items()}
    previous.save(root, {name: STAGE.output(name) for name in TABLES}, written)
    return rows, failed


def main(argv: list[str] | None = None) -> int:
    return run_stage(STAGE, run, argv, errors=(ConfigError, ModelError))
