"""Load the configured spaCy pipeline and make sure it carries the project's domain components."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import get_package_version, is_package

from pipeline.fingerprint import fingerprint
from pipeline.nlp.extensions import register_extensions

# Published spaCy models (sv_core_news_*) use SUC labels; downstream tables use these names.
DEFAULT_LABEL_MAP = {"PRS": "PER", "TME": "DATE", "GPE": "LOC"}


NLP_CODE = Path(__file__).resolve().parent


class ModelError(RuntimeError):
    """The configured model cannot be loaded."""


def load_pipeline(name: str) -> Language:
    """spacy.load a directory or an installed package, adding domain components if it lacks them."""
    register_extensions()
    path = Path(name)
    if not path.exists() and (path.is_absolute() or "/" in name):
        raise ModelError(
            f"model '{name}' not found: train it (README 'Retraining the Swedish model') or set annotate.model"
        )
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelError(f"model '{name}' could not be loaded: {err}") from err
    from pipeline.nlp import add_domain_components  # late import: registering the factories loads the rules

    # Idempotent: the project's own models already carry the components; an installed model gets them here.
    nlp = add_domain_components(nlp)
    return nlp


def model_fingerprint(name: str) -> str:
    """Identifies the model's behaviour for the annotate store without loading it: its files (a folder) or its
    package version (an installed package), plus the domain components' code and rule lists (they can change
    without the model changing)."""
    path = Path(name)
    if path.is_dir():
        return fingerprint([NLP_CODE, path.resolve()])
    if is_package(name):
        return fingerprint([NLP_CODE]) + f"-{name}-{get_package_version(name)}"
    raise ModelError(f"model '{name}' not found: train it (README 'Retraining the Swedish model') "
                     "or set annotate.model to an installed spaCy package")
