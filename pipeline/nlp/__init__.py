"""spaCy components for Swedish public-sector text (registered factories, saved with the pipeline).

Components (one job each, in pipeline order after the statistical `ner`):
    sv_org_rules      organisation names by shape, known names, acronyms   (orgs.py)
    sv_date_rules     DATE entities with TIMEX3 values                      (dates.py, timex.py)
    sv_role_matcher   person - title - organisation relations              (roles/)
    sv_canonicalizer  canonical names, entity ids, types, aliases          (canonical.py)
    sv_lemma_repair   truncated lemmas repaired against known word forms  (lemmas.py; right after the lemmatiser)
`add_domain_components(nlp)` adds all of them; the factories are also registered as spaCy entry points
(pyproject.toml), so `spacy.load("models/sv_pipeline")` finds them without importing this package.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp import canonical, dates, layout, lemmas, orgs, roles  # noqa: F401  (registers the factories)
from pipeline.nlp.extensions import register_extensions

DOMAIN_COMPONENTS = ("sv_org_rules", "sv_date_rules", "sv_role_matcher", "sv_canonicalizer")


def _sets_sentences(nlp: Language) -> bool:
    for name in nlp.pipe_names:
        meta = nlp.get_pipe_meta(name)
        if "token.is_sent_start" in meta.assigns or "doc.sents" in meta.assigns or name in ("parser", "senter",
                                                                                            "sentencizer"):
            return True
    return False


def add_domain_components(nlp: Language) -> Language:
    """Add the domain components to `nlp` (after `ner` if present), plus a sentencizer if nothing sets
    sentence boundaries. Idempotent: components already in the pipeline are left alone."""
    register_extensions()
    if not _sets_sentences(nlp):
        # No parser is trained here, so sentences come from the punctuation-based sentencizer, placed first so
        # every later component sees them.
        nlp.add_pipe("sentencizer", first=True)
    if "sv_line_breaks" not in nlp.pipe_names:
        # Right after whatever sets sentences, so that a later NER sees headlines as sentences of their own.
        setters = [n for n in nlp.pipe_names if n in ("sentencizer", "senter", "parser")]
        if setters:
            nlp.add_pipe("sv_line_breaks", after=setters[-1])
        else:
            nlp.add_pipe("sv_line_breaks", first=True)
    lemmatizers = [n for n in nlp.pipe_names if n in ("trainable_lemmatizer", "lemmatizer")]
    if lemmatizers and "sv_lemma_repair" not in nlp.pipe_names:
        # The trained lemmatiser cuts some words short (sjukvårdsminist); repaired right where lemmas are made.
        nlp.add_pipe("sv_lemma_repair", after=lemmatizers[-1])
    after = "ner" if "ner" in nlp.pipe_names else None
    for name in DOMAIN_COMPONENTS:
        if name in nlp.pipe_names:
            after = name
            continue
        if after is not None:
            pipe = nlp.add_pipe(name, after=after)
        else:
            pipe = nlp.add_pipe(name, last=True)
        if hasattr(pipe, "initialize") and name == "sv_role_matcher":
            pipe.initialize()  # its word lists and trained decision are data read here
        after = name
    return nlp


__all__ = ["DOMAIN_COMPONENTS", "add_domain_components", "register_extensions"]
