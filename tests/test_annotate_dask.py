"""The annotate stage on Dask: the same tables, byte for byte, as the local executor; dying workers are survived."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="Dask is an optional extra: pip install '.[dask]'")

import dask  # noqa: E402
from distributed import Client, LocalCluster, WorkerPlugin  # noqa: E402

from pipeline.annotate import stage as annotate  # noqa: E402
from pipeline.annotate.chunks import Chunk  # noqa: E402
from pipeline.annotate.dask_executor import run_dask  # noqa: E402
from pipeline.annotate.executor import ChunkError, run_local  # noqa: E402
from pipeline.annotate.rows import ChunkResult  # noqa: E402
from pipeline.nlp.loading import ModelError  # noqa: E402
from tests.test_annotate import MODEL, _documents  # noqa: E402

TABLES = ("mentions", "sentences", "tokens", "roles")
CRASH_ONCE = "KRASCHA-EN-GÅNG"
POISON = "KRASCHA-ALLTID"


def _texts() -> dict[str, str]:
    regions = ("Skåne", "Uppsala", "Gävleborg", "Jämtland", "Norrbotten", "Kalmar", "Dalarna")
    texts = {f"d{i}": f"Arbetsförmedlingen och Region {r} samarbetar om kompetensförsörjning sedan den 3 maj 2019."
                      f"\n\nKontakt: Anna Svensson, enhetschef på Region {r}." for i, r in enumerate(regions)}
    texts["long"] = "\n\n".join(f"Avsnitt {i}. Tillväxtverket och Region Skåne har i uppdrag att stärka "
                                f"kompetensförsörjningen i länet." for i in range(40))
    return texts


def _run_stage(tmp_path: Path, monkeypatch, executor: str) -> dict[str, bytes]:
    root = tmp_path / executor
    root.mkdir()
    monkeypatch.chdir(root)
    texts = _texts()
    _documents(root, texts, pages={"long": [0, len(texts["long"]) // 2]})
    # n_process=2: two worker processes for Dask's LocalCluster; batch_size=2 so there are several partitions.
    params = annotate.AnnotateParams(model=str(MODEL), n_process=1 if executor == "local" else 2, batch_size=2,
                                     chunk_chars=1000, executor=executor)
    counts = annotate.run(params)
    assert (counts["annotated"], counts["failed"]) == (len(texts), 0)
    return {name: (root / f"outputs/{name}.parquet").read_bytes() for name in TABLES}


def test_dask_local_cluster_writes_the_same_bytes_as_local(tmp_path, monkeypatch) -> None:
    local = _run_stage(tmp_path, monkeypatch, "local")
    on_dask = _run_stage(tmp_path, monkeypatch, "dask")
    assert all(len(data) > 0 for data in local.values())
    assert {name: data == local[name] for name, data in on_dask.items()} == dict.fromkeys(TABLES, True)


class CrashWorkers(WorkerPlugin):
    """Test-only: in every worker (restarted ones too), kill the worker process on a marked chunk: always for
    POISON, only the first time anywhere for CRASH_ONCE (a flag file shared by the workers says it happened)."""

    def __init__(self, flag_dir: str) -> None:
        self.flag_dir = flag_dir

    def setup(self, worker) -> None:
        import pipeline.annotate.dask_executor as dx
        from pipeline.annotate.executor import annotate_chunks

        flag_dir = Path(self.flag_dir)

        def crashing(nlp, chunks, *args, **kwargs):
            for chunk in chunks:
                if POISON in chunk.text:
                    os._exit(13)
                if CRASH_ONCE in chunk.text:
                    try:
                        (flag_dir / chunk.doc_id).open("x").close()
                    except FileExistsError:
                        continue
                    os._exit(13)
            return annotate_chunks(nlp, chunks, *args, **kwargs)

        dx.annotate_chunks = crashing


@pytest.fixture(scope="module")
def crashing_cluster(tmp_path_factory):
    flags = tmp_path_factory.mktemp("flags")
    # As the LocalCluster run_dask makes: a task is tried on two workers before it counts as failed, and tasks fail
    # rather than wait forever if no worker comes back.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1,
                          "distributed.scheduler.no-workers-timeout": "60s"}):
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, Client(cluster) as client:
        client.register_plugin(CrashWorkers(str(flags)))
        yield cluster.scheduler_address


def _chunks() -> list[Chunk]:
    texts = _texts()
    texts["d2"] += f"\n{CRASH_ONCE}"
    texts["d5"] += f"\n{POISON}"
    return [Chunk(doc_id, 0, 0, text, "2022-03-01", "day") for doc_id, text in texts.items()]


def test_killed_workers_are_survived_and_a_poison_chunk_is_reported(crashing_cluster) -> None:
    chunks = _chunks()
    got = list(run_dask(str(MODEL), chunks, {}, 2, scheduler=crashing_cluster))
    assert [(r.doc_id, type(r).__name__) for r in got] == [
        (c.doc_id, "ChunkError" if c.doc_id == "d5" else "ChunkResult") for c in chunks]
    poisoned = got[5]
    assert isinstance(poisoned, ChunkError) and "died" in poisoned.error
    # d2 killed its first worker and was annotated on the retry; every document but d5 has its normal rows.
    expected = list(run_local(str(MODEL), chunks[:5] + chunks[6:], {}, 2, 1))
    kept = [r for r in got if isinstance(r, ChunkResult)]
    for a, b in zip(expected, kept, strict=True):
        assert a.doc_id == b.doc_id and all(a.tables[name].equals(b.tables[name]) for name in TABLES)


def test_a_model_the_workers_cannot_load_stops_the_run(crashing_cluster, tmp_path) -> None:
    model = tmp_path / "sv_pipeline"
    model.mkdir()
    (model / "meta.json").write_text("{}")  # a folder the client can fingerprint, but no spaCy pipeline
    with pytest.raises(ModelError, match="annotate on Dask"):
        list(run_dask(str(model), _chunks()[:2], {}, 2, scheduler=crashing_cluster))


def test_a_worker_with_other_code_or_model_files_refuses_to_annotate(tmp_path) -> None:
    from pipeline.annotate.dask_executor import ModelSpec, WorkerModelError, _worker_nlp, code_fingerprint
    from pipeline.nlp.loading import model_fingerprint

    right = ModelSpec(str(MODEL), model_fingerprint(str(MODEL)), code_fingerprint(), {}, 2)
    with pytest.raises(WorkerModelError, match="pipeline package on this worker differs"):
        _worker_nlp(ModelSpec(right.model, right.fingerprint, "0" * 16, {}, 2))
    with pytest.raises(WorkerModelError, match="has fingerprint"):
        _worker_nlp(ModelSpec(right.model, "0" * 16, right.code, {}, 2))
