"""Inter-annotator agreement on the gold set's agreement sample: the ceiling a model can be measured against.

    python -m pipeline.gold_agreement [--gold tests/gold/gold.jsonl]
                                      [--second tests/gold/indomain/agreement.jsonl]
                                      [--model-metrics metrics/gold.json] [--out metrics/agreement.json]

Each document of the sample was annotated twice, from scratch, by two annotators who never saw each other's work
(tests/gold/GUIDELINES.md, "The in-domain batch"); the first annotation is the gold, the second is in `--second`.
Agreement is scored as the model is scored (pipeline.evaluate_gold): per document, multisets of (label, normalised
surface text) for PER, ORG, LOC and DATE; date values on mentions paired in reading order; roles on unique
(person, role, organisation) triples. F is symmetric, so it does not matter which annotator is called gold. Also
reported: exact-span F (same start, end and label), which the offset-free matching cannot see.
With --model-metrics, the model's test F per label is given as a share of the agreement F (the ceiling).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.evaluate_gold import norm, prf

GOLD = Path("tests/gold/gold.jsonl")
SECOND = Path("tests/gold/indomain/agreement.jsonl")
OUT = Path("metrics/agreement.json")
LABELS = ("PER", "ORG", "LOC", "DATE")


def read_jsonl(path: Path) -> dict[str, dict]:
    return {(d := json.loads(line))["source"]: d for line in path.read_text(encoding="utf-8").splitlines() if line}


def mentions(doc: dict) -> list[tuple[str, str, str, int, int]]:
    """(label, normalised text, canonical or date value, start, end) of a document's entities and dates."""
    out = [(e["label"], norm(e["text"]), e.get("canonical") or e["text"], e["start"], e["end"])
           for e in doc["entities"]]
    out += [("DATE", norm(d["text"]), d["value"], d["start"], d["end"]) for d in doc["dates"]]
    return out


def role_triples(doc: dict) -> set[tuple[str, str, str | None]]:
    return {(norm(r["person"]), norm(r["role"]).lower(), norm(r["organisation"]) if r.get("organisation") else None)
            for r in doc["roles"]}


def agreement(first: dict[str, dict], second: dict[str, dict]) -> dict[str, Any]:
    """Agreement of the documents annotated twice (those in `second`)."""
    bag: dict[str, Counter] = defaultdict(Counter)
    exact: dict[str, Counter] = defaultdict(Counter)
    values = Counter()
    canon = Counter()
    roles = Counter()
    status = Counter()
    docs = sorted(set(first) & set(second))
    for source in docs:
        a, b = mentions(first[source]), mentions(second[source])
        for lab in LABELS:
            ma = Counter(t for lb, t, *_ in a if lb == lab)
            mb = Counter(t for lb, t, *_ in b if lb == lab)
            bag[lab].update({"tp": sum((ma & mb).values()), "a": sum(ma.values()), "b": sum(mb.values())})
            sa = {(s, e) for lb, _t, _c, s, e in a if lb == lab}
            sb = {(s, e) for lb, _t, _c, s, e in b if lb == lab}
            exact[lab].update({"tp": len(sa & sb), "a": len(sa), "b": len(sb)})
        queue: dict[tuple[str, str], list[str]] = defaultdict(list)
        for lb, t, c, _s, _e in b:
            queue[(lb, t)].append(c)
        for lb, t, c, _s, _e in a:
            if queue.get((lb, t)):
                other = queue[(lb, t)].pop(0)
                bucket = values if lb == "DATE" else canon
                bucket.update({"n": 1, "same": int(norm(other) == norm(c))})
        ra, rb = role_triples(first[source]), role_triples(second[source])
        roles.update({"tp": len(ra & rb), "a": len(ra), "b": len(rb)})
        sa = {(norm(r["person"]), norm(r["role"]).lower()): r.get("status", "current") for r in first[source]["roles"]}
        sb = {(norm(r["person"]), norm(r["role"]).lower()): r.get("status", "current") for r in second[source]["roles"]}
        for key in sa.keys() & sb.keys():
            status.update({"n": 1, "same": int(sa[key] == sb[key])})
    res: dict[str, Any] = {"n_docs": len(docs)}
    for lab in LABELS:
        res[f"{lab.lower()}_f"] = round(prf(bag[lab]["tp"], bag[lab]["b"], bag[lab]["a"])["f"], 4)
        res[f"{lab.lower()}_exact_span_f"] = round(prf(exact[lab]["tp"], exact[lab]["b"], exact[lab]["a"])["f"], 4)
        res[f"{lab.lower()}_n"] = bag[lab]["a"] + bag[lab]["b"]
    tot = sum((bag[lab] for lab in ("PER", "ORG", "LOC")), Counter())
    res["ents_f"] = round(prf(tot["tp"], tot["b"], tot["a"])["f"], 4)
    res["roles_f"] = round(prf(roles["tp"], roles["b"], roles["a"])["f"], 4)
    res["roles_n"] = roles["a"] + roles["b"]
    res["role_status_agreement"] = round(status["same"] / status["n"], 4) if status["n"] else None
    res["date_value_agreement"] = round(values["same"] / values["n"], 4) if values["n"] else None
    res["canonical_agreement"] = round(canon["same"] / canon["n"], 4) if canon["n"] else None
    return res


def share_of_ceiling(ceiling: dict[str, Any], model: dict[str, Any]) -> dict[str, float]:
    """The model's test F per label divided by the annotators' agreement F."""
    keys = ("per_f", "org_f", "loc_f", "date_f", "ents_f", "roles_f")
    return {k: round(model[k] / ceiling[k], 4) for k in keys if ceiling.get(k) and k in model}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--second", type=Path, default=SECOND)
    ap.add_argument("--model-metrics", type=Path, default=Path("metrics/gold.json"))
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not args.second.is_file():
        print(f"{args.second}: no second annotations", flush=True)
        return 1
    res = agreement(read_jsonl(args.gold), read_jsonl(args.second))
    if args.model_metrics.is_file():
        model = json.loads(args.model_metrics.read_text(encoding="utf-8"))
        for part in ("test", "test_indomain"):
            if part in model:
                res[f"model_{part}_share_of_ceiling"] = share_of_ceiling(res, model[part])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
