"""Floret word vectors from the ~5.7M words of government text (regeringen-pressmeddelanden + regeringen-raw).

    python -m pipeline.model.vectors [--data ../shared/data] [--out training/vectors]

Steps: Markdown -> one tokenised paragraph per line (training/vectors/raw.txt), floret CBOW training,
`spacy init vectors --mode floret` -> a spaCy model dir whose vectors the training config loads.
Floret hashes subwords into a fixed number of rows (bucket), so the table size is bucket x dim floats
whatever the vocabulary: 50k x 128 float32 = 26 MB keeps the shipped model well under 50 MB, and subword
hashing still gives vectors to unseen compounds, which Swedish makes all the time.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy

from pipeline.model.settings import FloretParams, train_params

DEFAULT_DATA = Path("../shared/data")
DEFAULT_OUT = Path("training/vectors")

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARKUP = re.compile(r"^\s*(#+|[-*+]|\d+\.)\s+")


def markdown_paragraphs(text: str) -> Iterator[str]:
    """Plain-text paragraphs of a Markdown document (links keep their text, heading/list markers go)."""
    for para in re.split(r"\n\s*\n", text):
        line = _MARKUP.sub("", _LINK.sub(r"\1", para.replace("\n", " "))).strip()
        if line:
            yield line


def iter_documents(data: Path) -> Iterator[str]:
    press = data / "regeringen-pressmeddelanden"
    raw = data / "regeringen-raw"
    if not press.is_dir() or not raw.is_dir():
        raise FileNotFoundError(f"{press} or {raw} not found (the raw text lives in ../shared/data)")
    for path in sorted(press.rglob("*.md")):
        yield path.read_text(encoding="utf-8")
    for path in sorted(raw.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)["text"]


def write_raw_text(data: Path, out_file: Path) -> int:
    """Tokenise with spaCy's Swedish tokenizer, so vector keys match the tokens the pipeline sees."""
    nlp = spacy.blank("sv")
    n_words = 0
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with out_file.open("w", encoding="utf-8") as fh:
        paras = (p for doc in iter_documents(data) for p in markdown_paragraphs(doc))
        for doc in nlp.tokenizer.pipe(paras, batch_size=2000):
            words = [t.text for t in doc if not t.is_space]
            n_words += len(words)
            fh.write(" ".join(words) + "\n")
    return n_words


def train_floret(raw_file: Path, out_prefix: Path, threads: int, settings: FloretParams) -> Path:
    import floret  # only needed for retraining (pip install floret, the [train] extra)

    model = floret.train_unsupervised(str(raw_file), model="cbow", mode="floret", thread=threads,
                                      **settings.model_dump())
    vec_file = out_prefix.with_suffix(".floret")
    model.save_floret_vectors(str(vec_file))
    return vec_file


def init_spacy_vectors(vec_file: Path, model_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "sv", str(vec_file), str(model_dir),
                    "--mode", "floret", "--name", "sv_regeringen_floret"], check=True)


def build_vectors(data: Path = DEFAULT_DATA, out: Path = DEFAULT_OUT, threads: int = 2,
                  settings: FloretParams | None = None) -> Path:
    """Returns the spaCy model dir holding the vectors (out/model)."""
    raw = out / "raw.txt"
    if not raw.exists():
        print(f"vectors: {write_raw_text(data, raw)} words -> {raw}", flush=True)
    vec_file = train_floret(raw, out / "vectors", threads, settings or FloretParams())
    init_spacy_vectors(vec_file, out / "model")
    return out / "model"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)
    try:
        print(build_vectors(args.data, args.out, args.threads, train_params().floret))
    except FileNotFoundError as err:
        raise SystemExit(f"vectors: {err}") from err


if __name__ == "__main__":
    main()
