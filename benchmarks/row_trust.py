"""Measure the entity tables against the row-by-row trust bars: people names with a title or verb, names glued to
the next word, agencies with organisation numbers, municipalities linked to the registry, places with country and
codes, "i dag" rows more precise than their document, year-less deadlines placed before their document.

    python benchmarks/row_trust.py --outputs OUTPUTS [--json FILE]

Reads the parquet tables of one run; prints one line per bar. A report, not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import duckdb

from pipeline.nlp.canonical import TITLE_ENDINGS
from pipeline.nlp.lexicon import default_lexicon

RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "half": 3, "season": 3, "year": 4}
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def title_or_verb(name: str, lex) -> bool:
    words = name.split()
    first = words[0].lower().rstrip(",:")
    pw = lex.person_words
    if len(words) > 1 and (first in lex.titles or first.endswith(TITLE_ENDINGS) or pw.before_name(first)
                           or first.split("-")[-1] in lex.titles):
        return True
    return any(w[:1].islower() and w.lower() not in pw.particles for w in words[1:])


def glued(names: list[str], lex) -> list[str]:
    """Names that are another person's full name plus a word after it that is a place, a title or a lower-case
    word ("Anna Ek Kiruna", "Anna Ek Sveriges", "Anna Ek ny" beside "Anna Ek"); a longer name whose extra word is
    a name ("Anna Ek Lind") is not counted."""
    full = {n for n in names if len(n.split()) >= 2}
    out = []
    for n in names:
        words = n.split()
        for k in range(2, len(words)):
            extra = words[k]
            if " ".join(words[:k]) in full and (
                    lex.gazetteer.lookup(extra) or lex.gazetteer.lookup(extra.removesuffix("s"))
                    or extra[:1].islower() or extra.lower() in lex.titles or lex.person_words.before_name(extra)):
                out.append(n)
                break
    return out


def measure(outputs: Path) -> dict:
    lex = default_lexicon()
    cues = lex_cues()
    con = duckdb.connect()
    q = lambda sql: con.execute(sql.replace("OUT/", f"{outputs}/")).fetchall()  # noqa: E731
    people = [r[0] for r in q("SELECT name FROM 'OUT/people.parquet'")]
    bad_people = [n for n in people if title_or_verb(n, lex)]
    glue = glued(people, lex)
    org_cols = {r[0] for r in q("DESCRIBE SELECT * FROM 'OUT/organisations.parquet'")}
    orgnr = "count(orgnr)" if "orgnr" in org_cols else "0"
    agencies, with_orgnr = q(f"SELECT count(*), {orgnr} FROM 'OUT/organisations.parquet' "
                             "WHERE registry_id IS NOT NULL AND type = 'myndighet'")[0]
    kommun, linked = q("SELECT count(*), count(registry_id) FROM 'OUT/organisations.parquet' WHERE type = 'kommun'")[0]
    place_cols = {r[0] for r in q("DESCRIBE SELECT * FROM 'OUT/places.parquet'")}
    n_places = q("SELECT count(*) FROM 'OUT/places.parquet'")[0][0]
    if "country" in place_cols:
        with_country = q("SELECT count(country) FROM 'OUT/places.parquet'")[0][0]
        munis, with_code = q("SELECT count(*), count(municipality_code) FROM 'OUT/places.parquet' "
                             "WHERE type = 'kommun'")[0]
    else:
        with_country, munis, with_code = 0, 0, 0
    idag = q("SELECT d.granularity, doc.published_precision FROM 'OUT/dates.parquet' d "
             "JOIN 'OUT/documents.parquet' doc USING (doc_id) WHERE lower(d.text) IN ('i dag', 'idag')")
    idag_too_precise = sum(RANK.get(g, 0) < RANK.get(p or "day", 0) for g, p in idag)
    rows = q("SELECT d.text, d.start_date, doc.published, s.text, d.start_char - s.start_char "
             "FROM 'OUT/dates.parquet' d JOIN 'OUT/documents.parquet' doc USING (doc_id) "
             "JOIN 'OUT/sentences.parquet' s ON s.doc_id = d.doc_id AND s.sentence = d.sentence "
             "WHERE d.start_date IS NOT NULL AND d.granularity IN ('day', 'month', 'range') "
             "AND doc.published IS NOT NULL")
    deadlines = before = 0
    for text, start, published, sentence, offset in rows:
        if YEAR.search(text):
            continue
        lead = " " + " ".join((sentence or "")[:max(offset or 0, 0)].lower().split()[-6:]) + " "
        if not any(f" {c} " in lead for c in cues):
            continue
        deadlines += 1
        before += start < published
    return {
        "people": len(people), "people_title_or_verb": len(bad_people), "people_title_or_verb_examples":
        bad_people[:15], "people_glued": len(glue), "people_glued_examples": glue[:15],
        "agencies_linked": agencies, "agencies_with_orgnr": with_orgnr,
        "kommun_organisations": kommun, "kommun_linked": linked,
        "places": n_places, "places_with_country": with_country, "places_kommun": munis,
        "places_kommun_with_code": with_code,
        "i_dag_rows": len(idag), "i_dag_more_precise_than_document": idag_too_precise,
        "yearless_deadlines": deadlines, "yearless_deadlines_before_document": before,
    }


def lex_cues() -> tuple[str, ...]:
    words = json.loads((Path(__file__).resolve().parents[1] / "pipeline/nlp/resources/date_words.json")
                       .read_text(encoding="utf-8"))
    # the frames the issue names, whatever the pipeline's own list says
    return tuple(sorted(set(words.get("deadline_cues", [])) | {"senast", "till den", "sista ansökningsdag"}))


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f} %)" if b else f"{a}/0"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outputs", default="outputs")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    m = measure(Path(args.outputs))
    print(f"people names with a title or verb: {pct(m['people_title_or_verb'], m['people'])}")
    print(f"people names glued to another name: {pct(m['people_glued'], m['people'])}")
    print(f"registry-linked agencies with orgnr: {pct(m['agencies_with_orgnr'], m['agencies_linked'])}")
    print(f"kommun organisations linked: {pct(m['kommun_linked'], m['kommun_organisations'])}")
    print(f"places with country: {pct(m['places_with_country'], m['places'])}; municipalities with code: "
          f"{pct(m['places_kommun_with_code'], m['places_kommun'])}")
    print("'i dag' rows more precise than their document: "
          f"{pct(m['i_dag_more_precise_than_document'], m['i_dag_rows'])}")
    print(f"year-less deadlines before their document: "
          f"{pct(m['yearless_deadlines_before_document'], m['yearless_deadlines'])}")
    print("title/verb examples:", m["people_title_or_verb_examples"])
    print("glued examples:", m["people_glued_examples"])
    if args.json:
        Path(args.json).write_text(json.dumps(m, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
