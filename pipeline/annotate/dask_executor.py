"""Annotate chunks on a Dask cluster: the same contract as `executor.run_local`, so the same outputs.

The chunks are cut into the same batches as the local path (`executor.batches`); each batch is one Dask task,
run by `annotate_chunks` on a worker that loads the model once (a per-process cache, so a worker that is restarted
loads it again by itself). Results come back in input order, with at most `in_flight` batches submitted and not
yet collected, so the client's memory stays flat whatever the corpus size.

Failures: a task whose worker dies is rescheduled by the Dask scheduler until it has killed more than
`distributed.scheduler.allowed-failures` workers (set to 1 for the LocalCluster made here: two attempts; a remote
scheduler keeps its own setting, Dask's default is 3). A batch that still fails is split and its chunks run one at
a time, alone (a dying worker fails every task it holds), so a chunk that crashes a worker twice by itself is
reported as a `ChunkError` naming its document and the rest of the batch is kept.

The model must load on every worker with the fingerprints the client computed (same model files at the same path,
same `pipeline` code); otherwise the run stops with a `ModelError` instead of writing rows that do not match the
store's keys.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import dask
from distributed import Client, Future, LocalCluster, wait
from distributed.scheduler import KilledWorker, NoValidWorkerError, NoWorkerError
from spacy.language import Language

from pipeline.annotate.chunks import Chunk
from pipeline.annotate.executor import BATCH_CHARS, ChunkError, annotate_chunks, available_cores, batches
from pipeline.annotate.rows import ChunkResult
from pipeline.config import ConfigError
from pipeline.nlp.loading import ModelError, load_pipeline, model_fingerprint

log = logging.getLogger("pipeline.annotate")

Result = ChunkResult | ChunkError
WORKER_WAIT_S = 120  # how long a run waits for a first worker, or for any worker when all have died


@dataclass(frozen=True)
class ModelSpec:
    """What a worker needs to annotate: sent with every task (a few hundred bytes)."""

    model: str
    fingerprint: str  # the client's model_fingerprint; a worker whose copy differs refuses to annotate
    code: str  # the client's code_fingerprint, checked the same way
    label_map: dict[str, str]
    batch_size: int


class WorkerModelError(RuntimeError):
    """Raised on a worker that cannot load the model the client asked for; fatal for the run."""


# Per worker process: the loaded model, and a lock because a worker may run tasks on several threads and one
# spaCy pipeline is not meant to be used by two threads at once.
_MODELS: dict[tuple[str, str], Language] = {}
_LOCK = threading.Lock()


def code_fingerprint() -> str:
    """The code a worker runs besides the model's (which model_fingerprint covers): the code rows depend on."""
    from pipeline.annotate.stage import ROW_CODE, STAGE  # late: the stage module imports this one lazily too

    return STAGE.code_fingerprint(ROW_CODE)


def _worker_nlp(spec: ModelSpec) -> Language:
    key = (spec.model, spec.fingerprint)
    if key not in _MODELS:
        try:
            if code_fingerprint() != spec.code:
                raise WorkerModelError("the pipeline package on this worker differs from the client's: install the "
                                       "same version on every worker")
            found = model_fingerprint(spec.model)
            if found != spec.fingerprint:
                raise WorkerModelError(f"model '{spec.model}' on this worker has fingerprint {found}, the client's "
                                       f"has {spec.fingerprint}: install the same model and package on every worker")
            _MODELS[key] = load_pipeline(spec.model)
        except WorkerModelError:
            raise
        except Exception as err:  # noqa: BLE001 - spaCy raises OSError, ValueError, ... for a broken model
            raise WorkerModelError(f"model '{spec.model}' could not be loaded on a worker: "
                                   f"{type(err).__name__}: {err}") from err
    return _MODELS[key]


def annotate_partition(spec: ModelSpec, chunks: Sequence[Chunk]) -> list[Result]:
    """The task run on a worker: one batch of chunks in, their results (or errors) out, in order."""
    with _LOCK:
        nlp = _worker_nlp(spec)
        try:
            return annotate_chunks(nlp, chunks, spec.label_map, spec.batch_size)
        except Exception as err:  # noqa: BLE001 - a batch of one re-raises its chunk's failure; report it instead
            if len(chunks) != 1:
                raise
            return [ChunkError(chunks[0].doc_id, chunks[0].index, f"{type(err).__name__}: {err}")]


