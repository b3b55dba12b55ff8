"""Names with an apostrophe inside stay one entity: "McDonald's Sverige AB", "Jonas O'Neill", with ' or ’."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.nlp import add_domain_components
from pipeline.nlp.apostrophes import extend_apostrophe_names
from pipeline.nlp.spans import mark_model_ents

MODEL = Path(__file__).resolve().parents[1] / "models" / "sv_pipeline"


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("sv")


def _with_ents(nlp, text: str, ents: list[tuple[str, str]]):
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    mark_model_ents(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "model", "expected"),
    [
        ("McDonald's Sverige AB anställer.", [("Sverige AB", "ORG")], ["McDonald's Sverige AB"]),
        ("McDonald’s Sverige AB anställer.", [("Sverige AB", "ORG")], ["McDonald’s Sverige AB"]),
        ("Det säger Jonas O'Neill i dag.", [("Jonas", "PER")], ["Jonas O'Neill"]),
        ("Det säger Jonas O’Neill i dag.", [("Jonas O", "PER")], ["Jonas O’Neill"]),
        ("Det säger Jonas O’Neill i dag.", [("Jonas", "PER")], ["Jonas O’Neill"]),
        ("Det säger Jonas O’Neill i dag.", [("Jonas O’", "PER")], ["Jonas O’Neill"]),
        # the model tags the possessive word apart, even as a person, its "s" possibly cut off as a genitive
        ("McDonald's Sverige AB anställer.", [("McDonald's", "PER"), ("Sverige AB", "ORG")],
         ["McDonald's Sverige AB"]),
        ("McDonald’s Sverige AB anställer.", [("McDonald’", "PER"), ("Sverige AB", "ORG")],
         ["McDonald’s Sverige AB"]),
        ("Hos O'Learys Umeå AB arbetar tio.", [("Umeå AB", "ORG")], ["O'Learys Umeå AB"]),
        # a possessive after a person is no part of the name; an entity across a line break is never made
        ("Jonas Anna's bok.", [("Jonas", "PER")], ["Jonas"]),
        ("McDonald's\nSverige AB anställer.", [("Sverige AB", "ORG")], ["Sverige AB"]),
        ("Region Skånes arbete fortsätter.", [("Region Skånes", "ORG")], ["Region Skånes"]),
    ],
)
def test_entities_widen_over_apostrophe_words(blank, text, model, expected):
    doc = extend_apostrophe_names(_with_ents(blank, text, model))
    assert [e.text for e in doc.ents] == expected
    assert all(e._.source == "model" for e in doc.ents)


def test_rules_keep_the_whole_name_and_find_the_role():
    nlp = add_domain_components(spacy.blank("sv"))
    text = "– Vi behöver fler kockar, säger Jonas O'Neill, vd för McDonald's Sverige AB."
    doc = nlp.make_doc(text)
    start = text.index("Jonas")
    doc.ents = [doc.char_span(start, start + len("Jonas"), label="PER")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert {e.text for e in doc.ents} >= {"Jonas O'Neill", "McDonald's Sverige AB"}


@pytest.mark.skipif(not (MODEL / "meta.json").exists(), reason="models/sv_pipeline is not built")
def test_the_pipeline_keeps_apostrophes_inside_names():
    from pipeline.nlp.loading import load_pipeline

    nlp = load_pipeline(str(MODEL))
    for apostrophe in ("'", "’"):
        text = (f"– Vi behöver fler kockar, säger Jonas O{apostrophe}Neill, vd för McDonald{apostrophe}s "
                "Sverige AB.")
        doc = nlp(text)
        names = {e.text: e._.canonical for e in doc.ents}
        assert names.get(f"Jonas O{apostrophe}Neill") == "Jonas O'Neill", names
        assert names.get(f"McDonald{apostrophe}s Sverige AB") == "McDonald's Sverige AB", names
        roles = [(text[r["person_start"]:r["person_end"]], r["role"]) for r in doc._.roles]
        assert (f"Jonas O{apostrophe}Neill", "verkställande direktör") in roles
