"""Retrain the Swedish statistical pipeline from ../shared/data in one command.

    python -m pipeline.model.train [--data ../shared/data] [--config configs/sv_pipeline.cfg]
                                   [--gpu-id -1] [-- extra spaCy config overrides]

Settings (corpus mix, vectors, max_steps) are in params.yaml's `train` section.

1. convert the corpora into training/corpus/{train,dev}.spacy   (pipeline/model/convert.py)
2. train floret vectors into training/vectors/model, if missing  (pipeline/model/vectors.py; needs `floret`)
3. `spacy train` with configs/sv_pipeline.cfg into training/output (from the `spacy pretrain` weights of
   pipeline/model/pretrain.py when params.yaml train.pretrain.use is true)
4. copy training/output/model-best to models/sv_base and put the lemma check in it (pipeline/model/lemma_check.py);
   the root pipeline's `assemble` stage builds sv_pipeline

Then `python -m pipeline.model.evaluate` scores it. Expect ~1 hour on 2 CPU cores for the configured steps;
spaCy's CPU training does not use more than one core, so more cores only help to run variants side by side.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from pipeline.config import PARAMS_FILE
from pipeline.model import lemma_check, pretrain
from pipeline.model.convert import DataMissing, convert
from pipeline.model.settings import PretrainParams, train_params
from pipeline.model.vectors import build_vectors

DEFAULT_DATA = Path("../shared/data")
DEFAULT_CONFIG = Path("configs/sv_pipeline.cfg")
CORPUS = Path("training/corpus")
VECTORS = Path("training/vectors")
OUTPUT = Path("training/output")
BASE = Path("models/sv_base")


def spacy_train(config: Path, output: Path, corpus: Path, vectors: Path | None, max_steps: int | None,
                gpu_id: int, extra: list[str]) -> Path:
    """Run `spacy train`; returns the model-best directory."""
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(output),
           "--paths.train", str(corpus / "train.spacy"), "--paths.dev", str(corpus / "dev.spacy"),
           "--gpu-id", str(gpu_id)]
    if vectors is None:
        cmd += ["--paths.vectors", "null", "--components.tok2vec.model.embed.include_static_vectors", "false"]
    else:
        cmd += ["--paths.vectors", str(vectors)]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps)]
    subprocess.run(cmd + extra, check=True)
    return output / "model-best"


def training_config(config: Path, settings: PretrainParams, extra: list[str],
                    out: Path = pretrain.OUT) -> tuple[Path, list[str]]:
    """The config and overrides for `spacy train`. With pretraining: the config the weights were pretrained with,
    since spaCy loads init_tok2vec only when [pretraining] is filled in (with the empty block of
    configs/sv_pipeline.cfg it silently trains from scratch)."""
    if not settings.use:
        return config, extra
    init = pretrain.weights(out, settings.epochs)
    if not init.is_file():
        raise SystemExit(f"train: {init} missing; run python -m pipeline.model.pretrain first")
    return out / "config.cfg", ["--paths.init_tok2vec", str(init), *extra]


def publish(model_best: Path, data: Path, base: Path = BASE) -> None:
    """models/sv_base is a plain folder in git, not a DVC output of this pipeline: otherwise every `dvc repro` of
    the analysis would pull training (which needs ../shared/data) in as an upstream stage. The lemma check goes in
    right after the lemmatiser (lemma_check.py), so the published model never gives a cut-short lemma."""
    if base.exists():
        shutil.rmtree(base)
    shutil.copytree(model_best, base)
    lemma_check.install(base, lemma_check.ud_lemma_rows(lemma_check.ud_sentences(data, train_params().corpus)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--gpu-id", type=int, default=-1)
    ap.add_argument("--no-publish", action="store_true", help="leave models/ untouched (experiments)")
    ap.add_argument("--params", type=Path, default=PARAMS_FILE,
                    help="a params file with a `train` section (experiments side by side; default params.yaml)")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="where the converted corpus goes")
    ap.add_argument("overrides", nargs="*", help="extra spaCy overrides, e.g. --training.dropout 0.2")
    args, unknown = ap.parse_known_args(argv)
    settings = train_params(args.params)  # params.yaml `train`: corpus mix, vectors, max_steps
    try:
        counts = convert(args.data, args.corpus, settings=settings.corpus)
        print(f"train: corpus {counts}", flush=True)
        vectors = None
        if settings.vectors:
            vectors = VECTORS / "model"
            if not (vectors / "meta.json").is_file():
                build_vectors(args.data, VECTORS, settings=settings.floret)
    except (DataMissing, FileNotFoundError) as err:
        raise SystemExit(f"train: {err}") from err
    config, extra = training_config(args.config, settings.pretrain, args.overrides + unknown)
    best = spacy_train(config, args.output, args.corpus, vectors, settings.max_steps, args.gpu_id, extra)
    if not args.no_publish:
        publish(best, args.data)
        print(f"train: published {BASE}; `dvc repro` re-assembles models/sv_pipeline")


if __name__ == "__main__":
    main()
