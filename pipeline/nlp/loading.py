"""Load the configured spaCy pipeline and make sure it carries the project's domain components."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.model.reference import DEFAULT_LABEL_MAP, NOT_FOUND, ModelError, model_fingerprint
from pipeline.nlp.extensions import register_extensions

__all__ = ["DEFAULT_LABEL_MAP", "ModelError", "load_pipeline", "model_fingerprint"]


def load_pipeline(name: str) -> Language:
    """spacy.load a directory or an installed package, adding domain components if it lacks them."""
    register_extensions()
    path = Path(name)
    if not path.exists() and (path.is_absolute() or "/" in name):
        raise ModelError(f"model '{name}' not found: {NOT_FOUND}")
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelError(f"model '{name}' could not be loaded: {err}") from err
    from pipeline.nlp import add_domain_components  # late import: registering the factories loads the rules

    # Idempotent: the project's own models already carry the components; an installed model gets them here.
    nlp = add_domain_components(nlp)
    return nlp
