"""Each rule component of models/sv_pipeline on and off, scored on the gold dev and test splits.

    python benchmarks/rules_ablation.py [--model models/sv_pipeline] [--out benchmarks/results/rules_ablation.json]

For every domain component (the rule layer over the statistical model) the pipeline is run with that one component
disabled, and the gold is scored as `python -m pipeline.evaluate_gold` scores it. The difference "all on minus this
one off" is what the component is worth: a positive number is F it adds. Components that others read (the line
breaks the tokens carry, the canonicaliser the roles use) are disabled all the same; their rows show what the whole
chain loses. Dev chooses; test is reported beside it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from pipeline.evaluate_gold import GOLD, SHARED, SPLIT, evaluate, load_nlp, load_split

RULES = ("sv_line_breaks", "sv_lemma_repair", "sv_org_rules", "sv_date_rules", "sv_role_matcher", "sv_canonicalizer")
KEYS = ("per_f", "org_f", "loc_f", "date_f", "date_value_accuracy", "canonical_accuracy", "roles_f")


def score(nlp, test: set[str], train: set[str]) -> dict[str, dict[str, float]]:
    parts = {"dev": lambda s: s not in test and s not in train, "test": lambda s: s in test}
    return {name: {k: evaluate(nlp, GOLD, Path("."), SHARED, keep=keep)["metrics"][k] for k in KEYS}
            for name, keep in parts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="models/sv_pipeline")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/results/rules_ablation.json"))
    args = ap.parse_args(argv)
    nlp, model = load_nlp(args.model)
    test, train = load_split(SPLIT), load_split(SPLIT, "train")
    results = {"model": model, "all_on": score(nlp, test, train), "off": {}}
    for name in RULES:
        if name not in nlp.pipe_names:
            continue
        with nlp.select_pipes(disable=[name]):
            try:
                results["off"][name] = score(nlp, test, train)
            except Exception as err:  # a component another one needs: say so, do not guess
                results["off"][name] = {"error": f"{type(err).__name__}: {err}"}
        print(f"{name}: done", file=sys.stderr, flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    base = results["all_on"]
    print(f"{'component off':<20}"
          + "".join(f"{p + ' ' + k:>26}" for p in ("dev", "test") for k in KEYS[:4] + KEYS[6:]))
    for name, res in results["off"].items():
        if "error" in res:
            print(f"{name:<20}{res['error']}")
            continue
        print(f"{name:<20}" + "".join(f"{base[p][k] - res[p][k]:>+26.3f}" for p in ("dev", "test")
                                      for k in KEYS[:4] + KEYS[6:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
