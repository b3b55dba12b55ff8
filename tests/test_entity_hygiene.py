"""People, places and entity-table facts an analyst can trust row by row: the pure rules behind them.

Names here are invented (no gold document's names)."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from pipeline.entity_facts import with_place_facts, with_registry_facts
from pipeline.nlp.gazetteer import Gazetteer, county_nominative
from pipeline.nlp.lexicon import RESOURCES, default_lexicon
from pipeline.nlp.person_names import PersonWords, name_bounds, odd_name
from pipeline.nlp.place_names import capitalised_mid_sentence, common_word_place
from pipeline.registry import Entry

PW = PersonWords.load(RESOURCES / "person_words.tsv")
TITLES = {"pressekreterare", "statsminister", "generaldirektör", "landsbygdsminister"}
PLACES = {"Kiev", "Vetlanda", "Ruritanien", "Ruritaniens"}


def bounds(text: str, pos: list[str] | None = None, others: set[str] = frozenset(), sent_start: bool = False):
    words = text.split()
    found = name_bounds(words, pos or ["PROPN"] * len(words), PW, lambda w: w.lower() in TITLES,
                        lambda w: w in PLACES, set(others), sent_start)
    return None if found is None else " ".join(words[found[0]:found[1]])


@pytest.mark.parametrize("text, name", [
    ("Mr Tobbe Ekwall", "Tobbe Ekwall"),
    ("H.E. Lisandra Vohl", "Lisandra Vohl"),
    ("Dr Ingmarie Ståhlberg", "Ingmarie Ståhlberg"),
    ("EU-kommissionär Pieter Vandersloot", "Pieter Vandersloot"),
    ("Vicekorpral Jonatan Ek", "Jonatan Ek"),
    ("Kontakta pressekreterare Vilgot Hemmingsson", "Vilgot Hemmingsson"),
    ("Kommissionär Vandersloot", "Vandersloot"),
    ("Tindra Olsgren ny barnombudsman", "Tindra Olsgren"),
    ("Gustav Berglöv Kiev", "Gustav Berglöv"),
    ("Gustav Berglöv Ruritaniens", "Gustav Berglöv"),
    ("Ursina von der Hallen", "Ursina von der Hallen"),
    ("Ingrid Persdotter", "Ingrid Persdotter"),
])
def test_titles_verbs_and_glued_words_are_no_part_of_a_name(text, name):
    assert bounds(text) == name


def test_a_name_glued_to_the_next_word_is_cut_to_the_name_the_document_uses():
    assert bounds("Lovisa Karlgren Hammarby", others={"Lovisa Karlgren"}) == "Lovisa Karlgren"
    assert bounds("Lovisa Karlgren Hammarby") == "Lovisa Karlgren Hammarby"  # no evidence: a three-part name


def test_a_verb_opening_a_sentence_goes_but_a_name_tagged_as_verb_elsewhere_stays():
    assert bounds("Besök Algot Rydh", ["VERB", "PROPN", "PROPN"], sent_start=True) == "Algot Rydh"
    assert bounds("Besök Algot Rydh", ["VERB", "PROPN", "PROPN"], sent_start=False) == "Besök Algot Rydh"


@pytest.mark.parametrize("text", ["Generaldirektör", "Mr", "CP7 Rollout", "Nordic Culture Agencies",
                                  "Zeta Development Act", "NXT Holmberg"])
def test_spans_that_hold_no_persons_name(text):
    assert bounds(text) is None


def test_an_empty_span_holds_no_name():
    assert name_bounds([], [], PW, lambda w: False, lambda w: False, set()) is None


def test_odd_name_allows_roman_numerals():
    assert not odd_name(["Karl", "XII"]) and odd_name(["Karl", "AB"])


def test_buildings_and_words_run_together_are_no_names():
    assert odd_name(["Algot", "Rydhhallen"]) and odd_name(["Vilgot", "HemmingssonKommendör"])
    assert not odd_name(["Kevin", "McCarthy"]) and not odd_name(["Ronja", "DeSantis"])
    assert not odd_name(["Tove", "Hallen"])  # a surname that is only the ending


def test_person_words_format():
    lines = [ln for ln in (RESOURCES / "person_words.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    seen = set()
    for ln in lines:
        word, kind = ln.split("\t")
        assert word == word.lower().strip() and kind in ("honorific", "rank", "lead", "particle"), ln
        assert word not in seen, f"{word} twice"
        seen.add(word)


def test_common_words_opening_a_sentence_are_no_places():
    words = ["Ange", "namn", ".", "Vi", "bor", "i", "Fjällnäs", ".", "Fjällnäs", "är", "litet", ".", "Asbest",
             "och", "asbest", "."]
    starts = [True, False, False, True, False, False, False, False, True, False, False, False, True, False, False,
              False]
    mid = capitalised_mid_sentence(words, starts)
    lower = {w for w in words if w.islower()}
    assert mid == {"Fjällnäs"}
    assert common_word_place("Ange", False, lower, mid)
    assert common_word_place("Asbest", False, lower, mid)
    assert not common_word_place("Fjällnäs", False, lower, mid)
    assert not common_word_place("Ange", True, lower, mid)  # the gazetteer knows it: a place


def _registry() -> list[Entry]:
    return [Entry("kommun-0685", "Vetlanda kommun", "kommun", ("Vetlanda stad",)),
            Entry("lst-06", "Länsstyrelsen i Jönköpings län", "länsstyrelse"),
            Entry("myn-gamla", "Gamla verket", "myndighet", orgnr="202100-0001", valid_to="2009",
                  successor_id="myn-nya"),
            Entry("myn-nya", "Nya verket", "myndighet", orgnr="202100-0002", valid_from="2009-04-01")]


def test_gazetteer_gives_country_and_scb_codes():
    g = Gazetteer({"Ruritanien": "land", "Småland": "region", "Jönköping": "region"},
                  {"Ruritanien": "RU", "Jönköping": "SE"}, _registry())
    assert g.lookup("Vetlanda") == g.lookup("Vetlanda") and g.lookup("Vetlanda").municipality_code == "0685"
    assert (g.lookup("Vetlanda").county_code, g.lookup("Vetlanda").country) == ("06", "SE")
    assert g.lookup("Jönköpings län").county_code == "06" and g.lookup("Jönköping").county_code == "06"
    assert g.lookup("Ruritanien").country == "RU" and g.lookup("Småland").country is None
    assert g.lookup("Okänd ort") is None and g.lookup("Norrbottens län").type == "län"
    assert county_nominative("Jönköpings län") == "Jönköping"


def test_committed_gazetteer_types_foreign_places_as_such():
    lex = default_lexicon()
    assert lex.place_type("Kiev") == "utländsk ort" and lex.gazetteer.lookup("Kiev").country == "UA"
    assert lex.place_type("Europa") == "internationell region" and lex.place_type("Skåne") == "region"
    assert lex.gazetteer.lookup("Halmstad").municipality_code == "1380"
    assert lex.place_type("Fjällnäsby") == "ort"


def _table(rows: list[dict]) -> pa.Table:
    base = {"n_mentions": 1, "first_date": dt.date(2020, 1, 1), "last_date": dt.date(2020, 1, 1)}
    return pa.Table.from_pylist([{**base, **r} for r in rows])


def test_organisations_get_registry_facts_and_lose_unvouched_singletons():
    orgs = _table([
        {"entity_id": "org_1", "name": "Gamla verket", "type": "myndighet", "registry_id": "myn-gamla",
         "n_documents": 1},
        {"entity_id": "org_2", "name": "Innehåll", "type": "övrigt", "registry_id": None, "n_documents": 1},
        {"entity_id": "org_3", "name": "Blåbärsnätverket", "type": "övrigt", "registry_id": None, "n_documents": 3},
        {"entity_id": "org_4", "name": "Kalmarsunds mejeri AB", "type": "företag", "registry_id": None,
         "n_documents": 1},
    ])
    out = {r["entity_id"]: r for r in with_registry_facts(orgs, _registry(), min_documents=2).to_pylist()}
    assert set(out) == {"org_1", "org_3", "org_4"}
    assert (out["org_1"]["orgnr"], out["org_1"]["valid_to"], out["org_1"]["successor_id"]) == \
        ("202100-0001", "2009", "myn-nya")
    assert out["org_3"]["orgnr"] is None
    assert len(with_registry_facts(orgs, _registry(), min_documents=1)) == 4


def test_places_get_codes_and_unknown_singletons_go():
    g = Gazetteer({"Ruritanien": "land"}, {"Ruritanien": "RU"}, _registry())
    places = _table([
        {"entity_id": "loc_1", "name": "Vetlanda", "type": "ort", "n_documents": 1},
        {"entity_id": "loc_2", "name": "Pressbriefing", "type": "ort", "n_documents": 1},
        {"entity_id": "loc_3", "name": "Ruritanien", "type": "land", "n_documents": 1},
        {"entity_id": "loc_4", "name": "Fjällnäsby", "type": "ort", "n_documents": 2},
    ])
    out = {r["name"]: r for r in with_place_facts(places, g, min_documents=2).to_pylist()}
    assert set(out) == {"Vetlanda", "Ruritanien", "Fjällnäsby"}
    assert (out["Vetlanda"]["type"], out["Vetlanda"]["municipality_code"], out["Vetlanda"]["county_code"]) == \
        ("kommun", "0685", "06")
    assert out["Ruritanien"]["country"] == "RU" and out["Fjällnäsby"]["country"] is None


def _doc(words: list[str]):
    import spacy
    return spacy.blank("sv").make_doc(" ".join(words))


def test_fragments_of_longer_names():
    from pipeline.nlp.fragments import acronym_before, ends_mid_name, no_place_shape, piece_of_longer_name
    doc = _doc(["på", "Palacio", "de", "Bellas", "Artes", "och", "Lundqvist", "&", "Söner", "."])
    assert piece_of_longer_name(doc, 3, 5, PW.particles)  # "Bellas Artes" after "Palacio de"
    assert piece_of_longer_name(doc, 6, 7, PW.particles)  # "Lundqvist" before "& Söner"
    doc = _doc(["möte", "med", "Ursina", "von", "der", "Hallen", "."])
    assert not piece_of_longer_name(doc, 2, 6, PW.particles)
    doc = _doc(["vid", "Nordic", "Institute", "for", "kl", "."])
    assert ends_mid_name(doc, 1, 4) and not ends_mid_name(doc, 1, 3)
    doc = _doc(["är", "XRT", "Technologies", "AB", "och", "VD", "Blåbär", "AB"])
    assert acronym_before(doc, 2, set(), lambda w: w.lower() == "vd") == 1
    assert acronym_before(doc, 6, set(), lambda w: w.lower() == "vd") == 6  # a title in capitals stays out
    assert acronym_before(doc, 2, {1}, lambda w: False) == 2  # the acronym is another entity
    assert no_place_shape("AI") and no_place_shape("biblioteket") and not no_place_shape("Fjällnäs")
    from pipeline.nlp.fragments import acronym_after_comma
    doc = _doc(["Centrum", "för", "blåbär", ",", "CFB", ",", "vid"])
    assert acronym_after_comma(doc, 0, 5) == 3 and acronym_after_comma(doc, 0, 3) == 3


def test_acronyms_of_common_phrases_are_no_organisations():
    from pipeline.nlp.fragments import common_acronyms
    doc = _doc(["Det", "rör", "blåbärsbalken", "(", "BBB", ")", "och", "Centrum", "mot", "lingon", "(", "CML", ")",
                "samt", "tranbärsplanen", "(", "TBP", ")", "."])
    assert common_acronyms(doc, set()) == {"BBB", "TBP"}
    assert common_acronyms(doc, {14}) == {"BBB"}  # the long form is an entity: its acronym names it


def test_titles_alone_are_no_name():
    assert bounds("Biträdande Generalkonsul".replace("Generalkonsul", "Generaldirektör")) is None


def test_countries_are_places_and_their_compounds_common_nouns():
    import spacy

    from pipeline.nlp import add_domain_components
    nlp = add_domain_components(spacy.blank("sv"))
    canon = nlp.get_pipe("sv_canonicalizer")
    doc = nlp.make_doc("Sverigebilden stärks.")
    assert canon._name_in_compound(doc[0:1])  # "Sverige" + "bilden": a common noun
    doc = nlp.make_doc("Ruritanienbilden och Norge.")
    assert not canon._name_in_compound(doc[0:1])  # not a country the lists know


def test_a_municipality_in_the_genitive_folds_but_a_name_ending_in_s_stays():
    import spacy

    from pipeline.nlp import add_domain_components
    canon = add_domain_components(spacy.blank("sv")).get_pipe("sv_canonicalizer")
    assert canon._fold_genitive("Halmstads", "LOC", set()) == "Halmstad"
    assert canon._fold_genitive("Strängnäs", "LOC", set()) == "Strängnäs"
    assert canon._fold_genitive("Borås", "LOC", set()) == "Borås"
