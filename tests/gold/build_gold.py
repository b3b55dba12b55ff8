"""Build tests/gold/gold.jsonl from the hand annotations below.

Run:  python tests/gold/build_gold.py          (writes gold.jsonl, prints problems)
      python tests/gold/build_gold.py --hints  (also prints exhaustiveness hints)

Compact notation (see GUIDELINES.md for the annotation rules):
  entities: one mention per line, reading order:  surface | LABEL | canonical   (canonical defaults to surface)
  dates:    one expression per line, reading order: surface | TIMEX3 value | granularity
            (start_date/end_date are derived from the value by _lib.span_of)
  skip:     a line "~text" in entities or dates steps over the next occurrence of text (not a mention), so that a
            later mention of the same form is found ("~UD" before the UD of an app name "UD Resklar")
  roles:    person canonical | normalised role | role_text as written | organisation canonical or empty [| implicit]
Every surface form is located in the source file in reading order (token-bounded); failures are reported.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lib import build_doc  # noqa: E402
from docs_corpus import DOCS as D1  # noqa: E402
from docs_press import DOCS as D2  # noqa: E402
from docs_press2 import DOCS as D3  # noqa: E402
from docs_press3 import DOCS as D4  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "gold.jsonl"
# The in-domain batch: annotator N's first annotations (gold) and second annotations (agreement sample only).
INDOMAIN = HERE / "indomain"
AGREEMENT_OUT = INDOMAIN / "agreement.jsonl"


def load_docs(path: Path) -> list[dict]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCS


def write_jsonl(path: Path, docs: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def main(argv):
    show_hints = "--hints" in argv
    problems: list[str] = []
    if "--only" in argv:  # check one annotation file, write nothing
        path = Path(argv[argv.index("--only") + 1])
        docs = [build_doc(**d, problems=problems) for d in load_docs(path)]
    else:
        first = [d for f in sorted(INDOMAIN.glob("ann_*.py")) for d in load_docs(f)]
        second = [d for f in sorted(INDOMAIN.glob("second_*.py")) for d in load_docs(f)]
        docs = [build_doc(**d, problems=problems) for d in D1 + D2 + D3 + D4 + first]
        write_jsonl(OUT, docs)
        if second:
            write_jsonl(AGREEMENT_OUT, [build_doc(**d, problems=problems) for d in second])
    errs = [p for p in problems if "HINT" not in p]
    hints = [p for p in problems if "HINT" in p]
    for p in errs + (hints if show_hints else []):
        print(p)
    n_e = sum(len(d["entities"]) for d in docs)
    print(f"{len(docs)} docs, {n_e} entities, {sum(len(d['dates']) for d in docs)} dates, "
          f"{sum(len(d['roles']) for d in docs)} roles; {len(errs)} errors, {len(hints)} hints")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
