"""Corpus-scale benchmark: `dvc repro` cold, no-op, add one document, edit one, and a 1.5 MB report.

    python benchmarks/bench_scale.py --sizes 1000 8319 [--baseline-docs 1000] [--keep] [--no-extras]
    python benchmarks/bench_scale.py --sizes 8319 42524 --no-extras     # the national corpus

For each size, a copy of the repository gets the seeds plus the first N press releases of
../shared/data/regeringen-pressmeddelanden (sorted by path) in corpus/; past the 8,319 press releases, the texts of
../shared/data/regeringen-raw follow (its JSON-lines files in name order, each text written to corpus/raw/<path>),
34,200 more: 42,524 is every government text with the seeds. `dvc repro` runs under a sampler that
attributes wall time, CPU time and resident memory to each stage's process tree (a stage with worker processes
counts them all). Then: a no-op `dvc repro`, one new press release added, one existing document edited, and (on the
smallest size) a 1.5 MB document built from press releases. Afterwards, in the same run, `nlp.pipe` of
models/sv_pipeline and models/sv_base and `spacy.blank("sv")` over the same texts give the baselines the annotate
stage is compared with (`--no-extras` leaves out the long document and the baselines). Each run records the load
average before and after it (the machine may be shared), and each size the report's size and the cold run's
seconds per document against the first size's. Prints a table and writes benchmarks/results/scale.json. A report,
not a test.
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
import threading
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
PRESS = REPO.parent / "shared" / "data" / "regeringen-pressmeddelanden"
RAW = REPO.parent / "shared" / "data" / "regeringen-raw"
STAGES = ("ingest", "assemble", "annotate", "entities", "themes", "report")
RESULTS = REPO / "benchmarks" / "results" / "scale.json"


class StageSampler:
    """Samples the process tree under `root` every `interval` s; attributes each process to the pipeline stage
    whose `python -m pipeline.<stage>` process it is or descends from."""

    def __init__(self, root: psutil.Process, interval: float = 0.1) -> None:
        self.root, self.interval = root, interval
        self.stats: dict[str, dict] = {}
        self.cpu: dict[int, tuple[str, float]] = {}
        self.peak_tree_rss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    @staticmethod
    def _stage_of(proc: psutil.Process) -> str | None:
        for p in [proc, *proc.parents()]:
            try:
                cmd = " ".join(p.cmdline())
            except psutil.Error:
                continue
            for stage in STAGES:
                if f"pipeline.{stage}" in cmd or f"pipeline.model.{stage}" in cmd:
                    return stage
        return None

    def _loop(self) -> None:
        while not self._stop.is_set():
            now = time.perf_counter()
            rss_by_stage: dict[str, int] = {}
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                procs = []
            tree = 0
            for proc in procs:
                try:
                    mem = proc.memory_info().rss
                    times = proc.cpu_times()
                except psutil.Error:
                    continue
                tree += mem
                stage = self._stage_of(proc)
                if stage is None:
                    continue
                rss_by_stage[stage] = rss_by_stage.get(stage, 0) + mem
                self.cpu[proc.pid] = (stage, times.user + times.system)
                st = self.stats.setdefault(stage, {"first": now, "last": now, "peak_rss": 0, "peak_proc_rss": 0})
                st["last"] = now
                st["peak_proc_rss"] = max(st["peak_proc_rss"], mem)
            for stage, rss in rss_by_stage.items():
                self.stats[stage]["peak_rss"] = max(self.stats[stage]["peak_rss"], rss)
            self.peak_tree_rss = max(self.peak_tree_rss, tree)
            time.sleep(self.interval)

    def __enter__(self) -> StageSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def report(self) -> dict[str, dict]:
        out = {}
        for stage, st in self.stats.items():
            cpu = sum(c for s, c in self.cpu.values() if s == stage)
            wall = st["last"] - st["first"] + self.interval
            out[stage] = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "cpu_per_wall": round(cpu / wall, 2),
                          "peak_rss_mb": round(st["peak_rss"] / 2**20), "peak_process_rss_mb":
                          round(st["peak_proc_rss"] / 2**20)}
        return out


def copy_repo(dest: Path) -> None:
    files = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for rel in filter(None, files.decode().split("\0")):
        src = REPO / rel
        if src.is_file():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)
    subprocess.run(["git", "add", "-A"], cwd=dest, check=True)
    subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@b", "commit", "-qm", "bench"], cwd=dest,
                   check=True)


def press_files() -> list[Path]:
    return sorted(p for p in PRESS.rglob("*.md") if p.parent != PRESS)  # SOURCE.md describes the data set


def write_raw(dest: Path, n: int) -> int:
    """The first n texts of regeringen-raw as corpus/raw/<path>; returns how many there were."""
    written = 0
    for source in sorted(RAW.glob("*.jsonl")):
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                if written >= n:
                    return written
                record = json.loads(line)
                target = dest / record["path"]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(record["text"], encoding="utf-8")
                written += 1
    return written


def user_env() -> dict[str, str]:
    """The environment of a user's shell: Python writes byte code (a sandbox may set PYTHONDONTWRITEBYTECODE,
    which makes every stage recompile the project's modules and is not what users run)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed_repro(cwd: Path) -> dict:
    load_before = os.getloadavg()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "dvc", "repro"], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=user_env())
    with StageSampler(psutil.Process(proc.pid)) as sampler:
        output, _ = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"dvc repro failed in {cwd}:\n{output[-3000:]}")
    stages = sampler.report()
    return {"wall_s": round(wall, 2), "peak_tree_rss_mb": round(sampler.peak_tree_rss / 2**20),
            "peak_process_rss_mb": max((s["peak_process_rss_mb"] for s in stages.values()), default=0),
            "loadavg_before": [round(x, 2) for x in load_before],
            "loadavg_after": [round(x, 2) for x in os.getloadavg()],
            "warnings": [line for line in output.splitlines() if "WARNING" in line][:5], "stages": stages}


