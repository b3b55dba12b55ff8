"""The annotate stage on the local process pool and on a Dask LocalCluster, side by side, on press releases.

    python benchmarks/bench_dask.py --sizes 1000 [8319] [--workers 2]

For each size, a temporary directory gets the first N press releases of ../shared/data/regeringen-pressmeddelanden
(sorted by path) in corpus/, `python -m pipeline.ingest` writes outputs/documents.parquet, and then
`python -m pipeline.annotate` runs twice from an empty store: `executor: local` with `n_process: auto` (every core)
and `executor: dask` with a LocalCluster of `--workers` processes. Each run's wall time is that of the whole stage
command (start-up, model loads, cluster start, annotation, writing the tables), so the ratio is what a user sees.
The two runs' tables must be byte-identical (the benchmark stops if not). The machine's load average is recorded
before and after each run, since other work on the machine changes the timings. Prints a table and writes
benchmarks/results/dask.json (appending to the samples of earlier runs). A report, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
import yaml

REPO = Path(__file__).resolve().parents[1]
PRESS = REPO.parent / "shared" / "data" / "regeringen-pressmeddelanden"
if not PRESS.exists():
    PRESS = Path("/work/shared/data/regeringen-pressmeddelanden")
RESULTS = REPO / "benchmarks" / "results" / "dask.json"
TABLES = ("mentions", "sentences", "tokens", "roles")


def stage(cwd: Path, module: str) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", module], cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{module} failed in {cwd}:\n{proc.stderr[-3000:]}")
    return seconds


def set_params(cwd: Path, section: str, **values: object) -> None:
    path = cwd / "params.yaml"
    params = yaml.safe_load(path.read_text(encoding="utf-8"))
    params[section].update(values)
    path.write_text(yaml.safe_dump(params, sort_keys=False, allow_unicode=True), encoding="utf-8")


def prepare(n: int) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench_dask_{n}_"))
    shutil.copy2(REPO / "params.yaml", tmp / "params.yaml")
    (tmp / "models").mkdir()
    (tmp / "models" / "sv_pipeline").symlink_to(REPO / "models" / "sv_pipeline")
    shutil.copytree(REPO / "pipeline", tmp / "pipeline")  # a snapshot: the code must not change during the runs
    for path in sorted(PRESS.rglob("*.md"))[:n]:
        target = tmp / "corpus" / path.relative_to(PRESS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    set_params(tmp, "ingest", corpus_dir="corpus", metadata_csv=None)
    return tmp


def run_annotate(cwd: Path, executor: str, workers: int, words: int) -> dict:
    n_process = "auto" if executor == "local" else workers
    set_params(cwd, "annotate", executor=executor, n_process=n_process, cache_dir=f"cache/{executor}")
    load_before = os.getloadavg()
    seconds = stage(cwd, "pipeline.annotate")
    out = cwd / f"outputs_{executor}"
    out.mkdir()
    for name in TABLES:
        shutil.copy2(cwd / f"outputs/{name}.parquet", out / f"{name}.parquet")
    return {"executor": executor, "n_process": n_process, "seconds": round(seconds, 2),
            "words_per_s": round(words / seconds), "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()]}


def bench_size(n: int, workers: int, keep: bool) -> dict:
    tmp = prepare(n)
    try:
        print(f"[{n}] ingest ...", flush=True)
        stage(tmp, "pipeline.ingest")
        docs = pq.read_table(tmp / "outputs/documents.parquet", columns=["status", "text"]).to_pylist()
        texts = [d["text"] for d in docs if d["status"] == "ok" and d["text"]]
        words, chars = sum(len(t.split()) for t in texts), sum(len(t) for t in texts)
        runs = []
        for executor in ("local", "dask"):
            print(f"[{n}] annotate, executor {executor} ...", flush=True)
            runs.append(run_annotate(tmp, executor, workers, words))
        same = all((tmp / f"outputs_local/{name}.parquet").read_bytes() == (tmp / f"outputs_dask/{name}.parquet")
                   .read_bytes() for name in TABLES)
        if not same:
            raise SystemExit(f"[{n}] local and Dask tables differ (kept in {tmp})")
        local, dask = runs
        return {"documents": len(texts), "words": words, "chars": chars, "runs": runs, "byte_identical": same,
                "dask_over_local_time": round(dask["seconds"] / local["seconds"], 2)}
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--workers", type=int, default=2, help="Dask LocalCluster worker processes")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directories")
    args = ap.parse_args(argv)
    if not PRESS.exists():
        raise SystemExit(f"{PRESS}: not found (the press releases are needed)")
    results = {"machine": {"platform": platform.platform(), "cores": len(os.sched_getaffinity(0)),
                           "python": platform.python_version()}, "sizes": {}}
    if RESULTS.exists():  # earlier runs are kept: one list of samples per size, the machine's load differs
        results["sizes"] = json.loads(RESULTS.read_text(encoding="utf-8")).get("sizes", {})
    for n in args.sizes:
        result = bench_size(n, args.workers, args.keep)
        result["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        results["sizes"].setdefault(str(n), []).append(result)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\n{n} press releases: {result['documents']} documents, {result['words']:,} words")
        print(f"{'executor':10} {'workers':>8} {'seconds':>8} {'words/s':>8}  load avg 1/5/15 min before -> after")
        for run in result["runs"]:
            print(f"{run['executor']:10} {run['n_process']!s:>8} {run['seconds']:>8} {run['words_per_s']:>8}  "
                  f"{run['load_before']} -> {run['load_after']}")
        print(f"Dask / local wall time: {result['dask_over_local_time']}; tables byte-identical: "
              f"{result['byte_identical']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
