"""Roles at scale: foreign office-holders, evidence spans and organisation ids over press releases.

    python benchmarks/roles_scale.py [--n 400] [--model models/sv_pipeline] [--out benchmarks/results/roles_scale.json]
    python benchmarks/roles_scale.py --outputs DIR [--out ...]   # the tables of a finished run instead

With --outputs, the figures come from a run's tables (roles, sentences, documents, tenures, people), e.g. the
8,319 press releases through ingest, annotate and entities; they add the heads of Arbetsförmedlingen from
`tenures`, the people told apart and the spellings of one post. Without it:

Annotates every k-th press release of ../shared/data/regeringen-pressmeddelanden (sorted paths, k chosen so that
about N are read; the gold TEST documents are skipped) with the annotate stage's row code and counts:
  - foreign office-holders: roles whose title follows a foreign country's genitive or nationality adjective in the
    text ("Polens premiärminister", "finska utrikesministern"; countries.tsv), and how many of them have Sweden's
    government (Regeringen / Regeringskansliet) as organisation;
  - roles whose evidence span (start_char, end_char) lies inside the sentence the row names;
  - rows that name an organisation without an organisation_id;
  - statuses and countries.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.annotate.rows import chunk_tables  # noqa: E402
from pipeline.evaluate_gold import clean, load_split  # noqa: E402
from pipeline.nlp.loading import load_pipeline  # noqa: E402
from pipeline.nlp.roles.cues import Cues  # noqa: E402

SWEDISH_GOVERNMENT = {"Regeringen", "Regeringskansliet"}


def foreign_pattern() -> re.Pattern[str]:
    """A foreign country's genitive or nationality adjective (and at most one word) right before a title."""
    every = Cues.load().countries
    forms = [k for k, v in every.items() if v != "SE" and (k.endswith("ska") or k.endswith("s") and k[:-1] in every)]
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(r"(?i)\b(" + alternatives + r")[ \t]+([\w-]+[ \t]+)?$")


def from_outputs(out: Path) -> dict:
    import duckdb  # noqa: PLC0415  (only this mode reads tables)

    con = duckdb.connect()
    for t in ("roles", "sentences", "documents", "tenures", "people"):
        con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{out / (t + '.parquet')}')")
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    res: dict = {"documents_ok": one("SELECT count(*) FROM documents WHERE status = 'ok'"),
                 "roles": one("SELECT count(*) FROM roles")}
    res["inside_sentence"] = one("""SELECT count(*) FROM roles r JOIN sentences s USING (doc_id, sentence)
                                    WHERE r.start_char >= s.start_char AND r.end_char <= s.end_char""")
    res["names_org"] = one("SELECT count(*) FROM roles WHERE organisation IS NOT NULL")
    res["names_org_without_id"] = one("SELECT count(*) FROM roles WHERE organisation IS NOT NULL "
                                      "AND organisation_id IS NULL")
    foreign = foreign_pattern()
    rows = con.execute("SELECT r.role_text, r.organisation, r.start_char, r.end_char, d.text "
                       "FROM roles r JOIN documents d USING (doc_id)").fetchall()
    n = under = 0
    for role_text, org, start, end, text in rows:
        seg = text[max(0, start - 60):end]
        i = seg.rfind(role_text) if role_text else -1
        if i > 0 and foreign.search(seg[:i]):
            n += 1
            under += org in SWEDISH_GOVERNMENT
    res.update({"foreign_office_holders": n, "foreign_under_swedish_government": under})
    res["statuses"] = dict(con.execute("SELECT status, count(*) FROM roles GROUP BY 1 ORDER BY 2 DESC").fetchall())
    res["people_told_apart"] = one(r"SELECT count(*) FROM people WHERE regexp_matches(entity_id, '_\d+$') "
                                   r"AND regexp_matches(entity_id, '^per_[0-9a-f]{12}_')")
    res["heads_of_arbetsformedlingen"] = [list(map(str, r)) for r in con.execute(
        "SELECT person, role, first_seen, last_seen, start_date, statuses FROM tenures "
        "WHERE organisation = 'Arbetsförmedlingen' AND head ORDER BY coalesce(start_date, first_seen), person"
    ).fetchall()]
    res["posts_with_integrationsminister"] = dict(con.execute(
        "SELECT role, count(*) FROM roles WHERE role LIKE '%integrationsminister%' GROUP BY 1 ORDER BY 2 DESC"
    ).fetchall())
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outputs", type=Path, help="read the tables of a finished run instead of annotating")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--model", default="models/sv_pipeline")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "roles_scale.json")
    args = ap.parse_args(argv)
    if args.outputs:
        result = from_outputs(args.outputs)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    test = {s.removeprefix("shared:") for s in load_split(REPO / "tests/gold/split.json")}
    root = args.shared / "regeringen-pressmeddelanden"
    files = sorted(root.rglob("*.md"))
    step = max(1, len(files) // args.n)
    files = [f for f in files[::step] if f"regeringen-pressmeddelanden/{f.relative_to(root)}" not in test][:args.n]
    nlp = load_pipeline(args.model)
    foreign = foreign_pattern()
    c: Counter = Counter()
    statuses: Counter = Counter()
    codes: Counter = Counter()
    texts = [clean(f.read_text(encoding="utf-8")) for f in files]
    for f, doc in zip(files, nlp.pipe(texts, batch_size=16), strict=True):
        tables = chunk_tables(f.stem, doc, {}).tables
        sents = tables["sentences"].to_pylist()
        for r in tables["roles"].to_pylist():
            c["roles"] += 1
            statuses[r["status"]] += 1
            codes[r["country"]] += 1
            sent = sents[r["sentence"]]
            c["inside_sentence"] += sent["start_char"] <= r["start_char"] and r["end_char"] <= sent["end_char"]
            c["names_org"] += r["organisation"] is not None
            c["names_org_without_id"] += r["organisation"] is not None and r["organisation_id"] is None
            title_at = doc.text.find(r["role_text"], r["start_char"]) if r["role_text"] else -1
            if title_at > 0 and foreign.search(doc.text[max(0, title_at - 40):title_at]):
                c["foreign_office_holders"] += 1
                c["foreign_under_swedish_government"] += r["organisation"] in SWEDISH_GOVERNMENT
                c["foreign_with_foreign_country"] += r["country"] not in ("SE",)
    result = {
        "documents": len(files), "model": args.model, **c,
        "share_inside_sentence": round(c["inside_sentence"] / c["roles"], 4) if c["roles"] else None,
        "share_foreign_under_swedish_government": round(
            c["foreign_under_swedish_government"] / c["foreign_office_holders"], 4)
        if c["foreign_office_holders"] else None,
        "statuses": dict(statuses.most_common()), "countries": dict(codes.most_common()),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
