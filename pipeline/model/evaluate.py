"""Score a spaCy pipeline on the held-out test splits; write flat JSON metrics for `dvc metrics show`.

    python -m pipeline.model.evaluate [--model models/sv_base] [--pipeline models/sv_pipeline] [--data ../shared/data]
                                      [--metrics metrics]

- metrics/ner.json: swedish-ner-corpus test_corpus.txt, uner-swedish-talbanken test and UNER Swedish-PUD (a check
  only: never used to choose), entity P/R/F overall
  (PER+ORG+LOC, the labels both corpora annotate; swedish-ner-corpus also with MISC) and per label.
- metrics/tagging.json: ud-swedish-talbanken test UPOS accuracy and lemma accuracy (+ per-UPOS accuracy).
- metrics/rules.json (with --pipeline): the same NER scores for the assembled pipeline (model + rule components),
  `pipeline_<key>`, and `pipeline_minus_base_<key>` = pipeline - model for each of them: what the rule layer
  costs or gains on public text it was not written for (it should not lower the model's overall F by more than
  0.005).

The test files are tokenised already, so the pipeline runs on a Doc built from the gold words: scores measure
the statistical components, not tokenisation. Predicted labels that a corpus does not annotate (DATE for both,
MISC for UNER) are removed before scoring, since the gold cannot say whether they are right.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.training import Example

from pipeline.model import readers
from pipeline.model.convert import DataMissing, load_snc, load_talbanken, load_uner, sentence_to_doc
from pipeline.model.readers import Sentence

DEFAULT_MODEL = Path("models/sv_base")
DEFAULT_DATA = Path("../shared/data")
DEFAULT_METRICS = Path("metrics")
CORE = ("PER", "ORG", "LOC")


def predict(nlp: Language, sents: list[Sentence], batch_size: int = 256) -> list[Example]:
    """Run the pipeline over gold-tokenised copies of the sentences; pair each with its gold Doc."""
    gold = [sentence_to_doc(nlp.vocab, s) for s in sents]
    bare = (Doc(nlp.vocab, words=[t.text for t in g], spaces=[True] * len(g)) for g in gold)
    preds = nlp.pipe(bare, batch_size=batch_size)
    return [Example(p, g) for p, g in zip(preds, gold, strict=True)]


def restrict_ents(examples: Iterable[Example], labels: Iterable[str]) -> list[Example]:
    """Copies of the examples keeping only entities of `labels` on both sides."""
    keep = set(labels)
    out: list[Example] = []
    for eg in examples:
        pred = eg.predicted.copy()
        gold = eg.reference.copy()
        pred.set_ents([e for e in pred.ents if e.label_ in keep], default="outside")
        gold.set_ents([e for e in gold.ents if e.label_ in keep], default="outside")
        out.append(Example(pred, gold))
    return out


def ner_scores(examples: list[Example], labels: Iterable[str], prefix: str) -> dict[str, float]:
    s = Scorer.score_spans(restrict_ents(examples, labels), "ents")
    flat = {f"{prefix}_p": s["ents_p"], f"{prefix}_r": s["ents_r"], f"{prefix}_f": s["ents_f"]}
    for label, prf in sorted((s.get("ents_per_type") or {}).items()):
        for k in ("p", "r", "f"):
            flat[f"{prefix}_{label}_{k}"] = prf[k]
    return flat


def tagging_scores(examples: list[Example]) -> dict[str, float]:
    pos = Scorer.score_token_attr(examples, "pos")
    lemma = Scorer.score_token_attr(examples, "lemma")
    flat: dict[str, float] = {"talbanken_test_upos_acc": pos["pos_acc"],
                              "talbanken_test_lemma_acc": lemma["lemma_acc"]}
    # Per-UPOS accuracy shows where tagging errors concentrate (gold tag -> share predicted right).
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for eg in examples:
        for p, g in zip(eg.predicted, eg.reference, strict=True):
            if g.pos_:
                total[g.pos_] += 1
                right[g.pos_] += p.pos_ == g.pos_
    for tag in sorted(total):
        flat[f"talbanken_test_upos_acc_{tag}"] = right[tag] / total[tag]
    return flat


def rounded(d: dict[str, float | None]) -> dict[str, float]:
    return {k: round(float(v), 4) for k, v in d.items() if v is not None}


def load_uner_pud(data: Path) -> list[Sentence]:
    """UNER Swedish-PUD (../shared/data/uner-sv-pud): a check only, never used to choose a model or a rule."""
    path = data / "uner-sv-pud" / "sv_pud-ud-test.iob2"
    if not path.is_file():
        raise DataMissing(f"{path}: not found")
    return readers.parse_iob2(readers.read_text(path))


def ner_metrics(nlp: Language, data: Path) -> dict[str, float]:
    snc = predict(nlp, load_snc(data, "test"))
    uner = predict(nlp, load_uner(data, "test"))
    pud = predict(nlp, load_uner_pud(data))
    return rounded({
        **ner_scores(snc, CORE, "snc_test"),
        **{k: v for k, v in ner_scores(snc, (*CORE, "MISC"), "snc_test_with_misc").items()
           if k.count("_") == 4},  # overall P/R/F only; per-label figures are already above
        **ner_scores(uner, CORE, "uner_test"),
        **ner_scores(pud, CORE, "uner_pud_test"),
    })


def evaluate(model: Path, data: Path) -> tuple[dict[str, float], dict[str, float]]:
    """(ner metrics, tagging metrics) for the model directory."""
    nlp = spacy.load(model)
    return ner_metrics(nlp, data), rounded(tagging_scores(predict(nlp, load_talbanken(data, "test"))))


def rule_layer(base_ner: dict[str, float], pipeline_ner: dict[str, float]) -> dict[str, float]:
    """The assembled pipeline's NER scores and their difference from the statistical model's."""
    out = {f"pipeline_{k}": v for k, v in pipeline_ner.items()}
    out.update({f"pipeline_minus_base_{k}": round(v - base_ner[k], 4) for k, v in pipeline_ner.items()
                if k in base_ner})
    return out


def load_assembled(path: Path) -> Language:
    """The pipeline as the annotate stage loads it (its Doc extensions registered)."""
    from pipeline.nlp.loading import load_pipeline  # late import: only this report needs the domain rules

    return load_pipeline(str(path))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--metrics", type=Path, default=DEFAULT_METRICS)
    ap.add_argument("--pipeline", type=Path, default=None,
                    help="also score this assembled pipeline on the NER test sets (metrics/rules.json)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        raise SystemExit(f"evaluate: {args.data} not found. The held-out test corpora live in ../shared/data "
                         "(outside the repository); without them there is nothing to score. The committed "
                         "metrics/*.json hold the last measured scores.")
    if not (args.model / "meta.json").is_file():
        raise SystemExit(f"evaluate: {args.model} is not a spaCy pipeline directory")
    if args.pipeline is not None and not (args.pipeline / "meta.json").is_file():
        raise SystemExit(f"evaluate: {args.pipeline} is not a spaCy pipeline (python -m pipeline.model.assemble)")
    try:
        ner, tagging = evaluate(args.model, args.data)
        outputs = {"ner": ner, "tagging": tagging}
        if args.pipeline is not None:
            outputs["rules"] = rule_layer(ner, ner_metrics(load_assembled(args.pipeline), args.data))
    except DataMissing as err:
        raise SystemExit(f"evaluate: {err}") from err
    args.metrics.mkdir(parents=True, exist_ok=True)
    for name, scores in outputs.items():
        (args.metrics / f"{name}.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n")
    summary = {k: v for scores in outputs.values() for k, v in scores.items()  # overall figures, not per label
               if k.endswith(("_f", "_acc")) and not any(f"_{lab}_" in k for lab in (*CORE, "MISC", "acc"))}
    print(json.dumps({"model": str(args.model), "pipeline": str(args.pipeline), **summary}, indent=2))


if __name__ == "__main__":
    main()
