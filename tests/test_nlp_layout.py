"""Line breaks end sentences and entities."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from pipeline.nlp import add_domain_components


def test_entities_and_sentences_stop_at_line_breaks() -> None:
    nlp = spacy.blank("sv")

    @spacy.Language.component("fake_ner_across_lines_test")
    def fake_ner(doc):
        doc.ents = [Span(doc, 0, 3, label="ORG")]  # "Tillväxtverket \n\n Kontakt", as a model sometimes predicts
        return doc

    nlp.add_pipe("fake_ner_across_lines_test")
    add_domain_components(nlp)
    doc = nlp("Tillväxtverket\n\nKontakt: Camilla Karlsson\n\nRegional utveckling")
    assert ("Tillväxtverket", "ORG") in [(e.text, e.label_) for e in doc.ents]
    assert all("\n" not in e.text for e in doc.ents)
    assert [s.text.strip() for s in doc.sents] == ["Tillväxtverket", "Kontakt: Camilla Karlsson", "Regional utveckling"]
