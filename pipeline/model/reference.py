"""A model named in params (a pipeline folder or an installed spaCy package): its meta and its fingerprint,
without importing spaCy.

The annotate stage's main process only needs these: the worker processes load the model. Keeping spaCy and the rule
modules out of the main process saves about a second of imports on every run and ~80 MB while the workers run.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path

from pipeline.fingerprint import fingerprint

# Published spaCy models (sv_core_news_*) use SUC labels; downstream tables use these names.
DEFAULT_LABEL_MAP = {"PRS": "PER", "TME": "DATE", "GPE": "LOC"}

NLP_CODE = Path(__file__).resolve().parents[1] / "nlp"  # the domain components' code and rule lists

NOT_FOUND = "train it (README 'Retraining the Swedish model') or set annotate.model to an installed spaCy package"


class ModelError(RuntimeError):
    """The configured model cannot be found or loaded."""


def _package_dir(name: str) -> Path | None:
    """The folder of an installed model package, found the way spacy.util.is_package does, without spaCy."""
    if "/" in name or Path(name).exists():
        return None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def model_meta(name: str) -> dict:
    path = Path(name)
    if (path / "meta.json").exists():
        return json.loads((path / "meta.json").read_text(encoding="utf-8"))
    package = _package_dir(name)
    if package is not None and (package / "meta.json").exists():
        return json.loads((package / "meta.json").read_text(encoding="utf-8"))
    raise ModelError(f"model '{name}' not found: {NOT_FOUND}")


def model_fingerprint(name: str) -> str:
    """Identifies the model's behaviour for the annotate store without loading it: its files (a folder) or its
    package version (an installed package), plus the domain components' code and rule lists (they can change
    without the model changing)."""
    path = Path(name)
    if path.is_dir():
        return fingerprint([NLP_CODE, path.resolve()])
    if _package_dir(name) is not None:
        return fingerprint([NLP_CODE]) + f"-{name}-{importlib.metadata.version(name)}"
    raise ModelError(f"model '{name}' not found: {NOT_FOUND}")
