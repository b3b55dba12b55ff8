"""Convert the annotated corpora in ../shared/data into spaCy DocBins for one multi-task training run.

    python -m pipeline.model.convert [--data ../shared/data] [--out training/corpus]

Writes train.spacy and dev.spacy. Each Doc carries only the annotation its source has: NER-only docs have
no POS/lemma (missing for the morphologizer and lemmatizer), tagging docs have no entities (missing for NER),
so one `spacy train` learns all components. Held-out test splits (swedish-ner-corpus test, UNER test,
UD-Talbanken test) are never written here; sentences of swedish-ner-corpus train that also occur in its test
file are dropped so no test sentence is trained on.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from pipeline.model import indomain, readers
from pipeline.model.labels import SUC_TO_PROJECT, koala_lemma, koala_to_upos, map_iob2, sucx3_tags
from pipeline.model.readers import Sentence
from pipeline.model.settings import CorpusParams, train_params

DEFAULT_DATA = Path("../shared/data")
DEFAULT_OUT = Path("training/corpus")
# The model whose predictions mark the unsure tokens of the in-domain sentences missing (indomain.py).
LABELLING_MODEL = Path("models/sv_base")


class DataMissing(FileNotFoundError):
    """../shared/data (or one of its files) is absent."""


def require_file(path: Path) -> Path:
    if not path.is_file():
        raise DataMissing(f"{path}: not found. The corpora live in ../shared/data (see each SOURCE.md); "
                          "they are not part of the repository.")
    return path


# --- corpus paths (one place, shared with evaluate.py) -------------------------------------------------
def snc_path(data: Path, split: str) -> Path:
    return require_file(data / "swedish-ner-corpus" / f"{split}_corpus.txt")


def uner_path(data: Path, split: str) -> Path:
    return require_file(data / "uner-swedish-talbanken" / f"sv_talbanken-ud-{split}.iob2")


def talbanken_path(data: Path, split: str) -> Path:
    return require_file(data / "ud-swedish-talbanken" / f"sv_talbanken-ud-{split}.conllu")


# --- sentence loaders (format + mapping, no spaCy) ------------------------------------------------------
def load_snc(data: Path, split: str) -> list[Sentence]:
    return readers.parse_swedish_ner_corpus(readers.read_text(snc_path(data, split)))


def load_uner(data: Path, split: str) -> list[Sentence]:
    return readers.parse_iob2(readers.read_text(uner_path(data, split)))


def load_suc(data: Path) -> list[Sentence]:
    sents = readers.parse_suc_jsonl(readers.read_text(require_file(data / "suc3-ner-kb-dev" / "dev.jsonl")))
    for s in sents:
        s.ner = map_iob2(s.ner, SUC_TO_PROJECT)
    return sents


def load_sucx3(data: Path, exclude: set[tuple[str, ...]]) -> list[Sentence]:
    """KBLab's SUC removed sentences with project labels, less those whose words are in `exclude` (the 271 that
    suc3-ner-kb-dev also holds)."""
    folder = data / "sucx3-removed-sents"
    text = readers.read_text(require_file(folder / "removed_sents_from_original_to_simple.txt"))
    inst_places = set(json.loads(readers.read_text(require_file(folder / "inst_LOC.json"))))
    out: list[Sentence] = []
    for s, auto in readers.parse_sucx3(text):
        if tuple(s.words) in exclude:
            continue
        s.ner = sucx3_tags(s.words, s.ner, auto, inst_places)
        out.append(s)
    return out


def load_talbanken(data: Path, split: str) -> list[Sentence]:
    return readers.parse_conllu(readers.read_text(talbanken_path(data, split)))


def load_pud(data: Path) -> list[Sentence]:
    path = require_file(data / "ud-swedish-pud" / "sv_pud-ud-test.conllu")
    return readers.parse_conllu(readers.read_text(path))


def load_eukalyptus(data: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    folder = data / "eukalyptus"
    files = sorted(folder.glob("eukalyptus_*.conllu"))
    if not files:
        raise DataMissing(f"{folder}: no eukalyptus_*.conllu files")
    for path in files:
        for toks in readers.parse_eukalyptus(readers.read_text(path)):
            sents.append(Sentence(words=[t.form for t in toks], pos=koala_to_upos(toks),
                                  lemmas=[koala_lemma(t) for t in toks], sent_id=path.stem))
    return sents


def attach_ner(ud: list[Sentence], ner: list[Sentence]) -> None:
    """Copy UNER entity tags onto the UD sentences with the same sent_id and words (same tokenisation)."""
    by_id = {s.sent_id: s for s in ner}
    for s in ud:
        other = by_id.get(s.sent_id)
        if other is not None and other.words == s.words:
            s.ner = other.ner


# --- spaCy side ---------------------------------------------------------------------------------------------
def sentence_to_doc(vocab: Vocab, s: Sentence) -> Doc:
    """One Doc per sentence; absent annotation stays unset so spaCy treats it as missing, not as 'O'/empty."""
    doc = Doc(vocab, words=s.words, spaces=[True] * len(s.words), ents=s.ner or None)
    for tok, pos in zip(doc, s.pos or [""] * len(doc), strict=True):
        if pos:
            tok.pos_ = pos
    for tok, lemma in zip(doc, s.lemmas or [""] * len(doc), strict=True):
        if lemma:
            tok.lemma_ = lemma
    return doc


def to_docbin(vocab: Vocab, sents: Iterable[Sentence]) -> DocBin:
    db = DocBin(store_user_data=False)
    for s in sents:
        if s.words:
            db.add(sentence_to_doc(vocab, s))
    return db


def split(sents: list[Sentence], fraction: float, seed: int = 0) -> tuple[list[Sentence], list[Sentence]]:
    """Seeded (train, dev) split of a sentence list."""
    idx = list(range(len(sents)))
    random.Random(seed).shuffle(idx)
    n_dev = round(len(sents) * fraction)
    dev_idx = set(idx[:n_dev])
    return ([s for i, s in enumerate(sents) if i not in dev_idx], [s for i, s in enumerate(sents) if i in dev_idx])


def build_splits(data: Path, settings: CorpusParams, limit: int | None = None) -> dict[str, list[Sentence]]:
    """All training and dev sentences, mixed as `settings` says. `limit` keeps the first N of each source
    (for tests)."""
    snc_test = {tuple(s.words) for s in load_snc(data, "test")}
    snc = [s for s in load_snc(data, "train") if tuple(s.words) not in snc_test]
    snc_train, snc_dev = split(snc, settings.snc_dev_fraction, settings.seed)

    tb_dev = load_talbanken(data, "dev")
    attach_ner(tb_dev, load_uner(data, "dev"))
    tb_train, tb_devdev = split(tb_dev, settings.talbanken_dev_fraction, settings.seed)

    suc = load_suc(data)
    sources = {
        "snc": snc_train * settings.snc_repeat,
        "uner": load_uner(data, "train"),
        "suc": suc,
        "eukalyptus": load_eukalyptus(data),
        "pud": load_pud(data) * settings.ud_repeat,
        "talbanken": tb_train * settings.ud_repeat,
    }
    if settings.sucx3_repeat:
        sources["sucx3"] = load_sucx3(data, {tuple(s.words) for s in suc}) * settings.sucx3_repeat
    gold_dev = settings.ner_dev in ("gold", "both")
    if settings.weak_sentences or settings.gold_dev_repeat or settings.gold_train_repeat or gold_dev:
        sources.update(indomain.in_domain(LABELLING_MODEL, data, settings.weak_sentences, settings.gold_dev_repeat,
                                          settings.seed, gold_train_repeat=settings.gold_train_repeat,
                                          gold_dev=gold_dev))
    ner_dev = sources.pop("gold_dev_eval", [])
    if settings.ner_dev == "gold":  # the entity score comes from the gold dev documents alone
        snc_dev = []
        tb_devdev = [Sentence(words=s.words, pos=s.pos, lemmas=s.lemmas, sent_id=s.sent_id) for s in tb_devdev]
    if limit is not None:
        sources = {k: v[:limit] for k, v in sources.items()}
        snc_dev, tb_devdev, ner_dev = snc_dev[:limit], tb_devdev[:limit], ner_dev[:limit]
    train = [s for v in sources.values() for s in v]
    random.Random(settings.seed).shuffle(train)
    return {"train": train, "dev": snc_dev + tb_devdev + ner_dev}


def convert(data: Path = DEFAULT_DATA, out: Path = DEFAULT_OUT, limit: int | None = None,
            settings: CorpusParams | None = None) -> dict[str, int]:
    """Write out/train.spacy and out/dev.spacy; returns sentence counts."""
    out.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("sv").vocab
    counts: dict[str, int] = {}
    for name, sents in build_splits(data, settings or CorpusParams(), limit).items():
        to_docbin(vocab, sents).to_disk(out / f"{name}.spacy")
        counts[name] = len(sents)
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--limit", type=int, default=None, help="first N sentences per source (smoke tests)")
    args = ap.parse_args(argv)
    try:
        counts = convert(args.data, args.out, args.limit, train_params().corpus)
    except DataMissing as err:
        raise SystemExit(f"convert: {err}") from err
    print(f"wrote {args.out}: " + ", ".join(f"{k}={v} sentences" for k, v in counts.items()))


if __name__ == "__main__":
    main()
