"""The entities stage: DuckDB group-bys over mention tables (given here as small frames)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pytest

from pipeline import schemas
from pipeline.entities import build, connect


def _roles(rows: list[dict]) -> pa.Table:
    """A roles table of the annotate schema; columns a test leaves out are null."""
    return pa.Table.from_pylist([{"doc_id": "a", **r} for r in rows], schema=schemas.ROLES)


def _documents(ids: list[str], published: list) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": ids, "published": published, "published_precision": ["day"] * len(ids)})


def _mentions() -> pd.DataFrame:
    rows = [
        ("a", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("a", 0, "Tillväxtverkets", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("a", 0, "Gunilla Nordlöf", "PER", "per_1", "Gunilla Nordlöf", None, None),
        ("a", 1, "SKL", "ORG", "org_2", "Sveriges Kommuner och Landsting", "förening/nätverk", None),
        ("b", 0, "Tillväxtverket", "ORG", "org_1", "Tillväxtverket", "myndighet", "reg_1"),
        ("b", 0, "Skåne", "LOC", "loc_1", "Skåne", "län", None),
        ("b", 1, None, "DATE", "date_1", "2019", None, None),
    ]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    return pd.DataFrame(rows, columns=cols)


@pytest.fixture()
def tables():
    con = connect()
    con.register("mentions", _mentions())
    con.register("roles", _roles([{"person_id": "per_1", "role": "generaldirektör", "organisation": "Tillväxtverket",
                                   "organisation_id": "org_1", "mention_id": "a:10-25", "status": "current",
                                   "head": True}]))
    con.register("documents", _documents(["a", "b"], [dt.date(2019, 5, 15), dt.date(2022, 1, 1)]))
    return build(con, 1)


def test_entities_fold_aliases_count_and_date(tables) -> None:
    orgs = {r["entity_id"]: r for r in tables["organisations"].to_pylist()}
    tv = orgs["org_1"]
    assert tv["name"] == "Tillväxtverket" and tv["aliases"] == ["Tillväxtverkets"]
    assert (tv["n_mentions"], tv["n_documents"], tv["type"], tv["registry_id"]) == (3, 2, "myndighet", "reg_1")
    assert (tv["first_date"], tv["last_date"]) == (dt.date(2019, 5, 15), dt.date(2022, 1, 1))
    assert orgs["org_2"]["aliases"] == ["SKL"] and orgs["org_2"]["registry_id"] is None
    assert list(orgs) == sorted(orgs)
    assert [p["name"] for p in tables["places"].to_pylist()] == ["Skåne"]


def test_people_get_roles_and_organisations(tables) -> None:
    [row] = tables["people"].to_pylist()
    assert row["roles"] == ["generaldirektör"] and row["organisations"] == ["Tillväxtverket"]


def test_cooccurrence_counts_documents_and_sentences(tables) -> None:
    rows = {(r["name_a"], r["name_b"]): r for r in tables["cooccurrence"].to_pylist()}
    pair = rows[("Tillväxtverket", "Gunilla Nordlöf")]
    assert (pair["n_documents"], pair["n_sentences"]) == (1, 1)
    orgs = rows[("Tillväxtverket", "Sveriges Kommuner och Landsting")]
    assert (orgs["n_documents"], orgs["n_sentences"]) == (1, 0)
    assert all(r["label_a"] == "ORG" for r in rows.values())


def test_min_mentions_and_tables_cast_to_their_schemas() -> None:
    con = connect()
    con.register("mentions", _mentions())
    con.register("roles", _roles([]))
    con.register("documents", _documents(["a"], [None]))
    out = build(con, 2)
    assert [r["entity_id"] for r in out["organisations"].to_pylist()] == ["org_1"]
    assert out["people"].num_rows == 0
    for name, schema in (("organisations", schemas.ORGANISATIONS), ("people", schemas.PEOPLE),
                         ("tenures", schemas.TENURES)):
        out[name].select(schema.names).cast(schema)  # raises if a column drifted in type


def test_genitive_twins_fold_onto_the_base_name_across_documents() -> None:
    """Issue 10: "Natos" in one document (no nominative there to fold to) and "Nato" in another are one
    organisation; roles naming the twin point at the base name too."""
    rows = [("a", 0, "Natos", "ORG", "org_9", "Natos", "övrigt", None),
            ("b", 0, "Nato", "ORG", "org_8", "Nato", "eu/internationell", "int-nato"),
            ("b", 0, "SKR:s", "ORG", "org_7", "SKR:s", None, None),
            ("c", 0, "SKR", "ORG", "org_6", "SKR", None, None),
            ("c", 0, "Lars", "PER", "per_1", "Lars", None, None),
            ("c", 0, "Lar", "PER", "per_2", "Lar", None, None)]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    con = connect()
    con.register("mentions", pd.DataFrame(rows, columns=cols))
    con.register("roles", _roles([{"person_id": "per_1", "role": "ledamot", "organisation": "Natos"}]))
    con.register("documents", _documents(["a", "b", "c"], [None, None, None]))
    out = build(con, 1)
    orgs = {r["name"]: r for r in out["organisations"].to_pylist()}
    assert set(orgs) == {"Nato", "SKR"}
    assert (orgs["Nato"]["entity_id"], orgs["Nato"]["n_mentions"], orgs["Nato"]["aliases"]) == \
        ("org_8", 2, ["Natos"])
    assert orgs["Nato"]["registry_id"] == "int-nato"
    assert len(out["people"]) == 2  # people are not folded
    assert [r["organisations"] for r in out["people"].to_pylist() if r["name"] == "Lars"] == [["Nato"]]


def test_a_full_name_in_the_genitive_folds_onto_the_name() -> None:
    """"Tilda Rydbergs" in one document and "Tilda Rydberg" in another are one person; a one-word name is not
    folded ("Lars" beside "Lar")."""
    rows = [("a", 0, "Tilda Rydbergs", "PER", "per_g", "Tilda Rydbergs", None, None),
            ("b", 0, "Tilda Rydberg", "PER", "per_b", "Tilda Rydberg", None, None),
            ("a", 1, "Lars", "PER", "per_l", "Lars", None, None),
            ("b", 1, "Lar", "PER", "per_x", "Lar", None, None)]
    cols = ["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type", "registry_id"]
    con = connect()
    con.register("mentions", pd.DataFrame(rows, columns=cols))
    con.register("roles", _roles([{"person_id": "per_g", "person": "Tilda Rydbergs", "role": "ledamot",
                                    "organisation": ""}]))
    con.register("documents", _documents(["a", "b"], [None, None]))
    people = {r["name"]: r for r in build(con, 1)["people"].to_pylist()}
    assert set(people) == {"Tilda Rydberg", "Lars", "Lar"}
    assert people["Tilda Rydberg"]["n_mentions"] == 2 and people["Tilda Rydberg"]["roles"] == ["ledamot"]


def test_people_get_a_description(tables) -> None:
    [row] = tables["people"].to_pylist()
    assert row["description"] == "generaldirektör, Tillväxtverket"


def _tenure_run(roles: list[dict], docs: list[str], dates: list, people: list[tuple[str, str]]) -> dict:
    mentions = pd.DataFrame([(d, 0, name, "PER", pid, name, None, None) for d, pid, name in people],
                            columns=["doc_id", "sentence", "text", "label", "entity_id", "canonical", "entity_type",
                                     "registry_id"])
    con = connect()
    con.register("mentions", mentions)
    con.register("roles", _roles(roles))
    con.register("documents", _documents(docs, dates))
    return build(con, 1)


def test_tenures_fold_documents_with_dates_statuses_and_evidence() -> None:
    roles = [{"doc_id": "a", "person_id": "per_1", "person": "Eva Ek", "role": "generaldirektör",
              "organisation": "Verket", "organisation_id": "org_1", "status": "incoming", "mention_id": "a:0-6",
              "start_date": dt.date(2020, 3, 1), "head": True, "country": "SE"},
             {"doc_id": "b", "person_id": "per_1", "person": "Eva Ek", "role": "generaldirektör",
              "organisation": "Verket", "organisation_id": "org_1", "status": "current", "mention_id": "b:5-11",
              "head": True, "country": "SE"},
             {"doc_id": "b", "person_id": "per_2", "person": "Bo Berg", "role": "ledamot",
              "organisation": "Verket", "organisation_id": "org_1", "status": "current", "mention_id": "b:20-27",
              "head": False, "country": "SE"}]
    out = _tenure_run(roles, ["a", "b"], [dt.date(2020, 1, 15), dt.date(2023, 6, 1)],
                      [("a", "per_1", "Eva Ek"), ("b", "per_1", "Eva Ek"), ("b", "per_2", "Bo Berg")])
    rows = {(r["person"], r["role"]): r for r in out["tenures"].to_pylist()}
    assert len(rows) == 2
    gd = rows[("Eva Ek", "generaldirektör")]
    assert (gd["first_seen"], gd["last_seen"], gd["start_date"]) == \
        (dt.date(2020, 1, 15), dt.date(2023, 6, 1), dt.date(2020, 3, 1))
    assert gd["statuses"] == ["current", "incoming"] and gd["n_documents"] == 2 and gd["head"]
    assert gd["evidence"] == ["a:0-6", "b:5-11"] and gd["first_seen_precision"] == "day"
    assert rows[("Bo Berg", "ledamot")]["head"] is False


def test_namesakes_with_disjoint_roles_and_organisations_at_the_same_time_become_two_people() -> None:
    minister = {"person_id": "per_1", "person": "Mats Ek", "role": "utbildningsminister", "organisation": "Regeringen",
                "organisation_id": "org_r"}
    director = {"person_id": "per_1", "person": "Mats Ek", "role": "museichef", "organisation": "Museet",
                "organisation_id": "org_m"}
    roles = [{**minister, "doc_id": d} for d in ("a", "b", "c")] + [{**director, "doc_id": d} for d in ("d", "e")]
    docs = ["a", "b", "c", "d", "e"]
    dates = [dt.date(2023, m, 1) for m in (1, 6, 12, 3, 9)]
    out = _tenure_run(roles, docs, dates, [(d, "per_1", "Mats Ek") for d in docs])
    people = {r["entity_id"]: r for r in out["people"].to_pylist()}
    assert set(people) == {"per_1", "per_1_2"}
    assert people["per_1"]["description"] == "utbildningsminister, Regeringen" and people["per_1"]["n_documents"] == 3
    assert people["per_1_2"]["roles"] == ["museichef"] and people["per_1_2"]["n_documents"] == 2
    assert {r["person_id"] for r in out["tenures"].to_pylist()} == {"per_1", "per_1_2"}


def test_a_career_one_post_after_another_stays_one_person() -> None:
    base = {"person_id": "per_1", "person": "Mats Ek"}
    roles = [{**base, "doc_id": d, "role": "statssekreterare", "organisation": "Regeringskansliet"} for d in "ab"]
    roles += [{**base, "doc_id": d, "role": "generaldirektör", "organisation": "Verket"} for d in "cd"]
    dates = [dt.date(2019, 1, 1), dt.date(2020, 1, 1), dt.date(2022, 1, 1), dt.date(2023, 1, 1)]
    out = _tenure_run(roles, list("abcd"), dates, [(d, "per_1", "Mats Ek") for d in "abcd"])
    assert [r["entity_id"] for r in out["people"].to_pylist()] == ["per_1"]


def test_a_politicians_posts_in_the_riksdag_are_one_person() -> None:
    base = {"person_id": "per_1", "person": "Eva Ek"}
    roles = [{**base, "doc_id": d, "role": "gruppledare", "organisation": "Partiet"} for d in "ab"]
    roles += [{**base, "doc_id": d, "role": "talesperson"} for d in "cd"]
    roles += [{**base, "doc_id": d, "role": "ledamot", "organisation": "Kulturutskottet"} for d in "ef"]
    dates = [dt.date(2024, m, 1) for m in range(1, 7)]
    out = _tenure_run(roles, list("abcdef"), dates, [(d, "per_1", "Eva Ek") for d in "abcdef"])
    assert [r["entity_id"] for r in out["people"].to_pylist()] == ["per_1"]


def test_a_former_post_does_not_make_a_namesake() -> None:
    base = {"person_id": "per_1", "person": "Mats Ek"}
    roles = [{**base, "doc_id": d, "role": "utbildningsminister", "organisation": "Regeringen"} for d in "abc"]
    roles += [{**base, "doc_id": d, "role": "professor", "organisation": "Universitetet", "status": "former"}
              for d in "de"]
    dates = [dt.date(2023, m, 1) for m in (1, 6, 12, 3, 9)]
    out = _tenure_run(roles, list("abcde"), dates, [(d, "per_1", "Mats Ek") for d in "abcde"])
    assert [r["entity_id"] for r in out["people"].to_pylist()] == ["per_1"]
