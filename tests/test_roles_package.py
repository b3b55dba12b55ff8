"""The role matcher as a package: constructions listed in the config (and switched off there), data saved with the
pipeline, the trained decision, status, country, folded posts and evidence inside one sentence. Names invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from pipeline.nlp import add_domain_components
from pipeline.nlp.roles.constructions import resolve
from pipeline.nlp.roles.decision import FILE, Decision
from pipeline.nlp.roles.status import fold_post
from tests.test_roles_constructions import run


@pytest.fixture(scope="module")
def nlp():
    return add_domain_components(spacy.blank("sv"))


def roles(doc) -> list[dict]:
    return [{**r, "person": doc.text[r["person_start"]:r["person_end"]]} for r in doc._.roles]


def test_every_configured_construction_is_registered(nlp):
    cfg = nlp.get_pipe_config("sv_role_matcher")
    names = cfg["title_constructions"] + cfg["document_constructions"]
    assert len(names) == len(set(names)) >= 20
    assert all(callable(resolve(n)) for n in names)


def test_a_construction_switched_off_in_the_config_proposes_nothing():
    text = "Anna Ek, generaldirektör för Verket, talade."
    full = add_domain_components(spacy.blank("sv"))
    assert [r["construction"] for r in run(full, text, per=["Anna Ek"], org=["Verket"])._.roles] == ["apposition"]
    cfg = full.get_pipe_config("sv_role_matcher")
    off = spacy.blank("sv")
    off.add_pipe("sv_role_matcher", config={"title_constructions": [
        n for n in cfg["title_constructions"] if n != "apposition"]}).initialize()
    doc = off.make_doc(text)
    doc.ents = [doc.char_span(0, 7, label="PER"), doc.char_span(29, 35, label="ORG")]
    assert off(doc)._.roles == []


def test_status_and_country_from_the_text(nlp):
    text = ("Polens premiärminister Jan Nowak och tf. generaldirektören Eva Lund träffades. "
            "Bo Ek, tidigare rektor vid Lärosätet, deltog.")
    doc = run(nlp, text, per=["Jan Nowak", "Eva Lund", "Bo Ek"], org=["Lärosätet"])
    got = {(r["person"], r["role"]): r for r in roles(doc)}
    pm = got[("Jan Nowak", "premiärminister")]
    assert (pm["country"], pm["org_name"], pm["status"]) == ("PL", "Polens regering", "current")
    assert got[("Eva Lund", "generaldirektör")]["status"] == "acting"
    assert got[("Bo Ek", "rektor")]["status"] == "former" and got[("Bo Ek", "rektor")]["country"] == "SE"


@pytest.mark.parametrize("text,name,code,government", [
    ("Statsministern tog emot Nya Zeelands premiärminister Jan Nowak.", "Jan Nowak", "NZ", "Nya Zeelands regering"),
    ("Hon mötte finska utrikesministern Eva Lund.", "Eva Lund", "FI", "Finlands regering"),
    ("Hon mötte Finlands nytillträdda utrikesminister Eva Lund.", "Eva Lund", "FI", "Finlands regering"),
])
def test_foreign_ministers_get_their_own_government(nlp, text, name, code, government):
    [r] = roles(run(nlp, text, per=[name]))
    assert (r["person"], r["country"], r["org_name"]) == (name, code, government)


def test_a_swedish_minister_keeps_the_government(nlp):
    doc = run(nlp, "Kulturminister Anna Berg invigde.", per=["Anna Berg"])
    [r] = roles(doc)
    assert (r["country"], r["org_name"]) == ("SE", "Regeringen")


def test_appointment_is_incoming_with_its_start_date(nlp):
    text = "Anna Ek utses till generaldirektör för Verket från och med den 1 mars 2024."
    doc = nlp.make_doc(text)
    doc._.anchor_date = "2024-01-10"
    doc.ents = [doc.char_span(0, 7, label="PER"), doc.char_span(39, 45, label="ORG")]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    [r] = roles(doc)
    assert (r["role"], r["status"], r["start_date"], r["head"]) == ("generaldirektör", "incoming", "2024-03-01", True)


def test_evidence_span_stays_inside_the_title_sentence(nlp):
    text = "Följande ledamöter i Rådet har utsetts:\n\nAnna Ek\nBo Berg\n\nDe tillträder i dag."
    doc = run(nlp, text, per=["Anna Ek", "Bo Berg"], org=["Rådet"])
    for r in doc._.roles:
        span = doc.char_span(r["start_char"], r["end_char"], alignment_mode="expand")
        assert len({t.sent.start for t in span}) == 1


def test_spelling_variants_of_a_post_fold_to_one():
    variants = {"arbetsmarknad- och integrationsminister": "arbetsmarknads- och integrationsminister"}
    forms = ["arbetsmarknads -och integrationsminister", "arbetsmarknads - och  integrationsminister",
             "arbetsmarknad- och integrationsminister", "arbetsmarknads- och integrationsminister"]
    assert {fold_post(f, variants) for f in forms} == {"arbetsmarknads- och integrationsminister"}


def test_the_decision_drops_candidates_under_its_threshold(tmp_path: Path):
    text = "Anna Ek, generaldirektör för Verket, talade."
    nlp = add_domain_components(spacy.blank("sv"))
    pipe = nlp.get_pipe("sv_role_matcher")
    pipe.decision = Decision(weights={"bias": 2.0}, threshold=0.5)
    assert len(run(nlp, text, per=["Anna Ek"], org=["Verket"])._.roles) == 1
    pipe.decision = Decision(weights={"bias": -2.0}, threshold=0.5)
    assert run(nlp, text, per=["Anna Ek"], org=["Verket"])._.roles == []
    pipe.decide = False  # training reads every candidate
    [r] = run(nlp, text, per=["Anna Ek"], org=["Verket"])._.roles
    assert r["score"] < 0.5 and r["features"]["construction=apposition"] == 1.0


def test_saved_pipeline_carries_its_word_lists_and_decision(tmp_path: Path):
    nlp = add_domain_components(spacy.blank("sv"))
    nlp.get_pipe("sv_role_matcher").decision = Decision(weights={"bias": 1.0}, threshold=0.3)
    nlp.to_disk(tmp_path / "model")
    folder = tmp_path / "model" / "sv_role_matcher"
    assert json.loads((folder / FILE).read_text(encoding="utf-8"))["threshold"] == 0.3
    # the saved lists are the ones used: a title ending removed from the saved copy is gone after loading
    cues = folder / "role_cues.tsv"
    cues.write_text("\n".join(ln for ln in cues.read_text(encoding="utf-8").splitlines()
                              if ln != "title_ending\tstrateg") + "\n", encoding="utf-8")
    loaded = spacy.load(tmp_path / "model")
    pipe = loaded.get_pipe("sv_role_matcher")
    assert "strateg" not in pipe.cues.title_ending and pipe.decision.threshold == 0.3
    got = {(r["role"]) for r in run(loaded, "Eva Ek, kulturstrateg, talade.", per=["Eva Ek"])._.roles}
    assert "kulturstrateg" not in got


def test_an_uninitialised_matcher_says_so():
    nlp = spacy.blank("sv")
    pipe = nlp.add_pipe("sv_role_matcher")
    with pytest.raises(ValueError, match="not initialised"):
        pipe(nlp.make_doc("Anna Ek, rektor."))


@pytest.mark.parametrize("text,per,org,expected", [
    ("* Lars Berg – vikarierande generaldirektör för Tullverket\n* Eva Ek – rektor vid Lunds universitet",
     ["Lars Berg", "Eva Ek"], ["Tullverket", "Lunds universitet"],
     {("Lars Berg", "generaldirektör", "Tullverket", "acting"), ("Eva Ek", "rektor", "Lunds universitet", "current")}),
    ("Deltar gör Tullverkets och Skolverkets generaldirektörer Anna Ek och Bo Berg.", ["Anna Ek", "Bo Berg"],
     ["Tullverkets", "Skolverkets"],
     {("Anna Ek", "generaldirektör", "Tullverkets", "current"), ("Bo Berg", "generaldirektör", "Skolverkets",
                                                                  "current")}),
    ("Maria Holm har bytt tjänst till generaldirektör för Tullverket från generaldirektör för Skolverket.",
     ["Maria Holm"], ["Tullverket", "Skolverket"],
     {("Maria Holm", "generaldirektör", "Tullverket", "current"),
      ("Maria Holm", "generaldirektör", "Skolverket", "former")}),
    ("Anna Ek är biträdande chef för enheten för säkerhet på Tullverket.", ["Anna Ek"], ["Tullverket"],
     {("Anna Ek", "biträdande enhetschef", "Tullverket", "current")}),
    ("Bo Berg, chef för nordisk-baltiska gruppen på Tullverket, talade.", ["Bo Berg"], ["Tullverket"],
     {("Bo Berg", "gruppchef", "Tullverket", "current")}),
    ("Bo Berg, chef för ekonomistyrningsenheten på Tullverket, talade.", ["Bo Berg"], ["Tullverket"],
     {("Bo Berg", "enhetschef", "Tullverket", "current")}),
])
def test_dash_lists_paired_genitives_and_changed_posts(nlp, text, per, org, expected):
    doc = run(nlp, text, per=per, org=org)
    got = {(r["person"], r["role"], doc.text[r["org_start"]:r["org_end"]] if r["org_start"] is not None else None,
            r["status"]) for r in roles(doc)}
    assert got == expected


def test_the_shipped_model_reads_its_own_role_data(monkeypatch, tmp_path: Path):
    """models/sv_pipeline carries the role matcher's word lists and decision: it loads with the source tree's
    resources folder pointed elsewhere."""
    import pipeline.nlp.roles.component as component
    import pipeline.nlp.roles.cues as cues

    model = Path(__file__).resolve().parents[1] / "models" / "sv_pipeline"
    for name in ("role_cues.tsv", "role_maps.tsv", "countries.tsv", FILE):
        assert (model / "sv_role_matcher" / name).is_file()
    monkeypatch.setattr(cues, "RESOURCES", tmp_path)
    monkeypatch.setattr(component, "RESOURCES", tmp_path)
    pipe = spacy.load(model).get_pipe("sv_role_matcher")
    assert pipe.decision is not None and "generaldirektör" in pipe.cues.head_role


def test_members_under_an_appointing_header_are_incoming_and_keep_their_own_posts(nlp):
    text = ("Regeringen har i dag utsett följande ledamöter i Tullverkets styrelse:\n\n"
            "Anna Ek, professor, Lunds universitet\nBo Berg, kommundirektör, Umeå kommun\n\n"
            "Förordnandena gäller till och med 2026.")
    doc = run(nlp, text, per=["Anna Ek", "Bo Berg"], org=["Tullverkets", "Lunds universitet", "Umeå kommun"])
    got = {(r["person"], r["role"], doc.text[r["org_start"]:r["org_end"]], r["status"]) for r in roles(doc)}
    assert got == {("Anna Ek", "ledamot", "Tullverkets", "incoming"), ("Bo Berg", "ledamot", "Tullverkets", "incoming"),
                   ("Anna Ek", "professor", "Lunds universitet", "current"),
                   ("Bo Berg", "kommundirektör", "Umeå kommun", "current")}


def test_an_earlier_event_before_a_title_is_no_former_post(nlp):
    doc = run(nlp, "Strategin lanserades tidigare i år och kulturminister Eva Ek talade.", per=["Eva Ek"])
    assert [r["status"] for r in doc._.roles] == ["current"]


def test_lists_read_from_a_data_dir_are_the_ones_saved(tmp_path: Path):
    from pipeline.nlp.lexicon import FILES as LEXICON_FILES
    from pipeline.nlp.roles.cues import FILES, RESOURCES

    data = tmp_path / "data"
    data.mkdir()
    for name in FILES + LEXICON_FILES:
        (data / name).write_bytes((RESOURCES / name).read_bytes())
    with (data / "role_cues.tsv").open("a", encoding="utf-8") as f:
        f.write("title_ending\tmentor\n")
    nlp = spacy.blank("sv")
    nlp.add_pipe("sv_role_matcher").initialize(data_dir=data)
    nlp.to_disk(tmp_path / "model")
    saved = (tmp_path / "model" / "sv_role_matcher" / "role_cues.tsv").read_text(encoding="utf-8")
    assert "title_ending\tmentor" in saved
