"""Draw random rows of the organisations, people and places tables, each with one sentence it was found in, to be
judged by hand (is the row a real organisation / person / place, with the right name, type and codes?).

    python benchmarks/noise_sample.py --outputs OUTPUTS [--n 50] [--seed 21] [--json FILE]

Rows are drawn uniformly among the table's rows (not weighted by mentions: the long tail is where the noise is),
with DuckDB's reservoir sample and a fixed seed, so the same outputs give the same draw. The sentence is the first
(by document and offset) in which the entity is mentioned. `--json` also writes the draw, with an empty `wrong`
field per row for the judge; benchmarks/results/noise.md records the judged counts. A report, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import duckdb

EXTRA = {"organisations": "type, registry_id, orgnr", "people": "roles",
         "places": "type, country, municipality_code, county_code"}


def columns(con: duckdb.DuckDBPyConnection, path: Path) -> set[str]:
    return {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{path}')").fetchall()}


def draw(outputs: Path, table: str, n: int, seed: int) -> list[dict]:
    con = duckdb.connect()
    path = outputs / f"{table}.parquet"
    have = columns(con, path)
    extra = ", ".join(f"t.{c}" for c in EXTRA[table].split(", ") if c in have)
    sql = f"""
        WITH t AS (SELECT * FROM read_parquet('{path}') USING SAMPLE reservoir({n} ROWS) REPEATABLE ({seed})),
        first AS (SELECT entity_id, arg_min(doc_id || ':' || sentence, doc_id || lpad(start_char::VARCHAR, 9, '0'))
                         AS key, arg_min(text, doc_id || lpad(start_char::VARCHAR, 9, '0')) AS surface
                  FROM read_parquet('{outputs / "mentions.parquet"}') GROUP BY entity_id)
        SELECT t.entity_id, t.name, {extra + ", " if extra else ""}t.n_mentions, f.surface, s.text AS sentence
        FROM t LEFT JOIN first f USING (entity_id)
        LEFT JOIN read_parquet('{outputs / "sentences.parquet"}') s
               ON s.doc_id || ':' || s.sentence = f.key
        ORDER BY t.entity_id"""
    cur = con.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outputs", default="outputs")
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--json", help="also write the draw to this file")
    args = ap.parse_args(argv)
    outputs = Path(args.outputs)
    out: dict[str, list[dict]] = {}
    for table in EXTRA:
        rows = draw(outputs, table, args.n, args.seed)
        out[table] = rows
        print(f"\n## {table}: {len(rows)} random rows (seed {args.seed})")
        for i, r in enumerate(rows, 1):
            facts = ", ".join(f"{k}={v}" for k, v in r.items()
                              if k not in ("entity_id", "name", "sentence", "surface") and v not in (None, "", []))
            sentence = " ".join(str(r["sentence"] or "").split())[:220]
            print(f"{i:2d}. {r['name']!r} [{facts}] as {r['surface']!r}: {sentence}")
    if args.json:
        for rows in out.values():
            for r in rows:
                r["wrong"] = None
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
