"""Unit tests of the themes stage's parts: lemma repair, terms, keywords, topic lifecycle and ids, trends,
organisation keywords, the per-document cache. Small inputs; no model needed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from pipeline.themes import cache, topics
from pipeline.themes.__main__ import fit_documents, readable_label
from pipeline.themes.background import load_background
from pipeline.themes.keywords import CompoundSplitter, score_terms, top_keywords
from pipeline.themes.lemmas import WORD_FORMS, Lexicon, read_word_forms, repair_lemma
from pipeline.themes.terms import (
    RESOURCES,
    TermRules,
    Token,
    document_terms,
    is_role_title,
    non_theme_words,
    read_word_list,
    title_heads,
    topic_terms,
)
from pipeline.themes.trends import organisation_keywords, topic_trends

# form -> reference lemma, as in resources/word_forms.tsv.gz
LEXICON = Lexicon.from_rows(
    [
        ("sjukvårdsminister", "sjukvårdsminister"),
        ("länsstyrelse", "länsstyrelse"),
        ("länsstyrelsen", "länsstyrelse"),
        ("norrbotten", "norrbotten"),
        ("minister", "minister"),
        ("ministrar", "minister"),
        ("statsråd", "statsråd"),
        ("vård", "vård"),
        ("undersköterska", "undersköterska"),
        ("regional", "regional"),
        ("sjukvård", "sjukvård"),
        ("sjukvården", "sjukvård"),
        ("hälsa", "hälsa"),
        ("politik", "politik"),
        ("energi", "energi"),
        ("klimat", "klimat"),
        ("försvarsmakt", "försvarsmakt"),
        ("försvarsmakten", "försvarsmakt"),
        ("kompetensförsörjning", "kompetensförsörjning"),
        ("arbete", "arbete"),
        ("bott", "bo"),
        ("vatten", "vatten"),
        ("fullmakt", "fullmakt"),
        ("bo", "bo"),
        ("norr", "norr"),
        ("kurs", "kurs"),
        ("kur", "kur"),
    ]
)


@pytest.mark.parametrize(
    ("text", "lemma", "pos", "expected"),
    [
        ("sjukvårdsministern", "sjukvårdsminist", "NOUN", "sjukvårdsminister"),  # cut short: + er
        ("länsstyrelsen", "länsstyrels", "NOUN", "länsstyrelse"),  # + e
        ("Norrbotten", "norrbott", "PROPN", "norrbotten"),  # not norr|bott: "bott" is no lemma
        ("ministrarna", "ministr", "NOUN", "minister"),  # syncope
        ("statsrådet", "statsråde", "NOUN", "statsråd"),  # - e
        ("Försvarsmaktens", "Försvarsmaktens", "NOUN", "försvarsmakt"),  # genitive folded
        ("kompetensförsörjningsarbetet", "kompetensförsörjningsarbete", "NOUN", "kompetensförsörjningsarbete"),
        ("kurs", "kurs", "NOUN", "kurs"),  # not a genitive of "kur"
        ("ministern", "ministern", "NOUN", "minister"),  # definite form left by the lemmatiser
        ("sjukvårdsministern", "sjukvårdsministern", "NOUN", "sjukvårdsminister"),
        ("vatten", "vatten", "NOUN", "vatten"),  # no "vatte"/"vatt": stays
        ("xyzabc", "xyzab", "NOUN", "xyzabc"),  # nothing known: the word as written
        ("fullmakt", "fullmak", "NOUN", "fullmakt"),  # cut short: the shortest known form the word begins with
    ],
)
def test_repair_lemma(text: str, lemma: str, pos: str, expected: str) -> None:
    assert repair_lemma(text, lemma, pos, LEXICON) == expected


def rules() -> TermRules:
    return TermRules.build(LEXICON, {"kompetensförsörjning": 50, "arbete": 50, "vård": 50}, min_length=3)


def tokens(*items: tuple[str, str, str]) -> list[Token]:
    out, start = [], 0
    for text, lemma, pos in items:
        out.append(Token(start, text, lemma, pos, pos in ("CCONJ", "ADP")))
        start += len(text) + 1
    return out


def test_coordinated_compounds_are_expanded_and_halves_dropped() -> None:
    doc = tokens(("Hälso-", "Hälso-", "NOUN"), ("och", "och", "CCONJ"), ("sjukvården", "sjukvård", "NOUN"),
                 ("klimat-", "klimat-", "NOUN"), ("och", "och", "CCONJ"), ("energipolitik", "energipolitik", "NOUN"))
    counts = document_terms(doc, [], [], rules())
    assert counts["hälsovård"] == 1 and counts["sjukvård"] == 1 and counts["klimatpolitik"] == 1
    assert not any(t.endswith("-") for t in counts) and "hälso" not in counts


def test_people_and_places_are_not_terms_but_organisations_are() -> None:
    doc = tokens(("Anna", "Anna", "PROPN"), ("Norrbotten", "norrbott", "PROPN"), ("Försvarsmaktens", "försvarsmakt",
                 "PROPN"), ("Kalle", "Kalle", "PROPN"), ("sjukvården", "sjukvård", "NOUN"))
    per, loc = (0, 4), (5, 15)
    org = (16, 31)
    counts = document_terms(doc, [per, loc], [org], rules())
    # Kalle: a proper noun outside an ORG mention; an organisation's name is kept as written, genitive folded
    assert set(counts) == {"försvarsmakten", "sjukvård"}


def test_compound_modifiers_credited_at_part_weight() -> None:
    splitter = CompoundSplitter(["kompetensförsörjning", "arbetet", "regionala"], common=["regionala"])
    assert splitter.split("kompetensförsörjningsarbetet") == ["kompetensförsörjning", "arbetet"]
    assert splitter.split("regionala") == []
    counts = document_terms(tokens(("kompetensförsörjningsarbetet", "kompetensförsörjningsarbete", "NOUN")), [], [],
                            rules())
    assert counts == Counter({"kompetensförsörjningsarbete": 1.0, "kompetensförsörjning": 0.5})


def test_keyword_scores_prefer_rare_terms() -> None:
    scores = score_terms(Counter({"regeringen": 3, "kompetensförsörjning": 3}), 1000, {"regeringen": 900})
    assert top_keywords(scores, 1)[0][0] == "kompetensförsörjning"


def test_readable_label_has_three_distinct_non_overlapping_terms() -> None:
    assert readable_label(["sjukvård", "sjukvårdsminister", "vård", "region", "patient"]) == \
        "sjukvård / region / patient"


SCHOOL = [{"skola": 2.0, "lärare": 1.0, "elev": 1.0}, {"skola": 1.0, "elev": 2.0, "lärare": 1.0}]
CARE = [{"vård": 2.0, "sjukhus": 1.0, "patient": 1.0}, {"vård": 1.0, "sjukhus": 2.0, "patient": 1.0}]


def fit(docs, k=2, previous=None, ids=None):
    ids = ids or [f"d{i}" for i in range(len(docs))]
    return topics.fit(ids, docs, k, seed=0, params_hash="h", previous=previous, min_df=1, max_df=1.0,
                      match_threshold=0.3)


def test_fit_is_deterministic_and_reload_identical(tmp_path) -> None:
    model = fit(SCHOOL + CARE)
    model.save(tmp_path / "m.json")
    loaded = topics.TopicModel.load(tmp_path / "m.json")
    assert loaded.version == model.version == fit(SCHOOL + CARE).version
    w = topics.Assigner(loaded).weights(SCHOOL + CARE)
    assert w.shape == (4, 2) and np.allclose(w.sum(axis=1), 1)
    assert w[0].argmax() == w[1].argmax() != w[2].argmax() == w[3].argmax()
    # one document's weights do not depend on the others it is assigned with
    assert np.array_equal(topics.Assigner(loaded).weights([SCHOOL[0]])[0], w[0])


def test_refit_keeps_ids_of_persisting_topics_and_marks_new_ones() -> None:
    first = fit(SCHOOL + CARE)
    school_id = first.topic_ids[int(np.argmax(first.components[:, first.vocabulary.index("skola")]))]
    defence = [{"försvar": 2.0, "militär": 1.0, "nato": 1.0}, {"försvar": 1.0, "nato": 2.0, "militär": 1.0}]
    second = fit(SCHOOL + CARE + defence, k=3, previous=first)
    assert second.fit_number == 2 and len(second.new_ids) == 1 and second.new_ids[0] == 2
    row = int(np.argmax(second.components[:, second.vocabulary.index("skola")]))
    assert second.topic_ids[row] == school_id  # the school topic kept its id
    new_row = second.topic_ids.index(second.new_ids[0])
    assert second.vocabulary[int(np.argmax(second.components[new_row]))] in {"försvar", "nato", "militär"}


def test_match_ids_leaves_dissimilar_topics_new() -> None:
    first = fit(SCHOOL + CARE)
    ids, new = topics.match_ids(first, ["nato", "militär"], np.array([[1.0, 0.5]]), threshold=0.3)
    assert ids == new == [max(first.topic_ids) + 1]


def test_lifecycle_rule() -> None:
    model = fit(SCHOOL + CARE)
    docs = model.fitted_docs
    keep = topics.needs_refit(model, "h", False, docs, coverage=0.9, refit_growth=0.2, min_coverage=0.6)
    assert keep is None
    assert topics.needs_refit(None, "h", False, docs, 0.9, 0.2, 0.6) == "no topic model yet"
    assert "refit is true" in topics.needs_refit(model, "h", True, docs, 0.9, 0.2, 0.6)
    assert "params changed" in topics.needs_refit(model, "other", False, docs, 0.9, 0.2, 0.6)
    assert topics.needs_refit(model, "h", False, [*docs, "new"], 0.9, refit_growth=0.25, min_coverage=0.6) is None
    grown = topics.needs_refit(model, "h", False, [*docs, "n1", "n2"], 0.9, refit_growth=0.25, min_coverage=0.6)
    assert grown and "2 documents since the fit on 4" in grown
    assert "covers 50.0%" in topics.needs_refit(model, "h", False, [*docs, "new"], 0.5, 0.25, 0.6)
    # on the corpus it was fitted on, a low coverage is the model's own: refitting would loop, run after run
    assert topics.needs_refit(model, "h", False, docs, 0.5, 0.2, 0.6) is None


def test_topic_trends_by_month_and_year_leave_undated_out() -> None:
    weights = pd.DataFrame({"doc_id": ["a", "a", "b", "b", "c", "c"], "topic_id": [0, 1] * 3,
                            "weight": [1.0, 0.0, 0.25, 0.75, 0.5, 0.5]})
    published = pd.DataFrame({"doc_id": ["a", "b", "c"],
                              "published": pd.to_datetime(["2024-01-05", "2024-02-01", None]).date})
    trends, undated = topic_trends(weights, published)
    assert undated == 1
    year = trends[(trends["period_type"] == "year") & (trends["topic_id"] == 1)].iloc[0]
    assert (year["period"], year["n_documents"], year["weight"], year["share"]) == ("2024", 2, 0.75, 0.375)
    months = trends[trends["period_type"] == "month"]
    assert sorted(set(months["period"])) == ["2024-01", "2024-02"]


def test_organisation_keywords_favour_terms_of_its_documents() -> None:
    org_docs = pd.DataFrame({"entity_id": ["org:fm"] * 3, "name": ["Försvarsmakten"] * 3, "doc_id": ["a", "b", "c"]})
    rows = [(d, "försvar") for d in "abc"] + [(d, "försvarsmakten") for d in "abc"]
    rows += [(d, "skola") for d in "abcdefgh"] + [(d, "elev") for d in "defgh"]
    terms = pd.DataFrame(rows, columns=["doc_id", "term"])
    out = organisation_keywords(org_docs, terms, n_documents=8, top_n=5)
    assert out["term"].tolist() == ["försvar"]  # skola is everywhere; the org's own name is left out
    assert out.iloc[0]["n_documents"] == 3 and out.iloc[0]["n_org_documents"] == 3


def test_cache_keeps_only_current_keys_and_survives_damage(tmp_path) -> None:
    table = pa.table({"doc_id": ["a", "b"], "key": ["k1", "k2"], "term": ["x", "y"], "count": [1.0, 2.0]},
                     schema=cache.TERMS)
    cache.save("terms", table, tmp_path)
    kept, clean = cache.load("terms", {"a": "k1", "b": "changed"}, tmp_path)
    assert kept["doc_id"].to_pylist() == ["a"] and not clean
    assert cache.load("terms", {"a": "k1", "b": "k2"}, tmp_path)[1]
    (tmp_path / "terms.parquet").write_bytes(b"not parquet")
    assert cache.load("terms", {"a": "k1"}, tmp_path)[0].num_rows == 0


def test_resource_formats() -> None:
    rows = read_word_forms(WORD_FORMS)
    assert len(rows) > 10_000 and all(f.isalpha() and f == f.lower() and n >= 2 for f, _, n in rows)
    assert read_word_list(RESOURCES / "genre_stopwords.txt")
    n_docs, df = load_background(Path("models/keywords/background_df.tsv.gz"))
    assert n_docs > 30_000 and all(n <= n_docs for n in df.values())
    assert not any("/" in w or w.startswith("http") for w in df)  # no URL slugs


def test_spacy_component_repairs_lemmas() -> None:
    import spacy

    import pipeline.nlp.lemmas  # noqa: F401  (registers sv_lemma_repair)

    nlp = spacy.blank("sv")
    nlp.add_pipe("sv_lemma_repair")
    doc = nlp.make_doc("Länsstyrelsen i Norrbotten")
    doc[0].lemma_, doc[0].pos_ = "länsstyrels", "NOUN"
    doc[2].lemma_ = "norrbott"
    doc = nlp.get_pipe("sv_lemma_repair")(doc)
    assert [t.lemma_ for t in doc] == ["länsstyrelse", "i", "norrbotten"]  # no lemma: the word


ROOT = Path(__file__).resolve().parents[1]
PARAMS = """themes:
  top_k_keywords: 5
  min_term_length: 3
  docs_per_topic: 3
  min_topics: 2
  max_topics: 25
  terms_per_topic: 5
  seed: 0
  refit: false
  refit_growth: 0.1
  min_coverage: 0.3
  match_threshold: 0.3
  min_df: 1
  max_df: 1.0
  organisation_keywords: 5
  relevance_lambda: 0.6
