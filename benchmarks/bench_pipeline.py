"""Whole-pipeline benchmark: `dvc repro` stages over N press releases, then the cost of adding one document.

    python benchmarks/bench_pipeline.py --n 100 [--n 1000]

Copies the repository's code and models to a temp dir, fills corpus/ with the first N press releases of
../shared/data/regeringen-pressmeddelanden (sorted by path), runs each stage's module in a subprocess and reports
wall time, words/second and peak memory per stage; then adds one more document and re-runs everything (the
incremental path). Prints a table and writes JSON to benchmarks/results/. A report, not a test.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PRESS = REPO.parent / "shared" / "data" / "regeringen-pressmeddelanden"
STAGES = ["ingest", "annotate", "entities", "themes"]
COPY = ["pipeline", "models", "params.yaml", "pyproject.toml"]


def run_stage(cwd: Path, stage: str) -> tuple[float, float]:
    """(seconds, peak RSS in MiB of the stage process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", f"pipeline.{stage}"], cwd=cwd, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def words_in(cwd: Path) -> int:
    import pandas as pd

    docs = pd.read_parquet(cwd / "outputs" / "documents.parquet", columns=["status", "text"])
    return int(docs.loc[docs["status"] == "ok", "text"].str.split().str.len().sum())


def bench(n: int) -> dict:
    files = sorted(PRESS.rglob("*.md"))
    if len(files) <= n:
        raise SystemExit(f"{PRESS}: only {len(files)} press releases, need {n + 1}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in COPY:
            src = REPO / name
            (shutil.copytree if src.is_dir() else shutil.copy2)(src, work / name)
        shutil.rmtree(work / "models" / "topics", ignore_errors=True)
        corpus = work / "corpus"
        corpus.mkdir()
        for path in files[:n]:
            shutil.copy2(path, corpus / f"{path.parent.parent.name}-{path.parent.name}-{path.name}")
        full = {stage: run_stage(work, stage) for stage in STAGES}
        words = words_in(work)
        extra = files[n]
        shutil.copy2(extra, corpus / f"{extra.parent.parent.name}-{extra.parent.name}-{extra.name}")
        incremental = {stage: run_stage(work, stage) for stage in STAGES}
    total = sum(s for s, _ in full.values())
    return {
        "documents": n,
        "words": words,
        "full_seconds": {k: round(v[0], 2) for k, v in full.items()},
        "full_total_seconds": round(total, 2),
        "words_per_second_end_to_end": round(words / total),
        "words_per_second_annotate": round(words / full["annotate"][0]),
        "peak_rss_mib": {k: round(v[1]) for k, v in full.items()},
        "add_one_document_seconds": {k: round(v[0], 2) for k, v in incremental.items()},
        "add_one_document_total_seconds": round(sum(s for s, _ in incremental.values()), 2),
        "add_one_vs_full_ratio": round(sum(s for s, _ in incremental.values()) / total, 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, action="append", help="corpus sizes (repeatable); default 100")
    args = parser.parse_args()
    if not PRESS.is_dir():
        print(f"{PRESS} not found: the benchmark needs ../shared/data", file=sys.stderr)
        return 2
    results = [bench(n) for n in (args.n or [100])]
    for r in results:
        print(
            f"{r['documents']:>6} docs {r['words']:>9} words  full {r['full_total_seconds']:>8.1f}s "
            f"({r['words_per_second_end_to_end']} w/s end to end, annotate {r['words_per_second_annotate']} w/s)  "
            f"add one: {r['add_one_document_total_seconds']:.1f}s ({r['add_one_vs_full_ratio']:.1%} of full)  "
            f"peak RSS {max(r['peak_rss_mib'].values())} MiB"
        )
    out = REPO / "benchmarks" / "results" / "pipeline.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(
        json.dumps({"machine": platform.machine(), "cpus": __import__("os").cpu_count(), "results": results}, indent=2)
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
