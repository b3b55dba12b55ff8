"""`spacy pretrain` (characters objective) of the tok2vec on the government text, for training to start from.

    python -m pipeline.model.pretrain [--data ../shared/data] [--config configs/sv_pipeline.cfg]

1. training/pretrain/raw.jsonl: paragraphs of ../shared/data/regeringen-raw and regeringen-pressmeddelanden, drawn
   at random (seeded) up to params.yaml train.pretrain.words words; documents of the gold set are left out.
2. training/pretrain/config.cfg: the training config with spaCy's default [pretraining] block (PretrainCharacters:
   predict the first and last 4 characters of each word from its context), same tok2vec and floret vectors.
3. `spacy pretrain` for train.pretrain.epochs epochs into training/pretrain/out (model<N>.bin weights).

Training starts from the weights when params.yaml train.pretrain.use is true (train.py passes
--paths.init_tok2vec). The tok2vec architecture must be the one the training config builds.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.model.indomain import PRESS, RAW, gold_sources, iter_texts
from pipeline.model.settings import PretrainParams, train_params
from pipeline.model.vectors import markdown_paragraphs

DEFAULT_DATA = Path("../shared/data")
DEFAULT_CONFIG = Path("configs/sv_pipeline.cfg")
OUT = Path("training/pretrain")
VECTORS = Path("training/vectors/model")
MIN_WORDS = 5  # headings and table cells are no context to learn from


def write_raw_text(data: Path, out_file: Path, words: int, seed: int = 0) -> int:
    """Random paragraphs (seeded) up to `words` words as spaCy JSONL ({"text": ...}); returns the word count."""
    paras = [p for _, text in iter_texts(data, gold_sources()) for p in markdown_paragraphs(text)
             if p.count(" ") + 1 >= MIN_WORDS]
    random.Random(seed).shuffle(paras)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out_file.open("w", encoding="utf-8") as f:
        for p in paras:
            if n >= words:
                break
            f.write(json.dumps({"text": p}, ensure_ascii=False) + "\n")
            n += p.count(" ") + 1
    return n


def weights(out: Path, epochs: int) -> Path:
    """The weights file `spacy pretrain` writes after the last epoch."""
    return out / "out" / f"model{epochs - 1}.bin"


def pretrain(config: Path, out: Path, data: Path, settings: PretrainParams) -> Path:
    raw = out / "raw.jsonl"
    n = write_raw_text(data, raw, settings.words)
    print(f"pretrain: {n} words of {RAW} + {PRESS} in {raw}", flush=True)
    filled = out / "config.cfg"
    subprocess.run([sys.executable, "-m", "spacy", "init", "fill-config", str(config), str(filled), "--pretraining"],
                   check=True)
    shutil.rmtree(out / "out", ignore_errors=True)  # weights of an earlier run would be mixed with these
    subprocess.run([sys.executable, "-m", "spacy", "pretrain", str(filled), str(out / "out"),
                    "--paths.raw_text", str(raw), "--paths.vectors", str(VECTORS),
                    "--pretraining.max_epochs", str(settings.epochs)], check=True)
    return weights(out, settings.epochs)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    args = ap.parse_args(argv)
    if not (VECTORS / "meta.json").is_file():
        raise SystemExit(f"pretrain: {VECTORS} missing; run python -m pipeline.model.vectors first")
    print(f"pretrain: wrote {pretrain(args.config, OUT, args.data, train_params().pretrain)}")


if __name__ == "__main__":
    main()
