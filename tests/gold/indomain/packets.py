"""Write each annotator's work packet for the in-domain batch (outside the repository: it holds shared text).

    python tests/gold/indomain/packets.py OUT_DIR [--model models/sv_pipeline]

For annotator N, OUT_DIR/annotator_N/ gets one folder per document (in the draw order of selection.json):
  NNN/text.txt        the document's text exactly as the gold builder reads it (offsets are found in it)
  NNN/meta.txt        source, doc_date, split, and whether this is a first or a second (agreement) annotation
  NNN/pre.txt         TRAIN and DEV only: the pipeline's pre-annotation in the builder's notation, to be read and
                      corrected line by line. TEST documents and second annotations get none: they are annotated
                      from scratch.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _lib import source_text  # noqa: E402
from preannotate import preannotation  # noqa: E402


def doc_date(source: str) -> str | None:
    """YYYY-MM from the path's year and month folders; None where the path has none that is valid (one
    regeringen-raw record is filed under the year 20222)."""
    ym = [p for p in source.split("/") if p.isdigit()]
    if len(ym) < 2 or len(ym[0]) != 4 or not 1 <= int(ym[1]) <= 12:
        return None
    return f"{ym[0]}-{ym[1]}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--model", default="models/sv_pipeline")
    args = ap.parse_args()
    from pipeline.evaluate_gold import load_nlp

    nlp, _ = load_nlp(args.model)
    sel = json.loads((HERE / "selection.json").read_text(encoding="utf-8"))
    counters: dict[int, int] = {}
    for d in sel["documents"]:
        text = source_text(d["source"])
        date = doc_date(d["source"])
        jobs = [(d["annotator"], "first")]
        if d["second_annotator"]:
            jobs.append((d["second_annotator"], "second"))
        for who, kind in jobs:
            n = counters.get(who, 0)
            counters[who] = n + 1
            folder = args.out / f"annotator_{who}" / f"{n:03d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "text.txt").write_text(text, encoding="utf-8")
            (folder / "meta.txt").write_text(f"source: {d['source']}\ndoc_date: {date}\nsplit: {d['split']}\n"
                                             f"annotation: {kind}\n", encoding="utf-8")
            if d["split"] != "test" and kind == "first":
                (folder / "pre.txt").write_text(preannotation(nlp, d["source"], text, date), encoding="utf-8")
    print(counters)


if __name__ == "__main__":
    main()
