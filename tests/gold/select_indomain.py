"""The in-domain batch of the gold set: a fixed rule, written down before any of its documents was read.

Pool (all of ../shared/data):
  - press releases: regeringen-pressmeddelanden/YYYY/MM/*.md, years 2015-2026;
  - the government texts analysts read, from regeringen-raw: regeringsuppdrag, rapporter, artiklar, remisser,
    uttalanden, informationsmaterial, faktapromemoria, debattartiklar, tal, and of rattsliga-dokument the
    kommittédirektiv (committee terms of reference);
  - 400-2,500 characters of text (exhaustive annotation of a document must stay feasible; the typical press release,
    assignment and article falls inside), not already in the gold set.
Stratified by source and year, drawn at random (random.Random(SEED)):
  - 200 press releases: per year 2015-2026 a quota proportional to the square root of the year's pool size
    (the years hold 40 to 2,600 files; every year gets at least 6, none more than its pool);
  - 200 government texts: per document type a quota by the same square-root rule, and within a type the draw is
    spread over its years by visiting the years round-robin in random order.
Then, before any annotation, 64 of the 400 are drawn at random into the TEST split (random.Random(SEED + 1)), and
the first 40 of those 64 form the AGREEMENT sample, annotated a second time by another annotator, independently.
The other 336 are TRAIN (about 85 %) and DEV (every 7th in the draw order goes to dev).
Annotators: the 400 documents are dealt round-robin, in the order of the draw, to annotators 1-5; the second
annotation of an agreement document goes to the next annotator (5 -> 1).

Run: python tests/gold/select_indomain.py   (writes tests/gold/indomain/selection.json; deterministic)
"""
from __future__ import annotations

import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lib import SHARED  # noqa: E402

SEED = 20261206
N_PRESS, N_RAW, N_TEST, N_AGREEMENT, N_ANNOTATORS = 200, 200, 64, 40, 5
MIN_CHARS, MAX_CHARS = 400, 2500
YEARS = range(2015, 2027)
RAW_TYPES = ["regeringsuppdrag", "rapporter", "artiklar", "remisser", "uttalanden", "informationsmaterial",
             "faktapromemoria", "debattartiklar", "tal", "rattsliga-dokument/kommittedirektiv"]
OUT = Path(__file__).resolve().parent / "indomain" / "selection.json"


def gold_sources() -> set[str]:
    path = Path(__file__).resolve().parent / "gold.jsonl"
    return {json.loads(line)["source"] for line in path.read_text(encoding="utf-8").splitlines() if line}


def press_pool(taken: set[str]) -> dict[int, list[str]]:
    root = SHARED / "regeringen-pressmeddelanden"
    pool: dict[int, list[str]] = {y: [] for y in YEARS}
    for path in sorted(root.glob("*/*/*.md")):
        rel = path.relative_to(root).as_posix()
        year = int(rel[:4])
        src = "shared:regeringen-pressmeddelanden/" + rel
        if year in pool and src not in taken and MIN_CHARS <= len(path.read_text(encoding="utf-8")) <= MAX_CHARS:
            pool[year].append(src)
    return pool


def raw_pool(taken: set[str]) -> dict[str, dict[str, list[str]]]:
    """type -> year -> sources."""
    pool: dict[str, dict[str, list[str]]] = {t: {} for t in RAW_TYPES}
    for jsonl in sorted((SHARED / "regeringen-raw").glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            path, text = rec["path"], rec["text"]
            kind = next((t for t in RAW_TYPES if path.startswith(t + "/")), None)
            src = "shared:regeringen-raw/" + path
            if kind is None or src in taken or not MIN_CHARS <= len(text) <= MAX_CHARS:
                continue
            year = path[len(kind) + 1:].split("/")[0]
            pool[kind].setdefault(year, []).append(src)
    return pool


def sqrt_quotas(sizes: dict, n_total: int) -> dict:
    """Quotas proportional to the square root of each stratum's size, at least 6, at most the stratum."""
    weights = {t: math.sqrt(n) for t, n in sizes.items() if n}
    total = sum(weights.values())
    quotas = {t: min(sizes[t], max(6, round(n_total * w / total))) for t, w in weights.items()}
    # settle rounding on the largest types
    order = sorted(quotas, key=lambda t: (-sizes[t], str(t)))
    i = 0
    while sum(quotas.values()) != n_total:
        t = order[i % len(order)]
        step = 1 if sum(quotas.values()) < n_total else -1
        if 6 <= quotas[t] + step <= sizes[t]:
            quotas[t] += step
        i += 1
    return quotas


def draw_spread(rng: random.Random, by_year: dict, n: int) -> list[str]:
    years = sorted(by_year)
    bags = {y: rng.sample(by_year[y], len(by_year[y])) for y in years}
    out: list[str] = []
    while len(out) < n:
        rng.shuffle(years)
        for y in years:
            if bags[y] and len(out) < n:
                out.append(bags[y].pop())
        years = [y for y in years if bags[y]]
    return out


def select() -> dict:
    rng = random.Random(SEED)
    taken = gold_sources()
    press = press_pool(taken)
    per_year = sqrt_quotas({y: len(v) for y, v in press.items()}, N_PRESS)
    chosen = [s for y in YEARS for s in rng.sample(press[y], per_year[y])]
    raw = raw_pool(taken)
    for kind, n in sorted(sqrt_quotas({t: sum(len(v) for v in ys.values()) for t, ys in raw.items()}, N_RAW).items()):
        chosen += draw_spread(rng, raw[kind], n)
    rng.shuffle(chosen)  # the draw order: annotators and dev are dealt from it
    test = random.Random(SEED + 1).sample(chosen, N_TEST)
    agreement = test[:N_AGREEMENT]
    docs = []
    rest = 0
    for i, src in enumerate(chosen):
        if src in test:
            split = "test"
        else:
            split = "dev" if rest % 7 == 6 else "train"
            rest += 1
        a = i % N_ANNOTATORS + 1
        docs.append({"source": src, "split": split, "annotator": a,
                     "second_annotator": (a % N_ANNOTATORS) + 1 if src in agreement else None})
    return {"seed": SEED, "rule": __doc__, "documents": docs}


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    sel = select()
    OUT.write_text(json.dumps(sel, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    from collections import Counter
    print(Counter(d["split"] for d in sel["documents"]), Counter(d["source"].split("/")[1] for d in sel["documents"]))


if __name__ == "__main__":
    main()