def corpus_words(cwd: Path) -> tuple[list[str], int, int]:
    import pyarrow.parquet as pq

    docs = pq.read_table(cwd / "outputs/documents.parquet", columns=["status", "text"]).to_pylist()
    texts = [d["text"] for d in docs if d["status"] == "ok" and d["text"]]
    return texts, sum(len(t.split()) for t in texts), sum(len(t) for t in texts)


def long_document(target_chars: int = 1_500_000) -> str:
    parts, size = [], 0
    for path in press_files():
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        size += len(text) + 2
        if size >= target_chars:
            break
    return "Regional analys av kompetensförsörjning\n\n" + "\n\n".join(parts)


def baselines(texts: list[str], n_docs: int) -> dict:
    import spacy

    sample = texts[:n_docs]
    words = sum(len(t.split()) for t in sample)
    out = {"docs": len(sample), "words": words}
    for name, load in (("blank", lambda: spacy.blank("sv")), ("sv_base", lambda: spacy.load(REPO / "models/sv_base")),
                       ("sv_pipeline", lambda: spacy.load(REPO / "models/sv_pipeline"))):
        nlp = load()
        nlp.max_length = 10**8
        start = time.perf_counter()
        for _ in nlp.pipe(sample, batch_size=16):
            pass
        seconds = time.perf_counter() - start
        out[name] = {"seconds": round(seconds, 2), "words_per_s": round(words / seconds)}
    return out