"""
TEXTS = {
    "d1": "Skolverket stärker skolan . Elever och lärare i skolan får stöd .",
    "d2": "Lärare och elever : skolan och Skolverket .",
    "d3": "Vården i regionen . Patienter och sjukhus får vård .",
    "d4": "Sjukhus och vård för patienter i regionen .",
    "d5": "Skolverket , skolan och lärare .",
    "d6": "Ny vård för patienter på sjukhus .",
}


def write_inputs(doc_ids: list[str]) -> None:
    from pipeline import schemas
    from pipeline.tables import write_table

    docs, toks, ments = [], [], []
    for d in doc_ids:
        text = TEXTS[d]
        docs.append({"doc_id": d, "path": f"{d}.txt", "sha256": d * 8, "status": "ok", "text": text,
                     "published": pd.Timestamp(f"2024-0{int(d[1]) % 3 + 1}-01").date() if d != "d6" else None})
        start = 0
        for i, word in enumerate(text.split(" ")):
            lemma = {"skolan": "skola", "elever": "elev", "patienter": "patient", "regionen": "region",
                     "vården": "vård", "lärare": "lärare"}.get(word, word.lower())
            pos = "PUNCT" if not word.isalpha() else ("PROPN" if word == "Skolverket" else "NOUN")
            toks.append({"doc_id": d, "token": i, "sentence": 0, "start_char": start, "end_char": start + len(word),
                         "text": word, "lemma": lemma, "pos": pos, "is_stop": word in ("och", "i", "för", "på")})
            if word == "Skolverket":
                ments.append({"doc_id": d, "mention_id": f"{d}:{start}", "sentence": 0, "start_char": start,
                              "end_char": start + len(word), "text": word, "label": "ORG", "entity_id": "org_sv",
                              "canonical": "Skolverket"})
            start += len(word) + 1
    meta = {"stage": "test"}
    write_table(docs, "outputs/documents.parquet", schemas.DOCUMENTS, meta)
    write_table(toks, "outputs/tokens.parquet", schemas.TOKENS, meta)
    write_table(ments, "outputs/mentions.parquet", schemas.MENTIONS, meta)


def test_stage_is_incremental_deterministic_and_refits_by_rule(tmp_path, monkeypatch, caplog) -> None:
    import logging

    from pipeline.config import stage_params
    from pipeline.themes.__main__ import run

    monkeypatch.chdir(tmp_path)
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "keywords").symlink_to(ROOT / "models" / "keywords")
    (tmp_path / "params.yaml").write_text(PARAMS, encoding="utf-8")
    params = stage_params("themes", tmp_path / "params.yaml")
    caplog.set_level(logging.INFO, logger="pipeline.themes")

    write_inputs(["d1", "d2", "d3", "d4", "d5"])
    run(params)
    assert "refitting the topic model (no topic model yet)" in caplog.text
    outputs = ["keywords", "topics", "document_topics", "topic_trends", "organisation_keywords"]
    first = {name: (tmp_path / "outputs" / f"{name}.parquet").read_bytes() for name in outputs}
    topics_table = pd.read_parquet("outputs/topics.parquet")
    assert topics_table["is_new"].all() and len(topics_table) == 2

    caplog.clear()
    run(params)  # same input, from the cache
    assert {name: (tmp_path / "outputs" / f"{name}.parquet").read_bytes() for name in outputs} == first
    assert "5 from the cache, 0 (re)computed" in caplog.text and "keeping topic model" in caplog.text

    import shutil

    shutil.rmtree(tmp_path / "cache")  # a deleted cache gives the same tables
    run(params)
    assert {name: (tmp_path / "outputs" / f"{name}.parquet").read_bytes() for name in outputs} == first

    caplog.clear()
    before = pd.read_parquet("outputs/document_topics.parquet")
    write_inputs(["d1", "d2", "d3", "d4", "d5", "d6"])  # one document more: 1 > 0.1 * 5, the rule refits
    run(params)
    assert "refitting the topic model (1 documents since the fit on 5" in caplog.text
    topics_after = pd.read_parquet("outputs/topics.parquet")
    assert sorted(topics_after["topic_id"]) == sorted(topics_table["topic_id"])  # both topics persist
    assert not topics_after["is_new"].any()

    params["refit_growth"] = 1.0  # now adding one document keeps the model and moves no other document
    write_inputs(["d1", "d2", "d3", "d4", "d5"])
    run(params)
    before = pd.read_parquet("outputs/document_topics.parquet")
    caplog.clear()
    write_inputs(["d1", "d2", "d3", "d4", "d5", "d6"])
    run(params)
    assert "keeping topic model" in caplog.text
    after = pd.read_parquet("outputs/document_topics.parquet")
    assert after[after["doc_id"] != "d6"].reset_index(drop=True).equals(before)
    trends = pd.read_parquet("outputs/topic_trends.parquet")
    assert "1 documents without a published date left out" in caplog.text and set(trends["period_type"]) == {
        "month", "year"}
    org = pd.read_parquet("outputs/organisation_keywords.parquet")
    assert set(org["entity_id"]) <= {"org_sv"}


def test_nnls_matches_scipy() -> None:
    from scipy.optimize import nnls as scipy_nnls

    rng = np.random.default_rng(0)
    for _ in range(50):
        a = rng.random((8, 6))
        b = rng.random(8) - 0.3
        assert np.allclose(topics.nnls(a, b), scipy_nnls(a, b)[0], atol=1e-9)


def test_resource_format_errors_name_the_file(tmp_path) -> None:
    import gzip

    bad = tmp_path / "forms.tsv.gz"
    with gzip.open(bad, "wt", encoding="utf-8") as handle:
        handle.write("#form\tlemma\tdf\nord\tord\tmånga\n")
    with pytest.raises(ValueError, match="forms.tsv.gz"):
        read_word_forms(bad)


def test_topic_terms_are_lemmas_outside_entities_and_never_titles() -> None:
    doc = tokens(
        ("Näringsministern", "näringsminister", "NOUN"), ("Exempelverkets", "Exempelverket", "PROPN"),
        ("tekniska", "teknisk", "ADJ"), ("högskolan", "högskola", "NOUN"), ("generaldirektör", "generaldirektör",
                                                                          "NOUN"),
        ("Socialdemokraterna", "socialdemokraterna", "NOUN"), ("Lunds", "Lunds", "NOUN"),
        ("kompetensförsörjningen", "kompetensförsörjning", "NOUN"), ("undersköterskor", "undersköterska", "NOUN"),
        ("regionala", "regional", "ADJ"), ("vården", "vård", "NOUN"), ("utbildar", "utbilda", "VERB"),
    )
    org = (doc[2].start, doc[3].start + len("högskolan"))  # "tekniska högskolan": inside an organisation's name
    counts = topic_terms(doc, [org], rules())
    # titles (as such and as compounds), party names, organisation words, capitalised lemmas and verbs are out;
    # each term is the token's own lemma: no compound parts, no repairs
    assert counts == Counter({"kompetensförsörjning": 1.0, "undersköterska": 1.0, "regional": 1.0, "vård": 1.0})


@pytest.mark.parametrize(
    ("word", "title"),
    [("minister", True), ("arbetsmarknadsminister", True), ("enhetschef", True), ("statsråd", True),
     ("landshövding", True), ("regionutvecklare", True), ("strategi", False), ("chefsbyte", False),
     ("kompetensförsörjning", False), ("samråd", False), ("direktiv", False)],
)
def test_role_titles(word: str, title: bool) -> None:
    assert is_role_title(word, non_theme_words(), title_heads()) is title


def test_a_lemma_cut_short_is_no_topic_term_and_a_title_shows_in_its_written_form() -> None:
    doc = tokens(("stabilitetsläget", "stabilitetsläg", "NOUN"), ("sjukvårdsministern", "sjukvårdsminist", "NOUN"),
                 ("vården", "vård", "NOUN"))
    assert topic_terms(doc, [], rules()) == Counter({"vård": 1.0})


def test_coherence_order_prefers_terms_that_occur_together() -> None:
    from scipy.sparse import csc_matrix

    # documents x terms: 0 and 2 always together, 1 never with 0
    incidence = csc_matrix(np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float))
    assert topics.coherence_order([0, 1, 2], incidence, 3) == [0, 2, 1]
    assert topics.coherence_order([0, 1, 2], incidence, 2) == [0, 2]
    scores = topics.npmi_matrix(incidence, [0, 1, 2])
    assert scores[0, 1] == -1.0 and scores[0, 2] == pytest.approx(1.0)


def test_a_fit_keeps_its_coherent_order_through_a_reload(tmp_path) -> None:
    model = topics.fit([f"d{i}" for i in range(len(SCHOOL + CARE))], SCHOOL + CARE, 2, seed=0, params_hash="h",
                       previous=None, min_df=1, max_df=1.0, match_threshold=0.3, relevance_lambda=0.6,
                       coherent_terms=6, terms_per_topic=3)
    assert all(len(row) == 3 for row in model.ordered)
    model.save(tmp_path / "m.json")
    loaded = topics.TopicModel.load(tmp_path / "m.json")
    assert loaded.ordered == model.ordered
    assert [t for t, _ in loaded.top_terms(0, 3, 0.6)] == [model.vocabulary[j] for j in model.ordered[0]]


def test_fit_documents_leave_out_excluded_genres() -> None:
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "genre": ["text", "press_invitation", None]})
    assert fit_documents(["a", "b", "c"], docs, ["press_invitation"]) == ["a", "c"]
    assert fit_documents(["b"], docs, ["press_invitation"]) == ["b"]  # never none at all
    assert fit_documents(["a", "b"], docs.drop(columns="genre"), ["press_invitation"]) == ["a", "b"]


def _token_rows(layout: list[tuple[str, int]]) -> pa.Table:
    rows = [{"doc_id": d, "token": i, "sentence": 0, "start_char": 10 * i, "end_char": 10 * i + 5, "text": f"w{i}",
             "lemma": f"w{i}", "pos": "NOUN", "is_stop": False} for d, n in layout for i in range(n)]
    from pipeline import schemas

    return pa.Table.from_pylist(rows, schema=schemas.TOKENS)


def test_token_batches_keep_documents_whole_across_row_groups(tmp_path) -> None:
    import pyarrow.parquet as pq

    from pipeline.themes.stream import token_batches

    path = tmp_path / "tokens.parquet"
    pq.write_table(_token_rows([("a", 2), ("b", 5), ("c", 1), ("d", 4), ("e", 3)]), path, row_group_size=3)
    got = [(d, [t.start for t in toks]) for batch in token_batches(path, {"b", "d", "e"}) for d, toks in batch]
    assert got == [("b", [0, 10, 20, 30, 40]), ("d", [0, 10, 20, 30]), ("e", [0, 10, 20])]
    assert [d for batch in token_batches(path, {"c"}) for d, _ in batch] == ["c"]
    assert list(token_batches(path, set())) == []
    pq.write_table(_token_rows([("a", 2), ("b", 2), ("a", 1)]), path, row_group_size=2)
    with pytest.raises(ValueError, match="rows of document a are not together"):
        list(token_batches(path, {"a", "b"}))


def test_fit_sample_is_bounded_seeded_and_keeps_its_documents_as_the_corpus_grows() -> None:
    from pipeline.themes.stream import fit_sample

    small = [f"d{i:03d}" for i in range(50)]
    assert fit_sample(small, 50, 0) == small
    chosen = fit_sample(small, 10, 0)
    assert len(chosen) == 10 and chosen == sorted(chosen) and chosen == fit_sample(list(reversed(small)), 10, 0)
    assert fit_sample(small, 10, 1) != chosen
    grown = fit_sample(small + [f"e{i:03d}" for i in range(50)], 10, 0)
    assert set(grown) & set(small) <= set(chosen)  # a document leaves the sample only for a newcomer


def test_topic_model_fitted_on_a_sample_counts_growth_from_the_whole_corpus(tmp_path, monkeypatch, caplog) -> None:
    import logging

    from pipeline.config import stage_params
    from pipeline.themes.__main__ import run

    monkeypatch.chdir(tmp_path)
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "keywords").symlink_to(ROOT / "models" / "keywords")
    (tmp_path / "params.yaml").write_text(PARAMS, encoding="utf-8")
    params = stage_params("themes", tmp_path / "params.yaml")
    params["fit_max_docs"] = 3
    caplog.set_level(logging.INFO, logger="pipeline.themes")
    write_inputs(["d1", "d2", "d3", "d4", "d5"])
    run(params)
    assert "2 topics on 3 of 5 documents" in caplog.text
    model = topics.TopicModel.load(tmp_path / "models" / "topics" / "model.json")
    assert model.fitted_docs == ["d1", "d2", "d3", "d4", "d5"]
    weights = pd.read_parquet("outputs/document_topics.parquet")
    assert sorted(set(weights["doc_id"])) == ["d1", "d2", "d3", "d4", "d5"]  # every document assigned
    caplog.clear()
    run(params)
    assert "keeping topic model" in caplog.text
