"""spaCy components for Swedish public-sector text (registered factories, saved with the pipeline)."""

from pipeline.nlp.extensions import register_extensions

__all__ = ["register_extensions"]
