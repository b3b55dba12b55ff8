"""The model-training path: converters on inline strings, a few-step `spacy train`, and the shipped model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from pipeline.model import readers
from pipeline.model.convert import convert, sentence_to_doc, split
from pipeline.model.labels import SUC_TO_PROJECT, koala_lemma, koala_to_upos, map_iob2
from pipeline.model.readers import Sentence

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CONFIG = ROOT / "configs" / "sv_pipeline.cfg"
PIPELINE = ROOT / "models" / "sv_pipeline"

needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} (the training corpora) is not available")


# --- readers ------------------------------------------------------------------------------------------------
def test_swedish_ner_corpus_mixed_separators_and_zero_label() -> None:
    text = "Inger   PER\nAtterstam\tPER\nbor 0\ni  0\n­Malmö LOC\nbn\n\nNästa\t0\n"
    first, second = readers.parse_swedish_ner_corpus(text)
    assert first.words == ["Inger", "Atterstam", "bor", "i", "Malmö", "bn"]  # soft hyphen stripped
    assert first.ner == ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]  # label-less line read as outside
    assert second.words == ["Nästa"] and second.ner == ["O"]


def test_io_to_iob2_starts_a_new_entity_on_type_change() -> None:
    assert readers.io_to_iob2(["ORG", "ORG", "PER", "O", "PER"]) == ["B-ORG", "I-ORG", "B-PER", "O", "B-PER"]


def test_parse_iob2_keeps_tags_and_sent_id() -> None:
    text = ("# sent_id = P1\n# text = Olof Palme talade\n"
            "1\tOlof\tB-PER\t-\t-\n2\tPalme\tI-PER\t-\t-\n3\ttalade\tO\t-\t-\n")
    (s,) = readers.parse_iob2(text)
    assert s.sent_id == "P1" and s.words == ["Olof", "Palme", "talade"] and s.ner[:2] == ["B-PER", "I-PER"]


def test_suc_mapping_renames_tme_and_drops_msr() -> None:
    line = json.dumps({"id": 0, "tokens": ["i", "fem", "år", "i", "Umeå", "igår"], "pos_tags": [],
                       "ner_tags": ["O", "MSR", "MSR", "O", "LOC", "TME"]})
    (s,) = readers.parse_suc_jsonl(line + "\n")
    assert map_iob2(s.ner, SUC_TO_PROJECT) == ["O", "O", "O", "O", "B-LOC", "B-DATE"]
    # A dropped type between two spans of one type must not leave a dangling I- tag.
    assert map_iob2(["B-ORG", "B-MSR", "I-ORG"], {"ORG": "ORG", "MSR": None}) == ["B-ORG", "O", "B-ORG"]


def test_conllu_skips_empty_nodes_and_keeps_lemma_and_upos() -> None:
    text = ("# sent_id = s1\n1\tHan\then\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tsover\tsova\tVERB\t_\t_\t0\troot\t_\t_\n"
            "2.1\tsover\tsova\tVERB\t_\t_\t_\t_\t_\t_\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n")
    (s,) = readers.parse_conllu(text)
    assert s.words == ["Han", "sover", "."] and s.pos == ["PRON", "VERB", "PUNCT"] and s.lemmas[1] == "sova"


def test_eukalyptus_to_upos_and_lemma() -> None:
    text = ("# sent_id = x.1\n"
            "1001\tJag\tjag\tPO\t-\tPO.DEF.SIN.UTR.SUB.-\t1002\tSB\t\t\n"
            "1002\thar\tha\tVB\t-\tVB.IND.AKT.PRS\t0\t--\t\t\n"
            "1003\tinte\tinte\tAB\t-\tAB.-.-\t1002\tMD\t\t\n"
            "1004\tläst\tläsa\tVB\t-\tVB.SPM.AKT\t1002\tOO\t\t\n"
            "1005\tden\tden\tPO\t-\tPO.DEF.SIN.UTR.-\t1006\tDT\t\t\n"
            "1006\toriginal|titeln\toriginal|titel\tNN\t-\tNN.UTR.SIN.DEF\t1004\tOO\t\t\n"
            "1007\t9\tnio\tNU\t-\tNU.-\t1006\tMD\t\t\n")
    (toks,) = readers.parse_eukalyptus(text)
    assert koala_to_upos(toks) == ["PRON", "AUX", "PART", "VERB", "DET", "NOUN", "NUM"]
    assert [koala_lemma(t) for t in toks][5:] == ["originaltitel", "9"]


# --- spaCy conversion ---------------------------------------------------------------------------------------
def test_missing_layers_stay_missing() -> None:
    vocab = spacy.blank("sv").vocab
    ner_only = sentence_to_doc(vocab, Sentence(words=["Ebba", "Busch"], ner=["B-PER", "I-PER"]))
    assert ner_only.has_annotation("ENT_IOB") and not ner_only.has_annotation("POS")
    tags_only = sentence_to_doc(vocab, Sentence(words=["Hej", "!"], pos=["INTJ", ""], lemmas=["hej", ""]))
    assert not tags_only.has_annotation("ENT_IOB")
    assert tags_only[0].pos_ == "INTJ" and tags_only[1].pos_ == "" and tags_only[1].lemma_ == ""


def test_split_is_seeded_and_disjoint() -> None:
    sents = [Sentence(words=[str(i)]) for i in range(50)]
    train, dev = split(sents, 0.1)
    assert len(dev) == 5 and len(train) == 45
    assert [s.words for s in dev] == [s.words for s in split(sents, 0.1)[1]]


# --- training smoke test (needs ../shared/data) ----------------------------------------------------------------
@needs_data
@pytest.mark.shared_data
def test_spacy_train_runs_a_few_steps(tmp_path: Path) -> None:
    from spacy.cli.train import train

    counts = convert(DATA, tmp_path / "corpus", limit=10)  # 10 sentences per source: ~60 sentences
    assert counts["train"] == 60
    docs = list(DocBin().from_disk(tmp_path / "corpus" / "train.spacy").get_docs(spacy.blank("sv").vocab))
    assert any(d.has_annotation("ENT_IOB") for d in docs) and any(d.has_annotation("POS") for d in docs)
    overrides = {
        "paths.train": str(tmp_path / "corpus" / "train.spacy"),
        "paths.dev": str(tmp_path / "corpus" / "dev.spacy"),
        "paths.vectors": None,
        "components.tok2vec.model.embed.include_static_vectors": False,
        "components.tok2vec.model.encode.width": 32,
        "components.trainable_lemmatizer.min_tree_freq": 1,
        "training.max_steps": 20,
        "training.eval_frequency": 10,
    }
    train(CONFIG, tmp_path / "out", overrides=overrides)
    nlp = spacy.load(tmp_path / "out" / "model-last")
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "trainable_lemmatizer", "ner"]
    assert {"PER", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)


# --- the shipped model ---------------------------------------------------------------------------------------
@pytest.mark.skipif(not (PIPELINE / "meta.json").is_file(), reason="models/sv_pipeline is not there")
def test_shipped_pipeline_tags_swedish() -> None:
    nlp = spacy.load(PIPELINE)
    doc = nlp("Statsminister Ulf Kristersson besökte Göteborg i går. Han träffade företrädare för Volvo.")
    assert len(list(doc.sents)) == 2
    assert doc[1].pos_ == "PROPN" and doc[3].lemma_ == "besöka"
    assert any(e.label_ == "PER" and "Kristersson" in e.text for e in doc.ents)
    assert any(e.label_ == "LOC" and e.text == "Göteborg" for e in doc.ents)
