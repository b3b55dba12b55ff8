"""Organisation-table hygiene of a pipeline run (issue 10 bars), read from its outputs/organisations.parquet.

    python benchmarks/org_hygiene.py --outputs /tmp/orgs-scale/outputs [--json benchmarks/results/org_hygiene.json]

Bars on the 8,319-document run: 0 genitive twins (a name and its genitive both as organisations), 0 names without
a letter, 0 names ending in a hyphen, no common nouns (all-lower-case names) or places as organisations, and
`övrigt` <= 25 % of the organisations with >= 5 mentions. Prints the figures, the examples behind each non-zero
count, and the commonest `övrigt` organisations (what the registry lacks). Read-only; a report, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.registry.hygiene import LETTER  # noqa: E402  (after the path fix: run as a plain script)


def twins(names: set[str]) -> list[str]:
    """Genitive forms whose base form is also an organisation ("Natos" beside "Nato", "SKR:s" beside "SKR")."""
    return sorted(n for n in names if (n.endswith(":s") and n[:-2] in names)
                  or (n.endswith("s") and not n.endswith(":s") and n[:-1] in names))


def places_as_orgs(names: set[str]) -> list[str]:
    """Organisations whose whole name is a known place (places.tsv) or a bare municipality name of the registry."""
    from pipeline.nlp.lexicon import default_lexicon

    lex = default_lexicon()
    known = set(lex.places)
    for entry in lex.registry.values():
        if entry.type == "kommun":
            known |= {f.removesuffix(" kommun") for f in entry.forms() if f.endswith(" kommun")}
    registry_names = set(lex.registry_forms)
    return sorted(n for n in names if n in known and n not in registry_names)


def report(table: pd.DataFrame, examples: int = 15) -> dict:
    names = set(table["name"])
    big = table[table["n_mentions"] >= 5]
    ovrigt = big[big["type"] == "övrigt"].sort_values(["n_mentions", "name"], ascending=[False, True])
    lower = sorted(n for n in names if n == n.lower())
    found = {
        "genitive_twins": twins(names),
        "no_letter": sorted(n for n in names if not LETTER.search(n)),
        "ending_in_hyphen": sorted(n for n in names if n.endswith("-")),
        "all_lower_case": lower,
        "places": places_as_orgs(names),
    }
    out: dict = {"organisations": len(table), "orgs_5plus": len(big),
                 "ovrigt_share_5plus": round(len(ovrigt) / len(big), 4) if len(big) else 0.0,
                 "with_registry_id_5plus": int(big["registry_id"].notna().sum()) if "registry_id" in big else None}
    out |= {k: len(v) for k, v in found.items()}
    out["examples"] = {k: v[:examples] for k, v in found.items() if v}
    out["top_ovrigt_5plus"] = [f"{r.name} ({r.n_mentions})" for r in ovrigt.head(40).itertuples()]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outputs", type=Path, required=True, help="the run's outputs/ folder")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    table = pd.read_parquet(args.outputs / "organisations.parquet")
    figures = report(table)
    text = json.dumps(figures, indent=1, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
