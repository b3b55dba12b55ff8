"""Print a pipeline pre-annotation of press releases in the compact notation of build_gold.py, as a starting point
for hand annotation (every line must then be checked against GUIDELINES.md by reading the text).

Run from the repository root:  python tests/gold/preannotate.py [--model models/sv_pipeline] PATH...
(PATH relative to ../shared/data/regeringen-pressmeddelanden, as select_press_extra.py prints them).
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lib import SHARED  # noqa: E402


def preannotation(nlp, source: str, text: str, doc_date: str | None) -> str:
    """The pipeline's annotation of one document in the builder's notation (a `dict(...)` entry of DOCS)."""
    import json

    from pipeline.evaluate_gold import parse_anchor

    doc = nlp.make_doc(text)
    doc._.anchor_date, doc._.anchor_granularity = parse_anchor(doc_date)
    doc = nlp(doc)
    by_char = {(e.start_char, e.end_char): e for e in doc.ents}
    lines = [f'dict(source="{source}", doc_date={json.dumps(doc_date)},', 'ents="""']
    for e in doc.ents:
        if e.label_ in ("PER", "ORG", "LOC"):
            can = e._.canonical or e.text
            lines.append(f"{e.text}|{e.label_}" + (f"|{can}" if can != e.text else ""))
    lines += ['""",', 'dates="""']
    for e in doc.ents:
        if e.label_ == "DATE":
            t = e._.timex or {}
            lines.append(f"{e.text}|{t.get('value')}|{t.get('granularity')}")
    lines += ['""",', 'roles="""']
    for r in doc._.roles or []:
        per = by_char.get((r["person_start"], r["person_end"]))
        org = by_char.get((r["org_start"], r["org_end"])) if r["org_start"] is not None else None
        lines.append(f"{per._.canonical if per is not None else '?'}|{r['role']}|{r['role_text']}|"
                     f"{org._.canonical if org is not None else ''}")
    lines.append('"""),')
    return "\n".join(lines) + "\n"


def main() -> None:
    from pipeline.evaluate_gold import load_nlp

    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/sv_pipeline")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    nlp, _ = load_nlp(args.model)
    for rel in args.paths:
        text = (SHARED / "regeringen-pressmeddelanden" / rel).read_text(encoding="utf-8")
        date = "-".join(rel.split("/")[:2])
        print(preannotation(nlp, "shared:regeringen-pressmeddelanden/" + rel, text, date))


if __name__ == "__main__":
    main()
