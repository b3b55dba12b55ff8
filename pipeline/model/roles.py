"""Train the role matcher's decision: which candidate person - title - organisation links hold.

    python -m pipeline.model.roles [--base models/sv_base] [--gold tests/gold/gold.jsonl]
                                   [--split tests/gold/split.json] [--out pipeline/nlp/resources/role_decision.json]
                                   [--metrics metrics/roles.json]

Runs the pipeline as `pipeline.model.assemble` builds it (models/sv_base plus the domain components with the word
lists of the source tree, so the stage does not read the model it feeds) with the decision switched off over the
gold TRAIN documents (split.json `train`), labels each
candidate by whether its (canonical person, role, canonical organisation) triple is in the document's gold roles,
and fits a logistic regression on the candidates' features. The threshold is chosen on DEV documents (every gold
document in neither `train` nor `test`): the highest one whose F of the resulting triples is within TIE of the best;
TEST documents are not read. The weights go to pipeline/nlp/resources/role_decision.json (re-assemble
models/sv_pipeline to ship them); metrics/roles.json has the candidate counts and the dev scores with and without
the decision.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import spacy
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from pipeline.evaluate_gold import (
    GOLD,
    SHARED,
    SPLIT,
    clean,
    flagged_sources,
    load_split,
    norm,
    parse_anchor,
    read_source,
)
from pipeline.nlp import add_domain_components
from pipeline.nlp.roles.decision import Decision

OUT = Path("pipeline/nlp/resources/role_decision.json")
METRICS = Path("metrics/roles.json")
C = 1.0  # inverse regularisation: a few hundred candidates, a few dozen features
TIE = 0.002  # dev F differences below this are one or two triples' noise


def gold_triples(g: dict) -> set[tuple]:
    return {(norm(r["person"]), norm(r["role"]).lower(), norm(r["organisation"]) if r.get("organisation") else None)
            for r in g["roles"]}


def triple(doc, r: dict) -> tuple:
    """The scored triple of one predicted role, as pipeline.evaluate_gold.predicted makes it."""
    by_char = {(e.start_char, e.end_char): e for e in doc.ents}
    per = by_char.get((r["person_start"], r["person_end"]))
    person = per._.canonical if per is not None else doc.text[r["person_start"]:r["person_end"]]
    org = None
    if r["org_start"] is not None:
        o = by_char.get((r["org_start"], r["org_end"]))
        org = o._.canonical if o is not None else doc.text[r["org_start"]:r["org_end"]]
    return norm(person), norm(r["role"]).lower(), norm(org) if org else None


def candidates(nlp, gold: Path, shared: Path, keep) -> list[dict[str, Any]]:
    """One row per candidate of the kept documents: source, triple, features, label."""
    rows = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if not keep(g["source"]):
            continue
        raw = read_source(g["source"], Path("."), shared)
        if raw is None:
            continue
        doc = nlp.make_doc(clean(raw))
        doc._.anchor_date, precision = parse_anchor(g.get("doc_date"))
        if doc.has_extension("anchor_granularity"):
            doc._.anchor_granularity = precision
        doc = nlp(doc)
        gold_set = gold_triples(g)
        for r in doc._.roles or []:
            t = triple(doc, r)
            rows.append({"source": g["source"], "triple": t, "features": r["features"],
                         "construction": r["construction"], "label": t in gold_set, "n_gold": len(gold_set)})
        rows.append({"source": g["source"], "triple": None, "n_gold": len(gold_set)})  # the document's gold count
    return rows


def triple_scores(rows: list[dict], scores: list[float] | None, threshold: float) -> dict[str, float]:
    """P/R/F of the unique triples kept at `threshold` (all triples when scores is None)."""
    kept: dict[tuple, bool] = {}
    n_gold = 0
    i = 0
    for r in rows:
        if r["triple"] is None:
            n_gold += r["n_gold"]
            continue
        if scores is None or scores[i] >= threshold:
            kept[(r["source"], r["triple"])] = r["label"]
        i += 1
    tp = sum(kept.values())
    p = tp / len(kept) if kept else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return {"p": round(p, 4), "r": round(rec, 4), "f": round(f, 4), "tp": tp, "pred": len(kept), "gold": n_gold}


def fit(train: list[dict]) -> tuple[DictVectorizer, LogisticRegression]:
    data = [r for r in train if r["triple"] is not None]
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([r["features"] for r in data])
    y = [r["label"] for r in data]
    model = LogisticRegression(C=C, max_iter=2000, fit_intercept=False)  # the features carry a bias
    model.fit(x, y)
    return vec, model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--base", type=Path, default=Path("models/sv_base"))
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", type=Path, default=SPLIT)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--metrics", type=Path, default=METRICS)
    args = ap.parse_args(argv)
    nlp = add_domain_components(spacy.load(args.base))
    model_name = f"{args.base} + domain components"
    nlp.get_pipe("sv_role_matcher").decide = False  # every candidate, with its features
    test, train_docs = load_split(args.split), load_split(args.split, "train")
    train = candidates(nlp, args.gold, args.shared, lambda s: s in train_docs)
    dev = candidates(nlp, args.gold, args.shared, lambda s: s not in train_docs and s not in test)
    vec, model = fit(train)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)}
    decision = Decision(weights=weights)
    dev_rows = [r for r in dev if r["triple"] is not None]
    dev_scores = [decision.score(r["features"]) for r in dev_rows]
    grid = [round(0.05 * k, 2) for k in range(1, 19)]
    by_threshold = {thr: triple_scores(dev, dev_scores, thr) for thr in grid}
    # The best dev F; among thresholds within TIE of it the highest: where dev cannot tell them apart, the
    # stricter one keeps fewer of the candidates the train part found wrong.
    top = max(v["f"] for v in by_threshold.values())
    best = max(thr for thr in grid if by_threshold[thr]["f"] >= top - TIE)
    decision.threshold = best
    labelled = [r for r in train if r["triple"] is not None]
    decision.meta = {"trained_on": "gold train documents (split.json train)", "n_documents":
                     len({r["source"] for r in train}), "n_candidates": len(labelled),
                     "n_positive": sum(r["label"] for r in labelled), "C": C, "model": model_name}
    args.out.write_text(decision.to_json(), encoding="utf-8")
    per_construction = Counter(r["construction"] for r in labelled)
    positives = Counter(r["construction"] for r in labelled if r["label"])
    train_scores = [decision.score(r["features"]) for r in train if r["triple"] is not None]
    indomain = flagged_sources()
    dev_in = [r for r in dev if r["source"] in indomain]
    dev_in_scores = [decision.score(r["features"]) for r in dev_in if r["triple"] is not None]
    metrics = {
        "threshold": best, "train": {**decision.meta, "train_triples_no_decision": triple_scores(train, None, 0.0),
                                     "train_triples_decision_in_sample": triple_scores(train, train_scores, best)},
        "dev_no_decision": triple_scores(dev, None, 0.0), "dev_decision": by_threshold[best],
        "dev_indomain_no_decision": triple_scores(dev_in, None, 0.0),
        "dev_indomain_decision": triple_scores(dev_in, dev_in_scores, best),
        "dev_by_threshold": {str(k): v["f"] for k, v in by_threshold.items()},
        "train_candidates_by_construction": {k: {"n": n, "positive": positives[k]}
                                             for k, n in sorted(per_construction.items())},
    }
    args.metrics.parent.mkdir(parents=True, exist_ok=True)
    args.metrics.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"trained on {decision.meta['n_candidates']} candidates ({decision.meta['n_positive']} positive) of "
          f"{decision.meta['n_documents']} train documents; threshold {best} chosen on dev")
    print(f"dev triples without decision {metrics['dev_no_decision']}")
    print(f"dev triples with decision    {metrics['dev_decision']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
