"""Build time and size of the report over an outputs folder (a report, not a test).

    python benchmarks/bench_report.py [OUTPUTS] [--repeat 3]

Builds the page from OUTPUTS (default outputs/) into a temporary folder with the params.yaml report settings,
`--repeat` times, and prints the median build time beside a baseline measured in the same run: reading every table
of OUTPUTS into memory with pyarrow (the least any report over these tables must do). Writes
benchmarks/results/report_<n_documents>.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.config import stage_params  # noqa: E402  (after the path fix, for a plain script)
from pipeline.report.build import run  # noqa: E402

RESULTS = Path("benchmarks/results")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outputs", nargs="?", type=Path, default=Path("outputs"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    tables = sorted(args.outputs.glob("*.parquet"))
    if not tables:
        raise SystemExit(f"bench_report: no parquet tables in {args.outputs}")
    base, builds, counts = [], [], {}
    with tempfile.TemporaryDirectory() as tmp:
        section = {**stage_params("report"), "outputs_dir": str(args.outputs),
                   "report_file": f"{tmp}/report.html", "state_file": f"{tmp}/state.json"}
        for _ in range(args.repeat):
            start = time.perf_counter()
            for path in tables:
                pq.read_table(path)
            base.append(time.perf_counter() - start)
            start = time.perf_counter()
            counts = run(section)
            builds.append(time.perf_counter() - start)
    result = {
        "outputs": str(args.outputs),
        "documents": counts["documents"],
        "documents_with_text": counts["documents_with_text"],
        "report_mb": round(counts["bytes"] / 1e6, 2),
        "build_s_median": round(statistics.median(builds), 2),
        "read_all_tables_s_median": round(statistics.median(base), 2),
        "ratio_build_to_read": round(statistics.median(builds) / statistics.median(base), 1),
        "machine": f"{platform.machine()}, {platform.python_version()}",
    }
    print(json.dumps(result, indent=2))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"report_{counts['documents']}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
