"""Build the keyword background and the lemma lexicon (`python -m pipeline.themes.background`).

Source: ../shared/data/regeringen-raw (Swedish Government Offices texts other than press releases, 34,200 documents,
about 4.3 million words; civictechsweden/g0vse, see its SOURCE.md). The analysed press releases are not used, so
keyword scores and lemma repairs are not tuned on the corpus they are measured on.

Each text goes through the same Markdown stripping and cleaning as ingest and the pipeline's own tokenizer, so URL
slugs and Markdown never become words. Lemmas come from the pipeline's lemmatiser, used cheaply (the full model at
about 10,000 words/s would take 7 minutes of both shared cores over 4.3 million words):
  1. in context (tok2vec + morphologizer + lemmatiser) on an evenly spread sample of SAMPLE_WORDS words: the most
     frequent lemma of each form;
  2. every other form seen in at least MIN_DF documents lemmatised once on its own;
  3. each lemma checked and repaired by pipeline.nlp.lemmas (truncations such as länsstyrels -> länsstyrelse).
Outputs:
  models/keywords/background_df.tsv.gz       lemma -> number of reference documents containing it (df >= MIN_DF)
  pipeline/nlp/resources/word_forms.tsv.gz   form -> lemma, df (df >= MIN_DF): the lexicon lemma repair checks
Keyword scores use the background idf instead of the analysed corpus's own, so adding a document never changes the
scores of the documents already there.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from pipeline.tables import write_bytes
from pipeline.themes.lemmas import WORD_FORMS, Lexicon, is_word, read_tsv, stem_candidates

log = logging.getLogger("pipeline.themes.background")

SHARED = Path("../shared/data")
OUT = Path("models/keywords/background_df.tsv.gz")
MODEL = Path("models/sv_base")  # the lemmatiser alone (LEMMA_COMPONENTS); sv_pipeline carries this stage's word forms
MIN_DF = 2  # a word seen in one document only carries no reliable frequency and doubles the file size
SAMPLE_WORDS = 400_000  # contextual lemmas for the frequent forms; about 40 s on one core
LEMMA_COMPONENTS = ("tok2vec", "morphologizer", "trainable_lemmatizer")
SOURCE = "regeringen-raw (civictechsweden/g0vse, 34,200 documents)"


def iter_texts(shared: Path) -> Iterator[str]:
    """Clean text of every reference document, in a fixed order."""
    # Imported here: the themes stage imports this module for load_background on every run, and the cleaning
    # code (ftfy and the format readers) is only needed when the background is built.
    from pipeline.ingest.clean import clean_text
    from pipeline.ingest.formats import _front_matter, strip_markdown

    for path in sorted((shared / "regeringen-raw").glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                body, _ = _front_matter(json.loads(line)["text"])
                yield clean_text(strip_markdown(body))[0]


def is_form(text: str) -> bool:
    return text.isalpha()


def reference_lemmas(nlp, sample: list[str], forms: list[str]) -> dict[str, str]:
    """form -> lemma: majority lemma in context over the sample, else the lemma of the form on its own."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for doc in nlp.pipe(sample, batch_size=32):
        for token in doc:
            if is_form(token.text):
                votes[token.text.lower()][token.lemma_.lower()] += 1
    lemmas = {form: max(c.items(), key=lambda kv: (kv[1], kv[0]))[0] for form, c in votes.items()}
    rest = [f for f in forms if f not in lemmas]
    log.info("background: %d forms lemmatised in context, %d on their own", len(lemmas), len(rest))
    for form, doc in zip(rest, nlp.pipe(rest, batch_size=1000), strict=True):
        lemmas[form] = doc[0].lemma_.lower() if len(doc) == 1 else form
    return lemmas


def repaired(raw: dict[str, str]) -> dict[str, str]:
    """Apply the lemma check to the reference lemmas themselves (the lexicon cannot use itself to fold)."""
    lex = Lexicon.from_rows(sorted(raw.items()))
    out = {}
    for form, lemma in raw.items():
        if not lemma.isalpha() or is_word(lemma, lex):
            out[form] = lemma if lemma.isalpha() else form
            continue
        out[form] = next((c for c in stem_candidates(lemma, form) if c in lex.forms), form)
    return out


def write_gz(rows: list[str], header: str, out: Path) -> None:
    # mtime=0 keeps the gzip bytes identical between builds.
    text = "".join(f"{line}\n" for line in (header, *rows))
    write_bytes(out, gzip.compress(text.encode("utf-8"), mtime=0))


def build(shared: Path, model: Path, out: Path, forms_out: Path) -> None:
    import spacy

    nlp = spacy.load(model, enable=list(LEMMA_COMPONENTS))
    form_id: dict[str, int] = {}
    docs: list[array] = []
    texts_words: list[int] = []
    for text in iter_texts(shared):
        ids = array("i", sorted({form_id.setdefault(t.text.lower(), len(form_id)) for t in nlp.tokenizer(text)
                                 if is_form(t.text)}))
        docs.append(ids)
        texts_words.append(len(ids))
    n_docs = len(docs)
    form_df = Counter()
    for ids in docs:
        form_df.update(ids)
    names = sorted(form_id, key=form_id.get)
    frequent = sorted(names[i] for i, n in form_df.items() if n >= MIN_DF)
    # Evenly spread sample (every k-th document) of about SAMPLE_WORDS distinct-word tokens.
    step = max(1, sum(texts_words) // SAMPLE_WORDS)
    sample = [text for i, text in enumerate(iter_texts(shared)) if i % step == 0]
    lemmas = repaired(reference_lemmas(nlp, sample, frequent))
    lemma_df: Counter = Counter()
    for ids in docs:
        lemma_df.update({lemmas.get(names[i], names[i]) for i in ids})
    header = f"#documents\t{n_docs}\tsource: {SOURCE}; lemmas of {model.name}, repaired"
    write_gz([f"{w}\t{n}" for w, n in sorted(lemma_df.items(), key=lambda kv: (-kv[1], kv[0])) if n >= MIN_DF],
             header, out)
    write_gz([f"{f}\t{lemmas[f]}\t{form_df[form_id[f]]}" for f in frequent],
             f"#form\tlemma\tdf (source: {SOURCE})", forms_out)
    log.info("background: %d documents, %d lemmas, %d forms (df >= %d) -> %s, %s",
             n_docs, sum(n >= MIN_DF for n in lemma_df.values()), len(frequent), MIN_DF, out, forms_out)


def load_background(path: Path = OUT) -> tuple[int, dict[str, int]]:
    """(number of reference documents, lemma -> document frequency)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        header = handle.readline().split("\t")
    if header[0] != "#documents" or not header[1].strip().isdigit():
        raise ValueError(f"{path}: first line must be '#documents<TAB>count', got {header!r}")
    table = read_tsv(path, ["lemma", "df"], [pa.string(), pa.int64()])
    return int(header[1]), dict(zip(table["lemma"].to_pylist(), table["df"].to_pylist(), strict=True))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--forms-out", type=Path, default=WORD_FORMS)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    if not (args.shared / "regeringen-raw").is_dir():
        log.error("%s: reference corpus not found (regeringen-raw)", args.shared)
        return 2
    build(args.shared, args.model, args.out, args.forms_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