def bench_size(n: int, keep: bool, with_long: bool) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench_scale_{n}_"))
    copy_repo(tmp)
    press = press_files()
    dest = tmp / "corpus" / "press"
    for path in press[:n]:
        target = dest / path.relative_to(PRESS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    n_raw = write_raw(tmp / "corpus" / "raw", n - len(press)) if n > len(press) else 0
    seeds = sum(1 for p in (tmp / "corpus").iterdir() if p.is_file())
    result: dict = {"documents": min(n, len(press)) + n_raw + seeds, "press_releases": min(n, len(press)),
                    "raw_texts": n_raw}
    print(f"[{n}] cold dvc repro ...", flush=True)
    result["cold"] = timed_repro(tmp)
    texts, words, chars = corpus_words(tmp)
    result.update(ok_documents=len(texts), words=words, chars=chars)
    ann = result["cold"]["stages"].get("annotate", {})
    if ann:
        result["annotate_words_per_s"] = round(words / ann["wall_s"])
        result["annotate_words_per_cpu_s"] = round(words / max(ann["cpu_s"], 1e-9))
    print(f"[{n}] no-op ...", flush=True)
    result["noop"] = timed_repro(tmp)
    extra = press[n] if n < len(press) else press[0]
    new = dest / "added" / extra.name
    new.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(extra, new)
    if n >= len(press):  # every press release is in: add a slightly changed copy so it is no duplicate
        new.write_text(new.read_text(encoding="utf-8") + "\nTillagd för mätningen.\n", encoding="utf-8")
    print(f"[{n}] add one ...", flush=True)
    result["add_one"] = timed_repro(tmp)
    edited = dest / press[0].relative_to(PRESS)
    edited.write_text(edited.read_text(encoding="utf-8") + "\nRegionen svarar för kompetensförsörjningen.\n",
                      encoding="utf-8")
    print(f"[{n}] edit one ...", flush=True)
    result["edit_one"] = timed_repro(tmp)
    result["add_one_share_of_cold"] = round(result["add_one"]["wall_s"] / result["cold"]["wall_s"], 3)
    result["cold_ms_per_document"] = round(1000 * result["cold"]["wall_s"] / result["documents"], 2)
    report = tmp / "outputs" / "report.html"
    result["report_bytes"] = report.stat().st_size if report.exists() else None
    if with_long:
        text = long_document()
        (tmp / "corpus" / "lang_rapport.txt").write_text(text, encoding="utf-8")
        print(f"[{n}] add a {len(text):,}-character document ...", flush=True)
        run = timed_repro(tmp)
        long_s = run["stages"]["annotate"]["wall_s"]
        avg_per_char = ann["wall_s"] / chars
        result["long_document"] = {"chars": len(text), "run": run, "annotate_s_per_mchar": round(long_s / len(text)
                                   * 1e6, 1), "corpus_annotate_s_per_mchar": round(avg_per_char * 1e6, 1),
                                   "ratio_to_corpus_average": round(long_s / len(text) / avg_per_char, 2)}
    if keep:
        result["dir"] = str(tmp)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    result["_texts"] = texts
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 8319])
    ap.add_argument("--baseline-docs", type=int, default=1000)
    ap.add_argument("--keep", action="store_true", help="keep the temporary repositories")
    ap.add_argument("--no-extras", action="store_true", help="no 1.5 MB document, no nlp.pipe baselines")
    args = ap.parse_args()
    if not PRESS.is_dir():
        raise SystemExit(f"{PRESS} not found: this benchmark needs ../shared/data")
    report = {"machine": {"cpus": psutil.cpu_count(), "python": platform.python_version(),
                          "memory_gb": round(psutil.virtual_memory().total / 2**30)}, "sizes": {}}
    texts: list[str] = []
    for i, n in enumerate(args.sizes):
        result = bench_size(n, args.keep, with_long=i == 0 and not args.no_extras)
        texts = result.pop("_texts")
        report["sizes"][n] = result
        first_ms = report["sizes"][args.sizes[0]]["cold_ms_per_document"]
        result["cold_per_document_ratio_to_first"] = round(result["cold_ms_per_document"] / first_ms, 3)
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(report, indent=1), encoding="utf-8")  # what is done so far survives a stop
        if i == 0 and not args.no_extras:
            print("baselines (nlp.pipe, one process, same texts) ...", flush=True)
            report["baselines"] = baselines(texts, args.baseline_docs)
            first = result
            ann = first["cold"]["stages"]["annotate"]
            base_words = report["baselines"]["words"]
            pipe_s = report["baselines"]["sv_pipeline"]["seconds"] * first["words"] / base_words
            report["annotate_vs_nlp_pipe"] = {"annotate_wall_s": ann["wall_s"], "annotate_cpu_s": ann["cpu_s"],
                                              "nlp_pipe_sv_pipeline_s_same_words": round(pipe_s, 1),
                                              "wall_ratio": round(ann["wall_s"] / pipe_s, 2),
                                              "cpu_ratio": round(ann["cpu_s"] / pipe_s, 2)}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