def _submit(client: Client, spec: ModelSpec, chunks: Sequence[Chunk]) -> Future:
    # pure=False: a resubmitted batch is a new task, never the erred one from before. retries=1 covers a task that
    # raises (a worker that could not load the model in time); a dying worker is the scheduler's allowed-failures.
    return client.submit(annotate_partition, spec, list(chunks), pure=False, retries=1)


def _reason(err: BaseException) -> str:
    if isinstance(err, KilledWorker):
        return f"the worker running it died each time it was tried ({err})"
    return f"{type(err).__name__}: {err}"


def _collect(client: Client, spec: ModelSpec, group: list[Chunk], future: Future,
             others: Collection[Future] = ()) -> list[Result]:
    """A batch's results; when the batch fails, its chunks one at a time, so only the culprit is lost.

    A dying worker also fails the other tasks it held, so the chunks are isolated only once `others` (this run's
    other tasks) are finished, and one by one: a chunk then fails only for what it did itself."""
    try:
        return future.result()
    except WorkerModelError as err:
        raise ModelError(f"annotate on Dask: {err}") from err
    except (NoValidWorkerError, NoWorkerError) as err:
        raise ConfigError(f"annotate on Dask: the cluster has had no workers for too long: {err}") from err
    except Exception as err:  # noqa: BLE001 - a dead worker or a failed task costs only its chunks
        if not others and len(group) == 1:
            return [ChunkError(group[0].doc_id, group[0].index, _reason(err))]
        log.warning("annotate: a batch of %d chunks (documents %s .. %s) failed on Dask (%s); running its chunks "
                    "one at a time", len(group), group[0].doc_id, group[-1].doc_id, _reason(err))
    finally:
        future.release()
    wait(list(others))
    out: list[Result] = []
    for chunk in group:
        out.extend(_collect(client, spec, [chunk], _submit(client, spec, [chunk])))
    return out


@contextmanager
def connect(scheduler: str, n_workers: int) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `n_workers` single-threaded processes."""
    if scheduler:
        with Client(scheduler) as client:
            _require_workers(client, scheduler)
            yield client
        return
    # Two attempts per task; tasks fail (instead of waiting forever) when every worker is gone for 2 minutes.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.no-workers-timeout": f"{WORKER_WAIT_S}s"}):
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        _require_workers(client, "LocalCluster")
        yield client


def _require_workers(client: Client, where: str) -> None:
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT_S)
    except TimeoutError as err:
        raise ConfigError(f"annotate.dask_scheduler: no worker joined the scheduler at {where} within "
                          f"{WORKER_WAIT_S} s") from err


def worker_model_path(model: str) -> str:
    """A model folder as an absolute path (workers run elsewhere, in another directory); a package name as is."""
    path = Path(model)
    return str(path.resolve()) if path.is_dir() else model


def run_dask(model: str, chunks: Sequence[Chunk], label_map: dict[str, str], batch_size: int,
             scheduler: str = "", n_workers: int | None = None, in_flight: int | None = None) -> Iterator[Result]:
    """Like `run_local`: every chunk's result or error, in input order. `scheduler` empty means a LocalCluster of
    `n_workers` processes (default: every core); `in_flight` bounds the batches out at once (default: 2 per
    worker thread, so every worker has its next batch waiting)."""
    model = worker_model_path(model)
    spec = ModelSpec(model, model_fingerprint(model), code_fingerprint(), dict(label_map), batch_size)
    groups = batches(chunks, batch_size, max_chars=BATCH_CHARS)
    with connect(scheduler, n_workers or available_cores()) as client:
        log.info("annotate: Dask scheduler %s, %d workers, %d threads", client.scheduler.address,
                 len(client.nthreads()), sum(client.nthreads().values()))
        pending: deque[tuple[list[Chunk], Future]] = deque()
        for group in groups:
            pending.append((group, _submit(client, spec, group)))
            # Asked each time: workers may join or leave a real cluster during the run.
            if len(pending) >= (in_flight or max(2 * sum(client.nthreads().values()), 2)):
                yield from _collect(client, spec, *pending.popleft(), others=[f for _, f in pending])
        while pending:
            yield from _collect(client, spec, *pending.popleft(), others=[f for _, f in pending])
