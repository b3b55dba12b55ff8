"""Issue 14: in-domain NER sentences, the lemma check inside models/sv_base, and the rule-layer report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

import pipeline.nlp.lemmas  # noqa: F401  (registers sv_lemma_repair)
from pipeline.model import indomain
from pipeline.model.evaluate import rule_layer
from pipeline.model.lemma_check import ud_lemma_rows
from pipeline.model.readers import Sentence
from pipeline.nlp.lemmas import LemmaRepair, read_ud_lemmas, umlaut_ok

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BASE = ROOT / "models" / "sv_base"
REGISTRY_HEAD = ("# test registry\nid\tname\ttype\taliases\tacronyms\torgnr\tsource\n")


# --- weak labels ----------------------------------------------------------------------------------------------------
def test_registry_forms_keep_case_and_add_genitives(tmp_path: Path) -> None:
    path = tmp_path / "registry.tsv"
    path.write_text(REGISTRY_HEAD + "myn-tillvaxtverket\tTillväxtverket\tmyndighet\t\t\t\tmanual\n"
                    "dep-finans\tFinansdepartementet\tdepartement\tfinansdepartementet\t\t\tmanual\n"
                    "reg-skl\tSveriges Kommuner och Landsting\tförening/nätverk\t\tSKL\t\tmanual\n", encoding="utf-8")
    names, lower = indomain.registry_forms(path)
    assert {"Tillväxtverket", "Tillväxtverkets", "SKL", "SKL:s", "Sveriges Kommuner och Landstings"} <= names
    assert "finansdepartementet" in lower and "finansdepartementet" not in names


def test_sentences_skip_markdown_and_split_prose() -> None:
    text = "# Rubrik\n\nRegeringen ger Tillväxtverket ett uppdrag. Det gäller 2024.\n\n- en punkt\n"
    assert list(indomain.sentences(text)) == ["Regeringen ger Tillväxtverket ett uppdrag.", "Det gäller 2024."]
    assert list(indomain.sentences("Sam\xadman\xadhanget är nytt.")) == ["Sammanhanget är nytt."]


def test_weak_tags_label_registry_names_and_leave_the_unknown_missing() -> None:
    nlp = spacy.blank("sv")
    doc = nlp.make_doc("I maj gav Tillväxtverket och Anna Svensson 12 kommuner stöd")
    orgs = [doc[3:4]]
    doc.ents = [Span(doc, 5, 7, "PER")]  # the model's other entity: neither confirmed nor denied
    tags = indomain.weak_tags(doc, orgs, unsure=[])
    assert tags == ["", "O", "O", "B-ORG", "O", "", "", "", "O", "O"]
    doc.ents = [Span(doc, 3, 5, "ORG")]  # the model's span overlaps the registry name only in part: dropped
    assert indomain.weak_tags(doc, orgs, unsure=[]) is None


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is not there")
@pytest.mark.parametrize("part", ["train", "dev"])
def test_gold_sentences_keep_to_their_part_and_never_use_the_test_documents(part: str) -> None:
    from pipeline.evaluate_gold import load_split

    test, train = load_split(ROOT / indomain.SPLIT), load_split(ROOT / indomain.SPLIT, "train")
    sents = indomain.gold_sentences(spacy.blank("sv"), ROOT, DATA, part, ROOT / indomain.GOLD, ROOT / indomain.SPLIT)
    sources = {s.sent_id.removeprefix("gold:") for s in sents}
    assert not sources & test
    assert (sources <= train) if part == "train" else not (sources & train)
    if part == "dev":
        assert sum(t.startswith("B-") for s in sents for t in s.ner) > 500
    with pytest.raises(ValueError, match="test"):
        indomain.gold_sentences(spacy.blank("sv"), ROOT, DATA, "test", ROOT / indomain.GOLD, ROOT / indomain.SPLIT)


def test_sucx3_tags_map_suc_types_places_as_institutions_and_leave_times_missing() -> None:
    from pipeline.model.labels import sucx3_tags

    words = ["Sverige", "och", "Volvo", "möttes", "i", "maj", "hos", "Anna", "Berg"]
    manual = ["B-inst", "O", "B-inst", "O", "O", "O", "O", "B-person", "I-person"]
    auto = ["B-LOC", "O", "B-ORG", "O", "O", "B-TME", "O", "B-PRS", "I-PRS"]
    assert sucx3_tags(words, manual, auto, inst_places=set()) == [
        "B-LOC", "O", "B-ORG", "O", "O", "", "O", "B-PER", "I-PER"]
    auto[0] = "B-ORG"  # KBLab's list of places acting as institutions decides where the tagger does not
    assert sucx3_tags(words, manual, auto, inst_places={"Sverige"})[0] == "B-LOC"
    assert sucx3_tags(words, manual, auto, inst_places=set())[0] == "B-ORG"


# --- the lemma check ------------------------------------------------------------------------------------------------
def write_table(path: Path, rows: list[str]) -> Path:
    path.write_text("# form upos lemma count\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_ud_table_lookup_needs_an_unambiguous_repeated_lemma(tmp_path: Path) -> None:
    ud = read_ud_lemmas(write_table(tmp_path / "t.tsv", ["vissa\tADJ\tviss\t3", "sitt\tPRON\tsig\t1",
                                                         "var\tADV\tvar\t2", "var\tADV\tvara\t2"]))
    assert ud.lookup == {("vissa", "ADJ"): "viss"}
    assert {"viss", "sig", "var", "vara"} == ud.lemmas
    with pytest.raises(ValueError, match="t2.tsv:2"):
        read_ud_lemmas(write_table(tmp_path / "t2.tsv", ["vissa\tADJ\tviss"]))


def test_ud_lemma_rows_count_form_pos_lemma() -> None:
    sents = [Sentence(words=["Vissa", "vissa"], pos=["ADJ", "ADJ"], lemmas=["viss", "viss"]),
             Sentence(words=["NER"], ner=["O"])]
    assert ud_lemma_rows(sents) == ["vissa\tADJ\tviss\t2"]


def test_umlaut_repair_only_for_er_plurals() -> None:
    assert umlaut_ok("bostäderna", "bostäd", "bostad")
    assert not umlaut_ok("smärtfylld", "smärtfylld", "smartfylld")
    assert umlaut_ok("länsstyrelsen", "länsstyrels", "länsstyrelse")


def test_repair_with_ud_table(tmp_path: Path) -> None:
    nlp = spacy.blank("sv")
    repair = LemmaRepair(pipeline.nlp.lemmas.WORD_FORMS, write_table(tmp_path / "ud.tsv", [
        "vissa\tADJ\tviss\t4", "olik\tADJ\tolik\t1"]))
    doc = nlp.make_doc("vissa olika länsstyrelsen gammakamerorna")
    for tok, lemma, pos in zip(doc, ["en viss", "olik", "länsstyrels", "gammakamerorna"],
                               ["ADJ", "ADJ", "NOUN", "NOUN"], strict=True):
        tok.lemma_, tok.pos_ = lemma, pos
    # looked up; a known lemma kept; a cut-short lemma repaired; no evidence either way: the lemmatiser's lemma stays
    assert [t.lemma_ for t in repair(doc)] == ["viss", "olik", "länsstyrelse", "gammakamerorna"]


@pytest.mark.skipif(not (BASE / "meta.json").is_file(), reason="models/sv_base is not there")
def test_shipped_base_model_carries_the_lemma_check() -> None:
    nlp = spacy.load(BASE)
    assert nlp.pipe_names.index("sv_lemma_repair") == nlp.pipe_names.index("trainable_lemmatizer") + 1
    ud = read_ud_lemmas(BASE / "sv_lemma_repair" / LemmaRepair.KNOWN)
    assert len(ud.lookup) > 1000 and all(lemma for lemma in ud.lookup.values())
    doc = nlp("Sjukvårdsministern besökte länsstyrelsen i Norrbotten.")
    assert doc[0].lemma_ == "sjukvårdsminister" and doc[2].lemma_ == "länsstyrelse"


# --- the rule-layer report ------------------------------------------------------------------------------------------
def test_rule_layer_reports_pipeline_minus_model() -> None:
    out = rule_layer({"snc_test_f": 0.80, "uner_test_f": 0.75}, {"snc_test_f": 0.78, "uner_test_f": 0.76})
    assert out == {"pipeline_snc_test_f": 0.78, "pipeline_uner_test_f": 0.76,
                   "pipeline_minus_base_snc_test_f": -0.02, "pipeline_minus_base_uner_test_f": 0.01}
    assert json.dumps(out)


def test_training_from_pretrained_weights_uses_the_pretraining_config(tmp_path: Path) -> None:
    from pipeline.model.settings import PretrainParams
    from pipeline.model.train import training_config

    config = Path("configs/sv_pipeline.cfg")
    assert training_config(config, PretrainParams(use=False), ["--x", "1"], tmp_path) == (config, ["--x", "1"])
    with pytest.raises(SystemExit, match="model1.bin missing"):
        training_config(config, PretrainParams(use=True, epochs=2), [], tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "model1.bin").write_bytes(b"")
    used, extra = training_config(config, PretrainParams(use=True, epochs=2), [], tmp_path)
    assert used == tmp_path / "config.cfg" and extra == ["--paths.init_tok2vec", str(tmp_path / "out" / "model1.bin")]
