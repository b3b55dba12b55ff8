"""Load the configured spaCy pipeline and make sure it carries the project's domain components."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline.nlp.extensions import register_extensions

log = logging.getLogger(__name__)

# Published spaCy models (sv_core_news_*) use SUC labels; downstream tables use these names.
DEFAULT_LABEL_MAP = {"PRS": "PER", "TME": "DATE", "GPE": "LOC"}


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
    import pipeline.nlp as domain  # late import: the components register their factories on import

    add = getattr(domain, "add_domain_components", None)
    if add is not None and not getattr(domain, "has_domain_components", lambda _nlp: False)(nlp):
        log.info("model %s has no domain components; adding them", name)
        nlp = add(nlp)
    if not (nlp.has_pipe("senter") or nlp.has_pipe("parser") or nlp.has_pipe("sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def model_fingerprint(name: str, nlp: Language) -> str:
    """Identifies the model's behaviour for the annotate cache: its meta plus, for a directory, its files."""
    digest = hashlib.sha256()
    digest.update(f"{nlp.meta.get('name')}-{nlp.meta.get('version')}-{nlp.pipe_names}".encode())
    path = Path(name)
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(str(file.relative_to(path)).encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]
