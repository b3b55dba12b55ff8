"""Speed of the Swedish pipeline on government press releases (a report, not a test).

    python benchmarks/bench_speed.py [N] [--model models/sv_base models/sv_pipeline] [--batch-size 64]

Runs each model over the first N press releases of ../shared/data/regeringen-pressmeddelanden (sorted by
path), in one process and with n_process=2, and compares with spacy.blank("sv") tokenisation of the same
texts. Words = non-space tokens. Prints a table and writes benchmarks/results/speed_<N>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from pipeline.model.vectors import markdown_paragraphs  # noqa: E402  (after the path fix, for a plain script)

DATA = Path("../shared/data/regeringen-pressmeddelanden")
RESULTS = Path("benchmarks/results")


def load_texts(n: int, data: Path = DATA) -> list[str]:
    if not data.is_dir():
        raise SystemExit(f"bench_speed: {data} not found (the press releases live in ../shared/data)")
    paths = sorted(data.rglob("*.md"))[:n]
    return ["\n\n".join(markdown_paragraphs(p.read_text(encoding="utf-8"))) for p in paths]


def count_words(docs) -> int:
    return sum(1 for doc in docs for t in doc if not t.is_space)


def timed(fn) -> tuple[float, int]:
    start = time.perf_counter()
    words = fn()
    return time.perf_counter() - start, words


def bench_model(model: str, texts: list[str], batch_size: int) -> dict[str, float | str]:
    nlp = spacy.load(model)
    list(nlp.pipe(texts[:2]))  # warm-up: lazy loading, first-call allocations
    t1, words = timed(lambda: count_words(nlp.pipe(texts, batch_size=batch_size)))
    row: dict[str, float | str] = {"words": words, "seconds_1proc": t1, "wps_1proc": words / t1,
                                   "pipes": ",".join(nlp.pipe_names)}
    try:
        t2, _ = timed(lambda: count_words(nlp.pipe(texts, batch_size=batch_size, n_process=2)))
        row |= {"seconds_2proc": t2, "wps_2proc": words / t2}
    except Exception as err:  # noqa: BLE001  a component whose Doc data cannot cross processes
        row["error_2proc"] = f"{type(err).__name__}: {str(err).strip().splitlines()[-1]}"
    return row


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?", default=300, help="number of press releases")
    ap.add_argument("--model", nargs="+", default=["models/sv_base", "models/sv_pipeline"])
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    texts = load_texts(args.n)
    blank = spacy.blank("sv")
    tb, words = timed(lambda: count_words(blank.tokenizer.pipe(texts)))
    blank_wps = words / tb
    rows = {m: bench_model(m, texts, args.batch_size) for m in args.model if Path(m).exists() or "/" not in m}
    print(f"{args.n} press releases, {words} words, {os.cpu_count()} CPUs ({platform.processor() or 'cpu'})")
    print(f"{'pipeline':<24}{'words/s 1 proc':>16}{'words/s 2 proc':>16}{'blank/1proc':>13}")
    print(f"{'spacy.blank(sv)':<24}{blank_wps:>16,.0f}{'':>16}{1.0:>13.1f}")
    for m, r in rows.items():
        two = f"{r['wps_2proc']:>16,.0f}" if "wps_2proc" in r else f"{'error':>16}"
        print(f"{m:<24}{r['wps_1proc']:>16,.0f}{two}{blank_wps / r['wps_1proc']:>13.1f}")
        if "error_2proc" in r:
            print(f"  n_process=2 failed: {r['error_2proc']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"speed_{args.n}.json"
    out.write_text(json.dumps({
        "n_documents": args.n, "words": words, "cpus": os.cpu_count(), "python": platform.python_version(),
        "spacy": spacy.__version__, "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "blank_wps": round(blank_wps),
        "models": {m: {k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()}
                   | {"slowdown_vs_blank": round(blank_wps / r["wps_1proc"], 1)} for m, r in rows.items()},
    }, indent=2) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
