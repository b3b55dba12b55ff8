"""Score the pipeline against the hand-annotated gold in tests/gold/gold.jsonl.

    python -m pipeline.evaluate_gold [--model models/sv_pipeline] [--gold tests/gold/gold.jsonl]
                                     [--split tests/gold/split.json] [--out metrics/gold.json] [--verbose]

The gold set is split once into dev and test (tests/gold/split.json). Both are scored and reported side by
side; --verbose lists the errors of dev documents only, so that nobody tunes on test errors.

For each gold document: read the raw file (corpus/... or ../shared/data/...; shared documents are skipped with a
message when ../shared/data is absent), clean it with pipeline.ingest.clean_text when that exists, set
doc._.anchor_date from doc_date ("YYYY-MM" -> first of the month, with doc._.anchor_granularity = "month"), run
the pipeline and compare. Matching is offset-free (cleaning may move text): per document, multisets of
(label, normalised surface text).
  - per-label P/R/F for PER, ORG, LOC (and DATE by text)
  - canonical accuracy: matched PER/ORG/LOC mentions (paired in reading order) whose canonical equals gold's
  - DATE value accuracy: gold dates matched by text whose value equals gold's (over matched, and over all gold)
  - roles P/R/F on unique (canonical person, role, canonical organisation) triples, all and strict
    (gold `implicit` false), and per construction of the role matcher: precision of the triples it proposed,
    recall as the share of all gold triples it found (a triple two constructions propose counts for both)
Prints a table and writes flat numbers to metrics/gold.json (for `dvc metrics show`).
If models/sv_pipeline is missing, spacy.blank("sv") + the domain components is used (and reported as such).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.nlp import add_domain_components
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.loading import ModelError, load_pipeline

GOLD = Path("tests/gold/gold.jsonl")
SPLIT = Path("tests/gold/split.json")
INDOMAIN = Path("tests/gold/indomain/selection.json")
# ../shared/data next to the repository; SHARED_DATA overrides it (a git worktree lives elsewhere).
SHARED = Path(os.environ.get("SHARED_DATA", "../shared/data"))
DEFAULT_MODEL = Path("models/sv_pipeline")
LABELS = ("PER", "ORG", "LOC", "DATE")


def norm(text: str | None) -> str:
    return " ".join((text or "").split())


def load_nlp(model: str | None) -> tuple[Language, str]:
    """The model as annotate loads it (pipeline.nlp.loading); without one, spacy.blank("sv") + the domain rules."""
    if model:
        try:
            return load_pipeline(model), model
        except ModelError as err:
            print(f"{err}; using spacy.blank('sv') + domain components", file=sys.stderr)
    register_extensions()
    return add_domain_components(spacy.blank("sv")), "blank:sv+domain"


def parse_anchor(doc_date: str | None) -> tuple[date | None, str | None]:
    if not doc_date:
        return None, None
    parts = doc_date.split("-")
    if len(parts) == 3:
        return date.fromisoformat(doc_date), "day"
    if len(parts) == 2:
        return date(int(parts[0]), int(parts[1]), 1), "month"
    return date(int(parts[0]), 1, 1), "year"


RAW_PREFIX = "regeringen-raw/"


@functools.cache
def _raw_texts(jsonl: Path) -> dict[str, str]:
    """path -> text of one regeringen-raw JSON Lines file (one file per document type)."""
    if not jsonl.is_file():
        return {}
    out = {}
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        out[rec["path"]] = rec["text"]
    return out


def read_source(source: str, root: Path, shared: Path) -> str | None:
    """The text of a gold document: a file of the corpus, a file under ../shared/data
    (`shared:regeringen-pressmeddelanden/...`), or a record of regeringen-raw's JSON Lines files
    (`shared:regeringen-raw/<type>/<year>/<month>/<slug>.md`, found in `<type>.jsonl`)."""
    if source.startswith("shared:" + RAW_PREFIX):
        path = source[len("shared:" + RAW_PREFIX):]
        return _raw_texts(shared / "regeringen-raw" / (path.split("/")[0] + ".jsonl")).get(path)
    if source.startswith("shared:"):
        file = shared / source[len("shared:"):]
    else:
        file = root / source
    if not file.exists():
        return None
    return file.read_text(encoding="utf-8", errors="replace")


def clean(text: str) -> str:
    try:
        from pipeline.ingest import clean_text  # another stage's function; optional here
    except ImportError:
        return text
    try:
        out = clean_text(text)
    except Exception as err:  # a cleaning bug must not hide the NER figures
        print(f"clean_text failed ({err}); scoring the raw text", file=sys.stderr)
        return text
    return out[0] if isinstance(out, tuple) else out


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "pred": n_pred, "gold": n_gold}


def predicted(doc) -> dict[str, Any]:
    ents = [e for e in doc.ents if e.label_ in LABELS]
    by_char = {(e.start_char, e.end_char): e for e in doc.ents}
    roles = set()
    by_construction: dict[str, set] = defaultdict(set)
    flags: dict[tuple, tuple[str, str]] = {}
    for r in doc._.roles or []:
        per = by_char.get((r["person_start"], r["person_end"]))
        org = by_char.get((r["org_start"], r["org_end"])) if r["org_start"] is not None else None
        person = per._.canonical if per is not None else doc.text[r["person_start"]:r["person_end"]]
        organisation = (org._.canonical if org is not None else doc.text[r["org_start"]:r["org_end"]]) \
            if r["org_start"] is not None else None
        item = (norm(person), norm(r["role"]).lower(), norm(organisation) if organisation else None)
        roles.add(item)
        by_construction[r.get("construction") or "unknown"].add(item)
        flags.setdefault(item, (r.get("status") or "current", r.get("country") or "SE"))
    return {"ents": ents, "roles": roles, "by_construction": by_construction, "flags": flags}


def flagged_sources(path: Path = INDOMAIN) -> set[str]:
    """Documents whose roles were annotated with status and country (the in-domain batch); the older gold
    documents carry the defaults only, so flag accuracy is measured on these."""
    if not path.exists():
        return set()
    return {d["source"] for d in json.loads(path.read_text(encoding="utf-8"))["documents"]}


def load_split(path: Path, part: str = "test") -> set[str]:
    """The sources of one part of the split: `test`, or `train` (documents models are trained on, never scored).
    Dev is every other gold document. Empty when there is no split file."""
    if not path.exists():
        return set()
    return set(json.loads(path.read_text(encoding="utf-8")).get(part, []))


def in_domain_sources(selection: Path) -> set[str]:
    """The documents of the in-domain batch (tests/gold/select_indomain.py); empty when there is none."""
    if not selection.is_file():
        return set()
    return {d["source"] for d in json.loads(selection.read_text(encoding="utf-8"))["documents"]}


def evaluate(nlp: Language, gold_path: Path, root: Path, shared: Path, verbose: bool = False,
             keep: Any = None) -> dict[str, Any]:
    """Score the documents of gold_path whose source passes keep(source) (all when keep is None)."""
    counts = {lab: Counter() for lab in LABELS}
    canon_ok = canon_n = 0
    date_ok = date_matched = date_gold = 0
    roles_all = Counter()
    roles_strict = Counter()
    constructions: dict[str, Counter] = defaultdict(Counter)
    flag_counts: Counter = Counter()
    flagged = flagged_sources()
    skipped: list[str] = []
    errors: dict[str, list] = defaultdict(list)
    n_docs = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if keep is not None and not keep(g["source"]):
            continue
        raw = read_source(g["source"], root, shared)
        if raw is None:
            skipped.append(g["source"])
            continue
        n_docs += 1
        text = clean(raw)
        anchor, precision = parse_anchor(g.get("doc_date"))
        doc = nlp.make_doc(text)
        doc._.anchor_date = anchor
        if doc.has_extension("anchor_granularity"):
            doc._.anchor_granularity = precision
        doc = nlp(doc)
        pred = predicted(doc)
        # --- entities (PER/ORG/LOC from gold entities, DATE from gold dates), by (label, text) multisets
        gold_items = [(e["label"], norm(e["text"]), e.get("canonical")) for e in g["entities"]]
        gold_items += [("DATE", norm(d["text"]), d.get("value")) for d in g["dates"]]
        pred_items = [(e.label_, norm(e.text), e._.canonical if e.label_ != "DATE" else (e._.timex or {}).get("value"))
                      for e in pred["ents"]]
        for lab in LABELS:
            gm = Counter((t) for (lb, t, _c) in gold_items if lb == lab)
            pm = Counter((t) for (lb, t, _c) in pred_items if lb == lab)
            tp = sum((gm & pm).values())
            counts[lab].update({"tp": tp, "pred": sum(pm.values()), "gold": sum(gm.values())})
            if verbose:
                for t, n in (gm - pm).items():
                    errors[f"{lab} missed"].append((g["source"][-40:], t, n))
                for t, n in (pm - gm).items():
                    errors[f"{lab} spurious"].append((g["source"][-40:], t, n))
        # --- canonical names and date values on mentions paired in reading order
        pred_by_key: dict[tuple[str, str], list] = defaultdict(list)
        for lb, t, c in pred_items:
            pred_by_key[(lb, t)].append(c)
        for lb, t, c in gold_items:
            queue = pred_by_key.get((lb, t))
            if lb == "DATE":
                date_gold += 1
            if not queue:
                continue
            pc = queue.pop(0)
            if lb == "DATE":
                date_matched += 1
                date_ok += pc == c
                if pc != c and verbose:
                    errors["DATE value"].append((g["source"][-40:], t, f"gold {c} pred {pc}"))
            else:
                canon_n += 1
                canon_ok += norm(pc) == norm(c)
                if norm(pc) != norm(c) and verbose:
                    errors["canonical"].append((g["source"][-40:], t, f"gold {c} pred {pc}"))
        # --- roles
        for strict, bucket in ((False, roles_all), (True, roles_strict)):
            gold_roles = {(norm(r["person"]), norm(r["role"]).lower(),
                           norm(r["organisation"]) if r.get("organisation") else None)
                          for r in g["roles"] if not (strict and r.get("implicit"))}
            pr = pred["roles"]
            bucket.update({"tp": len(gold_roles & pr), "pred": len(pr), "gold": len(gold_roles)})
            if not strict and g["source"] in flagged:
                for r in g["roles"]:
                    item = (norm(r["person"]), norm(r["role"]).lower(),
                            norm(r["organisation"]) if r.get("organisation") else None)
                    if item in pred["flags"]:
                        got = pred["flags"][item]
                        flag_counts["status"] += got[0] == r.get("status", "current")
                        flag_counts["country"] += got[1] == r.get("country", "SE")
                        flag_counts["n"] += 1
            if not strict:
                for name, items in pred["by_construction"].items():
                    constructions[name].update({"tp": len(gold_roles & items), "pred": len(items)})
            if verbose and not strict:
                for r in sorted(gold_roles - pr, key=str):
                    errors["role missed"].append((g["source"][-40:], r, ""))
                for r in sorted(pr - gold_roles, key=str):
                    errors["role spurious"].append((g["source"][-40:], r, ""))
    res: dict[str, Any] = {"n_docs": n_docs, "n_skipped": len(skipped)}
    for lab in LABELS:
        c = counts[lab]
        s = prf(c["tp"], c["pred"], c["gold"])
        for k in ("p", "r", "f"):
            res[f"{lab.lower()}_{k}"] = round(s[k], 4)
        res[f"{lab.lower()}_gold"] = c["gold"]
    tot = sum((counts[lab] for lab in ("PER", "ORG", "LOC")), Counter())
    s = prf(tot["tp"], tot["pred"], tot["gold"])
    res.update({"ents_p": round(s["p"], 4), "ents_r": round(s["r"], 4), "ents_f": round(s["f"], 4)})
    res["canonical_accuracy"] = round(canon_ok / canon_n, 4) if canon_n else 0.0
    res["date_value_accuracy"] = round(date_ok / date_matched, 4) if date_matched else 0.0
    res["date_value_accuracy_all_gold"] = round(date_ok / date_gold, 4) if date_gold else 0.0
    for name, bucket in (("roles", roles_all), ("roles_strict", roles_strict)):
        s = prf(bucket["tp"], bucket["pred"], bucket["gold"])
        for k in ("p", "r", "f"):
            res[f"{name}_{k}"] = round(s[k], 4)
    for flag in ("status", "country"):  # over gold roles the pipeline found, in documents annotated with flags
        res[f"roles_{flag}_accuracy"] = round(flag_counts[flag] / flag_counts["n"], 4) if flag_counts["n"] else 0.0
    n_gold = roles_all["gold"]
    res["roles_by_construction"] = {
        name: {"p": round(c["tp"] / c["pred"], 4) if c["pred"] else 0.0,
               "r": round(c["tp"] / n_gold, 4) if n_gold else 0.0, "tp": c["tp"], "pred": c["pred"]}
        for name, c in sorted(constructions.items())}
    return {"metrics": res, "skipped": skipped, "errors": errors}


def print_table(res: dict[str, Any], model: str, name: str = "all") -> None:
    m = res["metrics"]
    print(f"Gold evaluation [{name}]: {m['n_docs']} documents, model {model}"
          + (f" ({m['n_skipped']} skipped)" if m["n_skipped"] else ""))
    print(f"{'label':<14}{'P':>8}{'R':>8}{'F':>8}{'gold':>7}")
    for lab in LABELS:
        low = lab.lower()
        print(f"{lab:<14}{m[low + '_p']:>8.3f}{m[low + '_r']:>8.3f}{m[low + '_f']:>8.3f}{m[low + '_gold']:>7}")
    print(f"{'PER+ORG+LOC':<14}{m['ents_p']:>8.3f}{m['ents_r']:>8.3f}{m['ents_f']:>8.3f}")
    print(f"{'roles':<14}{m['roles_p']:>8.3f}{m['roles_r']:>8.3f}{m['roles_f']:>8.3f}")
    print(f"{'roles strict':<14}{m['roles_strict_p']:>8.3f}{m['roles_strict_r']:>8.3f}{m['roles_strict_f']:>8.3f}")
    for name, c in m.get("roles_by_construction", {}).items():
        print(f"  {name:<22}P {c['p']:.3f}  R {c['r']:.3f}  ({c['tp']}/{c['pred']})")
    print(f"canonical accuracy {m['canonical_accuracy']:.3f}   DATE value accuracy {m['date_value_accuracy']:.3f}"
          f" (over all gold dates {m['date_value_accuracy_all_gold']:.3f})")
    bars = {"org_f": 0.90, "per_f": 0.95, "date_value_accuracy": 0.95, "roles_f": 0.85}
    print("bars: " + ", ".join(f"{k} {m[k]:.3f} {'ok' if m[k] >= v else 'BELOW'} {v}" for k, v in bars.items()))


SIDE = ("per_f", "org_f", "loc_f", "date_f", "date_value_accuracy", "canonical_accuracy", "roles_p", "roles_r",
        "roles_f", "roles_strict_f", "roles_status_accuracy", "roles_country_accuracy")


def print_side_by_side(results: dict[str, dict[str, Any]]) -> None:
    names = [n for n in ("dev", "test", "dev_indomain", "test_indomain") if n in results]
    print(f"{'metric':<22}" + "".join(f"{n:>14}" for n in names))
    for key in SIDE:
        print(f"{key:<22}" + "".join(f"{results[n]['metrics'][key]:>14.3f}" for n in names))
    print(f"{'documents':<22}" + "".join(f"{results[n]['metrics']['n_docs']:>14}" for n in names))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--split", default=str(SPLIT), help="JSON with the list of test sources")
    ap.add_argument("--shared", default=str(SHARED))
    ap.add_argument("--out", default="metrics/gold.json")
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and spurious item (dev only)")
    args = ap.parse_args(argv)
    gold = Path(args.gold)
    if not gold.exists():
        print(f"{gold}: no gold file", file=sys.stderr)
        return 1
    shared = Path(args.shared)
    if not shared.exists():
        print(f"{shared}: shared data absent; documents under shared: are skipped", file=sys.stderr)
    nlp, model_name = load_nlp(args.model)
    test, train = load_split(Path(args.split)), load_split(Path(args.split), "train")
    results = {"dev": evaluate(nlp, gold, Path("."), shared, verbose=args.verbose,
                               keep=lambda s: s not in test and s not in train)}
    if test:
        results["test"] = evaluate(nlp, gold, Path("."), shared, verbose=False, keep=lambda s: s in test)
    indomain = in_domain_sources(Path(args.split).parent / "indomain" / "selection.json")
    if test & indomain:  # the in-domain batch's own dev and test documents, reported apart (dev chooses models)
        results["dev_indomain"] = evaluate(nlp, gold, Path("."), shared, verbose=False,
                                           keep=lambda s: s in indomain and s not in test and s not in train)
        results["test_indomain"] = evaluate(nlp, gold, Path("."), shared, verbose=False,
                                            keep=lambda s: s in test and s in indomain)
    for res in results.values():
        for s in res["skipped"]:
            print(f"skipped (source file not found): {s}", file=sys.stderr)
    if args.verbose:
        for kind, items in sorted(results["dev"]["errors"].items()):
            print(f"\n## {kind} ({len(items)})")
            for item in items:
                print("  ", *item)
    for name, res in results.items():
        print_table(res, model_name, name)
        print()
    if test:
        print_side_by_side(results)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {name: res["metrics"] for name, res in results.items()}
    out.write_text(json.dumps({**payload, "model": model_name}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
