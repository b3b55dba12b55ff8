"""Assemble the shipped pipeline: the trained statistical model + sentence boundaries + domain components.

    python -m pipeline.model.assemble [--base models/sv_base] [--out models/sv_pipeline]

models/sv_base is what `spacy train` produced (tok2vec, morphologizer, trainable_lemmatizer, ner);
models/sv_pipeline is what the annotate stage loads. Keeping them apart means the rule components can change
(and be re-assembled in seconds) without retraining.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import spacy

import pipeline
import pipeline.nlp
from pipeline.params_check import STAGE as PARAMS_CHECK
from pipeline.stage import Params, Stage


class AssembleParams(Params):
    pass  # no settings: the model and the components' code are the whole input


STAGE = Stage(
    name="assemble",
    module="pipeline.model.assemble",
    description=__doc__.splitlines()[0],
    params=AssembleParams,
    inputs={"base": "models/sv_base", "params_checked": PARAMS_CHECK.outputs["checked"]},  # runs after the check
    outputs={"pipeline": "models/sv_pipeline"},
    code=("pipeline/model/assemble.py", "pipeline/nlp", "pipeline/themes/lemmas.py"),
)
DEFAULT_BASE = Path(STAGE.inputs["base"])
DEFAULT_OUT = Path(STAGE.outputs["pipeline"])
NAME = "sv_pipeline"
DESCRIPTION = (
    "Swedish pipeline for public-sector text: tok2vec with floret vectors trained on regeringen.se text, "
    "UPOS morphologizer, edit-tree lemmatizer, NER (PER ORG LOC MISC DATE), rule-based sentence boundaries"
    " and the project's domain components. Trained on swedish-ner-corpus, UNER Talbanken, SUC 3.0 dev, "
    "Eukalyptus, UD PUD and UD Talbanken dev; scores in metrics/ner.json and metrics/tagging.json."
)


def assemble(base_dir: Path, out_dir: Path) -> None:
    nlp = spacy.load(base_dir)
    pipeline.nlp.add_domain_components(nlp)
    nlp.meta["name"] = NAME
    nlp.meta["version"] = pipeline.__version__
    nlp.meta["description"] = DESCRIPTION
    nlp.meta["sources"] = nlp.meta.get("sources") or [
        "swedish-ner-corpus (Klintberg, CC BY 4.0)", "UNER Swedish-Talbanken (CC BY-SA 4.0)",
        "SUC 3.0 NER dev via KBLab (CC BY 4.0)", "Eukalyptus (Språkbanken, CC BY 4.0)",
        "UD Swedish-PUD r2.18 (CC BY-SA 4.0)", "UD Swedish-Talbanken r2.17 dev (CC BY-SA 4.0)",
        "regeringen.se texts via civictechsweden/g0vse (vectors)",
    ]
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    sort_sentencizer_chars(out_dir)


def sort_sentencizer_chars(out_dir: Path) -> None:
    """spaCy's sentencizer saves its punctuation set in hash order, which differs between runs; sorted, the same
    model gives the same files (and the annotate store's model fingerprint stays put)."""
    path = out_dir / "sentencizer.json"
    if path.exists():
        cfg = json.loads(path.read_text(encoding="utf-8"))
        cfg["punct_chars"] = sorted(cfg.get("punct_chars", []))
        path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, default=DEFAULT_BASE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not (args.base / "meta.json").is_file():
        raise SystemExit(f"assemble: {args.base} is not a spaCy pipeline (run python -m pipeline.model.train)")
    assemble(args.base, args.out)
    print(f"assembled {args.out} from {args.base}")


if __name__ == "__main__":
    main()
