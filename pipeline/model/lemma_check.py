"""Put the lemma check (`sv_lemma_repair`, pipeline/nlp/lemmas.py) into the statistical model itself, right after
the trainable lemmatiser, with the table of form/UPOS/lemma of the hand-annotated UD training sentences it uses.

    python -m pipeline.model.lemma_check [--base models/sv_base] [--data ../shared/data]

The edit-tree lemmatiser cuts some words short (sjukvårdsminist, länsstyrels, norrbott): an edit tree learnt on
one word applied to another. The check keeps a lemma that is a known lemma or word and repairs the rest, so the
model's lemmas are words wherever it is used (sv_base alone, sv_pipeline, the themes stage). train.py runs this
after publishing a new model; running it again replaces the component (idempotent).

The table comes from the UD sentences the model trains on (UD-PUD and the training part of UD-Talbanken dev;
never a test split). Eukalyptus is left out: its lemmas follow SALDO's conventions ("mången" for "många", "en viss"
for "vissa"), which the UD test does not, and the check should not vouch for them.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import spacy

import pipeline.nlp.lemmas  # noqa: F401  (registers sv_lemma_repair)
from pipeline.model.convert import DataMissing, load_pud, load_talbanken, split
from pipeline.model.readers import Sentence
from pipeline.model.settings import CorpusParams, train_params
from pipeline.nlp.lemmas import LemmaRepair

DEFAULT_BASE = Path("models/sv_base")
DEFAULT_DATA = Path("../shared/data")
AFTER = "trainable_lemmatizer"
NAME = "sv_lemma_repair"
HEADER = ("# Lemmas of the UD training sentences (UD Swedish-PUD test file and the training part of UD Swedish-"
          "Talbanken dev, CC BY-SA 4.0): lower-case form, UPOS, lemma, count; written by pipeline.model.lemma_check")


def ud_sentences(data: Path, settings: CorpusParams) -> list[Sentence]:
    """The UD sentences convert.py trains on (same seeded split of Talbanken dev)."""
    tb_train, _ = split(load_talbanken(data, "dev"), settings.talbanken_dev_fraction, settings.seed)
    return load_pud(data) + tb_train


def ud_lemma_rows(sents: Iterable[Sentence]) -> list[str]:
    """Sorted form<TAB>upos<TAB>lemma<TAB>count rows (form lower case) of the tokens that have a lemma and a UPOS."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for s in sents:
        if not (s.pos and s.lemmas):
            continue  # an NER-only sentence
        for word, pos, lemma in zip(s.words, s.pos, s.lemmas, strict=True):
            if lemma and pos and "\t" not in word + lemma:
                counts[(word.lower(), pos, lemma)] += 1
    return [f"{form}\t{pos}\t{lemma}\t{n}" for (form, pos, lemma), n in sorted(counts.items())]


def install(base: Path, rows: list[str]) -> None:
    """Add (or replace) sv_lemma_repair after the lemmatiser of the pipeline in `base`, carrying the table rows."""
    nlp = spacy.load(base)
    if AFTER not in nlp.pipe_names:
        raise SystemExit(f"lemma_check: {base} has no {AFTER}")
    if NAME in nlp.pipe_names:
        nlp.remove_pipe(NAME)
    with tempfile.TemporaryDirectory() as tmp:
        known = Path(tmp) / LemmaRepair.KNOWN
        known.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
        repair = nlp.add_pipe(NAME, after=AFTER)
        repair.known = known  # set on the object, not in config.cfg: the saved model carries the file itself
        out = Path(tmp) / "model"
        nlp.to_disk(out)
        shutil.rmtree(base)
        shutil.copytree(out, base)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", type=Path, default=DEFAULT_BASE)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    try:
        rows = ud_lemma_rows(ud_sentences(args.data, train_params().corpus))
    except DataMissing as err:
        raise SystemExit(f"lemma_check: {err}") from err
    install(args.base, rows)
    print(f"lemma_check: {NAME} with a table of {len(rows)} UD form/lemma pairs installed in {args.base} after {AFTER}")


if __name__ == "__main__":
    main()
