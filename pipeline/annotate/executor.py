"""Where chunks are annotated: in this process, or in worker processes that each load the model once.

`annotate_chunks` is the pure core (Docs in, tables out). `run_local` runs it in-process for one worker, or on a
process pool (spawned, so no forked pyarrow/BLAS thread state) for several; results come back in input order, so the
output is the same whatever the number of processes. A chunk whose processing raises is reported with its document
and left out; it does not stop the other documents.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context

from spacy.language import Language

from pipeline.annotate.rows import ChunkResult, chunk_tables
from pipeline.nlp.loading import load_pipeline

log = logging.getLogger("pipeline.annotate")


@dataclass(frozen=True)
class Chunk:
    doc_id: str
    index: int
    offset: int
    text: str
    anchor: str | None  # ISO date the document's relative dates resolve against
    precision: str | None  # day, month or year: how much of the anchor is known


@dataclass(frozen=True)
class ChunkError:
    doc_id: str
    index: int
    error: str


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _make_doc(nlp: Language, chunk: Chunk):
    doc = nlp.make_doc(chunk.text)
    doc._.anchor_date = chunk.anchor
    doc._.anchor_granularity = chunk.precision
    return doc


def annotate_chunks(nlp: Language, chunks: Sequence[Chunk], label_map: dict[str, str],
                    batch_size: int) -> list[ChunkResult | ChunkError]:
    """Annotate a batch; if the batch fails, each chunk alone, so one bad chunk costs only itself."""
    try:
        docs = nlp.pipe((_make_doc(nlp, c) for c in chunks), batch_size=batch_size)
        return [chunk_tables(c.doc_id, doc, label_map, c.offset, c.index) for c, doc in zip(chunks, docs, strict=True)]
    except Exception as err:  # noqa: BLE001 - which chunk failed is found below
        if len(chunks) == 1:
            return [ChunkError(chunks[0].doc_id, chunks[0].index, f"{type(err).__name__}: {err}")]
    out: list[ChunkResult | ChunkError] = []
    for c in chunks:
        try:
            out.append(chunk_tables(c.doc_id, nlp(_make_doc(nlp, c)), label_map, c.offset, c.index))
        except Exception as err:  # noqa: BLE001 - any failure of one chunk is reported and skipped
            out.append(ChunkError(c.doc_id, c.index, f"{type(err).__name__}: {err}"))
    return out


# Worker-process state: the model is loaded once per worker by the pool's initializer.
_WORKER: dict = {}


def _init_worker(model: str, label_map: dict[str, str], batch_size: int) -> None:
    _WORKER.update(nlp=load_pipeline(model), label_map=label_map, batch_size=batch_size)


def _work(chunks: Sequence[Chunk]) -> list[ChunkResult | ChunkError]:
    return annotate_chunks(_WORKER["nlp"], chunks, _WORKER["label_map"], _WORKER["batch_size"])


def batches(chunks: Iterable[Chunk], max_chunks: int, max_chars: int) -> Iterator[list[Chunk]]:
    """Groups of chunks small enough to keep every worker busy and the progress bar moving."""
    batch: list[Chunk] = []
    size = 0
    for chunk in chunks:
        if batch and (len(batch) >= max_chunks or size + len(chunk.text) > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(chunk)
        size += len(chunk.text)
    if batch:
        yield batch


# Characters per batch: spaCy holds a whole batch's activations at once, so a batch of 16 long chunks (320,000
# characters) would cost a worker ~1 GB; 64,000 keeps it near its size after loading the model, while a batch of
# short press releases (about 1,200 characters each) is still limited by batch_size alone.
BATCH_CHARS = 64_000


def run_local(model: str, chunks: Sequence[Chunk], label_map: dict[str, str], batch_size: int, n_process: int,
              nlp: Language | None = None) -> Iterator[ChunkResult | ChunkError]:
    groups = batches(chunks, batch_size, max_chars=BATCH_CHARS)
    if n_process <= 1:
        nlp = nlp or load_pipeline(model)
        for group in groups:
            yield from annotate_chunks(nlp, group, label_map, batch_size)
        return
    with ProcessPoolExecutor(n_process, mp_context=get_context("spawn"), initializer=_init_worker,
                             initargs=(model, label_map, batch_size)) as pool:
        yield from _in_order(pool, groups, window=2 * n_process)


def _in_order(pool: ProcessPoolExecutor, groups: Iterable[list[Chunk]],
              window: int) -> Iterator[ChunkResult | ChunkError]:
    """Results in input order with at most `window` batches submitted and not yet consumed: `pool.map` would
    submit the whole corpus at once and hold every finished batch the consumer has not reached yet, so the
    parent's memory would grow with the corpus."""
    pending: deque[Future] = deque()
    for group in groups:
        pending.append(pool.submit(_work, group))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()
