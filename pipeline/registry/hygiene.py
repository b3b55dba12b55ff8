"""Organisation-table hygiene at corpus scale: genitive twins, names without a letter, names ending in a
hyphen, lower-case common nouns, places, and the share of `övrigt` among organisations with >= 5 mentions.

    python -m pipeline.registry.hygiene --outputs /path/to/outputs [--sample 2000] [--model models/sv_pipeline]

Reads outputs/mentions.parquet (the run being inspected) and, with --sample N, runs `--model` over the text of the
first N annotated documents (by doc_id, from outputs/documents.parquet) and reports the old and the new figures on
those same documents side by side. Read-only: nothing is written.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

LETTER = re.compile(r"[^\W\d_]")


def org_table(rows: list[tuple[str, str]]) -> pd.DataFrame:
    """(canonical, type) per ORG mention -> one row per canonical name with its commonest type and mention count."""
    types: dict[str, Counter] = defaultdict(Counter)
    for name, typ in rows:
        types[name][typ or "övrigt"] += 1
    return pd.DataFrame([{"name": n, "type": c.most_common(1)[0][0], "n_mentions": sum(c.values())}
                         for n, c in sorted(types.items())], columns=["name", "type", "n_mentions"])


def hygiene(table: pd.DataFrame, places: set[str] = frozenset()) -> dict[str, float]:
    names = set(table["name"])
    twins = sorted(n for n in names if (n.endswith(":s") and n[:-2] in names)
                   or (n.endswith("s") and not n.endswith(":s") and n[:-1] in names))
    big = table[table["n_mentions"] >= 5]
    return {
        "organisations": len(table),
        "genitive_twins": len(twins),
        "no_letter": sum(not LETTER.search(n) for n in names),
        "ending_in_hyphen": sum(n.endswith("-") for n in names),
        "all_lower_case": sum(n == n.lower() for n in names),
        "places": sum(n in places for n in names),
        "ovrigt_share_5plus": round(float((big["type"] == "övrigt").mean()) if len(big) else 0.0, 4),
        "orgs_5plus": len(big),
        "examples_twins": ", ".join(twins[:8]),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outputs", required=True)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--model", default="models/sv_pipeline")
    args = ap.parse_args(argv)
    out = Path(args.outputs)
    mentions = pd.read_parquet(out / "mentions.parquet", columns=["doc_id", "label", "canonical", "entity_type"])
    from pipeline.nlp.lexicon import default_lexicon

    places = set(default_lexicon().places)
    orgs = mentions[mentions["label"] == "ORG"]
    print("full run, old code:", hygiene(org_table(list(zip(orgs["canonical"], orgs["entity_type"], strict=True))),
                                         places))
    if args.sample:
        import spacy

        docs = pd.read_parquet(out / "documents.parquet", columns=["doc_id", "status", "text"])
        done = set(mentions["doc_id"])
        docs = docs[docs["doc_id"].isin(done)].sort_values("doc_id").head(args.sample)
        ids = set(docs["doc_id"])
        old = orgs[orgs["doc_id"].isin(ids)]
        nlp = spacy.load(args.model)
        rows = []
        for doc in nlp.pipe((t[:200_000] for t in docs["text"]), batch_size=32):
            rows += [(e._.canonical, e._.entity_type) for e in doc.ents if e.label_ == "ORG"]
        print(f"sample of {len(ids)} documents, old code:",
              hygiene(org_table(list(zip(old["canonical"], old["entity_type"], strict=True))), places))
        print(f"sample of {len(ids)} documents, this code:", hygiene(org_table(rows), places))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
