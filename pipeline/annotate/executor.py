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
from typing import TYPE_CHECKING

from pipeline.annotate.chunks import Chunk
from pipeline.annotate.rows import ChunkResult, chunk_tables

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger("pipeline.annotate")


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


def _load(model: str) -> Language:
    from pipeline.nlp.loading import load_pipeline  # spaCy and the rules load where the model runs, not before

    return load_pipeline(model)


def _init_worker(model: str, label_map: dict[str, str], batch_size: int) -> None:
    _WORKER.update(nlp=_load(model), label_map=label_map, batch_size=batch_size)


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
              nlp: Language | None = None, in_process: bool | None = None) -> Iterator[ChunkResult | ChunkError]:
    """Results in input order, in this process (`in_process`, default: when `n_process` is 1) or on `n_process`
    worker processes. Workers start, and begin loading the model, before this returns, so the caller can do other
    work (write unchanged documents' rows) while they load; close the iterator to stop them early."""
    groups = batches(chunks, batch_size, max_chars=BATCH_CHARS)
    if nlp is not None or (n_process <= 1 if in_process is None else in_process):
        return _in_this_process(nlp, model, groups, label_map, batch_size)
    return PoolResults(model, groups, label_map, batch_size, n_process)


def _in_this_process(nlp: Language | None, model: str, groups: Iterable[list[Chunk]], label_map: dict[str, str],
                     batch_size: int) -> Iterator[ChunkResult | ChunkError]:
    nlp = nlp or _load(model)
    for group in groups:
        yield from annotate_chunks(nlp, group, label_map, batch_size)


class PoolResults:
    """Results in input order from a spawned process pool, with at most 2 batches per worker submitted and not
    yet consumed: `pool.map` would submit the whole corpus at once and hold every finished batch the consumer has
    not reached yet, so the main process's memory would grow with the corpus."""

    def __init__(self, model: str, groups: Iterator[list[Chunk]], label_map: dict[str, str], batch_size: int,
                 n_process: int) -> None:
        self._pool = ProcessPoolExecutor(n_process, mp_context=get_context("spawn"), initializer=_init_worker,
                                         initargs=(model, label_map, batch_size))
        self._groups = groups
        self._window = 2 * n_process
        self._pending: deque[Future] = deque()
        self._ready: deque[ChunkResult | ChunkError] = deque()
        self._submit()  # the workers start and load the model now

    def _submit(self) -> None:
        for group in self._groups:
            self._pending.append(self._pool.submit(_work, group))
            if len(self._pending) >= self._window:
                break

    def __iter__(self) -> PoolResults:
        return self

    def __next__(self) -> ChunkResult | ChunkError:
        while not self._ready:
            if not self._pending:
                self.close()
                raise StopIteration
            try:
                self._ready.extend(self._pending.popleft().result())
            except BaseException:
                self.close()
                raise
            self._submit()
        return self._ready.popleft()

    def close(self) -> None:
        self._pending.clear()
        self._pool.shutdown(cancel_futures=True)
